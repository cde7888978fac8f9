#!/usr/bin/env python3
"""Top self-time and inclusive frames of JFR execution samples, restricted to stacks under one frame.

Usage:
  jfr print --json --stack-depth 256 --events jdk.ExecutionSample profile.jfr > samples.json
  python3 jfr_top_frames.py samples.json 'IngestBenchmark.library' [top]

Only samples whose stack holds a frame containing the filter (e.g. the benchmark method, which leaves out the
invocation's set-up and JMH's own threads) count. Self: the top frame of each sample. Inclusive: every distinct
method on the stack once per sample (recursion counted once). Shares are of the counted samples; with n samples
a share p is good to about +-2*sqrt(p(1-p)/n).
"""
import collections
import json
import sys


def frame_name(frame):
    method = frame["method"]
    cls = method["type"]["name"].replace("/", ".")
    return f"{cls}.{method['name']}"


def main():
    path, needle = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    events = json.load(open(path))["recording"]["events"]
    self_counts, incl_counts = collections.Counter(), collections.Counter()
    total = counted = truncated = 0
    for event in events:  # one sample: its stack, top frame first
        total += 1
        stack = event["values"].get("stackTrace")
        if not stack:
            continue
        frames = [frame_name(f) for f in stack["frames"]]
        if not any(needle in f for f in frames):
            continue
        counted += 1
        truncated += bool(stack.get("truncated"))
        self_counts[frames[0]] += 1
        for name in set(frames):
            incl_counts[name] += 1
    print(f"{counted} of {total} samples have a frame matching {needle!r} ({truncated} truncated stacks)")
    for title, counts in (("self", self_counts), ("inclusive", incl_counts)):
        print(f"\n-- top {top} {title} --")
        for name, n in counts.most_common(top):
            print(f"{100.0 * n / counted:6.1f}%  {n:6d}  {name}")


if __name__ == "__main__":
    main()
