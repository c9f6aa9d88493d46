import pytest

from eventcoder.document import Document
from eventcoder.nlp import analyze
from eventcoder.nlp.lemmas import lookup_lemma


def lemmas(text: str, lang: str) -> dict[str, str]:
    doc = analyze(Document(id="t", text=text, lang=lang)).parsed
    return {t.text: t.lemma_ for t in doc}


@pytest.mark.parametrize(("form", "lemma"), [
    ("einigten", "einigen"), ("lehnte", "lehnen"), ("hielten", "halten"),
    ("geführt", "führen"), ("Gesprächen", "Gespräch"),
])
def test_simplemma_lookup_de(form: str, lemma: str) -> None:
    assert lookup_lemma(form, "de") == lemma


def test_unknown_word_is_not_looked_up() -> None:
    assert lookup_lemma("Xyzqwv", "de") is None


def test_pipeline_lemmas_de() -> None:
    got = lemmas("Die Minister einigten sich nach Gesprächen. Er lehnte ab. Sie hielten "
                 "Konsultationen ab und hatten ein Gespräch geführt.", "de")
    assert got["einigten"] == "einigen"
    assert got["Gesprächen"] == "Gespräch"
    assert got["lehnte"] == "lehnen"
    assert got["hielten"] == "halten"
    assert got["geführt"] == "führen"


def test_every_token_has_a_lemma() -> None:
    doc = analyze(Document(id="t", text="The ministers held talks in Berlin.", lang="en")).parsed
    assert all(t.lemma_ for t in doc)
    assert {t.text: t.lemma_ for t in doc}["held"] == "hold"
