"""English actors in crime, disaster and naval news: warships named with their navy's prefix,
and occasion phrases that are no target
(sentences written for these tests)."""

import pytest
from coding import PUBLISHED, roles

from eventcoder.pipeline import code_text

pytestmark = pytest.mark.needs_models


def actors(text: str) -> list[tuple]:
    """(type, source text, source country, source sector, target text, target country)."""
    doc = code_text(text, lang="en", published=PUBLISHED)
    return [(e.type, e.source.text if e.source else None,
             e.source.actor.country if e.source else None,
             e.source.actor.sector if e.source else None,
             e.target.text if e.target else None,
             e.target.actor.country if e.target else None) for e in doc.events]


def test_warship_prefix_gives_its_navy_as_source():
    assert actors("The INS Kolkata captured eleven raiders who had boarded a tanker.") == [
        ("ASSAULT", "The INS Kolkata", "IND", None, "eleven raiders", None)]


def test_warship_prefix_after_a_class_noun():
    found = actors("The frigate HMS Kent fired on a smuggling boat near the strait.")
    assert [(t, s, c, sec) for t, s, c, sec, *_ in found] == [
        ("ASSAULT", "The frigate HMS Kent", "GBR", "MIL")]




def test_rally_on_the_eve_of_a_vote_has_no_target():
    assert roles("Hundreds of union members rallied on the eve of a vote in parliament.",
                 "en") == [("PROTEST", "Hundreds of union members", None)]


def test_protest_on_the_sidelines_of_a_summit_has_no_target():
    assert roles("Farmers protested on the sidelines of the summit.", "en") == [
        ("PROTEST", "Farmers", None)]


def test_phrases_after_an_occasion_hang_off_it():
    assert roles("Farmers rallied on the eve of a debate in the senate on the new tariffs.",
                 "en") == [("PROTEST", "Farmers", None)]


def test_governor_title_takes_the_unknown_name_and_the_state_possessive():
    found = actors("Ohio's Gov. Jan Moore criticized the federal agency on Monday.")
    assert [(t, s, c, sec) for t, s, c, sec, *_ in found] == [
        ("ACCUSE", "Gov. Jan Moore", "USA", "GOV")]


def test_mayor_title_takes_the_unknown_name():
    found = actors("Mayor Ed Lee of San Francisco urged the state to pay.")
    assert [(t, s, c, sec) for t, s, c, sec, *_ in found] == [
        ("REQUEST", "Mayor Ed Lee", "USA", "GOV")]


def test_civil_office_named_general_is_no_military_general():
    found = actors("Surgeon General Ann Lutz urged the companies to stop.")
    assert [(t, s, sec) for t, s, _, sec, *_ in found] == [
        ("REQUEST", "Surgeon General Ann Lutz", "GOV")]


def test_military_general_stays_military():
    found = actors("General Ann Lutz attacked the rebels.")
    assert [(t, s, sec) for t, s, _, sec, *_ in found] == [
        ("ASSAULT", "General Ann Lutz", "MIL")]


def test_first_person_pronoun_is_no_outlet():
    # "Jiji" folds to one letter, as "I" does: a one-letter key names no actor
    from eventcoder.resolve.kb import load_kb
    assert load_kb().lookup("I") == []
    doc = code_text("I confirmed that Jiji Press and Kyodo News reported it.", lang="en",
                    published=PUBLISHED)
    assert [(m.text, m.actor.name) for m in doc.mentions] == [
        ("Jiji Press", "Kyodo"), ("Kyodo News", "Kyodo")]


def test_singular_he_does_not_refer_back_to_plural_officers():
    # the fugitive asks, not the two officers he escaped from (before: REQUEST by 'officers')
    text = ("Security was lax, said TDCJ Inspector General Mark Dale. Jones fled from a van "
            "after he pulled a knife on two TDCJ officers driving him to a hospital. He was "
            "caught on Friday, when he asked to use the phone.")
    assert roles(text, "en") == []


def test_accused_of_a_gerund_keeps_the_charge_out_of_the_target():
    assert roles("The union accused the transport authority of breaking its promises.",
                 "en") == [("ACCUSE", "The union", "the transport authority")]


def test_of_complement_with_a_noun_stays_in_the_target():
    assert roles("Police arrested the leader of a smuggling ring on Monday.", "en") == [
        ("COERCE", "Police", "the leader of a smuggling ring")]
