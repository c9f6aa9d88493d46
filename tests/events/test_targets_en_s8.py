"""English targets named outside the trigger's own object: the people a past participle
describes ("two men accused of fraud", "a teenager killed by police"), the object a verb puts
into custody ("put the boss behind bars") and a teenager as a person (sentences written for
these tests)."""

import pytest
from coding import target_of


@pytest.mark.needs_models
def test_participle_after_people_takes_them_as_target():
    assert target_of("Prosecutors showed a video in the trial of three men accused of robbing "
                     "a bank in Ohio.", "ACCUSE") == "men"


@pytest.mark.needs_models
def test_participle_with_its_own_object_keeps_it():
    # a finite verb with an object is no participle describing the noun before it
    assert target_of("Lawmakers accused the mayor on Tuesday.", "ACCUSE") == "the mayor"
    # a past verb read as a participle after its subject's noun is the sentence's own verb
    assert target_of("The rebel group released at least 12 hostages on Sunday.",
                     "RETREAT") == "at least 12 hostages"


@pytest.mark.needs_models
def test_object_put_behind_bars_is_the_target():
    assert target_of("The FBI worked for years to put the mob boss behind bars.",
                     "COERCE") == "the mob boss"


@pytest.mark.needs_models
def test_object_pronoun_put_behind_bars_stays_unresolved():
    # the story's last person named is often not the one put away: no guessed target
    assert target_of("Mafia boss Carlo Rossi died on Monday. The FBI worked for years to put "
                     "him behind bars.", "COERCE") is None


@pytest.mark.needs_models
def test_passive_participle_takes_the_people_it_describes():
    assert target_of("Hundreds marched after the death of an unarmed teenager killed by police "
                     "officers in a Chicago park.", "ASSAULT") == "an unarmed teenager"


@pytest.mark.needs_models
def test_teenager_object_is_a_person_not_the_place():
    assert target_of("Police officers killed an armed teenager on a dark street in Boston.",
                     "ASSAULT") == "an armed teenager"
