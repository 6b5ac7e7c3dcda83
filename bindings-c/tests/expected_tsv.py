"""Writes the scenarios of examples/projects/expected.json as TSV for the C and C# tests, one line
per entry and one per variant (an entry's variants check the same file again with rule packs
and/or acceptances). Columns, "-" for none:

  file  variant  level  fail  review  extras  waived  accepted  baseline  rulepacks  accept

fail/review are sorted comma-separated rule ids; extras and waived are "-" on a variant line (a
variant lists only its level, rules and accepted count); baseline is a built-in name, or "-" for
the one the library chooses; rulepacks and accept are comma-separated paths relative to
examples/projects.

  python3 expected_tsv.py EXPECTED.json > expected.tsv
"""
import json
import sys


def ids(v):
    return ",".join(sorted(v)) or "-"


def main(path):
    doc = json.load(open(path, encoding="utf-8"))
    for e in doc["projects"]:
        baseline = e.get("baseline", doc["baseline"]) or "-"
        rows = [(e, "-", str(e["extras"]), str(e.get("waived", 0)))]
        rows += [(v, v["name"], "-", "-") for v in e.get("variants", [])]
        for x, name, extras, waived in rows:
            print("\t".join([
                e["file"], name, x["level"], ids(x["fail"]), ids(x["review"]), extras, waived,
                str(x.get("accepted", 0)), baseline,
                ",".join(x.get("rulepacks", [])) or "-", ",".join(x.get("accept", [])) or "-",
            ]))


if __name__ == "__main__":
    main(sys.argv[1])
