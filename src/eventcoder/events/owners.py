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
OBLIQUE_ARTICLES = {"den", "dem", "einen", "einem"}  # never a subject's
NOMINATIVE_ARTICLES = {"der", "ein"}  # before a masculine noun: nominative only


def object_party(view: SentenceView, verb_words: list[int], clause: tuple[int, int],
                 mentions: list[Mention], person_nouns: frozenset[str],
                 target_preps: tuple[str, ...] = (), passive: bool = False,
                 midfield_after: int | None = None) -> tuple[Mention, str] | None:
    """The party a verb acts on when the knowledge base cannot place it: the parse's object
    of the verb (its words `verb_words`), or its noun after one of the verb's target
    prepositions ("ermittelt gegen den Bürgermeister", "verhandelt mit den Rebellen"), that is
    a role noun the mention stage found but could not give a country ("den Journalisten"), a
    proper name ("nahm Karim B. fest") or a noun naming people ("einen Verdächtigen", "den
    Kurden"). A text-only actor, with the country of a nationality adjective in the phrase; a
    thing ("die Einreise") is none. With `passive` the party is the passive subject ("zwei
    Verdächtige wurden festgenommen"). With `midfield_after` (the finite verb, when the source
    stands before it) a name or person noun the weak parser calls a subject after that verb is
    the object ("Die Staatsanwaltschaft wirft Karl B. Betrug vor"), unless a masculine
    nominative article marks it."""
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
        # a people noun of the trigger's own words ("wies … 200 Personen zurück") counts
        in_trigger = obj.i in verb_words and not (
            obj.i != verb_words[0] and person_noun({obj.lower, *obj.lemmas}, person_nouns))
        if (obj.head not in verb_words and not on_subject) or in_trigger or (
                obj.pos not in ("NOUN", "PROPN")) or not _capitalised(obj.text) or (
                midfield_after is not None and obj.i < midfield_after):  # the prefield subject
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
        midfield = midfield_after is not None and obj.dep == "nsubj" and bare and (
            obj.i > midfield_after) and (people or obj.pos == "PROPN") and not (
            _nominative_article(view, obj.i, lo))
        # "den 28-jährigen Karl Berger", "14 Personen": an oblique article, or a count of
        # people, makes a bare noun phrase the weak parser hangs on the verb its object
        oblique = obj.dep in ("obl", "obl:tmod") and bare and not passive and (
            any(w.dep == "det" and w.lower in OBLIQUE_ARTICLES and (w.head == obj.i or (
                0 <= w.head < obj.i and view.words[w.head].head == obj.i))
                for w in view.words[lo:obj.i])
            or (people and any(w.head == obj.i and w.dep == "nummod"
                               for w in view.words[lo:obj.i])))
        if obj.dep not in deps and not prep_object and not midfield and not oblique and not (
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
        # "den Unternehmer | Paul Martin"; "den 28-jährigen Karl | Berger" (a first name before
        # a surname the tagger takes for a noun)
        prev = view.words[obj.i - 1] if obj.i > lo else None
        named = prev is not None and prev.pos == "PROPN" and prev.head == obj.i and (
            prev.dep not in ("nmod", "nmod:poss")) and not any(
            x.head == prev.i and x.dep == "case" for x in view.words[lo:prev.i]) and not any(
            m.start <= prev.start < m.end for m in mentions)
        if not (people or obj.pos == "PROPN" or tail or named):
            continue
        first = obj.i
        while first > lo and view.words[first - 1].head == obj.i and view.words[
                first - 1].dep in ("det", "amod", "nummod", "advmod", "compound"):
            first -= 1
        while first <= obj.i and view.words[first].pos == "DET":
            first += 1
        mention = _text_party(view, first, obj.i, end.i, "object of the verb (not in the KB)")
        what = f"noun after '{preps[0]}'" if prep_object else "object"
        return mention, f"target: the {what} '{mention.text}' (not in the KB)"
    return None


def _nominative_article(view: SentenceView, k: int, lo: int) -> bool:
    """The noun at `k` has a masculine 'der'/'ein' of its own: a subject after the verb."""
    return any(w.head == k and w.dep == "det" and w.lower in NOMINATIVE_ARTICLES
               and w.gender == "Masc" for w in view.words[lo:k])


def _capitalised(text: str) -> bool:
    """A German noun or name: its first letter is upper case ("35-Jährigen", not "quasi")."""
    return next((c for c in text if c.isalpha()), "").isupper()


def _text_party(view: SentenceView, first: int, head: int, last: int, how: str) -> Mention:
    """Words `first`..`last` (head noun at `head`) as an actor the KB does not know, with the
    country of a nationality adjective before the head."""
    start, stop = view.words[first].start, view.words[last].end
    return Mention(start, stop, view_text(view, start, stop),
                   Actor(None, None, _adjective_country(view.words[first:head]), None, "unknown"),
                   how=how)


def _ends_in(forms: set[str], words: frozenset[str]) -> bool:
    """One of the word's forms ends in one of `words` (compounds count: "Generalstreik")."""
    return any(f.lower().endswith(t) for f in forms for t in words)


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
                mentions: list[Mention], things: frozenset[str],
                person_nouns: frozenset[str] = frozenset(),
                acts: frozenset[str] = frozenset(), any_object: bool = False
                ) -> tuple[Mention, str] | None:
    """The party whose thing the verb acts on, when the KB cannot place it: "lehnte den
    Antrag der Staatsanwaltschaft ab", "kritisierte die Politik der Regierung" -- a role
    the mention stage found without a country, in the genitive after the verb's object when
    that is one of the `things` a party puts forward (lemmas; compounds ending in one count):
    "die Aufnahme der Flüchtlinge" belongs to no one. When the object is one of the `acts` a
    party performs ("den Streik der Piloten", "die Proteste von Bauern"), people named by a
    person noun or a name in the genitive or after 'von' are a text-only actor; with
    `any_object` (a ban, a seizure, an attack) whatever the object is ("verbot das Heft von
    Young Media")."""
    if not view.has_dep:
        return None
    lo, hi = clause
    for obj in view.words[lo:hi + 1]:
        if obj.head not in verb_words or obj.i in verb_words or obj.dep not in OBJECT_DEPS or (
                obj.pos != "NOUN"):
            continue
        forms = {obj.lower, *obj.lemmas}
        if not any_object and not _ends_in(forms, things):
            continue
        own_act = any_object or _ends_in(forms, acts)
        for w in view.words[obj.i + 1:hi + 1]:
            if w.head != obj.i or w.dep not in OWNER_DEPS or w.pos not in ("NOUN", "PROPN"):
                continue
            preps = [x.lower for x in view.words[obj.i + 1:w.i] if x.head == w.i
                     and x.dep == "case"]
            if preps and not (own_act and preps == ["von"]):
                continue
            if not preps and w.case != "Gen":
                continue
            for m in mentions:
                if m.start <= w.start < m.end and m.actor.kind in ("person", "group", "org") \
                        and m.actor.sector:
                    return m, f"target: '{m.text}', owner of the object '{obj.text}' (no " \
                              "country known)"
            # "von Young | Enterprises": a name the tagger splits into a noun and a name
            nxt = view.words[w.i + 1] if w.i < hi else None
            split_name = nxt is not None and nxt.pos == "PROPN" and nxt.head in (w.i, w.head)
            if not own_act or any(m.start <= w.start < m.end for m in mentions) or not (
                    w.pos == "PROPN" or split_name
                    or person_noun({w.lower, *w.lemmas}, person_nouns)):
                continue
            first = w.i
            while first > obj.i + 1 and view.words[first - 1].head == w.i and view.words[
                    first - 1].dep in ("det", "amod", "nummod", "case"):
                first -= 1
            while first < w.i and view.words[first].pos in ("DET", "ADP"):
                first += 1
            end = nxt if split_name else w
            for x in view.words[end.i + 1:hi + 1]:
                if x.head in {w.i, end.i} and x.dep in NAME_TAIL:
                    end = x
                else:
                    break
            mention = _text_party(view, first, w.i, end.i,
                                  "owner of the act acted on (not in the KB)")
            return mention, f"target: '{mention.text}', whose '{obj.text}' is acted on (not " \
                            "in the KB)"
    return None


# words between a measure noun and its "gegen X" ("Anklage wegen Betrugs gegen X")
MEASURE_WINDOW = 6
NP_WORDS = ("DET", "ADJ", "NUM")


def _party_after(view: SentenceView, k: int, hi: int, mentions: list[Mention],
                 person_nouns: frozenset[str], how: str,
                 names: frozenset[str] = frozenset()) -> Mention | None:
    """The party named by the noun phrase opening at word `k`: an actor the mention stage
    found (any with a sector), or people ("Journalisten") or a name ("Karl Berger", or a
    surname in `names` the tagger takes for a noun) as a text-only actor, with the country
    of a nationality adjective in the phrase."""
    first = k
    while k <= hi and view.words[k].pos in NP_WORDS:
        k += 1
    if k > hi or view.words[k].pos not in ("NOUN", "PROPN"):
        return None
    head = view.words[k]
    for m in mentions:
        if m.start <= head.start < m.end and m.actor.sector and m.actor.kind in (
                "person", "group", "org", "state", "igo"):
            return m
    if any(m.start <= head.start < m.end for m in mentions):
        return None
    end = k
    while end + 1 <= hi and view.words[end + 1].pos == "PROPN":  # "Karl | Berger"
        end += 1
    if not (head.pos == "PROPN" or head.text in names or person_noun(
            {head.lower, *head.lemmas}, person_nouns)):
        return None
    while first < k and view.words[first].pos == "DET":
        first += 1
    return _text_party(view, first, k, end, how)


def measure_party(view: SentenceView, nouns: list[int], clause: tuple[int, int],
                  mentions: list[Mention], person_nouns: frozenset[str],
                  preps: tuple[str, ...], names: frozenset[str] = frozenset()
                  ) -> tuple[Mention, str] | None:
    """The party a measure is taken against, by word order, whatever a weak parse says:
    the noun phrase after one of `preps` within MEASURE_WINDOW words of a measure noun
    (`nouns`, word indices): "Ermittlungen wegen Betrugs gegen Karl B.", "hat gegen den
    Minister Anklage erhoben", "beantragte Haft für den Bürgermeister". `names`: surnames
    the document writes after a first name (see `document_surnames`)."""
    lo, hi = clause
    cands = sorted((abs(p - n), p) for n in nouns for p in range(lo, hi + 1)
                   if view.words[p].lower in preps and 0 < abs(p - n) <= MEASURE_WINDOW)
    for _, p in cands:
        between = view.words[min(p, nouns[0]) + 1:max(p, nouns[0])]
        if any(w.pos in ("VERB", "SCONJ") or w.text in (",", ";", ":") for w in between):
            continue
        party = _party_after(view, p + 1, hi, mentions, person_nouns,
                             "the party a measure is taken against", names)
        if party is not None:
            return party, f"target: '{party.text}' after '{view.words[p].text}' of the " \
                          f"measure '{view.words[nouns[0]].text}'"
    return None


def object_agent(view: SentenceView, verb_words: list[int], clause: tuple[int, int],
                 mentions: list[Mention], person_nouns: frozenset[str],
                 preps: frozenset[str]) -> tuple[Mention, str] | None:
    """Who did the deed the verb judges: the party after an agent preposition (`preps`,
    "durch") of the verb's object noun ("kritisierte die Festnahme von Journalisten durch
    die Polizei", "verurteilte den Raubbau durch westliche Konzerne")."""
    if not view.has_dep:
        return None
    lo, hi = clause
    # a weak parse calls the object after the verb its subject ("kritisierte die Festnahme")
    objs = [w.i for w in view.words[lo:hi + 1] if w.head in verb_words and (
        w.dep in OBJECT_DEPS or (w.dep == "nsubj" and w.i > min(verb_words)))
        and w.pos == "NOUN" and w.i not in verb_words]
    for o in objs:
        for p in range(o + 1, min(hi, o + MEASURE_WINDOW + 2) + 1):
            w = view.words[p]
            if w.pos in ("VERB", "AUX", "SCONJ") or w.text in (",", ";", ":"):
                break
            if w.lower not in preps:
                continue
            party = _party_after(view, p + 1, hi, mentions, person_nouns,
                                 "agent of the deed acted on")
            if party is not None:
                return party, f"target: '{party.text}', who did the '{view.words[o].text}'"
            break
    return None


SURNAME_DEPS = ("flat", "flat:name")  # "Martin | Konečný", "James | Holmes"


def document_surnames(parsed) -> frozenset[str]:
    """Surnames the document writes after a first name ("Martin Konečný"), whatever the
    tagger calls them: later "gegen Konečný" names that person, not a thing."""
    return frozenset(t.text for t in parsed if t.dep_ in SURNAME_DEPS and t.i > 0 and (
        t.head.i == t.i - 1) and t.head.pos_ == "PROPN" and _capitalised(t.text) and (
        _capitalised(t.head.text)))
