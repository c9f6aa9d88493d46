"""German sports and culture news: a player who scores ("traf mit einem Schuss"), wins the
ball or whose club hosts a match makes no political event; a referee is no court; a family
name that a first name in the text gives to another person is not the politician of that
name; with sentences written for these tests."""

import pytest
from coding import roles

from eventcoder.pipeline import code_text


def coded(text):
    return roles(text, "de", cameo=True)


def names(text):
    return [(m.text, m.actor.name) for m in code_text(text, lang="de").mentions]


@pytest.mark.needs_models
def test_scoring_is_no_meeting():
    assert coded("Berisha traf in der 28. Minute mit einem Schuss ins lange Eck.") == []
    assert coded("Nach einer Flanke von Huber traf Keita zum 2:0.") == []


@pytest.mark.needs_models
def test_meeting_still_coded():
    assert coded("Berisha traf am Montag in Tirana den Präsidenten.") == [
        ("CONSULT", "040", "Berisha", "Präsidenten")]


@pytest.mark.needs_models
def test_winning_the_ball_is_no_conquest():
    assert coded("Keita eroberte in der eigenen Hälfte den Ball.") == []
    assert coded("Russische Truppen eroberten am Montag die Stadt Awdijiwka.") == [
        ("ASSAULT", "190", "Russische Truppen", None)]


@pytest.mark.needs_models
def test_hosting_a_match_is_no_visit():
    assert coded("Wien empfängt am Sonntag im Rückspiel Salzburg.") == []


@pytest.mark.needs_models
def test_referee_is_no_court():
    assert names("Der Trainer bot dem Schiedsrichter seine Brille an.") == []


@pytest.mark.needs_models
def test_first_name_of_another_bearer():
    assert names("Der Chemiker Douglas Costa forscht in Lissabon. Costa lobte die Regierung "
                 "in Lissabon.") == [("Lissabon", "Portugal"),
                                     ("Regierung in Lissabon", "Portugal")]
    assert coded("Der Stürmer Lukas Berisha wechselt nach Wien. Berisha traf am Samstag den "
                 "Trainer.") == []


@pytest.mark.needs_models
def test_title_before_family_name_keeps_the_politician():
    assert names("Der portugiesische Premier Costa lobte die Regierung in Madrid.") == [
        ("portugiesische Premier Costa", "António Costa"), ("Regierung in Madrid", "Spain")]


@pytest.mark.needs_models
def test_going_to_court_is_no_crackdown():
    # going to court is a lawsuit (ACCUSE 115, test_business_de11), never a crackdown
    got = coded("Die Grünen gingen zivilrechtlich gegen die FPÖ vor.")
    assert [t[:2] for t in got] == [("ACCUSE", "115")]
    assert coded("Die Regierung in Ankara ging wiederholt gegen mutmaßliche Anhänger des "
                 "Predigers vor.") == [("COERCE", "170", "Regierung in Ankara",
                                        "mutmaßliche Anhänger")]
