#!/usr/bin/env bash
# German syntax learning curve: train on 25% and 50% of the training sentences (the 100% run is
# training/work/de_syntax), evaluate each on UD de_gsd test. Needs training/convert.py first.
set -euo pipefail
cd "$(dirname "$0")/.."
for pct in 25 50; do
  bash training/train_one.sh "de_syntax_$pct" training/configs/de_syntax.cfg \
    "de_syntax_train_$pct" de_syntax_dev --training.max_steps 600
done
for pct in 25 50; do
  echo "== $pct%"
  .venv/bin/python training/nlp_eval.py --lang de --no-speed \
    --model "training/work/de_syntax_$pct/model-best" | tail -1
done
