"""Non-events of the sixth round's judged pools: a rule, a law or a program as the subject of an
act ("a measure that bars X", "eine Software, die es X erlaubt") states what a text or a thing
does, no actor acts; with sentences written for these tests."""

import pytest
from coding import roles

pytestmark = pytest.mark.needs_models


def test_measure_that_bars_is_no_ban():
    assert roles("The Canadian government adopted a measure that bars Chinese investors from "
                 "buying farmland.", "en") == []


def test_law_that_bars_is_no_ban():
    assert ("COERCE", "Congress", "Pentagon") not in roles(
        "Congress passed a law last year that bars the Pentagon from sending troops to Syria.",
        "en")


def test_actor_that_prohibits_stays_a_ban():
    assert roles("The Obama administration prohibited an agency from approving mining permits "
                 "near rivers.", "en") == [("COERCE", "The Obama administration", "an agency")]


def test_software_that_allows_is_no_concession():
    assert roles("Die Bundesregierung kaufte eine Software, die es den Ermittlern erlaubt, Chats "
                 "mitzulesen.", "de") == []


def test_ministry_that_allows_stays_a_concession():
    assert roles("Das Innenministerium in Wien erlaubt der Polizei, Demonstranten zu filmen.",
                 "de") == [("CONCEDE", "Innenministerium in Wien", "Polizei")]


def test_actor_noun_subject_stays_an_event():
    # a collective noun that no mention covers may still be an actor
    assert roles("Taliban leaders met U.S. envoy Zalmay Khalilzad in Doha.", "en") == [
        ("CONSULT", "Taliban", "U.S. envoy Zalmay Khalilzad")]


def test_would_be_banned_is_no_asserted_ban():
    # Konjunktiv II of "sein": what would be banned has not been banned
    found = roles("Die Muslimbruderschaft, deren Betätigung laut der neuen Verfassung von der "
                  "ägyptischen Regierung verboten wäre, kandidiert dennoch.", "de",
                  factuality=True)
    assert not [r for r in found if r[0] == "COERCE" and r[-1] == "asserted"]


def test_banned_by_the_government_stays_a_ban():
    found = roles("Die ägyptische Regierung hat die Muslimbruderschaft verboten.", "de")
    assert [r for r in found if r[0] == "COERCE"]


def test_object_before_a_coordinated_infinitive_is_no_subject():
    # "die Planer" is what Südkorea must punish, not a thing that punishes
    found = roles("Nordkorea warf Südkorea Provokationen vor. Südkorea müsse sich "
                  "entschuldigen und die Planer bestrafen.", "de")
    assert ("REQUEST", "Nordkorea", "Südkorea") in found
