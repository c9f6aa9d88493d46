"""The catalogue of errors a user can see. Codes are stable: search for them, test against them."""

from __future__ import annotations

from enum import Enum


class Errors(str, Enum):
    E001 = "empty input: nothing to code"
    E002 = "binary file: not text, HTML, JSON Lines, WARC or a feed"
    E003 = "HTML page without body text"
    E004 = "language '{lang}' is not supported (eventcoder codes German and English)"
    E005 = "line {line}: not valid JSON ({detail})"
    E006 = "no such file or directory"
    E007 = "line {line}: no 'text' field (FORMAT.md input lines need one)"
    E008 = "could not decode the text ({detail})"
    E009 = "language could not be detected (text too short?); pass --lang de|en"
    E010 = "WARC file could not be read ({detail})"
    E011 = "invalid date '{value}': use YYYY-MM-DD"
    E012 = "database not found: {path}"
    E013 = "internal error while coding ({detail}); please report it with this document"

    def format(self, **kw: object) -> str:  # type: ignore[override]
        return f"{self.name}: {self.value.format(**kw)}"


class CodingError(Exception):
    """A document could not be coded; `origin` names where it came from."""

    def __init__(self, code: Errors, origin: str = "", **kw: object) -> None:
        self.code = code
        self.origin = origin
        self.message = code.format(**kw)
        super().__init__(f"{origin}: {self.message}" if origin else self.message)
