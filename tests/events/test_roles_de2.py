"""German roles, round 2, on sentences written for these tests: people outside the KB after a
verb's target preposition, the home country of people a government prosecutes, and titles of
organisations the KB does not know."""

import pytest

from eventcoder.pipeline import code_text

PUBLISHED = "2025-03-12"


def coded(text):
    return code_text(text, lang="de", published=PUBLISHED).events


def events(text):
    return [(e.type, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in coded(text)]


@pytest.mark.parametrize("text,type_,target", [
    ("Die russische Regierung verhandelt mit den Rebellen über einen Waffenstillstand.",
     "CONSULT", "Rebellen"),
    ("Der Bundeskanzler appellierte an die Demonstranten, die Straßen zu räumen.", "REQUEST",
     "Demonstranten"),
    ("Die französische Regierung ermittelt gegen den Unternehmer Paul Martin.", "ACCUSE",
     "Unternehmer Paul Martin"),
])
@pytest.mark.needs_models
def test_people_after_the_verbs_target_preposition_are_the_target(text, type_, target):
    evs = [e for e in events(text) if e[0] == type_]
    assert len(evs) == 1 and evs[0][2] == target, evs


@pytest.mark.needs_models
def test_a_thing_after_the_target_preposition_is_no_target():
    evs = events("Die Bundesregierung protestierte gegen die Verhaftung.")
    assert evs and all(tgt is None for _, _, tgt in evs), evs


@pytest.mark.needs_models
def test_person_a_government_prosecutes_is_of_its_country():
    evs = [e for e in coded("Die französische Regierung ermittelt gegen den Unternehmer Paul "
                            "Martin.") if e.type == "ACCUSE"]
    assert [e.target.actor.country for e in evs] == ["FRA"], evs


@pytest.mark.needs_models
def test_people_a_government_threatens_keep_no_country_of_its_own():
    evs = [e for e in coded("Die russische Regierung droht den Kurden.") if e.type == "THREATEN"]
    assert evs and evs[0].target.actor.country != "RUS", evs


@pytest.mark.needs_models
def test_title_of_an_unknown_organisation_is_no_state_office():
    evs = coded("Der VKB-Präsident Karl Berger kritisierte die Bundesregierung scharf.")
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and acc[0].source.actor.sector != "GOV", acc


@pytest.mark.needs_models
def test_title_modifier_before_a_hyphen_keeps_the_office():
    evs = coded("Der französische Ex-Präsident Paul Martin kritisierte die Bundesregierung.")
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and acc[0].source.actor.sector == "GOV", acc


@pytest.mark.needs_models
def test_relative_pronoun_subject_makes_the_noun_before_it_the_source():
    evs = events("Neben Kritik von der FDP, die die Pläne als gefährlich bezeichnete und "
                 "Bundeskanzler Olaf Scholz bat, das Gesetz zu stoppen, kam Ablehnung von der "
                 "CDU.")
    assert ("REQUEST", "FDP", "Bundeskanzler") in evs, evs


@pytest.mark.needs_models
def test_dative_der_after_a_feminine_noun_is_no_subject():
    evs = events("Die Regierung der Türkei, der die Opposition Korruption vorwirft, wies die "
                 "Vorwürfe zurück.")
    assert not any(typ == "ACCUSE" and src == "Regierung der Türkei" for typ, src, _ in evs), evs


@pytest.mark.needs_models
def test_owner_of_a_rejected_motion_is_the_target():
    evs = events("Die Bundesregierung lehnte den Antrag der Staatsanwaltschaft auf sofortige "
                 "Haft ab.")
    assert evs == [("REJECT", "Bundesregierung", "Staatsanwaltschaft")], evs


@pytest.mark.needs_models
def test_people_in_the_genitive_of_an_act_are_not_its_owner():
    evs = events("Die Bundesregierung lehnte die Aufnahme der Flüchtlinge ab.")
    assert evs == [("REJECT", "Bundesregierung", None)], evs


@pytest.mark.needs_models
def test_name_in_apposition_after_gegen_is_no_subject():
    evs = events("Die HDP kritisierte die türkische Regierung. Seit Montag wird gegen den "
                 "Vorsitzenden der HDP, Ahmet Yildiz, ermittelt.")
    assert not any(src and "Yildiz" in src for _, src, _ in evs), evs


@pytest.mark.needs_models
def test_a_target_preposition_the_parse_hangs_on_the_subject_still_names_the_target():
    evs = code_text("In Österreich ermittelt die Staatsanwaltschaft gegen den Politiker Huber.",
                    lang="de").events
    assert [(e.type, e.source.text, e.target.text if e.target else None) for e in evs] == [
        ("ACCUSE", "Staatsanwaltschaft", "Politiker Huber")]
