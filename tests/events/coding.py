"""What the coder makes of a sentence, as the tuples the event tests compare: (type[, CAMEO
code], source mention text, target mention text[, factuality]) per event, published on a fixed
Wednesday unless told otherwise."""

from eventcoder.pipeline import code_text

PUBLISHED = "2025-03-12"  # a Wednesday


def roles(text: str, lang: str, factuality: bool = False, cameo: bool = False,
          published: str | None = PUBLISHED, dropped: bool = False) -> list[tuple]:
    """The events coded in `text`: type (and CAMEO code with `cameo`), source and target text
    (None where empty), and the factuality with `factuality`. With `dropped`, the events found
    but not coded because they name no target (`doc.meta["dropped"]`) instead."""
    doc = code_text(text, lang=lang, published=published)
    out = []
    for e in [e for e, _ in doc.meta.get("dropped", ())] if dropped else doc.events:
        row = (e.type,) + ((e.cameo,) if cameo else ()) + (
            e.source.text if e.source else None, e.target.text if e.target else None)
        out.append(row + (e.factuality,) if factuality else row)
    return out


def actors(text: str, lang: str = "de", published: str | None = PUBLISHED) -> list[tuple]:
    """(type, source text, source country, target text, target country) per event."""
    return [(e.type, e.source.text if e.source else None,
             e.source.actor.country if e.source else None,
             e.target.text if e.target else None,
             e.target.actor.country if e.target else None)
            for e in code_text(text, lang=lang, published=published).events]


def events_of(text: str, type_: str, lang: str = "en") -> list:
    """The coded events of one type."""
    return [e for e in code_text(text, lang=lang, published=PUBLISHED).events if e.type == type_]


def target_of(text: str, type_: str, lang: str = "en") -> str | None:
    """The target text of the one event of the type in the text."""
    found = events_of(text, type_, lang)
    assert len(found) == 1, [(e.type, e.target and e.target.text) for e in found]
    return found[0].target.text if found[0].target else None
