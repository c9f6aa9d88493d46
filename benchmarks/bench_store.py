"""Store throughput on synthetic coded documents: ingest, re-ingest, cluster, export.

    .venv/bin/python benchmarks/bench_store.py [--n 1000] [--batch 100]

Prints `store_docs_per_s <n>` (documents stored per second through `Store.add_document`, or
`add_documents` in batches of `--batch`), then the other timings as `name value` lines.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

from eventcoder.document import Actor, Document, Event, Mention
from eventcoder.store import open_store
from eventcoder.store.export import export

COUNTRIES = ("RUS", "USA", "UKR", "DEU", "FRA", "CHN", "IRN", "POL", "GBR", "TUR", "ISR", "SAU")
TYPES = ("CONSULT", "AGREE", "ACCUSE", "REJECT", "SANCTION", "AID", "ASSAULT", "THREATEN")


def _mention(body: str, code: str, start: int, sent: int) -> Mention:
    st = body.index(code, start)
    return Mention(st, st + 3, code, Actor(None, code, code, "GOV"), sentence=sent)


def make_docs(n: int) -> list[Document]:
    """`n` distinct documents, three events each, dates spread over two months."""
    docs = []
    for i in range(n):
        a, b = COUNTRIES[i % 12], COUNTRIES[(i * 7 + 3) % 12]
        if a == b:
            b = COUNTRIES[(i + 1) % 12]
        day = f"2025-{3 + i % 2:02d}-{i % 28 + 1:02d}"
        body = (f"Bericht {i}. {a} und {b} verhandelten am Dienstag. {b} warf {a} Verstöße vor. "
                f"Später kündigte {a} Hilfe für {b} an, hieß es in Quelle {i % 17}.")
        spans = [(m.start(), m.end()) for m in re.finditer(r"\S[^.]*\.", body)]
        starts = [st for st, _ in spans]

        doc = Document(id=f"bench-{i}", text=body, lang="de", published=day,
                       url=f"https://outlet{i % 23}.example/{i}")
        for k, (src, tgt) in enumerate(((a, b), (b, a), (a, b))):
            sent = k + 1
            ms, mt = (_mention(body, c, starts[sent], sent) for c in (src, tgt))
            doc.mentions += [ms, mt]
            end = spans[sent][1]
            doc.events.append(Event(
                TYPES[(i + k * 3) % 8], None, None, ms, mt, (ms.start, ms.end),
                (starts[sent], end), sent, date=day if k == 0 else None,
                symmetric=TYPES[(i + k * 3) % 8] == "CONSULT"))
        docs.append(doc)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=100, help="0: one add_document call per doc")
    args = ap.parse_args()
    docs = make_docs(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        with open_store(path) as store:
            t = time.perf_counter()
            if args.batch:
                for i in range(0, len(docs), args.batch):
                    store.add_documents(docs[i:i + args.batch])
            else:
                for d in docs:
                    store.add_document(d)
            ingest = time.perf_counter() - t
            t = time.perf_counter()
            again = sum(store.add_document(d) for d in docs)
            reingest = time.perf_counter() - t
            t = time.perf_counter()
            store.cluster()
            cluster = time.perf_counter() - t
            t = time.perf_counter()
            export(store, "gdelt", Path(tmp) / "out.tsv")
            gdelt = time.perf_counter() - t
            counts = store.counts()
    assert again == 0
    print(f"store_docs_per_s {args.n / ingest:.1f}")
    print(f"store_reingest_docs_per_s {args.n / reingest:.1f}")
    print(f"store_cluster_s {cluster:.2f}")
    print(f"store_export_gdelt_s {gdelt:.2f}")
    print(f"store_events {counts['events']}")
    print(f"store_clusters {counts['clusters']}")


if __name__ == "__main__":
    main()
