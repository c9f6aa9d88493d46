"""English roles, round 25: object pronouns agree in number with a KB person, the doer of an
adverbial gerund is the subject of its clause, US local police and courts take the country of
the places they serve (or of a clock time's zone), charges come from the prosecutors a story
names, and a deed noun before "trial" has no doer in the sentence."""

import pytest
from coding import actors, roles

from eventcoder.events.places import find_places
from eventcoder.events.scope import _zone_country


def test_zone_after_a_clock_time_gives_the_country():
    assert _zone_country("Posted 7: 45 PM PST | Updated", "en") == "USA"
    assert _zone_country("Updated at 10:30 a.m. EST Friday", "en") == "USA"
    assert _zone_country("The EST index rose 4 points", "en") is None


def test_local_authority_after_a_name_makes_it_a_place():
    assert [(p.text, p.place.country) for p in find_places(
        "The Riverton Police Department said on Monday.", "en")] == [("Riverton", "USA")]
    assert [p.text for p in find_places("The Washington Post said.", "en")] == []


@pytest.mark.needs_models
def test_them_does_not_refer_to_one_mayor():
    assert roles("Mayor Tom Reed of Dayton came to the district on Monday night. I understand "
                 "if young people are frustrated, but we have to help them understand the way "
                 "forward, he said.", "en") == []


@pytest.mark.needs_models
def test_him_does_not_refer_to_plural_officers():
    # not "Mr. Benson arrested the officers"
    assert roles("Hours later, officers got a tip from a driver in Dayton. Sheriff's deputies "
                 "chased Mr. Benson for 20 miles on Interstate 70 before apprehending him near "
                 "Xenia.", "en") == []


@pytest.mark.needs_models
def test_gerund_doer_is_the_subject_of_its_clause():
    assert roles("Ohio police officers chased Mr. Benson through two towns before arresting "
                 "him near a gas station.", "en", factuality=True) == [
        ("COERCE", "Ohio police officers", "Mr. Benson", "asserted")]
    # the subject is a pronoun: still not the object of 'chased'
    assert roles("Police officers questioned Judge Mary Cole. Later they chased Mr. Benson for "
                 "an hour before detaining him outside the bank.", "en") == []


@pytest.mark.needs_models
def test_deed_noun_before_trial_has_no_doer():
    assert roles("Prosecutors release new photos in stabbing trial of Tulsa deputy", "en") == []


@pytest.mark.needs_models
def test_county_and_clock_zone_give_local_actors_their_country():
    assert actors("Ada County sheriff's deputies arrested Daniel Ruiz on Friday.", "en") == [
        ("COERCE", "Ada County sheriff's deputies", "USA", "Daniel Ruiz", "USA")]
    assert actors("Posted 10:15 AM EST | A jury convicted Daniel Ruiz of the murder.",
                  "en")[0][:3] == ("ACCUSE", "A jury", "USA")
    assert actors("Riverton police arrested a 45-year-old on Monday.", "en") == [
        ("COERCE", "Riverton police", "USA", "a 45-year-old", "USA")]


@pytest.mark.needs_models
def test_charges_come_from_the_prosecutors_the_story_names():
    assert roles("Woman charged in fatal crash. The woman police say drove the van now faces "
                 "a manslaughter charge. The Arapahoe County attorney's office filed charges "
                 "against Maria Lopez on Monday.", "en") == [
        ("ACCUSE", "The Arapahoe County attorney's office", "Woman")]
    assert roles("Driver charged after crash. Police said the driver fled the scene.",
                 "en") == [("ACCUSE", "Police", "Driver")]


@pytest.mark.needs_models
def test_a_trial_jury_convicts_but_does_not_charge():
    assert actors("A Dallas jury convicted Tom Hale on Friday. Hale had been charged with fraud "
                  "in 2019.", "en") == [("ACCUSE", "A Dallas jury", "USA", "Tom Hale", "USA")]


@pytest.mark.needs_models
def test_local_police_mention_keeps_its_place():
    assert actors("The activist was arrested by Delhi Police on Sunday.", "en") == [
        ("COERCE", "Delhi Police", "IND", "The activist", "IND")]
