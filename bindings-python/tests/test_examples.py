"""The same scenarios as the Rust tests: every example project reaches its hand-written level
and rule outcomes (examples/projects/expected.json)."""

import json

import pytest

import kientruc
from conftest import MODELS, PROJECTS, builtin, check_entry, entry_baseline


def outcomes(report, wanted):
    return {rule for rule, o in report.outcomes.items() if o == wanted}


def effect(report):
    """What options can change: the level, the failed and reviewed rules, the accepted count and
    the rules that have findings."""
    return (
        report.level,
        outcomes(report, "fail"),
        outcomes(report, "review"),
        report.counts["accepted"],
        {f.rule for f in report.findings},
    )


def test_every_example_matches_its_expectation(expected):
    assert len(expected) >= 8
    assert any(entry_baseline(e) is None for e in expected)
    for e in expected:
        report = check_entry(e)
        name = entry_baseline(e)
        if name is None:
            # The library chose the baseline in force on the check date and says why.
            assert report.baseline_choice().startswith("Chọn Kiến trúc đối chiếu"), e["file"]
        else:
            assert report.baseline == builtin(name).id and report.baseline_choice() is None, e["file"]
        assert report.level == e["level"], e["file"]
        assert outcomes(report, "fail") == set(e["fail"]), e["file"]
        assert outcomes(report, "review") == set(e["review"]), e["file"]
        assert report.counts["extras"] == e["extras"], e["file"]
        assert report.counts["waived"] == e.get("waived", 0), e["file"]


def test_every_variant_reaches_its_level_with_its_options(expected):
    variants = [(e, v) for e in expected for v in e.get("variants", [])]
    # At least one variant applies a rule pack and one an acceptance: the options reach the check.
    assert any(v.get("rulepacks") for _, v in variants)
    assert any(v.get("accept") for _, v in variants)
    for e, v in variants:
        what = f'{e["file"]} / {v["name"]}'
        plain = check_entry(e)
        r = check_entry(e, v)
        assert r.level == v["level"], what
        assert outcomes(r, "fail") == set(v["fail"]), what
        assert outcomes(r, "review") == set(v["review"]), what
        assert r.counts["accepted"] == v.get("accepted", 0), what
        assert len(r.accepted) == r.counts["accepted"], what
        # The variant's options change the report: its verdict, or (an acceptance that has no
        # effect) the findings that say so.
        assert effect(r) != effect(plain), what
        assert v["reasoning"]["vi"], what


@pytest.mark.parametrize("form", ["path", "str", "bytes", "dict"])
def test_every_input_form_gives_the_same_report(baseline, form):
    path = PROJECTS / "portal-without-ipv6.json"
    text = path.read_text(encoding="utf-8")
    arg = {"path": path, "str": text, "bytes": text.encode(), "dict": json.loads(text)}[form]
    report = baseline.check(arg)
    assert report.level == "non-conformant"
    assert report == baseline.check(path)


def test_every_level_is_reached(expected):
    assert {e["level"] for e in expected} == {
        "not-assessed", "non-conformant", "irrelevant", "fully-conformant", "conformant", "compliant", "consistent",
    }


def test_model_validation_scenarios():
    ok = kientruc.validate_model(MODELS / "valid-commune.json")
    assert ok.level is None and ok.findings == [] and not ok.has_errors
    bad = kientruc.validate_model(MODELS / "invalid-commune.json")
    assert bad.has_errors
    got = {(f.rule, f.subject) for f in bad.findings}
    for pair in [("VAL-004", "dvc>uses>csdl-dan-cu"), ("VAL-005", "actor:nguoi-dan>hosts>dvc"),
                 ("VAL-006", "agency:phong"), ("VAL-007", "agency:xa"), ("VAL-010", "dvc-2")]:
        assert pair in got
    pack = MODELS.parent / "rulepacks" / "quang-ngai-extra.json"
    packed = kientruc.validate_model(MODELS / "valid-commune.json", rulepacks=[pack])
    assert {f.rule for f in packed.findings} == {
        "qng-extra/agency-eid-known", "qng-extra/hosting-approved", "qng-extra/one-stop-serves",
        "qng-extra/platform-named-lgsp",
    }
