"""English targets the text names but the coder left empty or replaced by a thing or a place:
coordinated passives, relative 'who', an event noun's other complements, launch sites,
captured criminals, wanted acts and awaited charges (sentences written for these tests)."""

import pytest
from coding import PUBLISHED, events_of, target_of

from eventcoder.pipeline import code_text


@pytest.mark.needs_models
def test_passive_coordinated_with_a_past_verb_takes_its_subject():
    # the tagger reads "surrendered" as a noun or adjective: still the first verb
    assert target_of("Police surrounded the barn. After a long standoff a 38-year-old farmer "
                     "surrendered and was arrested.", "COERCE") == "a 38-year-old farmer"
    assert target_of("Police said Mark Doyle, 52, fled and was charged on Sunday with arson.",
                     "ACCUSE") == "Mark Doyle"


@pytest.mark.needs_models
def test_relative_who_stands_for_a_person_outside_the_kb():
    assert target_of("Police questioned the neighbours. Okafor, who was detained two days after "
                     "the fire, denies the charge.", "COERCE") == "Okafor"


@pytest.mark.needs_models
def test_event_noun_other_complements_are_no_target():
    assert target_of("Police said they made 40 arrests over the course of Sunday's march.",
                     "COERCE") is None
    assert target_of("Police announced the arrest of three protesters on Monday.",
                     "COERCE") == "three protesters"


@pytest.mark.needs_models
def test_where_a_fired_weapon_came_from_is_no_target():
    assert target_of("The militants fired rockets from a hospital.", "ASSAULT") is None
    assert target_of("The rebels fired mortars at the army base from the hills.",
                     "ASSAULT") == "the army base"


@pytest.mark.needs_models
def test_capturing_criminals_is_an_arrest():
    assert target_of("A Spanish frigate captured six pirates off the coast of Somalia.",
                     "COERCE") == "six pirates"
    assert events_of("A Spanish frigate captured six pirates off the coast of Somalia.",
                     "ASSAULT") == []
    assert [e.cameo for e in events_of("Four suspected smugglers were captured by a Dutch "
                                       "frigate.", "COERCE")] == ["173"]
    assert target_of("Rebels captured the town of Kidal.", "ASSAULT") == "the town of Kidal"


@pytest.mark.needs_models
def test_relative_clause_after_the_object_holds_no_target():
    assert target_of("The navy captured nine pirates, who were later handed over to Kenya.",
                     "COERCE") == "nine pirates"


@pytest.mark.needs_models
def test_the_thing_a_wanted_act_is_about_is_no_target():
    assert target_of("The mayor asked to use the council chamber for the meeting.",
                     "REQUEST") is None
    assert target_of("The ambassador asked to see the documents.", "REQUEST") is None
    assert target_of("The port authority refused to allow a Liberian tanker to dock.",
                     "REJECT") == "a Liberian tanker"


@pytest.mark.needs_models
def test_seeking_shelter_is_no_request():
    assert events_of("The shelling killed twelve villagers seeking shelter from the fighting.",
                     "REQUEST") == []
    assert target_of("The journalist sought asylum in Sweden.", "REQUEST") == "Sweden"


@pytest.mark.needs_models
def test_present_tense_after_a_future_clause_is_future():
    charged = events_of("Police arrested a man after the fire. Officials said his name would be "
                        "released once he is formally charged.", "ACCUSE")
    assert [(e.target.text, e.factuality) for e in charged] == [("a man", "future")]
    text = "The rebels released the hostages after the army withdrew."
    assert [e.factuality for e in events_of(text, "RETREAT")] == ["asserted"]
    # the army's withdrawal names no target: found, asserted, not coded
    dropped = code_text(text, lang="en", published=PUBLISHED).meta["dropped"]
    assert [(e.type, e.factuality) for e, _ in dropped] == [("RETREAT", "asserted")]
