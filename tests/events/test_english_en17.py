"""English targets that are buildings: a school, house or station hit or searched is a place,
no party; the actor named in it owns it (sentences written for these tests)."""

import pytest
from coding import PUBLISHED, roles

from eventcoder.events.places import find_places
from eventcoder.pipeline import code_text

pytestmark = pytest.mark.needs_models


def coded(text: str) -> list[tuple]:
    """(type, source text, target text) of each event."""
    return roles(text, "en")


def test_bombed_school_is_no_target():
    assert coded("The army shelled a hospital in the town of Ridgeford.") == [
        ("ASSAULT", "The army", None)]


def test_searched_houses_are_no_target():
    assert coded("Police raided three apartment buildings in the city without a warrant.") == [
        ("COERCE", "Police", None)]


def test_organisation_named_in_the_building_is_the_target():
    assert coded("The rebels attacked a UN compound near the border.") == [
        ("ASSAULT", "The rebels", "UN")]


def test_people_noun_before_the_building_is_the_target():
    assert coded("Militants stormed the police station in the border town.") == [
        ("ASSAULT", "Militants", "police")]


def test_proper_name_before_the_building_is_the_target():
    assert coded("Gunmen attacked the Supreme Court building in the capital on Monday.") == [
        ("ASSAULT", "Gunmen", "Supreme Court")]


def test_a_city_shelled_stays_the_target():
    assert coded("Troops shelled the city of Homs for a week.") == [
        ("ASSAULT", "Troops", "the city of Homs")]


def factualities(text: str) -> list[tuple]:
    """(type, source text, factuality) of each event."""
    doc = code_text(text, lang="en", published=PUBLISHED)
    return [(e.type, e.source.text if e.source else None, e.factuality) for e in doc.events]


def test_foiled_attack_did_not_happen():
    assert factualities("The navy foiled an attack by Houthi rebels on a tanker.") == [
        ("ASSAULT", "Houthi rebels", "negated")]


def test_attack_thwarted_by_a_passive_did_not_happen():
    assert factualities("An attack by Houthi rebels on a tanker was foiled by the navy.") == [
        ("ASSAULT", "Houthi rebels", "negated")]


def test_headline_with_present_tense_prevention():
    assert factualities("Coast guard foils Houthi rebel attack near Socotra") == [
        ("ASSAULT", "Houthi rebel", "negated")]


def test_repelled_attack_happened():
    assert factualities("The navy repelled an attack by Houthi rebels on a tanker.") == [
        ("ASSAULT", "Houthi rebels", "asserted")]


def places(text: str) -> list[tuple]:
    return [(p.text, p.place.country) for p in find_places(text, "en")]


def test_namesake_before_the_place_it_lies_in_is_dropped():
    assert places("Police arrested a man in Richmond Hill, Queens on Friday.") == [
        ("Queens", "USA")]


def test_list_of_places_keeps_each():
    assert places("The ministers met in Berlin, Paris and London last month.") == [
        ("Berlin", "DEU"), ("Paris", "FRA"), ("London", "GBR")]

