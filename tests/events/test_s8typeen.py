"""English everyday, business, sports and domestic senses that are no political interaction:
calling the police, police freeing people, urging investors, signing an executive order,
protesters storming a building, defending a title, supplying information, a boxer offering no
reply, an attributive "proposed"; with sentences written for these tests."""

import pytest
from coding import roles


@pytest.mark.needs_models
def test_calling_the_police_is_no_consultation():
    assert roles("The senator called police to report a break-in at his Ohio office.", "en") == []


@pytest.mark.needs_models
def test_calling_a_leader_is_still_a_phone_call():
    assert roles("Prime Minister Modi called President Biden on Tuesday.", "en") == [
        ("CONSULT", "Prime Minister Modi", "President Biden")]


@pytest.mark.needs_models
def test_police_freeing_hostages_is_a_rescue_not_a_release():
    assert roles("Police officers freed three hostages held by the gunman in Dallas.",
                 "en") == []


@pytest.mark.needs_models
def test_captors_freeing_hostages_is_still_a_release():
    assert ("RETREAT", "Hamas", "workers") in roles(
        "Hamas freed two Israeli aid workers on Monday.", "en")


@pytest.mark.needs_models
def test_urging_investors_is_no_demand():
    assert roles("The Treasury Secretary urged investors not to sell their bonds.", "en") == []


@pytest.mark.needs_models
def test_urging_a_state_is_still_a_demand():
    assert ("REQUEST", "US ambassador", "Pakistan") in roles(
        "The US ambassador urged Pakistan to release the journalists.", "en")


@pytest.mark.needs_models
def test_signing_an_executive_order_is_no_agreement():
    assert roles("Governor Newsom signed an executive order on water use.", "en") == []


@pytest.mark.needs_models
def test_signing_a_treaty_is_still_an_agreement():
    assert roles("Canada signed a trade agreement with Chile.", "en") == [
        ("SUPPORT", "Canada", "Chile")]


@pytest.mark.needs_models
def test_protesters_storming_a_ministry_is_no_armed_assault():
    assert roles("Protesters tried to storm the ministry in Kiev on Sunday.", "en") == []


@pytest.mark.needs_models
def test_troops_storming_an_airport_is_still_an_assault():
    assert roles("Russian troops stormed the airport in Donetsk.", "en") == [
        ("ASSAULT", "Russian troops", "Donetsk")]


@pytest.mark.needs_models
def test_defending_boxing_titles_is_no_support():
    assert roles("Senator Ivan Petrenko of Ukraine defended his WBO and IBF heavyweight titles "
                 "in Germany on Saturday.", "en") == []


@pytest.mark.needs_models
def test_defending_the_army_is_still_support():
    assert roles("The Indian defence minister defended the army's conduct.", "en") == [
        ("SUPPORT", "Indian defence minister", "army")]


@pytest.mark.needs_models
def test_supplying_documents_to_a_reporter_is_no_aid():
    assert roles("The former CIA agent supplied documents to a reporter at the Guardian.",
                 "en") == []


@pytest.mark.needs_models
def test_offering_no_reply_is_no_promise():
    assert roles("Senator Smith was offering no reply to the Russian.", "en") == []


@pytest.mark.needs_models
def test_attributive_proposed_before_adjective_and_noun_is_no_proposal():
    assert roles("The court reviewed the proposed federal projects in Texas.", "en") == []


@pytest.mark.needs_models
def test_verb_after_a_date_number_before_a_title_is_still_a_verb():
    assert roles("A Jerusalem court on March 10 rejected Prime Minister Netanyahu to delay his "
                 "trial.", "en") == [("REJECT", "Jerusalem court", "Prime Minister Netanyahu")]


@pytest.mark.needs_models
def test_killing_a_protected_species_is_no_assault():
    # the attributive participle "protected" does not hide the object's head noun
    assert roles("The White House said federal agencies may now kill a protected species "
                 "without a review.", "en") == []


@pytest.mark.needs_models
def test_killing_armed_militants_is_still_an_assault():
    assert roles("The Pakistani army killed two armed militants in Waziristan.", "en") == [
        ("ASSAULT", "Pakistani army", "two armed militants")]


@pytest.mark.needs_models
def test_asking_leading_questions_is_no_request():
    assert roles("An FBI source said agency rules preclude asking such leading questions.",
                 "en") == []
