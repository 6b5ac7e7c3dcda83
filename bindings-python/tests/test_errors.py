"""Every exception type with its attributes, and bad inputs that must raise, never crash."""

import pickle

import pytest

import kientruc
from conftest import PROJECTS


def test_exception_hierarchy():
    assert issubclass(kientruc.ParseError, kientruc.KientrucError) and issubclass(kientruc.ParseError, ValueError)
    assert issubclass(kientruc.SchemaError, ValueError)
    assert issubclass(kientruc.EncodingError, ValueError)
    assert issubclass(kientruc.LimitError, kientruc.KientrucError)
    assert issubclass(kientruc.UnknownBaselineError, LookupError)
    assert issubclass(kientruc.KientrucIOError, OSError)


def test_parse_error_has_line_and_column(baseline):
    with pytest.raises(kientruc.ParseError) as e:
        baseline.check('{\n  "kientruc": "project/1",\n  "id": "x" "components": []\n}')
    assert (e.value.code, e.value.line, e.value.column) == ("parse", 3, 13)
    with pytest.raises(kientruc.ParseError):
        baseline.check("")


def test_schema_error_has_the_json_path(baseline):
    with pytest.raises(kientruc.SchemaError) as e:
        baseline.check({"kientruc": "project/1", "id": "x", "components": [{"id": "c", "kind": "portal", "ipv6": "yes"}]})
    assert e.value.code == "schema"
    assert e.value.path == "$.components[0].ipv6"
    with pytest.raises(kientruc.SchemaError) as e:
        baseline.check({"kientruc": "model/1", "id": "x"})
    assert e.value.path == "$.kientruc"


def test_huge_numbers_and_nan_are_schema_errors(baseline):
    with pytest.raises(kientruc.SchemaError):
        baseline.check({"kientruc": "project/1", "id": "x", "components": [{"id": "c", "kind": "portal", "security_level": 10**30}]})
    with pytest.raises(kientruc.SchemaError):
        baseline.check({"kientruc": "project/1", "id": "x", "investment": {"budget_vnd": float("nan")}})


def test_encoding_errors(baseline):
    with pytest.raises(kientruc.EncodingError) as e:
        baseline.check(b'{"kientruc":"project/1","id":"Tr\xf6\xf4\xf9ng"}')
    assert "VNI" in str(e.value) and e.value.line == 1
    with pytest.raises(kientruc.EncodingError):
        baseline.check('{"kientruc":"project/1","id":"\ud800"}')


def test_deep_nesting_is_a_limit_error(baseline):
    deep = '{"kientruc":"project/1","id":"x","name":' + "[" * 100000 + "]" * 100000 + "}"
    with pytest.raises(kientruc.LimitError):
        baseline.check(deep)
    nested: list = []
    for _ in range(100000):
        nested = [nested]
    with pytest.raises(kientruc.LimitError):
        baseline.check({"kientruc": "project/1", "id": "x", "name": nested})


def test_wrong_types_and_none(baseline):
    for bad in [None, 42, 3.5, object()]:
        with pytest.raises(TypeError):
            baseline.check(bad)
    with pytest.raises(TypeError):
        kientruc.Baseline.from_file("not-a-path-object.json")
    with pytest.raises(TypeError):
        baseline.check_many(None)
    with pytest.raises(ValueError):
        baseline.check(PROJECTS / "lgsp-extension.json", as_of="2024-02-30")
    with pytest.raises(ValueError):
        baseline.check(PROJECTS / "lgsp-extension.json").to_html(lang="fr")
    with pytest.raises(ValueError):
        kientruc.schema("nonsense")


def test_unknown_baseline_and_missing_file(tmp_path):
    with pytest.raises(kientruc.UnknownBaselineError) as e:
        kientruc.Baseline.builtin("ha-noi-9.9")
    assert e.value.code == "unknown-baseline" and "quang-ngai-2.0" in str(e.value)
    with pytest.raises(kientruc.KientrucIOError) as e:
        kientruc.Baseline.default().check(tmp_path / "missing.json")
    assert isinstance(e.value, OSError) and e.value.code == "io"


def test_exceptions_pickle_with_their_attributes(baseline):
    with pytest.raises(kientruc.SchemaError) as e:
        baseline.check({"kientruc": "project/1", "id": 7})
    back = pickle.loads(pickle.dumps(e.value))
    assert type(back) is kientruc.SchemaError and back.path == e.value.path and str(back) == str(e.value)
