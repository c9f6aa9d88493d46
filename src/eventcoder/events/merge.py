"""One event per real-world event per document: repeated mentions merge, keeping all evidence.

A later mention joins an earlier event of the same type, dyad and factuality when the dates
agree and it refers back to it: a definite noun ("das Gespräch", "Naryschkins Kontakt"), the
headline repeated in the body, or a verb in the next sentences without a date of its own. An
indefinite noun ("bei einem Angriff", also when a passive verb is told through it) or a
different explicit date is a new event.
"""

from __future__ import annotations

from eventcoder.document import Document, Event, Mention
from eventcoder.lang import load

FOLLOW_UP_SENTENCES = 2


def actor_key(m: Mention | None) -> tuple[str, ...]:
    """What identifies an actor for merging: country and sector, else its name."""
    if m is None:
        return ()
    a = m.actor
    if a.country:
        return (a.country, a.sector or "")
    return (a.name or m.text.lower(),)


def same_dyad(a: Event, b: Event) -> bool:
    """Same source and target; either order when either report is of a symmetric event."""
    da = (actor_key(a.source), actor_key(a.target))
    db = (actor_key(b.source), actor_key(b.target))
    if a.symmetric or b.symmetric:
        return sorted(da) == sorted(db)
    return da == db


def _dates_agree(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _coordinated_nouns(doc: Document, first: Event, later: Event) -> bool:
    """An event noun coordinated with the trigger before it ("the arrest and detention of X",
    "expressed its rejection and strong condemnation of"): one act named twice."""
    if not later.meta.get("nominal") or (
            first.sentence != later.sentence) or later.trigger[0] < first.trigger[1]:
        return False
    between = doc.text[first.trigger[1]:later.trigger[0]].lower().split()
    coordinators = {str(c) for c in load(doc.lang or "en", "grammar").get("coordinators") or ()}
    return 1 <= len(between) <= 3 and between[0] in coordinators


def _refers_back(doc: Document, first: Event, later: Event) -> bool:
    meta = later.meta
    if _coordinated_nouns(doc, first, later):
        return True
    if meta.get("nominal"):
        return bool(meta.get("definite"))
    if meta.get("indefinite"):
        return False  # told through an indefinite noun: "wurde bei einem Angriff getötet"
    if first.meta.get("headline"):
        return True  # the headline reported it first
    same_words = doc.text[first.evidence[0]:first.evidence[1]] == \
        doc.text[later.evidence[0]:later.evidence[1]]
    if same_words:
        return True
    if later.sentence == first.sentence:
        # two verbs of one sentence are two events, unless one says why or how the other
        # happens ("reist nach Peking, um mit Xi zu sprechen")
        lo, hi = first.meta.get("scope", (0, 0))
        if lo <= later.trigger[0] < hi and not first.meta.get("nominal"):
            return True
        # a relative clause describing the first event ("hielten Konsultationen ab, bei denen
        # sie über Cybersicherheit diskutierten")
        if later.meta.get("shared_subject"):
            return True  # one speech act told with two verbs: "forderte … und warb …"
        rel = later.meta.get("relative_of")
        return rel is not None and "clause" in first.meta and rel == first.meta["clause"][1] + 1
    return later.sentence - first.sentence <= FOLLOW_UP_SENTENCES


def merge_events(doc: Document, events: list[Event]) -> list[Event]:
    out: list[Event] = []
    for e in events:
        target = None
        for kept in out:
            if kept.type == e.type and same_dyad(kept, e) and _dates_agree(kept, e) and (
                    kept.factuality == e.factuality) and _refers_back(doc, kept, e):
                target = kept
                break
        if target is None:
            e.mentions = [e.evidence]
            out.append(e)
            continue
        target.mentions.append(e.evidence)
        target.why.append(f"merged a repeated mention: '{doc.text[e.trigger[0]:e.trigger[1]]}'")
        if not target.date and e.date:
            target.date, target.date_granularity = e.date, e.date_granularity
        if target.location is None:
            target.location = e.location
        for role in ("source", "target"):
            # the same actor named by the KB beats a phrase around it ("condemnation of the
            # Ethiopian government's decision" → the Ethiopian government)
            a, b = getattr(target, role), getattr(e, role)
            if a is not None and b is not None and a.actor.kind == "unknown" and (
                    b.actor.kind != "unknown") and a.start <= b.start and b.end <= a.end:
                setattr(target, role, b)
        if target.attribution is None:
            target.attribution = e.attribution
        # a body sentence states it more fully than a headline does
        if target.meta.get("headline") and not e.meta.get("headline"):
            target.evidence, target.source, target.target = e.evidence, e.source, e.target
            target.factuality, target.sentence = e.factuality, e.sentence
            target.trigger, target.date = e.trigger, e.date or target.date
            target.attribution = e.attribution or target.attribution
            target.meta["headline"] = False
    return out
