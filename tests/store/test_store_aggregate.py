"""Dyad aggregates (API and CLI), quad classes and intensities."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventcoder.store import open_store
from eventcoder.store.aggregate import DYAD_COLUMNS, period_of
from eventcoder.store.cli import clusters as clusters_cmd
from eventcoder.store.cli import dyad as dyad_cmd
from eventcoder.store.intensity import QUAD_CLASSES, type_info, type_table


@pytest.fixture(scope="module")
def db(tmp_path_factory, corpus):
    docs, _ = corpus
    path = tmp_path_factory.mktemp("ag") / "corpus.duckdb"
    with open_store(path) as s:
        s.add_documents(docs)
        s.cluster()
    return path


def test_dyad_by_month_counts_each_event_once(db):
    with open_store(db) as s:
        frame = s.dyad("RUS", "USA", by="month")
    assert list(frame.columns) == list(DYAD_COLUMNS)
    rows = frame.to_dict(orient="records")
    assert [(r["period"], r["n_clusters"], r["verbal_cooperation"], r["material_conflict"])
            for r in rows] == [("2025-02", 3, 3, 0), ("2025-03", 5, 5, 0)]
    # 37 reports in 37 articles make these 8 events
    assert sum(r["n_articles"] for r in rows) == 37


def test_dyad_by_day_and_week(db):
    with open_store(db) as s:
        day = s.dyad("usa", "rus", by="day")
        week = s.dyad("RUS", "USA", by="week")
        everything = s.dyad("RUS", "USA", by="month", factuality=None)
        directed = s.dyad("RUS", "USA", by="day", directed=True)
    assert list(day["period"]) == ["2025-02-18", "2025-02-27", "2025-03-12", "2025-03-14",
                                   "2025-03-18"]
    assert list(day["n_clusters"]) == [2, 1, 2, 1, 2]
    consult, agree = type_info("CONSULT", "phone").intensity, type_info("AGREE").intensity
    # 12 March: the spy chiefs' call (CONSULT phone) and their agreement to keep in touch
    assert day.iloc[2]["mean_intensity"] == pytest.approx((consult + agree) / 2)
    assert list(week["period"]) == ["2025-W08", "2025-W09", "2025-W11", "2025-W12"]
    # the negated AGREE of 12 March counts only when asked for every factuality
    assert list(everything["n_clusters"]) == [3, 6]
    # directed: Putin's (asymmetric) AGREE goes RUS -> USA; symmetric talks count either way
    assert list(directed["n_clusters"]) == [2, 1, 2, 1, 2]
    with open_store(db) as s:
        assert list(s.dyad("USA", "RUS", by="day", directed=True)["n_clusters"]) == [
            2, 1, 2, 1, 1]


def test_dyad_other_pairs(db):
    with open_store(db) as s:
        frame = s.dyad("RUS", "UKR", by="day")
        assert s.dyad("RUS", "NOR").empty
    rows = frame.to_dict(orient="records")
    assert [(r["period"], r["n_clusters"]) for r in rows] == [
        ("2025-03-10", 2), ("2025-03-13", 1), ("2025-03-14", 1), ("2025-03-19", 1)]
    strikes = rows[0]
    assert strikes["material_conflict"] == 2
    assert strikes["mean_intensity"] == type_info("ASSAULT").intensity


def test_dyad_cli(db):
    runner = CliRunner()
    res = runner.invoke(dyad_cmd, ["RUS", "USA", "--db", str(db), "--by", "month",
                                   "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert [(r["period"], r["n_clusters"], r["verbal_cooperation"]) for r in rows] == [
        ("2025-02", 3, 3), ("2025-03", 5, 5)]
    res = runner.invoke(dyad_cmd, ["RUS", "USA", "--db", str(db), "--format", "csv"])
    assert res.output.splitlines()[0] == ",".join(DYAD_COLUMNS)
    assert res.output.splitlines()[1].startswith("2025-02,3,3,0,0,0,")
    res = runner.invoke(dyad_cmd, ["RUS", "USA", "--db", str(db)])
    assert res.exit_code == 0 and "RUS <-> USA by month (8 events, each once)" in res.output
    res = runner.invoke(dyad_cmd, ["RUS", "USA", "--db", str(db.parent / "missing.duckdb")])
    assert res.exit_code == 1 and res.output.count("\n") == 1


def test_clusters_cli(db):
    res = CliRunner().invoke(clusters_cmd, ["--db", str(db), "--actor", "NATO",
                                            "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert [(r["date"], r["type"], r["n_articles"], r["n_sources"]) for r in rows] == [
        ("2025-03-06", "REJECT", 2, 2), ("2025-03-13", "REJECT", 4, 4)]
    res = CliRunner().invoke(clusters_cmd, ["--db", str(db), "--type", "assault", "--rebuild"])
    assert res.exit_code == 0 and "3 event clusters" in res.output


def test_seed_call_is_rus_usa_cooperation(tmp_path, seed):
    with open_store(tmp_path / "demo.duckdb") as s:
        s.add_document(seed)
        frame = s.dyad("RUS", "USA", by="day")
    assert frame.to_dict(orient="records")[0] | {"mean_intensity": None} == {
        "period": "2025-03-12", "n_clusters": 1, "verbal_cooperation": 1,
        "material_cooperation": 0, "verbal_conflict": 0, "material_conflict": 0,
        "mean_intensity": None, "n_mentions": 1, "n_articles": 1}


def test_intensity_table():
    table = type_table()
    from eventcoder.document import PLOVER_TYPES

    assert set(PLOVER_TYPES) <= set(table)
    for t in PLOVER_TYPES:
        info = type_info(t)
        assert info.quad_class in QUAD_CLASSES and -10 <= info.intensity <= 10
        assert info.cameo and info.cameo.isdigit()
        assert (info.intensity > 0) == (info.quad_class <= 2) or t == "REQUEST"
    assert type_info("CONSULT", "phone").cameo == "041"
    negotiate = type_info("CONSULT", None, "046")  # the coder's CAMEO code picks the act
    assert negotiate.cameo == "046" and negotiate.intensity == 7.0
    assert type_info("CONSULT", "phone", "040").cameo == "040"  # the coder's code is kept
    assert type_info("CONSULT", "visit").intensity > type_info("CONSULT", "phone").intensity
    assert type_info("ASSAULT").quad_class == 4 and type_info("AGREE").quad_class == 1
    assert type_info("NOPE") == type_info("NOPE", "x") and type_info("NOPE").quad_class == 0


def test_period_of():
    assert period_of("2025-03-12", "day") == "2025-03-12"
    assert period_of("2025-03-12", "week") == "2025-W11"
    assert period_of("2025-03-12", "month") == "2025-03"
    assert period_of("2025-03", "day") == "2025-03"  # coarser dates keep their own label
    assert period_of("2025-03-12", "year") == "2025"
    assert period_of(None, "day") is None
