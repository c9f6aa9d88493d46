"""German non-political news: a country name inside a firm's, product's or newspaper's name is
no state, a league's or club's senate no parliament, and a state of emergency over a disaster
no repression; with sentences written for these tests."""

import re

import pytest
from coding import roles

from eventcoder.document import Document, Sentence
from eventcoder.mentions import find_mentions


def mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, country, sector) of the mentions in a German text split at full stops."""
    sentences = [Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.]+\.", text)]
    doc = find_mentions(Document(id="t", text=text, lang="de", sentences=sentences))
    return [(m.text, m.actor.country, m.actor.sector) for m in doc.mentions]


def test_acronym_before_country_name_makes_a_firm():
    assert ("Austria", "AUT", "GOV") not in mentions(
        "Der Anbieter TV Austria klagte gegen die Behörde.")


def test_company_word_before_country_name_makes_a_firm():
    assert ("Austria", "AUT", "GOV") not in mentions(
        "Der Konzern Energie Austria senkte die Preise.")


def test_company_word_after_country_name_makes_a_firm():
    assert ("Schweiz", "CHE", "GOV") not in mentions("Die Schweiz AG meldete einen Gewinn.")


def test_branch_compound_is_no_state():
    found = mentions("Die Schweden-Tochter des Möbelhauses stellte zehn Leute ein.")
    assert not any(c == "SWE" and s == "GOV" for _, c, s in found)


def test_quoted_newspaper_name_is_no_state():
    found = mentions('Der Kanzler gab der Gratiszeitung "Schweiz" ein Interview.')
    assert ("Schweiz", "CHE", "GOV") not in found


def test_plain_country_stays_a_state():
    assert ("Schweiz", "CHE", "GOV") in mentions("Die Schweiz lehnte den Vorschlag ab.")
    assert ("Schweiz", "CHE", "GOV") in mentions("Der Minister reiste in die Schweiz.")


def test_league_senate_is_no_parliament():
    assert not any(s == "LEG" for _, _, s in mentions(
        "Der Senat 2 der deutschen Handball-Liga sperrte den Torwart."))


def test_university_senate_is_no_parliament():
    assert not any(s == "LEG" for _, _, s in mentions(
        "Der Senat der Universität wählte eine neue Rektorin."))


def test_state_senate_stays_a_parliament():
    assert any(s == "LEG" for _, _, s in mentions("Der Senat der Republik lehnte das Gesetz ab."))


@pytest.mark.needs_models
def test_emergency_after_a_flood_is_not_coded():
    text = ("In Rumänien stieg das Hochwasser weiter. "
            "Die Regierung in Bukarest verhängte den Ausnahmezustand über die Region.")
    assert roles(text, "de", cameo=True) == []


@pytest.mark.needs_models
def test_emergency_after_protests_is_coded():
    text = ("In Rumänien besetzten Demonstranten das Parlament. "
            "Die Regierung in Bukarest verhängte den Ausnahmezustand über die Region.")
    assert ("COERCE", "1724", "Regierung in Bukarest", None) in roles(text, "de", cameo=True)


@pytest.mark.needs_models
def test_firm_named_after_a_country_is_no_state_source():
    out = roles("Der Anbieter TV Austria reichte eine Beschwerde gegen den Sender ein.", "de")
    assert not any(src == "Austria" for _, src, _ in out)


def test_unquoted_newspaper_name_is_no_state():
    assert ("Schweiz", "CHE", "GOV") not in mentions("Die Tageszeitung Schweiz druckte das Foto.")
