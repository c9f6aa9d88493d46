"""What the coder makes of a sentence, as the tuples the event tests compare: (type, source
mention text, target mention text[, factuality]) per event, published on a fixed Wednesday."""

from eventcoder.pipeline import code_text

PUBLISHED = "2025-03-12"  # a Wednesday


def roles(text: str, lang: str, factuality: bool = False) -> list[tuple]:
    """The events coded in `text`: type, source and target text (None where empty), and the
    factuality with `factuality`."""
    out = []
    for e in code_text(text, lang=lang, published=PUBLISHED).events:
        row = (e.type, e.source.text if e.source else None, e.target.text if e.target else None)
        out.append(row + (e.factuality,) if factuality else row)
    return out
