"""Language data for tokenization and sentence rules, kept apart from the algorithms: word
lists from `lang/<lang>/sentences.yaml`, punctuation here."""

from __future__ import annotations

from eventcoder.lang import word_sets


def _words(text: str) -> frozenset[str]:
    """A whitespace-separated word list as a set."""
    return frozenset(text.split())


# Abbreviations that end in a period but never end a sentence on their own.
# spaCy's tokenizer exceptions already keep most of them as one token; this list decides
# sentence boundaries and adds the ones spaCy splits.
ABBREVIATIONS: dict[str, frozenset[str]] = word_sets("abbreviations", "sentences")

# Month names: an ordinal number before one of these is a date, never a sentence end.
MONTHS: dict[str, frozenset[str]] = word_sets("months", "sentences")

# Closed-class words that start sentences but never follow a German ordinal ("12. Der ...").
SENTENCE_STARTERS: dict[str, frozenset[str]] = word_sets("sentence_starters", "sentences")

# Abbreviations that may also end a sentence: they do when a sentence starter follows
# ("... in the U.S. The talks ...", "... Äpfel usw. Dann ...").
FINAL_ABBREVIATIONS: dict[str, frozenset[str]] = word_sets("final_abbreviations", "sentences")

# Tokens after which a sentence ends.
TERMINALS = frozenset({".", "!", "?", "…", "...", "!?", "?!", "..", "!!", "??"})
# Emoticons end a sentence in web text the way a period does.
EMOTICONS = _words(":) :-) ;) ;-) :( :-( :D :-D")
# Closing quotes and brackets that belong to the sentence they follow ("“" closes in German,
# opens in English).
CLOSERS: dict[str, frozenset[str]] = {
    "de": frozenset({'"', "'", "''", "“", "”", "‘", "’", "«", "»", "‹", "›", ")", "]", "}"}),
    "en": frozenset({'"', "'", "''", "”", "’", ")", "]", "}"}),
}

# OntoNotes entity labels (spaCy's English models) to the PER/ORG/LOC set of our German model.
# Unlisted labels (NORP, DATE, MONEY, ...) leave doc.ents but stay in doc.spans["ents_all"].
ONTONOTES_TO_UNER: dict[str, str] = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
}
