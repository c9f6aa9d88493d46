"""Rule-based sentence boundaries: punctuation, abbreviations, ordinals and line breaks."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc, Token

from eventcoder.nlp.lang_data import (
    ABBREVIATIONS,
    CLOSERS,
    EMOTICONS,
    FINAL_ABBREVIATIONS,
    SENTENCE_STARTERS,
    TERMINALS,
)

ORDINAL = re.compile(r"^\d+\.$")
INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
AMBIGUOUS_QUOTES = frozenset({'"', "'"})
PUNCT_RUN = re.compile(r"^[.!?…]+$")


def is_closer(doc: Doc, i: int, lang: str) -> bool:
    """A closing quote or bracket; straight quotes close only when attached to the word before."""
    text = doc[i].text
    if text not in CLOSERS.get(lang, CLOSERS["en"]):
        return False
    return text not in AMBIGUOUS_QUOTES or (i > 0 and doc[i - 1].whitespace_ == "")


def hard_wrapped(text: str) -> int:
    """The wrap width if the text looks hard-wrapped (many lines, none long), else 0."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    widths = [len(ln) for ln in lines if ln]
    if len([w for w in widths if w >= 40]) < 3 or max(widths) > 100:
        return 0
    return max(widths)


def line_break_is_boundary(doc: Doc, space: Token, wrap: int) -> bool:
    """A blank line always ends a sentence; a single line break does unless the text is
    hard-wrapped and the line before it runs to the wrap width."""
    if space.text.count("\n") >= 2 or not wrap:
        return True
    line_start = doc.text.rfind("\n", 0, space.idx) + 1
    return space.idx - line_start < 0.6 * wrap


def is_abbreviation(tok: Token, lang: str) -> bool:
    """A multi-character token ending in a period that is not a sentence end ("Dr.", "12.")."""
    text = tok.text
    if len(text) < 2 or not text.endswith("."):
        return False
    return (text in ABBREVIATIONS.get(lang, ()) or bool(ORDINAL.match(text))
            or bool(INITIAL.match(text)) or text[:-1].isalpha() or "." in text[:-1])


def _ends_sentence(doc: Doc, i: int, lang: str) -> bool:
    """True if token i is terminal punctuation, possibly followed by closing quotes/brackets."""
    j = i
    while j >= 0 and is_closer(doc, j, lang):
        j -= 1
    if j < 0:
        return False
    text = doc[j].text
    return text in TERMINALS or text in EMOTICONS or bool(PUNCT_RUN.match(text))


def sentence_starts(doc: Doc, full: bool = True) -> list[bool | None]:
    """Per token: True (starts a sentence), False (does not) or None (leave to the model)."""
    lang = doc.lang_
    wrap = hard_wrapped(doc.text)
    other = False if full else None
    starts: list[bool | None] = []
    has_content = False  # the current sentence has a non-space token
    for i, tok in enumerate(doc):
        if i == 0:
            starts.append(True)
            has_content = not tok.is_space
            continue
        prev = doc[i - 1]
        if tok.is_space:
            start: bool | None = False
        elif prev.is_space and "\n" in prev.text and line_break_is_boundary(doc, prev, wrap):
            start = True
        elif is_abbreviation(prev, lang):
            start = (prev.text in FINAL_ABBREVIATIONS.get(lang, ())
                     and tok.text in SENTENCE_STARTERS.get(lang, ()))
        elif is_closer(doc, i, lang) or PUNCT_RUN.match(tok.text) or tok.text in EMOTICONS:
            start = False
        elif _ends_sentence(doc, i - 1, lang) or (
                prev.is_space and i >= 2 and _ends_sentence(doc, i - 2, lang)):
            start = not tok.text[:1].islower()
        else:
            start = other
        if start and not has_content:
            start = False  # leading space belongs to the first sentence
        if start:
            has_content = not tok.is_space
        elif not tok.is_space:
            has_content = True
        starts.append(start)
    return starts


# token.sent_start values of True, False and None (unknown)
SENT_START_VALUES = {True: 1, False: -1, None: 0}


def set_sentences(doc: Doc, full: bool = True) -> Doc:
    """Write the rule decisions into token.is_sent_start, all in one array: setting
    `tok.is_sent_start` token by token checks the whole Doc for a parse every time."""
    if not len(doc):
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # as the token setter does: a parse fixes the sentences
    values = [SENT_START_VALUES[start] for start in sentence_starts(doc, full)]
    doc.from_array([SENT_START], numpy.array(values, dtype="int64").astype("uint64"))
    return doc


@Language.factory("eventcoder_sentences", default_config={"full": True})
def make_sentences(nlp: Language, name: str, full: bool) -> SentenceRules:
    """Factory for the sentence rule component."""
    return SentenceRules(full)


class SentenceRules:
    """Pipeline component: rule sentence boundaries (full) or constraints for a parser."""

    def __init__(self, full: bool = True) -> None:
        self.full = full

    def __call__(self, doc: Doc) -> Doc:
        return set_sentences(doc, self.full)
