"""Shared fixtures: the repository's examples, read by every face's tests."""

import functools
import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROJECTS = ROOT / "examples" / "projects"
MODELS = ROOT / "examples" / "models"


def _expected_doc():
    return json.loads((PROJECTS / "expected.json").read_text(encoding="utf-8"))


# The baseline every example is checked against unless its entry names another ("baseline": a
# built-in name) or lets the library choose ("baseline": null).
DEFAULT_BASELINE = _expected_doc()["baseline"]


def entry_baseline(e):
    """The entry's baseline name, or None for the one the library chooses."""
    return e.get("baseline", DEFAULT_BASELINE)


@functools.lru_cache(maxsize=None)
def builtin(name):
    import kientruc

    return kientruc.Baseline.builtin(name)


def variant_options(v):
    """The options of one of an entry's "variants": its rule packs and acceptances, paths relative
    to examples/projects."""
    return {
        "rulepacks": [PROJECTS / p for p in v.get("rulepacks", [])],
        "accept": [PROJECTS / p for p in v.get("accept", [])],
    }


def check_entry(e, variant=None):
    """Checks an example as its expected.json entry says: against the named built-in, or, for
    "baseline": null, against the baseline the library chooses (kientruc.check); with the rule
    packs and acceptances of `variant`, one of the entry's "variants", when given."""
    import kientruc

    opts = variant_options(variant) if variant is not None else {}
    name = entry_baseline(e)
    if name is None:
        return kientruc.check(PROJECTS / e["file"], **opts)
    return builtin(name).check(PROJECTS / e["file"], **opts)


@pytest.fixture(scope="session")
def expected():
    return _expected_doc()["projects"]


@pytest.fixture(scope="session")
def baseline():
    import kientruc

    return kientruc.Baseline.default()
