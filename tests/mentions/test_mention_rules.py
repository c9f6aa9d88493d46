"""Mention rules one by one: dates, titles, appositions, coreference, groups, guards."""

from eventcoder.document import Document
from eventcoder.mentions import find_mentions
from eventcoder.resolve.kb import build_kb


def mentions(
    text: str, lang: str = "de", **kw
) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = find_mentions(Document(id="t", text=text, lang=lang), **kw)
    return [(m.text, m.actor.country, m.actor.sector, m.actor.name) for m in doc.mentions]


def test_date_argument_picks_the_office():
    assert mentions("Naryschkin sprach.", date="2014-02-01") == [
        ("Naryschkin", "RUS", "LEG", "Sergey Naryshkin")
    ]
    assert mentions("Naryschkin sprach.", date="2024-02-01") == [
        ("Naryschkin", "RUS", "SPY", "Sergey Naryshkin")
    ]


def test_published_date_is_used():
    doc = find_mentions(Document(id="t", text="Blinken reiste ab.", published="2025-06-01"))
    assert (doc.mentions[0].actor.name, doc.mentions[0].actor.sector) == ("Antony Blinken", None)


def test_unknown_person_gets_country_and_sector_from_title_and_keeps_them():
    text = "Der kenianische Innenminister Peter Mwangi Otieno reiste ab. Otieno sagte nichts."
    assert mentions(text) == [
        ("kenianische Innenminister Peter Mwangi Otieno", "KEN", "GOV", "Peter Mwangi Otieno"),
        ("Otieno", "KEN", "GOV", "Peter Mwangi Otieno"),
    ]


def test_english_apposition_after_name():
    assert mentions("Jane Doe, a spokeswoman for the FBI, declined.", lang="en") == [
        ("Jane Doe, a spokeswoman for the FBI", "USA", "COP", "Jane Doe")
    ]


def test_both_sides_are_the_two_latest_parties():
    doc = find_mentions(
        Document(id="t", lang="en", text="Armenia and Azerbaijan met. Both sides agreed.")
    )
    group = doc.mentions[-1]
    assert group.text == "Both sides"
    assert [m.actor.country for m in group.members] == ["ARM", "AZE"]


def test_dateline_is_not_an_actor():
    assert mentions("MOSCOW (Reuters) - Russia said", lang="en") == [
        ("Reuters", "GBR", "MED", "Reuters"),
        ("Russia", "RUS", "GOV", "Russia"),
    ]


def test_ordinary_word_folding_like_a_name_is_no_mention():
    # "Basis" folds like "Basijs" (genitive of the Basij militia) but is a German word
    assert mentions("eine gemeinsame Basis zu finden") == []


def test_title_beats_a_surname():
    # Yechiel Leiter is a person in the KB; "Leiter der Sonderdienste" is a title
    assert mentions("die Leiter der Sonderdienste")[0][0] == "Leiter der Sonderdienste"


def test_kb_argument_overlays(tmp_path):
    f = tmp_path / "kb.yaml"
    f.write_text(
        "groups:\n  - {id: x-front, name: X Front, country: NER, names: [X-Front]}\n",
        encoding="utf-8",
    )
    assert mentions("Die X-Front griff an.", kb=build_kb(f)) == [
        ("X-Front", "NER", "REB", "X Front")
    ]


def test_heads_from_the_parse():
    import spacy

    nlp = spacy.blank("de")
    text = "Der Chef der CIA sprach mit Putin."
    doc = Document(id="t", text=text, lang="de")
    doc.parsed = nlp(text)
    find_mentions(doc)
    heads = [(m.text, doc.parsed[m.head].text) for m in doc.mentions]
    assert [h[0] for h in heads] == ["Chef der CIA", "Putin"]
    assert heads[1][1] == "Putin" and heads[0][1] in ("Chef", "der", "CIA")


def test_common_word_surnames_after_articles_are_words():
    # Martin Jäger (BND) and Adam Schiff are in the KB; these are a hunter and a ship
    got = mentions(
        "Ein Jäger schoss. Die Besatzung des Schiffs floh. Jäger sagte, der BND sei bereit."
    )
    assert [m[0] for m in got] == ["Jäger", "BND"]
    assert got[0][3] == "Martin Jäger"


def test_short_sentence_initial_function_word_is_no_name():
    # "Nur" is a spelling of Abdel Wahid al-Nur in the KB; "Blinken" is also a German verb
    got = mentions("Nur wenige kamen. Blinken reiste ab.", date="2023-05-01")
    assert [(m[0], m[3]) for m in got] == [("Blinken", "Antony Blinken")]


def test_lone_surname_of_a_foreign_politician_is_another_bearer():
    # a boxer or a local official of the same name: no first name, no country of the KB person
    names = [m[3] for m in mentions("In Mexico, Klitschko won the fight on Sunday.", "en")]
    assert "Vitali Klitschko" not in names
    # his own country in the text, or his first name: the KB person
    assert ("Klitschko", "UKR", "GOV", "Vitali Klitschko") in mentions(
        "Klitschko met officials in Kyiv on Sunday.", "en", date="2023-05-01"
    )
    assert ("Klitschko", "UKR", "GOV", "Vitali Klitschko") in mentions(
        "Vitali Klitschko flew to Mexico. Klitschko spoke on Sunday.", "en", date="2023-05-01"
    )
