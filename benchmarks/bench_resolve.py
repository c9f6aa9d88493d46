"""Actor resolution throughput.

Prints `resolve_mentions_per_s N`: mention strings resolved to actors per second by
`KnowledgeBase.lookup` (folded-key index, office on a date), over the mentions that
`find_mentions` finds in the corpus; and `find_mentions_per_s N`: mentions found and resolved per
second by the whole mention finder over running text. Corpus: ../shared's German gold and GNAD
articles when present (benchmark only), else the seed fixture in tests/.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventcoder.document import Document  # noqa: E402
from eventcoder.mentions import find_mentions  # noqa: E402
from eventcoder.resolve.kb import load_kb  # noqa: E402


def corpus(limit: int = 300) -> list[str]:
    """Texts to run over."""
    texts: list[str] = []
    shared = ROOT.parent / "shared"
    for p in (shared / "eval/gold/gnad_dev.jsonl", shared / "data/corpora/gnad_de/articles.jsonl"):
        if p.exists():
            with p.open(encoding="utf-8") as f:
                for line in f:
                    obj = json.loads(line)
                    if obj.get("text"):
                        texts.append(obj["text"])
                    if len(texts) >= limit:
                        return texts
    if not texts:
        texts.append((ROOT / "tests/mentions/fixtures/seed.txt").read_text(encoding="utf-8"))
    return texts


def main() -> None:
    kb = load_kb()
    texts = corpus()
    # warm caches once, as a long-running coder would be
    for t in texts[:5]:
        find_mentions(Document(id="w", text=t), kb=kb)
    t0 = time.perf_counter()
    n_found, n_chars = 0, 0
    surface: list[str] = []
    for i, t in enumerate(texts):
        d = find_mentions(Document(id=str(i), text=t, published="2025-03-12"), kb=kb)
        n_found += len(d.mentions)
        n_chars += len(t)
        surface += [m.text for m in d.mentions]
    t_find = time.perf_counter() - t0
    names = [s for s in surface if kb.lookup(s)] or ["Naryschkin"]
    reps = max(1, 200_000 // len(names))
    t0 = time.perf_counter()
    n = 0
    for _ in range(reps):
        for s in names:
            kb.lookup(s, date="2025-03-12")
            n += 1
    t_res = time.perf_counter() - t0
    print(
        f"# {len(texts)} texts, {n_chars} chars, {n_found} mentions found; {len(names)} distinct "
        f"KB-resolvable mention strings x {reps}",
        file=sys.stderr,
    )
    print(f"resolve_mentions_per_s {n / t_res:.0f}")
    print(f"find_mentions_per_s {n_found / t_find:.0f}")
    print(f"find_mentions_chars_per_s {n_chars / t_find:.0f}")


if __name__ == "__main__":
    main()
