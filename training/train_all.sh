#!/usr/bin/env bash
# Retrain and ship the German and English pipelines from ../shared/data (or $EVENTCODER_SHARED).
# Deterministic (seed 0, one thread per job); two jobs in parallel on two cores.
# Writes intermediates to training/work/ and the pipelines to src/eventcoder/models/{de,en}.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0

echo "[train_all] converting corpora" >&2
$PY training/convert.py

echo "[train_all] training (logs in training/work/logs/)" >&2
(
  bash training/train_one.sh de_syntax training/configs/de_syntax.cfg de_syntax_train de_syntax_dev
  bash training/train_one.sh de_ner training/configs/de_ner.cfg de_ner_train de_ner_dev
) &
german=$!
bash training/train_one.sh en training/configs/en.cfg en_train en_dev &
english=$!
wait $german
wait $english

echo "[train_all] assembling src/eventcoder/models/{de,en}" >&2
$PY training/assemble.py de en
du -sh src/eventcoder/models/de src/eventcoder/models/en >&2
