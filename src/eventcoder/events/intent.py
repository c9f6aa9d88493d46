"""Stated intentions are events of their own (CAMEO 03, 12 and 13; ANNOTATION.md: a promise or
threat that was made is an asserted AGREE or THREATEN). "Putin will meet Erdogan", "the rebels
said they will release the hostages": the meeting and the release have not happened (future),
but the intention to meet or release has been expressed: AGREE 036, 035. "Bangladesh will not
accept refugees", "France will not lift the ban": a refusal, REJECT 12x. "The government will
extend the curfew", "Turkey will begin an operation against the militia": a threat, THREATEN
13x.

Only an explicit future cue of the event's own clause counts ("will", "plans to"); a
hypothetical "would", a conditional or a hedge does not, and neither does a status inherited
from a governing verb ("agreed to release" is already an AGREE, "refused to send" a REJECT).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from eventcoder.datafile import load_yaml
from eventcoder.document import Event, Mention
from eventcoder.events.phrases import phrase_after
from eventcoder.events.tokens import SentenceView, cue_set, matches_cue

TABLE = Path(__file__).parent / "data" / "intent.yaml"


@cache
def _table() -> dict:
    with TABLE.open(encoding="utf-8") as f:
        return load_yaml(f)


def intent_events(view: SentenceView, events: list[Event], slots: list = ()) -> list[Event]:
    """AGREE / REJECT events for the intentions and refusals stated in one sentence."""
    table = _table()
    out = []
    for e in events:
        row = table["types"].get(e.type)
        if row is None or e.meta.get("nominal") or e.source is None or e.meta.get(
                "inferred_source"):
            continue  # "he will be sentenced": no actor of the text has stated anything
        own_cue = e.meta.get("own_cue")  # the status comes from a cue of the event's own clause
        if e.factuality == "future" and own_cue == "future" and not _hypothetical(view, e):
            if "threat" in row and not _announced(view, e):
                continue  # a threat is the actor's own "will …", not "will investigate attacks"
            kind, cameo = ("THREATEN", row["threat"]) if "threat" in row else (
                "AGREE", row["intent"])
        elif e.factuality == "negated" and "refusal" in row and own_cue == "negated" and \
                _future_cue(view, e):
            kind, cameo = "REJECT", row["refusal"]
        else:
            continue
        if any(o.type == kind and o.source is e.source for o in events):
            continue  # "agreed to release", "refused to send": said already
        what = {"AGREE": "an intention", "REJECT": "a refusal", "THREATEN": "a threat"}[kind]
        why = [*e.why, f"{kind} {cameo}: the {e.type} is not a fact, but {what} to do it has "
                       f"been stated"]
        target = e.target
        if kind == "REJECT" and target is None:
            # "will not end the strike until the authorities meet the demands": the refusal is
            # aimed at the party whose move is awaited
            target = _awaited_party(view, e, slots)
            if target is not None:
                why.append(f"target: '{target.text}', whose move the refusal awaits")
        out.append(replace(
            e, type=kind, cameo=cameo, mode=None, factuality="asserted", symmetric=False,
            target=target, why=why, meta={**e.meta, "intent_of": e.type}))
    return out


def _awaited_party(view: SentenceView, e: Event, slots) -> Mention | None:
    words = set(_table()["awaiting"].get(view.lang, ()))
    last = e.meta["clause"][1]
    for k in range(e.meta["word"] + 1, min(len(view.words), last + 12)):
        if view.words[k].lower in words:
            return phrase_after(view, k, list(slots))
    return None


def _announced(view: SentenceView, e: Event) -> bool:
    """The future auxiliary stands right before the trigger verb ("will extend the curfew")."""
    k = e.meta["word"] - 1
    while k >= 0 and (view.words[k].pos == "ADV" or view.words[k].lower in ("not", "be")):
        k -= 1
    return k >= 0 and view.words[k].lower in set(_table()["announcing"].get(view.lang, ()))


def _hypothetical(view: SentenceView, e: Event) -> bool:
    """A 'would' of its own is hypothetical; after a reporting verb it is reported future ("the
    government said it would free the prisoners")."""
    first, last = e.meta["clause"]
    modal = [k for k in range(first, last + 1)
             if view.words[k].lower in set(_table()["hypothetical"].get(view.lang, ()))]
    if not modal:
        return False
    reporting = cue_set(view.lang, "reporting_verbs")
    return not any(matches_cue(view, k, reporting) for k in range(0, modal[0]))


def _future_cue(view: SentenceView, e: Event) -> bool:
    first, last = e.meta["clause"]
    cues = cue_set(view.lang, "future")
    return any(matches_cue(view, k, cues) for k in range(first, last + 1)) and not _hypothetical(
        view, e)
