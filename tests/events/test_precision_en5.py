"""English precision on news outside politics, on sentences written for these tests: natural
forces are no subjects of any trigger, business and tech senses of aid, mobilisation and attack
verbs make no event, and a geographic feature ("the Gulf of Aden") is no target; the political
readings still fire."""

import pytest
from coding import roles


def events(text):
    return roles(text, "en")


@pytest.mark.needs_models
@pytest.mark.parametrize("text", [
    # a natural force opens the sentence, its participle or coordinated verb kills
    "An earthquake measuring 6.1 struck southern Peru on Sunday, killing at least eight people.",
    "A moderate earthquake shook northern Peru on Tuesday, days after a strong quake flattened "
    "houses and killed two people.",
    # information, trade and tech senses
    "The agency did not provide any detail about the raid.",
    "The firm said the deal helps plan new data centres.",
    "Brazil is central to efforts to diversify oil supplies away from the Gulf.",
    "Norway has 15 polling stations abroad.",
])
def test_no_event(text):
    assert events(text) == []


@pytest.mark.needs_models
@pytest.mark.parametrize("text,expected", [
    ("The Turkish navy is patrolling the Gulf of Aden.",
     [("MOBILIZE", "Turkish navy", None)]),
    ("The Dutch navy is patrolling the coast of Somalia.",
     [("MOBILIZE", "Dutch navy", None)]),
    # people still kill and attack after a disaster; an organisation's proposal is its own
    ("Rebels stormed the village and killed ten farmers.",
     [("ASSAULT", "Rebels", "the village"), ("ASSAULT", "Rebels", "ten farmers")]),
    ("The ministry provided food and blankets to the flood victims.",
     [("AID", "The ministry", "the flood victims")]),
    ("The army rejected the proposal of the EU.", [("REJECT", "The army", "EU")]),
])
def test_events(text, expected):
    assert events(text) == expected
