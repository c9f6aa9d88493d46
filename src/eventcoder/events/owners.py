"""The state behind a thing acted on: "lehnten russische Vorschläge ab" rejects Russia's
proposals, so Russia is the target when no actor is named. A nationality adjective on the
verb's object names the owner; the object itself is no actor."""

from __future__ import annotations

from eventcoder.document import Actor, Mention
from eventcoder.events.phrases import view_text
from eventcoder.events.tokens import SentenceView

OBJECT_DEPS = {"obj", "iobj", "obl:arg"}
PASSIVE_DEPS = {"nsubj:pass"}


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


NAME_TAIL = {"appos", "flat", "flat:name", "compound"}  # "den Verdächtigen | Karim B."


def object_party(view: SentenceView, verb_words: list[int], clause: tuple[int, int],
                 mentions: list[Mention], person_nouns: frozenset[str],
                 target_preps: tuple[str, ...] = (), passive: bool = False
                 ) -> tuple[Mention, str] | None:
    """The party a verb acts on when the knowledge base cannot place it: the parse's object
    of the verb (its words `verb_words`), or its noun after one of the verb's target
    prepositions ("ermittelt gegen den Bürgermeister", "verhandelt mit den Rebellen"), that is
    a role noun the mention stage found but could not give a country ("den Journalisten"), a
    proper name ("nahm Karim B. fest") or a noun naming people ("einen Verdächtigen", "den
    Kurden"). A text-only actor, with the country of a nationality adjective in the phrase; a
    thing ("die Einreise") is none. With `passive` the party is the passive subject ("zwei
    Verdächtige wurden festgenommen")."""
    if not view.has_dep:
        return None
    lo, hi = clause
    deps = PASSIVE_DEPS if passive else OBJECT_DEPS
    # a weak parser hangs "gegen den Politiker" on the subject before it ("die
    # Staatsanwaltschaft | gegen den Politiker"): a noun after a target preposition of the verb
    # counts when its head is the verb's subject
    subjects = set() if passive else {w.i for w in view.words[lo:hi + 1] if (
        w.head in verb_words and w.dep in ("nsubj", "nsubj:pass"))}
    for obj in view.words[lo:hi + 1]:
        on_subject = obj.head in subjects and obj.dep == "nmod"
        if (obj.head not in verb_words and not on_subject) or obj.i in verb_words or (
                obj.pos not in ("NOUN", "PROPN")):
            continue
        # a weak parser takes "drei Kämpfer" for a time or an adverbial: a person noun with no
        # preposition of its own is an object all the same
        people = person_noun({obj.lower, *obj.lemmas}, person_nouns)
        preps = [w.lower for w in view.words[lo:obj.i] if w.head == obj.i and w.dep == "case"]
        bare = not preps
        prep_object = bool(preps) and preps[0] in target_preps and obj.dep in (
            "obl", "obl:arg", "nmod")
        if on_subject and not prep_object:
            continue
        if passive and (preps or obj.dep not in deps):
            continue
        if obj.dep not in deps and not prep_object and not (
                obj.dep in ("obl", "obl:tmod") and people and bare and obj.case != "Nom"):
            continue
        tail = [w for w in view.words[obj.i + 1:hi + 1] if w.head == obj.i and w.dep in NAME_TAIL
                and w.pos == "PROPN"]
        end = view.words[max([obj.i] + [w.i for w in tail])]
        for w in view.words[end.i + 1:hi + 1]:  # "Karim | B." the name's own words
            if w.head in {obj.i, end.i} and w.dep in NAME_TAIL:
                end = w
            else:
                break
        for m in mentions:  # a role the mention stage knows, without a country
            if m.start <= obj.start < m.end and m.actor.kind in ("person", "group", "org") and (
                    m.actor.sector):
                return m, f"target: the object '{m.text}' (no country known)"
        if not (people or obj.pos == "PROPN" or tail):  # "den Unternehmer | Paul Martin"
            continue
        first = obj.i
        while first > lo and view.words[first - 1].head == obj.i and view.words[
                first - 1].dep in ("det", "amod", "nummod", "advmod", "compound"):
            first -= 1
        while first <= obj.i and view.words[first].pos == "DET":
            first += 1
        start, stop = view.words[first].start, end.end
        country = _adjective_country(view.words[first:obj.i])
        mention = Mention(start, stop, view_text(view, start, stop),
                          Actor(None, None, country, None, "unknown"),
                          how="object of the verb (not in the KB)")
        what = f"noun after '{preps[0]}'" if prep_object else "object"
        return mention, f"target: the {what} '{mention.text}' (not in the KB)"
    return None


COMPOUND_PREFIX = 3  # letters before a person noun in a closed compound ("Bankmanager")


def person_noun(forms: set[str], person_nouns: frozenset[str]) -> bool:
    """One of the word's forms is a person noun, or a compound ending in one: "Ex-Manager",
    "Audi-Chef", "Bankmanager" (at least COMPOUND_PREFIX letters before it, so "Sekunde" is
    no "Kunde")."""
    for f in forms:
        f = f.lower()
        if f in person_nouns:
            return True
        head = f.rsplit("-", 1)[-1]
        if head != f and head in person_nouns:
            return True
        if any(f.endswith(n) and len(f) - len(n) >= COMPOUND_PREFIX and len(n) >= 4
               for n in person_nouns):
            return True
    return False


def _adjective_country(words) -> str | None:
    """The state a nationality adjective among the words names ("türkischen")."""
    from eventcoder.resolve.kb import load_kb

    kb = load_kb()
    for w in words:
        if w.pos != "ADJ":
            continue
        for h in kb.lookup(w.text):
            if h.entry.kind == "state" and h.actor.country:
                return h.actor.country
    return None


OWNER_DEPS = {"nmod", "nmod:poss"}


def owner_party(view: SentenceView, verb_words: list[int], clause: tuple[int, int],
                mentions: list[Mention], things: frozenset[str]) -> tuple[Mention, str] | None:
    """The party whose thing the verb acts on, when the KB cannot place it: "lehnte den
    Antrag der Staatsanwaltschaft ab", "kritisierte die Politik der Regierung" -- a role
    the mention stage found without a country, in the genitive after the verb's object when
    that is one of the `things` a party puts forward (lemmas; compounds ending in one count):
    "die Aufnahme der Flüchtlinge" belongs to no one."""
    if not view.has_dep:
        return None
    lo, hi = clause
    for obj in view.words[lo:hi + 1]:
        if obj.head not in verb_words or obj.i in verb_words or obj.dep not in OBJECT_DEPS or (
                obj.pos != "NOUN"):
            continue
        if not any(lem.lower().endswith(t) for lem in {obj.lower, *obj.lemmas} for t in things):
            continue
        for w in view.words[obj.i + 1:hi + 1]:
            if w.head != obj.i or w.dep not in OWNER_DEPS or w.pos not in ("NOUN", "PROPN"):
                continue
            if w.case != "Gen" or any(x.head == w.i and x.dep == "case" for x in view.words):
                continue
            for m in mentions:
                if m.start <= w.start < m.end and m.actor.kind in ("person", "group", "org") \
                        and m.actor.sector:
                    return m, f"target: '{m.text}', owner of the object '{obj.text}' (no " \
                              "country known)"
    return None
