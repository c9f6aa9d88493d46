"""Countries of text-only actors: a private party in a story about one country belongs to it;
a place that stands for its people takes the place's country; a role before "des Königreichs
X" / "of the Republic of X" belongs to X."""

import pytest
from coding import actors

from eventcoder.events.scope import _place_country


def test_a_place_name_alone_names_its_country():
    assert _place_country("Gaza", "en") == "PSE"
    assert _place_country("the Gaza Strip", "en") == "PSE"
    assert _place_country("den Gazastreifen", "de") == "PSE"


def test_a_place_inside_a_longer_phrase_is_no_actor_of_its_own():
    assert _place_country("Gaza militants", "en") is None
    assert _place_country("police in Gaza", "en") is None


@pytest.mark.needs_models
def test_private_party_in_a_one_country_story_takes_that_country():
    got = actors("Thousands of nurses rallied on Tuesday. Portugal plans to close hospitals, "
                 "the health minister of Portugal said.", lang="en")
    assert got == [("PROTEST", "Thousands of nurses", "PRT", None, None)]
    got = actors("Several nurses accused the health minister of Portugal of lying.", lang="en")
    assert got == [("ACCUSE", "Several nurses", "PRT", "minister of Portugal", "PRT")]


@pytest.mark.needs_models
def test_party_a_state_threatens_or_meets_keeps_no_country():
    got = actors("Die russische Regierung droht den Kurden.")
    assert got == [("THREATEN", "russische Regierung", "RUS", "Kurden", None)]


@pytest.mark.needs_models
def test_private_party_in_a_story_of_several_countries_keeps_none():
    got = actors("Thousands of nurses rallied on Tuesday. Portugal plans to close hospitals, "
                 "and Spain watched.", lang="en")
    assert got == [("PROTEST", "Thousands of nurses", None, None, None)]


@pytest.mark.needs_models
def test_refugees_keep_no_country_in_a_one_country_story():
    got = actors("Die Polizei in Ungarn ist mit Tränengas gegen Flüchtlinge vorgegangen.")
    assert [g[4] for g in got if g[3] == "Flüchtlinge"] == [None]


@pytest.mark.needs_models
def test_role_before_a_state_form_belongs_to_that_state():
    got = actors("Amnesty International forderte die Regierung des Königreichs Marokko auf, "
                 "die Journalisten freizulassen.")
    assert ("REQUEST", "Amnesty International", "GBR", "Regierung des Königreichs Marokko",
            "MAR") in got
    got = actors("The group urged the government of the Kingdom of Morocco to free the US "
                 "reporter.", lang="en")
    assert ("REQUEST", "The group", None, "government of the Kingdom of Morocco", "MAR") in got
