"""Cleaning: HTML body and date, language, titles, boilerplate, refusals."""

import pytest

from eventcoder.clean import boilerplate_spans, check_date, clean, guess_title
from eventcoder.document import Document
from eventcoder.errors import CodingError, Errors

HTML = """<!DOCTYPE html><html lang="de"><head><title>EU verhängt Sanktionen</title>
<meta property="article:published_time" content="2025-06-20T14:05:00+02:00"></head>
<body><nav>Startseite | Politik</nav><article><h1>EU verhängt Sanktionen</h1>
<p>Die Europäische Union hat am Freitag neue Sanktionen gegen Russland beschlossen,
wie der Rat der EU in Brüssel mitteilte. Der Kreml verurteilte die Entscheidung scharf.</p>
</article><footer>Impressum</footer></body></html>"""


def test_html_body_title_and_date():
    doc = clean(Document(id="x", text="", raw=HTML))
    assert doc.lang == "de"
    assert doc.published == "2025-06-20"
    assert doc.title == "EU verhängt Sanktionen"
    assert "Kreml verurteilte" in doc.text
    assert "Startseite" not in doc.text and "Impressum" not in doc.text


def test_html_without_body_text():
    with pytest.raises(CodingError) as exc:
        clean(Document(id="x", text="", raw="<html><body><nav>Menu</nav></body></html>",
                       origin="page.html"))
    assert exc.value.code is Errors.E003 and exc.value.origin == "page.html"


def test_language_detected_and_refused():
    en = clean(Document(id="e", text="The minister said on Tuesday that talks would resume."))
    assert en.lang == "en"
    with pytest.raises(CodingError) as exc:
        clean(Document(id="f", text="Le ministre des Affaires étrangères a rencontré hier son "
                                    "homologue russe à Genève pour des pourparlers."))
    assert exc.value.code is Errors.E004 and "'fr'" in exc.value.message


def test_given_language_wins_and_is_checked():
    assert clean(Document(id="x", text="Kurz."), lang="de").lang == "de"
    with pytest.raises(CodingError) as exc:
        clean(Document(id="x", text="Kurz.", lang="es"))
    assert exc.value.code is Errors.E004


def test_too_short_to_detect():
    with pytest.raises(CodingError) as exc:
        clean(Document(id="x", text="Ja."))
    assert exc.value.code is Errors.E009


@pytest.mark.parametrize("value,expected", [("2025-03-12", "2025-03-12"), (None, None),
                                            ("2025-03-12T10:00:00Z", "2025-03-12")])
def test_check_date(value, expected):
    assert check_date(value) == expected


@pytest.mark.parametrize("value", ["12.03.2025", "2025-13-01", "gestern"])
def test_check_date_rejects(value):
    with pytest.raises(CodingError) as exc:
        check_date(value)
    assert exc.value.code is Errors.E011


def test_boilerplate_lines_and_title():
    text = "Lawrow lehnt ab\n\nNachrichten\n\nLawrow lehnte den Vorschlag ab.\n\nnach oben"
    spans = [text[s:e] for s, e in boilerplate_spans(text)]
    assert spans == ["Lawrow lehnt ab", "Nachrichten", "nach oben"]
    assert guess_title(text) == "Lawrow lehnt ab"
