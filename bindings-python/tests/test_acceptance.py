"""The appraiser's acceptance (acceptance/1) of a proposal's justifications, the waiver of a finding,
and the batch summary: the same scenarios as every other face (tests/faces/)."""

import json

import pytest

import kientruc
from conftest import PROJECTS, ROOT

FACES = ROOT / "tests" / "faces"
RENTED = PROJECTS / "hanh-minh-website-rented-hosting.json"
ACCEPT = FACES / "accept-rented-hosting.json"


def finding(report, rule):
    found = [f for f in report.findings if f.rule == rule]
    assert len(found) == 1, [f.rule for f in report.findings]
    return found[0]


def test_a_justification_stays_in_the_report_until_accepted(baseline):
    r = baseline.check(RENTED)
    assert r.level == "compliant"
    assert (r.counts["waived"], r.counts["accepted"]) == (1, 0)
    f = finding(r, "CONF-11")
    assert f.outcome == "review"
    assert f.waiver["outcome"] == "fail"
    assert f.waiver["reason"].startswith("Thuê máy chủ của doanh nghiệp viễn thông")
    assert "accepted" not in f.waiver
    assert finding(r, "CONF-13").waiver is None


@pytest.mark.parametrize("form", ["path", "str", "bytes", "dict", "list"])
def test_an_acceptance_in_every_form_accepts_the_justification(baseline, form):
    text = ACCEPT.read_text(encoding="utf-8")
    arg = {"path": ACCEPT, "str": text, "bytes": text.encode(), "dict": json.loads(text),
           "list": [json.loads(text), {"kientruc": "acceptance/1", "accepted": []}]}[form]
    r = baseline.check(RENTED, accept=arg)
    assert r.counts["accepted"] == 1
    assert r.level == "compliant"
    assert r.outcomes["CONF-11"] == "accepted" and r.outcomes["CONF-13"] == "review"
    f = finding(r, "CONF-11")
    assert f.outcome == "accepted"
    assert f.waiver["accepted"] == {
        "by": "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "date": "2024-04-01",
        "note": "Chấp nhận thuê máy chủ đến khi Trung tâm dữ liệu tỉnh nâng cấp xong.",
    }
    many = baseline.check_many([RENTED, PROJECTS / "hanh-minh-website.json"], accept=arg)
    assert [x.counts["accepted"] for x in many] == [1, 0]
    assert many[0] == r


def test_an_acceptance_for_another_subject_accepts_nothing(baseline):
    doc = json.loads(ACCEPT.read_text(encoding="utf-8"))
    doc["accepted"][0]["subject"] = "portal"
    r = baseline.check(RENTED, accept=doc)
    assert r.counts["accepted"] == 0 and finding(r, "CONF-11").outcome == "review"


def test_waiving_every_rule_does_not_make_a_project_conformant(baseline):
    r = baseline.check(FACES / "waive-everything.json")
    assert r.level == "non-conformant"
    assert r.outcomes["CONF-07"] == "fail"
    assert any(f.rule == "DOC-010" for f in r.findings)


def test_errors_in_an_acceptance_map_like_a_projects(baseline):
    with pytest.raises(kientruc.ParseError) as e:
        baseline.check(RENTED, accept='{"kientruc": "acceptance/1",,}')
    assert e.value.source == "<acceptance str>" and e.value.line == 1
    with pytest.raises(kientruc.SchemaError) as e:
        baseline.check(RENTED, accept={"kientruc": "acceptance/1", "accepted": [
            {"project": "p", "rule": "CONF-11", "by": "x", "date": "2024-01-01", "reson": "typo"}]})
    assert "reson" in e.value.path
    with pytest.raises(kientruc.SchemaError):
        baseline.check(RENTED, accept={"kientruc": "project/1", "id": "x"})
    with pytest.raises(kientruc.KientrucIOError):
        baseline.check(RENTED, accept=[FACES / "missing.json"])
    with pytest.raises(TypeError):
        baseline.check(RENTED, accept=42)


def test_portfolio_and_csv(baseline):
    reports = baseline.check_many([RENTED, PROJECTS / "district-one-stop.json", PROJECTS / "hanh-minh-website-bad-waiver.json"])
    rows = kientruc.portfolio(reports)
    assert [(r["id"], r["level"]) for r in rows] == [
        ("hanh-minh-website-rented-hosting", "compliant"),
        ("district-one-stop", "non-conformant"),
        ("hanh-minh-website-bad-waiver", "not-assessed"),
    ]
    assert rows[0]["budget_vnd"] == 120000000 and rows[0]["errors"] == 0 and rows[0]["review"] == 2
    assert rows[1]["errors"] == 1
    assert rows[0]["name"].startswith("Nâng cấp") and kientruc.portfolio(reports, lang="en")[0]["name"].startswith("Upgrade")
    csv = kientruc.to_csv(reports, lang="en").split("\r\n")
    assert csv[0] == "Project id,Project name,Owner,Budget (VND),Compliance level,Errors,To review"
    assert csv[1].startswith("hanh-minh-website-rented-hosting,") and ",Compliant,0,2" in csv[1]
    assert "Not assessed" in csv[3] and csv[4] == ""
    assert kientruc.to_csv(reports).startswith("Mã dự án,")
    assert kientruc.to_csv([]).count("\r\n") == 1
    with pytest.raises(TypeError):
        kientruc.portfolio([reports[0], "not a report"])
    with pytest.raises(ValueError):
        kientruc.to_csv(reports, lang="fr")
