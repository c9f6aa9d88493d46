"""Read inputs into Documents: plain text, HTML, JSON Lines, WARC, RSS/Atom feeds,
directories, stdin.

`read_inputs` yields a `Document` per readable document and a `CodingError` for each input that
cannot become one, so a caller can report it and go on with the rest.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventcoder.document import Document
from eventcoder.errors import CodingError, Errors

HTML_EXTS = {".html", ".htm", ".xhtml"}
JSONL_EXTS = {".jsonl", ".ndjson"}
FEED_EXTS = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<!--)", re.I)
_FEED_SNIFF = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)\b", re.I)

Item = Document | CodingError


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else cp1252, else latin-1; binary refused."""
    if not data.strip():
        raise CodingError(Errors.E001, origin)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CodingError(Errors.E002, origin)
    for enc in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else (
        "utf-8-sig", "cp1252", "latin-1"
    ):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise CodingError(Errors.E002, origin)
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise CodingError(Errors.E008, origin, detail="no known encoding fits")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return control > max(2, len(sample) // 100)


def _doc_id(origin: str, n: int | None = None) -> str:
    stem = Path(origin).name if origin not in ("-", "<stdin>") else "stdin"
    return f"{stem}#{n}" if n is not None else stem


def read_bytes(data: bytes, origin: str, name_hint: str = "") -> Iterator[Item]:
    """Documents from one input's bytes; the format comes from the name or the content."""
    hint = name_hint.lower()
    try:
        if hint.endswith(WARC_SUFFIXES) or data[:4] == b"WARC" or (
            data[:2] == b"\x1f\x8b" and _gunzip_head(data).startswith(b"WARC")
        ):
            yield from _read_warc(data, origin)
            return
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
            hint = hint.removesuffix(".gz")
        suffix = Path(hint).suffix
        head = data[:512].lstrip(b"\xef\xbb\xbf")
        if suffix in JSONL_EXTS or (suffix not in HTML_EXTS and head.lstrip().startswith(b"{")):
            yield from _read_jsonl(decode(data, origin), origin)
        elif suffix in FEED_EXTS or _FEED_SNIFF.match(head):
            yield from _read_feed(data, origin)
        elif suffix in HTML_EXTS or _HTML_SNIFF.match(head):
            yield Document(id=_doc_id(origin), text="", raw=decode(data, origin), origin=origin)
        else:
            yield Document(id=_doc_id(origin), text=decode(data, origin), origin=origin)
    except CodingError as err:
        yield err


def _gunzip_head(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            return f.read(4)
    except OSError:
        return b""


def _read_jsonl(text: str, origin: str) -> Iterator[Item]:
    n = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield CodingError(Errors.E005, origin, line=lineno, detail=exc.msg)
            continue
        if not isinstance(obj, dict):
            yield CodingError(Errors.E005, origin, line=lineno, detail="not an object")
            continue
        if "_set" in obj:  # header line of a gold set
            continue
        n += 1
        body, raw = obj.get("text"), obj.get("html")
        if not isinstance(body, str) and not isinstance(raw, str):
            yield CodingError(Errors.E007, origin, line=lineno)
            continue
        yield Document(
            id=str(obj.get("id") or _doc_id(origin, n)),
            text=body if isinstance(body, str) else "",
            raw=raw if isinstance(raw, str) and not isinstance(body, str) else None,
            lang=obj.get("lang") or None,
            published=obj.get("published") or None,
            title=obj.get("title"),
            url=obj.get("url"),
            origin=f"{origin}:{lineno}",
        )


def _read_feed(data: bytes, origin: str) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        yield CodingError(Errors.E001, origin)
        return
    for n, entry in enumerate(feed.entries, 1):
        content = entry.get("content") or []
        html = content[0].get("value") if content else entry.get("summary", "")
        published = None
        if entry.get("published_parsed"):
            published = "{:04d}-{:02d}-{:02d}".format(*entry.published_parsed[:3])
        yield Document(
            id=entry.get("id") or entry.get("link") or _doc_id(origin, n),
            text="",
            raw=f"<html><body><h1>{entry.get('title', '')}</h1>{html}</body></html>",
            title=entry.get("title"),
            url=entry.get("link"),
            published=published,
            origin=f"{origin}#{n}",
        )


def _read_warc(data: bytes, origin: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if \
                record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            n += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            try:
                raw = decode(body, f"{origin}#{n}")
            except CodingError as err:
                yield err
                continue
            yield Document(id=url or _doc_id(origin, n), text="", raw=raw, url=url,
                           origin=f"{origin}#{n}")
    except Exception as exc:  # warcio raises many kinds on corrupt input
        yield CodingError(Errors.E010, origin, detail=str(exc) or type(exc).__name__)
        return
    if n == 0:
        yield CodingError(Errors.E001, origin)


def read_inputs(inputs: Iterable[str]) -> Iterator[Item]:
    """Expand files, directories (recursively, sorted) and '-' (stdin) into Documents."""
    for spec in inputs:
        if spec == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>")
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield CodingError(Errors.E001, str(path))
            for f in files:
                yield from _read_file(f)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield CodingError(Errors.E006, str(path))


def _read_file(path: Path) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield CodingError(Errors.E008, str(path), detail=exc.strerror or str(exc))
        return
    if not data.strip():
        yield CodingError(Errors.E001, str(path))
        return
    yield from read_bytes(data, str(path), path.name)
