"""Attribution to sources the text cites without naming them: short English names
(ANNOTATION.md: "activists"), compounds ("nach Pentagon-Angaben"), the longest cue phrase, a
country adjective before the source noun, and generic reporting subjects ("police said")."""

import pytest

from eventcoder.events.attribution import compound_source, source_gloss
from eventcoder.pipeline import code_text


def attributions(text: str, lang: str) -> list[str | None]:
    return [e.attribution for e in code_text(text, lang=lang, published="2025-03-12").events]


def test_compound_names_its_first_part():
    assert compound_source("de", "Pentagon-Angaben") == "Pentagon"
    assert compound_source("de", "Polizeiangaben") == "police"
    assert compound_source("de", "Regierungskreisen") == "government circles"
    assert compound_source("de", "Medienberichten") == "media reports"
    assert compound_source("de", "Angaben") is None  # no first part
    assert compound_source("de", "Aktivisten") is None


def test_source_nouns_have_english_names():
    assert source_gloss("de", "Augenzeugen") == "witnesses"
    assert source_gloss("de", "Anwohnern") == "residents"
    assert source_gloss("de", "Bürgermeister") is None


@pytest.mark.needs_models
@pytest.mark.parametrize("text, expected", [
    ("Die syrische Armee hat nach Pentagon-Angaben die Rebellen in Aleppo angegriffen.",
     "Pentagon"),
    ("Die syrische Armee hat nach Polizeiangaben die Rebellen in Aleppo angegriffen.", "police"),
    # the longest cue wins: "nach Angaben von", not "nach Angaben" + "von Aktivisten"
    ("Die syrische Armee hat nach Angaben von Aktivisten die Rebellen angegriffen.", "activists"),
    ("Die syrische Armee hat laut Augenzeugen die Rebellen angegriffen.", "witnesses"),
    # a country adjective before the source noun: the source is the noun, not the country
    ("Die syrische Armee hat nach Angaben syrischer Aktivisten die Rebellen angegriffen.",
     "Syrian activists"),
    ("Die syrische Armee hat nach Informationen aus Regierungskreisen die Rebellen angegriffen.",
     "government circles"),
])
def test_german_unnamed_sources(text, expected):
    assert attributions(text, "de") == [expected]


@pytest.mark.needs_models
@pytest.mark.parametrize("text, expected", [
    ("The army attacked the rebels, according to Syrian activists.", "Syrian activists"),
    ("The army attacked the rebels, police said.", "police"),
    ("The army attacked the rebels, witnesses told reporters.", "witnesses"),
])
def test_english_unnamed_sources(text, expected):
    assert attributions(text, "en") == [expected]


@pytest.mark.needs_models
def test_named_source_keeps_its_name():
    assert attributions("Die syrische Armee hat laut Reuters die Rebellen angegriffen.",
                        "de") == ["Reuters"]
