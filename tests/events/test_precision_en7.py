"""English precision, second round, on sentences written for these tests: a judge, jury or
prosecutor who "agreed" or "objected" in court makes no event; a region's
possessive gives a role its country ("Ontario's attorney general"); a private party acted on
by a court keeps the court's country even when its phrase runs on ("a Denton man of two
counts"); federal agents are police; the force a country deploys is no target; boats that
reverse course yield nothing."""

import pytest
from coding import PUBLISHED, roles

from eventcoder.pipeline import code_text


def countries(text):
    """(type, source country, target country) of each event coded in `text`."""
    return [(e.type, e.source.actor.country if e.source else None,
             e.target.actor.country if e.target else None)
            for e in code_text(text, lang="en", published=PUBLISHED).events]


@pytest.mark.needs_models
@pytest.mark.parametrize("text", [
    "Superior Court Judge Mary Stone agreed in the hearing that the singer should stay in the "
    "clinic.",
    "It was not until 2004 that a jury agreed.",
    "A jury agreed with the prosecutors.",
])
def test_courtroom_no_event(text):
    assert roles(text, "en") == []


@pytest.mark.needs_models
@pytest.mark.parametrize("text,expected", [
    # outside a court, agreeing stays an event
    ("The mayor agreed with the governor.", [("AGREE", "The mayor", "the governor")]),
])
def test_agree_still_fires(text, expected):
    assert roles(text, "en") == expected


@pytest.mark.needs_models
@pytest.mark.parametrize("text,expected", [
    # a region's possessive before the role: its country, whatever the rest of the story names
    ("Sect leaders charged\n\nTwo leaders of a sect from Bountiful have been arrested and "
     "charged with bigamy, British Columbia's attorney general said Wednesday.\n\nThe sect has "
     "members in Utah, Arizona and Texas, and its leaders often travel to Utah and Arizona.",
     [("ACCUSE", "CAN", "CAN")]),
    ("Two men were charged with fraud in Toronto, Ontario's attorney general said.",
     [("ACCUSE", "CAN", "CAN")]),
    # the head of a long object phrase is the person the jury convicts
    ("Jury convicts Denton man\n\nA jury in northern Texas has convicted a Denton man of two "
     "counts of murder in the 2011 death of his neighbor.",
     [("ACCUSE", "USA", "USA")]),
    # a federal agent is police: his killer takes his country
    ("Gunman gets life\n\nA judge in Ohio sentenced Tom Briggs to life in prison.\n\nBriggs "
     "fled the courthouse.\n\nIn a suburb of Dayton, he shot and killed federal agent Paul "
     "Green at a gas station.",
     [("COERCE", "USA", "USA"), ("ASSAULT", "USA", "USA")]),
])
def test_countries(text, expected):
    assert countries(text) == expected


@pytest.mark.needs_models
@pytest.mark.parametrize("text,expected", [
    # the object of a deployment is the force sent, not its target
    ("The Chilean army deployed two helicopters as part of the search.",
     [("MOBILIZE", "Chilean army", None)]),
    ("The army deployed 3,000 soldiers to the border.", [("MOBILIZE", "The army", None)]),
    # a target after 'against' stays
    ("Russia deployed troops against the rebels.", [("MOBILIZE", "Russia", "rebels")]),
    ("The king mobilized 20,000 reservists.", [("MOBILIZE", "The king", None)]),
    ("The king mobilized his army against the rebels.",
     [("MOBILIZE", "The king", "the rebels")]),
])
def test_deployed_force_is_no_target(text, expected):
    assert roles(text, "en") == expected


@pytest.mark.needs_models
def test_boats_reversing_course_concede_nothing():
    text = ("The frigate, which the Indian Navy sent to the area, fired flares, and the smuggler "
            "boats reversed course.")
    assert [e[0] for e in roles(text, "en")] == ["ASSAULT"]
    assert roles("The Greek government reversed its decision after the protests.", "en") == [
        ("CONCEDE", "Greek government", None)]
