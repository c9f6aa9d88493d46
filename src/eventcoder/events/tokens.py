"""A thin view of the parsed sentence the event rules read: words, lemmas, POS, case, clauses.

It works over any spaCy Doc: with a trained pipeline it uses POS, morphology and dependencies;
over a blank one it falls back on word lists and capitalisation, so coding never stops.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import simplemma

from eventcoder.lang import load, word_sets

CLAUSE_PUNCT = {",", ";", ":", "–", "—"}
# quotation marks open and close quotes inside clauses ("warf Russland „gezielte Angriffe“
# vor"); a quote that ends a clause is followed by a comma anyway
# parentheses hold asides ("(SVR)", "(CIA)") inside a clause, so they do not cut it
SENTENCE_END = {".", "!", "?"}
DETERMINERS = word_sets("determiners")


@dataclass
class Word:
    i: int  # index in the sentence view
    text: str
    lower: str
    lemmas: frozenset[str]  # candidate lemmas (model's and simplemma's), lower case
    pos: str  # UPOS or "" when the pipeline has no tagger
    case: str  # Nom, Acc, Dat, Gen or ""
    dep: str
    head: int  # index in the view, -1 for root / unknown
    start: int
    end: int
    tag: str = ""
    gender: str = ""  # Masc, Fem, Neut or "" (from the tagger's morphology)
    number: str = ""  # Sing, Plur or ""
    tense: str = ""  # Pres, Past or "" (finite verbs, from the tagger's morphology)


@dataclass
class SentenceView:
    lang: str
    start: int
    end: int
    words: list[Word] = field(default_factory=list)
    has_pos: bool = False
    has_dep: bool = False

    def word_at(self, char: int) -> int:
        """Index of the word covering character offset `char` (or the next one)."""
        for w in self.words:
            if w.end > char:
                return w.i
        return len(self.words) - 1


@cache
def _simple_lemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang)


def sentence_view(parsed, start: int, end: int, lang: str) -> SentenceView:
    """Words of the parsed Doc between character offsets start and end."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    has_pos = parsed.has_annotation("POS") or parsed.has_annotation("TAG")
    has_dep = parsed.has_annotation("DEP")
    view = SentenceView(lang=lang, start=start, end=end, has_pos=has_pos, has_dep=has_dep)
    kept = [t for t in tokens if not t.is_space]
    index = {t.i: n for n, t in enumerate(kept)}  # doc token index -> word index
    for t in kept:
        lemmas = {t.text.lower(), _simple_lemma(t.text, lang).lower()}
        if t.lemma_:
            lemmas.add(t.lemma_.lower())
        case = t.morph.get("Case")
        gender, number = t.morph.get("Gender"), t.morph.get("Number")
        tense = t.morph.get("Tense")
        head = index.get(t.head.i, -1) if has_dep and t.head.i != t.i else -1
        view.words.append(Word(
            i=len(view.words), text=t.text, lower=t.text.lower(), lemmas=frozenset(lemmas),
            pos=t.pos_ if has_pos else "", case=case[0] if case else "", dep=t.dep_ if has_dep
            else "", head=head, start=t.idx, end=t.idx + len(t.text), tag=t.tag_,
            gender=gender[0] if gender else "", number=number[0] if number else "",
            tense=tense[0] if tense else "",
        ))
    return view


def cue_set(lang: str, key: str):
    """Words, prefixes (from 'word*') and multi-word phrases of one cue category, and whether
    they are lemmas (the `*_verbs` categories) or surface forms (all others: "worden" must
    not count as "werden")."""
    data = load(lang, "cues") or {}
    return _split_cues(tuple(data.get(key) or ()), key.endswith("_verbs"))


@cache
def _split_cues(items: tuple[str, ...], by_lemma: bool = False):
    words, prefixes, phrases = set(), [], []
    for item in items:
        item = str(item).lower().strip()
        if " " in item:
            phrases.append(tuple(item.split()))
        elif item.endswith("*"):
            prefixes.append(item[:-1])
        else:
            words.add(item)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    # indexed by their first word (most words start no phrase); the longest phrase is tried
    # first, so "nach Angaben von" wins over "nach Angaben"
    for phrase in sorted(phrases, key=len, reverse=True):
        by_first.setdefault("*" if phrase[0].endswith("*") else phrase[0], []).append(phrase)
    return frozenset(words), tuple(prefixes), by_first, by_lemma


def matches_cue(view: SentenceView, i: int, cues) -> int:
    """Length of the cue starting at word i (0 when none)."""
    words, prefixes, phrases, by_lemma = cues
    w = view.words[i]
    if view.lang == "en" and i > 0 and w.text[:1].isupper():
        return 0  # "May 14" is a month, "Will Smith" a name: English cues are lower case
    candidates = [*phrases.get(w.lower, ()), *phrases.get("*", ())]
    if by_lemma:
        for lemma in w.lemmas:
            if lemma != w.lower:
                candidates += phrases.get(lemma, ())
    for phrase in candidates:
        n = len(phrase)
        if i + n <= len(view.words) and all(
            _cue_word(view.words[i + k], p, by_lemma) for k, p in enumerate(phrase)
        ):
            return n
    if w.lower in words or (by_lemma and w.lemmas & words):
        return 1
    if any(w.lower.startswith(p) for p in prefixes):
        return 1
    return 0


def _cue_word(w: Word, cue: str, by_lemma: bool) -> bool:
    if cue.endswith("*"):
        return w.lower.startswith(cue[:-1])
    return w.lower == cue or (by_lemma and cue in w.lemmas)


AUX_HINTS = word_sets("auxiliary_forms")
CONJUNCTIONS = word_sets("clause_conjunctions")
SUBORDINATORS = word_sets("subordinators")
COMPARATIVES = word_sets("comparatives")  # "mehr als": the subordinator that follows compares


def is_verbish(view: SentenceView, w: Word) -> bool:
    """A finite or non-finite verb, by POS where there is a tagger, else by word lists."""
    if view.has_pos:
        return w.pos in ("VERB", "AUX")
    return w.lower in AUX_HINTS.get(view.lang, set())


def clause_bounds(view: SentenceView, i: int, mention_words: set[int]) -> tuple[int, int]:
    """The clause around word i: [first, last] word indices, cut at punctuation, subordinators
    and clause-joining conjunctions (not the 'und' inside "die USA und die Ukraine")."""
    words = view.words
    lang = view.lang

    def is_boundary(k: int) -> bool:
        w = words[k]
        if w.text in CLAUSE_PUNCT:
            return True
        if w.lower in SUBORDINATORS.get(lang, set()) and k != i:
            if k > 0 and words[k - 1].lower in COMPARATIVES.get(lang, set()):
                return False  # "wies mehr als 350 Personen zurück": a comparison, no clause
            return not _preposition(view, k)
        if w.lower in CONJUNCTIONS.get(lang, set()):
            prev_in = k - 1 in mention_words or (k - 1 >= 0 and words[k - 1].pos == "PROPN")
            nxt = k + 1
            while nxt < len(words) and words[nxt].lower in DETERMINERS.get(lang, set()):
                nxt += 1
            next_in = nxt in mention_words or (nxt < len(words) and words[nxt].pos == "PROPN")
            return not (prev_in and next_in)
        return False

    first = i
    while first > 0 and not is_boundary(first - 1):
        first -= 1
    last = i
    while last + 1 < len(words) and not is_boundary(last + 1):
        last += 1
    return first, last


def _preposition(view: SentenceView, k: int) -> bool:
    """German 'um' without a zu-infinitive (`_um_preposition`); English 'as' used as a
    preposition: tagged ADP and followed by a noun phrase with no
    verb before the next punctuation ("held civilians as human shields"). ('after', 'since'
    open adjuncts of their own: "arrested X after an encounter in Y".)"""
    if view.lang == "de" and view.words[k].lower == "um":
        return _um_preposition(view, k)
    if view.lang != "en" or not view.has_pos or view.words[k].pos != "ADP" or view.words[
            k].lower != "as":
        return False
    for w in view.words[k + 1:]:
        if w.text in CLAUSE_PUNCT or w.text in SENTENCE_END:
            break
        if w.pos in ("VERB", "AUX"):
            return False
    return True


def _um_preposition(view: SentenceView, k: int) -> bool:
    """German 'um' as a preposition ("die Ermittlungen um eine Strafzahlung einstellen",
    "um die Stadt kämpfen"), not the opener of "um … zu" + infinitive: no zu-infinitive
    before the next punctuation."""
    if not view.has_pos:
        return False
    for w in view.words[k + 1:]:
        if w.text in CLAUSE_PUNCT or w.text in SENTENCE_END:
            break
        if w.lower == "zu" or _zu_infinitive(w):
            return False
    return True


COMPLEMENT_MARKERS = word_sets("complement_markers")


def _zu_preposition(view: SentenceView, k: int) -> bool:
    """German 'zu' as a preposition ("was zu Auseinandersetzungen führte", "zum Rücktritt"):
    the tagger makes it no infinitive marker and no verb follows it."""
    w = view.words[k]
    if view.lang != "de" or w.lower != "zu" or not view.has_pos or k + 1 >= len(view.words):
        return False
    return w.pos == "ADP" and view.words[k + 1].pos not in ("VERB", "AUX")


def _zu_infinitive(w: Word) -> bool:
    """A German infinitive with incorporated zu ("anzuerkennen", "freizulassen")."""
    return "zu" in w.lower[2:-2] and w.lower.endswith("en") and w.text[:1].islower()


def complement_clause(view: SentenceView, clause: tuple[int, int],
                      mention_words: set[int]) -> tuple[int, int] | None:
    """The clause right after `clause` when it completes the verb: a zu-/to-infinitive or a
    that-clause ("versprach, die Militärhilfe für Kiew wieder aufzunehmen")."""
    k = clause[1] + 1
    if k >= len(view.words) or view.words[k].text != ",":
        return None
    if k + 1 >= len(view.words):
        return None
    nxt = clause_bounds(view, k + 1, mention_words)
    # a subordinator at its start belongs to it
    lo = k + 1
    hi = nxt[1]
    if view.words[lo].lower in SUBORDINATORS.get(view.lang, set()):
        hi = clause_bounds(view, min(lo + 1, len(view.words) - 1), mention_words)[1]
    markers = COMPLEMENT_MARKERS.get(view.lang, set())
    words = view.words[lo:hi + 1]
    if any(w.lower in markers and not _zu_preposition(view, w.i) for w in words) or (
            view.lang == "de" and any(_zu_infinitive(w) for w in words)):
        return lo, hi
    # a German zu-infinitive runs to the next comma even past a word the clause splitter
    # takes for a subordinator ("rief X auf, sie als politische Kraft anzuerkennen")
    end = lo
    while end + 1 < len(view.words) and view.words[end + 1].text not in CLAUSE_PUNCT | {
            ".", "!", "?"}:
        end += 1
    if view.lang == "de" and end > hi and any(
            _zu_infinitive(w) or w.lower == "zu" and not _zu_preposition(view, w.i)
            for w in view.words[hi + 1:end + 1]):
        return lo, end
    # German reported speech without "dass": a verb-second clause in the subjunctive
    # ("klagte, es habe Angriffe … gegeben", "warf ihm vor, er sei … eingeknickt")
    reported = set((load(view.lang, "grammar") or {}).get("subjunctive_reported") or ())
    if any(w.lower in reported for w in words[:3]) and not any(
            w.lower in SUBORDINATORS.get(view.lang, set()) for w in words[:1]):
        return lo, hi
    return None
