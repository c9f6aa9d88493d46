"""English roles, round 2: the victim of a violent event noun, and who a passive with a
pronoun or no subject of its own acts on."""

import pytest

from eventcoder.pipeline import code_text

PUBLISHED = "2025-03-12"


def roles(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    doc = code_text(text, lang="en", published=PUBLISHED)
    return [(e.source.text if e.source else None, e.target.text if e.target else None)
            for e in doc.events if e.type == type_]


@pytest.mark.needs_models
def test_the_shooting_of_x_names_the_victim():
    assert roles("The protests followed the fatal police shooting of a 17-year-old student "
                 "in Lyon.", "ASSAULT") == [("police", "a 17-year-old student")]


@pytest.mark.needs_models
@pytest.mark.parametrize("text,type_,expected", [
    # a relative 'who' stands for the noun it hangs on
    ("A reputed gang leader who was arrested in a big raid by Spanish police killed himself "
     "in his cell.", "COERCE", ("Spanish police", "gang leader")),
    ("Police in Ohio said Tom Hale, who was arrested on Friday, faces murder charges.",
     "COERCE", ("Police", "Tom Hale")),
    # no subject of its own: the subject of the verb it depends on
    ("A reputed gang leader killed himself in his cell hours after being arrested by Spanish "
     "police.", "COERCE", ("Spanish police", "gang leader")),
    # only a judge, jury or court sentences (prosecutors do not: tests/events/test_courts_en.py)
    ("Karl Benning is scheduled to be sentenced in May, the judge said.", "COERCE",
     ("judge", "Karl Benning")),
])
def test_passive_patient_without_a_noun_subject(text, type_, expected):
    assert roles(text, type_) == [expected]


@pytest.mark.needs_models
def test_he_was_charged_refers_to_the_one_arrested_before():
    found = roles("Police arrested Mark Dellow after a brawl in a bar. He has been charged "
                  "with assault, police said.", "ACCUSE")
    assert found == [("police", "Mark Dellow")]


@pytest.mark.needs_models
def test_he_is_the_name_a_sentence_before_began_with():
    found = roles("A jury convicted two men on Friday. Hank Molder faces life in prison. He "
                  "will be sentenced in June.", "COERCE")
    assert found == [("A jury", "Hank Molder")]


@pytest.mark.needs_models
def test_relative_after_of_stands_for_the_nearer_noun():
    found = roles("Neighbours of the dead teen, who was hit by police bullets, protested on "
                  "Monday.", "ASSAULT")
    assert [t for _, t in found] == ["the dead teen"]


@pytest.mark.needs_models
def test_he_is_a_person_outside_the_kb_named_since_the_last_kb_person():
    doc = code_text("Senator Bernie Sanders visited the prison in March. Prisoner Jim Kellog "
                    "escaped from it in May. Kellog was at large for a week. He asked the "
                    "police for help.", lang="en", published=PUBLISHED)
    asks = [e for e in doc.events if e.type == "REQUEST"]
    assert [e.source.text for e in asks] == ["Kellog"]


@pytest.mark.needs_models
@pytest.mark.parametrize("text,sources", [
    # the state or force named in the weapon's phrase
    ("Two Israeli missiles hit a house in Gaza City on Monday.", ["Israeli"]),
    ("The teen was hit by police bullets, his family said.", ["police"]),
    # the attacker of the attack just reported (the building hit is no target, so that hit
    # is the attack itself, merged with it)
    ("Taliban fighters attacked a police post in Helmand. Rockets hit the building and killed "
     "two officers.", ["Taliban fighters"] * 2),
    # an actor right before the weapon
    ("Syrian government warplanes shelled a rebel camp near the border on Friday.",
     ["Syrian government"]),
])
def test_a_weapon_acts_for_whoever_uses_it(text, sources):
    doc = code_text(text, lang="en", published=PUBLISHED)
    assert [e.source.text for e in doc.events if e.type == "ASSAULT"] == sources
