"""Token fixes on top of spaCy's tokenizer: split a sentence-final period off numbers."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventcoder.nlp.lang_data import MONTHS, SENTENCE_STARTERS

NUMBER_PERIOD = re.compile(r"^\d+\.$")
YEAR_PERIOD = re.compile(r"^(1\d{3}|2[01]\d{2})\.$")


def _next_word(doc: Doc, i: int) -> Token | None:
    """The next non-space token after position i, or None at the end of the text."""
    for tok in doc[i + 1:]:
        if not tok.is_space:
            return tok
    return None


def _newline_follows(doc: Doc, i: int) -> bool:
    """True if a line break (or the end of the text) follows token i."""
    if "\n" in doc[i].whitespace_:
        return True
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    return nxt.is_space and "\n" in nxt.text


def number_period_is_final(doc: Doc, i: int, lang: str) -> bool:
    """Decide whether the period of a token like "2025." ends a sentence (vs. an ordinal "12.")."""
    tok = doc[i]
    if _newline_follows(doc, i):
        return True
    nxt = _next_word(doc, i)
    if nxt is None:
        return True
    if nxt.text in MONTHS.get(lang, ()):
        return False  # "am 12. März", "im 2025. Mai" does not occur
    if YEAR_PERIOD.match(tok.text):
        return nxt.text[:1].isupper() or not nxt.text[:1].isalpha()
    return nxt.text in SENTENCE_STARTERS.get(lang, ())


def split_number_periods(doc: Doc) -> Doc:
    """Split "2025." into "2025" + "." where the period ends a sentence; keep ordinals whole."""
    lang = doc.lang_
    targets = [tok for tok in doc if NUMBER_PERIOD.match(tok.text)
               and number_period_is_final(doc, tok.i, lang)]
    if not targets:
        return doc
    with doc.retokenize() as retok:
        for tok in targets:
            retok.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    return doc


@Language.component("eventcoder_numbers")
def eventcoder_numbers(doc: Doc) -> Doc:
    """Pipeline component wrapping split_number_periods."""
    return split_number_periods(doc)
