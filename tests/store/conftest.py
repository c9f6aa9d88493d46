"""Hand-built coded Documents for the store tests (no coder involved)."""

from __future__ import annotations

import pytest

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


@pytest.fixture
def seed() -> Document:
    return seed_doc()


@pytest.fixture
def english() -> Document:
    return en_doc()
