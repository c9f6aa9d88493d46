#!/usr/bin/env bash
# Train one pipeline: train_one.sh NAME CONFIG TRAIN DEV [extra spacy overrides...]
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1 cfg=$2 train=$3 dev=$4
shift 4
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
mkdir -p training/work/logs
.venv/bin/python -m spacy train "$cfg" --output "training/work/$name" \
  --paths.train "training/work/corpus/$train.spacy" --paths.dev "training/work/corpus/$dev.spacy" \
  --system.seed 0 "$@" > "training/work/logs/$name.log" 2>&1
