#!/usr/bin/env bash
# German learning curves: syntax and NER trained on 25% and 50% of their training data (the
# 100% runs are training/work/de_syntax and de_ner), each evaluated on its test split.
# Shorter runs than the 100% ones to fit the CPU budget: syntax 600 steps, NER 1000 steps.
set -euo pipefail
cd "$(dirname "$0")/.."
for pct in 25 50; do
  bash training/train_one.sh "de_syntax_$pct" training/configs/de_syntax.cfg \
    "de_syntax_train_$pct" de_syntax_dev --training.max_steps 600
  bash training/train_one.sh "de_ner_$pct" training/configs/de_ner.cfg \
    "de_ner_train_$pct" de_ner_dev --training.max_steps 1000
done
for pct in 25 50; do
  for part in syntax ner; do
    echo "== $part $pct%"
    .venv/bin/python training/nlp_eval.py --lang de --no-speed \
      --model "training/work/de_${part}_$pct/model-best" 2>&1 | grep '^de: {'
  done
done
