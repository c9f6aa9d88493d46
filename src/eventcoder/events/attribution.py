"""Who the document says a claim comes from: "laut Reuters", "Analysten zufolge",
"wie der SVR mitteilte", "berichtete die Agentur", "according to", "X said" — carried over to
the reported-speech sentences that follow."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventcoder.document import Mention
from eventcoder.events.roles import MentionSlot
from eventcoder.events.tokens import (
    CLAUSE_PUNCT,
    SentenceView,
    Word,
    clause_bounds,
    cue_set,
    matches_cue,
)
from eventcoder.events.triggers import _verb_lemmas
from eventcoder.lang import load, word_set


@dataclass
class Attribution:
    name: str
    mention: Mention | None  # the mention that names the source, kept out of event roles
    clause: tuple[int, int]  # the words of the attribution phrase or reporting clause
    how: str
    speculative: bool = False  # the source only guesses (analysts, observers)


def _noun_phrase(view: SentenceView, start: int, step: int) -> list[Word]:
    """Up to four words from `start` in direction `step`, stopping at punctuation and verbs;
    without determiners and the words `skip` in `<lang>/sources.yaml` ("von", "aus")."""
    skip = word_set(view.lang, "skip", "sources")
    words = []
    k = start
    while 0 <= k < len(view.words) and len(words) < 4:
        w = view.words[k]
        if w.text in CLAUSE_PUNCT or w.text in {".", "!", "?"} or w.pos in ("VERB", "AUX") \
                or w.pos == "NUM" or w.text[:1].isdigit():
            break
        words.append(w)
        k += step
    if step < 0:
        words.reverse()
    words = [w for w in words if w.lower not in skip]
    if view.lang == "de":  # the noun phrase ends at its (first) capitalised head
        caps = [n for n, w in enumerate(words) if w.text[:1].isupper()]
        if caps:
            words = words[: caps[0] + 1] if step > 0 else words[caps[-1]:]
    return words


@cache
def _sources(lang: str) -> dict:
    return load(lang, "sources") or {}


def compound_source(lang: str, word: str) -> str | None:
    """The source a compound names by its first part: "Pentagon-Angaben" → Pentagon,
    "Polizeiangaben" → police, "Regierungskreisen" → government circles."""
    data = _sources(lang)
    glosses = data.get("glosses") or {}
    linking = tuple(data.get("linking_s_after") or ())
    low = word.lower()
    for head, added in (data.get("compound_heads") or {}).items():
        if not low.endswith(head) or len(low) - len(head) < 2:
            continue
        first = word[: len(word) - len(head)].rstrip("-")
        if first.lower().endswith("s") and first.lower()[:-1].endswith(linking):
            first = first[:-1]
        if len(first) < 2:
            continue
        return f"{glosses.get(first.lower(), first)} {added or ''}".strip()
    return None


def source_gloss(lang: str, word: str) -> str | None:
    """English short name of a cited source noun ("Aktivisten" → activists), or None."""
    glosses = _sources(lang).get("glosses") or {}
    return glosses.get(word.lower()) or compound_source(lang, word)


def _phrase_name(view: SentenceView, words: list[Word], slots: list[MentionSlot],
                 country: str | None = None) -> str | None:
    """The short name of a cited source no mention names: the English gloss of its head noun,
    after the English adjective of a country that modifies it ("syrischer Aktivisten" → Syrian
    activists); the words as written when the head has no gloss."""
    if not words:
        return None
    gloss = source_gloss(view.lang, words[-1].text)
    if not gloss:
        return " ".join(w.text for w in words)
    for w in words[:-1]:
        slot = _slot_at(slots, w.i, w.i)
        if slot is not None and slot.mention.actor.kind == "state":
            country = slot.mention.actor.id
        if country:
            adjective = _english_adjective(country)
            if adjective:
                return f"{adjective} {gloss}"
    return gloss


@cache
def _english_adjective(country: str | None) -> str | None:
    from eventcoder.resolve.kb import country_rows

    row = country_rows().get(country or "") or {}
    return next(iter(row.get("en_adj") or ()), None)


def _modifier(view: SentenceView, slot: MentionSlot) -> bool:
    """The mention only modifies the noun after it ("syrischer Aktivisten", "Syrian
    activists"): the source is that noun."""
    nxt = slot.last + 1
    return (nxt < len(view.words) and view.words[slot.last].pos == "ADJ"
            and view.words[nxt].pos == "NOUN")


def _slot_at(slots: list[MentionSlot], lo: int, hi: int) -> MentionSlot | None:
    inside = [s for s in slots if lo <= s.first and s.last <= hi]
    return inside[0] if inside else None


def _name(slot: MentionSlot, view: SentenceView | None = None) -> str:
    """The source's short name: the actor's canonical name; for an actor the KB does not
    know by name, its office or the words that describe it, after its country's English
    adjective ("die Polizei" in an Austrian story → Austrian Police, "syrischer Aktivisten" →
    Syrian activists), never the bare country."""
    a = slot.mention.actor
    if a.id is None and a.kind == "group" and view is not None \
            and source_gloss(view.lang, view.words[slot.last].text):
        skip = word_set(view.lang, "skip", "sources")
        words = [w for w in view.words[slot.first:slot.last + 1] if w.lower not in skip]
        return _phrase_name(view, words, [], a.country) or slot.mention.text
    if a.id is None and a.office and a.kind != "person":
        adjective = _english_adjective(a.country)
        return f"{adjective} {a.office}" if adjective else a.office
    return a.name or slot.mention.text


def find_attributions(view: SentenceView, slots: list[MentionSlot], mention_words: set[int],
                      context_orgs: list[Mention]) -> list[Attribution]:
    """Attribution phrases and reporting clauses in one sentence."""
    out: list[Attribution] = []
    lang = view.lang
    spec = cue_set(lang, "speculation_sources")
    preps = cue_set(lang, "attribution_preps")
    postps = cue_set(lang, "attribution_postps")
    skip = word_set(lang, "skip", "sources")
    for k in range(len(view.words)):
        n = matches_cue(view, k, preps)
        if n:
            lo = k + n
            hi = min(len(view.words) - 1, lo + 6)
            slot = _slot_at(slots, lo, hi)
            while lo < len(view.words) - 1 and view.words[lo].lower in skip:
                lo += 1
            if slot is not None and slot.first <= k + n + 2 and not _modifier(view, slot):
                out.append(Attribution(_name(slot, view), slot.mention, (k, slot.last),
                                       "preposition"))
            else:
                words = _noun_phrase(view, lo, 1)
                if words:
                    spec_src = any(matches_cue(view, j, spec) for j in range(lo, min(hi, lo + 4)))
                    out.append(Attribution(_phrase_name(view, words, slots), None,
                                           (k, words[-1].i), "preposition", spec_src))
        if matches_cue(view, k, postps):
            slot = _slot_at(slots, max(0, k - 8), k - 1)
            if slot is not None and slot.last >= k - 2:
                out.append(Attribution(_name(slot, view), slot.mention, (slot.first, k),
                                       "postposition"))
            else:
                words = _noun_phrase(view, k - 1, -1)
                if words:
                    lo = words[0].i
                    spec_src = any(matches_cue(view, j, spec) for j in range(max(0, lo - 1), k))
                    out.append(Attribution(_phrase_name(view, words, slots), None, (lo, k),
                                           "postposition", spec_src))
    out += _compound_sources(view, slots, out, spec)
    reporting = cue_set(lang, "reporting_verbs")
    words_set = reporting[0]
    for w in view.words:
        if w.i in mention_words or (view.has_pos and w.pos not in ("VERB", "AUX")):
            continue
        if not any(lem in words_set for lem, _ in _verb_lemmas(view, w.i)):
            continue
        clause = clause_bounds(view, w.i, mention_words)
        if not _reporting_frame(view, clause):
            continue
        slot = _slot_at(slots, clause[0], clause[1])
        if slot is not None:
            out.append(Attribution(_name(slot, view), slot.mention, clause, "reporting verb"))
            continue
        generic = word_set(lang, "generic_org_nouns")
        nouns = [x for x in view.words[clause[0]:clause[1] + 1] if x.lower in generic]
        if nouns and context_orgs:
            org = context_orgs[0]
            out.append(Attribution(org.actor.name or org.text, None, clause,
                                   f"reporting verb; '{nouns[0].text}' refers to {org.text}"))
            continue
        cited = [x for x in view.words[clause[0]:clause[1] + 1]
                 if x.i != w.i and x.pos in ("NOUN", "PROPN") and source_gloss(lang, x.text)]
        if cited:  # "..., police said", "sagten Augenzeugen"
            out.append(Attribution(_phrase_name(view, cited[:1], slots), None, clause,
                                   "reporting verb"))
    return out


def _compound_sources(view: SentenceView, slots: list[MentionSlot], found: list[Attribution],
                      spec) -> list[Attribution]:
    """Sources named by a compound's first part after "nach"/"laut" or before "zufolge"
    ("nach Pentagon-Angaben", "Polizeiangaben zufolge"), where no other phrase cites one."""
    data = _sources(view.lang)
    preps = word_set(view.lang, "compound_preps", "sources")
    postps = cue_set(view.lang, "attribution_postps")
    covered = {i for a in found for i in range(a.clause[0], a.clause[1] + 1)}
    out = []
    for w in view.words:
        if w.i in covered or w.i == 0:
            continue
        after = w.i + 1 < len(view.words) and matches_cue(view, w.i + 1, postps)
        if view.words[w.i - 1].lower not in preps and not after:
            continue
        name = compound_source(view.lang, w.text)
        if not name:
            continue
        slot = _slot_at(slots, w.i, w.i)
        if slot is not None:  # "US-Angaben": the first part is a known actor
            name = _name(slot)
        clause = (w.i, w.i + 1) if after else (w.i - 1, w.i)
        head = next(h for h in data["compound_heads"] if w.lower.endswith(h))
        out.append(Attribution(name, None, clause, "compound", head in spec[0]))
    return out


FRAME_PUNCT = {",", ":", '"', "„", "“", "”", "«", "»", "–"}


def _reporting_frame(view: SentenceView, clause: tuple[int, int]) -> bool:
    """A reporting clause frames another one across a comma or colon ("Wie der SVR mitteilte,
    …", "…, berichtete die Agentur"), and is not itself negated ("hat … nicht bestätigt")."""
    lo, hi = clause
    before = view.words[lo - 1].text if lo > 0 else ""
    after = view.words[hi + 1].text if hi + 1 < len(view.words) else ""
    if before not in FRAME_PUNCT and after not in FRAME_PUNCT:
        return False
    negation = cue_set(view.lang, "negation")
    return not any(matches_cue(view, k, negation) for k in range(lo, hi + 1))


def is_reported_speech(view: SentenceView) -> bool:
    """German Konjunktiv I in the sentence: it continues someone's reported speech."""
    forms = word_set(view.lang, "subjunctive_reported")
    return any(w.lower in forms for w in view.words)
