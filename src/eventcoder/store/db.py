"""The event store: coded documents in DuckDB, ingested incrementally under stable ids."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from eventcoder.document import Document, Event, Mention
from eventcoder.store import ids
from eventcoder.store.intensity import QUAD_CLASSES, type_info
from eventcoder.store.schema import DATA_TABLES, MIGRATIONS, SCHEMA_VERSION

_INGEST_TABLES = ("documents", "actors", "mentions", "evidence", "events", "event_mentions")
EVENT_COLUMNS = (
    "event_key", "cluster_id", "doc_id", "published", "url", "outlet", "date", "date_granularity",
    "type", "mode", "cameo", "quad_class", "intensity",
    "source_text", "source_name", "source_country", "source_sector",
    "target_text", "target_name", "target_country", "target_sector",
    "symmetric", "factuality", "attribution", "place_name", "place_country", "evidence",
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def open_store(path: str | Path, read_only: bool = False, buffer: int = 100) -> Store:
    """Open (creating file and schema if needed) the store at `path`."""
    return Store(path, read_only=read_only, buffer=buffer)


class Store:
    """A DuckDB file holding documents, actors, events, evidence, clusters and runs.

    `add_document` keeps up to `buffer` new documents in memory and writes them in one
    transaction; any other use of the store (queries, `con`, runs, `close`) writes them first.
    """

    def __init__(self, path: str | Path, read_only: bool = False, buffer: int = 100) -> None:
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._con = duckdb.connect(str(self.path), read_only=read_only)
        self.read_only = read_only
        self.buffer = max(1, buffer)
        self._pending: dict[str, list[list[Any]]] = {t: [] for t in _INGEST_TABLES}
        self._pending_hashes: set[str] = set()
        if not read_only:
            self._migrate()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, after buffered documents are written."""
        self.flush()
        return self._con

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._con.close()

    def _migrate(self) -> None:
        """Apply every migration newer than the file's schema version, each in one transaction."""
        self._con.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)""")
        current = self.schema_version()
        for m in MIGRATIONS:
            if m.version <= current:
                continue
            self._con.begin()
            try:
                for stmt in m.statements:
                    self._con.execute(stmt)
                self._con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                 [m.version, m.description, _now()])
                self._con.commit()
            except Exception:
                self._con.rollback()
                raise

    def schema_version(self) -> int:
        """The highest migration applied to this file (0 for a new file)."""
        row = self._con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations"
                                ).fetchone()
        return int(row[0]) if row else 0

    # -- runs and failures ---------------------------------------------------------------------

    def start_run(self, command: str) -> str:
        """Record the start of a command; returns its run id."""
        run_id = _now().strftime("run_%Y%m%dT%H%M%S_") + uuid.uuid4().hex[:8]
        self.con.execute("INSERT INTO runs VALUES (?, ?, ?, NULL, NULL, NULL)",
                         [run_id, command, _now()])
        return run_id

    def finish_run(self, run_id: str, n_ok: int, n_failed: int, changed: bool = True) -> None:
        """Close a run; a run that changed nothing (all known documents, all known failures)
        leaves no trace, so re-ingesting the same inputs leaves every table as it was."""
        if not changed:
            self.con.execute("DELETE FROM runs WHERE run_id = ?", [run_id])
            return
        self.con.execute("UPDATE runs SET finished_at = ?, n_ok = ?, n_failed = ? WHERE run_id = ?",
                         [_now(), n_ok, n_failed, run_id])

    def record_failure(self, origin: str, code: str, message: str,
                       run_id: str | None = None) -> bool:
        """Record that an input could not be coded; the same failure of the same input is one
        row, kept with the run that first saw it. True when it is new."""
        key = "f_" + ids.digest(origin, code, message)
        before = self.con.execute("SELECT count(*) FROM failures WHERE failure_key = ?",
                                  [key]).fetchone()[0]
        if before:
            return False
        self.con.execute("INSERT INTO failures VALUES (?, ?, ?, ?, ?, ?)",
                         [key, origin, code, message, run_id, _now()])
        return True

    def failures(self, run_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT origin, code, message, run_id, recorded_at FROM failures"
        params: list[Any] = []
        if run_id is not None:
            sql += " WHERE run_id = ?"
            params.append(run_id)
        return self._dicts(sql + " ORDER BY recorded_at, origin", params)

    # -- ingestion -----------------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        """Is a document with this content hash stored (or about to be)?"""
        return content_hash in self._pending_hashes or bool(self._stored_hashes([content_hash]))

    def add_document(self, doc: Document, run_id: str | None = None) -> bool:
        """Store a coded document; False (and nothing written) when its content is already here."""
        added = self._stage([doc], run_id)[0]
        if len(self._pending_hashes) >= self.buffer:
            self.flush()
        return added

    def add_documents(self, docs: list[Document], run_id: str | None = None) -> list[bool]:
        """Store many coded documents in one transaction; per document, whether it was new."""
        added = self._stage(docs, run_id)
        self.flush()
        return added

    def _stage(self, docs: list[Document], run_id: str | None) -> list[bool]:
        """Compute the rows of the documents not stored yet and keep them for `flush`."""
        if self.read_only:
            raise duckdb.InvalidInputException(f"{self.path} is open read-only")
        hashes = [d.content_hash for d in docs]
        known = self._stored_hashes(hashes) | self._pending_hashes
        added = []
        for doc, h in zip(docs, hashes, strict=True):
            if h in known:
                added.append(False)
                continue
            known.add(h)
            self._pending_hashes.add(h)
            added.append(True)
            for table, table_rows in _document_rows(doc, h, run_id).items():
                self._pending[table] += table_rows
        return added

    def flush(self) -> None:
        """Write buffered documents in one transaction (all or nothing)."""
        if not self._pending_hashes:
            return
        rows, self._pending = self._pending, {t: [] for t in _INGEST_TABLES}
        self._pending_hashes = set()
        for table, width in (("actors", 1), ("mentions", 1), ("evidence", 1), ("events", 1),
                             ("event_mentions", 3)):
            rows[table] = _first_per_key(rows[table], width)
        self._con.begin()
        try:
            for table in _INGEST_TABLES:
                self._insert(table, rows[table], ignore=table != "documents")
            self._con.commit()
        except Exception:
            self._con.rollback()
            raise

    def _stored_hashes(self, hashes: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = hashes[i:i + 500]
            marks = ", ".join("?" * len(chunk))
            found |= {r[0] for r in self._con.execute(
                f"SELECT hash FROM documents WHERE hash IN ({marks})", chunk).fetchall()}
        return found

    def _insert(self, table: str, rows: list[list[Any]], ignore: bool = True) -> None:
        """Insert rows: many through an Arrow table, few as one multi-row VALUES statement."""
        if not rows:
            return
        verb = "INSERT OR IGNORE INTO" if ignore else "INSERT INTO"
        if len(rows) > 20:
            import pyarrow as pa

            cols = [f"c{i}" for i in range(len(rows[0]))]
            batch = pa.Table.from_pylist([dict(zip(cols, r, strict=True)) for r in rows])
            self._con.register("_ingest_batch", batch)
            try:
                self._con.execute(f"{verb} {table} SELECT * FROM _ingest_batch")
            finally:
                self._con.unregister("_ingest_batch")
            return
        one = "(" + ", ".join("?" * len(rows[0])) + ")"
        params = [v for r in rows for v in r]
        self._con.execute(f"{verb} {table} VALUES {', '.join([one] * len(rows))}", params)

    # -- queries -------------------------------------------------------------------------------

    def _dicts(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        return {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in DATA_TABLES}

    def events(self, actor: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None,
               factuality: str | None = None) -> list[dict[str, Any]]:
        """Stored events, one dict per event (columns EVENT_COLUMNS), oldest first."""
        self._ensure_clustered()
        where, params = _event_filters(actor, type, since, until, factuality)
        sql = f"""
            SELECT e.event_key, cm.cluster_id, d.doc_id, d.published, d.url, d.outlet,
                   coalesce(e.date, d.published) AS date,
                   CASE WHEN e.date IS NULL AND d.published IS NOT NULL THEN 'published'
                        ELSE e.date_granularity END AS date_granularity,
                   e.type, e.mode, e.cameo, e.source_text, e.source_name, e.source_country,
                   e.source_sector, e.target_text, e.target_name, e.target_country,
                   e.target_sector, e.is_symmetric AS symmetric, e.factuality, e.attribution,
                   e.place_name, e.place_country, s.text AS evidence
            FROM events e JOIN documents d ON d.hash = e.doc_hash
            LEFT JOIN evidence s ON s.evidence_key = e.evidence_key
            LEFT JOIN cluster_members cm ON cm.event_key = e.event_key
            {where}
            ORDER BY date NULLS LAST, d.published NULLS LAST, d.doc_id, e.ordinal"""
        rows = self._dicts(sql, params)
        out = []
        for r in rows:
            info = type_info(r["type"], r["mode"], r["cameo"])
            r["cameo"] = r["cameo"] or info.cameo
            r["quad_class"] = info.quad_class
            r["intensity"] = info.intensity
            out.append({c: r.get(c) for c in EVENT_COLUMNS})
        return out

    def events_frame(self, **filters: Any):
        """`events(...)` as a pandas DataFrame."""
        import pandas as pd

        return pd.DataFrame(self.events(**filters), columns=list(EVENT_COLUMNS))

    # -- clusters ------------------------------------------------------------------------------

    def _report_rows(self, where: str = "") -> list[dict[str, Any]]:
        return self._dicts(f"""
            SELECT e.event_key, e.doc_hash, e.ordinal, d.outlet, d.published, d.url,
                   e.type, e.mode, e.cameo, e.source_name, e.source_country, e.source_sector,
                   e.target_name, e.target_country, e.target_sector, e.is_symmetric,
                   e.factuality, e.date, e.date_granularity, e.place_name, e.place_country,
                   e.place_lat, e.place_lon, s.text AS evidence,
                   (SELECT count(*) FROM event_mentions m WHERE m.event_key = e.event_key)
                       AS n_mentions
            FROM events e JOIN documents d ON d.hash = e.doc_hash
            LEFT JOIN evidence s ON s.evidence_key = e.evidence_key {where}""")

    def _ensure_clustered(self) -> None:
        """Place events ingested since the last clustering (not possible when read-only)."""
        if not self.read_only:
            self.cluster()

    def cluster(self, full: bool = False) -> int:
        """Cluster events not yet in a cluster (all of them if `full`); returns clusters touched."""
        from eventcoder.store.cluster import assign

        if full:
            self.con.begin()
            self.con.execute("DELETE FROM cluster_members")
            self.con.execute("DELETE FROM clusters")
            self.con.commit()
        pending = self._report_rows(
            "WHERE e.event_key NOT IN (SELECT event_key FROM cluster_members)")
        if not pending:
            return 0
        existing_rows = self._report_rows("WHERE e.event_key IN (SELECT event_key FROM "
                                          "cluster_members)")
        member_of = dict(self.con.execute("SELECT event_key, cluster_id FROM cluster_members"
                                          ).fetchall())
        by_cluster: dict[str, list[dict[str, Any]]] = {}
        for r in existing_rows:
            by_cluster.setdefault(member_of[r["event_key"]], []).append(r)
        old_ids = sorted(by_cluster)
        rows_by_key = {r["event_key"]: r for r in existing_rows + pending}
        existing = [sorted((_report(r) for r in by_cluster[c]), key=_order) for c in old_ids]
        clusters = assign((_report(r) for r in pending), existing)
        touched: list[tuple[str, list[dict[str, Any]]]] = []
        new_members: list[list[str]] = []
        for i, members in enumerate(clusters):
            cid = old_ids[i] if i < len(old_ids) else ids.cluster_key(members[0].key)
            added = [m.key for m in members if m.key not in member_of]
            if not added:
                continue
            new_members += [[k, cid] for k in added]
            touched.append((cid, [rows_by_key[m.key] for m in members]))
        self.con.begin()
        try:
            self._insert("cluster_members", new_members, ignore=False)
            ids_touched = [cid for cid, _ in touched]
            for i in range(0, len(ids_touched), 500):
                chunk = ids_touched[i:i + 500]
                self.con.execute(f"DELETE FROM clusters WHERE cluster_id IN "
                                 f"({', '.join('?' * len(chunk))})", chunk)
            self._insert("clusters", [_cluster_summary(cid, rows) for cid, rows in touched],
                         ignore=False)
            self.con.commit()
        except Exception:
            self.con.rollback()
            raise
        return len(touched)

    def clusters(self, actor: str | None = None, type: str | None = None,
                 since: str | None = None, until: str | None = None,
                 factuality: str | None = None) -> list[dict[str, Any]]:
        """Clusters (events counted once across articles), oldest first, with quad and intensity."""
        self._ensure_clustered()
        conds, params = [], []
        if actor:
            conds.append("(source_country = upper(?) OR lower(source_name) = lower(?) "
                         "OR target_country = upper(?) OR lower(target_name) = lower(?))")
            params += [actor] * 4
        if type:
            conds.append("type = upper(?)")
            params.append(type)
        if since:
            conds.append("date IS NOT NULL AND date >= substr(?, 1, length(date))")
            params.append(since)
        if until:
            conds.append("date IS NOT NULL AND date <= substr(?, 1, length(date))")
            params.append(until)
        if factuality:
            conds.append("factuality = lower(?)")
            params.append(factuality)
        where = ("WHERE " + " AND ".join(conds)) if conds else ""
        rows = self._dicts(f"SELECT * FROM clusters {where} "
                           "ORDER BY date NULLS LAST, first_report NULLS LAST, cluster_id", params)
        for r in rows:
            info = type_info(r["type"], r["mode"], r["cameo"])
            r["cameo"] = r["cameo"] or info.cameo
            r["quad_class"] = info.quad_class
            r["quad_name"] = QUAD_CLASSES.get(info.quad_class)
            r["intensity"] = info.intensity
            r["symmetric"] = bool(r.pop("is_symmetric"))
        return rows

    def clusters_frame(self, **filters: Any):
        """`clusters(...)` as a pandas DataFrame."""
        import pandas as pd

        from eventcoder.store.aggregate import CLUSTER_COLUMNS

        return pd.DataFrame(self.clusters(**filters), columns=list(CLUSTER_COLUMNS))

    def clusters_arrow(self, **filters: Any):
        """`clusters(...)` as a pyarrow Table."""
        import pyarrow as pa

        return pa.Table.from_pandas(self.clusters_frame(**filters), preserve_index=False)

    def cluster_evidence(self) -> dict[str, list[dict[str, Any]]]:
        """cluster id -> every evidence span of its members (doc, url, published, offsets, text)."""
        rows = self._dicts("""
            SELECT cm.cluster_id, d.doc_id, d.url, d.outlet, d.published, d.lang, e.event_key,
                   m.start_char, m.end_char, m.text
            FROM cluster_members cm JOIN events e USING (event_key)
            JOIN documents d ON d.hash = e.doc_hash
            JOIN event_mentions m ON m.event_key = e.event_key
            ORDER BY cm.cluster_id, d.published NULLS LAST, d.doc_id, m.start_char""")
        out: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            out.setdefault(r.pop("cluster_id"), []).append(r)
        return out

    def dyad(self, a: str, b: str, by: str = "month", directed: bool = False,
             factuality: str | None = "asserted"):
        """Per period: clusters between `a` and `b` per quad class and their mean intensity."""
        from eventcoder.store.aggregate import dyad_frame

        return dyad_frame(self.clusters(factuality=factuality), a, b, by, directed)

    def table_frame(self, table: str):
        """A whole table as a pandas DataFrame (for tests and notebooks)."""
        if table not in DATA_TABLES and table != "schema_migrations":
            raise ValueError(f"unknown table {table!r}")
        return self.con.execute(f"SELECT * FROM {table}").df()


def _report(r: dict[str, Any]):
    from eventcoder.store.cluster import Report, identity

    return Report(
        key=r["event_key"], doc=r["doc_hash"], outlet=r["outlet"], published=r["published"],
        type=r["type"], mode=r["mode"],
        source=(identity(r["source_country"], r["source_name"]), r["source_sector"]),
        target=(identity(r["target_country"], r["target_name"]), r["target_sector"]),
        symmetric=bool(r["is_symmetric"]), factuality=r["factuality"], date=r["date"],
        granularity=r["date_granularity"], place=(r["place_name"], r["place_country"]),
        evidence=r["evidence"] or "", ordinal=r["ordinal"])


def _order(r) -> tuple:
    from eventcoder.store.cluster import order_key

    return order_key(r)


def _cluster_summary(cid: str, rows: list[dict[str, Any]]) -> list[Any]:
    """The `clusters` row for members `rows` (first row founded the cluster)."""
    from eventcoder.store.cluster import most_common

    rows = sorted(rows, key=lambda r: (r["published"] or "9999", r["doc_hash"], r["ordinal"]))
    # orientation: the most frequent source (symmetric reports name the parties either way)
    reports = [_report(r) for r in rows]
    usual = most_common(sorted(x.source[0] for x in reports if x.source[0]))
    founder = next((r for r, x in zip(rows, reports, strict=True) if x.source[0] == usual),
                   rows[0])
    fr = _report(founder)
    oriented = []
    for r in rows:  # turn symmetric reports the founder's way round
        rr = _report(r)
        swap = rr.source[0] != fr.source[0] and rr.source[0] is not None and (
            rr.source[0] == fr.target[0] or rr.target[0] == fr.source[0])
        oriented.append((r, "target" if swap else "source", "source" if swap else "target"))

    def pick(side: int, field: str) -> Any:
        return most_common(o[0][f"{o[side]}_{field}"] for o in oriented)

    days = sorted(r["date"] for r in rows if r["date"] and len(r["date"]) >= 10)
    months = sorted(r["date"][:7] for r in rows if r["date"] and len(r["date"]) >= 7)
    years = sorted(r["date"][:4] for r in rows if r["date"])
    pubs = sorted(r["published"] for r in rows if r["published"])
    if days:
        date, gran = most_common(days), "day"
    elif months:
        date, gran = most_common(months), "month"
    elif years:
        date, gran = most_common(years), "year"
    else:
        date, gran = (pubs[0], "published") if pubs else (None, None)
    places = [r for r in rows if r["place_name"]]
    place = most_common(r["place_name"] for r in places)
    place_row = next((r for r in places if r["place_name"] == place), None)
    factuality = "asserted" if any(r["factuality"] == "asserted" for r in rows) else most_common(
        sorted(r["factuality"] for r in rows))
    first_url = next((r["url"] for r in rows if r["url"]), None)
    return [
        cid, founder["type"], most_common(r["mode"] for r in rows),
        most_common(r["cameo"] for r in rows),
        pick(1, "name"), pick(1, "country"), pick(1, "sector"),
        pick(2, "name"), pick(2, "country"), pick(2, "sector"),
        any(bool(r["is_symmetric"]) for r in rows), factuality, date, gran,
        place, place_row["place_country"] if place_row else None,
        place_row["place_lat"] if place_row else None,
        place_row["place_lon"] if place_row else None,
        pubs[0] if pubs else None, pubs[-1] if pubs else None,
        len(rows), sum(max(1, r["n_mentions"]) for r in rows),
        len({r["doc_hash"] for r in rows}), len({r["outlet"] for r in rows}), first_url,
    ]


def _event_filters(actor: str | None, type_: str | None, since: str | None, until: str | None,
                   factuality: str | None) -> tuple[str, list[Any]]:
    """WHERE clause for `Store.events`; partial dates match when their period overlaps."""
    conds: list[str] = []
    params: list[Any] = []
    if actor:
        side = ("({p}_country = upper(?) OR lower({p}_name) = lower(?) OR {p}_actor = ? "
                "OR lower({p}_text) = lower(?))")
        conds.append(f"({side.format(p='e.source')} OR {side.format(p='e.target')})")
        params += [actor] * 8
    if type_:
        conds.append("e.type = upper(?)")
        params.append(type_)
    eff = "coalesce(e.date, d.published)"
    if since:
        conds.append(f"{eff} IS NOT NULL AND {eff} >= substr(?, 1, length({eff}))")
        params.append(since)
    if until:
        conds.append(f"{eff} IS NOT NULL AND {eff} <= substr(?, 1, length({eff}))")
        params.append(until)
    if factuality:
        conds.append("e.factuality = lower(?)")
        params.append(factuality)
    return ("WHERE " + " AND ".join(conds)) if conds else "", params


def _first_per_key(rows: list[list[Any]], width: int) -> list[list[Any]]:
    """Rows with a new primary key (its first `width` columns); the first of each key wins."""
    seen: set[tuple] = set()
    out = []
    for r in rows:
        k = tuple(r[:width])
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def _mention_row(h: str, m: Mention) -> list[Any]:
    return [ids.mention_key(h, m), h, m.start, m.end, m.text, ids.actor_key(m.actor),
            m.sentence, m.how or None]


def _document_rows(doc: Document, h: str, run_id: str | None) -> dict[str, list[list[Any]]]:
    """Every row one document contributes, keyed by table."""
    outlet = ids.outlet_of(doc.url, doc.meta.get("outlet") if doc.meta else None, h)
    rows: dict[str, list[list[Any]]] = {t: [] for t in (
        "documents", "actors", "mentions", "evidence", "events", "event_mentions")}
    rows["documents"].append([h, doc.id, doc.lang, doc.published, doc.title, doc.url, doc.origin,
                              outlet, doc.text, len(doc.events), run_id, _now()])
    seen_actors: set[str] = set()
    seen_mentions: set[str] = set()

    def add_mention(m: Mention | None) -> str | None:
        if m is None:
            return None
        key = ids.mention_key(h, m)
        if key not in seen_mentions:
            seen_mentions.add(key)
            rows["mentions"].append(_mention_row(h, m))
        a = m.actor
        ak = ids.actor_key(a)
        if ak not in seen_actors:
            seen_actors.add(ak)
            rows["actors"].append([ak, a.name, a.country, a.sector, a.kind, a.office])
        return key

    for m in doc.mentions:
        add_mention(m)
    seen_evidence: set[str] = set()
    seen_events: set[str] = set()
    for i, e in enumerate(doc.events):
        key = ids.event_key(h, e)
        n = 2
        while key in seen_events:  # the same event listed twice in one document
            key = f"{ids.event_key(h, e)}_{n}"
            n += 1
        seen_events.add(key)
        ev_key = ids.evidence_key(h, *e.evidence)
        if ev_key not in seen_evidence:
            seen_evidence.add(ev_key)
            rows["evidence"].append([ev_key, h, e.evidence[0], e.evidence[1], e.sentence,
                                     doc.text[e.evidence[0]:e.evidence[1]]])
        rows["events"].append(_event_row(doc, h, i, key, e, add_mention(e.source),
                                         add_mention(e.target), ev_key))
        spans = {tuple(e.evidence)} | {tuple(s) for s in e.mentions}
        for s, t in sorted(spans):
            rows["event_mentions"].append([key, s, t, doc.text[s:t]])
    return rows


def _side(m: Mention | None) -> list[Any]:
    if m is None:
        return [None] * 5
    return [ids.actor_key(m.actor), m.text, m.actor.name, m.actor.country, m.actor.sector]


def _event_row(doc: Document, h: str, i: int, key: str, e: Event, src_key: str | None,
               tgt_key: str | None, ev_key: str) -> list[Any]:
    loc = e.location
    return [key, h, i, e.type, e.mode, e.cameo, src_key, *_side(e.source), tgt_key,
            *_side(e.target), bool(e.symmetric), e.factuality or "asserted", e.attribution,
            e.date, e.date_granularity or _granularity(e.date),
            loc.text if loc else None, loc.name if loc else None, loc.country if loc else None,
            loc.lat if loc else None, loc.lon if loc else None,
            ev_key, e.trigger[0], e.trigger[1], doc.text[e.trigger[0]:e.trigger[1]], e.sentence,
            json.dumps(e.why, ensure_ascii=False)]


def _granularity(date: str | None) -> str | None:
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


__all__ = ["EVENT_COLUMNS", "QUAD_CLASSES", "SCHEMA_VERSION", "Store", "open_store"]
