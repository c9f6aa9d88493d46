"""English police and court reports, on sentences written for these tests: only a judge, jury
or court is the agent of a conviction or sentence reported without one; a weapon or round that
is fired is no target; the person named before two asides ("X, 34, of Y, was charged") is the
one charged."""

import pytest
from coding import roles

from eventcoder.events.scope import _court_phrase


def events(text):
    return roles(text, "en")


@pytest.mark.parametrize("text,court", [
    ("An Ohio judge", True), ("the Supreme Court", True), ("A jury in Kansas", True),
    ("Prosecutors", False), ("District Attorney Ann Reyes", False), ("police", False),
])
def test_court_phrase(text, court):
    assert _court_phrase(text, "en") is court


@pytest.mark.needs_models
def test_sentence_without_agent_is_not_by_prosecutors():
    text = ("Prosecutors in Ohio say Tom Weller robbed two banks in May. Weller faces life in "
            "prison. He will be sentenced in March.")
    assert not [e for e in events(text) if e[0] == "COERCE"]


@pytest.mark.needs_models
def test_sentence_without_agent_is_by_the_judge():
    text = ("A judge in Dayton heard the robbery case on Monday. Weller faces life in "
            "prison. He will be sentenced in March.")
    coerce = [e for e in events(text) if e[0] == "COERCE"]
    assert coerce and coerce[0][1] == "judge" and coerce[0][2] == "Weller"


@pytest.mark.needs_models
@pytest.mark.parametrize("text", [
    "The militants fired mortars at the army post on Sunday.",
    "Police in Lyon said the officer who fired the shot has been suspended.",
])
def test_fired_weapon_is_no_target(text):
    fired = [e for e in events(text) if e[0] == "ASSAULT"]
    assert fired
    assert all(e[2] not in ("mortars", "the shot") for e in fired)


@pytest.mark.needs_models
def test_person_before_two_asides_is_charged():
    text = ("Police in Denver said the fire was set on Friday. Mark Dorsey, 34, of Albany, "
            "was charged with second-degree murder.")
    assert ("ACCUSE", "Police", "Mark Dorsey") in events(text)
