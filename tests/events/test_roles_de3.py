"""German roles, round 3, on sentences written for these tests: an actor the coder cannot place
still fills the subject, one actor is never its own counterpart, and a dateline never acts."""

import pytest
from coding import roles

from eventcoder.document import Actor, Mention
from eventcoder.events import _same_actor


def events(text):
    return roles(text, "de")


def mention(text, name, country, sector, start=0, id=None, kind="org"):
    return Mention(start, start + len(text), text, Actor(id, name, country, sector, kind))


def test_same_words_for_one_actor_are_the_same_actor():
    a = mention("Partei", "Austria", "AUT", "PTY")
    b = mention("Partei", "Austria", "AUT", "PTY", start=40)
    assert _same_actor(a, b)


def test_a_known_organisation_under_two_names_is_the_same_actor():
    a = mention("UNO", "UN", None, "IGO", id="un", kind="igo")
    b = mention("Vereinte Nationen", "UN", None, "IGO", start=30, id="un", kind="igo")
    assert _same_actor(a, b)


def test_a_states_agencies_are_not_the_same_actor():
    """The central government and a province both resolve to the state: two actors."""
    a = mention("Zentralregierung", "Chile", "CHL", "GOV", id="chl", kind="state")
    b = mention("Provinzverwaltung", "Chile", "CHL", "GOV", start=50, id="chl", kind="state")
    assert not _same_actor(a, b)


def test_different_sectors_are_different_actors():
    a = mention("Armee", "Mali", "MLI", "MIL")
    b = mention("Zivilisten", "Mali", "MLI", "CVL", start=30)
    assert not _same_actor(a, b)


@pytest.mark.needs_models
def test_an_unplaced_subject_in_the_prefield_is_no_target_turned_source():
    """'Der Bürgermeister' has no country; the minister after the verb is its object, never the
    one who criticises."""
    evs = events("Der Bürgermeister kritisierte SPÖ-Ministerin Brigitte Lahner scharf.")
    assert not [e for e in evs if e[1] and "Lahner" in e[1]], evs


@pytest.mark.needs_models
def test_a_placed_subject_still_acts_on_the_minister():
    evs = events("Die ÖVP kritisierte Innenminister Karl Huber wegen der Abschiebungen.")
    assert ("ACCUSE", "ÖVP", "Innenminister Karl Huber") in evs, evs


@pytest.mark.needs_models
def test_the_dateline_is_no_actor_and_the_midfield_noun_is_the_subject():
    """'Brüssel –' says where; after an adverbial prefield the first noun phrase after the
    finite verb is the subject."""
    evs = events("Brüssel – Im Zusammenhang mit dem Anschlag hat die belgische "
                 "Staatsanwaltschaft am Montag gegen einen Verdächtigen Anklage erhoben.")
    assert evs == [("ACCUSE", "belgische Staatsanwaltschaft", None)], evs


@pytest.mark.needs_models
def test_a_dateline_city_named_again_in_the_sentence_still_counts():
    evs = events("Moskau – Im Streit um die Ukraine hat die Regierung die Sanktionen der EU "
                 "scharf kritisiert.")
    assert ("ACCUSE", "Regierung", "EU") in evs, evs


@pytest.mark.needs_models
def test_a_midfield_object_marked_by_its_article_is_no_subject():
    evs = events("Am Montag hat den Innenminister Karl Huber die ÖVP scharf kritisiert.")
    assert not [e for e in evs if e[1] == "Innenminister Karl Huber"], evs


@pytest.mark.needs_models
def test_a_noun_inside_an_adverbial_prefield_is_no_target():
    """'Nach dem Treffen mit der EU hat …': the EU is in the adverbial, not the object."""
    text = "Nach dem Treffen mit der EU hat die türkische Regierung die Pläne scharf kritisiert."
    assert events(text) == []  # criticism aimed at no actor is not coded
    assert roles(text, "de", dropped=True) == [("ACCUSE", "türkische Regierung", None)]


@pytest.mark.needs_models
def test_an_adverbial_prefield_leaves_the_midfield_subject_the_source():
    evs = events("Wegen der Angriffe der PKK hat die türkische Regierung die Gespräche mit der "
                 "EU abgebrochen.")
    assert ("SANCTION", "türkische Regierung", "EU") in evs, evs


@pytest.mark.needs_models
def test_a_focus_particle_before_an_object_is_no_adverbial_prefield():
    evs = events("Auch den Grünen macht die ÖVP ein Angebot.")
    assert ("AGREE", "ÖVP", "Grünen") in evs, evs
