"""German roles taken from the wrong words: a party in brackets labels the person before it,
a genitive attribute belongs to the noun it follows; with sentences written for these
tests."""

import pytest
from coding import actors, roles


@pytest.mark.needs_models
def test_party_in_brackets_labels_the_unknown_person_who_is_the_target():
    assert actors("Der deutsche Innenminister hat die Einigung mit seinem Amtskollegen Peter "
                  "Huber (ÖVP) begrüßt.") == [
        ("SUPPORT", "deutsche Innenminister", "DEU", "Amtskollegen Peter Huber", "AUT")]


@pytest.mark.needs_models
def test_party_in_brackets_of_the_subject_is_no_target():
    assert actors("Das ist der Grund, weshalb Landeshauptmann Hans Maier (ÖVP) den Plan im "
                  "Frühjahr ablehnte.") == [("REJECT", "Landeshauptmann", "AUT", None, None)]


@pytest.mark.needs_models
def test_coordinated_subjects_with_party_labels_are_not_each_others_target():
    text = ("Sowohl Kanzler Peter Maier (SPÖ) als auch Minister Karl Huber (ÖVP) stellten am "
            "Montag eine härtere Linie in Aussicht.")
    assert roles(text, "de") == []
    assert roles(text, "de", dropped=True) == [("AGREE", "Minister Karl Huber", None)]


@pytest.mark.needs_models
def test_genitive_attribute_of_the_source_title_is_no_target():
    assert actors("Wien – Der frühere Präsident des Obersten Gerichtshofs fordert strengere "
                  "Regeln für Parteispenden.") == [("REQUEST", "Präsident", "AUT", None, None)]


@pytest.mark.needs_models
def test_genitive_after_adjective_is_no_source():
    # the party is the genitive of "den Chef", not who investigates
    assert actors("Warschau – In Polen ermittelt eine Sonderkommission gegen den Chef der "
                  "rechten Oppositionspartei PiS, Jarosław Kaczyński.") == []


@pytest.mark.needs_models
def test_dative_after_the_source_stays_the_target():
    assert actors("Die EU-Staaten wollen der griechischen Bevölkerung helfen.") == [
        ("AID", "EU-Staaten", None, "griechischen Bevölkerung", "GRC"),
        ("AGREE", "EU-Staaten", None, "griechischen Bevölkerung", "GRC")]


@pytest.mark.needs_models
def test_bare_noun_after_a_midfield_subject_is_the_object():
    # not the owner of the proposal in the complement clause
    assert roles("Gestern hatte die EU-Kommission Polen dazu gedrängt, einen Vorschlag von "
                 "Ratspräsident Donald Tusk anzunehmen.", "de")[:1] == [
        ("REQUEST", "EU-Kommission", "Polen")]


@pytest.mark.needs_models
def test_owner_in_a_demanded_clause_is_no_addressee():
    assert roles("Wien – Der Kanzler forderte, dass der Plan des deutschen Außenministers "
                 "umgesetzt wird.", "de") == [("REQUEST", "Kanzler", None)]


@pytest.mark.needs_models
def test_subject_of_a_demanded_clause_stays_the_addressee():
    assert roles("Wien – Der Kanzler forderte, dass die Regierung handelt.", "de") == [
        ("REQUEST", "Kanzler", "Regierung")]


@pytest.mark.needs_models
def test_refugees_sent_back_in_a_demanded_clause_are_no_addressee():
    assert roles("Wien – Der Minister drängte darauf, alle Flüchtlinge in die Türkei "
                 "zurückzuschicken.", "de") == [("REQUEST", "Minister", None)]


@pytest.mark.needs_models
def test_own_party_in_the_complement_clause_is_no_target():
    assert roles("Wien – FPÖ-Klubchef Peter Maier schloss am Montag aus, dass die "
                 "Freiheitlichen dem Budget zustimmen.", "de") == [
        ("REJECT", "FPÖ-Klubchef Peter Maier", None)]


@pytest.mark.needs_models
def test_other_party_in_the_complement_clause_stays_the_target():
    assert roles("Wien – SPÖ-Klubchef Peter Maier schloss am Montag aus, dass die ÖVP dem "
                 "Budget zustimmt.", "de") == [("REJECT", "SPÖ-Klubchef Peter Maier", "ÖVP")]


@pytest.mark.needs_models
def test_war_compound_discussed_is_no_party_to_talks():
    assert roles("Genf – Der Sicherheitsrat berät am Montag über die Folgen des "
                 "Jemen-Kriegs.", "de") == []


@pytest.mark.needs_models
def test_policy_compound_discussed_is_no_party_to_talks():
    assert roles("Wien – Die beiden Minister besprachen am Montag die US-Politik gegenüber "
                 "Russland.", "de") == []


@pytest.mark.needs_models
def test_poem_compound_is_no_target_of_a_demand():
    assert roles("Wien – Die Regierung forderte wegen eines Putin-Gedichts die Bestrafung des "
                 "Autors.", "de") == [("REQUEST", "Regierung", None)]


@pytest.mark.needs_models
def test_criticised_policy_compound_still_targets_its_owner():
    assert roles("Wien – Der Kanzler kritisierte die EU-Politik.", "de") == [
        ("ACCUSE", "Kanzler", "EU-Politik")]


@pytest.mark.needs_models
def test_owner_inside_an_adverbial_phrase_is_no_target():
    # those pursued are not who was killed
    assert roles("Kairo – Ägyptische Sicherheitskräfte haben bei der Verfolgung von "
                 "Extremisten versehentlich zwölf Angehörige einer Reisegruppe getötet.",
                 "de") == [("ASSAULT", "Ägyptische Sicherheitskräfte", None)]


@pytest.mark.needs_models
def test_owner_after_the_target_preposition_stays_the_target():
    assert roles("Wien – Die Demonstranten protestierten gegen die Pläne der Regierung.",
                 "de") == [("PROTEST", "Demonstranten", "Regierung")]
