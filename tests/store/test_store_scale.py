"""Ingesting 1,000 documents twice leaves every table as it was after the first time."""

from __future__ import annotations

from store_fixtures import snapshot, synthetic_docs

from eventcoder.store import open_store
from eventcoder.store.schema import DATA_TABLES


def test_thousand_documents_twice(tmp_path):
    docs = synthetic_docs(1000)
    with open_store(tmp_path / "big.duckdb") as s:
        for i in range(0, 1000, 100):
            assert s.add_documents(docs[i:i + 100]) == [True] * 100
        s.cluster()
        counts = s.counts()
        assert counts["documents"] == 1000 and counts["events"] == 2000
        assert counts["actors"] == 8 and counts["event_mentions"] == 3000
        assert counts["cluster_members"] == 2000
        assert 0 < counts["clusters"] < 2000
        before = snapshot(s)
        assert sum(s.add_document(d) for d in synthetic_docs(1000)) == 0  # one by one
        assert s.add_documents(synthetic_docs(1000)) == [False] * 1000  # and as one batch
        assert s.cluster() == 0
        after = snapshot(s)
    assert set(after) == {*DATA_TABLES, "schema_migrations"}
    for table in after:
        assert after[table] == before[table], table
