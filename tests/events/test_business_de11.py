"""German business and chronicle news: idioms and everyday senses of political trigger words
("ins Gespräch bringen", a rule that something "ist untersagt", fighting a strategy, legal
action, supplying customers, what a rule permits, a plan contradicting a law), each beside
the political reading that stays; sentences written for these tests."""

import pytest
from coding import roles


def coded(text):
    return roles(text, "de", cameo=True, published=None)


@pytest.mark.needs_models
def test_bringing_an_idea_into_discussion_is_no_talks():
    assert coded("Die deutsche Umweltministerin bringt eine Abgabe auf Plastiktüten ins "
                 "Gespräch.") == []


@pytest.mark.needs_models
def test_a_conversation_with_a_minister_stays_talks():
    assert coded("Die deutsche Umweltministerin führte ein Gespräch mit dem französischen "
                 "Außenminister.") == [
        ("CONSULT", "040", "deutsche Umweltministerin", "französischen Außenminister")]


@pytest.mark.needs_models
def test_a_rule_with_a_prefixed_participle_is_no_ban():
    assert coded("Den Abgeordneten des Bundestags ist das Fotografieren im Saal "
                 "untersagt.") == []


@pytest.mark.needs_models
def test_a_ban_in_the_present_tense_stays():
    assert ("COERCE", "172", "türkische Regierung", "Opposition") in coded(
        "Die türkische Regierung untersagt die Kundgebung der Opposition.")


@pytest.mark.needs_models
def test_fighting_a_strategy_is_no_assault():
    assert coded("Die Fluglotsen kämpfen gegen die Strategie der Regierung.") == []


@pytest.mark.needs_models
def test_fighting_an_army_stays_an_assault():
    assert coded("Die Taliban kämpfen gegen die afghanische Armee.") == [
        ("ASSAULT", "190", "Taliban", "afghanische Armee")]


@pytest.mark.needs_models
def test_legal_action_is_a_lawsuit_not_coercion():
    assert coded("Die französische Regierung kündigte an, gerichtlich gegen die Blockade der "
                 "Bauern vorzugehen.") == [("ACCUSE", "115", "französische Regierung", None)]


@pytest.mark.needs_models
def test_police_action_stays_coercion():
    assert coded("Die französische Polizei ging mit Tränengas gegen die Demonstranten "
                 "vor.") == [("COERCE", "170", "französische Polizei", "Demonstranten")]


@pytest.mark.needs_models
def test_supplying_households_is_no_aid():
    assert coded("Die Stadtwerke von Linz beliefern etwa 50.000 Haushalte mit Strom.") == []


@pytest.mark.needs_models
def test_supplying_an_army_with_weapons_stays_aid():
    assert coded("Russland beliefert die syrische Armee mit Waffen.") == [
        ("AID", "070", "Russland", "syrische Armee")]


@pytest.mark.needs_models
def test_what_a_country_permits_to_happen_is_no_concession():
    assert coded("Ungarn ist ein Land, das es weiterhin erlaubt, dass Fonds vor den "
                 "Steuerbehörden verborgen werden.") == []


@pytest.mark.needs_models
def test_permitting_an_organisation_entry_stays_a_concession():
    assert coded("Die türkische Regierung erlaubte der UNO die Einreise.") == [
        ("CONCEDE", "081", "türkische Regierung", "UNO")]


@pytest.mark.needs_models
def test_a_draft_contradicting_a_law_is_no_rejection():
    assert coded("Der Entwurf der Regierung würde dem EU-Recht widersprechen.") == []


@pytest.mark.needs_models
def test_a_government_contradicting_the_commission_stays_a_rejection():
    assert coded("Die britische Regierung widersprach der EU-Kommission.") == [
        ("REJECT", "120", "britische Regierung", "EU-Kommission")]


def coded_types(text):
    return [(t, s) for t, _, s, _ in coded(text)]


@pytest.mark.needs_models
def test_missing_money_forcing_an_agency_is_no_coercion():
    assert ("COERCE", "UN-Flüchtlingshilfswerk") not in coded_types(
        "Fehlende Gelder hatten das UN-Flüchtlingshilfswerk in den letzten Jahren dazu "
        "gezwungen, seine Hilfe zu kürzen.")


@pytest.mark.needs_models
def test_an_army_forcing_rebels_stays_coercion():
    assert coded("Die syrische Armee hatte die Rebellen in den letzten Monaten dazu gezwungen, "
                 "die Stadt zu verlassen.") == [("COERCE", "170", "syrische Armee", "Rebellen")]


@pytest.mark.needs_models
def test_witness_appeal_with_the_subject_before_a_relative_clause_is_no_request():
    assert coded("Zeugen oder Passanten, die den Überfall beobachtet haben, werden von der "
                 "Polizei gebeten, sich bei der Inspektion Graz zu melden.") == []


@pytest.mark.needs_models
def test_asking_authorities_for_help_stays_a_request():
    assert coded("Das Parlament bittet die Behörden des Landes Kärnten um Hilfe.") == [
        ("REQUEST", "020", "Parlament", "Behörden")]


@pytest.mark.needs_models
def test_drivers_calls_are_no_talks_when_the_parse_hangs_the_verb_on_them():
    assert coded("Und dennoch führen Österreichs Lenker täglich rund 400.000 Telefonate ohne "
                 "Freisprechanlage.") == []


@pytest.mark.needs_models
def test_a_chancellors_phone_call_stays_talks():
    assert coded("Der österreichische Kanzler führte ein Telefonat mit dem deutschen "
                 "Präsidenten.") == [
        ("CONSULT", "041", "österreichische Kanzler", "deutschen Präsidenten")]
