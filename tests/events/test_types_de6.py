"""German event types: verbal cooperation aimed at nobody, inquiries into incidents, a veto
that is no blockade, a disaster emergency, a party's march and a figurative struggle, with
sentences written for these tests."""

import pytest
from coding import roles


def coded(text):
    return roles(text, "de", cameo=True, published=None)


@pytest.mark.needs_models
def test_approving_an_own_bill_names_no_addressee():
    assert coded("Die slowakische Regierung billigte am Dienstag einen Entwurf für das neue "
                 "Jagdgesetz.") == []


@pytest.mark.needs_models
def test_promise_without_addressee_is_no_event():
    assert coded("Der slowakische Regierungschef versprach eine rasche Steuerreform.") == []


@pytest.mark.needs_models
def test_promise_to_an_actor_stays():
    assert coded("Der slowakische Regierungschef versprach der Ukraine weitere Hilfe.") == [
        ("AGREE", "030", "slowakische Regierungschef", "Ukraine")]


@pytest.mark.needs_models
def test_reflexive_giving_up_is_no_concession():
    assert coded("Portugal hat sich aufgegeben, meinte der frühere portugiesische Premier.") == []


@pytest.mark.needs_models
def test_praise_of_an_actor_stays():
    assert coded("Die slowakische Regierung lobte die Ukraine für ihre Reformen.") == [
        ("SUPPORT", "051", "slowakische Regierung", "Ukraine")]


@pytest.mark.needs_models
def test_inquiry_into_an_accident_is_no_event():
    assert coded("Der ungarische Innenminister ordnete eine Untersuchung des "
                 "Brückeneinsturzes an.") == []


@pytest.mark.needs_models
def test_inquiry_against_a_person_stays():
    assert coded("Die ungarische Staatsanwaltschaft ermittelt gegen den früheren Bürgermeister "
                 "von Pécs wegen Untreue.") == [
        ("ACCUSE", "090", "ungarische Staatsanwaltschaft", "Bürgermeister")]


@pytest.mark.needs_models
def test_blocking_an_amendment_is_a_veto():
    types = [e[:2] for e in coded("Die slowakische Opposition warf der Regierungspartei Smer "
                                  "vor, eine Gesetzesänderung blockiert zu haben.")]
    assert ("REJECT", "129") in types and ("COERCE", "191") not in types


@pytest.mark.needs_models
def test_disaster_emergency_is_no_repression():
    assert coded("Wegen der Überschwemmungen rief der rumänische Präsident den Notstand in der "
                 "Provinz aus.") == []


@pytest.mark.needs_models
def test_emergency_after_a_coup_attempt_stays():
    assert coded("Nach dem Putschversuch rief der türkische Präsident den Notstand aus.") == [
        ("COERCE", "1724", "türkische Präsident", None)]


@pytest.mark.needs_models
def test_party_march_is_no_mobilisation():
    assert coded("Die rechte ungarische Partei Jobbik marschierte am Samstag in Budapest "
                 "auf.") == []


@pytest.mark.needs_models
def test_army_mobilisation_stays():
    assert [e[:3] for e in coded("Die russische Armee mobilisierte Tausende Reservisten an der "
                                 "Grenze zur Ukraine.")] == [
        ("MOBILIZE", "154", "russische Armee")]


@pytest.mark.needs_models
def test_struggling_with_a_recession_is_no_assault():
    assert coded("Wir werden noch lange mit der Rezession zu kämpfen haben, sagte der "
                 "griechische Finanzminister.") == []


@pytest.mark.needs_models
def test_civilians_travelling_is_no_visit():
    assert coded("Tausende Menschen reisten am Wochenende nach Wien, um die Messe zu "
                 "sehen.") == []


@pytest.mark.needs_models
def test_minister_travelling_is_a_visit():
    assert coded("Der ungarische Außenminister reiste am Montag nach Wien.") == [
        ("CONSULT", "042", "ungarische Außenminister", "Wien")]


@pytest.mark.needs_models
def test_candidates_fighting_is_a_figure_of_speech():
    assert coded("Die Kandidatin der SPÖ kämpfte gegen den Kandidaten der FPÖ.") == []


@pytest.mark.needs_models
def test_states_fighting_stays():
    assert coded("Die Ukraine kämpft seit Monaten gegen Russland.") == [
        ("ASSAULT", "190", "Ukraine", "Russland")]


@pytest.mark.needs_models
def test_existing_danger_is_no_demand():
    assert coded("Es besteht die Gefahr, dass Griechenland zahlungsunfähig wird, sagte der "
                 "griechische Finanzminister.") == []


@pytest.mark.needs_models
def test_insisting_stays_a_demand():
    assert coded("Der griechische Finanzminister bestand darauf, dass die EU zahlt.") == [
        ("REQUEST", "100", "griechische Finanzminister", "EU")]


@pytest.mark.needs_models
def test_plain_resignation_is_no_event():
    assert coded("Der griechische Finanzminister trat am Montag zurück.") == []


@pytest.mark.needs_models
def test_resignation_after_protests_yields():
    types = [e[:2] for e in coded("Der griechische Finanzminister trat nach Protesten der "
                                  "Gewerkschaften zurück.")]
    assert ("CONCEDE", "0831") in types and not any(t == "RETREAT" for t, _ in types)


@pytest.mark.needs_models
def test_showing_a_deficit_is_no_expulsion():
    assert coded("Das griechische Finanzministerium weist das Defizit in zwei Varianten "
                 "aus.") == []


@pytest.mark.needs_models
def test_expelling_diplomats_stays():
    assert coded("Griechenland wies zwei russische Diplomaten aus.") == [
        ("SANCTION", "166", "Griechenland", "russische Diplomaten")]


@pytest.mark.needs_models
def test_saving_a_benefit_is_no_aid():
    assert coded("Der österreichische Sozialminister will die Mindestsicherung vor Kürzungen "
                 "retten.") == []


@pytest.mark.needs_models
def test_rescuing_migrants_is_aid():
    assert coded("Die italienische Marine rettete 300 Migranten im Mittelmeer.") == [
        ("AID", "070", "italienische Marine", "Migranten")]


@pytest.mark.needs_models
def test_facing_a_rival_in_a_runoff_is_no_meeting():
    assert coded("In der Stichwahl trifft der Kandidat der SPÖ auf den Kandidaten der "
                 "FPÖ.") == []


@pytest.mark.needs_models
def test_turning_people_back_at_the_border_is_coercion():
    assert [e[:2] for e in coded("Die österreichische Polizei wies am Wochenende an der Grenze "
                                 "200 Flüchtlinge zurück.")] == [("COERCE", "174")]


@pytest.mark.needs_models
def test_rejecting_accusations_stays_a_rejection():
    assert coded("Der österreichische Innenminister wies die Vorwürfe der Opposition "
                 "zurück.") == [("REJECT", "120", "österreichische Innenminister", "Opposition")]


@pytest.mark.needs_models
def test_advocating_an_agreement_asks_nobody():
    # support for a policy, no request; with no addressee named it is no event
    assert coded("Der kanadische Premierminister warb im Parlament für das Abkommen mit der "
                 "EU.") == []


@pytest.mark.needs_models
def test_regretting_own_words_accuses_nobody():
    # a concession, not disapproval; with no addressee named it is no event
    assert coded("Der britische Premierminister bedauerte seine Äußerungen über die "
                 "Gewerkschaften.") == []


@pytest.mark.needs_models
def test_concession_of_a_named_thing_needs_no_addressee():
    assert coded("Die ägyptische Regierung hob die Ausgangssperre in Kairo auf.") == [
        ("CONCEDE", "081", "ägyptische Regierung", None)]
