"""The shapes of the plain data kientruc returns, for type checkers.

They are ordinary ``TypedDict`` types, importable at run time: annotate with ``kientruc.Counts``,
``kientruc.Basis`` and so on. The field names and values are those of the ``report/1`` JSON
contract (``docs/report.md``). The ``Literal`` value types (``_Level``, ``_Outcome``, …) exist
for type checkers only."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Literal, Optional, TypedDict

__all__ = [
    "Text",
    "Period",
    "Citation",
    "Basis",
    "Counts",
    "Accepted",
    "Waiver",
    "Excused",
    "ChecklistItem",
    "InputError",
    "PortfolioRow",
    "Rule",
    "Limits",
]

if TYPE_CHECKING:
    # The value types. Only for type checkers: `mypy.stubtest` cannot match a `Literal` alias
    # with its run-time object, and annotations here are never evaluated at run time.
    _Level = Literal[
        "not-assessed", "non-conformant", "irrelevant", "fully-conformant", "conformant", "compliant", "consistent"
    ]
    """A compliance level's stable id (PRODUCT.md, "Compliance levels")."""

    _Severity = Literal["error", "warning", "info"]
    _Outcome = Literal["pass", "fail", "review", "not-applicable", "accepted"]
    _Lang = Literal["vi", "en"]
    _Format = Literal["text", "json", "sarif", "md", "markdown", "html", "csv"]
    _DiagramFormat = Literal["svg", "dot", "gv", "graphviz", "mermaid", "mmd"]


class Text(TypedDict):
    """A text in Vietnamese and English."""

    vi: str
    en: str


# `from` is a keyword: the functional syntax.
Period = TypedDict("Period", {"from": str, "to": str}, total=False)
"""A validity period (``YYYY-MM-DD``); an open end is absent."""


class _CitationRequired(TypedDict):
    instrument: str
    status: Literal["verified", "secondary"]


class Citation(_CitationRequired, total=False):
    """One instrument a basis cites."""

    article: str
    effective: Period


class Basis(Citation, total=False):
    """The legal or methodological basis of a rule or finding: its citations joined (status: the
    weakest; effective: when all are in force)."""

    cites: List[Citation]


# `pass` is a keyword: the functional syntax.
Counts = TypedDict(
    "Counts",
    {
        "error": int,
        "warning": int,
        "info": int,
        "pass": int,
        "fail": int,
        "review": int,
        "not_applicable": int,
        "suppressed": int,
        "waived": int,
        "accepted": int,
        "extras": int,
    },
)
"""A report's totals: failed findings by severity, rule outcomes, excused findings, extras."""


class _AcceptedRequired(TypedDict):
    by: str
    date: str


class Accepted(_AcceptedRequired, total=False):
    """The appraiser's acceptance of a justification."""

    note: str


class _WaiverRequired(TypedDict):
    reason: str
    outcome: Literal["fail", "review"]


class Waiver(_WaiverRequired, total=False):
    """A finding's justification (giải trình): the proposal's reason, the outcome before it, and
    the appraiser's acceptance once given."""

    accepted: Accepted


class Excused(TypedDict):
    """A finding a justification or a suppression covers."""

    rule: str
    subject: str
    reason: str


class ChecklistItem(TypedDict):
    """An item of the appraisal checklist with the worst outcome of its rules."""

    id: str
    title: Text
    outcome: _Outcome
    rules: List[str]


class InputError(TypedDict):
    """An input of a batch that could not be read."""

    file: str
    code: str
    message: str


class _PortfolioRowRequired(TypedDict):
    id: str
    name: str
    owner: Optional[str]
    budget_vnd: Optional[int]
    level: Optional[_Level]
    errors: int
    review: int


class PortfolioRow(_PortfolioRowRequired, total=False):
    """A row of the portfolio summary."""

    error: InputError


class _RuleRequired(TypedDict):
    id: str
    severity: _Severity
    applies_to: Literal["model", "project", "any"]
    title: Text
    message: Text
    suggestion: Text
    basis: Basis


class Rule(_RuleRequired, total=False):
    """A rule's description; the optional keys are absent at their defaults (waivable, always in
    force, not an input problem)."""

    waivable: bool
    not_waivable_because: Text
    effective: Period
    input_problem: bool


class Limits(TypedDict, total=False):
    """Input limits (``SECURITY.md``); those not given keep their defaults."""

    max_bytes: int
    max_depth: int
    max_string_bytes: int
    max_elements: int
    max_relations: int
    max_components: int
