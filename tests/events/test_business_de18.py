"""German business news, round 2: what a country faces ("droht X eine Strafe") is no threat, a
bare "…, klagte X" only reports speech, a body meeting by itself is no consultation, and a
readiness to act is coded once (the AGREE, not also the future act); each beside the reading
that stays. Sentences written for these tests."""

import pytest
from coding import roles


def coded(text, factuality=False):
    return roles(text, "de", factuality=factuality, cameo=True, published=None)


@pytest.mark.needs_models
def test_a_penalty_a_country_faces_is_no_threat():
    assert coded("Wegen der geplanten Steuerreform droht Deutschland nun auch eine Klage "
                 "der EU.") == []


@pytest.mark.needs_models
def test_a_threat_with_mit_stays():
    assert coded("Der Iran drohte Israel mit einem Vergeltungsschlag.") == [
        ("THREATEN", "130", "Iran", "Israel")]


@pytest.mark.needs_models
def test_a_complaint_after_a_quote_is_no_accusation():
    assert coded("Die Regierung lässt uns im Stich, klagte der ungarische "
                 "Bauernverband.") == []


@pytest.mark.needs_models
def test_suing_stays_an_accusation():
    assert coded("Der Konzern klagte gegen die Regierung in Rom.") == [
        ("ACCUSE", "114", "Konzern", "Regierung in Rom")]


@pytest.mark.needs_models
def test_a_body_meeting_by_itself_is_no_consultation():
    assert coded("Der Rat der Europäischen Investitionsbank kommt am Dienstag zu einer "
                 "Sondersitzung zu Portugal zusammen.") == []
    assert coded("Der Weltsicherheitsrat tagte am Freitag in New York.") == []


@pytest.mark.needs_models
def test_a_meeting_with_a_partner_stays():
    assert coded("Die Ministerin kam am Montag mit dem polnischen Präsidenten zusammen.") == [
        ("CONSULT", "040", "Ministerin", "polnischen Präsidenten")]


@pytest.mark.needs_models
def test_readiness_to_grant_a_discount_is_coded_once():
    assert coded("Gazprom seinerseits ist bereit, der Slowakei einen kleinen Rabatt "
                 "einzuräumen.", factuality=True) == [
        ("AGREE", "030", "Gazprom", "Slowakei", "asserted")]


@pytest.mark.needs_models
def test_a_compound_penalty_named_after_a_body_is_no_threat():
    assert coded("Im Streit um den Haushalt droht Italien möglicherweise auch eine "
                 "EU-Strafe.") == []


@pytest.mark.needs_models
def test_an_indefinite_threatener_with_mit_stays():
    assert coded("Am Montag drohte ein Hamas-Sprecher Israel mit Vergeltung.") == [
        ("THREATEN", "138", "Hamas-Sprecher", "Israel")]


@pytest.mark.needs_models
def test_a_company_named_after_a_country_is_the_company():
    from eventcoder import code_text
    events = code_text("Air India forderte von der Regierung in Neu-Delhi Hilfe.",
                       lang="de").events
    assert [(e.source.text, e.source.actor.country, e.source.actor.sector)
            for e in events] == [("Air India", "IND", "BUS")]


@pytest.mark.needs_models
def test_not_ruling_out_is_an_opinion():
    assert coded("Der belgische Premier schließt einen Austritt Ungarns aus der Union "
                 "nicht aus.") == []


@pytest.mark.needs_models
def test_ruling_out_stays_a_rejection():
    assert coded("Der belgische Premier schloss Verhandlungen mit Ungarn aus.") == [
        ("REJECT", "120", "belgische Premier", None)]
