"""Every call of the Python API."""

import datetime
import json
import pathlib

import pytest

import kientruc
from conftest import PROJECTS, ROOT


def test_builtins_and_baseline_properties():
    assert kientruc.builtin_baselines() == ["quang-ngai-2.0", "vn-national-digital-2025"]
    b = kientruc.Baseline.builtin("quang-ngai-2.0")
    assert (b.id, b.framework, b.valid_from, b.valid_to) == ("quang-ngai-2.0", "vn-egov-2.0", "2021-12-24", "2024-12-30")
    assert repr(b) == 'Baseline(id="quang-ngai-2.0", framework="vn-egov-2.0")'
    own = kientruc.Baseline.from_json(b.to_json())
    assert own.id == b.id
    assert kientruc.Baseline.from_json(json.loads(b.to_json())).id == b.id
    v = b.validate()
    assert v.level is None and v.counts["error"] == 0 and v.counts["suppressed"] > 0


def test_baseline_from_file(tmp_path: pathlib.Path):
    p = tmp_path / "b.json"
    p.write_text(kientruc.Baseline.default().to_json(), encoding="utf-8")
    b = kientruc.Baseline.from_file(p)
    report = b.check(PROJECTS / "lgsp-extension.json")
    assert report.level == "fully-conformant"


def test_report_accessors_and_renderers(baseline):
    r = baseline.check(PROJECTS / "point-to-point-land.json")
    assert r.level == "non-conformant" and r.has_errors
    assert (r.subject, r.baseline, r.as_of, r.regime) == ("point-to-point-land", "quang-ngai-2.0", datetime.date(2024, 6, 1), "nd73-2019/nd85-2016/nd13-2023/nd47-2020+nd47-2024")
    assert r.counts["error"] == 2
    assert r.outcomes["CONF-05"] == "fail" and r.outcomes["CONF-01"] == "pass"
    f = r.findings[0]
    assert (f.rule, f.severity, f.outcome, f.subject) == ("CONF-05", "error", "fail", "land-app->national:land")
    assert "LGSP" in f.suggestion("en") and "LGSP" in f.suggestion()
    assert f.message("en") != f.message("vi")
    assert f.basis["status"] == "verified" and "CV 1178" in f.basis["instrument"]
    assert repr(f).startswith("Finding(rule=\"CONF-05\"")
    d = r.to_dict()
    assert d["kientruc"] == "report/1" and d["level"] == "non-conformant"
    assert json.loads(r.to_json()) == d
    sarif = json.loads(r.to_sarif(lang="en"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["language"] == "en"
    assert r.to_markdown().startswith("# Báo cáo kiểm tra sự tuân thủ Kiến trúc")
    assert r.to_markdown("en").startswith("# Architecture conformance report")
    html = r.to_html()
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    assert "Mức tuân thủ: Không tuân thủ" in r.to_text()


def test_check_many_and_as_of(baseline):
    files = [PROJECTS / "hanh-minh-website.json", PROJECTS / "district-one-stop.json"]
    reports = baseline.check_many(files)
    assert [r.level for r in reports] == ["compliant", "non-conformant"]
    later = baseline.check(files[0], as_of=datetime.date(2026, 9, 1))
    assert later.as_of == datetime.date(2026, 9, 1) and later.regime == "nd224-2026/luat116-2025+nd331-2026/luat91-2025+nd356-2025/nd194-2025+nd278-2025"
    assert baseline.check(files[0], as_of="2026-09-01") == later
    assert baseline.check_many(iter(files), as_of=None)[0] == reports[0]


def test_rules_and_schemas():
    rules = kientruc.rules()
    ids = {r["id"] for r in rules}
    assert {"VAL-001", "VAL-015", "CONF-01", "CONF-14", "baseline-not-current"} <= ids
    for r in rules:
        assert r["basis"]["instrument"] and r["title"]["vi"] and r["title"]["en"]
    for name in ["project", "model", "framework", "rulepack", "report", "standards"]:
        assert "$schema" in kientruc.schema(name)


def test_readme_python_examples_run(monkeypatch):
    """The Python examples of the READMEs run as written, from the repository root."""
    monkeypatch.chdir(ROOT)
    for readme in [ROOT / "README.md", ROOT / "bindings-python" / "README.md"]:
        text = readme.read_text(encoding="utf-8")
        blocks = [b.split("```", 1)[0] for b in text.split("```python\n")[1:]]
        assert blocks, readme
        for block in blocks:
            exec(compile(block, str(readme), "exec"), {})


def test_check_with_the_baseline_the_library_chooses(baseline):
    subsite = PROJECTS / "phuoc-giang-portal-subsite-2026.json"
    chosen = kientruc.check(subsite)
    assert "224/2026" in chosen.baseline_choice()
    assert "Decree No. 224/2026/ND-CP" in chosen.baseline_choice("en")
    assert chosen.baseline != baseline.id
    # A name: that built-in, as named; the same findings as Baseline.check.
    named = kientruc.check(subsite, baseline=baseline.id)
    assert named.baseline_choice("en").startswith("Baseline as named")
    assert named.outcomes == baseline.check(subsite).outcomes
    # The project's own baseline field stands in for no name.
    own = kientruc.check(PROJECTS / "point-to-point-land.json")
    assert own.baseline_choice("en").startswith("Baseline as named")
    assert own.level == "non-conformant"
    # A check against a given baseline has no choice to explain.
    assert baseline.check(subsite).baseline_choice() is None
    # as_of and accept pass through.
    assert kientruc.check(subsite, as_of="2026-09-01").as_of == datetime.date(2026, 9, 1)
    rented = PROJECTS / "hanh-minh-website-rented-hosting.json"
    accepted = kientruc.check(rented, accept=ROOT / "tests" / "faces" / "accept-rented-hosting.json")
    assert accepted.counts["accepted"] == 1
    with pytest.raises(kientruc.UnknownBaselineError):
        kientruc.check(subsite, baseline="no-such-baseline")
    with pytest.raises(kientruc.ParseError):
        kientruc.check("{,}")
    with pytest.raises(ValueError):
        chosen.baseline_choice("fr")


def test_level_names_come_from_the_core():
    vi, en = kientruc.level_names(), kientruc.level_names("en")
    assert list(vi) == [
        "not-assessed", "non-conformant", "irrelevant", "fully-conformant", "conformant", "compliant", "consistent",
    ]
    assert vi["non-conformant"] == "Không tuân thủ" and en["non-conformant"] == "Non-conformant"
    r = kientruc.Baseline.default().check(PROJECTS / "point-to-point-land.json")
    assert r.level_name() == vi[r.level] and r.level_name("en") == en[r.level]
    # The text report prints the same name.
    assert f"Mức tuân thủ: {vi[r.level]}" in r.to_text()
    assert kientruc.validate_model(ROOT / "examples" / "models" / "valid-commune.json").level_name() is None


def test_render_gives_what_the_command_line_prints(baseline):
    one = baseline.check(PROJECTS / "point-to-point-land.json")
    two = baseline.check(PROJECTS / "lgsp-extension.json")
    assert kientruc.render(one, "json") == one.to_json() == one.render("json")
    assert kientruc.render([one], "md", lang="en") == one.to_markdown("en") == one.render("md", "en")
    assert kientruc.render(one) == one.to_text()
    assert kientruc.render([one, two], "csv") == kientruc.to_csv([one, two])
    portfolio = json.loads(kientruc.render([one, two], "json", lang="en"))
    assert portfolio["kientruc"] == "portfolio/1" and len(portfolio["reports"]) == 2
    text = kientruc.render((r for r in [one, two]), "text")
    assert text.startswith("TỔNG HỢP KẾT QUẢ KIỂM TRA")
    html = kientruc.render([one, two], "html", lang="en")
    assert html.count("<h2") >= 2 and "point-to-point-land" in html and "lgsp-extension" in html


def test_diagram_draws_a_baseline_with_a_project(baseline):
    project = PROJECTS / "one-stop-upgrade.json"
    svg = kientruc.diagram(baseline, project)
    assert svg.startswith("<svg") and "dvc-xay-dung" in svg
    assert kientruc.diagram("quang-ngai-2.0", project) == svg
    assert kientruc.diagram(project=project, lang="en") != svg
    assert kientruc.diagram(format="dot").startswith("digraph")
    assert "flowchart" in kientruc.diagram(baseline, format="mermaid")
    with pytest.raises(kientruc.UnknownBaselineError):
        kientruc.diagram("no-such-baseline")


def test_waivers_acceptances_and_the_checklist(baseline):
    rented = PROJECTS / "hanh-minh-website-rented-hosting.json"
    accept = ROOT / "examples" / "acceptances" / "hanh-minh-website-rented-hosting.json"
    r = baseline.check(rented)
    assert [(w["rule"], w["subject"]) for w in r.waived] == [("CONF-11", "website")]
    assert r.waived[0]["reason"] and r.accepted == []
    a = baseline.check(rented, accept=accept)
    assert [f.rule for f in a.accepted] == ["CONF-11"] and a.accepted[0].waiver["accepted"]["by"]
    items = {c["id"]: c for c in r.checklist}
    assert {"plans", "architecture", "technology", "standards", "connection", "security"} <= set(items)
    assert all(c["title"]["vi"] and c["title"]["en"] and c["outcome"] for c in r.checklist)
    v = baseline.validate()
    assert v.checklist == [] and len(v.suppressed) == v.counts["suppressed"] > 0
    assert all(s["reason"] for s in v.suppressed)


def test_rules_by_date_and_with_rule_packs():
    every = kientruc.rules()
    assert len(kientruc.rules(as_of=datetime.date(2024, 1, 1))) < len(every)
    pack = ROOT / "examples" / "rulepacks" / "quang-ngai-projects.json"
    packed = kientruc.rules(rulepacks=[pack])
    assert len(packed) > len(every) and any(r["id"].startswith("qng-projects/") for r in packed)


def test_project_rule_packs_in_every_check(baseline):
    upgrade = PROJECTS / "one-stop-upgrade.json"
    pack = ROOT / "examples" / "rulepacks" / "quang-ngai-projects.json"
    rule = "qng-projects/new-citizen-systems-report"
    assert baseline.check(upgrade).level == "fully-conformant"
    assert baseline.check(upgrade, rulepacks=[pack]).outcomes[rule] == "fail"
    assert baseline.check(upgrade, rulepacks=pack).outcomes[rule] == "fail"
    assert kientruc.check(upgrade, baseline=baseline.id, rulepacks=[pack]).outcomes[rule] == "fail"
    assert [r.outcomes[rule] for r in baseline.check_many([upgrade], rulepacks=[pack])] == ["fail"]


def test_validate_model_reads_archimate_files_and_the_baseline_validates_with_options(baseline):
    model = ROOT / "examples" / "models" / "valid-commune.json"
    xml = kientruc.export_archimate(model)
    assert kientruc.validate_model(xml).subject == kientruc.validate_model(model).subject
    pack = ROOT / "examples" / "rulepacks" / "quang-ngai-extra.json"
    later = baseline.validate(as_of="2026-09-01", rulepacks=[pack])
    assert later.as_of == datetime.date(2026, 9, 1) and any(f.rule.startswith("qng-extra/") for f in later.findings)
