"""Stable ids: the same content always gets the same key, whatever the run or the order."""

from __future__ import annotations

import hashlib
from urllib.parse import urlparse

from eventcoder.document import Actor, Event, Mention


def digest(*parts: object, size: int = 16) -> str:
    """Hex digest of the parts, separated so that ("ab", "c") and ("a", "bc") differ."""
    h = hashlib.sha256()
    for p in parts:
        h.update(("" if p is None else str(p)).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:size]


def actor_key(actor: Actor) -> str:
    """The resolver's id when there is one, else a key from the actor's attributes."""
    if actor.id:
        return str(actor.id)
    name = " ".join((actor.name or "").lower().split())
    return "a_" + digest(actor.kind, actor.country, actor.sector, name, actor.office)


def mention_key(doc_hash: str, m: Mention) -> str:
    return "m_" + digest(doc_hash, m.start, m.end, actor_key(m.actor))


def evidence_key(doc_hash: str, start: int, end: int) -> str:
    return "s_" + digest(doc_hash, start, end)


def event_key(doc_hash: str, e: Event) -> str:
    """Key from the document hash and what the event says, not from its position in the list."""
    src = actor_key(e.source.actor) if e.source else None
    tgt = actor_key(e.target.actor) if e.target else None
    loc = (e.location.name, e.location.country) if e.location else None
    return "e_" + digest(doc_hash, e.type, e.mode, e.cameo, src,
                         e.source.start if e.source else None, tgt,
                         e.target.start if e.target else None, e.evidence, e.trigger,
                         e.factuality, e.attribution, e.date, e.date_granularity, loc,
                         e.symmetric, size=20)


def cluster_key(founding_event_key: str) -> str:
    return "c_" + digest(founding_event_key)


def outlet_of(url: str | None, named: str | None, doc_hash: str) -> str:
    """Who published it: a named outlet, else the URL's host without `www.`, else the document."""
    if named:
        return named.strip().lower()
    if url:
        host = urlparse(url).netloc.lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    return "doc:" + doc_hash
