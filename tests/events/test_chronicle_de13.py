"""German chronicle news, round 2: a bare "sie" object after the verb, the person a prison
sentence is demanded for, the Konjunktiv passive and a trigger participle before its noun
(sentences written for these tests)."""

import pytest
from coding import roles

from eventcoder.events.triggers import noun_key
from eventcoder.pipeline import code_text

PUBLISHED = "2025-03-12"


def events(text):
    doc = code_text(text, lang="de", published=PUBLISHED)
    return [(e.type, e.source.text if e.source else None, e.target.text if e.target else None,
             e.target.actor.country if e.target else None) for e in doc.events]


@pytest.mark.needs_models
def test_bare_sie_after_the_verb_is_the_people_named_before():
    assert events("Wien – Zwei Männer aus Wels sollen einen Supermarkt überfallen haben. "
                  "Die Polizei nahm sie am Freitag fest.") == [
        ("COERCE", "Polizei", "Männer", "AUT")]


@pytest.mark.needs_models
def test_bare_sie_after_the_auxiliary_is_the_object():
    assert events("Wien – Zwei Jugendliche sollen ein Auto gestohlen haben. Die Polizei hat sie "
                  "am Abend festgenommen.") == [
        ("COERCE", "Polizei", "Zwei Jugendliche", "AUT")]


@pytest.mark.needs_models
def test_sie_with_nobody_named_before_has_no_target():
    assert events("Wien – Die Polizei nahm sie am Freitag fest.") == [
        ("COERCE", "Polizei", None, None)]


@pytest.mark.needs_models
def test_sentence_demand_targets_who_is_to_be_punished():
    assert events("Wien – Der Angeklagte Markus T. steht in Linz vor Gericht. Die "
                  "Staatsanwaltschaft fordert für ihn 15 Jahre Haft.") == [
        ("REQUEST", "Staatsanwaltschaft", "Angeklagte Markus T.", "AUT")]


@pytest.mark.needs_models
def test_sentence_demand_with_a_noun_after_fuer():
    assert events("Wien – Die Staatsanwaltschaft verlangte für den Angeklagten eine Haftstrafe "
                  "von acht Jahren.") == [("REQUEST", "Staatsanwaltschaft", "Angeklagten", "AUT")]


@pytest.mark.needs_models
def test_other_demands_for_someone_keep_no_target():
    assert events("Wien – Die Gewerkschaft fordert für die Beschäftigten mehr Lohn.") == []


def test_schaft_nouns_are_no_compounds_of_haft():
    word = type("W", (), {"lemmas": frozenset({"staatsanwaltschaft"})})()
    assert noun_key(word, "de", frozenset({"haft"}), ("haft",)) is None
    word = type("W", (), {"lemmas": frozenset({"untersuchungshaft"})})()
    assert noun_key(word, "de", frozenset({"haft"}), ("haft",)) == "haft"


@pytest.mark.needs_models
def test_konjunktiv_passive_agent_is_no_target():
    # "würden … finanziert": a passive; the EU is who pays, never the receiver
    evs = events("Wien – Die Migranten wurden in Lager gebracht, die von der EU finanziert "
                 "würden.")
    assert not [e for e in evs if e[2] == "EU"]


@pytest.mark.needs_models
def test_attributive_participle_agent_is_the_source():
    # found with the right source, but aid to nobody named is not coded (no target)
    assert roles("Wien – Nach Angaben der Zeitung war der irakische Flüchtling Omar K. mit "
                  "seinem Sohn drei Jahre in einem von Deutschland finanzierten Heim "
                  "untergebracht worden.", "de", dropped=True) == [("AID", "Deutschland", None)]


@pytest.mark.needs_models
def test_headline_participle_of_a_particle_verb_is_passive():
    # "angeklagt" has no 'ge' up front; with no other verb in the headline it is still passive:
    # the officer named is who is charged, never who charges
    evs = events("Polizist in Graz wegen Körperverletzung angeklagt. Graz – Ein 34-jähriger "
                 "Beamter soll einen Häftling geschlagen haben.")
    assert not [e for e in evs if e[1] == "Polizist"]


@pytest.mark.needs_models
def test_participle_with_its_auxiliary_stays_active():
    assert events("Wien – Die Polizei hat am Montag zwei Männer festgenommen.") == [
        ("COERCE", "Polizei", "Männer", "AUT")]


@pytest.mark.needs_models
def test_surname_right_after_the_verb_is_the_source():
    # "bat Weber die Soldaten": the tagger takes the bare surname for a noun; with no article
    # of its own, right after the verb and before the soldiers' article, it is the subject
    assert events("Wien – Als das Wasser stieg, bat Weber die Soldaten des Bundesheeres, sein "
                  "Haus zu räumen.") == [("REQUEST", "Weber", "Soldaten", "AUT")]


@pytest.mark.needs_models
def test_article_noun_after_the_verb_stays_the_source():
    assert events("Wien – Nach dem Unfall bat die Polizei die Anrainer, die Fenster zu "
                  "schließen.") == [("REQUEST", "Polizei", "Anrainer", "AUT")]


@pytest.mark.needs_models
def test_sie_after_a_fronted_object_stays_the_subject():
    assert events("Wien – Die Ministerin war am Montag in Graz. Den Bürgermeister kritisierte "
                  "sie scharf.") == [("ACCUSE", "Ministerin", "Bürgermeister", "AUT")]


@pytest.mark.needs_models
def test_brought_to_safety_by_a_coast_guard_is_aid():
    assert events("Rom – Am Sonntag wurden 300 Migranten von der italienischen Küstenwache in "
                  "Sicherheit gebracht.") == [("AID", "italienischen Küstenwache", "Migranten",
                                               None)]


@pytest.mark.needs_models
def test_bringing_oneself_to_safety_is_no_aid():
    assert events("Rom – Viele Flüchtlinge haben sich in der Stadt in Sicherheit gebracht.") == []
