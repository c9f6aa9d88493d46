"""Targets from context and actor countries, on sentences written for these tests: a
reaction to an incident, a claim or a criticism reported just before answers its actor; a
demand for redress ("eine Untersuchung") goes to the actor of the hostile act before it;
region adjectives ("steirisch", "Tiroler") give their country; organisations with national
branches (Caritas, Red Cross) are the branch of the adjective's or the home story's country."""

import pytest
from coding import actors, roles

from eventcoder.resolve.kb import load_kb


@pytest.mark.needs_models
def test_condemning_an_incident_and_demanding_an_inquiry_target_the_shooters():
    got = roles("Türkische Soldaten haben am Freitag drei syrische Bauern an der Grenze "
                "erschossen. Die Regierung in Damaskus verurteilte den Vorfall und forderte eine "
                "Untersuchung.", "de")
    assert ("ACCUSE", "Regierung in Damaskus", "Türkische Soldaten") in got
    assert ("REQUEST", "Regierung in Damaskus", "Türkische Soldaten") in got


@pytest.mark.needs_models
def test_english_incident_and_investigation_target_the_shooters():
    got = roles("Police in Ohio shot an unarmed teenager on Friday. The NAACP demanded an "
                "independent investigation.", "en")
    assert ("REQUEST", "The NAACP", "Police") in got


@pytest.mark.needs_models
def test_rejecting_the_accusations_targets_who_made_them():
    got = roles("Die FPÖ warf dem Bürgermeister Amtsmissbrauch vor. Der Bürgermeister wies die "
                "Vorwürfe zurück.", "de")
    assert ("REJECT", "Bürgermeister", "FPÖ") in got
    got = roles("The opposition accused the minister of corruption. The minister rejected the "
                "allegations.", "en")
    assert ("REJECT", "The minister", "The opposition") in got


@pytest.mark.needs_models
def test_a_demand_for_an_inquiry_with_no_hostile_act_before_has_no_target():
    got = roles("Die Regierung in Prag hat am Montag ein Abkommen mit Polen unterzeichnet. Die "
                "Opposition in Tschechien forderte eine Untersuchung.", "de")
    assert all(tg is None for t, _, tg in got if t == "REQUEST")


@pytest.mark.needs_models
def test_region_adjectives_give_their_country():
    assert actors("Der steirische Landeshauptmann kritisierte die Bundesregierung in Wien "
                  "scharf.") == [("ACCUSE", "steirische Landeshauptmann", "AUT",
                                  "Bundesregierung in Wien", "AUT")]
    assert actors("Die Tiroler Polizei hat am Dienstag einen Einbrecher festgenommen.")[0][:3] == (
        "COERCE", "Tiroler Polizei", "AUT")
    assert actors("Bavarian police arrested two men on Tuesday.", "en")[0][:3] == (
        "COERCE", "Bavarian police", "DEU")


@pytest.mark.needs_models
def test_national_branches_take_the_adjective_or_the_home_country():
    assert actors("Die steirische Caritas forderte von der Regierung mehr Hilfe für "
                  "Obdachlose.")[0][:3] == ("REQUEST", "steirische Caritas", "AUT")
    assert actors("Graz – Die Caritas forderte am Montag von der Landesregierung mehr Geld für "
                  "Notquartiere.")[0][:3] == ("REQUEST", "Caritas", "AUT")


def test_region_words_are_country_adjectives_and_red_cross_has_branches():
    kb = load_kb()
    assert "steirisch" in kb.entries["AUT"].adjectives
    assert "Tiroler" in kb.entries["AUT"].adjectives
    assert "bayerisch" in kb.entries["DEU"].adjectives
    assert kb.entries["red-cross"].branches and kb.entries["caritas"].branches
    assert not kb.entries["icrc"].branches


@pytest.mark.needs_models
def test_bare_military_takes_the_country_of_the_army_named_a_few_sentences_back():
    got = actors("Wien – In Österreich kamen am Montag 3.000 Flüchtlinge an. Österreichs "
                 "Innenministerin sprach von einer Herausforderung für Österreich. Die "
                 "slowenische Armee soll mehr Befugnisse bekommen. Kritiker befürchten eine "
                 "Militarisierung. Das Militär unterstützt die Polizei an der Grenze.")
    assert got[0][:3] == ("SUPPORT", "Militär", "SVN")


@pytest.mark.needs_models
def test_western_companies_take_no_country_from_the_story():
    got = actors("Graz – Der steirische Landeshauptmann kritisierte westliche Konzerne in "
                 "Afrika scharf.")
    assert got[0][:3] == ("ACCUSE", "steirische Landeshauptmann", "AUT")
    assert all(row[4] is None for row in got)


@pytest.mark.needs_models
def test_a_message_arriving_is_no_visit():
    got = roles("Bei einem Termin in Eisenstadt – der Tiroler Landeshauptmann war auch da – traf "
                "die Nachricht ein, dass die Polizei einen Lastwagen gefunden hatte.", "de")
    assert not any(t == "CONSULT" for t, _, _ in got)
    got = roles("Der russische Außenminister traf am Montag in Berlin ein.", "de")
    assert ("CONSULT", "russische Außenminister", "Berlin") in got


@pytest.mark.needs_models
def test_a_message_arriving_is_no_visit_when_a_role_stands_in_dashes():
    # the predicative role inside the dashes is taken as the subject by the parse; the message
    # noun in the clause still rules out a visit
    got = roles("Bei einem gemeinsamen Termin in Eisenstadt – Huber war noch burgenländischer "
                "Polizeidirektor – traf die Nachricht ein, dass an der Grenze ein Lastwagen mit "
                "Flüchtlingen gefunden wurde.", "de")
    assert not any(t == "CONSULT" for t, _, _ in got)
