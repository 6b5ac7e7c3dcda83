"""Python's own JSON reader on the model file, alone: `json.load` (the C parser every Python user
already has). The yardstick of docs/performance.md: kientruc should load and validate the model
in a third of the time this takes just to read it. Prints one JSON line like kientruc-bench's."""

import json
import sys
import time

t0 = time.perf_counter()
with open(sys.argv[1], "rb") as f:
    doc = json.load(f)
t1 = time.perf_counter()
print(json.dumps({"elements": len(doc.get("elements", [])), "parse_ms": round((t1 - t0) * 1e3, 1)}))
