"""Scope of English general news: events need a political actor; text-only actors get a sector
from their head noun; sentences written for these tests."""

import pytest
from coding import roles

from eventcoder.document import Actor, Document, Event, Mention
from eventcoder.events.scope import in_scope, phrase_sector, political_cue
from eventcoder.pipeline import code_text


def events(text):
    return roles(text, "en")


@pytest.mark.parametrize("text, sector", [
    ("the Department of Agriculture", "GOV"),
    ("a state jury in Ohio", "JUD"),
    ("Leeds Police", "COP"),
    ("leaders of the opposition party", "OPP"),
    ("the Canadian armies", "MIL"),
    ("the sheriff's deputies", "COP"),
    ("a pickup truck", None),
    ("the software maker", None),
])
def test_phrase_sector(text, sector):
    assert phrase_sector(text, "en") == sector


def test_political_cue():
    assert political_cue("A roadside bomb killed two villagers", "en")
    assert political_cue("the governor pardoned the inmate", "en")
    assert not political_cue("the truck hit a cyclist", "en")


def _mention(text, sector=None, kind="unknown"):
    return Mention(0, len(text), text, Actor(None, None, None, sector, kind))


def test_in_scope_needs_a_political_actor():
    doc = Document("t", "x agreed", lang="en")
    deal = Event("AGREE", None, "030", _mention("the software maker"), _mention("a rival"),
                 (0, 1), (0, 4), 0)
    assert not in_scope(deal, doc, "en")
    deal.target = _mention("the city council")
    assert in_scope(deal, doc, "en")
    march = Event("PROTEST", None, "141", _mention("nurses", "CVL", "group"), None,
                  (0, 1), (0, 4), 0)
    assert in_scope(march, doc, "en")


@pytest.mark.needs_models
def test_private_acts_are_no_events():
    assert events("Microsoft agreed to buy a small software maker from Ohio for 40 million "
                  "dollars.") == []
    assert events("A pickup truck hit a cyclist on Main Street in Denver.") == []


@pytest.mark.needs_models
def test_political_acts_stay():
    assert events("The city council of Springfield condemned the governor's budget plan.")[0][
        :2] == ("ACCUSE", "The city council of Springfield")
    assert events("A roadside bomb killed two villagers near Kandahar.")[0][0] == "ASSAULT"
    assert events("Hundreds of nurses protested outside the hospital in Leeds.")[0][0] == \
        "PROTEST"


def coded(text):
    doc = code_text(text, lang="en", published="2025-03-12")
    return [(e.type, (e.source.text, e.source.actor.country, e.source.actor.sector)
             if e.source else None,
             (e.target.text, e.target.actor.country) if e.target else None)
            for e in doc.events]


@pytest.mark.needs_models
def test_police_story_countries():
    # what police act on is in their country
    assert coded("Police in Denver arrested Mark Dolan on Tuesday after a robbery.") == [
        ("COERCE", ("Police", "USA", "COP"), ("Mark Dolan", "USA"))]
    assert coded("Detroit police charged the driver with manslaughter.") == [
        ("ACCUSE", ("Detroit police", "USA", "COP"), ("the driver", "USA"))]


@pytest.mark.needs_models
def test_officers_in_a_police_story():
    evs = coded("Officers arrested the cyclist near the station in Ohio. Police said the man "
                "had stolen a car.")
    assert evs[0][1] == ("Officers", "USA", "COP")


@pytest.mark.needs_models
def test_another_bearer_of_a_politicians_family_name():
    # the KB knows a Mexican minister named Hernández; this plumber is someone else
    doc = code_text("Guillermo Hernandez, a plumber from Texas, was arrested by police in "
                    "Houston. Hernandez denied the charges.", lang="en")
    assert all(m.actor.id is None for m in doc.mentions if "Hernandez" in m.text)


@pytest.mark.needs_models
def test_business_titles_are_no_military_ranks():
    doc = code_text("General Manager Bill Hayes offered the striker a new contract.", lang="en")
    assert doc.events == []
    assert [m.actor.sector for m in doc.mentions] == ["BUS"]


@pytest.mark.needs_models
def test_agentless_passive_of_an_arrest():
    # the police the story names did it; the arrested and charged man is the target
    assert coded("Tom Baker, 31, was arrested Friday and charged with killing a deputy "
                 "sheriff, police said.") == [
        ("COERCE", ("police", None, "COP"), ("Tom Baker", None)),
        ("ACCUSE", ("police", None, "COP"), ("Tom Baker", None))]


@pytest.mark.needs_models
def test_headline_passive():
    evs = coded("Driver Charged In Fatal Crash. Police in Queens said the driver fled.")
    assert evs == [("ACCUSE", ("Police", "USA", "COP"), ("Driver", "USA"))]


@pytest.mark.needs_models
def test_agentless_passive_without_police_is_no_event():
    # nobody the text names charged him: no source, no event
    assert coded("Driver Charged In Fatal Crash") == []


@pytest.mark.needs_models
def test_only_courts_convict():
    # police are named, but a conviction is a court's act: no source, no event
    evs = coded("Police questioned the banker. The banker was convicted of fraud in May.")
    assert [e for e in evs if e[0] == "ACCUSE"] == []


@pytest.mark.needs_models
def test_a_name_that_goes_on_is_another_person():
    # the KB's António Costa is not "Costas Karamanlis"
    doc = code_text("Prime Minister Costas Karamanlis rejected calls to resign. Costas "
                    "Karamanlis said Greece needs stability.", lang="en")
    assert [m.actor.id for m in doc.mentions if "Costas" in m.text] == [None]
    assert doc.mentions[0].actor.name == "Costas Karamanlis"


@pytest.mark.needs_models
def test_a_title_of_no_sector_makes_no_government_figure():
    doc = code_text("Chairman Jim Belcher praised the merger with the rival chip maker.",
                    lang="en")
    assert [m.actor.sector for m in doc.mentions] == [None]
    assert doc.events == []


@pytest.mark.needs_models
def test_admissions_and_pleas_in_court_are_no_events():
    assert coded("The suspect admitted killing his neighbour, police said.") == []
    assert coded("The former mayor pleaded guilty to bribery charges.") == []
    assert coded("The ministry admitted mistakes in its handling of the crisis.")[0][0] == \
        "CONCEDE"


@pytest.mark.needs_models
def test_clock_time_is_no_prime_minister():
    doc = code_text("UPDATED: MARCH 14, 2013, 9: 31 PM. PM Modi met the Japanese envoy.",
                    lang="en")
    assert [m.text for m in doc.mentions if "PM" in m.text] == ["PM Modi"]
