"""Parse and NER checks on the shipped trained pipelines (skipped when a model is absent)."""

import pytest

from eventcoder.document import Document
from eventcoder.nlp import analyze, model_path


def parse(text: str, lang: str):  # noqa: ANN201 - a spaCy Doc
    if model_path(lang) is None:
        pytest.skip(f"no shipped {lang} model")
    return analyze(Document(id="t", text=text, lang=lang)).parsed


def deps(doc) -> dict[str, str]:  # noqa: ANN001
    return {t.text: t.dep_ for t in doc}


def ents(doc) -> set[tuple[str, str]]:  # noqa: ANN001
    return {(e.text, e.label_) for e in doc.ents}


def test_german_subject_and_object() -> None:
    doc = parse("Der Minister traf den Präsidenten in Berlin.", "de")
    d = deps(doc)
    assert d["Minister"] == "nsubj"
    assert d["Präsidenten"] == "obj"
    assert doc[2].dep_ == "ROOT" and doc[2].pos_ == "VERB"
    assert "Case=Acc" in str(doc[4].morph)


def test_german_object_first() -> None:
    doc = parse("Den Vorschlag lehnte die Regierung ab.", "de")
    d = deps(doc)
    assert d["Regierung"] == "nsubj"
    assert d["Vorschlag"] == "obj"
    assert d["ab"] == "compound:prt"


def test_german_entities() -> None:
    doc = parse("Bundeskanzler Olaf Scholz traf Emmanuel Macron in Paris.", "de")
    found = ents(doc)
    assert ("Olaf Scholz", "PER") in found
    assert ("Emmanuel Macron", "PER") in found
    assert ("Paris", "LOC") in found


def test_english_subject_and_object() -> None:
    doc = parse("The minister met the president in Berlin.", "en")
    d = deps(doc)
    assert d["minister"] == "nsubj"
    assert d["president"] == "obj"
    assert doc[2].dep_ == "ROOT" and doc[2].lemma_ == "meet"


def test_english_entities() -> None:
    doc = parse("Barack Obama visited Paris with officials from Microsoft.", "en")
    found = ents(doc)
    assert ("Barack Obama", "PER") in found
    assert ("Paris", "LOC") in found
    assert ("Microsoft", "ORG") in found
