"""Who the document says a claim comes from: "laut Reuters", "Analysten zufolge",
"wie der SVR mitteilte", "berichtete die Agentur", "according to", "X said" — carried over to
the reported-speech sentences that follow."""

from __future__ import annotations

from dataclasses import dataclass

from eventcoder.document import Mention
from eventcoder.events.roles import MentionSlot, grammar
from eventcoder.events.tokens import CLAUSE_PUNCT, SentenceView, clause_bounds, cue_set, matches_cue
from eventcoder.events.triggers import _verb_lemmas


@dataclass
class Attribution:
    name: str
    mention: Mention | None  # the mention that names the source, kept out of event roles
    clause: tuple[int, int]  # the words of the attribution phrase or reporting clause
    how: str
    speculative: bool = False  # the source only guesses (analysts, observers)


def _noun_phrase(view: SentenceView, start: int, step: int) -> str | None:
    """Up to four words from `start` in direction `step`, stopping at punctuation and verbs."""
    dets = {"der", "die", "das", "den", "dem", "des", "the", "a", "an"}
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
    words = [w for w in words if w.lower not in dets]
    if view.lang == "de":  # the noun phrase ends at its (first) capitalised head
        caps = [n for n, w in enumerate(words) if w.text[:1].isupper()]
        if caps:
            words = words[: caps[0] + 1] if step > 0 else words[caps[-1]:]
    return " ".join(w.text for w in words) or None


def _slot_at(slots: list[MentionSlot], lo: int, hi: int) -> MentionSlot | None:
    inside = [s for s in slots if lo <= s.first and s.last <= hi]
    return inside[0] if inside else None


def _name(slot: MentionSlot) -> str:
    a = slot.mention.actor
    return a.name or slot.mention.text


def find_attributions(view: SentenceView, slots: list[MentionSlot], mention_words: set[int],
                      context_orgs: list[Mention]) -> list[Attribution]:
    """Attribution phrases and reporting clauses in one sentence."""
    out: list[Attribution] = []
    lang = view.lang
    spec = cue_set(lang, "speculation_sources")
    preps = cue_set(lang, "attribution_preps")
    postps = cue_set(lang, "attribution_postps")
    for k in range(len(view.words)):
        n = matches_cue(view, k, preps)
        if n:
            lo, hi = k + n, min(len(view.words) - 1, k + n + 6)
            slot = _slot_at(slots, lo, hi)
            if slot is not None and slot.first <= lo + 2:
                out.append(Attribution(_name(slot), slot.mention, (k, slot.last), "preposition"))
            else:
                np = _noun_phrase(view, lo, 1)
                if np:
                    spec_src = any(matches_cue(view, j, spec) for j in range(lo, min(hi, lo + 4)))
                    out.append(Attribution(np, None, (k, lo + len(np.split()) - 1),
                                           "preposition", spec_src))
        if matches_cue(view, k, postps):
            slot = _slot_at(slots, max(0, k - 8), k - 1)
            if slot is not None and slot.last >= k - 2:
                out.append(Attribution(_name(slot), slot.mention, (slot.first, k), "postposition"))
            else:
                np = _noun_phrase(view, k - 1, -1)
                if np:
                    lo = k - len(np.split())
                    spec_src = any(matches_cue(view, j, spec) for j in range(max(0, lo - 1), k))
                    out.append(Attribution(np, None, (lo, k), "postposition", spec_src))
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
            out.append(Attribution(_name(slot), slot.mention, clause, "reporting verb"))
            continue
        generic = set(grammar(lang).get("generic_org_nouns") or ())
        nouns = [x for x in view.words[clause[0]:clause[1] + 1] if x.lower in generic]
        if nouns and context_orgs:
            org = context_orgs[0]
            out.append(Attribution(org.actor.name or org.text, None, clause,
                                   f"reporting verb; '{nouns[0].text}' refers to {org.text}"))
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
    forms = set(grammar(view.lang).get("subjunctive_reported") or ())
    return any(w.lower in forms for w in view.words)
