"""code_many parses its documents in batches: the output must equal coding them one by one."""

import pytest

from eventcoder.document import Document, document_json
from eventcoder.errors import CodingError, Errors
from eventcoder.nlp import analyze, analyze_many
from eventcoder.pipeline import code_document, code_many

TEXTS = [
    ("de", "Der Außenminister Frankreichs traf am Montag in Berlin seinen deutschen Kollegen."),
    ("en", "Police arrested twelve protesters in Nairobi on Tuesday."),
    ("de", "Die Regierung in Kiew lehnte den Vorschlag aus Moskau ab. Das sagte ein Sprecher."),
    ("en", "The Japanese prime minister criticised China for its military drills near Taiwan."),
    ("de", "Israel und Ägypten vereinbarten eine Waffenruhe."),
]


def docs() -> list[Document]:
    return [Document(id=f"d{i}", text=text, lang=lang) for i, (lang, text) in enumerate(TEXTS)]


@pytest.mark.parametrize("batch_size", [1, 2, 16])
def test_batches_code_like_one_by_one(batch_size: int) -> None:
    alone = [document_json(code_document(d)) for d in docs()]
    batched = [document_json(d) for d in code_many(docs(), batch_size=batch_size)]
    assert batched == alone
    assert sum(len(d["events"]) for d in alone) >= 3


def test_failures_and_skips_stay_in_place() -> None:
    items = [*docs()[:2], CodingError(Errors.E001, "given"), Document(id="empty", text="  "),
             docs()[2]]
    out = list(code_many(items, skip=lambda d: d.id == "d1", batch_size=16))
    assert [type(x).__name__ for x in out] == ["Document", "Document", "CodingError",
                                               "CodingError", "Document"]
    assert out[1].meta.get("skipped") and out[1].parsed is None
    assert out[3].origin == "empty" and out[4].events


def test_analyze_many_parses_like_analyze() -> None:
    many = analyze_many(docs())
    for doc, one in zip(many, (analyze(d) for d in docs()), strict=True):
        assert doc.sentences == one.sentences
        assert [(t.text, t.tag_, t.lemma_, t.dep_, t.head.i) for t in doc.parsed] == \
            [(t.text, t.tag_, t.lemma_, t.dep_, t.head.i) for t in one.parsed]
