"""English roles, round 23: court and crime news -- the person a court acts on (a pronoun
object, a spaced "27 - year - old" compound), who a gerund after a charge verb names as the
doer, and the preposition "on" that YAML would read as a boolean."""

import pytest

from eventcoder.lang import word_set
from eventcoder.pipeline import code_text

PUBLISHED = "2025-03-12"


def roles(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    doc = code_text(text, lang="en", published=PUBLISHED)
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in doc.events if e.type == type_]


def test_on_is_a_preposition_not_a_boolean():
    assert "on" in word_set("en", "prepositions")
    assert "True" not in word_set("en", "prepositions")


@pytest.mark.needs_models
def test_spaced_age_compound_is_one_noun_phrase():
    assert roles("A jury in western Kansas has convicted a 34 - year - old man of killing "
                 "his neighbour.", "ACCUSE") == [("A jury in western Kansas",
                                                  "a 34 - year - old man")]


@pytest.mark.needs_models
def test_object_pronoun_ends_the_object_and_refers_back():
    assert roles("Mark Dolan shot a guard in 2010. When the jury convicted him last month "
                 "of the guard's murder, the family cried.", "ACCUSE") == [
        ("the jury", "Mark Dolan")]


@pytest.mark.needs_models
def test_gerund_after_charge_verb_names_the_accused_as_doer():
    # not "Officials", who opened the trial
    assert ("Officials", "a Tulsa teacher") not in roles(
        "Officials opened the trial of three men accused of killing a Tulsa teacher in 2010.",
        "ASSAULT")


@pytest.mark.needs_models
def test_place_after_on_is_no_modifier_of_the_attack_noun():
    assert ("UN", None) not in roles("Soldiers on Monday killed at least 12 people during an "
                                     "attack on a UN-run clinic in Darfur.", "ASSAULT")
