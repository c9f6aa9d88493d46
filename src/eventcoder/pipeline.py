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
    for stage in stages:
        doc = stage.func(doc)
    return doc


def code_text(text: str, lang: str | None = None, published: str | None = None,
              id: str = "text") -> Document:
    """Code a string: `code_text("Lawrow lehnte den Vorschlag ab.", lang="de").events`."""
    return code_document(Document(id=id, text=text), lang=lang, published=published)


def code_many(items: Iterable[Document | CodingError], lang: str | None = None,
              published: str | None = None,
              skip: Callable[[Document], bool] | None = None,
              ) -> Iterator[Document | CodingError]:
    """Code a stream of ingested items; failures come out as CodingError in their place."""
    for item in items:
        if isinstance(item, CodingError):
            yield item
            continue
        try:
            yield code_document(item, lang=lang, published=published, skip=skip)
        except CodingError as err:
            if not err.origin:
                err.origin = item.origin or item.id
            yield err
        except Exception as exc:  # a bug must cost one document, not the whole run
            yield CodingError(Errors.E013, item.origin or item.id,
                              detail=f"{type(exc).__name__}: {exc}")
