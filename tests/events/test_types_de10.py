"""German event types in chronicle, court and business news: an idiom with "wehren", a name in
brackets, a precondition that is no suspension, and an appeal against a verdict, each beside
the political reading that stays; sentences written for these tests."""

import pytest
from coding import roles


def coded(text):
    return roles(text, "de", cameo=True, published=None)


@pytest.mark.needs_models
def test_nipping_in_the_bud_is_no_rejection():
    assert coded("Die ungarische Regierung sucht den Anfängen zu wehren.") == []


@pytest.mark.needs_models
def test_reflexive_resistance_stays_a_rejection():
    assert coded("Die französischen Bauern wehren sich gegen die Pläne der Regierung.") == [
        ("REJECT", "120", "französischen Bauern", "Regierung")]


@pytest.mark.needs_models
def test_verb_in_a_bracketed_name_is_no_event():
    assert coded("Die Caritas warb auf ihrer Internetseite (Wir helfen) um Kleiderspenden für "
                 "die Flüchtlinge.") == [("REQUEST", "020", "Caritas", None)]


@pytest.mark.needs_models
def test_precondition_is_no_suspension():
    assert coded("Finnland hat gute Voraussetzungen zur Aufnahme der Flüchtlinge.") == []


@pytest.mark.needs_models
def test_suspension_of_aid_stays():
    assert coded("Die EU beschloss die Aussetzung der Hilfe für Niger.") == [
        ("SANCTION", "160", "EU", "Niger")]


@pytest.mark.needs_models
def test_appeal_against_a_verdict_is_no_assault():
    assert coded("Die österreichische Staatsanwaltschaft bekämpft das Urteil mit einer "
                 "Berufung.") == []


@pytest.mark.needs_models
def test_fighting_rebels_stays_an_assault():
    assert coded("Die syrische Armee bekämpft die Rebellen im Norden.") == [
        ("ASSAULT", "190", "syrische Armee", "Rebellen")]


@pytest.mark.needs_models
def test_a_ban_by_a_government_stays():
    assert ("COERCE", "172", "türkische Regierung", "Opposition") in coded(
        "Die türkische Regierung hat die Kundgebung der Opposition verboten.")
