"""The bad-input corpus (tests/bad-inputs/expected.tsv) through the Python face: the same error
code as every other face, as the exception's ``code``; findings in the report."""

import pytest

import kientruc

from conftest import ROOT

CORPUS = ROOT / "tests" / "bad-inputs"


def cases():
    for line in (CORPUS / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield tuple(line.split("\t"))


CASES = list(cases())


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 40


@pytest.mark.parametrize("file,kind,expect", CASES, ids=[c[0] for c in CASES])
def test_bad_input(baseline, file, kind, expect):
    data = (CORPUS / file).read_bytes()
    try:
        report = kientruc.validate_model(data) if kind == "model" else baseline.check(data)
    except kientruc.KientrucError as e:
        got = f"error:{e.code}"
    else:
        rules = {f.rule for f in report.findings}
        rule = expect.removeprefix("finding:")
        got = expect if expect.startswith("finding:") and rule in rules else ("ok" if expect == "ok" else f"findings {sorted(rules)}")
    assert got == expect
