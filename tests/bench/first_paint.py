#!/usr/bin/env python3
"""Median time from starting a command to the "painted" line it prints after its first frame (ms, one
decimal), over RUNS runs: start-up to first paint, without the teardown that follows. Then, the same for the
"main" line it prints first thing in main(): the time the system took to load the program and its libraries.
Usage: first_paint.py RUNS COMMAND [ARGS...]   (prints: PAINTED_MS MAIN_MS)"""
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
command = sys.argv[2:]
samples = []
main_samples = []
for _ in range(runs):
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    painted = False
    for line in process.stdout:
        if line.strip() == b"main":
            main_samples.append((time.monotonic() - start) * 1000.0)
        elif line.strip() == b"painted":
            painted = True
            break
    elapsed = (time.monotonic() - start) * 1000.0
    process.stdout.close()
    process.wait()
    if not painted:
        sys.exit("no first paint from: " + " ".join(command))
    samples.append(elapsed)
    if len(main_samples) != len(samples):
        sys.exit("no main line from: " + " ".join(command))
print(f"{statistics.median(samples):.1f} {statistics.median(main_samples):.1f}")
