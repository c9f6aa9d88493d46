"""Load the shipped spaCy pipeline for a language (or a blank fallback) with our fixes."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import NumpyOps

# importing registers the components with spaCy
from eventcoder.nlp import entities as _entities  # noqa: F401
from eventcoder.nlp import lemmas as _lemmas  # noqa: F401
from eventcoder.nlp import sentences as _sentences  # noqa: F401
from eventcoder.nlp import tokens as _tokens  # noqa: F401
from eventcoder.nlp.maxout import install as install_maxout
from eventcoder.nlp.parser import GreedyParser

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
# components a shipped model may carry that our rules replace
REPLACED = ("senter", "sentencizer")
# per language, chosen by measurement (training/nlp_eval.py): "full" = the rules decide every
# sentence boundary; "constrain" = the rules fix the clear cases, the parser decides the rest.
# Lemmas: "fill" = the model's lemma; "lookup_first" = simplemma's where it knows the word.
SETTINGS: dict[str, dict[str, str]] = {
    "de": {"sentences": "full", "lemmas": "lookup_first"},
    "en": {"sentences": "constrain", "lemmas": "fill"},
}
DEFAULT_SETTINGS = {"sentences": "full", "lemmas": "fill"}
# decode the parser and the NER with numpy (eventcoder.nlp.parser) instead of spaCy's BLIS-bound
# C loop (same parses and entities: make nlp-eval and tests/nlp/test_pipelines.py)
NUMPY_PARSER = True
# predict thinc's Maxout layers (tok2vec's) with piece-major products (eventcoder.nlp.maxout)
NUMPY_MAXOUT = True


def model_path(lang: str) -> Path | None:
    """Directory of the shipped model for `lang` (override the root with EVENTCODER_MODELS)."""
    root = Path(os.environ.get("EVENTCODER_MODELS", MODELS_DIR))
    path = root / lang
    return path if (path / "config.cfg").exists() else None


def add_fixes(nlp: Language, sentences: str | None = None, lemmas: str | None = None) -> Language:
    """Add our token, sentence and lemma components around the model's own ones."""
    settings = SETTINGS.get(nlp.lang, DEFAULT_SETTINGS)
    sentences = sentences or settings["sentences"]
    if "parser" not in nlp.pipe_names:
        sentences = "full"  # nothing else would set boundaries
    sent_config = {"full": sentences == "full"}
    lemma_config = {"mode": lemmas or settings["lemmas"]}
    for name in REPLACED:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    nlp.add_pipe("eventcoder_numbers", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventcoder_sentences", before="parser", config=sent_config)
    else:
        nlp.add_pipe("eventcoder_sentences", config=sent_config)
    nlp.add_pipe("eventcoder_lemmas", last=True, config=lemma_config)
    if "ner" in nlp.pipe_names and "PERSON" in nlp.get_pipe("ner").labels:
        nlp.add_pipe("eventcoder_ent_labels", after="ner")  # OntoNotes labels
    if NUMPY_PARSER:
        # spaCy offers no public way to swap a component's object under its name
        nlp._components = [(name, GreedyParser(proc) if name in ("parser", "ner") else proc)
                           for name, proc in nlp._components]
    return nlp


def load_model(path: Path) -> Language:
    """spacy.load, with numpy's matrix products instead of thinc's BLIS ones on the CPU: the
    BLIS wheel for x86-64 runs generic kernels, numpy's OpenBLAS is ~3x faster on the same
    float32 products (GPU ops, if a caller set them, are kept); Maxout layers predict through
    eventcoder.nlp.maxout."""
    nlp = spacy.load(path)
    numpy_ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        for node in model.walk() if model is not None else ():
            if isinstance(node.ops, NumpyOps) and node.ops.use_blis:
                node.ops = numpy_ops
        if model is not None and NUMPY_MAXOUT:
            install_maxout(model)
    return nlp


@cache
def load_pipeline(lang: str) -> Language:
    """The pipeline for `lang`: the shipped trained model if present, else spacy.blank(lang)."""
    path = model_path(lang)
    nlp = load_model(path) if path is not None else spacy.blank(lang)
    return add_fixes(nlp)
