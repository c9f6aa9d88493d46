import socket

import pytest

from eventcoder.nlp import load_pipeline
from eventcoder.nlp.pipelines import add_fixes


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    load_pipeline.cache_clear()
    yield
    load_pipeline.cache_clear()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_load_without_network(no_network: None, lang: str) -> None:
    nlp = load_pipeline(lang)
    assert nlp.lang == lang
    assert nlp.pipe_names[0] == "eventcoder_numbers"
    assert "eventcoder_sentences" in nlp.pipe_names
    assert nlp.pipe_names[-1] == "eventcoder_lemmas"


def test_pipeline_is_cached() -> None:
    assert load_pipeline("de") is load_pipeline("de")


def test_year_period_split_but_ordinal_kept() -> None:
    nlp = load_pipeline("de")
    toks = [t.text for t in nlp("am 12. März 2025. Laut Reuters")]
    assert toks == ["am", "12.", "März", "2025", ".", "Laut", "Reuters"]


def test_blank_fallback_gets_fixes() -> None:
    import spacy

    nlp = add_fixes(spacy.blank("de"))
    doc = nlp("Es war am 3. Oktober 2024. Danach nicht.")
    assert [s.text for s in doc.sents] == ["Es war am 3. Oktober 2024.", "Danach nicht."]


NUMPY_DECODED = {
    "de": "Der Außenminister Frankreichs traf am Montag in Berlin Angela Merkel. Die Polizei "
          "nahm in Wien zwei Männer fest, wie die Staatsanwaltschaft mitteilte.",
    "en": "The French foreign minister met Angela Merkel in Berlin on Monday. Police in "
          "Vienna arrested two men, prosecutors said.",
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_numpy_decoding_equals_spacys_for_parser_and_ner(lang: str) -> None:
    from eventcoder.nlp import model_path
    from eventcoder.nlp.parser import GreedyParser

    if model_path(lang) is None:
        pytest.skip("needs the shipped trained pipelines")
    nlp = load_pipeline(lang)
    components = dict(nlp._components)
    assert isinstance(components["parser"], GreedyParser)
    assert isinstance(components["ner"], GreedyParser)
    ours = nlp(NUMPY_DECODED[lang])
    theirs = nlp.make_doc(NUMPY_DECODED[lang])
    for _name, proc in nlp._components:  # the same pipeline with spaCy's own decoders
        theirs = (proc.component if isinstance(proc, GreedyParser) else proc)(theirs)
    assert [(t.head.i, t.dep_) for t in ours] == [(t.head.i, t.dep_) for t in theirs]
    assert [(e.start, e.end, e.label_) for e in ours.ents] == [
        (e.start, e.end, e.label_) for e in theirs.ents]
    assert ours.ents  # the sentences name people and places
