#!/usr/bin/env python3
"""Benchmark runner for Locus.

Runs every program in bench/programs (or the ones named on the command line)
under a reference CPython and under Locus, takes the minimum wall time of
each over --repeat runs, checks that Locus printed exactly what CPython
printed, and reports the ratio Locus/CPython (lower is better, 1.0 means
CPython speed) plus the geometric mean over the programs that ran correctly.

Usage:
    python3 bench/run.py --locus target/release/locus --python python3.13-ref \
        [--repeat N] [--timeout SECONDS] [--json FILE] [names...]

Works with Python 3.8 or newer as the driver; uses only the standard library.
The exit status is 0 whenever the benchmarks were run, even if some failed.
"""

import argparse
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(HERE, "programs")


class RunResult:
    """Outcome of one process run."""

    def __init__(self, seconds, stdout, stderr, returncode, error=None):
        self.seconds = seconds
        self.stdout = stdout
        self.stderr = stderr
        self.returncode = returncode
        self.error = error  # set when the run did not complete normally

    @property
    def ok(self):
        return self.error is None and self.returncode == 0


def resolve_executable(spec):
    """Turn a command name or relative path into an absolute path.

    Programs are run with their own directory as cwd, so relative paths such
    as target/release/locus must be resolved against the caller's cwd first.
    Returns None if nothing executable is found.
    """
    if os.sep in spec or (os.altsep and os.altsep in spec):
        path = os.path.abspath(spec)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
        return None
    return shutil.which(spec)


def run_once(executable, program, timeout):
    cmd = [executable, program]
    start = time.perf_counter()
    try:
        # A new session lets a timeout kill the whole process group, so a
        # wrapper script cannot leave a child behind holding the pipes open.
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=PROGRAMS_DIR,
            start_new_session=True,
        )
    except OSError as exc:
        return RunResult(0.0, b"", b"", None, error="cannot execute: %s" % exc)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        elapsed = time.perf_counter() - start
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        stdout, stderr = proc.communicate()
        return RunResult(elapsed, stdout, stderr, None,
                         error="timeout after %gs" % timeout)
    except BaseException:
        # e.g. Ctrl-C: do not leave the benchmark process running.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        proc.wait()
        raise
    elapsed = time.perf_counter() - start
    return RunResult(elapsed, stdout, stderr, proc.returncode)


def shorten(text, limit=90):
    text = text.replace("\t", " ").strip()
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text


def failure_reason(result):
    """Explain why a run that is not ok failed."""
    if result.error is not None:
        return result.error
    rc = result.returncode
    if rc < 0:
        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = "signal %d" % -rc
        reason = "killed by %s" % name
    else:
        reason = "exit status %d" % rc
    lines = [ln for ln in result.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    if lines:
        reason += ": " + shorten(lines[-1])
    return reason


def mismatch_reason(expected, got):
    exp_lines = expected.decode("utf-8", "replace").splitlines()
    got_lines = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        g = got_lines[i] if i < len(got_lines) else "<missing>"
        if e != g:
            return "output differs at line %d: expected %r, got %r" % (
                i + 1, shorten(e, 40), shorten(g, 40))
    # Same lines but different bytes: trailing newline or line-ending difference.
    return "output differs in whitespace/line endings (%d vs %d bytes)" % (
        len(expected), len(got))


def bench_program(name, python, locus, repeat, timeout):
    """Benchmark one program; returns a result dict."""
    program = os.path.join(PROGRAMS_DIR, name + ".py")
    py_times = []
    locus_times = []
    reference = None
    reason = ""
    locus_failed = False

    for i in range(repeat):
        # Alternate which interpreter goes first to spread out drift
        # (thermal throttling, background load) evenly between the two.
        order = ("python", "locus") if i % 2 == 0 else ("locus", "python")
        for which in order:
            if which == "python":
                res = run_once(python, program, timeout)
                if not res.ok:
                    return {
                        "name": name, "status": "fail",
                        "reason": "CPython failed: " + failure_reason(res),
                        "cpython_s": None, "locus_s": None, "ratio": None,
                        "cpython_times": py_times, "locus_times": locus_times,
                    }
                if reference is None:
                    reference = res.stdout
                elif res.stdout != reference:
                    return {
                        "name": name, "status": "fail",
                        "reason": "CPython output is not deterministic",
                        "cpython_s": None, "locus_s": None, "ratio": None,
                        "cpython_times": py_times, "locus_times": locus_times,
                    }
                py_times.append(res.seconds)
            else:
                if locus_failed:
                    continue
                res = run_once(locus, program, timeout)
                if not res.ok:
                    locus_failed = True
                    reason = failure_reason(res)
                    continue
                # Round 0 always runs CPython first, so the reference exists.
                if res.stdout != reference:
                    locus_failed = True
                    reason = mismatch_reason(reference, res.stdout)
                    continue
                locus_times.append(res.seconds)

    cpython_s = min(py_times) if py_times else None
    if locus_failed:
        return {
            "name": name, "status": "fail", "reason": reason,
            "cpython_s": cpython_s, "locus_s": None, "ratio": None,
            "cpython_times": py_times, "locus_times": locus_times,
        }
    locus_s = min(locus_times)
    return {
        "name": name, "status": "ok", "reason": "",
        "cpython_s": cpython_s, "locus_s": locus_s,
        "ratio": locus_s / cpython_s if cpython_s > 0 else None,
        "cpython_times": py_times, "locus_times": locus_times,
    }


def available_programs():
    names = []
    for entry in sorted(os.listdir(PROGRAMS_DIR)):
        if entry.endswith(".py") and not entry.startswith("_"):
            names.append(entry[:-3])
    return names


def fmt_seconds(value):
    return "-" if value is None else "%.3f" % value


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Compare Locus against CPython on bench/programs.")
    parser.add_argument("--locus", default="target/release/locus",
                        help="Locus executable (default: %(default)s)")
    parser.add_argument("--python", default="python3.13-ref",
                        help="reference CPython executable (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per interpreter; the minimum is kept (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="per-run timeout in seconds (default: %(default)s)")
    parser.add_argument("--json", metavar="FILE",
                        help="also write the results as JSON to FILE")
    parser.add_argument("--list", action="store_true",
                        help="list the available programs and exit")
    parser.add_argument("names", nargs="*",
                        help="programs to run (default: all); 'fib' or 'fib.py'")
    args = parser.parse_args(argv)

    programs = available_programs()
    if args.list:
        print("\n".join(programs))
        return 0
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    selected = []
    for raw in args.names:
        name = os.path.basename(raw)
        if name.endswith(".py"):
            name = name[:-3]
        if name not in programs:
            parser.error("unknown program %r (available: %s)" % (raw, ", ".join(programs)))
        if name not in selected:
            selected.append(name)
    if not selected:
        selected = programs

    python = resolve_executable(args.python)
    if python is None:
        parser.error("CPython executable not found: %s" % args.python)
    locus = resolve_executable(args.locus)
    locus_missing = locus is None
    if locus_missing:
        # Still run: every row will show FAIL with the reason.
        locus = os.path.abspath(args.locus) if os.sep in args.locus else args.locus

    print("CPython: %s" % python)
    print("Locus:   %s%s" % (locus, "  (NOT FOUND)" if locus_missing else ""))
    print("repeat=%d timeout=%gs, minimum wall time per interpreter" % (args.repeat, args.timeout))
    print()

    width = max(len("program"), max(len(n) for n in selected))
    header = "%-*s  %9s  %9s  %7s  %s" % (width, "program", "CPython s", "Locus s", "ratio", "note")
    print(header)
    print("-" * len(header))
    sys.stdout.flush()

    results = []
    interrupted = False
    try:
        for name in selected:
            res = bench_program(name, python, locus, args.repeat, args.timeout)
            results.append(res)
            if res["status"] == "ok":
                ratio = "%7.2f" % res["ratio"] if res["ratio"] is not None else "      -"
                note = ""
            else:
                ratio = "   FAIL"
                note = res["reason"]
            line = "%-*s  %9s  %9s  %s  %s" % (width, name, fmt_seconds(res["cpython_s"]),
                                              fmt_seconds(res["locus_s"]), ratio, note)
            print(line.rstrip())
            sys.stdout.flush()
    except KeyboardInterrupt:
        interrupted = True
        print("\ninterrupted; summary covers the programs that finished")

    good = [r for r in results if r["status"] == "ok" and r["ratio"]]
    failed = [r for r in results if r["status"] != "ok"]
    print("-" * len(header))
    if good:
        geomean = math.exp(sum(math.log(r["ratio"]) for r in good) / len(good))
        print("geometric mean ratio (Locus/CPython) over %d program%s: %.2f"
              % (len(good), "" if len(good) == 1 else "s", geomean))
    else:
        geomean = None
        print("geometric mean ratio: n/a (no program ran correctly)")
    print("failed: %d of %d" % (len(failed), len(results)))
    print("(ratio < 1.0: Locus faster than CPython; > 1.0: slower)")

    if args.json:
        payload = {
            "python": python,
            "locus": locus,
            "repeat": args.repeat,
            "timeout": args.timeout,
            "interrupted": interrupted,
            "geomean_ratio": geomean,
            "ok": len(good),
            "failed": len(failed),
            "results": results,
        }
        with open(args.json, "w") as fh:
            json.dump(payload, fh, indent=2)
            fh.write("\n")
        print("wrote %s" % args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
