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

A ``str`` argument is always JSON text; pass paths as ``pathlib.Path`` (``os.PathLike``).
"""

from ._errors import (
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
    export_archimate,
    import_archimate,
    portfolio,
    rules,
    schema,
    to_csv,
    validate_model,
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
    "KientrucError",
    "ParseError",
    "EncodingError",
    "SchemaError",
    "LimitError",
    "UnknownBaselineError",
    "KientrucIOError",
    "__version__",
]
