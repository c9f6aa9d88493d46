"""Lemmas: the model's, simplemma's, or simplemma first with the model as fallback."""

from __future__ import annotations

from functools import cache, lru_cache

import simplemma
from simplemma.strategies.dictionaries import DefaultDictionaryFactory
from spacy.language import Language
from spacy.tokens import Doc

KEEP_POS = frozenset({"PROPN", "PUNCT", "NUM", "SYM", "SPACE", "X"})
MODES = ("fill", "lookup_first")


@cache
def _dictionary(lang: str):  # noqa: ANN202 - simplemma's mapping type
    """simplemma's word form -> lemma dictionary for `lang` (None if it has none)."""
    try:
        return DefaultDictionaryFactory().get_dictionary(lang)
    except (ValueError, KeyError, OSError):
        return None


@lru_cache(maxsize=200_000)
def lookup_lemma(word: str, lang: str) -> str | None:
    """simplemma's lemma for a word form its dictionary knows, else None (cached)."""
    if not any(ch.isalpha() for ch in word):
        return None
    table = _dictionary(lang)
    if table is None:
        return None
    # a plain dictionary lookup: simplemma.is_known costs ~0.3 ms on unknown words
    lemma = table.get(word)
    if lemma is None and word[:1].isupper():
        lemma = table.get(word.lower())
    return lemma


def guess_lemma(word: str, lang: str) -> str:
    """simplemma's lemma or best guess (it strips known endings of unknown words)."""
    try:
        return simplemma.lemmatize(word, lang=lang)
    except ValueError:
        return word


def fill_lemmas(doc: Doc, mode: str = "fill") -> Doc:
    """Give every token a lemma.

    fill: keep the model's lemma, look up only tokens without one.
    lookup_first: simplemma's lemma for words it knows, else the model's, else a guess.
    """
    lang = doc.lang_
    for tok in doc:
        if tok.is_space or tok.pos_ in KEEP_POS:
            if not tok.lemma_:
                tok.lemma_ = tok.text
            continue
        if mode == "lookup_first":
            known = lookup_lemma(tok.text, lang)
            if known is not None:
                tok.lemma_ = known
                continue
        if not tok.lemma_:
            tok.lemma_ = guess_lemma(tok.text, lang) if any(c.isalpha() for c in tok.text) \
                else tok.text
    return doc


@Language.factory("eventcoder_lemmas", default_config={"mode": "fill"})
def make_lemmas(nlp: Language, name: str, mode: str) -> LemmaFiller:
    """Factory for the lemma component."""
    if mode not in MODES:
        raise ValueError(f"E002: unknown lemma mode {mode!r}, expected one of {MODES}")
    return LemmaFiller(mode)


class LemmaFiller:
    """Pipeline component: lemmas from the model and/or simplemma."""

    def __init__(self, mode: str = "fill") -> None:
        self.mode = mode

    def __call__(self, doc: Doc) -> Doc:
        return fill_lemmas(doc, self.mode)
