"""The state behind a thing acted on: "lehnten russische Vorschläge ab" rejects Russia's
proposals, so Russia is the target when no actor is named. A nationality adjective on the
verb's object names the owner; the object itself is no actor."""

from __future__ import annotations

from eventcoder.document import Actor, Mention
from eventcoder.events.phrases import view_text
from eventcoder.events.tokens import SentenceView

OBJECT_DEPS = {"obj", "iobj", "obl:arg"}


def demonym_owner(view: SentenceView, verb_words: list[int], clause: tuple[int, int]
                  ) -> tuple[Mention, str] | None:
    """A text-only actor for the state whose adjective modifies the object of the verb
    (its words `verb_words`, the finite verb and a particle), with the reason."""
    if not view.has_dep:
        return None
    from eventcoder.resolve.kb import load_kb

    kb = load_kb()
    lo, hi = clause
    for obj in view.words[lo:hi + 1]:
        if obj.head not in verb_words or obj.dep not in OBJECT_DEPS or obj.pos != "NOUN":
            continue
        for adj in view.words[lo:obj.i]:
            if adj.head != obj.i or adj.dep != "amod" or adj.pos != "ADJ":
                continue
            country = next((h.actor.country for h in kb.lookup(adj.text)
                            if h.entry.kind == "state" and h.actor.country), None)
            if country is None:
                continue
            start, end = adj.start, obj.end
            mention = Mention(start, end, view_text(view, start, end),
                              Actor(None, None, country, None, "unknown"),
                              how="nationality adjective of the object")
            return mention, f"target: the state whose '{obj.text}' is acted on ('{adj.text}')"
    return None
