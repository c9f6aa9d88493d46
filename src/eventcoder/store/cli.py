"""Click commands over the store: `events`, `dyad`, `clusters`, `export`."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
import duckdb

from eventcoder.errors import Errors
from eventcoder.store.db import Store, open_store

FORMATS = click.Choice(["table", "csv", "json"])
TABLE_COLUMNS = ("date", "type", "mode", "source", "target", "factuality", "attribution",
                 "doc_id", "evidence")


def _fail(message: str) -> None:
    click.echo(f"eventcoder: error: {message}", err=True)
    sys.exit(1)


@contextmanager
def existing_store(db: str) -> Iterator[Store]:
    """Open a store that must already exist; one-line error and exit 1 otherwise."""
    if not Path(db).is_file():
        _fail(Errors.E012.format(path=db) + f" (create one with `eventcoder ingest ... --db {db}`)")
    try:
        store = open_store(db)
    except duckdb.Error as exc:
        _fail(f"cannot open {db}: {str(exc).splitlines()[0]}")
    with store:
        yield store


def _actor_cell(row: dict[str, Any], side: str) -> str:
    name = row.get(f"{side}_name") or row.get(f"{side}_text") or ""
    code = "/".join(x or "-" for x in (row.get(f"{side}_country"), row.get(f"{side}_sector")))
    code = "" if code == "-/-" else code
    return f"{name} ({code})" if code and name else (name or code or "-")


def _table_row(r: dict[str, Any]) -> dict[str, Any]:
    ev = " ".join((r.get("evidence") or "").split())
    return {"date": r.get("date") or "", "type": r["type"], "mode": r.get("mode") or "",
            "source": _actor_cell(r, "source"), "target": _actor_cell(r, "target"),
            "factuality": r.get("factuality") or "", "attribution": r.get("attribution") or "",
            "doc_id": r.get("doc_id") or "", "evidence": ev if len(ev) <= 70 else ev[:67] + "..."}


def emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str], title: str = "",
         table_rows: Sequence[dict[str, Any]] | None = None) -> None:
    """Print rows as a rich table, CSV or a JSON array on stdout."""
    if fmt == "json":
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore",
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        shown = table_rows if table_rows is not None else rows
        t = Table(title=title or None, show_lines=False)
        cols = list(shown[0].keys()) if shown else list(columns)
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in shown:
            t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in cols))
        console = Console()
        if not console.is_terminal:  # piped: do not fold columns to 80 characters
            console = Console(width=200)
        console.print(t)


@click.command("events")
@click.option("--db", required=True, help="DuckDB file written by `eventcoder ingest`.")
@click.option("--actor", help="Country (ISO3, e.g. RUS), actor name or actor id; source or target.")
@click.option("--type", "type_", help="PLOVER type, e.g. CONSULT.")
@click.option("--since", help="Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Latest event date.")
@click.option("--factuality", type=click.Choice(["asserted", "future", "negated", "speculative"]),
              help="Only events with this factuality (default: all).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True,
              help="table for reading, csv or json for other tools.")
def events(db: str, actor: str | None, type_: str | None, since: str | None, until: str | None,
           factuality: str | None, fmt: str) -> None:
    """List stored events."""
    from eventcoder.store.db import EVENT_COLUMNS

    with existing_store(db) as store:
        rows = store.events(actor=actor, type=type_, since=since, until=until,
                            factuality=factuality)
    emit(rows, fmt, EVENT_COLUMNS, title=f"{len(rows)} events",
         table_rows=[_table_row(r) for r in rows])


@click.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--db", required=True, help="DuckDB file written by `eventcoder ingest`.")
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month",
              help="Time bucket of the series.",
              show_default=True)
@click.option("--directed", is_flag=True, help="Only events with A as source and B as target.")
@click.option("--all-factuality", is_flag=True,
              help="Count future, speculative and negated clusters too (default: asserted only).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True,
              help="table for reading, csv or json for other tools.")
def dyad(a: str, b: str, db: str, by: str, directed: bool, all_factuality: bool,
         fmt: str) -> None:
    """Events between two countries per period: counts per quad class, mean intensity."""
    from eventcoder.store.aggregate import DYAD_COLUMNS

    with existing_store(db) as store:
        frame = store.dyad(a, b, by=by, directed=directed,
                           factuality=None if all_factuality else "asserted")
    rows = frame.to_dict(orient="records")
    emit(rows, fmt, DYAD_COLUMNS, title=f"{a.upper()} {'->' if directed else '<->'} {b.upper()} "
         f"by {by} ({int(frame['n_clusters'].sum()) if len(frame) else 0} events, each once)")


@click.command("clusters")
@click.option("--db", required=True, help="DuckDB file written by `eventcoder ingest`.")
@click.option("--actor", help="Country (ISO3) or actor name, source or target.")
@click.option("--type", "type_", help="PLOVER type, e.g. CONSULT.")
@click.option("--since", help="Earliest event date.")
@click.option("--until", help="Latest event date.")
@click.option("--rebuild", is_flag=True, help="Recompute every cluster from scratch.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True,
              help="table for reading, csv or json for other tools.")
def clusters(db: str, actor: str | None, type_: str | None, since: str | None,
             until: str | None, rebuild: bool, fmt: str) -> None:
    """List events counted once across articles, with mention, article and source counts."""
    from eventcoder.store.aggregate import CLUSTER_COLUMNS

    with existing_store(db) as store:
        if rebuild:
            store.cluster(full=True)
        rows = store.clusters(actor=actor, type=type_, since=since, until=until)
    shown = [{"date": r["date"] or "", "type": r["type"], "mode": r["mode"] or "",
              "source": _actor_cell(r, "source"), "target": _actor_cell(r, "target"),
              "factuality": r["factuality"], "mentions": r["n_mentions"],
              "articles": r["n_articles"], "sources": r["n_sources"],
              "first": r["first_report"] or "", "last": r["last_report"] or ""} for r in rows]
    emit(rows, fmt, CLUSTER_COLUMNS, title=f"{len(rows)} event clusters", table_rows=shown)


@click.command("export")
@click.option("--db", required=True, help="DuckDB file written by `eventcoder ingest`.")
@click.option("--format", "fmt", type=click.Choice(["plover", "gdelt", "parquet", "csv"]),
              required=True, help="plover: PLOVER JSON lines; gdelt: GDELT 2.0 event table TSV "
              "(61 columns); parquet: a folder partitioned by event date; csv.")
@click.option("--out", required=True, help="Output file (a folder for parquet).")
@click.option("--level", type=click.Choice(["clusters", "events"]), default="clusters",
              show_default=True, help="For csv and parquet: one row per cluster or per report.")
@click.option("--asserted-only/--all-factuality", default=None,
              help="Keep only events reported as having happened (default: only for gdelt, "
                   "which has no factuality column).")
def export(db: str, fmt: str, out: str, level: str, asserted_only: bool | None) -> None:
    """Write the clustered events as PLOVER JSON lines, GDELT 2.0 TSV, Parquet or CSV."""
    from eventcoder.store.export import export as run_export

    with existing_store(db) as store:
        try:
            n = run_export(store, fmt, out, level=level, asserted_only=asserted_only)
        except OSError as exc:
            _fail(f"cannot write {out}: {exc.strerror or exc}")
    click.echo(f"wrote {n} {level if fmt in ('csv', 'parquet') else 'clusters'} to {out}",
               err=True)
