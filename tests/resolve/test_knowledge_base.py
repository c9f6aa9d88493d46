"""The knowledge base: loading, lookup, offices on dates, user overlays."""

import json

import pytest

from eventcoder.document import Actor
from eventcoder.resolve.kb import Entry, Office, build_kb, load_kb, resolve_office


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_counts_per_category(kb):
    kinds: dict[str, int] = {}
    for e in kb.entries.values():
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    assert kinds["state"] >= 249
    assert kinds["igo"] >= 60
    assert sum(1 for e in kb.entries.values() if e.source == "groups.yaml") >= 80
    assert kinds["media"] >= 50
    assert sum(1 for e in kb.entries.values() if e.source == "institutions.yaml") >= 150


def test_every_country_has_german_and_english_names(kb):
    rus = kb.entries["RUS"]
    assert {"Russia", "Russland"} <= set(rus.names)
    assert "russisch" in rus.adjectives and "Russian" in rus.adjectives
    assert "Kreml" in rus.seats


def test_lookup_json_shape(kb):
    [m] = kb.lookup("Naryschkin", lang="de", date="2025-03-12")
    assert m.as_json() == {
        "id": "sergey-naryshkin",
        "name": "Sergey Naryshkin",
        "country": "RUS",
        "sector": "SPY",
        "kind": "person",
        "office": "Director of the Foreign Intelligence Service",
        "matched": "Naryschkin",
        "form": "name",
    }


def test_acronyms_are_case_sensitive(kb):
    assert [m.entry.id for m in kb.lookup("SVR")] == ["svr"]
    assert kb.lookup("svr") == []
    assert kb.is_actor_acronym("SVR") and kb.is_actor_acronym("NATO")
    assert not kb.is_actor_acronym("Dschidda")


def test_places_are_not_actors(kb):
    assert kb.lookup("Dschidda") == []


def test_resolve_office_on_dates(kb):
    e = kb.entries["sergey-naryshkin"]
    assert resolve_office(e, "2025-03-12").sector == "SPY"
    assert resolve_office(e, "2014-01-01").sector == "LEG"
    assert resolve_office(e, "2005-01-01") is None
    assert (
        resolve_office(Actor("sergey-naryshkin", None, None, None), "2025-03", kb=kb).org == "SVR"
    )


def test_former_office_holder_is_not_gov():
    e = Entry(
        "x",
        "X",
        "person",
        country="USA",
        offices=[Office("Secretary of State", "USA", "GOV", None, "2021-01-26", "2025-01-20")],
    )
    assert resolve_office(e, "2025-03-01") is None
    assert resolve_office(e, "2021-01") is None  # a month before the start ends at its first day
    assert resolve_office(e, "2022").sector == "GOV"


def test_concurrent_offices_prefer_state_office():
    e = Entry(
        "x",
        "X",
        "person",
        offices=[
            Office("President", "TUR", "GOV", None, "2014-08-28", None),
            Office("Party chairman", "TUR", "PTY", None, "2017-05-21", None),
        ],
    )
    assert resolve_office(e).office == "President"


def test_user_overlay_adds_and_overrides(tmp_path):
    f = tmp_path / "my.yaml"
    f.write_text(
        "persons:\n"
        "  - {id: jane-roe, name: Jane Roe, variants: [Jane Roe], offices: "
        "[{office: Director, country: NLD, sector: SPY, org: AIVD, start: '2020-01-01',"
        " end: null}]}\n"
        "institutions:\n"
        "  - {id: aivd, name: AIVD, country: NLD, sector: SPY, names: [AIVD]}\n"
        "  - {id: cia, names: [Die Firma]}\n",
        encoding="utf-8",
    )
    kb = build_kb(f)
    [m] = kb.lookup("Jane Roe")
    assert (m.actor.country, m.actor.sector) == ("NLD", "SPY")
    assert kb.lookup("AIVD")[0].entry.sector == "SPY"
    cia = kb.lookup("Die Firma")[0].entry
    assert (cia.id, cia.country, cia.sector) == ("cia", "USA", "SPY")
    assert "Central Intelligence Agency" in cia.names


def test_overlay_from_environment(tmp_path, monkeypatch):
    f = tmp_path / "extra.jsonl"
    f.write_text(
        json.dumps(
            {
                "id": "acme-rebels",
                "name": "Acme Front",
                "kind": "group",
                "country": "MLI",
                "sector": "REB",
                "names": ["Acme-Front", "Acme Front"],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EVENTCODER_KB", str(f))
    kb = load_kb()
    assert kb.lookup("Acme-Front")[0].actor.country == "MLI"


def test_head_of_organisation_on_date(kb):
    assert kb.head_of("cia", "2025-03-12").id == "john-ratcliffe"
    assert kb.head_of("cia", "2023-03-12").id == "william-burns"
