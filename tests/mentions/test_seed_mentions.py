"""Mentions in the seed article (a copy of its text lives in fixtures/seed.txt)."""

from pathlib import Path

import pytest

from eventcoder.document import Document
from eventcoder.mentions import find_mentions

SEED = (Path(__file__).parent / "fixtures" / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc() -> Document:
    return find_mentions(Document(id="seed", text=SEED, lang="de"))


def at(doc: Document, text: str, nth: int = 0):
    found = [m for m in doc.mentions if m.text == text]
    assert len(found) > nth, f"no mention {text!r} #{nth}: {[m.text for m in doc.mentions]}"
    return found[nth]


def test_sorted_and_disjoint(doc):
    spans = [(m.start, m.end) for m in doc.mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(doc.text[m.start : m.end] == m.text for m in doc.mentions)


@pytest.mark.parametrize("text", ["Naryshkin", "Naryschkins"])
def test_naryshkin_spellings_are_one_actor(doc, text):
    a = at(doc, text).actor
    assert (a.id, a.name, a.country, a.sector) == (
        "sergey-naryshkin",
        "Sergey Naryshkin",
        "RUS",
        "SPY",
    )


def test_director_apposition_is_naryshkin(doc):
    m = at(doc, "Direktor des russischen Auslandsgeheimdienstes (SVR), Sergej Naryschkin")
    assert (m.actor.name, m.actor.country, m.actor.sector, m.actor.kind) == (
        "Sergey Naryshkin",
        "RUS",
        "SPY",
        "person",
    )


def test_chief_of_cia(doc):
    for text in (
        "Chef der CIA",
        "Chef der US-amerikanischen Central Intelligence Agency (CIA)",
        "CIA-Chef",
    ):
        a = at(doc, text).actor
        assert (a.country, a.sector, a.kind) == ("USA", "SPY", "person"), text
        # the text names 2025, when John Ratcliffe led the CIA
        assert a.id == "john-ratcliffe", text


def test_chief_of_cia_undated_is_the_office():
    d = find_mentions(Document(id="x", text="Er sprach mit dem Chef der CIA.", lang="de"))
    a = d.mentions[0].actor
    assert (a.id, a.name, a.country, a.sector, a.office) == (
        "cia",
        "CIA",
        "USA",
        "SPY",
        "Director of CIA",
    )


def test_infer_date_takes_the_latest_past_year():
    from eventcoder.mentions import infer_date

    assert infer_date("Seit 2014 und im März 2025, bis 2040", today="2026-01-01") == "2025-06-30"
    assert infer_date("ohne Jahr") is None


def test_svr_is_a_service_not_a_town(doc):
    a = at(doc, "SVR").actor
    assert (a.id, a.country, a.sector, a.kind) == ("svr", "RUS", "SPY", "org")


@pytest.mark.parametrize(
    "text,country",
    [
        ("Moskau", "RUS"),
        ("Washington", "USA"),
        ("Kiew", "UKR"),
        ("Russlands", "RUS"),
        ("USA", "USA"),
        ("Ukraine", "UKR"),
        ("Russland", "RUS"),
    ],
)
def test_countries_and_capitals_are_governments(doc, text, country):
    a = at(doc, text).actor
    assert (a.country, a.sector) == (country, "GOV")


def test_lavrov_with_title(doc):
    a = at(doc, "russische Außenminister Sergej Lawrow").actor
    assert (a.id, a.country, a.sector, a.office) == (
        "sergey-lavrov",
        "RUS",
        "GOV",
        "Foreign Minister",
    )


def test_nato_compound(doc):
    a = at(doc, "NATO-Friedenstruppen").actor
    assert (a.name, a.country, a.sector) == ("NATO", None, "IGO")


def test_reuters_is_media(doc):
    a = at(doc, "Reuters").actor
    assert (a.name, a.sector) == ("Reuters", "MED")


def test_dschidda_is_no_actor(doc):
    assert not [m for m in doc.mentions if "Dschidda" in m.text]


@pytest.mark.parametrize(
    "text", ["Geheimdiensten beider Länder", "Geheimdienstmitarbeiter beider Länder"]
)
def test_both_countries_intelligence_staff(doc, text):
    m = at(doc, text)
    assert sorted((x.actor.country, x.actor.sector) for x in m.members) == [
        ("RUS", "SPY"),
        ("USA", "SPY"),
    ]
    assert m.actor.sector == "SPY"


def test_the_parties_are_the_two_services(doc):
    m = at(doc, "die Parteien")
    assert sorted((x.actor.country, x.actor.sector) for x in m.members) == [
        ("RUS", "SPY"),
        ("USA", "SPY"),
    ]


def test_sentence_index_when_sentences_set():
    from eventcoder.document import Sentence

    text = "Putin sprach. Lawrow lehnte ab."
    d = Document(
        id="s", text=text, sentences=[Sentence(0, 13, text[:13]), Sentence(14, 31, text[14:])]
    )
    find_mentions(d)
    assert [(m.text, m.sentence) for m in d.mentions] == [("Putin", 0), ("Lawrow", 1)]
