"""English trigger vocabulary and the mechanisms that read it, on sentences written for these
tests: orders and coercion with an object and a to-infinitive, failed agreements, reported
demands ("X said Y must …")."""

import pytest
from coding import roles


def events(text):
    return roles(text, "en", factuality=True)


def of_type(evs, type_):
    return [e for e in evs if e[0] == type_]


@pytest.mark.needs_models
@pytest.mark.parametrize("text, source, target", [
    ("The police ordered the protest leaders to appear for questioning on Monday.",
     "The police", "the protest leaders"),
    ("The ministry also ordered the weekly magazine, which is close to the opposition, to stop "
     "printing for a month.", "The ministry", "the weekly magazine"),
    ("The judge ordered the former minister to pay a fine of 5,000 dollars.", "The judge",
     "the former minister"),
])
def test_an_order_to_do_something_is_a_demand(text, source, target):
    assert of_type(events(text), "REQUEST") == [("REQUEST", source, target, "asserted")]


@pytest.mark.needs_models
@pytest.mark.parametrize("text", [
    "The minister ordered a review of the contract.",  # no to-infinitive
    "The president ordered troops to withdraw from the border.",  # its own troops
    "The government ordered the evacuation of the coastal towns.",
])
def test_no_demand_without_an_addressee_told_to_act(text):
    assert of_type(events(text), "REQUEST") == []


@pytest.mark.needs_models
def test_forcing_someone_to_act_is_coercion():
    assert of_type(events("Army jets forced a Turkish airliner to land in Ankara."),
                   "COERCE") == [("COERCE", "Army", "a Turkish airliner", "asserted")]


@pytest.mark.needs_models
def test_a_failed_agreement_is_an_asserted_rejection():
    evs = events("Britain and Japan failed to reach agreement on fishing quotas.")
    assert of_type(evs, "REJECT") == [("REJECT", "Britain", "Japan", "asserted")]
    # the agreement itself did not happen
    assert all(e[3] == "negated" for e in evs if e[0] != "REJECT")


@pytest.mark.needs_models
@pytest.mark.parametrize("text, source, target", [
    ("Norway said that Israel must stop the shelling of Gaza.", "Norway", "Israel"),
    ("The Kenyan foreign minister said on Monday that Ethiopia must withdraw its troops from "
     "Somalia.", "Kenyan foreign minister", "Ethiopia"),
    ("Somalia's ambassador to the African Union said on Tuesday that Kenya must mediate with "
     "Ethiopia over the border.", "Somalia's ambassador", "Kenya"),
])
def test_what_a_speaker_says_another_must_do_is_a_demand(text, source, target):
    assert events(text) == [("REQUEST", source, target, "asserted")]


@pytest.mark.needs_models
def test_an_adjective_ending_in_s_is_no_verb():
    """'mass protests': 'mass' is no MOBILIZE verb."""
    assert of_type(events("Mass protests against the new law were held in the capital."),
                   "MOBILIZE") == []


@pytest.mark.needs_models
@pytest.mark.parametrize("text, type_, source, target", [
    ("The Turkish defence minister said the army will begin an offensive against the militia "
     "next week.", "THREATEN", "army", "militia"),
    ("The Peruvian government will extend the curfew in Lima.", "THREATEN",
     "Peruvian government", "Lima"),
    ("The army extended the curfew in Srinagar for a third day.", "COERCE", "army", "Srinagar"),
    ("The Ukrainian government said it will never stop its war on the separatists.", "REJECT",
     "Ukrainian government", "separatists"),
    ("The king awarded the peace prize to the former rebel leader.", "SUPPORT", "The king",
     "the former rebel leader"),
    ("Gunmen fired across the border into the village.", "ASSAULT", "Gunmen", "the village"),
])
def test_new_verb_object_vocabulary(text, type_, source, target):
    assert (type_, source, target, "asserted") in events(text)


@pytest.mark.needs_models
@pytest.mark.parametrize("text, type_", [
    ("The agency started the rescue operation in the flooded valley.", "ASSAULT"),
    ("The ministry awarded the contract to a Chinese firm.", "SUPPORT"),
    ("The minister condemned a court decision to reinstate President Donald Trump's travel ban.",
     "CONCEDE"),  # the ban is reinstated, not the president
    ("Biden called Macron's decision a mistake.", "CONSULT"),
])
def test_everyday_senses_make_no_event(text, type_):
    assert of_type(events(text), type_) == []


@pytest.mark.needs_models
def test_a_particle_two_words_on_is_no_phrasal_verb_past_an_object():
    """'called Macron on Tuesday' is a phone call, not 'call on' (a request)."""
    assert events("Biden called Macron on Tuesday.") == [
        ("CONSULT", "Biden", "Macron", "asserted")]


@pytest.mark.needs_models
@pytest.mark.parametrize("text, type_, source, target", [
    ("Japan and Canada have agreed a new trade agreement.", "SUPPORT", "Japan", "Canada"),
    ("Chile and Peru agreed on the final text of a fisheries deal.", "SUPPORT", "Chile", "Peru"),
    ("Chile agreed to hold talks with Peru.", "AGREE", "Chile", "Peru"),
    ("The Kenyan president reaffirmed his government's commitment to the peace process in "
     "Somalia.", "SUPPORT", "Kenyan president", "the peace process"),
])
def test_concluding_a_deal_and_reaffirmed_commitments(text, type_, source, target):
    assert (type_, source, target, "asserted") in events(text)


@pytest.mark.needs_models
def test_a_deal_mentioned_in_passing_is_not_the_one_agreed():
    evs = events("The mayor agreed to resign from office as part of a plea agreement.")
    assert of_type(evs, "SUPPORT") == []


@pytest.mark.needs_models
def test_reinforcing_a_commitment_is_no_mobilisation():
    assert of_type(events("Poland has reinforced its commitment to Ukrainian refugees."),
                   "MOBILIZE") == []
    assert of_type(events("Poland has reinforced its troops on the border with Belarus."),
                   "MOBILIZE") != []


@pytest.mark.needs_models
def test_a_passive_arrest_in_a_country_is_that_states_act():
    assert events("The journalist was arrested in Chad on Monday for spying.") == [
        ("COERCE", "Chad", "The journalist", "asserted")]
    assert of_type(events("Two aid workers were released from captivity in Mali."),
                   "RETREAT")[0][1] == "Mali"


@pytest.mark.needs_models
@pytest.mark.parametrize("text", [
    "The journalist was arrested on his return from Chad.",  # Chad is where he came from
    "Two soldiers were killed in Mali.",  # an attack is no act of the state it happens in
])
def test_no_state_source_from_other_places(text):
    assert all(e[1] not in ("Chad", "Mali") for e in events(text))


@pytest.mark.needs_models
@pytest.mark.parametrize("text, type_", [
    ("The police have ordered the protest leaders to appear in court.", "ACCUSE"),
    ("The army bought twelve attack helicopters from France.", "ASSAULT"),
])
def test_an_event_noun_that_modifies_another_noun_is_no_event(text, type_):
    assert of_type(events(text), type_) == []


@pytest.mark.needs_models
def test_an_event_noun_before_a_light_head_still_counts():
    evs = events("Qatar has launched a mediation effort between Egypt and Ethiopia.")
    assert of_type(evs, "CONSULT") != []


@pytest.mark.needs_models
def test_house_demolitions_are_coercion():
    evs = events("Israeli troops demolished the home of a Palestinian man in Hebron.")
    assert [e[0] for e in evs] == ["COERCE"]


@pytest.mark.needs_models
def test_forcing_a_plane_described_by_a_participle_to_land():
    evs = events("Turkish fighter jets forced an Armenian cargo plane flying from Tehran to "
                 "Yerevan to land in Erzurum.")
    assert ("COERCE", "Turkish", "an Armenian cargo plane", "asserted") in evs


@pytest.mark.needs_models
def test_ordered_sanctions_are_sanctions():
    evs = events("The president ordered tough new sanctions on the Venezuelan oil minister.")
    assert [e[0] for e in evs] == ["SANCTION"]


@pytest.mark.needs_models
@pytest.mark.parametrize("text, type_", [
    ("The report was hard-hitting and far-reaching.", "ASSAULT"),
    ("The Israeli-occupied Golan Heights lie to the south.", "COERCE"),
])
def test_the_second_half_of_a_hyphenated_adjective_is_no_verb(text, type_):
    assert of_type(events(text), type_) == []


@pytest.mark.needs_models
def test_a_prefixed_verb_with_a_hyphen_still_counts():
    evs = events("North Korea has agreed to re-open its border crossings for South Korean "
                 "workers.")
    assert of_type(evs, "CONCEDE") != []


@pytest.mark.needs_models
def test_what_a_declared_cessation_ends_is_no_event():
    evs = events("The president declared an open-ended cessation of hostilities in the east.")
    assert [e[0] for e in evs] == ["RETREAT"]


@pytest.mark.needs_models
def test_an_ordered_retrial_is_an_accusation():
    evs = events("A Kenyan court on Monday ordered the retrial of a British tourist on fraud "
                 "charges.")
    assert evs == [("ACCUSE", "Kenyan court", "a British tourist", "asserted")]  # 'charges' no verb


@pytest.mark.needs_models
def test_threats_by_an_actor_name_their_source():
    evs = events("The move followed weeks of threats by President Vladimir Putin against "
                 "Ukraine.")
    assert ("THREATEN", "President Vladimir Putin", "Ukraine", "asserted") in evs


@pytest.mark.needs_models
def test_a_travel_warning_is_no_threat():
    assert events("The State Department issued a travel warning for Sri Lanka.") == []
    assert events("Russia issued a warning to NATO over its exercises.") == [
        ("THREATEN", "Russia", "NATO", "asserted")]


@pytest.mark.needs_models
def test_opening_borders_to_displaced_people_is_aid():
    evs = events("Jordan opened its borders to displaced Syrians in 2012.")
    assert ("AID", "Jordan", "Syrians", "asserted") in evs
