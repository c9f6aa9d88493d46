"""Train the confidence model of the experiment in README.md and report its cross-validation.

    .venv/bin/python training/confidence/train.py [EXAMPLES.jsonl] [--out DIR]

EXAMPLES defaults to training/confidence/examples.jsonl, DIR to training/work/confidence.

A logistic regression (L2, fitted by Newton's method) predicts whether a coded event is a real
event of its type: every verdict but TYPE counts as real (ROLE, COUNTRY and FACT events
happened; their actors or factuality are wrong). Features occurring in fewer than MIN_COUNT
examples are left out. One model serves both languages; the trigger-word features carry the
language in their name.

The drop threshold per language comes from cross-validation (5 folds by document, 5 shuffles):
the largest threshold on the grid at which the held-out folds lose at most MAX_OK_LOSS of the
events the annotators judged fully correct (OK). The cross-validated figures go into the model
file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from features import FEATURES_VERSION  # noqa: E402

OUT = ROOT / "training" / "work" / "confidence"
C = 1.0  # inverse L2 strength
MIN_COUNT = 2
MAX_OK_LOSS = 0.05
GRID = [round(0.05 * k, 2) for k in range(1, 13)]  # 0.05 .. 0.60
FOLDS, SHUFFLES = 5, 5


def design(X: list[list[str]], vocab: list[str]) -> np.ndarray:
    idx = {f: i for i, f in enumerate(vocab)}
    M = np.zeros((len(X), len(vocab) + 1))
    M[:, -1] = 1.0
    for r, fs in enumerate(X):
        for f in fs:
            if f in idx:
                M[r, idx[f]] = 1.0
    return M


def fit(X: list[list[str]], y: np.ndarray) -> tuple[dict[str, float], float]:
    counts = Counter(f for fs in X for f in set(fs))
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    M = design(X, vocab)
    w = np.zeros(M.shape[1])
    R = np.eye(M.shape[1]) / C
    R[-1, -1] = 1e-6  # the bias is not penalised
    for _ in range(50):
        p = 1 / (1 + np.exp(-(M @ w)))
        step = np.linalg.solve((M.T * (p * (1 - p))) @ M + R, M.T @ (p - y) + R @ w)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return dict(zip(vocab, w[:-1], strict=True)), float(w[-1])


def prob(model: tuple[dict[str, float], float], fs: list[str]) -> float:
    w, b = model
    return float(1 / (1 + np.exp(-(b + sum(w.get(f, 0.0) for f in fs)))))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    pos, neg = p[y == 1], p[y == 0]
    return float(((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])).mean())


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("examples", nargs="?",
                    default=ROOT / "training" / "confidence" / "examples.jsonl")
    ap.add_argument("--out", default=OUT, help="folder to write model.json into")
    args = ap.parse_args(argv)
    path, out_dir = Path(args.examples), Path(args.out)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    stale = [r for r in rows if r["features_version"] != FEATURES_VERSION]
    if stale:
        sys.exit(f"{len(stale)} examples have features version != {FEATURES_VERSION}: "
                 "collect them again (training/confidence/collect.py)")
    X = [r["features"] for r in rows]
    y = np.array([r["verdict"] != "TYPE" for r in rows], dtype=float)
    ok = np.array([r["verdict"] == "OK" for r in rows])
    langs = np.array([r["lang"] for r in rows])
    docs = sorted({r["doc"] for r in rows})
    cv = np.zeros((SHUFFLES, len(rows)))
    for s in range(SHUFFLES):
        order = docs[:]
        random.Random(s).shuffle(order)
        fold = {d: i % FOLDS for i, d in enumerate(order)}
        for k in range(FOLDS):
            tr = [i for i, r in enumerate(rows) if fold[r["doc"]] != k]
            model = fit([X[i] for i in tr], y[tr])
            for i, r in enumerate(rows):
                if fold[r["doc"]] == k:
                    cv[s, i] = prob(model, X[i])
    report: dict[str, dict] = {}
    for lang in sorted(set(langs)):
        m = langs == lang
        curve = []
        for t in GRID:
            keep = cv[:, m] >= t
            curve.append({
                "threshold": t,
                "ok_dropped": round(float(1 - keep[:, ok[m]].mean()), 3),
                "real_dropped": round(float(1 - keep[:, y[m] == 1].mean()), 3),
                "nonevents_dropped": round(float(1 - keep[:, y[m] == 0].mean()), 3),
                "precision_ok": round(float(np.mean([ok[m][k].mean() for k in keep])), 3),
            })
        allowed = [c["threshold"] for c in curve if c["ok_dropped"] <= MAX_OK_LOSS]
        report[lang] = {
            "examples": int(m.sum()), "real": int(y[m].sum()), "ok": int(ok[m].sum()),
            "cv_auc": round(float(np.mean([auc(cv[s, m], y[m]) for s in range(SHUFFLES)])), 3),
            "precision_ok_before": round(float(ok[m].mean()), 3),
            "threshold": max(allowed) if allowed else 0.0,
            "curve": curve,
        }
    weights, bias = fit(X, y)
    out_dir.mkdir(parents=True, exist_ok=True)
    model = {
        "features_version": FEATURES_VERSION,
        "bias": round(bias, 4),
        "weights": {f: round(v, 4) for f, v in sorted(weights.items()) if abs(v) >= 1e-4},
        "thresholds": {lang: r["threshold"] for lang, r in report.items()},
        "training": {"examples": len(rows), "documents": len(docs), "C": C,
                     "min_count": MIN_COUNT, "max_ok_loss": MAX_OK_LOSS,
                     "verdicts": dict(Counter(r["verdict"] for r in rows)),
                     "cross_validation": report},
    }
    (out_dir / "model.json").write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    for lang, r in report.items():
        print(f"{lang}: {r['examples']} examples, CV AUC {r['cv_auc']}, threshold "
              f"{r['threshold']}")
        for c in r["curve"]:
            print(f"  {c['threshold']:.2f}  OK dropped {c['ok_dropped']:.3f}  real dropped "
                  f"{c['real_dropped']:.3f}  non-events dropped {c['nonevents_dropped']:.3f}  "
                  f"precision {r['precision_ok_before']:.3f} -> {c['precision_ok']:.3f}")
    print(f"wrote {out_dir / 'model.json'} ({len(model['weights'])} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
