"""Input limits set from Python (`limits=`) reach every document a call reads: an input within the
defaults is refused with a LimitError naming the limit once the limit is lowered."""

import pytest

import kientruc
from conftest import MODELS, PROJECTS, ROOT

UPGRADE = PROJECTS / "one-stop-upgrade.json"  # two components
PROJECT = PROJECTS / "hanh-minh-website.json"  # strings of about 100 bytes at most
PACK = ROOT / "examples" / "rulepacks" / "quang-ngai-projects.json"  # a string of 320 bytes
ACCEPT = ROOT / "examples" / "acceptances" / "hanh-minh-website-rented-hosting.json"  # 180 bytes
MODEL = MODELS / "valid-commune.json"  # more than two elements
STRINGS = {"max_string_bytes": 150}


def baseline():
    return kientruc.Baseline.default()


CASES = {
    "Baseline.check": (lambda lim: baseline().check(UPGRADE, limits=lim), {"max_components": 1}),
    "check": (lambda lim: kientruc.check(UPGRADE, limits=lim), {"max_components": 1}),
    "Baseline.check_many": (lambda lim: baseline().check_many([PROJECT, UPGRADE], limits=lim), {"max_components": 1}),
    "check rulepacks": (lambda lim: kientruc.check(PROJECT, rulepacks=[PACK], limits=lim), STRINGS),
    "Baseline.check rulepacks": (lambda lim: baseline().check(PROJECT, rulepacks=PACK, limits=lim), STRINGS),
    "check accept": (lambda lim: kientruc.check(PROJECT, accept=ACCEPT, limits=lim), STRINGS),
    "Baseline.check accept": (lambda lim: baseline().check(PROJECT, accept=[ACCEPT], limits=lim), STRINGS),
    "validate_model": (lambda lim: kientruc.validate_model(MODEL, limits=lim), {"max_elements": 2}),
    "validate_model rulepacks": (lambda lim: kientruc.validate_model(MODEL, rulepacks=[PACK], limits=lim), STRINGS),
    "validate_model archimate": (
        lambda lim: kientruc.validate_model(kientruc.export_archimate(MODEL), limits=lim),
        {"max_elements": 2},
    ),
    "Baseline.validate rulepacks": (lambda lim: baseline().validate(rulepacks=[PACK], limits=lim), STRINGS),
    "Baseline.from_json": (lambda lim: kientruc.Baseline.from_json(baseline().to_json(), limits=lim), {"max_elements": 10}),
    "Baseline.from_file": (lambda lim: kientruc.Baseline.from_file(MODEL, limits=lim), {"max_elements": 2}),
    "import_archimate": (
        lambda lim: kientruc.import_archimate(kientruc.export_archimate(MODEL), limits=lim),
        {"max_relations": 1},
    ),
    "export_archimate": (lambda lim: kientruc.export_archimate(MODEL, limits=lim), {"max_elements": 2}),
    "rules": (lambda lim: kientruc.rules(rulepacks=[PACK], limits=lim), STRINGS),
    "diagram": (lambda lim: kientruc.diagram(project=UPGRADE, limits=lim), {"max_components": 1}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_lowered_limit_refuses_an_input_the_defaults_accept(name):
    call, limits = CASES[name]
    call(None)  # within the defaults
    with pytest.raises(kientruc.LimitError) as e:
        call(limits)
    (limit,) = limits
    assert limit in str(e.value) and e.value.code == "limit"


def test_a_raised_limit_accepts_what_a_lower_one_refuses():
    with pytest.raises(kientruc.LimitError):
        baseline().check(UPGRADE, limits={"max_components": 1})
    assert baseline().check(UPGRADE, limits={"max_components": 2}) == baseline().check(UPGRADE)
