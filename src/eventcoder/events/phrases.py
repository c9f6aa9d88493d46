"""Noun phrases that are not in the actor knowledge base: "a Canadian man", "the Croatian
government's request". They fill a role the KB could not, as text-only actors (with the
country of a demonym inside, when there is one), so an event keeps its target."""

from __future__ import annotations

from eventcoder.document import Actor, Mention
from eventcoder.events.tokens import CLAUSE_PUNCT, SENTENCE_END, SentenceView

STOP_WORDS = {
    "en": {"that", "which", "who", "whom", "whose", "to", "after", "before", "when", "because",
           "while", "and", "but", "or", "as", "if", "than", "said", "says", "saying", "on",
           "at", "in", "for", "with", "from", "by", "over", "into", "during", "since", "amid",
           "despite", "about", "against", "under"},
}
SKIP_BEFORE = {"en": {"also", "again", "formally", "strongly", "officially", "up", "down",
                      "out", "off", "back", "jointly", "publicly"}}
MAX_WORDS = 10
QUANTIFIERS = {"en": (("at", "least"), ("more", "than"), ("up", "to"), ("as", "many", "as"))}


def object_phrase(view: SentenceView, after: int, taken: set[int]) -> Mention | None:
    """The noun phrase right after word `after` (a verb), with its 'of' complements."""
    if view.lang not in STOP_WORDS:
        return None
    stops = STOP_WORDS[view.lang]
    k = after + 1
    while k < len(view.words) and view.words[k].lower in SKIP_BEFORE[view.lang]:
        k += 1
    quantity = QUANTIFIERS.get(view.lang, ())
    first = [w.lower for w in view.words[k:k + 2]]
    keep_from = k  # "at least 19 Christians", "more than 1,500 people"
    for q in quantity:
        if first[:len(q)] == list(q):
            k += len(q)
            break
    words = []
    while k < len(view.words) and len(words) < MAX_WORDS:
        w = view.words[k]
        if w.i in taken or w.text in CLAUSE_PUNCT or w.text in SENTENCE_END or w.lower in stops:
            break
        if view.has_pos and w.pos in ("VERB", "AUX", "SCONJ", "PUNCT") and words:
            break
        words.append(w)
        k += 1
    while words and (words[-1].lower in {"of", "the", "a", "an", "'s"} or
                     words[-1].pos in ("DET", "ADP", "CCONJ")):
        words.pop()
    if not words or not any(w.text[:1].isalpha() for w in words):
        return None
    start, end = view.words[keep_from].start if keep_from < k else words[0].start, words[-1].end
    text = view_text(view, start, end)
    return Mention(start, end, text, Actor(None, None, _country(words), None, "unknown"),
                   how="noun phrase (not in the KB)")


def view_text(view: SentenceView, start: int, end: int) -> str:
    parts, pos = [], start
    for w in view.words:
        if start <= w.start and w.end <= end:
            if parts and w.start > pos:
                parts.append(" ")
            parts.append(w.text)
            pos = w.end
    return "".join(parts)


def _country(words) -> str | None:
    """The country of a demonym or name inside the phrase ("the Croatian government's")."""
    from eventcoder.resolve.kb import load_kb

    kb = load_kb()
    for w in words:
        if not w.text[:1].isupper():
            continue
        for hit in kb.lookup(w.text):
            if hit.actor.country and hit.entry.kind == "state":
                return hit.actor.country
    return None


AUX_BEFORE = {"en": {"has", "have", "had", "will", "would", "was", "were", "is", "are", "also",
                     "on", "yesterday", "today", "recently", "reportedly", "allegedly", "then",
                     "later", "earlier", "formally", "officially", "again", "not", "never",
                     "did", "does", "do", "could", "may", "might", "can", "should", "jointly"}}


def subject_phrase(view: SentenceView, verb: int, taken: set[int]) -> Mention | None:
    """The noun phrase that ends right before the verb group ("A Chinese court on Saturday
    ordered …" gives "A Chinese court")."""
    if view.lang not in STOP_WORDS:
        return None
    k = verb - 1
    while k >= 0 and (view.words[k].lower in AUX_BEFORE[view.lang] or view.words[k].text[
            :1].isdigit() or view.words[k].lower in _WEEKDAYS):
        k -= 1
    k = _skip_aside(view, k)
    words = []
    while k >= 0 and len(words) < MAX_WORDS:
        w = view.words[k]
        if w.i in taken or w.text in CLAUSE_PUNCT or w.lower in STOP_WORDS[view.lang] or (
                view.has_pos and w.pos in ("VERB", "AUX", "SCONJ", "PUNCT")):
            break
        words.append(w)
        k -= 1
    words.reverse()
    while words and words[0].lower in {"of", "'s"}:
        words.pop(0)
    if not words or not any(w.text[:1].isalpha() for w in words):
        return None
    start, end = words[0].start, words[-1].end
    return Mention(start, end, view_text(view, start, end),
                   Actor(None, None, _country(words), None, "unknown"),
                   how="noun phrase (not in the KB)")


def _skip_aside(view: SentenceView, k: int) -> int:
    """Step back over a short aside between commas before the verb ("Delhi Police, on
    Thursday, arrested …"), so the subject before it is found."""
    if k < 0 or view.words[k].text != ",":
        return k
    j = k - 1
    while j >= 0 and view.words[j].text != "," and k - j <= 5:
        j -= 1
    if j >= 0 and view.words[j].text == "," and view.words[j + 1].lower in STOP_WORDS.get(
            view.lang, set()):
        return j - 1
    return k


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
