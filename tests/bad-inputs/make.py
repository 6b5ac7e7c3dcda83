"""Writes the bad-input corpus of tests/bad-inputs/ (run once; the files are committed).

Each file's expected outcome is written by hand in expected.tsv, not recorded from kientruc:
  error:CODE     loading fails with the stable error code CODE, in every face
  finding:RULE   the input loads, and the report has a finding of RULE
  ok             the input loads and is checked (no error; findings do not matter)
The `kind` column says how a face reads the file: `model` (validate) or `project` (check against
the default baseline).
"""

import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def model(elements=(), relations=(), **extra):
    d = {"kientruc": "model/1", "id": "m", "framework": "vn-egov-2.0", "elements": list(elements), "relations": list(relations)}
    d.update(extra)
    return d


def agency(i, **kw):
    return {"id": i, "kind": "agency", "name": kw.pop("name", "Ủy ban nhân dân " + i), **kw}


def project(**extra):
    d = {"kientruc": "project/1", "id": "p", "name": "Dự án thử", "owner": "agency:ubnd-hanh-minh", "appraisal_date": "2025-01-01", "components": []}
    d.update(extra)
    return d


def j(v):
    return json.dumps(v, ensure_ascii=False).encode()


FILES = {
    # Not JSON at all, or cut short.
    "empty.json": b"",
    "whitespace-only.json": b" \n\t \n",
    "truncated-object.json": b'{"kientruc":"project/1","id":"x"',
    "truncated-string.json": b'{"kientruc":"model/1","id":"ab',
    "truncated-array.json": j(model([agency("a", name="A"), agency("b", name="B")]))[:-40],
    "not-json.json": "kientruc: model/1\nid: xã\n".encode(),
    "trailing-garbage.json": j(model()) + b" xyz",
    "two-documents.json": j(model()) + b"\n" + j(model()),
    "raw-nul-in-string.json": b'{"kientruc":"model/1","id":"a\x00b","framework":"vn-egov-2.0"}',
    "raw-tab-in-string.json": b'{"kientruc":"model/1","id":"a\tb","framework":"vn-egov-2.0"}',
    "lone-surrogate.json": b'{"kientruc":"model/1","id":"\\ud800","framework":"vn-egov-2.0"}',
    "bom-twice.json": b"\xef\xbb\xbf\xef\xbb\xbf" + j(model()),
    # Not UTF-8.
    "invalid-utf8.json": b'{"kientruc":"model/1","id":"\xff\xfe","framework":"vn-egov-2.0"}',
    "vni-encoded.json": b'{"kientruc":"model/1","id":"x","name":"Tr\xf6\xf4\xf9ng","framework":"vn-egov-2.0"}',
    "utf16.json": j(model()).decode().encode("utf-16"),
    # JSON of the wrong shape.
    "top-level-array.json": b"[]",
    "top-level-string.json": b'"model/1"',
    "top-level-number.json": b"42",
    "top-level-null.json": b"null",
    "wrong-kind.json": j(project()),
    "missing-kind.json": j({"id": "m", "framework": "vn-egov-2.0"}),
    "kind-is-number.json": j({**model(), "kientruc": 1}),
    "id-is-number.json": j({**model(), "id": 5}),
    "elements-is-object.json": j({**model(), "elements": {}}),
    "elements-is-null.json": j({**model(), "elements": None}),
    "element-is-null.json": j(model([None])),
    "relation-without-to.json": j(model([agency("a")], [{"from": "a", "kind": "part-of"}])),
    "security-level-overflow.json": j(model([{**agency("a"), "security_level": 300}])),
    "security-level-negative.json": j(model([{**agency("a"), "security_level": -1}])),
    "security-level-fraction.json": j(model([{**agency("a"), "security_level": 2.5}])),
    "phase-year-overflow.json": j(model([{**agency("a"), "phase": {"start": 70000, "end": 70001}}])),
    "budget-overflow.json": j(project(investment={"budget_vnd": 1e30})),
    "budget-negative.json": j(project(investment={"budget_vnd": -5})),
    "duplicate-keys.json": b'{"kientruc":"model/1","id":"a","id":"b","framework":"vn-egov-2.0"}',
    "components-is-string.json": j(project(components="abc")),
    "date-impossible.json": j(project(appraisal_date="2024-13-45")),
    # Sizes and depths beyond the limits.
    "huge-string.json": b'{"kientruc":"model/1","id":"m","framework":"vn-egov-2.0","name":"' + b"a" * (10 << 20) + b'"}',
    "deep-nesting-100k.json": b'{"kientruc":"model/1","id":"m","framework":"vn-egov-2.0","extra":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "deep-nesting-typed.json": b'{"kientruc":"model/1","id":"m","framework":"vn-egov-2.0","elements":' + b"[" * 1000 + b"]" * 1000 + b"}",
    "too-many-components.json": j(project(components=[{"id": f"c{i}", "kind": "application"} for i in range(10_001)])),
    # Readable documents with something wrong inside: findings, not errors.
    "huge-array-unknown-field.json": j({**model(), "extra": [0] * 1_000_000}),
    "security-level-nine.json": j(model([{**agency("a"), "security_level": 9}])),
    "self-part-of.json": j(model([agency("a")], [{"from": "a", "to": "a", "kind": "part-of"}])),
    "cycle-of-three.json": j(model([agency("a"), agency("b"), agency("c")], [
        {"from": "a", "to": "b", "kind": "part-of"}, {"from": "b", "to": "c", "kind": "part-of"}, {"from": "c", "to": "a", "kind": "part-of"}])),
    "owner-missing.json": j(model([{"id": "app", "kind": "application", "name": "Phần mềm", "owner": "nobody", "security_level": 2}])),
    "via-missing.json": j(model([agency("a"), agency("b")], [{"from": "a", "to": "b", "kind": "part-of", "via": "nowhere"}])),
    "duplicate-ids.json": j(model([agency("a"), agency("a", name="Khác")])),
    "non-nfc-duplicate-name.json": j(model([
        agency("a", name="Ủy ban nhân dân xã Hành Minh"),
        agency("b", name=unicodedata.normalize("NFD", "Ủy ban nhân dân xã Hành Minh"))])),
    "unknown-stage.json": j(project(stage="xyz")),
    # Odd but acceptable.
    "bom.json": b"\xef\xbb\xbf" + j(model([agency("a")])),
    "non-nfc-ids-resolve.json": j(model(
        [agency(unicodedata.normalize("NFD", "xã")), agency("b")],
        [{"from": "b", "to": "xã", "kind": "part-of"}])),
    "control-chars-in-ids.json": j(model([agency("a\u0007b"), agency("c\u001b")], [{"from": "a\u0007b", "to": "c\u001b", "kind": "part-of"}])),
    "self-reference-uses.json": j(model([{"id": "app", "kind": "application", "name": "Phần mềm", "owner": "a", "security_level": 2}, agency("a")],
                                        [{"from": "app", "to": "app", "kind": "uses"}])),
}

for name, data in FILES.items():
    (HERE / name).write_bytes(data)
print(len(FILES), "files")
