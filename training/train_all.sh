#!/usr/bin/env bash
# Retrain and ship the German and English pipelines from ../shared/data (or $EVENTCODER_SHARED).
# Deterministic (seed 0, one thread per job); two jobs in parallel on two cores.
# Writes intermediates to training/work/ and the pipelines to src/eventcoder/models/{de,en}.
# VARIANT=fast or VARIANT=xfast: the smaller, faster configs (configs/*_$VARIANT.cfg; the German
# NER is de_ner_fast.cfg in both), runs training/work/*_$VARIANT; the pipelines go to
# training/work/models_$VARIANT/{de,en} for evaluation, not into the package.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
sfx="" ner_cfg=training/configs/de_ner.cfg out=src/eventcoder/models
if [ -n "${VARIANT:-}" ]; then
  sfx=_$VARIANT ner_cfg=training/configs/de_ner_fast.cfg out=training/work/models_$VARIANT
fi

echo "[train_all] converting corpora" >&2
$PY training/convert.py

echo "[train_all] training (logs in training/work/logs/)" >&2
(
  bash training/train_one.sh de_syntax$sfx training/configs/de_syntax$sfx.cfg de_syntax_train de_syntax_dev
  bash training/train_one.sh de_ner$sfx $ner_cfg de_ner_train de_ner_dev
) &
german=$!
bash training/train_one.sh en$sfx training/configs/en$sfx.cfg en_train en_dev &
english=$!
wait $german
wait $english

echo "[train_all] assembling $out/{de,en}" >&2
$PY training/assemble.py de en --suffix "$sfx" --out "$out"
du -sh "$out/de" "$out/en" >&2
