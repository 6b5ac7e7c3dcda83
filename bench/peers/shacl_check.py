"""The SHACL way: turn a model/1 file into RDF (rdflib) and validate it with pyshacl against
shapes.ttl, which expresses the same five checks as kientruc's VAL-004, VAL-005, VAL-006,
VAL-007 and VAL-010. The framework's allowed-relation table goes into the data graph as triples.

Usage: python shacl_check.py MODEL.json FRAMEWORK.json SHAPES.ttl
Prints one JSON line: {"by_rule": {...}, "load_ms": ..., "check_ms": ...}.
"""

import json
import sys
import time
from urllib.parse import quote

from pyshacl import validate
from rdflib import RDF, Graph, Literal, Namespace, URIRef

KT = Namespace("urn:kientruc:")
SH = Namespace("http://www.w3.org/ns/shacl#")


def element_iri(i):
    return URIRef("urn:kientruc:e:" + quote(i, safe=""))


def to_rdf(model, fw):
    g = Graph()
    groups = fw.get("kind_groups", {})

    def expand(kinds):
        for k in kinds:
            yield from (groups[k[1:]] if k.startswith("@") else [k])

    for k in fw["element_kinds"]:
        g.add((KT["kind:" + k["id"]], RDF.type, KT.ElementKind))
    for k in fw["relation_kinds"]:
        g.add((KT["relation:" + k["id"]], RDF.type, KT.RelationKind))
    for row in fw["allowed_relations"]:
        for a in expand(row["from"]):
            for b in expand(row["to"]):
                g.add((KT["allowed:%s/%s/%s" % (row["relation"], a, b)], RDF.type, KT.Allowed))
    g.add((KT.model, RDF.type, KT.Model))
    iris = {}
    for e in model.get("elements", []):
        iri = element_iri(e["id"])
        iris.setdefault(e["id"], iri)
        g.add((iri, RDF.type, KT.Element))
        g.add((iri, KT.id, Literal(e["id"])))
        g.add((iri, KT.kind, KT["kind:" + e["kind"]]))
        name = e.get("name", "")
        if isinstance(name, dict):
            name = name.get("vi") or ""
        if name.strip():
            g.add((iri, KT.name, Literal(name)))
        if e.get("eid") is not None:
            g.add((iri, KT.eid, Literal(e["eid"])))
        if e.get("owner") is not None:
            g.add((iri, KT.owner, element_iri(e["owner"])))
    for e in model.get("elements", []):
        for a in e.get("aliases", []):
            iris.setdefault(a, element_iri(e["id"]))
    for i, r in enumerate(model.get("relations", [])):
        node = KT["r:%d" % i]
        g.add((node, RDF.type, KT.Relation))
        g.add((node, KT.relationKind, KT["relation:" + r["kind"]]))
        for field in ("from", "to", "via"):
            if r.get(field) is not None:
                g.add((node, KT[field], iris.get(r[field], element_iri(r[field]))))
        if r["kind"] == "part-of" and r["from"] in iris and r["to"] in iris:
            g.add((iris[r["from"]], KT.partOf, iris[r["to"]]))
    return g


def main():
    t0 = time.perf_counter()
    with open(sys.argv[1], encoding="utf-8") as f:
        model = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        fw = json.load(f)
    data = to_rdf(model, fw)
    shapes = Graph().parse(sys.argv[3], format="turtle")
    t1 = time.perf_counter()
    _, results, _ = validate(data, shacl_graph=shapes, advanced=True, inference="none")
    t2 = time.perf_counter()
    counts = {}
    for res in results.subjects(RDF.type, SH.ValidationResult):
        shape = results.value(res, SH.sourceShape)
        # Property shapes are blank nodes: name them by the node shape that holds them.
        rule = str(shape) if isinstance(shape, URIRef) else str(shapes.value(predicate=SH.property, object=shape))
        rule = rule.removeprefix("urn:kientruc:").split("-relation")[0].split("-owner")[0]
        counts[rule] = counts.get(rule, 0) + 1
    print(json.dumps({"by_rule": dict(sorted(counts.items())), "load_ms": round((t1 - t0) * 1e3, 1), "check_ms": round((t2 - t1) * 1e3, 1)}))


if __name__ == "__main__":
    main()
