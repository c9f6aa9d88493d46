"""Targets named in a neighbouring sentence, on sentences written for these tests: a reaction
to accusations answers the accusation aimed at its actor up to two sentences before or after
(`_answered_acts`), and an arrest or attack without a target, told again in the sentence
after or before by the same actor with a target, takes that target (`_spelled_out_acts`)."""

import pytest
from coding import roles


@pytest.mark.needs_models
def test_defence_against_accusations_targets_the_accusers_named_next():
    got = roles("Der ungarische Regierungschef Viktor Orbán hat sich in Budapest gegen Vorwürfe "
                "verteidigt. Mehrere Abgeordnete der Grünen warfen Orbán Korruption vor.", "de")
    assert ("REJECT", "ungarische Regierungschef Viktor Orbán", "Abgeordnete der Grünen") in got


@pytest.mark.needs_models
def test_accusations_against_someone_else_give_no_target():
    got = roles("Der ungarische Regierungschef Viktor Orbán hat sich in Budapest gegen Vorwürfe "
                "verteidigt. Die Grünen warfen dem polnischen Präsidenten Andrzej Duda "
                "Korruption vor.", "de")
    assert ("REJECT", "ungarische Regierungschef Viktor Orbán", None) in got


@pytest.mark.needs_models
def test_rejected_accusations_target_the_accusers_named_after():
    got = roles("Prime Minister Boris Johnson rejected the accusations on Monday. Labour "
                "lawmakers had accused Johnson of lying to parliament.", "en")
    assert ("REJECT", "Prime Minister Boris Johnson", "Labour lawmakers") in got


@pytest.mark.needs_models
def test_accusers_three_sentences_away_are_out_of_reach():
    got = roles("Prime Minister Boris Johnson rejected the accusations on Monday. The talks had "
                "collapsed. The weather was bad. Labour lawmakers had accused Johnson of lying "
                "to parliament.", "en")
    rejects = [g for g in got if g[0] == "REJECT"]
    assert rejects and all(g[2] != "Labour lawmakers" for g in rejects)


@pytest.mark.needs_models
def test_announced_arrest_takes_the_person_named_in_the_next_sentence():
    got = roles("The Dayton police announced on Monday that they have made an arrest in the "
                "shooting. Police said John Miller, 34, was arrested at his home on Sunday.", "en")
    assert ("COERCE", "Dayton police", "John Miller") in got


@pytest.mark.needs_models
def test_arrest_by_another_agency_next_gives_no_target():
    got = roles("The Dayton police announced on Monday that they have made an arrest in the "
                "shooting. The FBI arrested John Miller in Ohio on Sunday.", "en")
    assert ("COERCE", "Dayton police", None) in got
    assert ("COERCE", "FBI", "John Miller") in got

