#!/usr/bin/env bash
# Learning curves: each pipeline trained on 25% and 50% of its training data (the 100% runs are
# training/work/de_syntax, de_ner and en), each evaluated on its test split.
# German: shorter runs than the 100% ones to fit the CPU budget (syntax 600 steps, NER 1000).
# English: the same number of epochs as the 100% run (2,600 steps): 650 and 1,300 steps.
# `bash training/learning_curve.sh de` or `... en` runs one language (default both).
set -euo pipefail
cd "$(dirname "$0")/.."
langs=${*:-de en}
for lang in $langs; do
  if [ "$lang" = de ]; then
    for pct in 25 50; do
      bash training/train_one.sh "de_syntax_$pct" training/configs/de_syntax.cfg \
        "de_syntax_train_$pct" de_syntax_dev --training.max_steps 600
      bash training/train_one.sh "de_ner_$pct" training/configs/de_ner.cfg \
        "de_ner_train_$pct" de_ner_dev --training.max_steps 1000
    done
    for pct in 25 50; do
      for part in syntax ner; do
        echo "== de $part $pct%"
        .venv/bin/python training/nlp_eval.py --lang de --no-speed \
          --model "training/work/de_${part}_$pct/model-best" 2>&1 | grep '^de: {'
      done
    done
  else
    bash training/train_one.sh en_25 training/configs/en.cfg en_train_25 en_dev \
      --training.max_steps 650
    bash training/train_one.sh en_50 training/configs/en.cfg en_train_50 en_dev \
      --training.max_steps 1300
    for pct in 25 50; do
      echo "== en $pct%"
      .venv/bin/python training/nlp_eval.py --lang en --no-speed \
        --model "training/work/en_$pct/model-best" 2>&1 | grep '^en: {'
    done
  fi
done
