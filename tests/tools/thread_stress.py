#!/usr/bin/env python3
"""Run the thread cases on Locus many times in a row, to catch flaky
results and hangs that one run of the test suite can miss (issue 5).

Each case of tests/cases/threads runs as the test runner runs it (its own
directory as cwd, stdin from /dev/null) and its exit status and stdout are
compared with its .expected file; a run over the time limit is a hang.
With --seed, the seed scenario then runs at full size: 20 repetitions of
1,000,000 increments of a closure variable while another thread runs
under a tracer that reads f_locals; every repetition must lose nothing.

Usage: python3 tests/tools/thread_stress.py [--times N] [--seed]
           [--locus target/release/locus]
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "..", "cases", "threads")
TIMEOUT = 60


def expected_of(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    head, _, stdout = text.partition("--- stdout\n")
    status = int(head.split("exit:")[1].split("\n")[0])
    return status, stdout


def run(locus, case, args=()):
    return subprocess.run(
        [locus, case, *args],
        cwd=CASES,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        env=dict(os.environ, PYTHONHASHSEED="0"),
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--times", type=int, default=20)
    ap.add_argument("--seed", action="store_true")
    ap.add_argument("--locus", default=os.path.join(HERE, "..", "..", "target", "release", "locus"))
    opts = ap.parse_args()
    locus = os.path.abspath(opts.locus)
    cases = sorted(f for f in os.listdir(CASES) if f.endswith(".py") and not f.startswith("_"))
    failures = 0
    for n in range(opts.times):
        for case in cases:
            status, stdout = expected_of(os.path.join(CASES, case[:-3] + ".expected"))
            try:
                p = run(locus, case)
            except subprocess.TimeoutExpired:
                print(f"round {n + 1}: {case}: HANG (over {TIMEOUT} s)")
                failures += 1
                continue
            out = p.stdout.decode("utf-8", "replace")
            if p.returncode != status or out != stdout:
                print(f"round {n + 1}: {case}: FAILED (exit {p.returncode}, expected {status})")
                failures += 1
        print(f"round {n + 1}: {len(cases)} cases run, {failures} failures so far")
    if opts.seed:
        p = run(locus, "seed_closure_under_tracer.py", ["1000000"])
        lines = p.stdout.decode().splitlines()
        lost = [ln for ln in lines if not ln.endswith(": lost 0")]
        print(f"seed scenario, 20 x 1,000,000 increments: {len(lines)} repetitions, "
              f"{len(lost)} with lost updates")
        if p.returncode != 0 or len(lines) != 20 or lost:
            failures += 1
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
