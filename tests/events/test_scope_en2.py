"""English scope, round 2, on sentences written for these tests: a refusal to release
information, a scheduled sentencing, a speaker who reports a private crime and a festive
"party" make no political event; the political readings still fire."""

import pytest
from coding import roles

from eventcoder.resolve.fold import fold_token, tokenize
from eventcoder.resolve.kb import load_kb


def events(text):
    return roles(text, "en", factuality=True)


@pytest.mark.needs_models
@pytest.mark.parametrize("text", [
    "Police declined to release the names of the victims.",
    "The county sheriff refused to comment on the case.",
    "The ministry declined to say how many soldiers had been wounded.",
])
def test_refusal_to_tell_is_no_event(text):
    assert [e for e in events(text) if e[0] == "REJECT"] == []


@pytest.mark.needs_models
def test_refusal_of_an_act_still_fires():
    assert events("The governor declined the request of the mayor.") == [
        ("REJECT", "The governor", "the mayor", "asserted")]


@pytest.mark.needs_models
def test_scheduled_sentencing_is_no_threat():
    evs = events("A jury in northern Texas has convicted a 30-year-old man of stabbing his "
                 "neighbour. He will be sentenced in March.")
    assert [e for e in evs if e[0] == "THREATEN"] == []
    assert ("COERCE", "future") in {(e[0], e[3]) for e in evs}


@pytest.mark.needs_models
def test_announced_threat_still_fires():
    evs = events("The Turkish government will extend the curfew in the border province.")
    assert ("THREATEN", "Turkish government", "asserted") in {(e[0], e[1], e[3]) for e in evs}


@pytest.mark.needs_models
def test_speaker_of_a_reported_attack_is_not_the_attacker():
    evs = events("A jury in northern Texas has convicted a 30-year-old man of stabbing his "
                 "neighbour. Prosecutors said Hollins attacked the man after an argument.")
    assert [e for e in evs if e[0] == "ASSAULT"] == []


@pytest.mark.needs_models
def test_festive_party_is_no_political_party():
    assert events("A man opened fire at a holiday party in a hotel, killing one woman.") == []


def test_christmas_party_is_no_role():
    kb = load_kb()
    toks = tokenize("the office Christmas party")
    ftoks = [fold_token(t) for t, _, _ in toks]
    assert kb.role_at(toks, ftoks, 3) == (0, None)
    toks = tokenize("the ruling party")
    ftoks = [fold_token(t) for t, _, _ in toks]
    assert kb.role_at(toks, ftoks, 1)[1].sector == "PTY"


@pytest.mark.needs_models
def test_witnesses_of_a_shooting_are_not_its_shooters():
    evs = events("The gunman killed two clerks at the store in Dayton. Officers and witnesses "
                 "described a chaotic scene immediately after the shooting as workers hid in "
                 "their offices.")
    assert [e for e in evs if e[1] == "Officers"] == []


@pytest.mark.needs_models
def test_noun_agent_of_a_killing_still_found():
    assert ("ASSAULT", "Syrian troops", "a student", "asserted") in events(
        "Thousands marched in Aleppo after the killing of a student by Syrian troops.")


@pytest.mark.needs_models
def test_one_arrest_told_twice_is_one_event():
    assert events("A suspected gang leader who was arrested in a raid by Spanish police died "
                  "in a cell within hours of being detained.") == [
        ("COERCE", "Spanish police", "gang leader", "asserted")]


@pytest.mark.needs_models
@pytest.mark.parametrize("text", [
    "Officers were at the bank investigating a report of a suspicious package when the blast "
    "occurred.",
    "Police have launched an investigation into how the inmate was able to escape.",
])
def test_routine_police_inquiry_is_no_event(text):
    assert events(text) == []


@pytest.mark.needs_models
def test_police_inquiry_into_an_actor_still_fires():
    assert events("Police are investigating the mayor over the missing funds.") == [
        ("ACCUSE", "Police", "the mayor", "asserted")]


@pytest.mark.needs_models
def test_refusal_to_release_people_still_fires():
    assert ("REJECT", "The rebels", "the hostages", "asserted") in events(
        "The rebels refused to release the hostages.")
