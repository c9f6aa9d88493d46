"""German targets the text names outside the knowledge base: a surname the document wrote
after a first name earlier ("Martin Konečný … gegen Konečný") is a person even where the
tagger takes it for a noun; with sentences written for these tests."""

import pytest
from coding import actors


@pytest.mark.needs_models
def test_surname_written_earlier_after_a_first_name_is_the_measure_target():
    assert actors("Gegen den Chef der Bewegung Martin Konečný wird ermittelt. Die "
                  "Staatsanwaltschaft in Prag habe Ermittlungen wegen Verhetzung gegen "
                  "Konečný aufgenommen, teilte seine Anwältin mit.") == [
        ("ACCUSE", "Staatsanwaltschaft in Prag", "CZE", "Konečný", "CZE")]


@pytest.mark.needs_models
def test_surname_never_written_after_a_first_name_stays_unknown():
    # nothing in the text says that the noun names a person: no event without a target
    assert actors("Die Staatsanwaltschaft hat Ermittlungen gegen Konečný aufgenommen.") == []


@pytest.mark.needs_models
def test_thing_after_gegen_of_a_measure_is_no_target():
    assert actors("Die Staatsanwaltschaft hat Ermittlungen gegen die Reform "
                  "aufgenommen.") == []
