"""Rule-based sentence boundaries: punctuation, abbreviations, ordinals and line breaks."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokens import Doc

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
DATELINE_DASHES = frozenset({"–", "—", "--"})  # not "-": "T - Shirt", "Al-Qaeda"
DATELINE_WORDS = 4  # "Wien –", "Gaza/Jerusalem –", "Washington/Moskau/Kiew –"


class _Tokens:
    """The token attributes the rules read, taken from the Doc once: indexing a Doc builds a
    Token object on every access, and the rules look at each token several times."""

    __slots__ = ("idx", "space", "text", "whitespace")

    def __init__(self, doc: Doc) -> None:
        self.text = [t.text for t in doc]
        self.space = [t.is_space for t in doc]
        self.whitespace = [t.whitespace_ for t in doc]
        self.idx = [t.idx for t in doc]


def is_closer(toks: _Tokens, i: int, closers: frozenset[str]) -> bool:
    """A closing quote or bracket; straight quotes close only when attached to the word before."""
    text = toks.text[i]
    if text not in closers:
        return False
    return text not in AMBIGUOUS_QUOTES or (i > 0 and toks.whitespace[i - 1] == "")


def hard_wrapped(text: str) -> int:
    """The wrap width if the text looks hard-wrapped (many lines, none long), else 0."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    widths = [len(ln) for ln in lines if ln]
    if len([w for w in widths if w >= 40]) < 3 or max(widths) > 100:
        return 0
    return max(widths)


def line_break_is_boundary(text: str, space: str, idx: int, wrap: int) -> bool:
    """A blank line always ends a sentence; a single line break (the space token `space` at
    character `idx` of `text`) does unless the text is hard-wrapped and the line before it
    runs to the wrap width."""
    if space.count("\n") >= 2 or not wrap:
        return True
    line_start = text.rfind("\n", 0, idx) + 1
    return idx - line_start < 0.6 * wrap


def is_abbreviation(text: str, lang: str) -> bool:
    """A multi-character token ending in a period that is not a sentence end ("Dr.", "12.")."""
    if len(text) < 2 or not text.endswith("."):
        return False
    return (text in ABBREVIATIONS.get(lang, ()) or bool(ORDINAL.match(text))
            or bool(INITIAL.match(text)) or text[:-1].isalpha() or "." in text[:-1])


def _ends_sentence(toks: _Tokens, i: int, closers: frozenset[str]) -> bool:
    """True if token i is terminal punctuation, possibly followed by closing quotes/brackets."""
    j = i
    while j >= 0 and is_closer(toks, j, closers):
        j -= 1
    if j < 0:
        return False
    text = toks.text[j]
    return text in TERMINALS or text in EMOTICONS or bool(PUNCT_RUN.match(text))


def _dateline_ends(texts: list[str], begin: int, i: int) -> bool:
    """Token i-1 is the dash of a dateline that opens the sentence begun at `begin` ("Wien –
    Der Minister …"): a few capitalised words (or "/" between them) before it, a capitalised
    word after. Parsed as one sentence, the place becomes the clause's root."""
    words = texts[begin:i - 1]
    return (texts[i - 1] in DATELINE_DASHES and 0 < len(words) <= DATELINE_WORDS
            and all(w == "/" or w[:1].isupper() for w in words) and texts[i][:1].isupper())


def sentence_starts(doc: Doc, full: bool = True) -> list[bool | None]:
    """Per token: True (starts a sentence), False (does not) or None (leave to the model)."""
    lang = doc.lang_
    closers = CLOSERS.get(lang, CLOSERS["en"])
    final_abbreviations = FINAL_ABBREVIATIONS.get(lang, ())
    starters = SENTENCE_STARTERS.get(lang, ())
    doc_text = doc.text
    wrap = hard_wrapped(doc_text)
    other = False if full else None
    toks = _Tokens(doc)
    texts, spaces = toks.text, toks.space
    starts: list[bool | None] = []
    has_content = False  # the current sentence has a non-space token
    begin = 0  # the first token of the current sentence
    for i, text in enumerate(texts):
        is_space = spaces[i]
        if i == 0:
            starts.append(True)
            has_content = not is_space
            continue
        prev = texts[i - 1]
        if is_space:
            start: bool | None = False
        elif spaces[i - 1] and "\n" in prev and line_break_is_boundary(
                doc_text, prev, toks.idx[i - 1], wrap):
            start = True
        elif is_abbreviation(prev, lang):
            start = prev in final_abbreviations and text in starters
        elif is_closer(toks, i, closers) or PUNCT_RUN.match(text) or text in EMOTICONS:
            start = False
        elif _ends_sentence(toks, i - 1, closers) or (
                spaces[i - 1] and i >= 2 and _ends_sentence(toks, i - 2, closers)):
            start = not text[:1].islower()
        elif _dateline_ends(texts, begin, i):
            start = True
        else:
            start = other
        if start and not has_content:
            start = False  # leading space belongs to the first sentence
        if start:
            has_content = not is_space
            begin = i
        elif not is_space:
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
