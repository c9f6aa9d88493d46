"""Reading inputs: formats, encodings and every kind of bad input."""

import gzip
import io
import json

import pytest

from eventcoder.document import Document
from eventcoder.errors import CodingError, Errors
from eventcoder.ingest import decode, read_bytes, read_inputs

GERMAN = "Der russische Außenminister Sergej Lawrow lehnte den Vorschlag ab."


def one(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_plain_utf8_text():
    doc = one(read_bytes(GERMAN.encode(), "a.txt", "a.txt"))
    assert isinstance(doc, Document)
    assert doc.text == GERMAN and doc.id == "a.txt"


def test_cp1252_is_decoded_not_dropped():
    doc = one(read_bytes("Außenminister Lawrow lehnte ab – „nein“.".encode("cp1252"), "w.txt"))
    assert doc.text == "Außenminister Lawrow lehnte ab – „nein“."


def test_latin1_bytes_outside_cp1252_still_decode():
    assert decode("Größe".encode("latin-1") + b"\x81", "x") == "Größe\x81"


@pytest.mark.parametrize("data", [b"", b"   \n\t "])
def test_empty_input(data):
    err = one(read_bytes(data, "empty.txt"))
    assert isinstance(err, CodingError) and err.code is Errors.E001
    assert "empty input" in err.message


def test_binary_input():
    err = one(read_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "p.bin"))
    assert isinstance(err, CodingError) and err.code is Errors.E002


def test_html_is_kept_raw_for_cleaning():
    doc = one(read_bytes(b"<!DOCTYPE html><html><body><p>Hallo</p></body></html>", "p.html"))
    assert doc.raw is not None and doc.text == ""


def test_jsonl_lines_header_and_errors():
    lines = [
        json.dumps({"_set": "gold"}),
        json.dumps({"id": "a", "lang": "de", "published": "2025-03-12", "text": GERMAN}),
        "{not json",
        json.dumps({"id": "b"}),
    ]
    items = list(read_bytes("\n".join(lines).encode(), "g.jsonl", "g.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "CodingError", "CodingError"]
    assert items[0].id == "a" and items[0].published == "2025-03-12" and items[0].lang == "de"
    assert items[1].code is Errors.E005 and "line 3" in items[1].message
    assert items[2].code is Errors.E007 and "line 4" in items[2].message


def test_gzipped_text():
    doc = one(read_bytes(gzip.compress(GERMAN.encode()), "a.txt.gz", "a.txt.gz"))
    assert doc.text == GERMAN


def test_feed_entries_become_documents():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>Lawrow lehnt ab</title><link>http://x/1</link>
    <description>&lt;p&gt;Lawrow lehnte den Vorschlag ab.&lt;/p&gt;</description>
    <pubDate>Wed, 12 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>"""
    doc = one(read_bytes(rss, "f.rss", "f.rss"))
    assert doc.url == "http://x/1" and doc.published == "2025-03-12"
    assert "Lawrow lehnte" in doc.raw


def test_warc_response_records():
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    html = b"<html><body><p>Lawrow lehnte den Vorschlag der NATO ab.</p></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                               protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://example.org/a", "response",
                                                  payload=io.BytesIO(html),
                                                  http_headers=headers))
    doc = one(read_bytes(buf.getvalue(), "c.warc", "c.warc"))
    assert doc.url == "http://example.org/a" and b"NATO" in doc.raw.encode()


def test_directory_recursion_and_missing_path(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "nope.txt")]))
    assert [getattr(i, "id", None) for i in items[:2]] == ["a.txt", "b.txt"]
    assert isinstance(items[2], CodingError) and items[2].code is Errors.E006
