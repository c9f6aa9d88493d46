"""Turn judged predictions into training examples for the confidence model.

    .venv/bin/python training/confidence/collect.py --texts POOL.jsonl [...] \
        --judged PRED.jsonl=VERDICTS.tsv[,MORE.tsv] [...] --exclude HELDOUT.jsonl \
        -o training/confidence/examples.jsonl

PRED.jsonl is an `eventcoder extract` output; VERDICTS.tsv holds one line per judged event,
`DOCID#N<TAB>VERDICT<TAB>reason`, N counting the events of that document in PRED.jsonl and
VERDICT one of OK, TYPE, ROLE, COUNTRY, FACT (the annotator standard in
training/confidence/README.md). An event judged in several files counts once, with its most
frequent verdict. The examples hold the document id, the verdict and the event's features
(`eventcoder.events.confidence.features`), no article text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from features import FEATURES_VERSION, features

VERDICTS = ("OK", "TYPE", "ROLE", "COUNTRY", "FACT")


def read_verdicts(path: str) -> dict[str, str]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        p = line.split("\t")
        if len(p) >= 2 and re.fullmatch(r"\S+#\d+", p[0]) and p[1] in VERDICTS:
            out[p[0]] = p[1]
    return out


def event_key(doc: str, e: dict) -> str:
    """Two predictions are the same judged event when these fields agree."""
    src, tgt = e.get("source") or {}, e.get("target") or {}
    return json.dumps([doc, e["type"], e["trigger"]["start"], e["factuality"], src.get("text"),
                       src.get("country"), tgt.get("text"), tgt.get("country")],
                      ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", nargs="+", required=True, help="JSONL with id, text, lang")
    ap.add_argument("--judged", nargs="+", required=True, help="PRED.jsonl=VERDICTS.tsv[,...]")
    ap.add_argument("--exclude", nargs="*", default=[],
                    help="JSONL whose document ids must not be used (held-out samples)")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args(argv)
    texts = {}
    for path in args.texts:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            texts[d["id"]] = (len(d["text"]), d.get("lang") or "en")
    held = {json.loads(line)["id"] for path in args.exclude
            for line in Path(path).read_text(encoding="utf-8").splitlines()}
    verdicts: dict[str, list[str]] = {}
    feats: dict[str, tuple[str, str, list[str]]] = {}
    for spec in args.judged:
        pred, _, tsvs = spec.partition("=")
        judged = {}
        for tsv in tsvs.split(","):
            judged.update(read_verdicts(tsv))
        docs = {json.loads(line)["id"]: json.loads(line)
                for line in Path(pred).read_text(encoding="utf-8").splitlines()}
        for ref, verdict in judged.items():
            doc_id, n = ref.rsplit("#", 1)
            if doc_id in held:
                continue
            if doc_id not in texts or doc_id not in docs or int(n) >= len(docs[doc_id]["events"]):
                sys.exit(f"{spec}: {ref} is not an event of {pred} or has no text")
            events = docs[doc_id]["events"]
            e = events[int(n)]
            key = event_key(doc_id, e)
            length, lang = texts[doc_id]
            verdicts.setdefault(key, []).append(verdict)
            feats[key] = (doc_id, lang, features(e, length, events, lang))
    with open(args.output, "w", encoding="utf-8") as out:
        for key, vs in verdicts.items():
            doc_id, lang, f = feats[key]
            out.write(json.dumps({"doc": doc_id, "lang": lang,
                                  "verdict": Counter(vs).most_common(1)[0][0],
                                  "features_version": FEATURES_VERSION, "features": f},
                                 ensure_ascii=False) + "\n")
    counts = Counter(Counter(vs).most_common(1)[0][0] for vs in verdicts.values())
    print(f"{len(verdicts)} judged events from {len({d for d, _, _ in feats.values()})} "
          f"documents: {dict(counts)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
