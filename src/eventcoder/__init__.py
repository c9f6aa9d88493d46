"""eventcoder: political event data from German and English news.

    >>> import eventcoder
    >>> doc = eventcoder.code_text("Lawrow lehnte den Vorschlag der NATO ab.", lang="de")
    >>> [(e.type, e.source.actor.name, e.target.actor.name) for e in doc.events]
    [('REJECT', 'Sergey Lavrov', 'NATO')]
"""

from typing import Any

__version__ = "0.1.0"
__all__ = ["code_document", "code_text", "document_json", "__version__"]


def __getattr__(name: str) -> Any:
    """The API without loading models at import time: `eventcoder.code_text` etc."""
    if name in ("code_text", "code_document"):
        from eventcoder import pipeline

        return getattr(pipeline, name)
    if name == "document_json":
        from eventcoder.document import document_json

        return document_json
    raise AttributeError(f"module 'eventcoder' has no attribute {name!r}")
