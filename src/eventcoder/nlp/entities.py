"""Map a model's entity labels to PER/ORG/LOC, keeping the full set in doc.spans["ents_all"]."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventcoder.nlp.lang_data import ONTONOTES_TO_UNER

ALL_KEY = "ents_all"


def map_entity_labels(doc: Doc, mapping: dict[str, str] = ONTONOTES_TO_UNER) -> Doc:
    """Relabel doc.ents through `mapping`; drop unmapped ones from doc.ents only."""
    doc.spans[ALL_KEY] = list(doc.ents)
    doc.ents = [Span(doc, e.start, e.end, label=mapping[e.label_])
                for e in doc.ents if e.label_ in mapping]
    return doc


@Language.component("eventcoder_ent_labels")
def eventcoder_ent_labels(doc: Doc) -> Doc:
    """Pipeline component wrapping map_entity_labels (OntoNotes -> PER/ORG/LOC)."""
    return map_entity_labels(doc)
