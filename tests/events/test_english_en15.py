"""English crime news: who a passive arrest, charge or sentence acts on when the KB knows no
one there, and when such an act is still to come (sentences written for these tests)."""

import pytest
from coding import PUBLISHED

from eventcoder.events.places import find_places
from eventcoder.pipeline import code_text

pytestmark = pytest.mark.needs_models


def coded(text: str) -> list[tuple]:
    """(type, source text, target text, factuality) of each event."""
    doc = code_text(text, lang="en", published=PUBLISHED)
    return [(e.type, e.source.text if e.source else None, e.target.text if e.target else None,
             e.factuality) for e in doc.events]


def test_he_after_a_person_noun_object_is_that_person():
    assert coded("Police stopped the driver near the bridge. "
                 "He has been charged with vehicular manslaughter.") == [
        ("ACCUSE", "Police", "driver", "asserted")]


def test_he_is_no_jury():
    found = coded("A Denver jury heard the case for a week. "
                  "He was sentenced by Judge Mary Ellis on Monday.")
    assert [t for _, _, t, _ in found] == [None]


def test_passive_subject_with_a_place_inside_it():
    assert coded("Three members of a smuggling ring with links to Texas were arrested in "
                 "Mexico.") == [
        ("COERCE", "Mexico", "Three members of a smuggling ring", "asserted")]


def test_name_as_passive_subject_with_an_agent():
    assert coded("That woman, Ana Maria Ortega, is now the main suspect in the fire. Ortega was "
                 "arrested around midnight Friday by a sheriff's SWAT team, two houses from the "
                 "scene of the fire.") == [
        ("COERCE", "a sheriff's SWAT team", "Ortega", "asserted")]


def test_sentencing_in_a_when_clause_after_a_present_verb_is_future():
    assert coded("A Denver jury found Carl Brandt guilty of arson. Brandt faces ten years in "
                 "prison when he is sentenced by Judge Mary Ellis.") == [
        ("ACCUSE", "A Denver jury", "Carl Brandt", "asserted"),
        ("COERCE", "Judge", "Brandt", "future")]  # the KB title, now with USA from Denver


def actors(text: str) -> list[tuple]:
    """(type, source text, source country, target text) of each event."""
    doc = code_text(text, lang="en", published=PUBLISHED)
    return [(e.type, e.source.text if e.source else None,
             e.source.actor.country if e.source else None,
             e.target.text if e.target else None) for e in doc.events]


def test_molotov_cocktail_is_no_place():
    text = "The blaze was due to Molotov cocktails thrown at a bank in Thessaloniki."
    assert [p.text for p in find_places(text, "en")] == ["Thessaloniki"]


def test_bomb_squad_is_no_bombing_and_a_bomb_no_actor():
    assert actors("Two bombs exploded Monday near a courthouse in Salem, killing a police "
                  "officer and wounding a bomb squad technician.") == []


def test_source_who_asked_not_to_be_named_requests_nothing():
    assert actors("The cable was cut near Malta, a Maltese official who asked not to be "
                  "named said.") == []


def test_place_before_a_governor_title_is_found():
    text = "Montana Gov. Lisa Brandt toured the flooded valley with Mayor Tom Reyes."
    assert [(p.text, p.place.country) for p in find_places(text, "en")] == [("Montana", "USA")]
