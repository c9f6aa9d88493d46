"""Store: schema, ingestion, idempotent re-ingest, queries, runs and failures."""

from __future__ import annotations

import json

import duckdb
from click.testing import CliRunner
from store_fixtures import snapshot

from eventcoder.store import open_store
from eventcoder.store.cli import events as events_cmd
from eventcoder.store.schema import DATA_TABLES, SCHEMA_VERSION


def test_schema_created_and_reopened(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION == 2
        assert s.counts() == {t: 0 for t in DATA_TABLES}
    with open_store(path) as s:  # reopening applies nothing twice
        versions = s.con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
        assert versions == [(1,), (2,)]


def test_add_document_stores_everything(tmp_path, seed):
    with open_store(tmp_path / "s.duckdb") as s:
        assert s.add_document(seed) is True
        c = s.counts()
        assert c["documents"] == 1 and c["events"] == 2 and c["evidence"] == 2
        assert c["actors"] == 4 and c["mentions"] == 4 and c["event_mentions"] == 2
        doc = s.con.execute("SELECT hash, doc_id, lang, published, outlet, title FROM documents"
                            ).fetchone()
        assert doc == (seed.content_hash, "seed", "de", "2025-03-12", "example.ru",
                       "Naryschkin telefoniert mit CIA")
        actors = dict(s.con.execute("SELECT actor_key, name FROM actors").fetchall())
        assert actors["Q315499"] == "Sergey Naryshkin"  # the resolver's id is kept
        ev = s.con.execute("SELECT e.type, e.source_country, e.target_country, e.is_symmetric, "
                           "x.text FROM events e JOIN evidence x USING (evidence_key) "
                           "ORDER BY ordinal").fetchall()
        assert ev[0][:4] == ("CONSULT", "RUS", "USA", True)
        assert ev[0][4].endswith("berichtete die Agentur am 12. März 2025.")
        assert ev[1][:4] == ("REJECT", "RUS", None, False)


def test_reingest_changes_nothing(tmp_path, seed, english):
    with open_store(tmp_path / "s.duckdb") as s:
        s.add_document(seed)
        s.add_document(english)
        before = snapshot(s)
        assert s.add_document(seed) is False
        assert s.add_document(english) is False
        assert snapshot(s) == before


def test_ids_are_stable_across_stores(tmp_path, seed, english):
    keys = []
    for name, docs in (("a", [seed, english]), ("b", [english, seed])):
        with open_store(tmp_path / f"{name}.duckdb") as s:
            for d in docs:
                s.add_document(d)
            keys.append(sorted(r[0] for r in s.con.execute("SELECT event_key FROM events"
                                                           ).fetchall()))
    assert keys[0] == keys[1] and len(keys[0]) == 4


def test_same_id_other_content_is_a_new_document(tmp_path, seed):
    with open_store(tmp_path / "s.duckdb") as s:
        s.add_document(seed)
        seed.text += " Nachtrag."
        assert s.add_document(seed) is True
        assert s.counts()["documents"] == 2


def test_events_filters(tmp_path, seed, english):
    with open_store(tmp_path / "s.duckdb") as s:
        s.add_document(seed)
        s.add_document(english)
        assert [r["type"] for r in s.events()] == ["ACCUSE", "AGREE", "CONSULT", "REJECT"]
        assert [r["type"] for r in s.events(actor="USA")] == ["AGREE", "CONSULT"]
        assert [r["type"] for r in s.events(actor="rus")] == ["ACCUSE", "CONSULT", "REJECT"]
        assert [r["type"] for r in s.events(actor="NATO")] == ["REJECT"]
        assert [r["type"] for r in s.events(actor="Q315499")] == ["CONSULT"]
        assert [r["type"] for r in s.events(type="consult")] == ["CONSULT"]
        assert [r["type"] for r in s.events(since="2025-03-11")] == ["AGREE", "CONSULT",
                                                                      "REJECT"]
        assert [r["type"] for r in s.events(until="2025-03-10")] == ["ACCUSE"]
        assert [r["doc_id"] for r in s.events(since="2025-03")] == ["en-1", "en-1", "seed",
                                                                    "seed"]
        assert s.events(factuality="negated") == []
        row = s.events(type="CONSULT")[0]
        assert row["date"] == "2025-03-12" and row["mode"] == "phone" and row["cameo"] == "041"
        assert (row["source_name"], row["source_country"], row["source_sector"]) == (
            "Sergey Naryshkin", "RUS", "SPY")
        assert (row["target_country"], row["target_sector"]) == ("USA", "SPY")
        assert row["quad_class"] == 1 and row["intensity"] == 1.0
        assert row["attribution"] == "SVR" and row["evidence"].startswith("Der Direktor")
        assert row["cluster_id"].startswith("c_")  # queries cluster new events first
        agree = s.events(type="AGREE")[0]
        assert agree["date"] == "2025-03-11" and agree["date_granularity"] == "published"
        assert agree["cameo"] == "030"  # the type's default when the coder gave none
        frame = s.events_frame(actor="UKR")
        assert list(frame["type"]) == ["ACCUSE", "AGREE"]


def test_runs_and_failures(tmp_path):
    with open_store(tmp_path / "s.duckdb") as s:
        run = s.start_run("ingest a.txt b.bin")
        s.record_failure("b.bin", "E003", "b.bin: binary file, not text", run)
        s.record_failure("b.bin", "E003", "b.bin: binary file, not text", run)  # once per run
        s.finish_run(run, 1, 1)
        r = s.con.execute("SELECT command, n_ok, n_failed, finished_at IS NOT NULL FROM runs"
                          ).fetchone()
        assert r == ("ingest a.txt b.bin", 1, 1, True)
        f = s.failures(run)
        assert [(x["origin"], x["code"], x["message"]) for x in f] == [
            ("b.bin", "E003", "b.bin: binary file, not text")]


def test_events_cli(tmp_path, seed, english):
    db = tmp_path / "s.duckdb"
    with open_store(db) as s:
        s.add_document(seed)
        s.add_document(english)
    runner = CliRunner()
    res = runner.invoke(events_cmd, ["--db", str(db), "--actor", "RUS", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert [(r["type"], r["source_country"], r["target_country"]) for r in rows] == [
        ("ACCUSE", "UKR", "RUS"), ("CONSULT", "RUS", "USA"), ("REJECT", "RUS", None)]
    res = runner.invoke(events_cmd, ["--db", str(db), "--type", "CONSULT", "--format", "csv"])
    lines = res.output.strip().splitlines()
    assert lines[0].startswith("event_key,cluster_id,doc_id,published")
    assert len(lines) == 2 and ",CONSULT,phone,041," in lines[1]
    res = runner.invoke(events_cmd, ["--db", str(db), "--since", "2025-03-12"])
    assert res.exit_code == 0
    assert "CONSULT" in res.output and "Sergey Naryshkin (RUS/SPY)" in res.output
    assert "ACCUSE" not in res.output


def test_events_cli_missing_db(tmp_path):
    res = CliRunner().invoke(events_cmd, ["--db", str(tmp_path / "nope.duckdb")])
    assert res.exit_code == 1
    assert res.output.strip().splitlines() == [
        f"eventcoder: error: E012: database not found: {tmp_path / 'nope.duckdb'} "
        f"(create one with `eventcoder ingest ... --db {tmp_path / 'nope.duckdb'}`)"]
    assert not (tmp_path / "nope.duckdb").exists()


def test_events_cli_not_a_database(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database")
    res = CliRunner().invoke(events_cmd, ["--db", str(bad)])
    assert res.exit_code == 1
    assert res.output.startswith(f"eventcoder: error: cannot open {bad}:")
    assert len(res.output.strip().splitlines()) == 1


def test_read_only_open(tmp_path, seed):
    path = tmp_path / "s.duckdb"
    with open_store(path) as s:
        s.add_document(seed)
    with open_store(path, read_only=True) as s:
        assert len(s.events()) == 2
        try:
            s.add_document(seed.__class__(id="x", text="y"))
        except duckdb.Error:
            pass
        else:
            raise AssertionError("read-only store accepted a write")


def test_migrates_an_older_file(tmp_path, seed):
    from eventcoder.store.schema import MIGRATIONS

    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                "description VARCHAR, applied_at TIMESTAMP)")
    for stmt in MIGRATIONS[0].statements:
        con.execute(stmt)
    con.execute("INSERT INTO schema_migrations VALUES (1, 'v1', now())")
    con.close()
    with open_store(path) as s:
        assert s.schema_version() == 2
        s.add_document(seed)
        assert s.cluster() == 2 and s.counts()["clusters"] == 2
        table = s.clusters_arrow(type="CONSULT")
        assert table.num_rows == 1 and table.column("n_articles").to_pylist() == [1]


def test_buffered_documents_are_written_before_any_read(tmp_path, seed, english):
    path = tmp_path / "b.duckdb"
    with open_store(path, buffer=3) as s:
        assert s.add_document(seed) is True
        assert s.add_document(seed) is False  # a duplicate while still buffered
        assert s.has_document(seed.content_hash)
        unwritten = s._con.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert unwritten == 0
        assert len(s.events()) == 2  # a query writes the buffer first
        s.add_document(english)
    with open_store(path) as s:  # closing wrote the rest
        assert s.counts()["documents"] == 2 and len(s.events()) == 4
