"""kientruc — kiểm tra Kiến trúc Chính quyền điện tử.

Validate Vietnamese e-government architecture models and check IT project proposals for
conformance with them::

    import kientruc
    baseline = kientruc.Baseline.default()           # Quảng Ngãi 2.0, embedded
    report = baseline.check({"kientruc": "project/1", "id": "p", "components": []})
    print(report.level)

The appraiser's acceptance of a proposal's justifications (``acceptance/1``) is passed as
``baseline.check(project, accept=acceptance)``; ``kientruc.portfolio(reports)`` and
``kientruc.to_csv(reports)`` summarise a batch.

``kientruc.check(project)`` checks against the baseline the library chooses (the project's own
``baseline``, else the one in force on the check date); ``report.baseline_choice()`` says why.

Every call that reads documents takes ``limits={"max_bytes": …}`` (see ``SECURITY.md``);
checks take ``rulepacks=`` (the province's ``rulepack/1`` documents). ``kientruc.render(reports,
"html")`` renders one report or several as the command line does, ``kientruc.diagram(baseline,
project)`` draws the overall diagram, and ``kientruc.level_names(lang)`` gives the levels' display
names.

A ``str`` argument is always JSON text; pass paths as ``pathlib.Path`` (``os.PathLike``). A bad
argument (``None`` or ``12`` for a document, an unknown ``lang``, a malformed date) raises
``kientruc.ArgumentError``, which is also a ``TypeError`` and a ``ValueError``.
"""

from ._errors import (
    ArgumentError,
    EncodingError,
    KientrucError,
    KientrucIOError,
    LimitError,
    ParseError,
    SchemaError,
    UnknownBaselineError,
)
from ._native import (
    Baseline,
    Finding,
    Report,
    __version__,
    builtin_baselines,
    check,
    diagram,
    export_archimate,
    import_archimate,
    level_names,
    portfolio,
    render,
    rules,
    schema,
    to_csv,
    validate_model,
)
from ._types import (
    Accepted,
    Basis,
    ChecklistItem,
    Citation,
    Counts,
    Excused,
    InputError,
    Limits,
    Period,
    PortfolioRow,
    Rule,
    Text,
    Waiver,
)

__all__ = [
    "Baseline",
    "Finding",
    "Report",
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
    "KientrucError",
    "ParseError",
    "EncodingError",
    "SchemaError",
    "LimitError",
    "UnknownBaselineError",
    "KientrucIOError",
    "ArgumentError",
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
    "__version__",
]
