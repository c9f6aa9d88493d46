"""Dyad time series over clusters: counts per quad class and mean intensity per period."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from eventcoder.store.intensity import QUAD_CLASSES

CLUSTER_COLUMNS = (
    "cluster_id", "date", "date_granularity", "type", "mode", "cameo", "quad_class", "quad_name",
    "intensity", "source_name", "source_country", "source_sector", "target_name",
    "target_country", "target_sector", "symmetric", "factuality", "place_name", "place_country",
    "place_lat", "place_lon", "first_report", "last_report", "n_events", "n_mentions",
    "n_articles", "n_sources", "source_url",
)
DYAD_COLUMNS = ("period", "n_clusters", *QUAD_CLASSES.values(), "mean_intensity", "n_mentions",
                "n_articles")
PERIODS = ("day", "week", "month", "year")


def period_of(d: str | None, by: str) -> str | None:
    """The period label of a (possibly partial) ISO date; coarser dates keep their own label."""
    if not d:
        return None
    if by == "year":
        return d[:4]
    if by == "month" or len(d) < 10:
        return d[:7] if by != "day" or len(d) < 10 else d[:10]
    if by == "week":
        y, w, _ = date.fromisoformat(d[:10]).isocalendar()
        return f"{y}-W{w:02d}"
    return d[:10]


def _between(r: dict[str, Any], a: str, b: str, directed: bool) -> bool:
    s, t = r.get("source_country"), r.get("target_country")
    if (s, t) == (a, b):
        return True
    return (not directed or bool(r.get("symmetric"))) and (s, t) == (b, a)


def dyad_frame(clusters: list[dict[str, Any]], a: str, b: str, by: str = "month",
               directed: bool = False) -> pd.DataFrame:
    """One row per period with clusters between countries `a` and `b` (each cluster once).

    `directed` keeps clusters with `a` as source and `b` as target, and symmetric ones either way.
    """
    if by not in PERIODS:
        raise ValueError(f"by must be one of {PERIODS}, not {by!r}")
    a, b = a.upper(), b.upper()
    rows: dict[str, dict[str, Any]] = {}
    sums: dict[str, float] = {}
    for c in clusters:
        if not _between(c, a, b, directed):
            continue
        p = period_of(c.get("date"), by) or "unknown"
        row = rows.setdefault(p, {"period": p, "n_clusters": 0, **dict.fromkeys(
            QUAD_CLASSES.values(), 0), "mean_intensity": 0.0, "n_mentions": 0, "n_articles": 0})
        row["n_clusters"] += 1
        if c.get("quad_class") in QUAD_CLASSES:
            row[QUAD_CLASSES[c["quad_class"]]] += 1
        sums[p] = sums.get(p, 0.0) + float(c.get("intensity") or 0.0)
        row["n_mentions"] += int(c.get("n_mentions") or 0)
        row["n_articles"] += int(c.get("n_articles") or 0)
    for p, row in rows.items():
        row["mean_intensity"] = round(sums[p] / row["n_clusters"], 3)
    return pd.DataFrame([rows[p] for p in sorted(rows)], columns=list(DYAD_COLUMNS))
