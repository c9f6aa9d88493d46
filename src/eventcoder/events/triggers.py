"""Find event triggers in a sentence from the per-language lexicon (`lang/<lang>/triggers.yaml`).

Handles German separable verbs ("lehnte … ab" → ablehnen), zu-infinitives ("aufzunehmen"),
light-verb constructions ("ein Telefongespräch führen"), compound nouns ("Raketenangriff" →
Angriff) and English phrasal verbs ("called for").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from eventcoder.events.tokens import CLAUSE_PUNCT, SENTENCE_END, SentenceView, Word, clause_bounds
from eventcoder.lang import load, word_set, word_tuple

SEPARABLE_PARTICLES = word_set("de", "separable_particles")
MIN_COMPOUND_PREFIX = 3


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    pos: str
    type: str
    cameo: str
    mode: str | None = None
    object: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    symmetric: bool = False
    exact: bool = False
    requires: tuple[str, ...] = ()  # one of these words must stand in the verb's clause
    excludes: tuple[str, ...] = ()  # none of these may stand in the clause or open the next
    object_actor: bool = False  # the verb counts only with an actor right after it
    not_object: tuple[str, ...] = ()  # the verb does not count with one of these as its object
    infinitive_object: bool = False  # counts only as "ordered X to appear": object, then to + verb
    actor_subject: bool = False  # does not count when its subject is a thing ("the law guarantees")
    # takes no accusative: a non-actor noun after it opened by a nominative-only article is its
    # subject ("droht Österreich eine Strafe": Austria faces a penalty, nobody threatens)
    intransitive: bool = False
    # verbs: does not count as the speech tag after what was said ("…, klagte X"): right after
    # a comma or quote mark, with nothing of its own clause before it
    not_tag: bool = False
    not_gerund: bool = False  # does not count with a gerund complement ("admitted killing")
    not_question: bool = False  # does not count with an embedded question ("asked how she felt")
    not_compounds: tuple[str, ...] = ()  # nouns: compounds opening with these do not count
    not_after: tuple[str, ...] = ()  # nouns: do not count right after one of these ("ins Gespräch")
    not_subject: tuple[str, ...] = ()  # verbs: does not count with one of these as its subject
    not_stative: bool = False  # German participles: not in a stative passive ("was verboten ist")
    # verbs: another reading when what is acted on is one of these nouns ("captured a town" is
    # an assault, "captured eight pirates" an arrest): (type, cameo, mode, nouns)
    object_retype: tuple[str, str | None, str | None, tuple[str, ...]] | None = None


@dataclass
class TriggerMatch:
    entry: TriggerEntry
    word: int  # the trigger word (verb or noun) in the sentence view
    words: list[int] = field(default_factory=list)  # all words of the trigger (particle, object)
    object_word: int | None = None

    @property
    def is_verb(self) -> bool:
        return self.entry.pos == "VERB"


@dataclass
class Lexicon:
    verbs: dict[str, list[TriggerEntry]]
    nouns: dict[str, list[TriggerEntry]]
    noun_suffixes: tuple[str, ...]  # noun lemmas that may head compounds, longest first
    object_nouns: frozenset[str]


def _retype(raw: dict | None) -> tuple[str, str | None, str | None, tuple[str, ...]] | None:
    if not raw:
        return None
    return (str(raw["type"]).upper(), str(raw.get("cameo") or "") or None, raw.get("mode") or None,
            tuple(str(o).lower() for o in raw.get("object") or ()))


@cache
def lexicon(lang: str) -> Lexicon:
    verbs: dict[str, list[TriggerEntry]] = {}
    nouns: dict[str, list[TriggerEntry]] = {}
    objects: set[str] = set()
    for raw in load(lang, "triggers") or []:
        obj = raw.get("object") or ()
        entry = TriggerEntry(
            lemma=str(raw["lemma"]).lower(), pos=str(raw.get("pos", "VERB")).upper(),
            type=str(raw["type"]).upper(), cameo=str(raw.get("cameo") or "") or None,
            mode=raw.get("mode") or None,
            object=tuple(str(o).lower() for o in ([obj] if isinstance(obj, str) else obj)),
            target_preps=tuple(str(p).lower() for p in raw.get("target_preps") or ()),
            source_preps=tuple(str(p).lower() for p in raw.get("source_preps") or ()),
            symmetric=bool(raw.get("symmetric", False)), exact=bool(raw.get("exact", False)),
            requires=tuple(str(r).lower() for r in raw.get("requires") or ()),
            excludes=tuple(str(r).lower() for r in raw.get("excludes") or ()),
            object_actor=bool(raw.get("object_actor", False)),
            not_object=tuple(str(o).lower() for o in raw.get("not_object") or ()),
            infinitive_object=bool(raw.get("infinitive_object", False)),
            actor_subject=bool(raw.get("actor_subject", False)),
            intransitive=bool(raw.get("intransitive", False)),
            not_tag=bool(raw.get("not_tag", False)),
            not_gerund=bool(raw.get("not_gerund", False)),
            not_question=bool(raw.get("not_question", False)),
            not_compounds=tuple(str(p).lower() for p in raw.get("not_compounds") or ()),
            not_after=tuple(str(p).lower() for p in raw.get("not_after") or ()),
            not_subject=tuple(str(p).lower() for p in raw.get("not_subject") or ()),
            not_stative=bool(raw.get("not_stative", False)),
            object_retype=_retype(raw.get("object_retype")),
        )
        objects.update(entry.object)
        table = nouns if entry.pos == "NOUN" else verbs
        table.setdefault(entry.lemma, []).append(entry)
    suffixes = tuple(sorted((k for k, es in nouns.items() if not all(e.exact for e in es)),
                            key=len, reverse=True))
    return Lexicon(verbs, nouns, suffixes, frozenset(objects))


def noun_key(w: Word, lang: str, keys: frozenset[str] | dict, suffixes=()) -> str | None:
    """The lexicon noun this word is, itself or as the head of a German compound."""
    for lemma in sorted(w.lemmas, key=len, reverse=True):
        if lemma in keys:
            return lemma
    if lang == "de":
        for lemma in w.lemmas:
            for suffix in suffixes:
                if len(lemma) - len(suffix) >= MIN_COMPOUND_PREFIX and lemma.endswith(suffix) and (
                        not lemma[:-len(suffix)].endswith(VERB_PREFIXES_DE)) and not any(
                        len(d) > len(suffix) and d.endswith(suffix) and lemma.endswith(d)
                        for d in DERIVATIONAL_SUFFIXES_DE):
                    return suffix
            # hyphenated compounds: "NATO-Friedenstruppen", "Drohnen-Angriff"
            if "-" in lemma:
                tail = lemma.rsplit("-", 1)[1]
                if tail in keys:
                    return tail
    return None


# a compound's head does not start inside a prefixed noun: "Richtervereinigung" ends in
# 'Vereinigung' (union, association), not in 'Einigung' (agreement)
VERB_PREFIXES_DE = word_tuple("de", "inseparable_prefixes")
PARTICIPLE_I = word_tuple("de", "participle_i_endings")
# "Staatsanwaltschaft" ends in the suffix '-schaft', not in the noun 'Haft'
DERIVATIONAL_SUFFIXES_DE = word_tuple("de", "derivational_suffixes")


VERB_PREFIXES = word_set("en", "verb_prefixes")  # "re-open", "co-operate": still verbs
# English head nouns that leave the act to their modifier: "a mediation effort"
LIGHT_HEADS = word_set("en", "light_heads")
ENGLISH_NOUN_MARKERS = word_set("en", "noun_markers")
ARTICLES = word_set("de", "articles")


def _attributive(view: SentenceView, w: Word) -> bool:
    """An inflected participle between an article and its noun: "der von Russland
    unterstützten Regierung" (an article, then no noun right after it, then the participle)."""
    nxt = view.words[w.i + 1] if w.i + 1 < len(view.words) else None
    if nxt is None or not nxt.text[:1].isupper() or not w.lower.endswith(
            ("ten", "ene", "enen", "ener", "tes", "tem", "ten")):
        return False
    for k in range(w.i - 1, max(-1, w.i - 5), -1):
        if view.words[k].lower in ARTICLES:
            after = view.words[k + 1]
            return after.i == w.i or not after.text[:1].isupper()
    return False


def _attributive_participle(view: SentenceView, w: Word) -> bool:
    """An English participle between a determiner, number, adjective or (a past participle)
    preposition and its noun, also before the noun's adjective when the parse makes it an
    adjectival modifier: "two kidnapped soldiers", "a review of proposed federal projects"."""
    if w.i == 0 or w.i + 1 >= len(view.words) or not w.lower.endswith(("ed", "ing", "en")):
        return False
    prev, nxt = view.words[w.i - 1], view.words[w.i + 1]
    after = view.words[w.i + 2] if w.i + 2 < len(view.words) else None
    if nxt.pos == "NOUN":
        return prev.pos in ("DET", "NUM", "ADJ") or prev.tag == "PRP$" or (
            prev.pos == "ADP" and w.tag == "VBN" and w.dep == "amod")
    # "the proposed federal projects": a lower-case adjective and a common noun follow
    return (nxt.pos == "ADJ" and nxt.text.islower() and after is not None and after.pos == "NOUN"
            and w.dep == "amod" and (prev.pos in ("DET", "ADP") or prev.tag == "PRP$"))


def _may_be_verb(view: SentenceView, w: Word) -> bool:
    """Verbs, not adjectives: "die dringende Bitte", "der von Russland unterstützten
    Regierung" (an attributive participle stands right before its noun)."""
    if view.has_pos and view.lang == "en" and _attributive_participle(view, w):
        return False  # "two kidnapped soldiers", "the protesting farmers"
    if view.lang == "en" and w.i >= 2 and view.words[w.i - 1].text == "-" and view.words[
            w.i - 1].end == w.start and view.words[w.i - 2].lower not in VERB_PREFIXES:
        return False  # the second half of an adjective: "hard-hitting", "Iran-backed"
    if view.has_pos and w.pos in ("VERB", "AUX"):
        return True
    if view.has_pos and view.lang == "en":
        # a weak English tagger calls "meets" a noun and "vetoed" an adverb: an inflected
        # form that no article or possessive marks as a noun is still a verb
        prev = view.words[w.i - 1].lower if w.i > 0 else ""
        to_verb = w.i + 2 < len(view.words) and view.words[w.i + 1].lower == "to" and view.words[
            w.i + 2].pos == "VERB" and (w.i == 0 or view.words[w.i - 1].pos not in (
                "PROPN", "ADJ", "DET", "NUM"))  # "republics refuse to lift", not "a U.S. demand to"
        adjunct = prev == "," and w.lower.endswith("ing")  # "…, criticizing the president"
        nxt = view.words[w.i + 1] if w.i + 1 < len(view.words) else None
        gerund = w.lower.endswith("ing") and nxt is not None and w.i > 0 and view.words[
            w.i - 1].pos in ("NOUN", "PROPN") and (nxt.pos in ("DET", "PROPN") or nxt.tag == (
                "PRP$"))  # "a resolution criticizing President X" (mistagged as a noun)
        before = view.words[w.i - 1].pos if w.i > 0 else ""
        inflected = w.lower.endswith("ed") or (w.lower.endswith("s") and not w.lower.endswith(
            "ss"))  # "meets", "vetoed"; not "mass protests", "press"
        before2 = view.words[w.i - 2].pos if w.i > 1 else ""
        # not "military strikes", nor "on fraud charges" (a noun after a noun after a
        # preposition or article)
        return w.pos != "PROPN" and (inflected or to_verb or adjunct or gerund) and \
            prev not in ENGLISH_NOUN_MARKERS and not (
                w.pos == "NOUN" and before in ("ADJ", "NUM")) and not (
                w.pos == "NOUN" and before == "NOUN" and before2 in ("ADP", "DET"))
    if view.has_pos and not (view.lang == "de" and w.pos == "ADJ"):
        return False
    # a German tagger calls a sentence-initial finite verb after a subordinate clause an
    # adjective now and then ("…, vereinbarten Russland und die Türkei ein Treffen"): a
    # lower-case word that is no attributive participle, in a clause without another verb
    if view.has_pos:
        others = _same_clause(view, w)
        nxt = view.words[w.i + 1] if w.i + 1 < len(view.words) else None
        clause_final = nxt is None or nxt.text in CLAUSE_PUNCT or nxt.text in ".!?" or (
            nxt.pos == "AUX")
        has_aux = any(x.pos == "AUX" or x.dep.startswith("aux") for x in others)
        if any(x.pos == "VERB" for x in others) or (has_aux and not clause_final):
            return False
    if view.lang == "de":
        if not w.text[:1].islower() or w.lower.endswith(PARTICIPLE_I):
            return False
        return not _attributive(view, w)
    # English without a tagger: after an article or a possessive it is a noun ("the request")
    prev = view.words[w.i - 1].lower if w.i > 0 else ""
    return prev not in ENGLISH_NOUN_MARKERS


def _may_be_noun(view: SentenceView, w: Word) -> bool:
    if view.has_dep and view.lang == "en" and w.dep == "compound" and w.i + 1 < len(
            view.words) and view.words[w.i + 1].pos == "NOUN" and w.head == w.i + 1 and not (
                view.words[w.i + 1].lemmas & LIGHT_HEADS):
        return False  # a modifier, not the act: "the protest leaders", "attack helicopters"
    if view.has_pos:
        return w.pos in ("NOUN", "PROPN")
    if view.lang == "de":
        return w.text[:1].isupper()
    return True


def _same_clause(view: SentenceView, w: Word) -> list[Word]:
    lo = hi = w.i
    while lo > 0 and view.words[lo - 1].text not in CLAUSE_PUNCT:
        lo -= 1
    while hi + 1 < len(view.words) and view.words[hi + 1].text not in CLAUSE_PUNCT:
        hi += 1
    return [x for x in view.words[lo:hi + 1] if x is not w]


def _participle_lemmas(word: str) -> list[str]:
    """Infinitives a German participle can come from when no lemmatizer knows it:
    bombardiert → bombardieren, beschossen → beschießen is left to the lexicon, abgelehnt →
    ablehnen, geliefert → liefern."""
    out = []
    if word.endswith("iert"):
        out.append(word[:-1] + "en")
    for part in ("", *SEPARABLE_PARTICLES):
        rest = word[len(part):]
        if word.startswith(part) and rest.startswith("ge") and rest.endswith("t") and len(
                rest) > 4:
            stem = rest[2:-1]
            out += [part + stem + "en", part + stem + "n"]
    return out


def _particle_words(view: SentenceView, i: int) -> list[int]:
    """Separable particles that close the clause of the verb at word i ("lehnte … ab"); past
    a coordination of noun phrases when the parse ties the particle to the verb ("loten die AKP
    und die Opposition Möglichkeiten aus")."""
    found = [k for k in range(i + 1, len(view.words)) if view.has_dep
             and view.words[k].head == i and view.words[k].dep == "compound:prt"
             and view.words[k].lower in SEPARABLE_PARTICLES]
    for k in range(i + 1, len(view.words)):
        if k in found:
            continue
        w = view.words[k]
        if w.text in CLAUSE_PUNCT or w.text in {".", "!", "?"}:
            break
        if w.lower in ("und", "oder", "aber", "sondern"):
            break
        if w.lower in SEPARABLE_PARTICLES and (
            w.tag == "PTKVZ" or k + 1 >= len(view.words)
            or view.words[k + 1].text in CLAUSE_PUNCT | {".", "!", "?"}
            or view.words[k + 1].lower in ("und", "oder", "aber", "sondern")
        ):
            found.append(k)
    return found


def _sure_particle(view: SentenceView, k: int, i: int) -> bool:
    """A particle the tagger or the parse marks as the verb's own (not a stray preposition)."""
    w = view.words[k]
    if "wie" in (view.words[k - 1].lower, view.words[min(k + 1, len(view.words) - 1)].lower):
        return False  # "unterstützen mich nach wie vor"
    if not view.has_pos:
        return True  # _particle_words only takes clause-final ones
    return w.tag == "PTKVZ" or (view.has_dep and w.head == i and w.dep == "compound:prt")


def _verb_lemmas(view: SentenceView, i: int) -> list[tuple[str, list[int]]]:
    """Candidate verb lemmas for word i with the extra words that make them."""
    w = view.words[i]
    out = [(lem, [i]) for lem in w.lemmas]
    if view.lang == "de":
        out += [(lem, [i]) for lem in _participle_lemmas(w.lower)]
        for p in _particle_words(view, i):
            particle = view.words[p].lower
            out += [(particle + lem, [i, p]) for lem in w.lemmas if not lem.startswith(particle)]
        # zu-infinitive: aufzunehmen → aufnehmen
        for part in SEPARABLE_PARTICLES:
            if w.lower.startswith(part + "zu") and len(w.lower) > len(part) + 4:
                out.append((part + w.lower[len(part) + 2:], [i]))
    else:
        for k in (i + 1, i + 2):
            if k >= len(view.words):
                break
            if k == i + 2 and view.words[i + 1].pos in ("NOUN", "PROPN", "PRON", "DET", "NUM"):
                break  # past an adverb ("pushing hard for"), not past an object ("called X on")
            nxt = view.words[k]
            out += [(f"{lem} {nxt.lower}", [i, k]) for lem in w.lemmas]
    return out


def find_triggers(view: SentenceView, mention_words: set[int],
                  actor_words: set[int] | None = None) -> list[TriggerMatch]:
    """All trigger matches in a sentence; light-verb objects are not also noun triggers.
    `actor_words`: the words of every actor mention, also those no country places (by
    default `mention_words`)."""
    actor_words = mention_words | (actor_words or set())
    lex = lexicon(view.lang)
    matches: list[TriggerMatch] = []
    used_objects: set[int] = set()
    for w in view.words:
        if w.i in mention_words or not _may_be_verb(view, w) or _in_short_brackets(view, w.i):
            continue
        particles = {view.words[k].lower for k in _particle_words(view, w.i)
                     if _sure_particle(view, k, w.i)} if view.lang == "de" else set()
        clause: tuple[int, int] | None = None  # the verb's clause, computed once when needed
        for lemma, words in _verb_lemmas(view, w.i):
            if particles and len(words) == 1 and not any(lemma.startswith(p)
                                                         for p in particles):
                continue  # "drangen … ein" is eindringen, "spricht sich … aus" aussprechen
            for entry in lex.verbs.get(lemma, ()):
                if clause is None and (entry.requires or entry.excludes or entry.object or (
                        entry.not_object and view.lang == "de") or entry.object_retype):
                    clause = clause_bounds(view, w.i, mention_words)
                # the separated particle closes the verb's clause: "gingen medien- und
                # zivilrechtlich vor" keeps the words before "vor" past a cut at "und"
                bracket = clause if clause is None or max(words) <= clause[1] else (
                    clause[0], max(words))
                if entry.requires and not _excluded(view, w.i, mention_words, entry.requires,
                                                    bracket):
                    continue  # "sprach von einem Sieg": a statement, not talks
                if entry.excludes and _excluded(view, w.i, mention_words, entry.excludes,
                                                bracket):
                    continue  # "zum Tode verurteilt" is a sentence, "räumte ein, dass" an admission
                if entry.object_actor and not _actor_object(view, w.i, mention_words):
                    continue  # "called the president" is a call, "called a meeting" is not
                if entry.not_object and _object_noun(view, w.i, mention_words, entry.not_object,
                                                     clause):
                    continue  # "released a report", "hit a snag": no event
                if entry.infinitive_object and not _infinitive_object(view, w.i):
                    continue  # "ordered X to appear" is a demand, "ordered a meal" is not
                if (entry.actor_subject or entry.type in AGENT_TYPES) and _thing_subject(
                        view, w.i, actor_words, strict=entry.actor_subject):
                    continue  # "das Gesetz garantiert", "a rule that prohibits", "plates meet"
                if entry.not_tag and w.i > 0 and view.words[w.i - 1].text in TAG_OPENERS:
                    continue  # "Wir bekommen nichts, klagte der Wirt": it only reports speech
                if entry.intransitive and _article_subject(view, w.i, actor_words):
                    continue  # "droht Österreich eine Strafe": the penalty is the subject
                if entry.not_stative and _stative_passive(view, w.i, clause or clause_bounds(
                        view, w.i, mention_words)):
                    continue  # "was verboten ist", "ist ihnen untersagt": a rule, no ban event
                if entry.not_subject and _subject_noun(view, w.i, entry.not_subject):
                    continue  # "the quake killed ten", "a tsunami that killed", "shares hit"
                if _natural_force_subject(view, w.i):
                    continue  # "the storm destroyed …", "an earthquake struck X, killing ten"
                if _vehicle_subject(view, w.i):
                    continue  # "was struck by a grey sedan": a road accident, no party acts
                if _match_score(view, w.i):
                    continue  # "beat the visitors 3-1": a match result, no event
                if entry.not_gerund and _gerund_complement(view, w.i):
                    continue  # "admitted killing": a confession, not a concession
                if entry.not_question and _question_complement(view, w.i, mention_words):
                    continue  # "asked how she felt": a question, not a request
                obj = None
                if entry.object:
                    obj = _find_object(view, *clause, entry.object)
                    if obj is None:
                        continue
                    used_objects.add(obj)
                    used_objects.update(_object_complement(view, obj))
                if entry.object_retype and _patient_noun(view, w.i, clause,
                                                         entry.object_retype[3]):
                    kind, cameo, mode, _ = entry.object_retype
                    entry = replace(entry, type=kind, cameo=cameo, mode=mode)
                matches.append(TriggerMatch(entry, w.i, sorted(set(words) | (
                    {obj} if obj is not None else set())), object_word=obj))
    verb_words = {m.word for m in matches}
    for w in view.words:
        if w.i in used_objects or w.i in verb_words or not _may_be_noun(view, w):
            continue
        key = noun_key(w, view.lang, lex.nouns, lex.noun_suffixes)
        if key is None:
            continue
        for entry in lex.nouns[key]:
            if entry.excludes and _excluded(view, w.i, mention_words, entry.excludes):
                continue  # "a travel warning" is advice
            if entry.requires and not _excluded(view, w.i, mention_words, entry.requires):
                continue  # "verbale Attacken" are accusations
            if entry.not_compounds and w.lower != key and w.lower.startswith(entry.not_compounds):
                continue  # a "Pressegespräch" is no talks
            if entry.not_compounds and view.lang == "en" and w.i > 0 and view.words[
                    w.i - 1].lower.startswith(entry.not_compounds):
                continue  # English compounds are two words: a "heart attack" is no assault
            if entry.not_after and w.i > 0 and view.words[w.i - 1].lower in entry.not_after:
                continue  # "brachte eine Steuer ins Gespräch" proposes it: no talks
            matches.append(TriggerMatch(entry, w.i, [w.i]))
    return _prefer_specific(matches)


def _excluded(view: SentenceView, verb: int, mention_words: set[int],
              words: tuple[str, ...], clause: tuple[int, int] | None = None) -> bool:
    """One of the words stands in the verb's clause (`clause`, computed when not given) or
    opens the clause after it ("räumte ein, dass …"); capitalised words also match by their
    compound head ("Volksschulklasse")."""
    first, last = clause or clause_bounds(view, verb, mention_words)
    span = [view.words[k] for k in range(first, last + 1) if k != verb]
    k = last + 1
    while k < len(view.words) and view.words[k].text in CLAUSE_PUNCT:
        k += 1
    if k < len(view.words):
        span.append(view.words[k])
    span += _arguments(view, verb)
    keys = frozenset(words)
    nouns = tuple(sorted(keys, key=len, reverse=True))
    for x in span:
        if x.lower in keys or (x.text[:1].isupper() and noun_key(x, view.lang, keys, nouns)):
            return True
    return False


def _arguments(view: SentenceView, verb: int) -> list:
    """The verb's subject and objects by the parse, with their conjuncts, wherever they stand:
    "Zeugen, die Hinweise geben können, werden von der Polizei gebeten" has its subject in
    front of a relative clause, outside the verb's clause."""
    if not view.has_dep:
        return []
    args = [w for w in view.words if w.head == verb and w.i != verb
            and w.dep.split(":")[0] in ("nsubj", "obj", "iobj")]
    v = view.words[verb]
    if v.dep == "conj" and 0 <= v.head < verb and view.words[v.head].pos in ("NOUN", "PROPN"):
        args.append(view.words[v.head])  # a parse that hangs the verb on its subject noun
    heads = {w.i for w in args}
    return args + [w for w in view.words if w.head in heads and w.dep == "conj"]


def _in_short_brackets(view: SentenceView, i: int) -> bool:
    """The word stands in brackets of at most three words: a name or label ("auf ihrer
    Facebook-Seite (Wir helfen)"), no clause of its own."""
    first = next((k for k in range(i - 1, max(-1, i - 4), -1)
                  if view.words[k].text in ("(", "[", ")", "]")), None)
    last = next((k for k in range(i + 1, min(len(view.words), i + 4))
                 if view.words[k].text in ("(", "[", ")", "]")), None)
    return (first is not None and last is not None and view.words[first].text in ("(", "[")
            and view.words[last].text in (")", "]") and last - first <= 4)


def _stative_passive(view: SentenceView, verb: int, clause: tuple[int, int]) -> bool:
    """A German participle with a form of "sein" and no passive auxiliary or agent in its
    clause ("was verboten ist", "das Rauchen ist untersagt") states a rule, not an act."""
    g = load(view.lang, "grammar")
    w = view.words[verb]
    if view.lang != "de" or w.tag not in ("VVPP", "ADJD") and not (
            w.lower.startswith("ge") or "ge" in w.lower[2:5]) and not (
            w.lower.endswith("t") and any(m.startswith(tuple(g.get("participle_prefixes") or ()))
                                          for m in w.lemmas)):
        return False  # "untersagt" is participle and present alike
    span = {view.words[k].lower for k in range(clause[0], clause[1] + 1) if k != verb}
    return bool(span & set(g.get("stative_auxiliaries") or ())) and not span & (
        set(g.get("passive_auxiliaries") or ()) | set(g.get("passive_agent_preps") or ())
        | set(g.get("perfect_auxiliaries") or ()))


# types whose source acts by will: a thing as subject makes no such event ("the rule prohibits",
# "the software allows", "plates meet"); a bomb or a storm may still kill (ASSAULT)
AGENT_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                         "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE"})


def _subject_antecedent(view: SentenceView, verb: int, subj: int) -> int:
    """The noun a relative clause describes when its relative pronoun is the verb's subject
    ("a rule that prohibits", "eine Software, die … erlaubt"), else `subj`."""
    v, s = view.words[verb], view.words[subj]
    rel = word_set(view.lang, "subject_relatives")
    if v.dep in ("acl:relcl", "acl") and v.head >= 0 and s.lower in rel and s.i < verb:
        return v.head
    return subj


def _thing_subject(view: SentenceView, verb: int, actor_words: set[int],
                   strict: bool = True) -> bool:
    """The parse makes a common noun that is no actor mention the verb's subject ("Das System
    garantiert …", "the acquisition will help …"), directly or as the noun its relative clause
    describes ("a rule that prohibits"); pronouns and names may be actors. Not `strict`: a
    noun that may name actors is none of these things (`_may_be_actor_noun`)."""
    if not view.has_dep:
        return False
    heads, v = {verb}, view.words[verb]
    if v.dep in ("xcomp", "conj") and v.head >= 0:
        heads.add(v.head)  # "would help build": the subject hangs on the governing verb
    # "Fehlende Gelder hatten X gezwungen": the parse may hang the subject on the auxiliary
    heads |= {w.i for w in view.words if w.head == verb and w.dep.startswith("aux")}
    rel = word_set(view.lang, "subject_relatives")
    opener = [w for w in view.words if w.head == verb and w.lower in rel and w.case == "Nom"
              and w.i > 0 and view.words[w.i - 1].text == ","]
    named = [w for w in view.words if w.head == verb and w.dep.startswith("nsubj") and (
        w.pos in ("NOUN", "PROPN") or w.i in actor_words)]
    if v.dep in ("acl:relcl", "acl") and v.head >= 0 and opener and not named:
        # "eine Software, die es den Ermittlern erlaubt": a nominative relative pronoun is
        # the subject whatever the parse makes of "es"
        return _all_things(view, [view.words[v.head]], actor_words, strict)
    if strict:  # the verb's own list: its first subject decides
        for w in view.words:
            if w.head in heads and w.dep in ("nsubj", "csubj") and w.i != verb:
                w = view.words[_subject_antecedent(view, verb, w.i)]
                return w.pos == "NOUN" and w.i not in actor_words and not any(
                    x.head == w.i and x.dep == "conj" and x.i in actor_words for x in view.words)
    if any(w.head in heads and w.i in actor_words and (w.dep.startswith("nsubj") or (
            view.lang == "de" and w.case == "Nom")) for w in view.words):
        return False  # an actor may be the subject ("wie das die ÖVP fordert")
    subjects = [view.words[_subject_antecedent(view, verb, w.i)] for w in view.words
                if w.head in heads and w.dep in ("nsubj", "csubj") and w.i != verb
                and not _misparsed_subject(view, w)]
    return _all_things(view, subjects, actor_words, strict)


def _misparsed_subject(view: SentenceView, w: Word) -> bool:
    """A subject the parse gets wrong: in German one whose morphology says accusative or
    dative ("verbot den Streik") or one of a verb that is not finite and has no auxiliary of
    its own ("X müsse sich entschuldigen und die Planer bestrafen": the object), in English one
    after its verb ("Police'locked down' the neighborhood and negotiated": the object)."""
    if view.lang == "de":
        h = view.words[w.head] if w.head >= 0 else None
        return w.case in ("Acc", "Dat", "Gen") or (h is not None and not h.tense and not any(
            x.head == h.i and x.dep.startswith("aux") for x in view.words))
    return w.i > w.head >= 0


def _all_things(view: SentenceView, subjects: list[Word], actor_words: set[int],
                strict: bool) -> bool:
    """There are subjects, and they and their conjuncts are all common nouns that name no
    actor; a parse may make two words subjects ("Hours earlier Maduro expelled")."""
    subjects = subjects + [x for w in subjects for x in view.words
                           if x.head == w.i and x.dep == "conj"]
    return bool(subjects) and all(w.pos == "NOUN" and w.i not in actor_words and (
        strict or not _may_be_actor_noun(view, w, actor_words)) for w in subjects)


def _may_be_actor_noun(view: SentenceView, w: Word, actor_words: set[int]) -> bool:
    """A noun outside the mentions that may still name actors: one an actor mention modifies
    ("Taliban leaders", "the NATO alliance"), a word of a sector ("negotiators"), a person or
    organisation noun ("lawyer", "office")."""
    from eventcoder.events.scope import phrase_sector

    if any(x.head == w.i and x.i in actor_words for x in view.words):
        return True
    g = load(view.lang, "grammar")
    people = {str(x) for k in ("person_nouns", "generic_org_nouns", "reciprocal_anaphors",
                               "actor_heads") for x in g.get(k) or ()}
    forms = {w.lower, w.lower.rstrip("s")} | set(w.lemmas)
    # compounds by their head: "Menschenrechtsorganisationen", "dockworkers"
    least = 4 if view.lang == "de" else 5
    forms |= {p for p in people if len(p) >= least and any(f.endswith(p) for f in (
        w.lower, w.lower.rstrip("s"), w.lower.rstrip("n"), w.lower.rstrip("en")))}
    return phrase_sector(w.text, view.lang) is not None or bool(forms & people)


TAG_OPENERS = frozenset({",", "\"", "“", "”", "«", "»", "'"})


def _article_subject(view: SentenceView, verb: int, actor_words: set[int]) -> bool:
    """A verb without an accusative object followed, in its clause, by a noun that is no actor
    and opens with a nominative/accusative article not governed by a preposition ("droht
    Österreich eine Strafe"): that noun is the subject."""
    g = load(view.lang, "grammar")
    articles = set(g.get("subject_articles") or ())
    means = set(g.get("threat_means_preps") or ())
    stops = {",", ";", ":", "(", ")", "–", "-", "\"", "„", "“"}
    for k in range(verb + 1, len(view.words)):
        w = view.words[k]
        if w.text in stops or w.pos in ("VERB", "SCONJ", "CCONJ"):
            return False
        if w.lower not in articles or (k > 0 and view.words[k - 1].pos == "ADP"):
            continue
        for j in range(k + 1, min(k + 5, len(view.words))):
            if view.words[j].pos in ("NOUN", "PROPN"):
                # an actor there threatens only with what it threatens ("drohte ein Sprecher
                # X mit Vergeltung"); "droht X eine EU-Strafe" names none
                return j not in actor_words or not any(
                    x.lower in means for x in view.words[j + 1:])
    return False


def _subject_noun(view: SentenceView, verb: int, nouns: tuple[str, ...]) -> bool:
    """The parse makes one of `nouns` the verb's subject or its passive agent ("the quake
    killed ten", "people were killed by the quake"); a participle or infinitive without its own
    subject takes the governing verb's ("an earthquake hit X, killing ten"), a relative clause
    the noun it describes ("a tsunami that killed")."""
    if not view.has_dep:
        return False
    keys = frozenset(nouns)
    cands = list(_subject_candidates(view, verb))
    if verb > 0 and view.words[verb - 1].pos == "NOUN" and view.words[verb].dep in (
            "amod", "compound"):
        cands.append(verb - 1)  # a parse that reads "the skiffs reversed course" as a noun phrase
    return any(noun_key(view.words[c], view.lang, keys, ()) or (view.words[c].lemmas & keys)
               for c in cands)


def _vehicle_subject(view: SentenceView, verb: int) -> bool:
    """A vehicle is the verb's subject or passive agent ("was struck by a grey sedan", "a
    truck hit a cyclist"): a road accident, no party acts. A vehicle is a noun of grammar
    `vehicle_nouns` or a model name after a car make of `vehicle_makes` ("a Toyota Camry"; a
    make alone is no vehicle: "Gerald Ford")."""
    g = load(view.lang, "grammar")
    nouns = frozenset(str(x).lower() for x in g.get("vehicle_nouns") or ())
    makes = frozenset(str(x).lower() for x in g.get("vehicle_makes") or ())
    if not view.has_dep or not (nouns or makes):
        return False
    for c in _subject_candidates(view, verb):
        w = view.words[c]
        if w.pos not in ("NOUN", "PROPN"):
            continue
        if w.lower in nouns or w.lemmas & nouns or any(
                x.head == c and x.i < c and x.dep in ("compound", "amod") and x.lower in makes
                for x in view.words):
            return True
    return False


def _match_score(view: SentenceView, verb: int) -> bool:
    """A match score ("3-1", "2–0"; grammar `score_pattern`) follows the verb's object within
    a few words of its clause and no noun follows it: a sports result ("beat the visitors
    3-1"), not "condemned the 9-11 attacks"."""
    pattern = load(view.lang, "grammar").get("score_pattern")
    if not pattern:
        return False
    rx = re.compile(str(pattern))
    words = view.words
    for w in words[verb + 2:verb + 8]:
        if w.text in CLAUSE_PUNCT and w.text not in ("-", "–"):
            return False
        k = w.i  # the score as one token or split ("2", "-", "0")
        if not rx.fullmatch(w.text) and k + 2 < len(words) and rx.fullmatch(
                w.text + words[k + 1].text + words[k + 2].text):
            k += 2
        elif not rx.fullmatch(w.text):
            continue
        if words[w.i - 1].pos in ("NOUN", "PROPN") and (
                k + 1 >= len(words) or words[k + 1].pos not in ("NOUN", "PROPN")):
            return True
    return False


def _subject_candidates(view: SentenceView, verb: int) -> list[int]:
    """Words the parse makes the verb's subject or passive agent (see `_subject_noun`)."""
    if not view.has_dep:
        return []
    heads, k = [verb], verb
    while view.words[k].dep in ("advcl", "xcomp", "conj", "acl:relcl", "acl") and view.words[
            k].head >= 0 and len(heads) < 4:
        if any(w.head == k and w.dep.startswith("nsubj") and view.words[w.i].tag not in (
                "WDT", "WP") for w in view.words):
            break  # the clause has a subject of its own
        k = view.words[k].head
        heads.append(k)
    cands = []
    v = view.words[verb]
    h = v.head if v.dep in ("amod", "conj") else -1
    while h >= 0 and view.words[h].pos in ("NOUN", "PROPN") and len(cands) < 3:
        cands.append(h)  # a parse that hangs the verb on its subject noun ("führen
        # Österreichs Autofahrer …" read as an adjective of "Österreichs", that of "Autofahrer")
        h = view.words[h].head if view.words[h].dep == "amod" else -1
    for h in heads:
        if view.words[h].pos in ("NOUN", "PROPN") and h != verb and (
                view.words[heads[heads.index(h) - 1]].dep == "acl:relcl" or view.words[
                    heads[heads.index(h) - 1]].tag == "VBG"):
            cands.append(h)  # the noun a relative clause or an -ing participle describes
            cands += [w.i for w in view.words if w.head == h and w.dep == "compound"]  # "quake
            # strikes X, killing ten": a headline verb the tagger reads as a noun
        for w in view.words:
            if w.head == h and w.dep in ("nsubj", "obl:agent") or (
                    w.head == h and w.dep == "obl" and any(
                        x.head == w.i and x.dep == "case" and x.lower == "by" for x in view.words)):
                cands.append(w.i)
    return cands


@cache
def _natural_forces(lang: str) -> tuple[str, ...]:
    """Nouns of natural forces and accidents that never act as a party (grammar data)."""
    return tuple(str(x).lower() for x in load(lang, "grammar").get("natural_forces") or ())


def _natural_force_subject(view: SentenceView, verb: int) -> bool:
    """A natural force or an accident is the verb's subject: by the parse (as for
    `not_subject`), or, when the verb has no subject of its own, as the bare noun phrase that
    opens the sentence before its first verb ("A strong earthquake struck X, killing ten" with a
    parse that misses the subject)."""
    forces = _natural_forces(view.lang)
    if not forces:
        return False
    if _subject_noun(view, verb, forces):
        return True
    if not view.has_pos or (view.has_dep and any(
            w.head == verb and w.dep.startswith("nsubj") for w in view.words)):
        return False
    keys, head, complement = frozenset(forces), None, False
    if _coordinated_force(view, verb, keys):
        return True
    for w in view.words[:verb]:
        if w.pos in ("VERB", "AUX") or w.tag in ("WDT", "WP"):
            break
        if complement:
            continue  # "an earthquake | with a magnitude of 5.9 | hit …"
        if w.pos in ("NOUN", "PROPN"):
            head = w
        elif w.pos == "ADP" and head is not None and w.lower in ("with", "of"):
            complement = True
        elif w.pos not in ("DET", "ADJ", "NUM", "PUNCT") and w.text != "-":
            return False  # "After the quake, rebels …": the force is no subject
    else:
        return False
    return head is not None and head.pos == "NOUN" and bool(
        noun_key(head, view.lang, keys, ()) or (head.lemmas & keys))


def _coordinated_force(view: SentenceView, verb: int, keys: frozenset[str]) -> bool:
    """The verb is coordinated with an earlier verb whose subject, right before it, is one of
    `keys` ("days after a strong quake flattened houses and killed two people")."""
    coord = False
    for k in range(verb - 1, max(verb - 12, 0), -1):
        w = view.words[k]
        if w.text in CLAUSE_PUNCT and w.text != ",":
            return False
        if w.lower == "and":
            coord = True
        elif w.pos in ("VERB", "AUX"):
            if not coord or w.pos == "AUX":
                return False
            j = k - 1
            while j >= 0 and view.words[j].pos == "ADV":
                j -= 1
            n = view.words[j] if j >= 0 else None
            return n is not None and n.pos == "NOUN" and bool(
                noun_key(n, view.lang, keys, ()) or (n.lemmas & keys))
    return False


def _gerund_complement(view: SentenceView, verb: int) -> bool:
    """A gerund follows the verb, directly or after "to" ("admitted killing", "admitted to
    shooting")."""
    k = verb + 1
    if k < len(view.words) and view.words[k].lower == "to":
        k += 1
    return view.has_pos and k < len(view.words) and view.words[k].tag == "VBG"


def _question_complement(view: SentenceView, verb: int, mention_words: set[int]) -> bool:
    """An embedded question follows the verb, directly or after its object ("asked how she
    felt", "asked the minister whether …"); wh-words are in the grammar data."""
    words = load(view.lang, "grammar").get("question_words") or ()
    k = verb + 1
    while k < len(view.words) and k - verb <= 4 and view.words[k].lower not in words and (
            k in mention_words or view.words[k].pos in ("PRON", "PROPN", "DET")
            or view.words[k].text == ","):
        k += 1
    return k < len(view.words) and view.words[k].lower in words


def _actor_object(view: SentenceView, verb: int, mention_words: set[int]) -> bool:
    """An actor mention follows the verb (after at most a determiner and two modifiers) and no
    second noun phrase predicates of it ("called X a liar")."""
    v = view.words[verb]
    if view.has_pos and verb > 0 and view.words[verb - 1].pos == "NOUN" and (
            v.tag == "VBN" or (view.has_dep and v.dep == "acl")):
        return False  # "a fashion line called Mantra": a participle that names the noun
    k = verb + 1
    while k < len(view.words) and k - verb <= 3 and k not in mention_words and view.words[
            k].pos in ("DET", "ADJ", "PROPN") and view.words[k].pos != "PROPN":
        k += 1
    if k >= len(view.words) or not (k in mention_words or view.words[k].pos == "PROPN"):
        return False
    n = len(view.words)
    while True:
        while k < n and (k in mention_words or view.words[k].pos == "PROPN"):
            k += 1
        if k + 1 < n and view.words[k].lower in POSSESSIVES and (
                k + 1 in mention_words or view.words[k + 1].pos == "PROPN"):
            k += 1  # "called Saudi Arabia's King Salman": the possessed is the actor
            continue
        break
    # "called X a liar" predicates of X; "reinstate President X's ban" acts on the ban
    return k >= n or view.words[k].lower not in ("a", "an", *POSSESSIVES)


POSSESSIVES = word_tuple("en", "possessive_clitics")


RELATIVES_EN = word_set("en", "relative_clause_openers")
INFINITIVE_REACH = 16  # words from the verb to the "to" of its object's infinitive


def _infinitive_object(view: SentenceView, verb: int) -> bool:
    """A noun phrase follows the verb, then "to" and a verb: "ordered the two leaders to appear",
    "forced the airliner to land", "ordered the newspaper, which is close to X, to stop
    printing" (a relative clause between commas may stand between); not "ordered a review"."""
    words = view.words
    noun = False
    k = verb + 1
    while k < min(len(words), verb + INFINITIVE_REACH):
        w = words[k]
        if w.text == ",":
            # an insertion between commas: a relative clause or an apposition ("16,000
            # migrants, including 500 infants, to wait")
            relative = k + 1 < len(words) and words[k + 1].lower in RELATIVES_EN
            k += 1
            while k < len(words) and words[k].text not in CLAUSE_PUNCT | SENTENCE_END:
                if view.has_pos and not relative and words[k].pos in ("VERB", "AUX") and (
                        words[k].lower != "including"):
                    return False
                k += 1
            if k >= len(words) or words[k].text != "," or not noun:
                return False
            k += 1
            continue
        if w.text in CLAUSE_PUNCT or w.text in SENTENCE_END:
            return False
        if w.lower == "to":
            nxt = words[k + 1] if k + 1 < len(words) else None
            if nxt is None or not noun:
                return False
            if view.has_pos:
                if nxt.tag == "VB" or nxt.pos == "AUX" and nxt.lower == "be":
                    return True
                k += 1  # "a plane flying from Karachi to New Delhi to land": a preposition
                continue
            return nxt.lower not in ENGLISH_NOUN_MARKERS
        if view.has_pos:
            if w.tag in ("VBD", "VBZ", "VBP", "MD") or (w.pos in ("VERB", "AUX") and w.tag not in (
                    "VBG", "VBN")):
                return False  # a finite verb ends the object; a participle may modify it
            noun = noun or w.pos in ("NOUN", "PROPN", "PRON")
        else:
            noun = True
        k += 1
    return False


def _object_noun(view: SentenceView, verb: int, mention_words: set[int],
                 nouns: tuple[str, ...], clause: tuple[int, int] | None = None) -> bool:
    """One of `nouns` heads the noun phrase right after the verb (within five words, before
    any preposition, verb or punctuation): "released a security update", "hit a snag"; or the
    verb of its to- or bare infinitive: "declined to comment", "helped bring down"; or the
    noun a passive participle describes: "a statement released by the army"."""
    keys = frozenset(nouns)
    if verb + 2 < len(view.words) and view.words[verb + 1].lower == "to" and (
            view.words[verb + 2].lemmas & keys):
        return True
    if view.lang == "en" and verb + 1 < len(view.words) and view.words[verb + 1].tag == "VB" and (
            view.words[verb + 1].lemmas & keys):
        return True  # a bare infinitive: "helped bring down X"
    if view.lang == "en" and view.has_dep and view.words[verb].tag == "VBN":
        # the object of a passive or a participle stands before it: "a statement released by
        # the army", "the statement was released on Monday"
        v = view.words[verb]
        heads = [v.head] if v.dep == "acl" and v.head >= 0 else []
        heads += [w.i for w in view.words if w.head == verb and w.dep == "nsubj:pass"]
        if any(noun_key(view.words[h], view.lang, keys, ()) for h in heads):
            return True
    if view.lang == "de" and view.has_pos:
        # German objects stand after adverbials ("trifft mit seiner Kritik den Nerv", "traf am
        # Montag eine Entscheidung"): an accusative object anywhere in the clause
        first, last = clause or clause_bounds(view, verb, mention_words)
        if _relative_antecedent(view, first, keys):
            return True  # "eine Entscheidung, die von der Partei zu treffen sei"
        return any(w.i not in mention_words and (w.case == "Acc" or w.dep == "obj" or (
            w.i > 0 and view.words[w.i - 1].lower in ACC_ARTICLES_DE and not w.dep.startswith(
                "nsubj"))) and noun_key(w, view.lang, keys, ()) for w in view.words[first:last + 1])
    for k in range(verb + 1, min(len(view.words), verb + 6)):
        w = view.words[k]
        if k in mention_words:
            # an actor mention right after the verb: its last word is the head ("called the
            # police", "urged investors")
            while k + 1 < len(view.words) and k + 1 in mention_words:
                k += 1
            return bool(noun_key(view.words[k], view.lang, keys, ()))
        if view.lang == "en" and w.pos == "VERB" and _attributive_participle(view, w):
            continue  # "kill a protected species"
        if w.text in CLAUSE_PUNCT or w.text in SENTENCE_END or (
                view.has_pos and w.pos in ("ADP", "VERB", "AUX", "SCONJ", "PUNCT")):
            return False
        if noun_key(w, view.lang, keys, ()):
            return True
    return False


ACC_ARTICLES_DE = word_set("de", "accusative_articles")  # "das Thema Umwelt besetzen"


def _relative_antecedent(view: SentenceView, first: int, keys: frozenset[str]) -> bool:
    """The clause is a relative clause ("…, die … zu treffen sei") whose antecedent, the noun
    before the comma, is one of `keys`."""
    relatives = set(load(view.lang, "grammar").get("relative_pronouns") or ())
    k = first if view.words[first].lower in relatives else first + 1
    if k >= len(view.words) or view.words[k].lower not in relatives or k < 2 or view.words[
            k - 1].text != ",":
        return False
    return noun_key(view.words[k - 2], view.lang, keys, ()) is not None


def _patient_noun(view: SentenceView, verb: int, clause: tuple[int, int],
                  nouns: tuple[str, ...]) -> bool:
    """One of `nouns` is what the verb acts on: after an active verb ("captured eight
    pirates"), or before a passive one ("the pirates were captured")."""
    keys = frozenset(nouns)
    suffixes = tuple(sorted(keys, key=len, reverse=True))
    aux = set(load(view.lang, "grammar").get("passive_auxiliaries") or ())
    k = verb - 1
    while k >= clause[0] and view.words[k].pos == "ADV":
        k -= 1
    if k >= clause[0] and view.words[k].lower in aux:  # the passive subject's head noun
        heads = [w for w in view.words[clause[0]:k] if w.pos in ("NOUN", "PROPN")]
        return bool(heads) and noun_key(heads[-1], view.lang, keys, suffixes) is not None
    for w in view.words[verb + 1:clause[1] + 1]:  # the head of the first noun phrase after it
        if w.pos not in ("NOUN", "PROPN", "DET", "NUM", "ADJ", "PUNCT") or w.text in CLAUSE_PUNCT:
            return False
        nxt = view.words[w.i + 1] if w.i + 1 < len(view.words) else None
        if w.pos == "NOUN" and not (nxt is not None and nxt.pos == "NOUN"):
            return noun_key(w, view.lang, keys, suffixes) is not None
    return False


def _find_object(view: SentenceView, first: int, last: int, objects: tuple[str, ...]) -> int | None:
    keys = frozenset(objects)
    suffixes = tuple(sorted(keys, key=len, reverse=True))
    for k in range(first, last + 1):
        w = view.words[k]
        if view.lang == "en" and view.has_pos and w.tag in ("VBD", "VBN") and w.lower not in keys:
            continue  # "ended the boycott and struck a deal": a past verb form is no object
        if _hyphen_modifier(view, k):
            continue  # "the violence-plagued region": 'violence' is no object
        if noun_key(w, view.lang, keys, suffixes):
            return k
    return None


def _object_complement(view: SentenceView, obj: int) -> list[int]:
    """The noun after "of" that a light verb's object takes: "declared a cessation of
    hostilities" is one event, the hostilities are what ceases."""
    k = obj + 1
    if view.lang != "en" or k >= len(view.words) or view.words[k].lower != "of":
        return []
    k += 1
    while k < len(view.words) and view.words[k].pos in ("DET", "ADJ", "NUM"):
        k += 1
    return [k] if k < len(view.words) else []


def _hyphen_modifier(view: SentenceView, k: int) -> bool:
    """The word is the first half of a hyphenated participle ("violence-plagued", "Iran-backed",
    "war-torn"); a hyphenated noun ("cease-fire") or adjective ("weapons-usable") is not one."""
    if k + 2 >= len(view.words) or view.words[k + 1].text != "-":
        return False
    hy, nxt = view.words[k + 1], view.words[k + 2]
    joined = view.words[k].end == hy.start and hy.end == nxt.start
    return joined and view.has_pos and nxt.tag in ("VBN", "VBG", "VBD")


def _prefer_specific(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """At one word keep the most specific reading: light-verb and particle verbs beat bare verbs;
    one match per (word, type)."""
    best: dict[int, list[TriggerMatch]] = {}
    for m in matches:
        best.setdefault(m.word, []).append(m)
    out = []
    for _word, ms in sorted(best.items()):
        top = max(len(m.words) for m in ms)
        seen_types = set()
        for m in sorted(ms, key=lambda m: -len(m.words)):
            if len(m.words) < top or m.entry.type in seen_types:
                continue
            seen_types.add(m.entry.type)
            out.append(m)
    return out


def object_words(view: SentenceView, verb: int, mention_words: set[int]) -> list[Word]:
    """The words that may be the verb's object: its objects by the parse wherever they stand
    ("Berichte, wonach …, wies er zurück"); in German the accusatives of its clause, in
    English the words of the noun phrase right after it."""
    out = [w for w in _arguments(view, verb) if w.dep.split(":")[0] in ("obj", "iobj")]
    if view.lang == "de" and view.has_pos:
        first, last = clause_bounds(view, verb, mention_words)
        out += [w for w in view.words[first:last + 1] if w.i != verb and (
            w.case == "Acc" or w.dep == "obj" or (w.i > 0 and view.words[
                w.i - 1].lower in ACC_ARTICLES_DE)) and not w.dep.startswith("nsubj")]
        return out
    for k in range(verb + 1, min(len(view.words), verb + 6)):
        w = view.words[k]
        if w.text in CLAUSE_PUNCT or w.text in SENTENCE_END or (
                view.has_pos and w.pos in ("ADP", "VERB", "AUX", "SCONJ", "PUNCT")):
            break
        out.append(w)
    return out


def object_is(view: SentenceView, verb: int, mention_words: set[int],
              nouns: frozenset[str]) -> bool:
    """One of `nouns` (in German also as the head of a compound: "Medienbericht") is among
    the verb's `object_words`."""
    suffixes = tuple(sorted(nouns, key=len, reverse=True)) if view.lang == "de" else ()
    return any(w.pos != "PRON" and noun_key(w, view.lang, nouns, suffixes)
               for w in object_words(view, verb, mention_words))
