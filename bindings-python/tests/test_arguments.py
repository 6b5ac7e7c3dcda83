"""Every call of the Python API raises kientruc.ArgumentError — a KientrucError, a TypeError and a
ValueError — for a bad argument: None or 12 where a document, a name, a list or a report is needed,
a malformed date, an unknown lang, format or limit. (For an optional argument None means "not
given", so None is bad only where a value is required.)"""

import datetime

import pytest

import kientruc
from conftest import MODELS, PROJECTS

PROJECT = PROJECTS / "hanh-minh-website.json"
FAILING = PROJECTS / "point-to-point-land.json"
MODEL = MODELS / "valid-commune.json"


def baseline():
    return kientruc.Baseline.default()


def report():
    return baseline().check(FAILING)


def finding():
    return report().findings[0]


# Calls whose required argument gets the bad value: None and 12 are both bad.
REQUIRED = {
    "check": lambda bad: kientruc.check(bad),
    "Baseline.check": lambda bad: baseline().check(bad),
    "Baseline.check_many": lambda bad: baseline().check_many(bad),
    "Baseline.check_many item": lambda bad: baseline().check_many([PROJECT, bad]),
    "validate_model": lambda bad: kientruc.validate_model(bad),
    "import_archimate": lambda bad: kientruc.import_archimate(bad),
    "export_archimate": lambda bad: kientruc.export_archimate(bad),
    "schema": lambda bad: kientruc.schema(bad),
    "Baseline.builtin": lambda bad: kientruc.Baseline.builtin(bad),
    "Baseline.from_json": lambda bad: kientruc.Baseline.from_json(bad),
    "Baseline.from_file": lambda bad: kientruc.Baseline.from_file(bad),
    "Report.from_json": lambda bad: kientruc.Report.from_json(bad),
    "portfolio": lambda bad: kientruc.portfolio(bad),
    "portfolio item": lambda bad: kientruc.portfolio([report(), bad]),
    "to_csv": lambda bad: kientruc.to_csv(bad),
    "render": lambda bad: kientruc.render(bad),
}

# Calls whose optional argument gets the bad value: 12 is bad (None is the default).
OPTIONAL = {
    "check baseline": lambda bad: kientruc.check(PROJECT, baseline=bad),
    "check accept": lambda bad: kientruc.check(PROJECT, accept=bad),
    "check rulepacks": lambda bad: kientruc.check(PROJECT, rulepacks=bad),
    "check limits": lambda bad: kientruc.check(PROJECT, limits=bad),
    "Baseline.check accept": lambda bad: baseline().check(PROJECT, accept=bad),
    "Baseline.check rulepacks": lambda bad: baseline().check(PROJECT, rulepacks=bad),
    "Baseline.check limits": lambda bad: baseline().check(PROJECT, limits=bad),
    "Baseline.check_many rulepacks": lambda bad: baseline().check_many([PROJECT], rulepacks=bad),
    "Baseline.check_many limits": lambda bad: baseline().check_many([PROJECT], limits=bad),
    "Baseline.validate rulepacks": lambda bad: baseline().validate(rulepacks=bad),
    "Baseline.validate limits": lambda bad: baseline().validate(limits=bad),
    "Baseline.from_json limits": lambda bad: kientruc.Baseline.from_json(baseline().to_json(), limits=bad),
    "validate_model rulepacks": lambda bad: kientruc.validate_model(MODEL, rulepacks=bad),
    "validate_model limits": lambda bad: kientruc.validate_model(MODEL, limits=bad),
    "rules rulepacks": lambda bad: kientruc.rules(rulepacks=bad),
    "rules limits": lambda bad: kientruc.rules(limits=bad),
    "import_archimate limits": lambda bad: kientruc.import_archimate(
        kientruc.export_archimate(MODEL), limits=bad
    ),
    "export_archimate limits": lambda bad: kientruc.export_archimate(MODEL, limits=bad),
    "diagram baseline": lambda bad: kientruc.diagram(bad),
    "diagram project": lambda bad: kientruc.diagram(project=bad),
    "diagram format": lambda bad: kientruc.diagram(format=bad),
    "diagram lang": lambda bad: kientruc.diagram(lang=bad),
    "diagram limits": lambda bad: kientruc.diagram(limits=bad),
    "render format": lambda bad: kientruc.render(report(), bad),
    "render lang": lambda bad: kientruc.render(report(), lang=bad),
    "portfolio lang": lambda bad: kientruc.portfolio([report()], lang=bad),
    "to_csv lang": lambda bad: kientruc.to_csv([report()], lang=bad),
    "level_names": lambda bad: kientruc.level_names(bad),
    "Report.level_name": lambda bad: report().level_name(bad),
    "Report.baseline_choice": lambda bad: report().baseline_choice(bad),
    "Report.render format": lambda bad: report().render(bad),
    "Report.render lang": lambda bad: report().render("text", bad),
    "Report.to_text": lambda bad: report().to_text(bad),
    "Report.to_markdown": lambda bad: report().to_markdown(bad),
    "Report.to_html": lambda bad: report().to_html(bad),
    "Report.to_sarif": lambda bad: report().to_sarif(bad),
    "Finding.message": lambda bad: finding().message(bad),
    "Finding.suggestion": lambda bad: finding().suggestion(bad),
}

# Calls that take a date (`as_of`).
DATED = {
    "check": lambda bad: kientruc.check(PROJECT, as_of=bad),
    "Baseline.check": lambda bad: baseline().check(PROJECT, as_of=bad),
    "Baseline.check_many": lambda bad: baseline().check_many([PROJECT], as_of=bad),
    "Baseline.validate": lambda bad: baseline().validate(as_of=bad),
    "validate_model": lambda bad: kientruc.validate_model(MODEL, as_of=bad),
    "rules": lambda bad: kientruc.rules(as_of=bad),
}

# Calls that take a language, a format or limits, with a value of the right type but unknown.
UNKNOWN_VALUES = [
    *[(name, "fr") for name in OPTIONAL if name.endswith("lang") or name in {
        "level_names", "Report.level_name", "Report.baseline_choice", "Report.to_text",
        "Report.to_markdown", "Report.to_html", "Report.to_sarif", "Finding.message",
        "Finding.suggestion",
    }],
    *[(name, "pdf") for name in OPTIONAL if name.endswith("format")],
    *[(name, limits) for name in OPTIONAL if name.endswith("limits") for limits in [
        {"max_cats": 1}, {"max_depth": -1}, {"max_depth": "10"}, {"max_depth": True}, {7: 1},
    ]],
]


def assert_argument_error(call, bad):
    with pytest.raises(kientruc.ArgumentError) as e:
        call(bad)
    err = e.value
    assert isinstance(err, kientruc.KientrucError) and isinstance(err, TypeError) and isinstance(err, ValueError)
    assert err.code == "argument"
    assert ": " in str(err), str(err)  # "<argument>: <what is wrong>"


@pytest.mark.parametrize("bad", [None, 12], ids=["None", "12"])
@pytest.mark.parametrize("name", list(REQUIRED))
def test_required_arguments(name, bad):
    assert_argument_error(REQUIRED[name], bad)


@pytest.mark.parametrize("name", list(OPTIONAL))
def test_optional_arguments(name):
    assert_argument_error(OPTIONAL[name], 12)


@pytest.mark.parametrize("bad", ["2024-02-30", "01/03/2024", "", 20240301, object()])
@pytest.mark.parametrize("name", list(DATED))
def test_dates(name, bad):
    assert_argument_error(DATED[name], bad)


@pytest.mark.parametrize("name,bad", UNKNOWN_VALUES, ids=[f"{n}={b!r}" for n, b in UNKNOWN_VALUES])
def test_unknown_values(name, bad):
    assert_argument_error(OPTIONAL[name], bad)


def test_every_call_is_covered():
    """Every public function and method appears in the tables above (a new call needs a row)."""
    covered = " ".join([*REQUIRED, *OPTIONAL, *DATED])
    names = [n for n in kientruc._native.__all__ if callable(getattr(kientruc, n)) and n[0].islower()]
    exempt = {"builtin_baselines"}  # takes no argument
    for n in names:
        assert n in exempt or n in covered, n
    for cls in (kientruc.Baseline, kientruc.Report, kientruc.Finding):
        for m in dir(cls):
            attr = getattr(cls, m)
            if m.startswith("_") or isinstance(attr, property) or not callable(attr):
                continue
            if m in {"default", "to_json", "to_dict"}:  # take no argument
                continue
            assert f"{cls.__name__}.{m}" in covered, f"{cls.__name__}.{m}"


def test_good_arguments_still_work():
    assert kientruc.check(PROJECT, as_of=datetime.date(2024, 6, 1)).as_of == datetime.date(2024, 6, 1)
    assert kientruc.check(PROJECT, as_of=datetime.datetime(2024, 6, 1, 12, 0)).as_of == datetime.date(2024, 6, 1)
    assert kientruc.check(PROJECT, limits={}).level == kientruc.check(PROJECT).level
    assert report().to_text(None) == report().to_text("vi")
    assert kientruc.render(report(), "MARKDOWN", lang=" EN ") == report().to_markdown("en")
