"""German non-events: figurative restrictions, urged or permitted acts, plans without an
addressee, resisting a thing, private court cases, emergencies after a disaster, game plots."""

import pytest
from coding import roles

pytestmark = pytest.mark.needs_models


@pytest.mark.parametrize("text", [
    # a condition, not an act: "ist … eingeschränkt" with no agent
    "Präsident Erdoğan ist seit der Wahl in seinem Spielraum eingeschränkt.",
    "Der türkische Präsident Erdoğan ist seit der Wahl in seinem Aktionsradius eingeschränkt.",
])
def test_figurative_restriction_is_no_event(text):
    assert roles(text, "de") == []


def test_restriction_of_a_freedom_stays():
    assert roles("Die Regierung in Ankara schränkte die Pressefreiheit ein.", "de",
                 factuality=True) == [("COERCE", "Regierung in Ankara", None, "asserted")]


def test_act_one_is_pressed_to_do_has_not_happened():
    assert roles("Innenminister Schmidt wird von allen Seiten bestürmt, die Gruppe zu "
                 "verbieten.", "de", factuality=True) == [
        ("COERCE", "Innenminister Schmidt", "Gruppe", "future")]


def test_urged_ban_keeps_the_demand():
    assert roles("Die Grünen drängen Innenminister Schmidt, die Neonazi-Gruppe zu verbieten.",
                 "de", factuality=True) == [
        ("REQUEST", "Grünen", "Innenminister Schmidt", "asserted"),
        ("COERCE", "Innenminister Schmidt", "Neonazi-Gruppe", "future")]


def test_permission_is_not_asserted():
    assert roles("Die Polizei in Bayern darf Demonstranten künftig ohne Richterbeschluss "
                 "festnehmen.", "de", factuality=True) == [
        ("COERCE", "Polizei", "Demonstranten", "speculative")]


def test_wanting_without_addressee_is_a_plan():
    text = "Die EU-Kommission will, dass Online-Händler ihre Kunden nicht mehr aussperren."
    assert roles(text, "de") == []
    assert roles(text, "de", dropped=True) == [("REQUEST", "EU-Kommission", None)]


def test_wanting_that_an_actor_acts_is_a_demand():
    assert roles("Die französische Regierung will, dass Russland seine Truppen abzieht.",
                 "de") == [("REQUEST", "französische Regierung", "Russland")]


def test_resisting_a_thing_is_no_rejection():
    text = "Die SPÖ wehrt sich gegen Kürzungen bei den Pensionen."
    assert roles(text, "de") == []
    assert roles(text, "de", dropped=True) == [("REJECT", "SPÖ", None)]


def test_court_dismissing_a_suit_is_no_event():
    assert roles("Das Verwaltungsgericht in Wien wies die Klage ab.", "de") == []


def test_emergency_two_sentences_after_a_disaster_is_relief():
    text = ("Ein Damm bricht nach tagelangem Hochwasser. Tausende Häuser werden überflutet. "
            "Die Regierung von Serbien verhängt den Ausnahmezustand.")
    assert roles(text, "de") == []


def test_act_on_a_being_of_stories_happens_in_the_game():
    text = ("Das Rollenspiel des Studios erscheint im Herbst. Man spielt einen jungen Arzt in "
            "London. Die Polizei von London verhaftete den Vampir.")
    assert roles(text, "de") == []


def test_emergency_without_disaster_stays():
    text = ("Die Opposition ruft zu Protesten auf. Tausende ziehen durch die Hauptstadt. "
            "Die Regierung von Serbien verhängt den Ausnahmezustand.")
    assert ("COERCE", "Regierung von Serbien", None) in roles(text, "de")


def test_words_before_the_separated_particle_belong_to_the_clause():
    # "straf- und zivilrechtlich … vor": a lawsuit, not a crackdown, past the cut at "und"
    assert roles("Die FPÖ ging gegen Innenminister Schmidt straf- und zivilrechtlich vor.",
                 "de") == [("ACCUSE", "FPÖ", "Innenminister Schmidt")]
