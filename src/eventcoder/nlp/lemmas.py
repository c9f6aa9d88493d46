"""Lemmas from simplemma for tokens the model left without one (or for a blank pipeline)."""

from __future__ import annotations

from functools import lru_cache

import simplemma
from spacy.language import Language
from spacy.tokens import Doc

KEEP_POS = frozenset({"PROPN", "PUNCT", "NUM", "SYM", "SPACE", "X"})


@lru_cache(maxsize=200_000)
def lookup_lemma(word: str, lang: str) -> str:
    """simplemma's lemma for one word form (cached)."""
    if not any(ch.isalpha() for ch in word):
        return word
    try:
        return simplemma.lemmatize(word, lang=lang)
    except ValueError:  # language simplemma does not know
        return word


def fill_lemmas(doc: Doc, overwrite: bool = False) -> Doc:
    """Give every token a lemma: keep the model's, else look it up in simplemma."""
    lang = doc.lang_
    for tok in doc:
        if tok.lemma_ and not overwrite:
            continue
        if tok.is_space or tok.pos_ in KEEP_POS:
            tok.lemma_ = tok.text
        else:
            tok.lemma_ = lookup_lemma(tok.text, lang)
    return doc


@Language.factory("eventcoder_lemmas", default_config={"overwrite": False})
def make_lemmas(nlp: Language, name: str, overwrite: bool) -> LemmaFiller:
    """Factory for the lemma filler component."""
    return LemmaFiller(overwrite)


class LemmaFiller:
    """Pipeline component: fill missing lemmas from simplemma."""

    def __init__(self, overwrite: bool = False) -> None:
        self.overwrite = overwrite

    def __call__(self, doc: Doc) -> Doc:
        return fill_lemmas(doc, self.overwrite)
