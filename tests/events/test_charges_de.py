"""German charges, complaints and warrants against a person: a light verb's noun ("erhob
Anklage", "erstattete Anzeige", "stellte einen Haftbefehl aus") and the person named after
"gegen", also as a compound of a person noun ("Ex-Manager", "Bankmanager"). Sentences written
for these tests."""

import pytest

from eventcoder.events.owners import person_noun
from eventcoder.pipeline import code_text

PUBLISHED = "2025-03-12"


def events(text):
    doc = code_text(text, lang="de", published=PUBLISHED)
    return [(e.type, e.cameo, (e.source.text, e.source.actor.country) if e.source else None,
             (e.target.text, e.target.actor.country) if e.target else None)
            for e in doc.events]


def test_person_noun_compounds():
    nouns = frozenset({"manager", "chef", "kunde", "banker"})
    assert person_noun({"bankmanager"}, nouns)
    assert person_noun({"konzern-chef"}, nouns)
    assert person_noun({"banker"}, nouns)
    assert not person_noun({"sekunde"}, nouns)  # too short a prefix for a compound
    assert not person_noun({"anklage"}, nouns)


@pytest.mark.needs_models
def test_charge_against_a_person_noun():
    assert events("Berlin – Die Staatsanwaltschaft erhob Anklage gegen einen Banker aus "
                  "Hamburg.") == [("ACCUSE", "112", ("Staatsanwaltschaft", "DEU"),
                                   ("Banker", "DEU"))]


@pytest.mark.needs_models
def test_charge_against_a_compound_person_noun():
    assert events("Berlin – Die Stuttgarter Staatsanwaltschaft hat Anklage gegen den früheren "
                  "Firmenchef erhoben.") == [
        ("ACCUSE", "112", ("Stuttgarter Staatsanwaltschaft", "DEU"),
         ("früheren Firmenchef", "DEU"))]


@pytest.mark.needs_models
def test_investigation_against_a_closed_compound():
    assert events("Wien – Die Staatsanwaltschaft ermittelt gegen einen Bankmanager wegen "
                  "Untreue.") == [("ACCUSE", "090", ("Staatsanwaltschaft", "AUT"),
                                   ("Bankmanager", "AUT"))]


@pytest.mark.needs_models
def test_criminal_complaint_brought_in():
    assert events("Wien – Die Opposition brachte eine Sachverhaltsdarstellung gegen den "
                  "Finanzminister ein.") == [
        ("ACCUSE", "115", ("Opposition", "AUT"), ("Finanzminister", "AUT"))]


@pytest.mark.needs_models
def test_warrant_issued():
    assert events("Wien – Das Gericht stellte einen Haftbefehl gegen den früheren "
                  "Innenminister aus.") == [
        ("COERCE", "173", ("Gericht", "AUT"), ("Innenminister", "AUT"))]


@pytest.mark.needs_models
def test_agentless_passive_charge_is_no_event():
    # no one is named who charges: the coder invents no prosecutor
    assert events("Wien – Gegen den Bürgermeister von Linz wurde Anklage erhoben.") == []
