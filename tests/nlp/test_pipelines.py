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
