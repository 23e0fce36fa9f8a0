#!/bin/sh
# Check Locus's Python library modules threading, queue and heapq
# (crates/locus-vm/lib/) on CPython 3.13, without building Locus: they are
# built only on names that CPython's own `_thread` and `sys` have, so CPython
# can run them in place of its own modules.
#
# The three files are linked into a temporary directory put first on
# PYTHONPATH (not lib/ itself, whose abc, collections, json... must not
# replace CPython's). python3.13-ref is a shell wrapper that unsets
# PYTHONPATH, so the cases run with the interpreter behind it (its
# sys.executable). CPython 3.13 imports none of the three modules at
# startup; the script checks that the copies loaded are ours before
# running anything.
# Each case then runs as tests/record.py runs it (its own directory as cwd,
# stdin from /dev/null, PYTHONHASHSEED=0 ...) and its exit status, last
# stderr line and stdout are compared with its .expected file.
#
# Usage: tests/tools/check_pylib_on_cpython.sh [-n TIMES] [-m MODES] [CASE...]
#   CASE   a case (threads/barrier.py) or an area (threads), relative to
#          tests/cases; default: threads, stdlib/heapq_*, stdlib/queue_*
#   -n     run every case TIMES times (default 1): to catch flaky cases
#   -m     comma-separated: plain (run directly), noop, reader (under
#          tests/tools/under_tracer.py, as the Locus test runner also does);
#          default: plain
# The reference interpreter is $LOCUS_REF_PYTHON or python3.13-ref.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
lib=$(cd "$here/../crates/locus-vm/lib" && pwd)
python=${LOCUS_REF_PYTHON:-python3.13-ref}
shadow=$(mktemp -d)
trap 'rm -rf "$shadow"' EXIT
for m in threading queue heapq; do
    ln -s "$lib/$m.py" "$shadow/$m.py"
done
"$python" - "$here" "$shadow" "$@" <<'EOF'
import getopt, glob, os, subprocess, sys, time

tests, shadow = sys.argv[1], sys.argv[2]
opts, selectors = getopt.getopt(sys.argv[3:], "n:m:")
opts = dict(opts)
times = int(opts.get("-n", "1"))
modes = opts.get("-m", "plain").split(",")
cases_dir = os.path.join(tests, "cases")

env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
           PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=shadow)

probe = subprocess.run(
    [sys.executable, "-c",
     "import threading, queue, heapq\n"
     "for m in (threading, queue, heapq): print(m.__file__)"],
    env=env, capture_output=True, text=True, cwd="/")
loaded = probe.stdout.split()
if probe.returncode or len(loaded) != 3 or not all(
        os.path.dirname(f) == shadow for f in loaded):
    sys.exit(f"check: not our modules: {loaded} {probe.stderr}")

if not selectors:
    selectors = ["threads"] + [
        os.path.relpath(p, cases_dir)
        for pat in ("stdlib/heapq_*.py", "stdlib/queue_*.py")
        for p in glob.glob(os.path.join(cases_dir, pat))]
cases = []
for sel in selectors:
    path = os.path.join(cases_dir, sel)
    if os.path.isdir(path):
        cases += sorted(os.path.join(path, f) for f in os.listdir(path)
                        if f.endswith(".py") and not f.startswith("_"))
    else:
        cases.append(path)


def last_line(data):
    lines = [l for l in data.decode("utf-8", "replace").split("\n") if l.strip()]
    return lines[-1].rstrip() if lines else ""


failures = 0
for case in cases:
    name = os.path.relpath(case, cases_dir)
    with open(case[:-3] + ".expected", "rb") as f:
        exp = f.read()
    head, _, want_out = exp.partition(b"--- stdout\n")
    want_exit = int(head.split(b"\n")[0].split(b":")[1])
    want_err = head.split(b"\n")[1][len(b"stderr:"):].strip().decode()
    for mode in modes:
        if mode == "plain":
            argv = [sys.executable, os.path.basename(case)]
        else:
            argv = [sys.executable, os.path.join(tests, "tools/under_tracer.py"),
                    mode, os.path.abspath(case)]
        worst, bad = 0.0, []
        for i in range(times):
            start = time.monotonic()
            try:
                p = subprocess.run(argv, cwd=os.path.dirname(case), env=env,
                                   stdin=subprocess.DEVNULL, capture_output=True,
                                   timeout=30)
            except subprocess.TimeoutExpired:
                bad.append(f"run {i + 1}: timed out")
                continue
            worst = max(worst, time.monotonic() - start)
            got = (p.returncode, last_line(p.stderr), p.stdout)
            if got != (want_exit, want_err, want_out):
                bad.append(f"run {i + 1}: exit {p.returncode}, stderr "
                           f"{got[1]!r}\n{p.stdout.decode(errors='replace')}")
        status = "ok" if not bad else f"FAIL {len(bad)}/{times}"
        print(f"{status:<10} {name} [{mode}] (slowest {worst:.2f}s)")
        if bad:
            failures += 1
            print("   " + bad[0].replace("\n", "\n   "))
sys.exit(1 if failures else 0)
EOF
