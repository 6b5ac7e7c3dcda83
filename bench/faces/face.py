"""The Python face of kientruc, measured the way the native harness is (kientruc-bench).

Usage: python face.py validate MODEL.json | check-one PROJECT.json [RUNS]
Prints one JSON line like kientruc-bench's.
"""

import json
import sys
import time

import kientruc


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "validate":
        t0 = time.perf_counter()
        with open(path, "rb") as f:
            data = f.read()
        report = kientruc.validate_model(data)
        t1 = time.perf_counter()
        by_rule = {}
        for finding in report.findings:
            by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
        print(json.dumps({"total_ms": round((t1 - t0) * 1e3, 1), "by_rule": dict(sorted(by_rule.items()))}))
    elif mode == "check-one":
        runs = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
        with open(path, encoding="utf-8") as f:
            text = f.read()
        baseline = kientruc.Baseline.default()
        times = []
        level = None
        for _ in range(runs):
            t = time.perf_counter()
            level = baseline.check(text).level
            times.append((time.perf_counter() - t) * 1e6)
        times.sort()
        print(json.dumps({"runs": runs, "median_us": round(times[runs // 2], 2), "level": level}))
    else:
        sys.exit("usage: face.py validate MODEL | check-one PROJECT [RUNS]")


if __name__ == "__main__":
    main()
