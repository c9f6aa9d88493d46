"""The nlp stage: tokens, sentences, lemmas, tags, parse and entities over `Document.text`."""

from __future__ import annotations

from eventcoder.document import Document, Sentence
from eventcoder.nlp.pipelines import load_pipeline, model_path

__all__ = ["analyze", "load_pipeline", "model_path", "sentences_of"]


def sentences_of(parsed) -> list[Sentence]:  # noqa: ANN001 - a spaCy Doc
    """One Sentence per parsed sentence, offsets trimmed of surrounding whitespace."""
    out = []
    for sent in parsed.sents:
        text = sent.text
        lead = len(text) - len(text.lstrip())
        body = text.strip()
        start = sent.start_char + lead
        out.append(Sentence(start=start, end=start + len(body), text=body))
    return out


def analyze(doc: Document) -> Document:
    """Run the language's pipeline over doc.text; set doc.parsed and doc.sentences."""
    nlp = load_pipeline(doc.lang or "en")
    parsed = nlp(doc.text)
    if parsed.text != doc.text:  # a tokenizer fix must never change the text
        raise ValueError("E001: the nlp pipeline changed the document text")
    doc.parsed = parsed
    doc.sentences = sentences_of(parsed)
    return doc
