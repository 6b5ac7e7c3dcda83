"""The script a provincial IT officer would write instead of kientruc: load the model with the
standard json module, build a networkx graph and run the same five checks kientruc's VAL-004,
VAL-005, VAL-006, VAL-007 and VAL-010 make. Written to be correct and reasonably idiomatic, not
slow on purpose: dictionaries for lookups, networkx for the cycle search.

Usage: python networkx_check.py MODEL.json FRAMEWORK.json
Prints one JSON line: {"by_rule": {...}, "load_ms": ..., "check_ms": ...}.
"""

import json
import re
import sys
import time
import unicodedata

import networkx as nx

EID = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")


def fold(name):
    """Diacritics removed, đ → d, lower case, runs of other characters → one space."""
    out = []
    pending = False
    for c in unicodedata.normalize("NFD", name):
        if unicodedata.combining(c):
            continue
        if c in "đĐ":
            c = "d"
        if c.isalnum():
            if pending and out:
                out.append(" ")
            pending = False
            out.append(c.lower())
        else:
            pending = True
    return "".join(out)


def allowed_triples(fw):
    groups = fw.get("kind_groups", {})

    def expand(kinds):
        for k in kinds:
            if k.startswith("@"):
                yield from groups[k[1:]]
            else:
                yield k

    allowed = set()
    for row in fw["allowed_relations"]:
        for a in expand(row["from"]):
            for b in expand(row["to"]):
                allowed.add((row["relation"], a, b))
    return allowed


def check(model, fw):
    counts = {"VAL-004": 0, "VAL-005": 0, "VAL-006": 0, "VAL-007": 0, "VAL-010": 0}
    g = nx.MultiDiGraph()
    index = {}
    for e in model.get("elements", []):
        index.setdefault(e["id"], e)
        g.add_node(e["id"], **e)
    for e in model.get("elements", []):
        for a in e.get("aliases", []):
            index.setdefault(a, e)
    element_kinds = {k["id"] for k in fw["element_kinds"]}
    relation_kinds = {k["id"]: k for k in fw["relation_kinds"]}
    allowed = allowed_triples(fw)

    # VAL-004: every end, platform and owner names an element.
    for r in model.get("relations", []):
        for field in ("from", "to", "via"):
            if r.get(field) is not None and r[field] not in index:
                counts["VAL-004"] += 1
    for e in model.get("elements", []):
        if e.get("owner") is not None and e["owner"] not in index:
            counts["VAL-004"] += 1

    # VAL-005: the framework allows the relation between the two kinds.
    for r in model.get("relations", []):
        a, b = index.get(r["from"]), index.get(r["to"])
        if a is None or b is None:
            continue
        g.add_edge(a["id"], b["id"], kind=r["kind"])
        if r["kind"] not in relation_kinds or a["kind"] not in element_kinds or b["kind"] not in element_kinds:
            continue
        if (r["kind"], a["kind"], b["kind"]) not in allowed:
            counts["VAL-005"] += 1

    # VAL-006: one finding per cycle of a hierarchical relation.
    for kind in (k for k, v in relation_kinds.items() if v.get("hierarchical")):
        h = nx.DiGraph()
        h.add_edges_from((u, v) for u, v, k in g.edges(data="kind") if k == kind)
        for scc in nx.strongly_connected_components(h):
            if len(scc) > 1 or h.has_edge(next(iter(scc)), next(iter(scc))):
                counts["VAL-006"] += 1

    # VAL-007: agency e-ID codes have the QCVN 102 form.
    for e in model.get("elements", []):
        if e.get("eid") is not None and not EID.match(e["eid"]):
            counts["VAL-007"] += 1

    # VAL-010: names of one kind that fold alike, all but the smallest id reported.
    groups = {}
    for e in model.get("elements", []):
        name = e.get("name", "")
        if isinstance(name, dict):
            name = name.get("vi") or ""
        if name.strip():
            groups.setdefault((e["kind"], fold(name)), []).append(e["id"])
    for ids in groups.values():
        if len(ids) > 1:
            first = min(ids)
            counts["VAL-010"] += sum(1 for i in ids if i != first)
    return counts


def main():
    t0 = time.perf_counter()
    with open(sys.argv[1], encoding="utf-8") as f:
        model = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        fw = json.load(f)
    t1 = time.perf_counter()
    counts = check(model, fw)
    t2 = time.perf_counter()
    by_rule = {k: v for k, v in sorted(counts.items()) if v}
    print(json.dumps({"by_rule": by_rule, "load_ms": round((t1 - t0) * 1e3, 1), "check_ms": round((t2 - t1) * 1e3, 1)}))


if __name__ == "__main__":
    main()
