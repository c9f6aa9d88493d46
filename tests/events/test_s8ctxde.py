"""German demands and rejections whose counterpart the sentence before names: a demanded
penalty targets whom the legal act just before hit; a rejected proposal noun ("das Ansinnen")
targets who made the proposal; with sentences written for these tests."""

import pytest
from coding import roles


@pytest.mark.needs_models
def test_demanded_custody_targets_the_person_charged_just_before():
    assert roles("Wien – Der frühere Bürgermeister Anton Huber wurde am Montag wegen "
                 "Bestechung angeklagt. Die Wiener Staatsanwaltschaft hat Untersuchungshaft "
                 "beantragt.", "de") == [
        ("REQUEST", "Wiener Staatsanwaltschaft", "Bürgermeister")]


@pytest.mark.needs_models
def test_demanded_prison_term_targets_the_person_arrested_two_sentences_before():
    assert roles("Wien – Die Polizei nahm am Montag den Bürgermeister fest. Nach Angaben der "
                 "Polizei sitzt er in einer Zelle. Die Staatsanwaltschaft forderte drei Jahre "
                 "Haft.", "de") == [
        ("COERCE", "Polizei", "Bürgermeister"),
        ("REQUEST", "Staatsanwaltschaft", "Bürgermeister")]


@pytest.mark.needs_models
def test_demanded_penalty_after_plain_criticism_has_no_target():
    # criticism is no legal act: whom it was aimed at is not the one to be jailed
    assert roles("Wien – Innenminister Herbert Kickl kritisierte am Montag die Grünen. Die "
                 "Staatsanwaltschaft forderte drei Jahre Haft.", "de") == [
        ("ACCUSE", "Innenminister Herbert Kickl", "Grünen"),
        ("REQUEST", "Staatsanwaltschaft", None)]


@pytest.mark.needs_models
def test_demanded_penalty_after_two_arrested_persons_has_no_target():
    assert roles("Berlin – Der Minister wurde festgenommen. Der Staatssekretär wurde ebenfalls "
                 "festgenommen. Die Staatsanwaltschaft beantragte Untersuchungshaft.", "de") == [
        ("REQUEST", "Staatsanwaltschaft", None)]


@pytest.mark.needs_models
def test_rejected_request_noun_targets_who_made_the_demand_before():
    assert roles("Verteidigungsminister Gerald Klug forderte am Montag eine Verkleinerung des "
                 "Bundesheeres. Die ÖVP lehnt das Ansinnen ab.", "de") == [
        ("REQUEST", "Verteidigungsminister Gerald Klug", None),
        ("REJECT", "ÖVP", "Verteidigungsminister Gerald Klug")]


@pytest.mark.needs_models
def test_rejecting_this_targets_who_proposed_it_just_before():
    assert roles("Wien – Vergangene Woche haben die Grünen eine Senkung der Mieten "
                 "vorgeschlagen. Die ÖVP hat dies zurückgewiesen.", "de") == [
        ("REJECT", "ÖVP", "Grünen")]


@pytest.mark.needs_models
def test_rejected_proposal_noun_targets_who_spoke_out_for_it():
    assert roles("Wien – Die Landeshauptfrau Johanna Mikl-Leitner spricht sich im Interview "
                 "für eine Senkung der Mieten aus. Die ÖVP lehnt das Ansinnen ab.", "de") == [
        ("REJECT", "ÖVP", "Landeshauptfrau")]


@pytest.mark.needs_models
def test_rejecting_ones_own_proposal_or_a_proposal_two_sentences_back_has_no_target():
    assert roles("Wien – Die Grünen haben eine Senkung der Mieten vorgeschlagen. Die Grünen "
                 "lehnen dies ab.", "de") == [("REJECT", "Grünen", None)]
    assert roles("Wien – Die Grünen haben eine Senkung der Mieten vorgeschlagen. Der Minister "
                 "sprach am Montag. Die ÖVP hat dies zurückgewiesen.", "de") == [
        ("REJECT", "ÖVP", None)]


@pytest.mark.needs_models
def test_proposer_before_an_aside_is_the_target():
    assert roles("Wien – Am Montag haben die Grünen, unterstützt von den Neos, eine Senkung der "
                 "Mieten vorgeschlagen. Die ÖVP hat dies zurückgewiesen.", "de") == [
        ("REJECT", "ÖVP", "Grünen")]


@pytest.mark.needs_models
def test_rejecting_this_as_something_targets_the_proposer():
    assert roles("Wien – Am Montag haben die Grünen eine Senkung der Mieten vorgeschlagen. Die "
                 "ÖVP hat dies als unfinanzierbar zurückgewiesen.", "de") == [
        ("REJECT", "ÖVP", "Grünen")]
