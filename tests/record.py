#!/usr/bin/env python3
"""Record the expected behaviour of the Locus behaviour-test corpus.

Every case tests/cases/<area>/<name>.py is run under the reference
interpreter (CPython 3.13) and its exit status, last non-empty stderr line
and full stdout are written to tests/cases/<area>/<name>.expected:

    exit: <exit status>
    stderr: <last non-empty line of stderr, or empty>
    --- stdout
    <stdout, verbatim, to end of file>

Usage:
    python3 tests/record.py                 # re-record stale/missing cases
    python3 tests/record.py --all           # re-record everything
    python3 tests/record.py core strings/fstring_basic.py   # restrict
    python3 tests/record.py --python /path/to/python3.13

The reference interpreter is `python3.13-ref` unless --python or the
environment variable LOCUS_REF_PYTHON says otherwise.  It must be 3.13.x.

Files and directories whose name starts with "_" are helper modules, not
cases.  A case is stale when its .expected is missing or older than the .py
or than any helper file in the same area directory.
"""

import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TIMEOUT = 30.0
SLOW_WARNING = 1.0  # seconds
ADDRESS_RE = re.compile(rb" at 0x[0-9a-fA-F]{4,}")


def rel(path):
    return os.path.relpath(path, CASES).replace(os.sep, "/")


def is_helper_part(part):
    return part.startswith("_")


def walk_area(area_dir):
    """Yield (case_paths, helper_paths) for one area directory."""
    cases, helpers = [], []
    for dirpath, dirnames, filenames in os.walk(area_dir):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        parts = os.path.relpath(dirpath, area_dir).split(os.sep)
        in_helper_dir = any(is_helper_part(p) for p in parts if p != ".")
        for fn in sorted(filenames):
            full = os.path.join(dirpath, fn)
            if in_helper_dir or is_helper_part(fn):
                if not fn.endswith((".pyc", ".expected")):
                    helpers.append(full)
            elif fn.endswith(".py"):
                cases.append(full)
    return cases, helpers


def all_cases():
    """Return a list of (case_path, newest_helper_mtime)."""
    result = []
    if not os.path.isdir(CASES):
        return result
    for area in sorted(os.listdir(CASES)):
        area_dir = os.path.join(CASES, area)
        if not os.path.isdir(area_dir) or is_helper_part(area):
            continue
        cases, helpers = walk_area(area_dir)
        newest = max((os.path.getmtime(h) for h in helpers), default=0.0)
        for c in cases:
            result.append((c, newest))
    return result


def expected_path(case):
    return case[:-3] + ".expected"


def is_stale(case, helper_mtime):
    exp = expected_path(case)
    if not os.path.exists(exp):
        return True
    t = os.path.getmtime(exp)
    return t < os.path.getmtime(case) or t < helper_mtime


def last_nonempty_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.split("\n")):
        if line.strip():
            return line.rstrip()
    return ""


def case_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def check_version(python):
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
            capture_output=True, timeout=30, env=case_env(),
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"record.py: cannot run reference interpreter {python!r}: {e}",
              file=sys.stderr)
        sys.exit(2)
    version = out.stdout.decode().strip()
    if out.returncode != 0 or not version.startswith("3.13."):
        print(f"record.py: {python!r} is Python {version or '?'}; "
              "expectations must be recorded with CPython 3.13.x "
              "(use --python or LOCUS_REF_PYTHON)", file=sys.stderr)
        sys.exit(2)
    return version


def run_case(python, case):
    cwd = os.path.dirname(case)
    name = os.path.basename(case)
    start = time.monotonic()
    proc = subprocess.run(
        [python, name], cwd=cwd, stdin=subprocess.DEVNULL,
        capture_output=True, timeout=TIMEOUT, env=case_env(),
    )
    return proc, time.monotonic() - start


def write_expected(case, proc):
    """Write the .expected file; return True if its content changed."""
    header = "exit: %d\nstderr: %s\n--- stdout\n" % (
        proc.returncode, last_nonempty_line(proc.stderr))
    data = header.encode("utf-8") + proc.stdout
    path = expected_path(case)
    try:
        with open(path, "rb") as f:
            changed = f.read() != data
    except OSError:
        changed = True
    with open(path, "wb") as f:
        f.write(data)
    return changed


def orphan_expectations():
    """.expected files with no case beside them."""
    out = []
    for dirpath, dirnames, filenames in os.walk(CASES):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for fn in filenames:
            if fn.endswith(".expected"):
                full = os.path.join(dirpath, fn)
                if not os.path.exists(full[:-len(".expected")] + ".py"):
                    out.append(rel(full))
    return sorted(out)


def select(cases, selectors):
    if not selectors:
        return cases, []
    chosen, unmatched = [], []
    for sel in selectors:
        s = sel.replace(os.sep, "/")
        while s.startswith("./"):
            s = s[2:]
        # accept paths given relative to the repo, to tests/, or to cases/
        for prefix in ("tests/cases/", "cases/"):
            if s.startswith(prefix):
                s = s[len(prefix):]
        if os.path.isabs(sel):
            s = rel(sel)
        s = s.rstrip("/")
        if s.endswith(".expected"):
            s = s[:-len(".expected")] + ".py"
        hits = [c for c in cases
                if rel(c[0]) == s or rel(c[0]).startswith(s + "/")]
        if not hits:
            unmatched.append(sel)
        chosen.extend(h for h in hits if h not in chosen)
    return chosen, unmatched


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("selectors", nargs="*",
                    help="case paths (area/name.py) or area names")
    ap.add_argument("--all", action="store_true",
                    help="re-record every selected case, stale or not")
    ap.add_argument("--python", default=None,
                    help="reference interpreter (default: $LOCUS_REF_PYTHON "
                         "or python3.13-ref)")
    args = ap.parse_args()

    python = args.python or os.environ.get("LOCUS_REF_PYTHON") or "python3.13-ref"
    version = check_version(python)

    cases, unmatched = select(all_cases(), args.selectors)
    if unmatched:
        for u in unmatched:
            print(f"record.py: no case matches {u!r}", file=sys.stderr)
        sys.exit(2)

    todo = [c for c, h in cases if args.all or is_stale(c, h)]
    print(f"reference: {python} (Python {version}); "
          f"{len(todo)} of {len(cases)} case(s) to record")

    recorded, errors, nonzero, slow, stderr_ok = [], [], [], [], []
    addresses, paths, changed = [], [], []
    for case in todo:
        name = rel(case)
        try:
            proc, elapsed = run_case(python, case)
        except subprocess.TimeoutExpired:
            errors.append((name, f"timed out after {TIMEOUT:.0f}s; not recorded"))
            print(f"  TIMEOUT  {name}")
            continue
        if write_expected(case, proc):
            changed.append(name)
        recorded.append(name)
        tag = "ok" if proc.returncode == 0 else f"exit {proc.returncode}"
        line = f"  {tag:<8} {name}"
        if name in changed:
            line += "  (expectation changed)"
        if proc.returncode != 0:
            nonzero.append(name)
            line += f"  [{last_nonempty_line(proc.stderr)}]"
        elif proc.stderr.strip():
            stderr_ok.append(name)
            line += f"  [stderr: {last_nonempty_line(proc.stderr)}]"
        if (os.path.dirname(case).encode() in proc.stdout
                or os.path.dirname(case).encode() in proc.stderr.strip().split(b"\n")[-1]):
            paths.append(name)
            line += "  [output shows the checkout's absolute path]"
        if ADDRESS_RE.search(proc.stdout):
            addresses.append(name)
            line += "  [stdout shows an object address]"
        if elapsed > SLOW_WARNING:
            slow.append((name, elapsed))
            line += f"  (slow: {elapsed:.2f}s)"
        print(line)

    print(f"recorded {len(recorded)} case(s) ({len(changed)} changed), "
          f"{len(cases) - len(todo)} up to date, "
          f"{len(nonzero)} with non-zero exit, "
          f"{len(stderr_ok)} with exit 0 but output on stderr, "
          f"{len(errors)} error(s)")
    for name in addresses:
        print(f"warning: {name}: stdout contains an object address "
              "(nondeterministic)")
    for name in orphan_expectations():
        print(f"warning: {name} has no case beside it (delete it?)")
    for name in paths:
        print(f"warning: {name}: output contains the absolute path of the "
              "case directory (differs between checkouts)")
    for name, elapsed in slow:
        print(f"warning: {name} took {elapsed:.2f}s under the reference")
    for name, msg in errors:
        print(f"error: {name}: {msg}", file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
