"""Factuality of an event as typed: asserted, negated, future or speculative.

Cues come from `lang/<lang>/cues.yaml`. Negation is scoped to the trigger's clause; hedges
("könnte", "may") to the clause; allegation markers ("soll", "reportedly") make an event
speculative only when no named source carries the claim; guesses of analysts make the whole
sentence speculative. German Konjunktiv I ("habe … geführt") only marks reported speech.
"""

from __future__ import annotations

from eventcoder.events.tokens import CLAUSE_PUNCT, SentenceView, cue_set, matches_cue
from eventcoder.lang import SUPPORTED, word_tuple

NEGATION_EXCEPTIONS = {lang: {tuple(p.split()) for p in word_tuple(lang, "negation_exceptions",
                                                                "cues")}
                       for lang in SUPPORTED}


def _find(view: SentenceView, first: int, last: int, key: str, skip: int = -1) -> int | None:
    cues = cue_set(view.lang, key)
    for k in range(first, last + 1):
        if k != skip and matches_cue(view, k, cues):
            return k
    return None


def factuality(view: SentenceView, clause: tuple[int, int], trig: int,
               attribution_named: bool) -> tuple[str, list[str]]:
    """(factuality, reasons) for the trigger at word `trig` in `clause`."""
    first, last = clause
    lang = view.lang
    why: list[str] = []
    # negation in the clause (but not "nicht nur")
    # the trigger is no cue of itself: "failed to reach agreement" is an asserted failure
    k = _find(view, first, last, "negation", skip=trig)
    if k is not None and (view.words[k].lower, view.words[k + 1].lower if k + 1 < len(
            view.words) else "") not in NEGATION_EXCEPTIONS.get(lang, set()):
        why.append(f"negated: '{view.words[k].text}' in the clause")
        return "negated", why
    # a denial verb earlier in the sentence governs a that-clause with the event
    k = _find(view, 0, trig - 1, "negation_verbs")
    if k is not None and k < first:
        why.append(f"negated: governed by '{view.words[k].text}'")
        return "negated", why
    # or it takes the event as its object right after it: "Sudan denied bombing the camp"
    k = _find(view, max(first, trig - 3), trig - 1, "negation_verbs")
    if k is not None and view.has_pos and not any(
            w.pos in ("NOUN", "PROPN", "PRON") for w in view.words[k + 1:trig]):
        why.append(f"negated: the object of '{view.words[k].text}'")
        return "negated", why
    k = _find(view, 0, len(view.words) - 1, "speculation_sources")
    if k is not None and (k < trig or any(w.text in CLAUSE_PUNCT for w in view.words[trig:k])):
        # "analysts say the talks could …", "…, analysts say"; not "a law that observers
        # say undermines …", where the guess is about something else
        why.append(f"speculative: guess of '{view.words[k].text}'")
        return "speculative", why
    k = _find(view, first, last, "conditional")
    if k is not None or _find(view, max(0, first - 1), first, "conditional") is not None:
        why.append("speculative: conditional")
        return "speculative", why
    k = _counterfactual(view, first, last)
    if k is not None:
        why.append(f"speculative: Konjunktiv II '{view.words[k].text} … "
                   f"{view.words[last].text}' (did not happen)")
        return "speculative", why
    k = _find(view, first, last, "speculation")
    if k is not None:
        why.append(f"speculative: hedge '{view.words[k].text}'")
        return "speculative", why
    k = _find(view, first, last, "allegation")
    if k is not None and not attribution_named:
        why.append(f"speculative: '{view.words[k].text}' without a named source")
        return "speculative", why
    k = _find(view, first, last, "future", skip=trig)  # "will, dass …" is a demand made now
    if k is not None and _future_reading(view, k, last):
        why.append(f"future: '{view.words[k].text}'")
        return "future", why
    why.append("asserted: no negation, hedge or future cue in the clause")
    return "asserted", why


def _counterfactual(view: SentenceView, first: int, last: int) -> int | None:
    """The auxiliary of "hätte … auffordern müssen": a `counterfactual_aux` with a
    `counterfactual_modals` infinitive later in the clause."""
    k = _find(view, first, last, "counterfactual_aux")
    if k is None:
        return None
    modals = cue_set(view.lang, "counterfactual_modals")
    return k if any(matches_cue(view, j, modals) for j in range(k + 1, last + 1)) else None


def _future_reading(view: SentenceView, k: int, last: int) -> bool:
    """German 'wird/werden' is future only with an infinitive, not with a participle (passive)."""
    w = view.words[k]
    if view.lang != "de" or w.lower not in ("wird", "werden", "werde", "würde", "würden"):
        return True
    verbs = [x for x in view.words[k + 1:last + 1] if x.text[:1].islower() and x.text.isalpha()]
    if not verbs:
        return False
    final = verbs[-1]
    if view.has_pos:
        return "VerbForm=Inf" in final.tag or final.tag in ("VVINF", "VAINF", "VMINF") or (
            final.lower.endswith("en") and not final.lower.startswith("ge"))
    return final.lower.endswith("en") and not final.lower.startswith("ge")
