"""Hand-built coded Documents for the store tests (no coder involved); imported by tests."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from eventcoder.document import Actor, Document, Event, Mention, Place


def mention(text: str, body: str, name: str | None, country: str | None, sector: str | None,
            kind: str = "state", actor_id: str | None = None) -> Mention:
    """A mention of `text` at its first occurrence in `body`."""
    start = body.index(text)
    return Mention(start, start + len(text), text, Actor(actor_id, name, country, sector, kind))


def event(body: str, type_: str, evidence: str, trigger: str, source: Mention | None,
          target: Mention | None, **kw) -> Event:
    """An event whose evidence and trigger are the first occurrences of the given strings."""
    s = body.index(evidence)
    t = body.index(trigger, s)
    return Event(type=type_, mode=kw.pop("mode", None), cameo=kw.pop("cameo", None),
                 source=source, target=target, trigger=(t, t + len(trigger)),
                 evidence=(s, s + len(evidence)), sentence=kw.pop("sentence", 0), **kw)


SEED_TEXT = (
    "Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergej Naryschkin, habe ein "
    "Telefongespräch mit dem Chef der CIA geführt, berichtete die Agentur am 12. März 2025. "
    "Der russische Außenminister Sergej Lawrow lehnte die Idee einer Stationierung von "
    "NATO-Friedenstruppen in der Ukraine ab."
)
EN_TEXT = (
    "Ukraine accused Russia of shelling Kharkiv on Monday, officials said. "
    "The United States promised to resume military aid to Kyiv."
)


def seed_doc() -> Document:
    """A German document with a RUS-USA phone call and a RUS rejection of NATO."""
    body = SEED_TEXT
    nar = mention("Sergej Naryschkin", body, "Sergey Naryshkin", "RUS", "SPY", "person",
                  actor_id="Q315499")
    cia = mention("Chef der CIA", body, None, "USA", "SPY", "person")
    lav = mention("Sergej Lawrow", body, "Sergey Lavrov", "RUS", "GOV", "person")
    nato = mention("NATO", body, "NATO", None, "IGO", "igo")
    doc = Document(id="seed", text=body, lang="de", published="2025-03-12",
                   title="Naryschkin telefoniert mit CIA", url="https://www.example.ru/svr/1",
                   origin="samples/seed.txt", mentions=[nar, cia, lav, nato])
    doc.events = [
        event(body, "CONSULT", body[: body.index("2025.") + 5], "Telefongespräch", nar, cia,
              mode="phone", cameo="041", date="2025-03-12", date_granularity="day",
              attribution="SVR", symmetric=True, why=["trigger Telefongespräch"]),
        event(body, "REJECT", "Der russische Außenminister Sergej Lawrow lehnte die Idee einer "
              "Stationierung von NATO-Friedenstruppen in der Ukraine ab.", "lehnte", lav, nato,
              cameo="120", sentence=1),
    ]
    return doc


def en_doc() -> Document:
    """An English document: an accusation (negative) and an aid promise."""
    body = EN_TEXT
    ukr = mention("Ukraine", body, "Ukraine", "UKR", "GOV")
    rus = mention("Russia", body, "Russia", "RUS", "GOV")
    usa = mention("The United States", body, "United States", "USA", "GOV")
    kyiv = mention("Kyiv", body, "Ukraine", "UKR", "GOV")
    doc = Document(id="en-1", text=body, lang="en", published="2025-03-11",
                   url="https://news.example.com/a", mentions=[ukr, rus, usa, kyiv])
    doc.events = [
        event(body, "ACCUSE", "Ukraine accused Russia of shelling Kharkiv on Monday, officials "
              "said.", "accused", ukr, rus, date="2025-03-10", date_granularity="day",
              location=Place("Kharkiv", "Kharkiv", "UKR", 49.99, 36.23)),
        event(body, "AGREE", "The United States promised to resume military aid to Kyiv.",
              "promised", usa, kyiv, sentence=1),
    ]
    return doc


CORPUS = Path(__file__).parent.parent / "fixtures" / "cluster_corpus" / "articles.yaml"
_SENTENCE_END = re.compile(r"(?<=[a-zäöüß0-9)][.!?])\s+")


def _actor_spec(spec: str | None, body: str) -> Mention | None:
    """`text | name | country | sector` -> a Mention at the text's first occurrence."""
    if not spec:
        return None
    text, name, country, sector = (p.strip() or None for p in spec.split("|"))
    kind = "igo" if sector == "IGO" else ("person" if name and " " in name else "state")
    return mention(text, body, name, country, sector, kind)


def _sentence_around(body: str, start: int) -> tuple[int, int]:
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(body)] + [len(body) + 1]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if lo <= start < hi:
            return lo, len(body[:hi].rstrip())
    raise ValueError(start)


def load_corpus(path: Path = CORPUS) -> tuple[list[Document], dict[tuple[str, int], str]]:
    """The hand-coded fixture corpus and its gold clusters, keyed by (doc id, event index)."""
    with path.open(encoding="utf-8") as f:
        entries = yaml.safe_load(f)
    docs, gold = [], {}
    for a in entries:
        body = a["text"]
        doc = Document(id=a["id"], text=body, lang=a["lang"], published=str(a["published"]),
                       url=a.get("url"))
        for i, e in enumerate(a["events"]):
            t = body.index(e["trigger"])
            s, end = _sentence_around(body, t)
            place = None
            if e.get("place"):
                ptext, pname, pcountry = (x.strip() or None for x in e["place"].split("|"))
                place = Place(ptext, pname, pcountry)
            date = str(e["date"]) if e.get("date") else None
            doc.events.append(Event(
                type=e["type"], mode=e.get("mode"), cameo=None,
                source=_actor_spec(e.get("source"), body),
                target=_actor_spec(e.get("target"), body),
                trigger=(t, t + len(e["trigger"])), evidence=(s, end), sentence=0,
                factuality=e.get("factuality", "asserted"), attribution=e.get("attribution"),
                date=date, date_granularity="day" if date else None, location=place,
                symmetric=bool(e.get("symmetric", False))))
            gold[(doc.id, i)] = e["cluster"]
        docs.append(doc)
    return docs, gold


def snapshot(store) -> dict[str, list]:
    """Every row of every table, sorted, so two snapshots compare exactly."""
    from eventcoder.store.schema import DATA_TABLES

    out = {}
    for t in (*DATA_TABLES, "schema_migrations"):
        out[t] = sorted(store.con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
    return out


_COUNTRIES = ("RUS", "USA", "UKR", "DEU", "FRA", "CHN", "IRN", "POL")
_TYPES = ("CONSULT", "AGREE", "ACCUSE", "REJECT", "SANCTION", "AID", "ASSAULT", "THREATEN")


def synthetic_docs(n: int) -> list[Document]:
    """`n` distinct small coded documents with two events each (for scale and idempotence)."""
    docs = []
    for i in range(n):
        a, b = _COUNTRIES[i % 8], _COUNTRIES[(i * 3 + 1) % 8]
        t1, t2 = _TYPES[i % 8], _TYPES[(i * 5 + 2) % 8]
        body = (f"Meldung {i}: {a} und {b} trafen sich. Danach kritisierte {b} das Land {a} "
                f"scharf, hieß es am Tag {i % 28 + 1}.")
        ma = Mention(body.index(a), body.index(a) + 3, a, Actor(None, a, a, "GOV"))
        mb = Mention(body.index(b, body.index(a) + 3), body.index(b, body.index(a) + 3) + 3, b,
                     Actor(None, b, b, "GOV"))
        first = body.index(".", body.index(":")) + 1
        day = f"2025-03-{i % 28 + 1:02d}"
        doc = Document(id=f"syn-{i}", text=body, lang="de", published=day,
                       url=f"https://outlet{i % 13}.example/{i}", mentions=[ma, mb])
        doc.events = [
            Event(t1, None, None, ma, mb, (ma.start, ma.end), (0, first), 0, date=day,
                  symmetric=t1 == "CONSULT"),
            Event(t2, None, None, mb, ma, (first + 8, first + 20), (first + 1, len(body)), 1,
                  factuality="asserted" if i % 4 else "speculative", mentions=[(0, 8)]),
        ]
        docs.append(doc)
    return docs
