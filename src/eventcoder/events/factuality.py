"""Factuality of an event as typed: asserted, negated, future or speculative.

Cues come from `lang/<lang>/cues.yaml`. Negation is scoped to the trigger's clause; hedges
("könnte", "may") to the clause; allegation markers ("soll", "reportedly") make an event
speculative only when no named source carries the claim; guesses of analysts make the whole
sentence speculative. German Konjunktiv I ("habe … geführt") only marks reported speech.
Conditions reach the clause they restrict ("Falls X …, verhängt …", "… unless …"); the aim of
pressure, threats or demands ("pressure to reach a ceasefire") is future, a suspected act
("on suspicion of attacking") speculative, an awaited one ("until a judge approves") future.
"""

from __future__ import annotations

from eventcoder.events.tokens import CLAUSE_PUNCT, SentenceView, cue_set, matches_cue
from eventcoder.lang import SUPPORTED, word_set, word_tuple

NEGATION_EXCEPTIONS = {lang: {tuple(p.split()) for p in word_tuple(lang, "negation_exceptions",
                                                                "cues")}
                       for lang in SUPPORTED}


def _find(view: SentenceView, first: int, last: int, key: str, skip: int = -1) -> int | None:
    cues = cue_set(view.lang, key)
    for k in range(first, last + 1):
        if k != skip and matches_cue(view, k, cues):
            return k
    return None


def _prevented(view: SentenceView, trig: int) -> int | None:
    """The word of a verb of prevention (cues `prevention_verbs`) whose object is the event
    noun at `trig` ("foiled an attack", "a plot thwarted", "attack foiled by the navy"): it
    did not happen."""
    if not view.has_pos or view.words[trig].pos != "NOUN":
        return None
    cues = cue_set(view.lang, "prevention_verbs")
    for k in range(trig - 1, max(-1, trig - 6), -1):  # "foiled a (Somali pirate) attack"
        if matches_cue(view, k, cues):
            return k  # also a headline's "foils" tagged as a plural noun
        if view.words[k].pos not in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
            break
    k = trig + 1
    if k < len(view.words) and view.words[k].lower in ("was", "were", "is", "are", "has",
                                                       "been", "being"):
        k += 1  # "the attack was foiled"
    if k < len(view.words) and view.words[k].tag == "VBN" and matches_cue(view, k, cues):
        return k
    if not view.has_dep:
        return None
    head = view.words[trig].head
    if head > trig and view.words[trig].dep.startswith("nsubj") and matches_cue(view, head,
                                                                                  cues):
        return head  # "an attack by X on Y was foiled by the navy"
    return next((w.i for w in view.words[trig + 1:] if w.head == trig and w.tag == "VBN"
                 and matches_cue(view, w.i, cues)), None)  # "pirate attack foiled in …"


def factuality(view: SentenceView, clause: tuple[int, int], trig: int,
               attribution_named: bool, statement: bool = False) -> tuple[str, list[str], bool]:
    """(factuality, reasons, own cue) for the trigger at word `trig` in `clause`. A `statement`
    (a promise, threat, demand) is made even when what it states depends on a condition. `own
    cue`: the status comes from a negation or future word of the clause itself ("will not
    send", "will meet"), which intent.py reads as a stated refusal or intention; planned,
    expected, awaited or governed acts are no one's statement."""
    first, last = clause
    lang = view.lang
    why: list[str] = []
    # negation in the clause (but not "nicht nur")
    # the trigger is no cue of itself: "failed to reach agreement" is an asserted failure
    k = _find(view, first, last, "negation", skip=trig)
    if k is not None and (view.words[k].lower, view.words[k + 1].lower if k + 1 < len(
            view.words) else "") not in NEGATION_EXCEPTIONS.get(lang, set()):
        why.append(f"negated: '{view.words[k].text}' in the clause")
        return "negated", why, True
    # a denial verb earlier in the sentence governs a that-clause with the event
    k = _find(view, 0, trig - 1, "negation_verbs")
    if k is not None and k < first:
        why.append(f"negated: governed by '{view.words[k].text}'")
        return "negated", why, False
    # or it takes the event as its object right after it: "Sudan denied bombing the camp"
    k = _find(view, max(first, trig - 3), trig - 1, "negation_verbs")
    if k is not None and view.has_pos and not any(
            w.pos in ("NOUN", "PROPN", "PRON") for w in view.words[k + 1:trig]):
        why.append(f"negated: the object of '{view.words[k].text}'")
        return "negated", why, False
    k = _prevented(view, trig)
    if k is not None:
        why.append(f"negated: prevented ('{view.words[k].text}'), did not happen")
        return "negated", why, False
    k = _find(view, 0, len(view.words) - 1, "speculation_sources")
    if k is not None and (k < trig or any(w.text in CLAUSE_PUNCT for w in view.words[trig:k])):
        # "analysts say the talks could …", "…, analysts say"; not "a law that observers
        # say undermines …", where the guess is about something else
        why.append(f"speculative: guess of '{view.words[k].text}'")
        return "speculative", why, False
    k = _find(view, first, last, "conditional")
    if k is not None or _find(view, max(0, first - 1), first, "conditional") is not None:
        why.append("speculative: conditional")
        return "speculative", why, False
    seg = _segment_start(view, trig)
    # a noun names an act that exists ("bis eine Entscheidung über das Ersuchen des Gerichts
    # gefallen sei"): only verbs are inside a condition or awaited
    verbal = not view.has_pos or view.words[trig].pos in ("VERB", "AUX")
    if verbal and _find(view, seg, seg, "conditional") is not None:
        # "Wenn X … eingenommen und … aufgenommen hätte, …": the whole stretch up to the comma
        # is the condition, past the 'und' that cuts the clause
        why.append(f"speculative: in the condition '{view.words[seg].text} …'")
        return "speculative", why, False
    if verbal and _present(view, seg, trig) and _pending(view, seg, trig):
        # "… until a judge approves", "bis das Gericht zustimmt": awaited, not happened
        why.append(f"future: awaited, '{view.words[seg].text}' + present tense")
        return "future", why, False
    k = _deferred(view, trig) if verbal else None
    if k is not None:
        # "would be released after he is charged": the time of a future act, not yet come
        why.append(f"future: '{view.words[k].text}' + present tense after a future clause")
        return "future", why, False
    k = None if statement else _condition_of(view, first, last, trig)
    if k is not None:
        why.append(f"speculative: consequence of the condition '{view.words[k].text} …'")
        return "speculative", why, False
    k = _wanted(view, first, trig, "suspicion_governors")
    if k is not None:
        why.append(f"speculative: suspected ('{view.words[k].text}'), not established")
        return "speculative", why, False
    k = _wanted(view, first, trig)
    if k is not None:
        why.append(f"future: the aim of '{view.words[k].text}', not reached")
        return "future", why, False
    k = _counterfactual(view, first, last)
    if k is not None:
        why.append(f"speculative: Konjunktiv II '{view.words[k].text} … "
                   f"{view.words[last].text}' (did not happen)")
        return "speculative", why, False
    k = _find(view, first, last, "speculation")
    if k is not None:
        why.append(f"speculative: hedge '{view.words[k].text}'")
        return "speculative", why, False
    k = _find(view, first, last, "allegation")
    if k is not None and _scheduled(view, k, last):
        # "soll bis Mai abgeschlossen werden", "sollen im Mai eintreffen": a plan, whoever
        # reports it; "soll … überwiesen haben" stays an allegation
        why.append(f"future: planned, '{view.words[k].text} …' with a present infinitive")
        return "future", why, False
    if k is not None and not attribution_named:
        why.append(f"speculative: '{view.words[k].text}' without a named source")
        return "speculative", why, False
    k = _find(view, first, last, "future", skip=trig)  # "will, dass …" is a demand made now
    if k is not None and _future_reading(view, k, last):
        why.append(f"future: '{view.words[k].text}'")
        return "future", why, True
    k = _find(view, first, last, "future_expected")
    if k is not None:
        why.append(f"future: expected or scheduled, '{view.words[k].text} …'")
        return "future", why, False
    why.append("asserted: no negation, hedge or future cue in the clause")
    return "asserted", why, False


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
        if "VerbForm=Part" in final.tag or final.tag in ("VVPP", "VAPP", "VMPP"):
            return False  # "wird … vorgeworfen": a passive in the present
        if "VerbForm=Inf" in final.tag or final.tag in ("VVINF", "VAINF", "VMINF"):
            return True
    return final.lower.endswith("en") and not _participle_spelling(final.lower)


def _participle_spelling(word: str) -> bool:
    """A German participle by its spelling: "gesagt", "vorgeworfen" (ge after a particle)."""
    return word.startswith("ge") or any(
        word.startswith(p + "ge") for p in word_set("de", "separable_particles"))


def _condition_of(view: SentenceView, first: int, last: int, trig: int) -> int | None:
    """The conditional cue of a condition clause the trigger's clause depends on: one that
    opens the sentence and ends right before the clause ("Falls X angreift, verhängt die EU
    …", "If X attacks, …"), or one of `conditional_after` right after it ("…, sofern X …",
    "… unless X …")."""
    words = view.words
    start = 0
    while start < len(words) and not words[start].text[:1].isalnum():
        start += 1  # quotes, dashes
    if start < first and matches_cue(view, start, cue_set(view.lang, "conditional")):
        p = next((j for j in range(start + 1, trig) if words[j].text in CLAUSE_PUNCT), None)
        if p is not None and not any(w.text in CLAUSE_PUNCT for w in words[p + 1:trig]):
            return start
    if any(_zu(w) or (w.lower in ("to", "zu") and j + 1 <= last)
           for j, w in enumerate(words[trig + 1:last + 1], trig + 1)):
        return None  # "placed troops on alert to fly in if needed": the condition is the aim's
    k = last + 1
    if k < len(words) and words[k].text == ",":
        k += 1
    if k < len(words) and matches_cue(view, k, cue_set(view.lang, "conditional_after")):
        return k
    return None


def _wanted(view: SentenceView, first: int, trig: int,
            key: str = "aim_governors") -> int | None:
    """A noun or verb of `aim_governors` governing the trigger's to-/zu-infinitive ("pressure
    on X to reach a ceasefire", "Bemühungen, einen Waffenstillstand zu erreichen"): the act is
    aimed at, not done. Looks back from the infinitive marker over at most AIM_REACH words,
    across one comma (German puts the zu-infinitive after one)."""
    words = view.words
    if view.lang == "en" and view.has_pos and words[trig].pos == "NOUN" and key == (
            "aim_governors"):
        # the object noun of a threat or demand: "threatening attacks", "demanded talks"
        j = trig - 1
        while j > 0 and words[j].pos in ("ADJ", "DET") and trig - j < 3:
            j -= 1
        if j >= 0 and words[j].pos == "VERB" and matches_cue(view, j, cue_set(view.lang, key)):
            return j
    while view.lang == "en" and trig > 1 and words[trig - 1].text in QUOTES:
        trig -= 1  # 'urged fighters to "crush …"'
    if view.lang == "en":
        # "to reach", and for a suspicion also "of attacking"
        if trig < 1 or not (words[trig - 1].lower == "to" or (
                key == "suspicion_governors" and words[trig - 1].lower == "of"
                and words[trig].lower.endswith("ing"))):
            return None
        marker = trig - 1
    else:
        if not (_zu(words[trig]) or (trig >= 1 and words[trig - 1].lower == "zu") or (
                trig + 1 < len(words) and words[trig + 1].lower == "zu")):  # "… zu haben"
            return None
        marker = first
        own = next((j for j in range(trig - 1, first - 1, -1)
                    if matches_cue(view, j, cue_set(view.lang, key))), None)
        if own is not None:  # "ist bereit abzuziehen"
            return own
    cues = cue_set(view.lang, key)
    commas = 0
    for j in range(marker - 1, max(-1, marker - 1 - AIM_REACH), -1):
        if words[j].text in CLAUSE_PUNCT:
            commas += 1
            if commas > 1 or view.lang == "en":
                return None
            continue
        if matches_cue(view, j, cues):
            return j
    return None


AIM_REACH = 6
QUOTES = {"``", "''", '"', "“", "”", "„", "‘", "’"}


def _zu(w) -> bool:
    return "zu" in w.lower[2:-2] and w.lower.endswith("en") and w.text[:1].islower()


def _scheduled(view: SentenceView, k: int, last: int) -> bool:
    """German 'soll/sollen' + a present infinitive (a plan or schedule), not a perfect one
    ("überwiesen haben", "festgenommen worden sein"): the clause's last verb is an infinitive
    other than haben/sein."""
    w = view.words[k]
    if view.lang != "de" or w.lower not in ("soll", "sollen"):
        return False
    verbs = [x for x in view.words[k + 1:last + 1] if x.text[:1].islower() and x.text.isalpha()
             and (not view.has_pos or x.pos in ("VERB", "AUX"))]
    if not verbs:
        return False
    final = verbs[-1]
    if final.lower in ("haben", "sein"):
        return False
    if "VerbForm=Inf" in final.tag or final.tag in ("VVINF", "VAINF", "VMINF", "VB"):
        return True
    if "VerbForm=Part" in final.tag or final.tag in ("VVPP", "VAPP", "VBN"):
        return False
    return final.lower.endswith("en") and not final.lower.startswith("ge")


def _segment_start(view: SentenceView, trig: int) -> int:
    """The first word after the clause punctuation before the trigger (or the sentence's
    first word): where a subordinate clause around the trigger opens."""
    k = trig
    while k > 0 and view.words[k - 1].text not in CLAUSE_PUNCT:
        k -= 1
    while k < trig and not view.words[k].text[:1].isalnum():
        k += 1  # quotes
    return k


def _pending(view: SentenceView, seg: int, trig: int) -> bool:
    """A `pending` conjunction opens the trigger's clause: German at the start of the comma
    segment ("…, bis das Gericht zustimmt"); English also inside it with no verb between it
    and the trigger ("stays in jail until a judge approves")."""
    if seg > 0 and _find(view, seg, seg, "pending") is not None:
        return True  # not "Bis Mai verhängt …", where 'bis' is a preposition
    if view.lang != "en" or not view.has_pos:
        return False
    k = _find(view, seg, trig - 1, "pending")
    return k is not None and not any(w.pos in ("VERB", "AUX") for w in view.words[k + 1:trig])


def _deferred(view: SentenceView, trig: int) -> int | None:
    """English: the trigger's clause opens with a `pending_if_future` conjunction ("after",
    "once", "when") and no verb stands between it and the trigger, the trigger or the
    auxiliary right before it is in the present tense, and the words before the conjunction
    carry a `future` cue ("will", "would") or the verb before it is in the present tense too
    ("faces life when he is sentenced"). Returns the conjunction's index."""
    if view.lang != "en" or not view.has_pos:
        return None
    k = trig - 1
    while k >= 0 and (view.words[k].pos == "ADV" or view.words[k].lower in ("not", "n't")):
        k -= 1
    present = view.words[trig].tag in ("VBZ", "VBP") or (
        k >= 0 and view.words[k].pos == "AUX" and view.words[k].tag in ("VBZ", "VBP"))
    if not present:
        return None
    aux = k if view.words[trig].tag not in ("VBZ", "VBP") else trig
    conj = None
    for j in range(aux - 1, -1, -1):
        w = view.words[j]
        if w.text in CLAUSE_PUNCT or w.pos in ("VERB", "AUX"):
            break
        if matches_cue(view, j, cue_set(view.lang, "pending_if_future")):
            conj = j
            break
    if conj is None or conj == 0:
        return None
    governing = next((w for w in reversed(view.words[:conj]) if w.pos in ("VERB", "AUX")), None)
    if governing is not None and governing.tag in ("VBZ", "VBP"):
        return conj  # "faces life in prison when he is sentenced": still to come
    return conj if _find(view, 0, conj - 1, "future") is not None else None


def _present(view: SentenceView, seg: int, trig: int) -> bool:
    """The trigger is in the present tense; German verb-final clauses often carry no tense in
    the tagger's morphology ("bis die Rebellen verhandeln"): there, no past tense verb and no
    participle up to the clause's end. An English gerund only after a present auxiliary."""
    w = view.words[trig]
    if w.tag == "VBG":  # "before arresting him" has no tense; "until they are talking" has
        return trig > 0 and view.words[trig - 1].tag in ("VBZ", "VBP")
    if w.tense == "Pres" or w.tag in ("VBZ", "VBP"):
        return True
    if view.lang != "de" or w.tense == "Past" or "VerbForm=Part" in w.tag or w.tag in (
            "VVPP", "VAPP", "VMPP"):
        return False
    end = trig
    while end + 1 < len(view.words) and view.words[end + 1].text not in CLAUSE_PUNCT:
        end += 1
    return not any(x.tense == "Past" for x in view.words[seg:end + 1])
