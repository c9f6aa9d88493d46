"""The seed article end to end: the events, actors, dates, places and attributions it must give."""

import json
from pathlib import Path

import pytest

from eventcoder.document import Document, document_json
from eventcoder.pipeline import code_document

SEED = Path(__file__).parents[2] / "samples" / "seed.jsonl"


@pytest.fixture(scope="module")
def seed():
    row = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    doc = code_document(Document(id=row["id"], text=row["text"], lang=row["lang"]))
    return doc, document_json(doc)["events"]


def pick(events, type_, src_country, tgt_country, symmetric=True):
    def side(a):
        return (a or {}).get("country")
    found = [e for e in events if e["type"] == type_ and (
        (side(e["source"]), side(e["target"])) == (src_country, tgt_country)
        or symmetric and (side(e["source"]), side(e["target"])) == (tgt_country, src_country))]
    seen = [(e["type"], side(e["source"]), side(e["target"])) for e in events]
    assert found, f"no {type_} {src_country}->{tgt_country} in {seen}"
    return found


def test_phone_call_reported_by_svr(seed):
    _, events = seed
    calls = [e for e in pick(events, "CONSULT", "RUS", "USA") if e["date"] == "2025-03"]
    assert len(calls) == 1, "the headline and the body report one call"
    call = calls[0]
    sides = {call["source"]["sector"], call["target"]["sector"]}
    assert sides == {"SPY"}
    assert call["factuality"] == "asserted"
    assert call["attribution"] == "SVR"
    names = {call["source"]["name"], call["target"]["name"]}
    assert "Sergey Naryshkin" in names


def test_parties_agreed_on_contacts(seed):
    _, events = seed
    agree = [e for e in pick(events, "AGREE", "RUS", "USA") if e["attribution"] == "SVR"]
    assert agree and agree[0]["factuality"] == "asserted"


def test_jeddah_talks_ceasefire_and_aid_promise(seed):
    _, events = seed
    talks = pick(events, "CONSULT", "USA", "UKR")
    assert talks[0]["location"]["name"] == "Jeddah"
    assert talks[0]["location"]["country"] == "SAU"
    agrees = pick(events, "AGREE", "USA", "UKR")
    assert len(agrees) == 2  # the ceasefire and the promise of military aid
    assert all(e["factuality"] == "asserted" and e["attribution"] is None for e in agrees)


def test_lavrov_rejects_nato(seed):
    _, events = seed
    (rej,) = pick(events, "REJECT", "RUS", None, symmetric=False)
    assert rej["source"]["name"] == "Sergey Lavrov" and rej["source"]["sector"] == "GOV"
    assert rej["target"]["name"] == "NATO" and rej["target"]["sector"] == "IGO"


def test_reuters_february_meeting(seed):
    _, events = seed
    for type_ in ("CONSULT", "COOPERATE"):
        feb = [e for e in pick(events, type_, "RUS", "USA") if e["date"] == "2025-02"]
        assert feb, type_
        assert feb[0]["attribution"] == "Reuters"
        assert feb[0]["factuality"] == "asserted"


def test_no_false_assertions(seed):
    _, events = seed
    # the analysts' guess and Russia's unconfirmed participation are never asserted
    for e in events:
        ev = e["evidence"]["text"]
        if "Analysten" in ev or "könnte" in ev or "nicht bestätigt" in ev:
            assert e["factuality"] != "asserted", e


def test_naryshkin_spellings_are_one_actor(seed):
    doc, _ = seed
    ids = {m.actor.id for m in doc.mentions if "aryshkin" in m.text or "aryschkin" in m.text}
    assert len(ids) == 1 and None not in ids
    actor = next(m.actor for m in doc.mentions if "Naryschkin" in m.text)
    assert (actor.country, actor.sector) == ("RUS", "SPY")
