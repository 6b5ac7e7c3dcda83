"""Exceptions of kientruc. Every error the library raises derives from :class:`KientrucError`;
where the meaning matches, it also derives from the builtin (``ValueError``, ``LookupError``,
``OSError``, ``TypeError``), so callers may catch either."""

from __future__ import annotations

from typing import Any, Dict, Optional

__all__ = [
    "KientrucError",
    "ParseError",
    "EncodingError",
    "SchemaError",
    "LimitError",
    "UnknownBaselineError",
    "KientrucIOError",
    "ArgumentError",
]


class KientrucError(Exception):
    """Base class. ``code`` is the stable error code shared by every face of kientruc."""

    code: str = "error"

    def __init__(
        self,
        message: str,
        *,
        source: Optional[str] = None,
        line: Optional[int] = None,
        column: Optional[int] = None,
        path: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        self.path = path

    def __reduce__(self) -> Any:
        kwargs = {"source": self.source, "line": self.line, "column": self.column, "path": self.path}
        return (_rebuild, (type(self), self.message, kwargs))

    def __str__(self) -> str:
        return self.message


def _rebuild(cls: "type[KientrucError]", message: str, kwargs: Dict[str, Any]) -> "KientrucError":
    return cls(message, **kwargs)


class ParseError(KientrucError, ValueError):
    """The input is not JSON (or is empty). ``line`` and ``column`` say where."""

    code = "parse"


class EncodingError(KientrucError, ValueError):
    """The input is not UTF-8 text; the message says which legacy encoding it resembles."""

    code = "encoding"


class SchemaError(KientrucError, ValueError):
    """The JSON has the wrong shape. ``path`` is the JSON path, e.g. ``$.components[0].ipv6``."""

    code = "schema"


class LimitError(KientrucError, ValueError):
    """The input exceeds a documented limit (size, nesting depth)."""

    code = "limit"


class UnknownBaselineError(KientrucError, LookupError):
    """No built-in baseline or framework of that name."""

    code = "unknown-baseline"


class KientrucIOError(KientrucError, OSError):
    """A file could not be read."""

    code = "io"


class ArgumentError(KientrucError, TypeError, ValueError):
    """A bad argument of a call rather than a bad document: a wrong type (``None`` or ``12`` where a
    document, a name or a list is needed), an unknown ``lang``, ``format`` or limit name, a
    malformed date. It is a ``TypeError`` and a ``ValueError`` at once — a wrong type and a wrong
    value are both bad arguments — so code written for either builtin keeps catching it. The
    message starts with the argument's name, e.g. ``as_of: '2024-02-30' is not a valid date``."""

    code = "argument"
