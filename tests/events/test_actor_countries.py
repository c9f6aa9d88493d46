"""Countries of event actors: refugees acted on by a state's police keep no country of that
state; a minister placed by the party in brackets keeps it in the event."""

import pytest
from coding import actors


@pytest.mark.needs_models
def test_refugees_arrested_by_police_are_not_of_the_police_country():
    assert actors("Linz – Die ungarische Polizei hat am Dienstag Flüchtlinge festgenommen.") == [
        ("COERCE", "ungarische Polizei", "HUN", "Flüchtlinge", None)]
    assert actors("Hungarian police detained dozens of refugees on Tuesday.", "en") == [
        ("COERCE", "Hungarian police", "HUN", "refugees", None)]


@pytest.mark.needs_models
def test_refugees_from_a_named_country_keep_it_in_the_event():
    assert actors("Linz – Die ungarische Polizei hat am Dienstag Flüchtlinge aus Eritrea "
                  "festgenommen.") == [
        ("COERCE", "ungarische Polizei", "HUN", "Flüchtlinge aus Eritrea", "ERI")]
