"""Type stubs of the compiled module ``kientruc._native`` (checked by ``mypy.stubtest``).

Every argument is checked: a wrong type or value raises ``kientruc.ArgumentError``."""

import datetime
import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union, final

from kientruc._types import (
    Basis,
    ChecklistItem,
    Counts,
    Excused,
    Limits,
    PortfolioRow,
    Rule,
    Waiver,
    _DiagramFormat,
    _Format,
    _Lang,
    _Level,
    _Outcome,
    _Severity,
)

_OneDocument = Union[str, bytes, bytearray, Mapping[str, Any], os.PathLike[Any]]
_Document = Union[_OneDocument, List[Any]]
# One document (an object: a dict, JSON text or a path) or an iterable of them.
_Documents = Union[_OneDocument, Iterable[_OneDocument], None]
_DateLike = Union[str, datetime.date, None]

__version__: str
__all__ = [
    "Baseline",
    "Report",
    "Finding",
    "builtin_baselines",
    "check",
    "validate_model",
    "rules",
    "schema",
    "import_archimate",
    "export_archimate",
    "portfolio",
    "to_csv",
    "render",
    "diagram",
    "level_names",
    "__version__",
]

@final
class Baseline:
    @classmethod
    def default(cls) -> "Baseline":
        """The embedded default baseline, ``quang-ngai-2.0``."""
    @classmethod
    def builtin(cls, name: str) -> "Baseline":
        """An embedded baseline by name; raises ``UnknownBaselineError``."""
    @classmethod
    def from_json(
        cls, data: Union[str, bytes, bytearray, Mapping[str, Any]], *, limits: Optional[Limits] = None
    ) -> "Baseline":
        """A baseline from a ``model/1`` document given as JSON text or a dict."""
    @classmethod
    def from_file(cls, path: os.PathLike[Any], *, limits: Optional[Limits] = None) -> "Baseline":
        """A baseline from a ``model/1`` file."""
    @property
    def id(self) -> str: ...
    @property
    def framework(self) -> str: ...
    @property
    def valid_from(self) -> Optional[str]: ...
    @property
    def valid_to(self) -> Optional[str]: ...
    def check(
        self,
        project: _Document,
        *,
        as_of: _DateLike = None,
        accept: _Documents = None,
        rulepacks: _Documents = None,
        limits: Optional[Limits] = None,
    ) -> "Report":
        """Checks a project (dict, JSON str/bytes, or path); ``accept`` is an ``acceptance/1``
        document (same forms) or a list of them, ``rulepacks`` the province's ``rulepack/1``
        documents, ``limits`` input limits. The GIL is released meanwhile."""
    def check_many(
        self,
        projects: Iterable[_Document],
        *,
        as_of: _DateLike = None,
        accept: _Documents = None,
        rulepacks: _Documents = None,
        limits: Optional[Limits] = None,
    ) -> List["Report"]:
        """Checks several projects, one report each, in order."""
    def validate(
        self, *, as_of: _DateLike = None, rulepacks: _Documents = None, limits: Optional[Limits] = None
    ) -> "Report":
        """Validates the baseline's own model."""
    def to_json(self) -> str:
        """The baseline as ``model/1`` JSON text."""
    def __reduce__(self) -> Tuple[Any, Tuple[str]]: ...

@final
class Report:
    @property
    def level(self) -> Optional[_Level]: ...
    def level_name(self, lang: _Lang = "vi") -> Optional[str]:
        """The level's display name, as every report shows it; ``None`` for a model validation."""
    @property
    def subject(self) -> str: ...
    @property
    def baseline(self) -> Optional[str]: ...
    def baseline_choice(self, lang: _Lang = "vi") -> Optional[str]:
        """Why the library chose the baseline (``kientruc.check``); ``None`` when the caller gave it."""
    @property
    def as_of(self) -> Optional[datetime.date]: ...
    @property
    def regime(self) -> Optional[str]: ...
    @property
    def has_errors(self) -> bool: ...
    @property
    def counts(self) -> Counts: ...
    @property
    def outcomes(self) -> Dict[str, _Outcome]: ...
    @property
    def findings(self) -> List["Finding"]: ...
    @property
    def accepted(self) -> List["Finding"]:
        """The findings whose justification the appraiser accepted."""
    @property
    def waived(self) -> List[Excused]:
        """The proposal's justifications that matched findings."""
    @property
    def suppressed(self) -> List[Excused]:
        """Findings an element's ``suppress`` list switched off."""
    @property
    def checklist(self) -> List[ChecklistItem]:
        """The appraisal checklist; empty for a model validation."""
    def to_json(self) -> str: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def render(self, format: _Format = "text", lang: _Lang = "vi") -> str: ...
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
    def severity(self) -> _Severity: ...
    @property
    def outcome(self) -> _Outcome: ...
    @property
    def subject(self) -> str: ...
    @property
    def waiver(self) -> Optional[Waiver]:
        """The proposal's justification: ``reason``, ``outcome`` (before it) and, once accepted,
        ``accepted`` (``by``, ``date``, ``note``); ``None`` for a finding not justified."""
    @property
    def basis(self) -> Basis: ...
    def message(self, lang: _Lang = "vi") -> str: ...
    def suggestion(self, lang: _Lang = "vi") -> str: ...

def builtin_baselines() -> List[str]: ...
def check(
    project: _Document,
    *,
    baseline: Optional[str] = None,
    as_of: _DateLike = None,
    accept: _Documents = None,
    rulepacks: _Documents = None,
    limits: Optional[Limits] = None,
) -> Report:
    """Checks a project against the baseline the library chooses: ``baseline`` (a built-in or family
    name), else the project's own ``baseline`` field, else the one in force on the check date; the
    report's ``baseline_choice`` says why. Raises ``UnknownBaselineError`` for an unknown name."""
def validate_model(
    model: _Document, *, rulepacks: _Documents = None, as_of: _DateLike = None, limits: Optional[Limits] = None
) -> Report:
    """Validates a ``model/1`` document or an ArchiMate exchange file."""
def rules(*, as_of: _DateLike = None, rulepacks: _Documents = None, limits: Optional[Limits] = None) -> List[Rule]:
    """The built-in rules (those in force on ``as_of`` when given), then those of ``rulepacks``."""
def schema(name: str) -> Dict[str, Any]: ...
def import_archimate(data: Union[str, bytes, bytearray, os.PathLike[Any]], *, limits: Optional[Limits] = None) -> Dict[str, Any]:
    """Imports an ArchiMate Model Exchange File as a ``model/1`` dict."""
def export_archimate(model: _Document, *, limits: Optional[Limits] = None) -> str:
    """Exports a ``model/1`` document as an ArchiMate Model Exchange File."""
def portfolio(reports: Union[Report, Iterable[Report]], *, lang: _Lang = "vi") -> List[PortfolioRow]:
    """The batch summary, one row per report: id, name, owner, budget_vnd, level, errors, review."""
def to_csv(reports: Union[Report, Iterable[Report]], *, lang: _Lang = "vi") -> str:
    """The batch summary as CSV (RFC 4180, with a header line)."""
def render(reports: Union[Report, Iterable[Report]], format: _Format = "text", *, lang: _Lang = "vi") -> str:
    """One report or several as the command line prints them (several open with the summary)."""
def diagram(
    baseline: Union[Baseline, str, None] = None,
    project: Optional[_Document] = None,
    *,
    format: _DiagramFormat = "svg",
    lang: _Lang = "vi",
    limits: Optional[Limits] = None,
) -> str:
    """The overall diagram of a baseline (the project's own, else the default, when ``None``) with
    the project's components drawn in, as SVG, Graphviz DOT or Mermaid text."""
def level_names(lang: _Lang = "vi") -> Dict[_Level, str]:
    """The display names of the compliance levels, by stable id."""
