"""`make bench`: speed and memory of the pipeline and its parts, measured in one run.

Prints one line per figure with its target and the ratio measured/target (≥ 1.0 meets it).
Corpora come from ../shared (EVENTCODER_SHARED overrides); without them the end-to-end
figures are skipped with a note, the component benchmarks still run. Figures are per process
and one thread (OMP_NUM_THREADS / OPENBLAS_NUM_THREADS default to 1; set them to override);
model loading is not timed. The nlp figures are medians of REPEATS passes, by CPU time (the
target's ratio) and by wall clock. It measures this checkout's src/, whichever venv runs it.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):  # before numpy is imported
    os.environ.setdefault(_var, "1")

import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = Path(os.environ.get("EVENTCODER_SHARED", ROOT.parent / "shared"))
N_DOCS = int(os.environ.get("EVENTCODER_BENCH_DOCS", "300"))
# timed passes of the nlp stage over the same documents (medians printed)
REPEATS = int(os.environ.get("EVENTCODER_BENCH_REPEATS", "3"))


def line(name: str, value: float, target: float | None, unit: str) -> None:
    ratio = f"{value / target:6.2f}x of target {target:g}" if target else ""
    print(f"{name:<34} {value:12.1f} {unit:<12} {ratio}")


def end_to_end() -> None:
    from eventcoder.document import Document
    from eventcoder.pipeline import code_document, code_many

    corpus = SHARED / "data" / "corpora" / "gnad_de" / "articles.jsonl"
    if not corpus.exists():
        print(f"(skipped end-to-end: {corpus} not found)")
        return
    rows = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines()[:N_DOCS]]
    code_document(Document(id="warm", text=rows[0]["text"], lang="de"))  # load models once
    t0 = time.perf_counter()
    n_tokens = n_events = 0
    for doc in code_many(Document(id=r["id"], text=r["text"], lang="de") for r in rows):
        n_tokens += len(doc.parsed)
        n_events += len(doc.events)
    dt = time.perf_counter() - t0
    line("pipeline de docs/s", len(rows) / dt, None, "docs/s")
    line("pipeline de tokens/s", n_tokens / dt, None, "tokens/s")
    line("events per doc", n_events / len(rows), None, "events")


# targets from the issues; a figure without a target is printed for information
TARGETS = {"resolve_mentions_per_s": 50_000, "nlp_tokens_per_s": 10_000}


def nlp_speed() -> None:
    """Tokens per second of the nlp stage alone (one process), per language, as coding runs
    it: code_many's `analyze_many` over batches of about 15,000 characters, entities skipped.
    The same documents are analysed REPEATS times; each pass is timed by wall clock
    (time.perf_counter) and by this process's CPU time (time.process_time), and the medians are
    printed. The ratio to the target uses the CPU-time median: the machine may be shared, and
    other processes' load slows the wall clock, not this process's CPU time. The first pass
    also fills the vocabulary with the corpus's words (later passes find them), so the first
    pass's CPU figure is printed too ("cold"). For information, `analyze` on one document at a
    time (code_document, code_text), one pass, CPU time."""
    from eventcoder.document import Document
    from eventcoder.nlp import analyze, analyze_many, load_pipeline

    samples = {
        "de": (SHARED / "data" / "corpora" / "gnad_de" / "articles.jsonl", "text"),
        "en": (SHARED / "eval" / "gold" / "plv_train.jsonl", "text"),
    }
    for lang, (path, key) in samples.items():
        if not path.exists():
            print(f"(skipped nlp {lang}: {path} not found)")
            continue
        texts = [json.loads(x).get(key) for x in path.read_text(encoding="utf-8").splitlines()]
        texts = [t for t in texts if t][:N_DOCS]
        load_pipeline(lang)
        analyze(Document(id="warm", text=texts[0], lang=lang))  # load the model untimed
        cpu, wall = [], []
        for _ in range(REPEATS):
            c0, t0 = time.process_time(), time.perf_counter()
            docs = analyze_many([Document(id=str(i), text=t, lang=lang)
                                 for i, t in enumerate(texts)])
            n = sum(len(d.parsed) for d in docs)
            cpu.append(n / (time.process_time() - c0))
            wall.append(n / (time.perf_counter() - t0))
        line(f"nlp {lang} tokens/s (CPU, median)", statistics.median(cpu),
             TARGETS["nlp_tokens_per_s"], "tokens/s")
        line(f"  wall clock, median of {REPEATS}", statistics.median(wall), None, "tokens/s")
        line("  CPU, first pass (cold vocabulary)", cpu[0], None, "tokens/s")
        c0 = time.process_time()
        n = sum(len(analyze(Document(id=str(i), text=t, lang=lang)).parsed)
                for i, t in enumerate(texts))
        line("  one document at a time (CPU)", n / (time.process_time() - c0), None, "tokens/s")


def component(script: str) -> None:
    path = ROOT / "benchmarks" / script
    if not path.exists():
        print(f"(skipped {script}: not present)")
        return
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, cwd=ROOT)
    for row in out.stdout.strip().splitlines():
        name, _, value = row.partition(" ")
        try:
            line(name, float(value), TARGETS.get(name), "")
        except ValueError:
            print(f"  {script}: {row}")
    if out.returncode:
        print(f"  {script} failed: {out.stderr.strip().splitlines()[-1:]}")


def main() -> None:
    threads = os.environ["OMP_NUM_THREADS"]
    print(f"eventcoder benchmark, {os.cpu_count()} cores, {threads} thread(s), {N_DOCS} documents")
    nlp_speed()
    end_to_end()
    for script in ("bench_resolve.py", "bench_store.py"):
        component(script)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    line("peak memory (this process)", peak, None, "MiB")


if __name__ == "__main__":
    main()
