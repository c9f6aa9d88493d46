"""The nlp stage: tokens, sentences, lemmas, tags, parse and entities over `Document.text`."""

from __future__ import annotations

from eventcoder.document import Document, Sentence
from eventcoder.nlp.pipelines import load_pipeline, model_path

__all__ = ["UNREAD", "analyze", "analyze_many", "load_pipeline", "model_path", "sentences_of"]

# components whose output the coder never reads (mentions come from the gazetteers, not from
# doc.ents): analyze skips them unless asked for entities; load_pipeline keeps them
UNREAD = ("ner", "eventcoder_ent_labels")


NO_SENTENCE_START = {",", ";", ":", ")", "]", "}", "%"}
# what a sentence ends with: terminal punctuation, possibly inside quotes or brackets
SENTENCE_FINAL = set(".!?…:;") | set("\"'”’»«“)]")


def sentences_of(parsed) -> list[Sentence]:  # noqa: ANN001 - a spaCy Doc
    """One Sentence per parsed sentence, offsets trimmed of surrounding whitespace. A parser's
    split on the same line is undone where no sentence can start or end: before a comma or a
    lower-case word ("Delhi Police, on Thursday | , arrested …"), or after a word that is not
    sentence-final punctuation ("his Jordanian counterpart, | Omar al-Razza, signed …")."""
    out: list[Sentence] = []
    text = parsed.text
    for sent in parsed.sents:
        lead = len(sent.text) - len(sent.text.lstrip())
        start = sent.start_char + lead
        end = start + len(sent.text.strip())
        if end <= start:
            continue
        first = text[start:end].split(maxsplit=1)[0]
        gap = text[out[-1].end:start] if out else "\n"
        if out and "\n" not in gap and (first[0] in NO_SENTENCE_START or first[0].islower()
                                         or out[-1].text[-1] not in SENTENCE_FINAL):
            start = out.pop().start
        out.append(Sentence(start=start, end=end, text=text[start:end]))
    return out


def analyze(doc: Document, entities: bool = False) -> Document:
    """Run the language's pipeline over doc.text; set doc.parsed and doc.sentences. Named
    entities (doc.parsed.ents) only with `entities`: the coder does not read them."""
    nlp = load_pipeline(doc.lang or "en")
    return _attach(doc, nlp(doc.text, disable=() if entities else UNREAD))


def analyze_many(docs: list[Document], entities: bool = False,
                 batch_chars: int = 15_000) -> list[Document]:
    """analyze() for many documents, each language's pipeline over batches of them (nlp.pipe):
    the models, the parser's transition steps above all, run over a whole batch at once. A
    batch holds documents up to about `batch_chars` characters (at least one document): many
    short ones, or a few long ones, whose arrays would outgrow the CPU caches together."""
    by_lang: dict[str, list[Document]] = {}
    for doc in docs:
        by_lang.setdefault(doc.lang or "en", []).append(doc)
    for lang, group in by_lang.items():
        nlp = load_pipeline(lang)
        disable = () if entities else UNREAD
        for batch in _batches(group, batch_chars):
            parsed = nlp.pipe([d.text for d in batch], batch_size=len(batch), disable=disable)
            for doc, one in zip(batch, parsed, strict=True):
                _attach(doc, one)
    return docs


def _batches(docs: list[Document], budget: int) -> list[list[Document]]:
    """Consecutive runs of documents of about `budget` characters together."""
    out: list[list[Document]] = []
    size = budget
    for doc in docs:
        if size >= budget:
            out.append([])
            size = 0
        out[-1].append(doc)
        size += len(doc.text)
    return out


def _attach(doc: Document, parsed) -> Document:  # noqa: ANN001 - a spaCy Doc
    """Set doc.parsed and doc.sentences from the parse of doc.text."""
    if parsed.text != doc.text:  # a tokenizer fix must never change the text
        raise ValueError("E001: the nlp pipeline changed the document text")
    doc.parsed = parsed
    doc.sentences = sentences_of(parsed)
    return doc
