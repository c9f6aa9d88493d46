"""The shipped person lists (kb/persons/*.jsonl): schema, coverage and a handful of known facts."""

import importlib.util
import json
import re
from pathlib import Path

import pycountry
import pytest

import eventcoder

PERSONS = Path(eventcoder.__file__).parent / "kb" / "persons"
TABLES = Path(__file__).resolve().parents[2] / "scripts" / "kb"
SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD", "COP", "PTY", "OPP", "REB", "IGO"}
EXTRA_ISO3 = {"XKX"}  # Kosovo: user-assigned code, not in ISO 3166
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FILES = sorted(p for p in PERSONS.glob("*.jsonl") if not p.name.startswith("_"))


def load(path: Path) -> list[dict]:
    """All records of one JSONL file, one object a line."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


RECORDS = [r for p in FILES for r in load(p)]
BY_ID = {r["id"]: r for r in RECORDS}


def offices(pid: str) -> list[dict]:
    """The offices of person `pid`."""
    return BY_ID[pid]["offices"]


def held(pid: str, office: str, on: str) -> dict | None:
    """The office whose title contains `office` that `pid` held on ISO date `on`."""
    for o in offices(pid):
        if (
            office in o["office"]
            and (o["start"] or "") <= on
            and (o["end"] is None or on < o["end"])
        ):
            return o
    return None


def test_files_by_region_exist():
    assert {p.stem for p in FILES} >= {
        "europe",
        "russia_ukraine",
        "americas",
        "middle_east",
        "asia_pacific",
        "africa",
        "igo",
    }


def test_every_line_is_one_object():
    for p in FILES:
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            assert line.strip(), f"{p.name}:{n} empty line"
            obj = json.loads(line)
            assert isinstance(obj, dict), f"{p.name}:{n}"
            assert set(obj) == {"id", "name", "variants", "offices"}, f"{p.name}:{n}"


def test_ids_unique_and_slugs():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert all(SLUG.match(i) for i in ids)


def test_at_least_a_thousand_persons():
    assert len(RECORDS) >= 1000


def test_names_and_variants():
    for r in RECORDS:
        assert r["name"] and r["name"] == r["name"].strip()
        assert isinstance(r["variants"], list)
        assert r["name"] not in r["variants"], r["id"]
        assert len(r["variants"]) == len(set(r["variants"])), r["id"]
        assert all(v and v == v.strip() for v in r["variants"]), r["id"]


def test_offices_schema():
    for r in RECORDS:
        assert r["offices"], r["id"]
        for o in r["offices"]:
            assert set(o) == {"office", "country", "sector", "org", "start", "end"}, r["id"]
            assert o["office"], r["id"]
            assert o["sector"] in SECTORS, (r["id"], o["sector"])
            if o["country"] is None:
                assert o["sector"] == "IGO", (r["id"], o["office"])
            else:
                assert (
                    o["country"] in EXTRA_ISO3
                    or pycountry.countries.get(alpha_3=o["country"]) is not None
                ), (r["id"], o)
            for d in (o["start"], o["end"]):
                assert d is None or DATE.match(d), (r["id"], d)
            assert o["start"] is not None, (r["id"], o["office"])
            if o["end"] is not None:
                # compare on the precision both share: "2019" <= "2019-05-20"
                k = min(len(o["start"]), len(o["end"]))
                assert o["start"][:k] <= o["end"][:k], (r["id"], o)


def test_igo_offices_have_an_org():
    for r in RECORDS:
        for o in r["offices"]:
            if o["sector"] == "IGO":
                assert o["org"], (r["id"], o["office"])


def test_seed_persons_are_covered():
    seed = PERSONS / "_seed.jsonl"
    if not seed.exists():
        pytest.skip("no seed file")
    for s in load(seed):
        assert s["id"] in BY_ID, s["id"]


def test_country_coverage():
    countries = {o["country"] for r in RECORDS for o in r["offices"]}
    g20 = {
        "ARG",
        "AUS",
        "BRA",
        "CAN",
        "CHN",
        "FRA",
        "DEU",
        "IND",
        "IDN",
        "ITA",
        "JPN",
        "MEX",
        "RUS",
        "SAU",
        "ZAF",
        "KOR",
        "TUR",
        "GBR",
        "USA",
    }
    conflict = {
        "UKR",
        "ISR",
        "PSE",
        "IRN",
        "SYR",
        "IRQ",
        "LBN",
        "YEM",
        "AFG",
        "PAK",
        "PRK",
        "SDN",
        "SSD",
        "ETH",
        "SOM",
        "LBY",
        "MLI",
        "BFA",
        "NER",
        "COD",
        "MMR",
        "VEN",
        "COL",
        "ARM",
        "AZE",
        "GEO",
        "BLR",
        "SRB",
        "XKX",
        "EGY",
        "JOR",
        "QAT",
        "ARE",
        "POL",
        "HUN",
        "EST",
        "LVA",
        "LTU",
    }
    assert g20 | conflict <= countries


def test_lavrov():
    o = held("sergey-lavrov", "Minister of Foreign Affairs", "2024-06-01")
    assert o and o["country"] == "RUS" and o["sector"] == "GOV"
    assert o["start"] == "2004-03-09" and o["end"] is None
    v = BY_ID["sergey-lavrov"]["variants"]
    assert {"Sergej Lawrow", "Sergueï Lavrov", "Сергей Лавров", "Lawrow"} <= set(v)


def test_naryshkin():
    o = held("sergey-naryshkin", "Foreign Intelligence Service", "2022-02-24")
    assert o and (o["country"], o["sector"], o["org"]) == ("RUS", "SPY", "SVR")
    assert o["start"] == "2016-10-05"
    assert held("sergey-naryshkin", "State Duma", "2014-01-01")["sector"] == "LEG"
    v = set(BY_ID["sergey-naryshkin"]["variants"])
    assert {"Sergej Naryschkin", "Naryschkin", "Narychkine", "Нарышкин"} <= v


def test_zelensky():
    v = set(BY_ID["volodymyr-zelensky"]["variants"])
    assert {"Wolodymyr Selenskyj", "Selenskyj", "Zelenskyy", "Володимир Зеленський"} <= v
    assert held("volodymyr-zelensky", "President of Ukraine", "2022-02-24")["country"] == "UKR"
    assert held("volodymyr-zelensky", "President of Ukraine", "2019-01-01") is None


def test_offices_on_dates():
    assert held("pete-hegseth", "Secretary of Defense", "2025-06-01")["country"] == "USA"
    assert held("lloyd-austin", "Secretary of Defense", "2025-06-01") is None
    assert held("lloyd-austin", "Secretary of Defense", "2023-06-01")["sector"] == "GOV"
    assert held("olaf-scholz", "Chancellor", "2023-01-01")["country"] == "DEU"
    assert held("friedrich-merz", "Chancellor", "2025-06-01")["country"] == "DEU"
    assert held("friedrich-merz", "Leader of the CDU/CSU", "2023-01-01")["sector"] == "OPP"
    assert held("william-burns", "Central Intelligence Agency", "2022-01-01")["sector"] == "SPY"
    assert held("john-ratcliffe", "Central Intelligence Agency", "2025-03-01")["org"] == "CIA"
    assert held("bruno-kahl", "Federal Intelligence Service", "2020-01-01")["org"] == "BND"
    assert held("david-barnea", "Mossad", "2024-01-01")["country"] == "ISR"
    assert held("yahya-sinwar", "Hamas", "2020-01-01")["sector"] == "REB"
    assert held("bashar-al-assad", "President of Syria", "2025-01-01") is None
    assert held("ahmed-al-sharaa", "President of Syria", "2025-06-01")["country"] == "SYR"
    assert held("jens-stoltenberg", "NATO", "2020-01-01") == {
        "office": "Secretary General of NATO",
        "country": None,
        "sector": "IGO",
        "org": "NATO",
        "start": "2014-10-01",
        "end": "2024-10-01",
    }
    assert held("mark-rutte", "Prime Minister", "2015-01-01")["country"] == "NLD"


def test_native_scripts():
    assert "习近平" in BY_ID["xi-jinping"]["variants"]
    assert "בנימין נתניהו" in BY_ID["benjamin-netanyahu"]["variants"]
    assert "김정은" in BY_ID["kim-jong-un"]["variants"]
    assert "محمود عباس" in BY_ID["mahmoud-abbas"]["variants"]
    assert "Netanjahu" in BY_ID["benjamin-netanyahu"]["variants"]


def test_tables_and_jsonl_agree():
    """The JSONL files are what scripts/kb/build_persons.py makes of the hand-typed tables."""
    script = TABLES / "build_persons.py"
    if not script.exists():
        pytest.skip("tables not in this checkout")
    spec = importlib.util.spec_from_file_location("build_persons", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for table in sorted((TABLES / "persons").glob("*.txt")):
        assert mod.parse(table) == load(PERSONS / f"{table.stem}.jsonl"), table.name
