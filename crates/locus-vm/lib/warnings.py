"""Issuing warnings and filtering them (the documented `warnings` API).

warn() finds the code location `stacklevel` frames up, decides what to do
with the warning from the filter list (first match wins: "error" raises
it, "ignore" drops it, "always" shows it every time, "default" once per
location, "module" once per module, "once" once in all), and shows it with
showwarning(), which writes formatwarning()'s text to sys.stderr:

    file.py:12: UserWarning: message
      the source line

The interpreter itself warns through this module (for example a jump
made by a trace function that binds unbound locals to None).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message text or None, category, module name or None, lineno)
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
# Locations already shown, for the "default", "module" and "once" actions.
_shown = set()
defaultaction = "default"


def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")


def _add(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _shown.clear()


def filterwarnings(action, message="", category=Warning, module="",
                   lineno=0, append=False):
    """Add a filter; `message` and `module` match the start of the text
    (case-insensitively for the message), as the documented regexes do
    when they are plain text."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add((action, message.lower() or None, category, module or None,
          lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message of `category`."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _shown.clear()


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes."""
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        try:
            import linecache
            line = linecache.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        text += f"  {line.strip()}\n"
    return text


def _showwarnmsg_impl(message, category, filename, lineno, file=None,
                      line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(message, category, filename, lineno, file, line)


class WarningMessage:
    """One recorded warning (what catch_warnings(record=True) collects)."""

    _FIELDS = ("message", "category", "filename", "lineno", "file", "line",
               "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _matches(flt, text, category, module, lineno):
    action, msg, cat, mod, ln = flt
    return ((msg is None or text.lower().startswith(msg))
            and issubclass(category, cat)
            and (mod is None or module == mod)
            and (ln == 0 or lineno == ln))


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Handle a warning at an explicit location."""
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = str(message)
        message = category(message)
    for flt in filters:
        if _matches(flt, text, category, module, lineno):
            action = flt[0]
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        key = (text, category)
    elif action == "module":
        key = (text, category, module)
    elif action == "default":
        key = (text, category, module, filename, lineno)
    else:
        key = None
    if key is not None:
        if key in _shown:
            return
        _shown.add(key)
    showwarning(message, category, filename, lineno)


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Issue a warning about the code `stacklevel` frames up (1: the code
    that called warn())."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        frame = None
    if frame is None:
        filename, lineno, module = "<sys>", 0, "sys"
    else:
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = frame.f_globals.get("__name__", "<string>")
    warn_explicit(message, category, filename, lineno, module)


class catch_warnings:
    """Save the filters on entry and restore them on exit; with
    record=True, collect the warnings shown meanwhile in a list."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._args = (category, lineno, append)
        self._entered = False

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        global showwarning
        self._filters = filters[:]
        self._showwarning = showwarning
        _shown.clear()
        if self._action is not None:
            simplefilter(self._action, *self._args)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None,
                       line=None):
                log.append(WarningMessage(message, category, filename,
                                          lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
        _shown.clear()
