"""Factuality of conditions, aims and plans: the consequence of a condition, the aim of
pressure or a threat, and a 'soll' plan have not happened; the same acts stated plainly are
asserted."""

import pytest

from eventcoder.pipeline import code_text


def facts(text, lang):
    return [(e.type, e.factuality) for e in code_text(text, lang=lang,
                                                      published="2025-03-12").events]


@pytest.mark.needs_models
@pytest.mark.parametrize("text, lang, event", [
    ("Falls Russland die Ukraine angreift, verhängt die EU Sanktionen gegen Moskau.", "de",
     "SANCTION"),
    ("Die EU verhängt Sanktionen gegen Russland, sofern der Angriff fortgesetzt wird.", "de",
     "SANCTION"),
    ("Wenn die Regierung zustimmt, verhandelt Frankreich mit der Türkei.", "de", "CONSULT"),
    ("If Russia attacks Ukraine, the EU imposes sanctions on Moscow.", "en", "SANCTION"),
    ("The EU imposes sanctions on Russia unless Moscow withdraws its troops.", "en",
     "SANCTION"),
])
def test_the_consequence_of_a_condition_is_speculative(text, lang, event):
    assert (event, "speculative") in facts(text, lang)
    assert (event, "asserted") not in facts(text, lang)


@pytest.mark.needs_models
@pytest.mark.parametrize("text, lang, event", [
    ("Frankreich verhängte Sanktionen gegen Syrien, als der Angriff begann.", "de", "SANCTION"),
    ("The EU imposed sanctions on Russia after Moscow attacked Ukraine.", "en", "SANCTION"),
])
def test_a_clause_without_condition_stays_asserted(text, lang, event):
    assert (event, "asserted") in facts(text, lang)


@pytest.mark.needs_models
def test_a_conditional_offer_is_still_made():
    got = facts("Egypt is willing to withdraw its troops if Israel releases the prisoners.", "en")
    assert ("AGREE", "asserted") in got
    assert ("RETREAT", "asserted") not in got


@pytest.mark.needs_models
@pytest.mark.parametrize("text, lang", [
    ("Die USA erhöhen den Druck auf Israel, einen Waffenstillstand mit der Hamas zu "
     "vereinbaren.", "de"),
    ("The United States increased pressure on Israel to reach a ceasefire with Hamas.", "en"),
])
def test_an_agreement_pressed_for_is_not_reached(text, lang):
    assert facts(text, lang) == [("AGREE", "future")]


@pytest.mark.needs_models
@pytest.mark.parametrize("text, lang", [
    ("Frankreich vereinbarte einen Waffenstillstand mit Mali.", "de"),
    ("Israel reached a ceasefire with Hamas on Monday.", "en"),
])
def test_an_agreement_reached_is_asserted(text, lang):
    assert facts(text, lang) == [("AGREE", "asserted")]


@pytest.mark.needs_models
def test_what_a_demand_urges_has_not_happened():
    got = facts("The White House urged Sudan to stop bombing South Sudan.", "en")
    assert ("REQUEST", "asserted") in got
    assert ("RETREAT", "future") in got


@pytest.mark.needs_models
def test_a_soll_plan_is_future_even_with_a_named_source():
    got = facts("Laut Regierung soll die Armee die Truppen bis Mai aus Mali abziehen.", "de")
    assert ("RETREAT", "future") in got
    assert ("RETREAT", "asserted") not in got


@pytest.mark.needs_models
def test_a_condition_reaches_past_the_und_that_cuts_its_clause():
    got = facts("Wenn Russland die Grenze geschlossen und die Ukraine angegriffen hätte, wäre die "
                "Lage anders.", "de")
    assert ("ASSAULT", "speculative") in got
    assert ("ASSAULT", "asserted") not in got
    assert ("ASSAULT", "asserted") in facts(
        "Russland hat die Grenze geschlossen und die Ukraine angegriffen.", "de")


@pytest.mark.needs_models
@pytest.mark.parametrize("text, lang, event, fact", [
    ("The suspect stays in jail until the court releases him.", "en", "RETREAT", "future"),
    ("The suspect stayed in jail until the court released him.", "en", "RETREAT",
     "asserted"),
    ("Die Armee wird in Mali bleiben, bis die Rebellen mit der Regierung verhandeln.", "de",
     "CONSULT", "future"),
    ("Bis heute verhängt Frankreich Sanktionen gegen Syrien.", "de", "SANCTION", "asserted"),
])
def test_what_until_awaits_in_the_present_tense_has_not_happened(text, lang, event, fact):
    assert (event, fact) in facts(text, lang)


@pytest.mark.needs_models
@pytest.mark.parametrize("text, lang", [
    ("Die Polizei nahm einen Rebellen unter dem Verdacht fest, die Armee in Mali angegriffen "
     "zu haben.", "de"),
    ("Police arrested a rebel on suspicion of attacking the army in Mali.", "en"),
])
def test_a_suspected_act_is_speculative_the_arrest_asserted(text, lang):
    got = facts(text, lang)
    assert ("COERCE", "asserted") in got
    assert ("ASSAULT", "speculative") in got
    assert ("ASSAULT", "asserted") not in got


@pytest.mark.needs_models
@pytest.mark.parametrize("text, fact", [
    ("The Hamas leader gave a speech threatening attacks on Israel.", "future"),
    ('The Hamas leader urged fighters to "attack the Israeli army".', "future"),
    ("Hamas launched attacks on Israel.", "asserted"),
])
def test_the_attacks_a_threat_or_demand_names_have_not_happened(text, fact):
    assert ("ASSAULT", fact) in facts(text, "en")
