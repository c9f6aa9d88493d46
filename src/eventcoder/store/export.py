"""Exports of the clustered store: PLOVER JSON lines, GDELT 2.0 event TSV, Parquet, CSV."""

from __future__ import annotations

import csv
import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from eventcoder.datafile import load_yaml
from eventcoder.store.aggregate import CLUSTER_COLUMNS
from eventcoder.store.db import EVENT_COLUMNS, Store

# The GDELT 2.0 event table, in order (GDELT-Event_Codebook-V2.0).
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
FORMATS = ("plover", "gdelt", "parquet", "csv")


@cache
def fips_codes() -> dict[str, str]:
    """ISO3 -> FIPS 10-4, for GDELT's geo country columns."""
    with (Path(__file__).parent / "data" / "fips.yaml").open(encoding="utf-8") as f:
        return {str(k): str(v) for k, v in (load_yaml(f) or {}).items()}


def actor_code(country: str | None, sector: str | None, name: str | None) -> str:
    """CAMEO-style actor code: country then sector (RUSSPY, USAGOV); IGOs as IGO + name."""
    if country:
        return country + (sector or "")
    if name:
        letters = "".join(ch for ch in name.upper() if ch.isalnum())
        return ("IGO" if sector == "IGO" else "") + letters[:6]
    return sector or ""


def _day(c: dict[str, Any]) -> date | None:
    """The cluster's day: its date, the first day of its month or year, else its first report."""
    d = c.get("date") or c.get("first_report")
    if not d:
        return None
    d = d[:10]
    if len(d) == 4:
        d += "-01-01"
    elif len(d) == 7:
        d += "-01"
    try:
        return date.fromisoformat(d)
    except ValueError:
        return None


def _num(x: float | None, digits: int = 4) -> str:
    return "" if x is None else f"{x:.{digits}f}".rstrip("0").rstrip(".") if digits else str(x)


def gdelt_row(c: dict[str, Any]) -> list[str]:
    """One cluster as the 61 fields of a GDELT 2.0 event record."""
    d = _day(c)
    cameo = c.get("cameo") or ""
    actors = []
    for side in ("source", "target"):
        country, sector, name = (c.get(f"{side}_country"), c.get(f"{side}_sector"),
                                 c.get(f"{side}_name"))
        if not (country or name or sector):
            actors.append([""] * 10)
            continue
        group = (name or "").upper() if sector == "IGO" and not country else ""
        actors.append([actor_code(country, sector, name), (name or country or "").upper(),
                       country or "", group, "", "", "", sector or "", "", ""])
    geo_blank = ["0", "", "", "", "", "", "", ""]
    action_geo = geo_blank
    if c.get("place_name"):
        fips = fips_codes().get(c.get("place_country") or "", "")
        full = c["place_name"] + (f", {c['place_country']}" if c.get("place_country") else "")
        action_geo = ["4", full, fips, fips, "", _num(c.get("place_lat")),
                      _num(c.get("place_lon")), ""]
    added = (c.get("first_report") or (d.isoformat() if d else "")).replace("-", "")[:8]
    return [
        str(int(c["cluster_id"][2:15], 16)),
        d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "",
        str(d.year) if d else "",
        f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else "",
        *actors[0], *actors[1],
        "1", cameo, cameo[:3], cameo[:2], str(c.get("quad_class") or ""),
        f"{float(c.get('intensity') or 0.0):.1f}",
        str(c.get("n_mentions") or 0), str(c.get("n_sources") or 0),
        str(c.get("n_articles") or 0), "0",
        *geo_blank, *geo_blank, *action_geo,
        (added.ljust(8, "0") + "000000") if added else "", c.get("source_url") or "",
    ]


def _clean(v: Any) -> str:
    return "" if v is None else str(v).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def plover_record(c: dict[str, Any], evidence: list[dict[str, Any]]) -> dict[str, Any]:
    """One cluster as a PLOVER JSON record, with every report that mentions it."""

    def actor(side: str) -> dict[str, Any] | None:
        if not any(c.get(f"{side}_{k}") for k in ("name", "country", "sector")):
            return None
        return {"name": c.get(f"{side}_name"), "country": c.get(f"{side}_country"),
                "sector": c.get(f"{side}_sector"),
                "code": actor_code(c.get(f"{side}_country"), c.get(f"{side}_sector"),
                                   c.get(f"{side}_name"))}

    location = None
    if c.get("place_name"):
        location = {"name": c["place_name"], "country": c.get("place_country"),
                    "lat": c.get("place_lat"), "lon": c.get("place_lon")}
    return {
        "id": c["cluster_id"], "date": c.get("date"),
        "date_granularity": c.get("date_granularity"), "event": c["type"], "mode": c.get("mode"),
        "context": [], "source": actor("source"), "target": actor("target"),
        "symmetric": bool(c.get("symmetric")), "factuality": c.get("factuality"),
        "cameo": c.get("cameo"), "quad_class": c.get("quad_class"),
        "intensity": c.get("intensity"), "location": location,
        "num_mentions": c.get("n_mentions"), "num_sources": c.get("n_sources"),
        "num_articles": c.get("n_articles"), "first_report": c.get("first_report"),
        "last_report": c.get("last_report"), "source_url": c.get("source_url"),
        "reports": [{"doc_id": e["doc_id"], "url": e["url"], "outlet": e["outlet"],
                     "published": e["published"], "lang": e["lang"],
                     "start": e["start_char"], "end": e["end_char"], "text": e["text"]}
                    for e in evidence],
    }


def export(store: Store, fmt: str, out: str | Path, level: str = "clusters",
           asserted_only: bool | None = None) -> int:
    """Write the store's clusters (or events, for csv/parquet) to `out`; returns rows written.

    GDELT has no factuality column, so by default its export holds only asserted clusters
    (reported as having happened); the other formats carry factuality and hold everything.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    out = Path(out)
    if asserted_only is None:
        asserted_only = fmt == "gdelt"
    clusters = store.clusters(factuality="asserted" if asserted_only else None)
    if fmt == "plover":
        evidence = store.cluster_evidence()
        with out.open("w", encoding="utf-8") as f:
            for c in clusters:
                rec = plover_record(c, evidence.get(c["cluster_id"], []))
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return len(clusters)
    if fmt == "gdelt":
        with out.open("w", encoding="utf-8", newline="") as f:
            for c in clusters:
                f.write("\t".join(_clean(v) for v in gdelt_row(c)) + "\n")
        return len(clusters)
    if level == "events":
        rows = store.events(factuality="asserted" if asserted_only else None)
        columns = EVENT_COLUMNS
    else:
        rows, columns = clusters, CLUSTER_COLUMNS
    if fmt == "csv":
        with out.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(columns), extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
        return len(rows)
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    frame = pd.DataFrame(rows, columns=list(columns))
    frame["event_date"] = [(d or "unknown")[:10] for d in frame["date"]]
    out.mkdir(parents=True, exist_ok=True)
    pq.write_to_dataset(pa.Table.from_pandas(frame, preserve_index=False), str(out),
                        partition_cols=["event_date"],
                        basename_template="part-{i}.parquet",
                        existing_data_behavior="delete_matching")
    return len(rows)
