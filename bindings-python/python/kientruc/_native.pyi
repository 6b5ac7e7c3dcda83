"""Type stubs of the compiled module ``kientruc._native`` (checked by ``mypy.stubtest``)."""

import datetime
import os
from typing import Any, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Tuple, Union, final

_Document = Union[str, bytes, bytearray, Mapping[str, Any], Sequence[Any], os.PathLike[Any]]
_DateLike = Union[str, datetime.date, None]
_Lang = Literal["vi", "en"]
_Level = Literal["not-assessed", "non-conformant", "irrelevant", "fully-conformant", "conformant", "compliant", "consistent"]
_Accept = Union[str, bytes, bytearray, Mapping[str, Any], os.PathLike[Any], Sequence[Union[str, bytes, bytearray, Mapping[str, Any], os.PathLike[Any]]], None]

__version__: str
__all__ = ["Baseline", "Report", "Finding", "builtin_baselines", "check", "validate_model", "rules", "schema", "import_archimate", "export_archimate", "portfolio", "to_csv", "__version__"]

@final
class Baseline:
    @classmethod
    def default(cls) -> "Baseline":
        """The embedded default baseline, ``quang-ngai-2.0``."""
    @classmethod
    def builtin(cls, name: str) -> "Baseline":
        """An embedded baseline by name; raises ``UnknownBaselineError``."""
    @classmethod
    def from_json(cls, data: Union[str, bytes, bytearray, Mapping[str, Any]]) -> "Baseline":
        """A baseline from a ``model/1`` document given as JSON text or a dict."""
    @classmethod
    def from_file(cls, path: os.PathLike[Any]) -> "Baseline":
        """A baseline from a ``model/1`` file."""
    @property
    def id(self) -> str: ...
    @property
    def framework(self) -> str: ...
    @property
    def valid_from(self) -> Optional[str]: ...
    @property
    def valid_to(self) -> Optional[str]: ...
    def check(self, project: _Document, *, as_of: _DateLike = None, accept: _Accept = None) -> "Report":
        """Checks a project (dict, JSON str/bytes, or path); ``accept`` is an ``acceptance/1``
        document (same forms) or a list of them. The GIL is released meanwhile."""
    def check_many(
        self, projects: Iterable[_Document], *, as_of: _DateLike = None, accept: _Accept = None
    ) -> List["Report"]:
        """Checks several projects, one report each, in order."""
    def validate(self) -> "Report":
        """Validates the baseline's own model."""
    def to_json(self) -> str:
        """The baseline as ``model/1`` JSON text."""
    def __reduce__(self) -> Tuple[Any, Tuple[str]]: ...

@final
class Report:
    @property
    def level(self) -> Optional[_Level]: ...
    @property
    def subject(self) -> str: ...
    @property
    def baseline(self) -> Optional[str]: ...
    def baseline_choice(self, lang: _Lang = "vi") -> Optional[str]:
        """Why the library chose the baseline (``kientruc.check``); ``None`` when the caller gave it."""
    @property
    def as_of(self) -> Optional[str]: ...
    @property
    def regime(self) -> Optional[str]: ...
    @property
    def has_errors(self) -> bool: ...
    @property
    def counts(self) -> Dict[str, int]: ...
    @property
    def outcomes(self) -> Dict[str, str]: ...
    @property
    def findings(self) -> List["Finding"]: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def to_sarif(self, lang: _Lang = "vi") -> str: ...
    def to_markdown(self, lang: _Lang = "vi") -> str: ...
    def to_html(self, lang: _Lang = "vi") -> str: ...
    def to_text(self, lang: _Lang = "vi") -> str: ...
    @classmethod
    def from_json(cls, text: str) -> "Report": ...
    def __reduce__(self) -> Tuple[Any, Tuple[str]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Finding:
    @property
    def rule(self) -> str: ...
    @property
    def severity(self) -> Literal["error", "warning", "info"]: ...
    @property
    def outcome(self) -> Literal["pass", "fail", "review", "not-applicable", "accepted"]: ...
    @property
    def subject(self) -> str: ...
    @property
    def waiver(self) -> Optional[Dict[str, Any]]:
        """The proposal's justification: ``reason``, ``outcome`` (before it) and, once accepted,
        ``accepted`` (``by``, ``date``, ``note``); ``None`` for a finding not justified."""
    @property
    def basis(self) -> Dict[str, Any]: ...
    def message(self, lang: _Lang = "vi") -> str: ...
    def suggestion(self, lang: _Lang = "vi") -> str: ...

def builtin_baselines() -> List[str]: ...
def check(
    project: _Document, *, baseline: Optional[str] = None, as_of: _DateLike = None, accept: _Accept = None
) -> Report:
    """Checks a project against the baseline the library chooses: ``baseline`` (a built-in or family
    name), else the project's own ``baseline`` field, else the one in force on the check date; the
    report's ``baseline_choice`` says why. Raises ``UnknownBaselineError`` for an unknown name."""
def validate_model(
    model: _Document, *, rulepacks: Optional[Iterable[_Document]] = None, as_of: _DateLike = None
) -> Report: ...
def rules() -> List[Dict[str, Any]]: ...
def schema(name: str) -> Dict[str, Any]: ...
def import_archimate(data: Union[str, bytes, bytearray, os.PathLike[Any]]) -> Dict[str, Any]:
    """Imports an ArchiMate Model Exchange File as a ``model/1`` dict."""
def export_archimate(model: _Document) -> str:
    """Exports a ``model/1`` document as an ArchiMate Model Exchange File."""
def portfolio(reports: Iterable[Report], *, lang: _Lang = "vi") -> List[Dict[str, Any]]:
    """The batch summary, one row per report: id, name, owner, budget_vnd, level, errors, review."""
def to_csv(reports: Iterable[Report], *, lang: _Lang = "vi") -> str:
    """The batch summary as CSV (RFC 4180, with a header line)."""
