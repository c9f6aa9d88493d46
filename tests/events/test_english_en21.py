"""English events whose party is no actor: a vehicle in a road accident, a weapon nobody is
named to have fired, a match result, a warship named like a politician (sentences written for
these tests)."""

import pytest
from coding import roles

pytestmark = pytest.mark.needs_models


def coded(text: str) -> list[tuple]:
    """(type, source text, target text) of each event."""
    return roles(text, "en")


def test_pedestrian_struck_by_a_car_make_is_an_accident():
    assert coded("Officers say the man was struck by a blue Nissan Altima on Elm Road.") == []


def test_cyclist_hit_by_a_truck_is_an_accident():
    assert coded("A cyclist was hit by a delivery truck in Leeds on Monday.") == []


def test_car_bomb_stays_an_attack():
    assert coded("Rebels killed four soldiers with a car bomb near the base.") == [
        ("ASSAULT", "Rebels", "four soldiers")]


def test_weapon_nobody_fired_is_no_source():
    assert coded("A missile struck a village near Tartus on Tuesday.") == []


def test_weapon_of_a_named_state_stays_that_state():
    events = coded("Syrian rockets struck the army base overnight.")
    assert [(t, s) for t, s, _ in events] == [("ASSAULT", "Syrian")]


def test_match_score_after_the_object_is_sport():
    assert coded("Portugal beat Spain 3-1 in Lisbon on Saturday.") == []


def test_score_before_a_noun_is_no_match():
    assert coded("France condemned Germany over the 2-1 vote in Brussels.") != []


def test_ship_prefix_keeps_a_politician_name_a_ship():
    assert coded("Pirates attacked the frigate HMS Carney off the coast.") == [
        ("ASSAULT", "Pirates", "the frigate HMS Carney")]
