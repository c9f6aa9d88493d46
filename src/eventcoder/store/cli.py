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
        _fail(f"no database at {db} (create one with `eventcoder ingest ... --db {db}`)")
    try:
        store = open_store(db)
    except duckdb.Error as exc:
        _fail(f"cannot open {db}: {str(exc).splitlines()[0]}")
    with store:
        yield store


def _actor_cell(row: dict[str, Any], side: str) -> str:
    name = row.get(f"{side}_name") or row.get(f"{side}_text") or ""
    code = "".join(x for x in (row.get(f"{side}_country"), row.get(f"{side}_sector")) if x)
    return f"{name} ({code})" if code and name else (name or code or "-")


def _table_row(r: dict[str, Any]) -> dict[str, Any]:
    ev = " ".join((r.get("evidence") or "").split())
    return {"date": r.get("date") or "", "type": r["type"], "mode": r.get("mode") or "",
            "source": _actor_cell(r, "source"), "target": _actor_cell(r, "target"),
            "factuality": r.get("factuality") or "", "attribution": r.get("attribution") or "",
            "doc_id": r.get("doc_id") or "", "evidence": ev if len(ev) <= 90 else ev[:87] + "..."}


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
        Console(width=max(Console().width, 160)).print(t)


@click.command("events")
@click.option("--db", required=True, help="DuckDB file written by `eventcoder ingest`.")
@click.option("--actor", help="Country (ISO3, e.g. RUS), actor name or actor id; source or target.")
@click.option("--type", "type_", help="PLOVER type, e.g. CONSULT.")
@click.option("--since", help="Earliest event date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Latest event date.")
@click.option("--factuality", type=click.Choice(["asserted", "future", "negated", "speculative"]))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def events(db: str, actor: str | None, type_: str | None, since: str | None, until: str | None,
           factuality: str | None, fmt: str) -> None:
    """List stored events."""
    from eventcoder.store.db import EVENT_COLUMNS

    with existing_store(db) as store:
        rows = store.events(actor=actor, type=type_, since=since, until=until,
                            factuality=factuality)
    emit(rows, fmt, EVENT_COLUMNS, title=f"{len(rows)} events",
         table_rows=[_table_row(r) for r in rows])
