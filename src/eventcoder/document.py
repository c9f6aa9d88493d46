"""The one type every stage reads and writes: a `Document` and what stages attach to it.

Offsets are character offsets into `Document.text`, the exact text that was coded.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
SECTORS = (
    "GOV", "MIL", "SPY", "LEG", "JUD", "COP", "PTY", "OPP", "REB", "IGO", "NGO", "MED",
    "BUS", "CVL", "REL", "EDU", "REF",
)
FACTUALITIES = ("asserted", "future", "negated", "speculative")
# refugees and migrants: of the country they fled, not of the one they are in or that acts on
# them, and no owners of what is done about them
DISPLACED = frozenset({"REF"})


@dataclass
class Actor:
    """A resolved actor: who a mention refers to."""

    id: str | None
    name: str | None
    country: str | None  # ISO 3166-1 alpha-3, None for IGOs and media
    sector: str | None
    kind: str = "unknown"  # state, igo, org, group, person, media, place, unknown
    office: str | None = None


@dataclass
class Mention:
    """A stretch of text that names an actor."""

    start: int
    end: int
    text: str
    actor: Actor
    sentence: int = -1
    head: int = -1  # token index of the mention's head in the parsed document
    how: str = ""  # which rule found it (gazetteer, title, coreference, ...)
    # a mention that stands for several actors ("beider Länder", "die USA und die Ukraine")
    members: list[Mention] = field(default_factory=list)


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Place:
    text: str
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    type: str
    mode: str | None
    cameo: str | None
    source: Mention | None
    target: Mention | None
    trigger: tuple[int, int]
    evidence: tuple[int, int]
    sentence: int
    factuality: str = "asserted"
    attribution: str | None = None
    date: str | None = None
    date_granularity: str | None = None  # day, month, year
    location: Place | None = None
    symmetric: bool = False
    why: list[str] = field(default_factory=list)  # human-readable reasons, for `explain`
    mentions: list[tuple[int, int]] = field(default_factory=list)  # merged repeated evidence
    meta: dict[str, Any] = field(default_factory=dict)  # stage-internal notes, not exported


@dataclass
class Document:
    """A news report travelling through the pipeline."""

    id: str
    text: str
    lang: str | None = None
    published: str | None = None  # ISO date
    title: str | None = None
    url: str | None = None
    origin: str | None = None  # file or stream it came from
    raw: str | None = None  # the HTML before cleaning, when there was HTML
    sentences: list[Sentence] = field(default_factory=list)
    parsed: Any = None  # a spaCy Doc over `text`, set by the nlp stage
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Stable id of the content: same text, language and date give the same hash."""
        h = hashlib.sha256()
        for part in (self.text, self.lang or "", self.published or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()[:32]

    def snippet(self, start: int, end: int) -> str:
        return self.text[start:end]


def actor_json(m: Mention | None) -> dict[str, Any] | None:
    if m is None:
        return None
    a = m.actor
    return {"text": m.text, "name": a.name, "country": a.country, "sector": a.sector,
            "id": a.id, "kind": a.kind, "office": a.office}


def event_json(doc: Document, e: Event) -> dict[str, Any]:
    """One event in the FORMAT.md prediction form (plus extra fields the scorer ignores)."""
    return {
        "type": e.type,
        "mode": e.mode,
        "cameo": e.cameo,
        "source": actor_json(e.source),
        "target": actor_json(e.target),
        "symmetric": e.symmetric,
        "date": e.date,
        "date_granularity": e.date_granularity,
        "factuality": e.factuality,
        "attribution": e.attribution,
        "location": asdict(e.location) if e.location else None,
        "evidence": {"start": e.evidence[0], "end": e.evidence[1],
                     "text": doc.text[e.evidence[0]:e.evidence[1]]},
        "trigger": {"start": e.trigger[0], "end": e.trigger[1],
                    "text": doc.text[e.trigger[0]:e.trigger[1]]},
    }


def document_json(doc: Document) -> dict[str, Any]:
    """A FORMAT.md prediction line for a coded document."""
    return {
        "id": doc.id,
        "lang": doc.lang,
        "published": doc.published,
        "title": doc.title,
        "events": [event_json(doc, e) for e in doc.events],
    }
