"""Shared fixtures: the repository's examples, read by every face's tests."""

import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROJECTS = ROOT / "examples" / "projects"
MODELS = ROOT / "examples" / "models"


@pytest.fixture(scope="session")
def expected():
    return json.loads((PROJECTS / "expected.json").read_text(encoding="utf-8"))["projects"]


@pytest.fixture(scope="session")
def baseline():
    import kientruc

    return kientruc.Baseline.default()
