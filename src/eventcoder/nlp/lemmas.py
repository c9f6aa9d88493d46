"""Lemmas: the model's, simplemma's, or simplemma first with the model as fallback."""

from __future__ import annotations

from functools import cache, lru_cache

import simplemma
from simplemma.strategies.dictionaries import DefaultDictionaryFactory
from spacy.attrs import IS_SPACE, LEMMA, ORTH, POS
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

    Reads the token attributes as arrays (a Token object per read costs more than the rule)
    and writes back only the lemmas that change.
    """
    lang = doc.lang_
    if not len(doc):
        return doc
    lookup = mode == "lookup_first"
    strings = doc.vocab.strings
    keep = {strings.add(pos) for pos in KEEP_POS}
    attrs = doc.to_array([ORTH, POS, IS_SPACE, LEMMA]).tolist()
    for i, (orth, pos, is_space, lemma) in enumerate(attrs):
        if is_space or pos in keep:
            if not lemma:
                doc[i].lemma_ = strings[orth]
            continue
        if lookup:
            known = lookup_lemma(strings[orth], lang)
            if known is not None:
                if strings.add(known) != lemma:
                    doc[i].lemma_ = known
                continue
        if not lemma:
            text = strings[orth]
            doc[i].lemma_ = guess_lemma(text, lang) if any(c.isalpha() for c in text) \
                else text
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
