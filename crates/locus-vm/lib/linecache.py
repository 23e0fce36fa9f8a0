"""Cache of the lines of source files, for tracebacks, debuggers and inspect.

getline(filename, lineno) gives one line (with its newline) or '' when the
file or the line does not exist; nothing here raises for a missing file.

Locus notes: there is no os.stat, so an entry remembers the text it read
and checkcache() re-reads the file to see whether it changed. The library
modules embedded in Locus (file names '<locus-lib>/name.py') are served
from the interpreter itself.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname) for a file that was read, or
# (size, None, lines, fullname) for lines that came from elsewhere (a
# loader, or a tool that stored them); filename -> (get_lines,) for an
# entry registered by lazycache() and not read yet.
cache = {}

_LIB_PREFIX = "<locus-lib>/"


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename`, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """All the lines of `filename` (from the cache when present), or []."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed or disappeared.

    With no argument every entry is checked. Entries that did not come
    from a file (mtime None) and lazy entries are kept.
    """
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        text = _read_text(fullname)
        if text is None or len(text) != size or _split(text) != lines:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read `filename` again (or for the first time), cache and return its lines.

    A relative name is also looked up in the directories of sys.path.
    When there is no such file, a module loader with get_source() in
    `module_globals` (or registered by lazycache()) may provide the text.
    Returns [] when the lines cannot be had.
    """
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []

    if filename.startswith(_LIB_PREFIX):
        text = _lib_source(filename)
        if text is None:
            return []
        lines = _split(text)
        cache[filename] = (len(text), None, lines, filename)
        return lines

    fullname = filename
    text = _read_text(fullname)
    if text is None:
        if entry is not None and len(entry) == 1:
            lazy = entry
        elif lazycache(filename, module_globals):
            lazy = cache.pop(filename)
        else:
            lazy = None
        if lazy is not None:
            try:
                data = lazy[0]()
            except (ImportError, OSError):
                data = None
            if data is None:
                return []
            lines = _split(data)
            cache[filename] = (len(data), None, lines, fullname)
            return lines
        if filename.startswith("/"):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            if dirname == "":
                candidate = filename
            elif dirname.endswith("/"):
                candidate = dirname + filename
            else:
                candidate = dirname + "/" + filename
            text = _read_text(candidate)
            if text is not None:
                fullname = candidate
                break
        if text is None:
            return []
    lines = _split(text)
    # Locus has no os.stat: the mtime slot holds 0 (not None, so that
    # checkcache knows the entry came from a file).
    cache[filename] = (len(text), 0, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get the lines of a module that is not a file.

    When `module_globals` names a loader with get_source(), the lines can
    later be had with getline(filename, lineno) and no module_globals.
    Returns True when an entry was registered (now or before).
    """
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if not module_globals:
        return False
    spec = module_globals.get("__spec__")
    name = getattr(spec, "name", None) or module_globals.get("__name__")
    loader = getattr(spec, "loader", None)
    if loader is None:
        loader = module_globals.get("__loader__")
    get_source = getattr(loader, "get_source", None)
    if not name or get_source is None:
        return False

    def get_lines(name=name, get_source=get_source):
        return get_source(name)

    cache[filename] = (get_lines,)
    return True


def _split(text):
    """The lines of `text`, each ending with a newline."""
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def _read_text(path):
    """The text of the file at `path` (UTF-8, universal newlines), or None."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _lib_source(filename):
    """The source of an embedded Locus library module, or None."""
    name = filename[len(_LIB_PREFIX):]
    if not name.endswith(".py"):
        return None
    try:
        import _locus
    except ImportError:
        return None
    return _locus.lib_source(name[:-3])
