"""The pipeline: stages over one Document, in order. The CLI, the API and the Ray runner call this.

Each stage is a plain function Document -> Document that declares which Document fields it
needs and which it fills, so a stage can be swapped or tested alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from eventcoder.clean import clean
from eventcoder.document import Document
from eventcoder.errors import CodingError, Errors


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[Document], Document]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


def _nlp(doc: Document) -> Document:
    from eventcoder.nlp import analyze

    return analyze(doc)


def _mentions(doc: Document) -> Document:
    from eventcoder.mentions import find_mentions

    return find_mentions(doc)


def _events(doc: Document) -> Document:
    from eventcoder.events import extract_events

    return extract_events(doc)


STAGES: tuple[Stage, ...] = (
    Stage("nlp", _nlp, ("text", "lang"), ("sentences", "parsed")),
    Stage("mentions", _mentions, ("text", "sentences"), ("mentions",)),
    Stage("events", _events, ("parsed", "mentions"), ("events",)),
)


def code_document(doc: Document, lang: str | None = None, published: str | None = None,
                  stages: Iterable[Stage] = STAGES,
                  skip: Callable[[Document], bool] | None = None) -> Document:
    """Clean and code one document; raises CodingError when it cannot be coded. When
    `skip(doc)` says so after cleaning (e.g. the store has it), the coding stages are not run
    and `doc.meta["skipped"]` is set."""
    clean(doc, lang=lang, published=published)
    if skip is not None and skip(doc):
        doc.meta["skipped"] = True
        return doc
    return _run(doc, stages)


def code_text(text: str, lang: str | None = None, published: str | None = None,
              id: str = "text") -> Document:
    """Code a string: `code_text("Lawrow lehnte den Vorschlag ab.", lang="de").events`."""
    return code_document(Document(id=id, text=text), lang=lang, published=published)


BATCH = 64  # documents code_many reads and codes together (analyze_many batches them by size)


def code_many(items: Iterable[Document | CodingError], lang: str | None = None,
              published: str | None = None,
              skip: Callable[[Document], bool] | None = None, batch_size: int = BATCH,
              ) -> Iterator[Document | CodingError]:
    """Code a stream of ingested items; failures come out as CodingError in their place.
    The nlp stage runs over `batch_size` documents at a time (faster than one by one, same
    output), so a document comes out once its batch is parsed."""
    batch: list[Document | CodingError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _code_batch(batch, lang, published, skip)
            batch = []
    yield from _code_batch(batch, lang, published, skip)


def _code_batch(items: list[Document | CodingError], lang: str | None, published: str | None,
                skip: Callable[[Document], bool] | None) -> list[Document | CodingError]:
    """code_document over each item, with the nlp stage run for all of them first."""
    from eventcoder.nlp import analyze_many

    def prepare(doc: Document) -> Document:
        return code_document(doc, lang=lang, published=published, skip=skip, stages=())

    out = [item if isinstance(item, CodingError) else _attempt(item, prepare) for item in items]
    todo = [d for d in out if isinstance(d, Document) and not d.meta.get("skipped")]
    try:
        analyze_many(todo)
        parsed = {id(d) for d in todo}
    except Exception:  # noqa: BLE001 - parse them one by one below: a failure costs one document
        parsed = set()
    for k, doc in enumerate(out):
        if isinstance(doc, Document) and not doc.meta.get("skipped"):
            stages = [s for s in STAGES if not (s.name == "nlp" and id(doc) in parsed)]
            out[k] = _attempt(doc, lambda d, stages=stages: _run(d, stages))
    return out


def _run(doc: Document, stages: Iterable[Stage]) -> Document:
    for stage in stages:
        doc = stage.func(doc)
    return doc


def _attempt(item: Document, func: Callable[[Document], Document]) -> Document | CodingError:
    """func(item), or the CodingError it raises; any other exception becomes one (E013)."""
    try:
        return func(item)
    except CodingError as err:
        if not err.origin:
            err.origin = item.origin or item.id
        return err
    except Exception as exc:  # a bug must cost one document, not the whole run
        return CodingError(Errors.E013, item.origin or item.id,
                           detail=f"{type(exc).__name__}: {exc}")
