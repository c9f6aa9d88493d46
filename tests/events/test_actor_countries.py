"""Countries of event actors: refugees acted on by a state's police keep no country of that
state; a minister placed by the party in brackets keeps it in the event."""

import pytest

from eventcoder.pipeline import code_text


def actors(text, lang="de"):
    return [(e.type, e.source.text if e.source else None,
             e.source.actor.country if e.source else None,
             e.target.text if e.target else None,
             e.target.actor.country if e.target else None)
            for e in code_text(text, lang=lang, published="2025-03-12").events]


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
