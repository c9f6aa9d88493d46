"""Evaluate the shipped nlp pipelines on the test splits; the last stdout line is one JSON object.

    .venv/bin/python training/nlp_eval.py [--lang de en] [--model PATH --ontonotes]

German: UPOS, LAS and sentence F1 on UD de_gsd test; NER F1 (PER/ORG/LOC) on UNER de_pud.
English: UPOS, LAS and sentence F1 on UD en_ewt test; NER F1 on UNER en_ewt test.
Every text runs through the full pipeline that `eventcoder.nlp.analyze` uses (our tokenizer
fixes and sentence rules included); predictions are aligned to the gold tokens by spaCy.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.tokens import Doc, DocBin, Span  # noqa: E402
from spacy.training import Example  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / "training" / "work" / "corpus"
TESTS = {"de": ("de_syntax_test", "de_ner_test"), "en": ("en_test", "en_test")}
# OntoNotes labels (en_core_web_sm) to UNER labels, for a fair comparison
ONTONOTES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def gold_docs(name: str, nlp: Language) -> list[Doc]:
    """Gold Docs of a converted test split (converted on first use)."""
    path = CORPUS / f"{name}.spacy"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "training" / "convert.py")], check=True)
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def predict(nlp: Language, gold: list[Doc]) -> tuple[list[Example], float]:
    """Run the pipeline over the gold texts; (examples, seconds)."""
    t0 = time.perf_counter()
    preds = list(nlp.pipe([g.text for g in gold], batch_size=64))
    secs = time.perf_counter() - t0
    return [Example(p, g) for p, g in zip(preds, gold, strict=True)], secs


def relabel(examples: list[Example], mapping: dict[str, str]) -> None:
    """Map predicted entity labels (drop unmapped ones)."""
    for eg in examples:
        doc = eg.predicted
        doc.ents = [Span(doc, e.start, e.end, label=mapping[e.label_])
                    for e in doc.ents if e.label_ in mapping]


def evaluate(nlp: Language, lang: str, ontonotes: bool = False) -> dict[str, float]:
    """Scores of one pipeline on the language's test splits."""
    syntax_name, ner_name = TESTS[lang]
    syntax, t_syn = predict(nlp, gold_docs(syntax_name, nlp))
    out: dict[str, float] = {}
    tok = Scorer.score_token_attr(syntax, "pos")
    out["upos"] = tok["pos_acc"]
    out["xpos"] = Scorer.score_token_attr(syntax, "tag")["tag_acc"]
    # LAS as in the CoNLL 2018 UD shared task: punctuation included
    deps = Scorer.score_deps(syntax, "dep")
    out["uas"], out["las"] = deps["dep_uas"], deps["dep_las"]
    no_punct = Scorer.score_deps(syntax, "dep", getter=lambda t, _: t.dep_,
                                 ignore_labels=("p", "punct"))
    out["las_no_punct"] = no_punct["dep_las"]
    out["lemma"] = Scorer.score_token_attr(syntax, "lemma")["lemma_acc"]
    out["sent_f1"] = Scorer.score_spans(syntax, "sents")["sents_f"]
    if ner_name == syntax_name:
        ner, t_ner = syntax, 0.0
    else:
        ner, t_ner = predict(nlp, gold_docs(ner_name, nlp))
    if ontonotes:
        relabel(ner, ONTONOTES)
    ents = Scorer.score_spans(ner, "ents")
    out["ner_f1"] = ents["ents_f"]
    out["ner_per_type"] = {k: round(v["f"], 4) for k, v in (ents["ents_per_type"] or {}).items()}
    n_tokens = sum(len(eg.predicted) for eg in syntax)
    n_tokens += 0 if ner is syntax else sum(len(eg.predicted) for eg in ner)
    out["tokens_per_s"] = n_tokens / (t_syn + t_ner)
    out["tokens"] = n_tokens
    return out


def speed(nlp: Language, lang: str, repeat: int = 2) -> float:
    """Tokens per second of the full pipeline on the test texts (single process)."""
    texts = [d.text for d in gold_docs(TESTS[lang][0], nlp)]
    list(nlp.pipe(texts[:20]))  # warm up
    t0 = time.perf_counter()
    n = 0
    for _ in range(repeat):
        for doc in nlp.pipe(texts, batch_size=64):
            n += len(doc)
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", nargs="+", default=["de", "en"])
    ap.add_argument("--model", help="evaluate this spaCy pipeline directory instead")
    ap.add_argument("--ontonotes", action="store_true", help="map OntoNotes NER labels")
    ap.add_argument("--sentences", choices=["full", "constrain"], help="override sentence mode")
    ap.add_argument("--lemmas", choices=["fill", "lookup_first"], help="override lemma mode")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed benchmark")
    args = ap.parse_args()
    from eventcoder.nlp.pipelines import add_fixes, load_model, load_pipeline

    result: dict[str, dict] = {"tokens_per_s": {}}
    details: dict[str, dict] = {"tokens_per_s": {}}
    for lang in args.lang:
        if args.model or args.sentences or args.lemmas:
            base = load_model(args.model) if args.model else None
            if base is None:
                from eventcoder.nlp.pipelines import model_path
                path = model_path(lang)
                base = load_model(path) if path else spacy.blank(lang)
            nlp = add_fixes(base, args.sentences, args.lemmas)
        else:
            nlp = load_pipeline(lang)
        scores = evaluate(nlp, lang, args.ontonotes)
        tps = 0.0 if args.no_speed else speed(nlp, lang)
        print(f"{lang}: pipeline {nlp.pipe_names}", file=sys.stderr)
        print(f"{lang}: " + json.dumps(scores), file=sys.stderr)
        result[lang] = {k: round(scores[k], 4) for k in ("upos", "las", "ner_f1", "sent_f1")}
        result["tokens_per_s"][lang] = round(tps)
        details[lang] = scores
        details["tokens_per_s"][lang] = tps
    if not (args.model or args.sentences or args.lemmas):  # the shipped pipelines
        out = ROOT / "training" / "work" / "nlp_eval.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(details, indent=1), encoding="utf-8")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
