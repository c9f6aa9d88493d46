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
