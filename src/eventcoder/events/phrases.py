"""Noun phrases that are not in the actor knowledge base: "a Canadian man", "the Croatian
government's request". They fill a role the KB could not, as text-only actors (with the
country of a demonym inside, when there is one), so an event keeps its target."""

from __future__ import annotations

from functools import cache

from eventcoder.document import Actor, Mention
from eventcoder.events.tokens import CLAUSE_PUNCT, SENTENCE_END, SentenceView
from eventcoder.lang import load, word_set, word_sets, word_tuple

STOP_WORDS = word_sets("phrase_stops")
SKIP_BEFORE = word_sets("verb_group_adverbs")
MAX_WORDS = 10
OBJECT_REASON = "target: the object"  # the verb's object names people or a group
THING_OBJECT_REASON = "target: the object (a thing)"
PARTY_REASON = "target: the party after"  # … a preposition ("a request from X")
ASIDE_WORDS = 16  # ", including a Corinthian column krater and a Pompeii wall panel fresco,"
QUANTIFIERS = {"en": tuple(tuple(q.split()) for q in word_tuple("en", "quantifier_phrases"))}
APPROXIMATORS = word_sets("number_approximators")


def _skip_adverbs(view: SentenceView, k: int, last: int) -> int:
    """The first word from k on that is not an adverb of the verb group ("also", "formally")."""
    while k <= last and view.words[k].lower in SKIP_BEFORE.get(view.lang, ()):
        k += 1
    return k


def past_adverbs(view: SentenceView, k: int, last: int) -> int:
    """The first word from k on (up to `last`) that is no manner adverb ("productively")."""
    while k < last and _manner_adverb(view, view.words[k]):
        k += 1
    return k


def _manner_adverb(view: SentenceView, w) -> bool:
    return w.pos == "ADV" and w.lower.endswith("ly") and w.lower not in APPROXIMATORS.get(
        view.lang, ())


def _np_span(view: SentenceView, k: int, taken: set[int] = frozenset()) -> tuple[int, int] | None:
    """Word indices (first, last) of the noun phrase that starts at word k, 'of' complements
    included; a leading quantifier ("at least 19 Christians") is kept."""
    stops = STOP_WORDS[view.lang]
    keep_from = k
    first = [w.lower for w in view.words[k:k + 4]]
    for q in QUANTIFIERS.get(view.lang, ()):
        if first[:len(q)] == list(q):
            k += len(q)
            break
    else:
        if len(first) > 1 and first[0] in APPROXIMATORS.get(view.lang, ()) and view.words[
                k + 1].pos == "NUM":
            k += 1  # "about one million refugees"
        if k >= len(view.words) or view.words[k].lower == "of" or view.words[k].pos == "ADP":
            return None  # "found X guilty | of bribery": a phrase starts with no preposition
        if _manner_adverb(view, view.words[k]):
            return None  # "to | unilaterally move": no noun phrase
        if view.has_pos and view.words[k].pos == "ADV" and k + 1 < len(view.words) and (
                view.words[k + 1].pos in ("NOUN", "NUM", "DET")):
            k += 1  # "just | hours after"
        if view.has_pos and (view.words[k].pos in ("AUX", "SCONJ", "PART") or (
                view.words[k].pos == "VERB" and not _participle_modifier(view, k))):
            return None  # "warned | would …", "staged a protest | demanding that …"
    words = []
    while k < len(view.words) and len(words) < MAX_WORDS:
        w = view.words[k]
        if words and _hyphen(view, k) and w.i not in taken:
            words.append(w)  # "a 35-year-old inmate", "a cease-fire proposal": one word
            k += 1
            continue
        if w.text == "," and words and words[-1].pos == "ADJ" and k + 1 < len(view.words) and (
                view.words[k + 1].pos == "ADJ"):
            words.append(w)  # "a serious, immediate apology"
            k += 1
            continue
        if w.i in taken or w.text in CLAUSE_PUNCT or w.text in SENTENCE_END or w.lower in stops:
            break
        if words and w.lower == "of" and k + 1 < len(view.words) and view.words[
                k + 1].tag == "VBG" and keep_from > 0 and view.words[keep_from - 1].lemmas & (
                word_set(view.lang, "charge_verbs")):
            break  # "accused the army | of targeting civilians": the charge, not the party
        if view.has_pos and w.pos in ("VERB", "AUX", "SCONJ", "PUNCT") and words and not (
                _attributive(view, k) or w.lower == "of"):
            break
        if words and (words[-1].pos in ("NOUN", "PROPN") or _time_word(view, words[-1])) and (
                w.pos == "DET" or (w.text[:1].isupper() and _time_word(view, w) and not (
                    _name_part(view, k)))):
            break  # "on Friday | a resolution", "agreements | Feb. 2": a new phrase
        if words and words[-1].pos == "NOUN" and w.pos == "NUM":
            break  # "to its owner | 69 years after"
        if words and (words[-1].tag == "PRP" or (
                len(words) == 1 and words[0].tag == "PRP$" and _time_word(view, w))):
            break  # "convicted him | last month of …": a personal pronoun is the whole phrase
        words.append(w)
        k += 1
    while words and (words[-1].lower in {"of", "the", "a", "an", "'s", "-"} or
                     words[-1].pos in ("DET", "ADP", "CCONJ")):
        words.pop()
    times = _grammar(view.lang)["time_words"]
    while len(words) > 1 and words[-1].text in times and words[-2].text != "-" and not all(
            _time_word(view, w) for w in words):
        words.pop()  # "resign from the office | today", "the talks | next week"
        while len(words) > 1 and words[-1].pos == "ADV":
            words.pop()  # "an official | just days …"
    if not words or not any(w.text[:1].isalpha() for w in words):
        return None
    if view.has_pos and not any(w.pos in ("NOUN", "PROPN", "NUM", "PRON") or w.tag in (
            "NNP", "NNPS") for w in words):
        return None  # "released | dangerous …", "demanding | instead": no noun
    return (keep_from if keep_from < words[0].i else words[0].i), words[-1].i


def _attributive(view: SentenceView, k: int) -> bool:
    """A participle used as an adjective inside a noun phrase ("the protesting farmers"), not
    one that follows its noun ("a citizen | convicted last year"), nor one joined to the word
    before by a hyphen ("U.N.-supported")."""
    w = view.words[k]
    nxt = view.words[k + 1] if k + 1 < len(view.words) else None
    prev = view.words[k - 1] if k > 0 else None
    if prev is not None and prev.pos in ("NOUN", "PROPN") and prev.end < w.start:
        return False
    return w.tag in ("VBG", "VBN") and nxt is not None and nxt.pos in ("NOUN", "PROPN", "ADJ")


def _participle_modifier(view: SentenceView, k: int) -> bool:
    """A participle that opens a noun phrase ("improved working conditions", "defeated 2016
    candidate X"), not a gerund with its own object ("backing | the deal", "calling | for")."""
    w = view.words[k]
    nxt = view.words[k + 1] if k + 1 < len(view.words) else None
    if w.tag not in ("VBN", "VBG") or nxt is None:
        return False
    return w.tag == "VBN" or nxt.pos in ("NOUN", "PROPN", "ADJ", "VERB")


def _name_part(view: SentenceView, k: int) -> bool:
    """A capitalised month word that ends a name ("Theresa May"), not a date ("Feb. 2")."""
    w, prev = view.words[k], view.words[k - 1]
    nxt = view.words[k + 1] if k + 1 < len(view.words) else None
    return w.lower not in _WEEKDAYS and prev.pos == "PROPN" and not prev.text[:1].isdigit() and (
        nxt is None or nxt.pos != "NUM")


def _hyphen(view: SentenceView, k: int) -> bool:
    """Word k is a hyphen inside a compound, or the word right after one ("five-year")."""
    w = view.words[k]
    if w.text == "-" and 0 < k < len(view.words) - 1:
        return (view.words[k - 1].end == w.start and w.end == view.words[k + 1].start) or (
            _number_compound(view, k))
    return k > 1 and view.words[k - 1].text == "-" and _hyphen(view, k - 1)


def _number_compound(view: SentenceView, k: int) -> bool:
    """A spaced hyphen in a compound that opens with a number ("a 27 - year - old man", as
    tokenised text spells "27-year-old"): the number, the hyphens and the words between them
    are one word."""
    words = view.words
    nxt = words[k + 1]
    if not nxt.text[:1].isalpha() or not nxt.text.islower():
        return False
    j = k - 1
    while j > 1 and words[j].text[:1].isalpha() and words[j - 1].text == "-":
        j -= 2  # "27 - year | - old"
    return words[j].pos == "NUM" or words[j].text.isdigit()


def _text_mention(view: SentenceView, first: int, last: int) -> Mention:
    """The words `first`..`last` as an actor not in the KB (country from a ship prefix or a
    country word in it)."""
    words = view.words[first:last + 1]
    start, end = words[0].start, words[-1].end
    return Mention(start, end, view_text(view, start, end),
                   Actor(None, None, ship_country(words) or _country(words), None, "unknown"),
                   how="noun phrase (not in the KB)")


@cache
def _ship_prefixes() -> dict[str, str]:
    """{prefix: ISO3} of the navies' ship prefixes, from every language's grammar file."""
    table: dict[str, str] = {}
    for lang in ("de", "en"):
        table.update((load(lang, "grammar") or {}).get("ship_prefixes") or {})
    return table


def ship_country(words) -> str | None:
    """The navy of a warship named with its prefix ("the destroyer INS Kolkata" → IND)."""
    prefixes = _ship_prefixes()
    for w, nxt in zip(words, words[1:], strict=False):
        if w.text in prefixes and nxt.text[:1].isupper():
            return prefixes[w.text]
    return None


def reach_target(view: SentenceView, after: int, last: int, slots: list,
                 extra_preps: tuple[str, ...] = (), exclude: Mention | None = None,
                 trigger: frozenset[int] = frozenset(), demand: bool = False,
                 nominal: bool = False, patient_of: bool = True, place_target: bool = False,
                 people_patient: bool = False) -> tuple[Mention, str] | None:
    """The party a verb acts on, read from the words after it (up to word `last`): its
    object when that names people or a group; else the actor in a following prepositional
    phrase ("lifted a travel ban on a Turkish reporter", "condemned an attack by settlers",
    "cut aid to rural hospitals"); else the object thing itself; else the noun phrase after
    a reaching preposition ("imposed a curfew on the city"). The words of a split trigger
    end the object ("found the mayor | guilty"); a demand reaches the subject of its
    'that' clause ("demanded that the minister resign"). An event noun has no object, only
    its complements ("the release of X" when `patient_of`, "attacks on X"). With
    `place_target` a named place after 'in' is the last resort: the people of the place are
    acted on ("imposed a curfew in Basra", "declared a ceasefire in Idlib"). People sent go
    to a named recipient ("sent doctors to Iraq"), but with `people_patient` the people are
    acted on ("released a nurse to U.S. diplomats"). Returns (mention, reason)."""
    if view.lang not in STOP_WORDS:
        return None
    g = _grammar(view.lang)
    possessive, reach, owner = g["possessive_determiners"], g["reach_preps"], g["owner_preps"]
    reach = reach | set(extra_preps)
    k = past_adverbs(view, _skip_adverbs(view, after + 1, last), last)
    if demand and k + 1 < len(view.words) and view.words[k].lower == "that":
        actor = phrase_after(view, k, slots)  # "demanded that the minister resign"
        if actor is not None:
            return actor, "target: who is to act ('demanded that X …')"
    if k < last and view.words[k].lower in ("on", "in", "at", "during", "over", "this", "last"):
        when = _np_span(view, k + 1, trigger)  # "vetoed | on Friday | a resolution"
        if when is not None and all(_time_word(view, w) for w in view.words[when[0]:when[1] + 1]):
            k = when[1] + 1
    obj = _np_span(view, k, trigger) if k <= last and not nominal else None
    if obj is not None and all(_time_word(view, w) for w in view.words[obj[0]:obj[1] + 1]):
        k = obj[1] + 1  # "carried out strikes | Friday evening | against …"
        obj = _np_span(view, k, trigger) if k <= last else None
    if obj is not None and trigger and obj[1] + 2 < len(view.words) and view.words[
            obj[1] + 1].lower == "of" and obj[1] + 2 in trigger:
        k = max(trigger) + 1  # "declared | a state of siege | in X": the object is the trigger's
        obj = None
    own = obj is not None and (obj[1] > obj[0] or obj[1] + 1 in trigger) and view.words[
        obj[0]].lower in possessive and not (  # "convicted her | last week": no owner
        view.words[_head(view, *obj)].lemmas & g["other_party_nouns"] or _named(
            view, obj[0] + 1, obj[1], slots))  # "its troops" are the source's own, "his rival" not
    if obj is not None and view.words[_head(view, *obj)].lemmas & g["instrument_nouns"]:
        own = True  # "fired mortars | at X", "fired the shot": the instrument, not whom it hit
        reach = reach - set(g["origin_preps"])  # "fired rockets | from schools": where from
    phrases: list[tuple[str, tuple[int, int]]] = []
    j = obj[1] + 1 if obj else k
    if obj and trigger and j in trigger:
        # "lifted its 48-hour | blockade | of the U.K.": the trigger's noun ends the object,
        # its complements follow it (also those of a noun coordinated with it)
        j = max(trigger) + 1
        if (other := coordinated_noun(view, j, last)) is not None:
            j = other + 1
    prev_end = j
    while j <= last and len(phrases) < 3:
        w = view.words[j]
        if w.tag == "VBN" and j == prev_end and j + 1 <= last and view.words[j + 1].pos == "ADP":
            j = prev_end = j + 1  # "an appeal filed | by X" (its author), "aid sent | to X"
            continue
        if view.has_pos and w.pos in ("VERB", "AUX", "SCONJ") and not _attributive(view, j):
            break
        aside = aside_end(view, j)
        if aside is not None and aside < last:
            j = prev_end = aside + 1  # ", including a fresco, | to X"
            continue
        if w.text in CLAUSE_PUNCT or w.text in SENTENCE_END:
            break
        if w.lower == "to" and j + 1 <= last and view.words[
                past_adverbs(view, j + 1, last)].pos in ("VERB", "AUX"):
            break  # "a demand to (swiftly) halt enrichment": an infinitive, not a recipient
        if nominal and w.lower in owner and j > after + 1 and j != prev_end:
            j += 1  # "arrests over the course | of X": the 'of' of another noun, not the trigger's
            continue
        if w.lower in reach or (w.lower in owner and j == prev_end and (obj or phrases)) or (
                w.lower == "in" and place_target) or (
                w.lower == "of" and j == after + 1 and patient_of and (
                    view.words[after].pos == "NOUN" or view.words[after].tag == "VBG")):
            # "an attack by X" after the object; "launched a probe of X" after a trigger noun
            np = _np_span(view, j + 1)
            # the noun's own 'of' complement may run past the reach ("the shooting of a
            # 17-year-old student")
            if np is not None and (np[1] <= last or (nominal and j == after + 1)):
                phrases.append((w.lower, np))
                j = prev_end = np[1] + 1
                continue
        j += 1

    def ok(span: tuple[int, int]) -> bool:
        return exclude is None or not (view.words[span[0]].start <= exclude.start
                                       < view.words[span[1]].end)

    to = any(prep == "to" and _actor_like(view, *np, slots) for prep, np in phrases)
    owner_of = _owner_of(view, obj, slots) if obj is not None else None
    if owner_of is not None and not to:
        # "lifted its blockade of the U.K.", but "returned a portrait of a girl | to its owner"
        return _slot_or_text(view, *owner_of, slots), "target: the party the object belongs to"
    if obj and not own and ok(obj) and _actor_like(view, *obj, slots):
        if not _named(view, *obj, slots) and not people_patient:  # "sent doctors to Iraq"
            to = [np for prep, np in phrases
                  if prep == "to" and ok(np) and _named(view, *np, slots)]
            if to:
                return _slot_or_text(view, *to[0], slots), "target: the recipient after 'to'"
        return _slot_or_text(view, *obj, slots), OBJECT_REASON
    phrases.sort(key=lambda p: to and p[0] in owner)
    # "returned a portrait by X | to its owner": the recipient, not the thing's author
    for prep, np in phrases:
        np = _owner_of(view, np, slots) or np  # "yielded to the demands of the farmers"
        if prep != "in" and ok(np) and _actor_like(view, *np, slots):
            return _slot_or_text(view, *np, slots), f"{PARTY_REASON} '{prep}'"
    for prep, np in phrases:  # a thing acted on is no actor; the people of a place are
        if prep == "in" and ok(np) and _named(view, *np, slots) and not _place_phrase(view, *np):
            return _slot_or_text(view, *np, slots), "target: the people of the place"
    if obj and not own and ok(obj) and not _money(view, *obj) and not _place_phrase(view, *obj):
        return _slot_or_text(view, *obj, slots), THING_OBJECT_REASON
    for prep, np in phrases:
        if _circumstance(view, *np):
            break  # "rallied | on the eve of a vote | on the cuts": what follows hangs off it
        if ok(np) and (prep in reach or prep == "of") and prep not in ("with", "for") and not all(
                _time_word(view, w) for w in view.words[np[0]:np[1] + 1]) and not (
                prep == "of" and _money(view, *np)):  # "an inquiry into $3 million" is one
            return _slot_or_text(view, *np, slots), f"target: what follows '{prep}'"
    return None


def coordinated_noun(view: SentenceView, k: int, last: int) -> int | None:
    """The noun phrase coordinated at word k with the noun before it, when a preposition
    follows: "the arrest | and detention | of X", "tents | and medicines | to X". Returns the
    index of its last noun."""
    words, g = view.words, _grammar(view.lang)
    if k >= last or words[k].lower not in g["coordinators"] or not view.has_pos:
        return None
    j = k + 1
    while j < last and (words[j].pos in ("DET", "NUM", "ADJ", "SYM") or _hyphen(view, j) or words[
            j].lower in g["possessive_determiners"]):
        j += 1
    if j >= last or words[j].pos != "NOUN":
        return None
    while j < last and (words[j + 1].pos in ("NOUN", "PROPN") or _hyphen(view, j + 1)):
        j += 1  # "and a Pompeii wall fresco | to X"
    return j if j < last and words[j + 1].pos == "ADP" else None


def possessor_before(view: SentenceView, k: int, slots: list) -> Mention | None:
    """The noun phrase that owns word k by a possessive ending right before it ("the
    Iranian tanker's | release")."""
    words = view.words
    if k < 2 or words[k - 1].lower not in ("'s", "'", "’s", "’"):
        return None
    j = k - 2
    while j >= 0 and (words[j].pos in ("ADJ", "NOUN", "PROPN", "NUM") or _hyphen(view, j)) and (
            k - 2 - j < MAX_WORDS):
        j -= 1
    article = j >= 0 and words[j].pos == "DET" and words[j].lower in ("the", "a", "an")
    first = j if article else j + 1
    if first > k - 2 or not any(w.pos in ("NOUN", "PROPN") for w in words[first:k - 1]):
        return None
    return _slot_or_text(view, first, k - 2, slots)


def aside_end(view: SentenceView, k: int) -> int | None:
    """The comma that closes an aside opened by the comma at word k (", including a fresco
    and a column,"), when the aside holds no finite verb."""
    words = view.words
    if k + 1 >= len(words) or words[k].text != ",":
        return None
    text = " ".join(w.lower for w in words[k + 1:k + 4])
    if not any(text == o or text.startswith(o + " ") for o in _grammar(view.lang)["aside_openers"]):
        return None
    for j in range(k + 2, min(len(words), k + 2 + ASIDE_WORDS)):
        if words[j].text == ",":
            return j
        if words[j].text in CLAUSE_PUNCT or words[j].text in SENTENCE_END or (
                view.has_pos and words[j].pos in ("VERB", "AUX") and words[j].tag != "VBN"):
            return None
    return None


def _money(view: SentenceView, first: int, last: int) -> bool:
    """A sum of money ("$49 million grant assistance", "352.5 million euros"): what is given,
    never the party acted on."""
    currency = _grammar(view.lang)["currency_words"]
    return any(w.text in currency or w.lemmas & currency for w in view.words[first:last + 1])


def _time_word(view: SentenceView, w) -> bool:
    return (w.lower.rstrip(".") in _grammar(view.lang)["time_words"] or w.text[:1].isdigit()
            or w.pos == "DET")


def partner_phrase(view: SentenceView, last: int, slots: list) -> Mention | None:
    """The party coordinated after a subject ("X and his Jordanian counterpart signed …")."""
    if view.lang not in STOP_WORDS or last + 2 >= len(view.words) or view.words[
            last + 1].lower != "and":
        return None
    np = _np_span(view, last + 2)
    if np is None or not _actor_like(view, *np, slots):
        return None
    return _slot_or_text(view, *np, slots)


def _owner_of(view: SentenceView, span: tuple[int, int], slots: list) -> tuple[int, int] | None:
    """The 'of' complement of a thing that belongs to people ("the demands of the farmers")."""
    of = next((w.i for w in view.words[span[0] + 1:span[1] + 1] if w.lower == "of"), None)
    if of is None:
        return None
    if place_feature(view, of - 1):
        return None  # "patrolled the Gulf of Aden": a place, not a thing Aden owns
    tail = _np_span(view, of + 1)
    if tail and not _actor_like(view, span[0], of - 1, slots) and _actor_like(view, *tail, slots):
        return tail
    return None


def _actor_like(view: SentenceView, first: int, last: int, slots: list) -> bool:
    """The phrase names people or a group: a KB actor, a proper name, or a person noun."""
    if all(_time_word(view, w) for w in view.words[first:last + 1]):
        return False  # "on Thursday"
    if _place_phrase(view, first, last) or _circumstance(view, first, last):
        return False  # "the Strait of Hormuz", "the coast": a place; "the eve of a vote"
    if any(first <= s.first and s.last <= last for s in slots):
        return True
    words = view.words[first:last + 1]
    if ship_country(words):
        return True  # "the destroyer USS Mason": a navy's ship
    if any(_proper(w) and not _time_word(view, w) for w in words):  # not "Saturday's protests"
        return True
    head = _head(view, first, last)
    g = _grammar(view.lang)
    if head < last and (view.words[head].lemmas & g["quantity_nouns"] or view.words[
            head].pos == "NUM"):  # "hundreds of protesters": what is counted
        return _actor_like(view, head + 2, last, slots)
    return bool(view.words[head].lemmas & (g["person_nouns"] | g["force_nouns"]))


def _place_phrase(view: SentenceView, first: int, last: int) -> bool:
    """The phrase names a geographic feature ("the Gulf of Aden", "the coast"): a place where
    the event happens, no party to it."""
    of = next((w.i for w in view.words[first + 1:last + 1] if w.lower == "of"), None)
    return place_feature(view, of - 1 if of is not None else last)


def _circumstance(view: SentenceView, first: int, last: int) -> bool:
    """The phrase frames the occasion ("the eve of a vote", "the margins of the summit";
    grammar `circumstance_nouns`): when or where the event happens, no party to it."""
    of = next((w.i for w in view.words[first + 1:last + 1] if w.lower == "of"), None)
    w = view.words[of - 1 if of is not None else last]
    nouns = word_set(view.lang, "circumstance_nouns")
    return w.pos != "VERB" and (w.lower in nouns or bool(w.lemmas & nouns))


def place_feature(view: SentenceView, k: int) -> bool:
    """Word `k` is a geographic feature noun ("gulf", "coast", "outskirts"; grammar
    `place_feature_nouns`): its phrase names a place, not a party."""
    feats = word_set(view.lang, "place_feature_nouns")
    w = view.words[k] if 0 <= k < len(view.words) else None
    return w is not None and bool(feats) and w.pos != "VERB" and (
        w.lower in feats or bool(w.lemmas & feats))


def _named(view: SentenceView, first: int, last: int, slots: list) -> bool:
    """The phrase names a particular actor (a KB state, organisation or person, or a proper
    name), not just people by a common noun ("peacekeepers", "workers")."""
    if any(first <= s.first and s.last <= last and s.mention.actor.id for s in slots):
        return True
    return any(_proper(w) and not _time_word(view, w)
               for w in view.words[first:last + 1])


def _head(view: SentenceView, first: int, last: int) -> int:
    """The head noun of a phrase: the last word before an 'of' complement."""
    for w in view.words[first + 1:last + 1]:
        if w.lower == "of":
            return w.i - 1
    return last


def _slot_or_text(view: SentenceView, first: int, last: int, slots: list) -> Mention:
    """The KB mention that holds the phrase's head, else the phrase as a text-only actor."""
    head = _head(view, first, last)
    for s in slots:
        if first <= s.first and s.last <= last and s.first <= head <= s.last:
            return s.mention
    return _text_mention(view, first, last)


@cache
def _grammar(lang: str) -> dict[str, frozenset[str]]:
    data = load(lang, "grammar") or {}
    keys = ("possessive_determiners", "reach_preps", "owner_preps", "person_nouns", "time_words",
            "other_party_nouns", "passive_agent_preps", "force_nouns", "quantity_nouns",
            "subject_pronouns", "subject_complement_preps", "support_verbs", "aside_openers",
            "coordinators", "currency_words", "instrument_nouns", "origin_preps")
    return {k: frozenset(str(x).lower() for x in data.get(k) or ()) for k in keys}


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


AUX_BEFORE = word_sets("verb_group_before")
LONG_SUBJECT_WORDS = 16  # "Rivals of the government of Prime Minister X" with its complements
PASSIVE_AGENT_REACH = 8  # "was returned to Spain | by US officials": phrases between
# clause openers that end a subject read leftwards ("… the strike | until the government")
SUBJECT_STOPS = word_sets("subject_stops")


def subject_phrase(view: SentenceView, verb: int, taken: set[int],
                   _resolving: bool = False) -> Mention | None:
    """The noun phrase that ends right before the verb group ("A Chinese court on Saturday
    ordered …" gives "A Chinese court"), with its prepositional complements ("Former
    republics from the CIS refuse …")."""
    span = _subject_span(view, verb, taken, _resolving)
    if span is None:
        return None
    if isinstance(span, Mention):
        return span
    return _subject_mention(view, *span)


def _subject_mention(view: SentenceView, first: int, last: int) -> Mention:
    """A subject phrase as a text-only actor, with the country its head names ("the brigade
    of the Nigerian Army"; not "a strike on a Yemeni bus")."""
    mention = _text_mention(view, first, last)
    head = _head_end(view, first, last)
    country = ship_country(view.words[first:head + 1]) or _country(view.words[first:head + 1])
    if country is None and head < last and view.words[head + 1].lower in ("in", "from"):
        country = mention.actor.country  # "people in Pakistan"
    mention.actor.country = country
    return mention


def subject_of(view: SentenceView, verb: int, slots: list,
               _resolving: bool = False) -> Mention | None:
    """The subject of a verb, KB mention or not: the KB mention that holds the head of the
    phrase before the verb ("Denmark last week announced …"), else the phrase itself."""
    span = _subject_span(view, verb, frozenset(), _resolving, slots)
    if span is None or isinstance(span, Mention):
        return span
    first, last = span
    head = _head(view, first, _head_end(view, first, last))
    for s in slots:
        if first <= s.first and s.last <= last and s.first <= head <= s.last:
            return s.mention
    return _subject_mention(view, first, last)


def _predicate_participle(view: SentenceView, k: int) -> bool:
    """An English '-ed' word the tagger reads as an adjective (or as the last noun of a
    compound) although it is the clause's past verb: it follows its subject's noun (or an
    aside's comma) and no noun follows it ("a 61-year-old man | surrendered | and was
    arrested")."""
    w = view.words[k]
    if view.lang != "en" or w.pos not in ("ADJ", "NOUN") or not w.lower.endswith("ed") or k < 1:
        return False
    before = view.words[k - 1]
    if w.pos == "NOUN" and (w.lower.endswith("eed") or len(w.lower) < 6 or before.pos not in (
            "NOUN", "PROPN")):
        return False  # "a farmer | surrendered" read as a compound; not "a need", "a seed"
    after = view.words[k + 1] if k + 1 < len(view.words) else None
    return (before.pos in ("NOUN", "PROPN") or before.text == ",") and (
        after is None or after.pos not in ("NOUN", "PROPN", "ADJ", "NUM"))


def _subject_span(view: SentenceView, verb: int, taken, resolving: bool,
                  slots: list = ()) -> tuple[int, int] | Mention | None:
    """Word span of the subject before the verb group; a resolved pronoun as its mention."""
    if view.lang not in STOP_WORDS:
        return None
    g = _grammar(view.lang)
    k = verb - 1
    while k >= 0 and (view.words[k].lower in AUX_BEFORE[view.lang] or view.words[k].text[
            :1].isdigit() or view.words[k].lower in _WEEKDAYS or (
            view.words[k].lower in g["time_words"] and view.words[k].pos != "PROPN") or (
            view.words[k].pos == "ADV" and view.words[k].text.islower())):
        k -= 1
    k = _skip_aside(view, k)
    while k + 1 < verb and view.words[k + 1].text == "," and (
            before := _skip_aside(view, k + 1)) < k:
        k = before  # "Mark Doe, 34, | of Albany, | was charged": two asides in a row
    if k > 0 and view.words[k].lower in ("and", "but") and view.has_pos:
        # "X reaffirmed its support and | expressed …": the first verb's subject
        verbs = [w.i for w in view.words[:k] if w.pos == "VERB" and (w.tag in (
            "VBD", "VBZ", "VBP") or (w.i > 0 and view.words[w.i - 1].pos == "AUX"))
            or w.tag == "VBD" and w.pos not in ("AUX", "VERB") or _predicate_participle(view, w.i)]
        return _subject_span(view, verbs[-1], taken, resolving, slots) if verbs else None
    stops = STOP_WORDS[view.lang] | SUBJECT_STOPS.get(view.lang, set())
    words: list = []
    complements = False
    while k >= 0 and len(words) < LONG_SUBJECT_WORDS:
        w = view.words[k]
        if w.text == ")":  # "The Ogaden National Liberation Front (ONLF) declared"
            opening = next((j for j in range(k - 1, max(-1, k - 6), -1)
                            if view.words[j].text == "("), None)
            if opening is not None:
                k = opening - 1
                continue
        stop = w.i in taken or w.text in CLAUSE_PUNCT or w.lower in stops or (
            view.has_pos and w.pos in ("VERB", "AUX", "SCONJ", "PUNCT"))
        if stop and words and w.text == "-" and _hyphen(view, k):
            stop = False  # "a 61-year-old | man": one word
        if not stop and words and words[-1].lower in ("a", "an", "the") and w.pos in (
                "NOUN", "PROPN", "NUM"):
            break  # "After two hours | a 61-year-old man": the article opens the subject
        if words and words[-1].lower in g["subject_pronouns"] and _time_word(view, w):
            break  # "said Tuesday | it reached …"
        if stop and _name_word(view, k, words):
            stop = False  # "Action Against Hunger", "Committee on Trade"
        elif stop and w.lower in g["subject_complement_preps"] and words and _complement_before(
                view, k, taken):
            stop, complements = False, True  # "republics | from the CIS"
        elif stop and w.i in taken and _complement_ahead(view, k, taken, g):
            stop = False  # "people in | Pakistan": a KB name inside the complement
        if stop or (len(words) >= MAX_WORDS and not complements):
            break
        words.append(w)
        k -= 1
    words.reverse()
    if words and words[0].lower in g["subject_complement_preps"] - {"of"}:
        return None  # "Rebel fighters | in the Deraa countryside": the complement of a KB name
    while words and words[0].lower in {"of", "'s"}:
        words.pop(0)
    if not words or not any(w.text[:1].isalpha() for w in words):
        return None
    if len(words) == 1 and words[0].lower in g["subject_pronouns"] and not resolving:
        # "The rebels said they will release …": the pronoun is the reporting verb's subject
        verbs = [w.i for w in view.words[:words[0].i] if w.pos == "VERB"]
        if not verbs:
            return None
        if slots:
            return subject_of(view, verbs[-1], slots, _resolving=True)
        return subject_phrase(view, verbs[-1], taken, _resolving=True)
    first, last = words[0].i, words[-1].i
    head_last = _head_end(view, first, last)
    if view.has_pos and _country(view.words[first:head_last + 1]) is None and not _actor_like(
            view, first, head_last, list(slots)) and (complements or _country(words) is None):
        return None  # "A huge fire destroyed …": no political actor acts
    return first, last


def governing_verb(view: SentenceView, noun: int) -> int | None:
    """The support verb whose object phrase holds the event noun ("launched a mediation
    effort", "ordered the arrest and detention of X", "expressed its strong condemnation"),
    when it is active; else None."""
    g = _grammar(view.lang)
    k = noun - 1
    while k >= 0 and noun - k <= 8:
        w = view.words[k]
        if w.pos == "VERB":
            before = view.words[k - 1].lower if k > 0 else ""
            if w.lemmas & g["support_verbs"] and not (
                    w.tag == "VBN" and before in g["passive_agent_preps"] | PASSIVE_AUX):
                return k
            return None
        if w.pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "PART") or w.lower in (
                g["possessive_determiners"] | {"of", "'s"} | SKIP_BEFORE.get(view.lang, set())):
            k -= 1
            continue
        return None
    return None


PASSIVE_AUX = word_set("en", "be_auxiliaries")


def _head_end(view: SentenceView, first: int, last: int) -> int:
    """The last word of a subject before its complements other than 'of' ("people | in
    Pakistan", "Forces | loyal to X")."""
    preps = _grammar(view.lang)["subject_complement_preps"] - {"of"}
    for w in view.words[first + 1:last]:
        if w.lower in preps and (w.text[:1].isupper() or (
                view.words[w.i - 1].text[:1].isupper() and view.words[w.i + 1].text[:1].isupper())):
            continue  # "Action Against Hunger", "Committee on Trade": inside a name
        if w.lower in preps or (w.pos == "ADJ" and view.words[w.i + 1].lower in preps):
            return w.i - 1
    return last


def _name_word(view: SentenceView, k: int, after: list) -> bool:
    """A lower-case preposition inside a capitalised name ("Action Against Hunger",
    "Committee on Trade and Investment")."""
    w = view.words[k]
    return bool(after) and k > 0 and w.pos == "ADP" and after[-1].text[:1].isupper() and (
        view.words[k - 1].text[:1].isupper() and view.words[k - 1].pos in ("PROPN", "NOUN")
        and not _time_word(view, after[-1]))


def _complement_before(view: SentenceView, k: int, taken) -> bool:
    """The preposition at k follows a noun (or an adjective such as 'loyal'): the phrase
    goes on to the left ("Rivals | of the government", "Forces loyal | to X")."""
    if k < 1:
        return False
    b = view.words[k - 1]
    return b.text not in CLAUSE_PUNCT and b.pos in ("NOUN", "PROPN", "ADJ", "NUM") and (
        b.pos != "ADJ" or (k >= 2 and view.words[k - 2].pos in ("NOUN", "PROPN")))


def _complement_ahead(view: SentenceView, k: int, taken, g) -> bool:
    """The KB name at k is the noun of a complement ("people in | Pakistan")."""
    j = k
    while j >= 0 and (view.words[j].i in taken or view.words[j].pos in ("DET", "ADJ")):
        j -= 1
    return j >= 1 and view.words[j].lower in g["subject_complement_preps"] and \
        _complement_before(view, j, taken)


def phrase_after(view: SentenceView, k: int, slots: list) -> Mention | None:
    """The actor phrase that starts right after word k ("until | the authorities fulfil …")."""
    if view.lang not in STOP_WORDS:
        return None
    np = _np_span(view, k + 1)
    while np is not None and np[1] > np[0] and not _actor_like(view, *np, slots):
        np = (np[0], np[1] - 1)  # "the authorities fulfil": a verb mistagged as a noun
    if np is None or not _actor_like(view, *np, slots):
        return None
    return _slot_or_text(view, *np, slots)


def phrase_before(view: SentenceView, k: int, slots: list) -> Mention | None:
    """The actor phrase that ends right before word k ("two men | accused of …"): the KB
    mention that ends there, else the plain noun phrase (article, numbers, adjectives, nouns)
    when it names people or a group."""
    if view.lang not in STOP_WORDS or k < 1 or not view.has_pos:
        return None
    slot = next((s for s in slots if s.last == k - 1), None)
    if slot is not None:
        return slot.mention
    first = k - 1
    if view.words[first].pos != "NOUN":
        return None
    while first > 0 and view.words[first - 1].pos in ("DET", "NUM", "ADJ", "NOUN") and not any(
            s.first <= first - 1 <= s.last for s in slots):
        first -= 1
    if not _actor_like(view, first, k - 1, slots):
        return None
    return _subject_mention(view, first, k - 1)


def passive_agent_phrase(view: SentenceView, verb: int, last: int) -> Mention | None:
    """The agent of a passive verb, after 'by' ("was criticized by administration officials")."""
    k = _skip_adverbs(view, verb + 1, last)
    agents = _grammar(view.lang)["passive_agent_preps"]
    j = k
    while j < min(last, k + PASSIVE_AGENT_REACH) and view.words[j].lower not in agents and not (
            view.words[j].pos in ("VERB", "AUX", "SCONJ") or view.words[j].text in CLAUSE_PUNCT):
        j += 1  # "was expelled from the country | by the government"
    if j < last and view.words[j].lower in agents and (j == k or view.words[k].pos == "ADP"):
        k = j
    if k >= last or view.words[k].lower not in agents:
        return None
    np = _np_span(view, k + 1)
    if np is None or np[1] > last:
        return None
    return _text_mention(view, *np)


def _skip_aside(view: SentenceView, k: int) -> int:
    """Step back over a short aside or an apposition between commas before the verb ("Delhi
    Police, on Thursday, arrested …", "A lawyer, Kareem Majbour, filed …"), so the subject
    before it is found."""
    if k < 0 or view.words[k].text != ",":
        return k
    j = k - 1
    while j >= 0 and view.words[j].text != "," and k - j <= 5:
        j -= 1
    if j >= 0 and view.words[j].text == "," and (view.words[j + 1].lower in STOP_WORDS.get(
            view.lang, set()) or (view.has_pos and view.words[j + 1].pos == "ADV") or all(
            _time_word(view, w) for w in view.words[j + 1:k])):
        return j - 1  # "Mandela, so far, has refused", "X, on Thursday, arrested"
    # an apposition ("A Lebanese lawyer, Kareem Majbour, filed …", "X, a director at the Y
    # institute of Z, welcomed …") or a participle ("the brigade, based in Akure, had …")
    j = k - 1
    while j >= 0 and view.words[j].text != "," and k - j <= APPOSITION_WORDS:
        j -= 1
    inner = view.words[j + 1:k]
    if j >= 1 and view.words[j].text == "," and inner and view.has_pos and inner[0].tag in (
            "VBN", "VBG") and len(inner) <= 6 and view.words[j - 1].pos in ("NOUN", "PROPN"):
        return j - 1
    if j >= 1 and view.words[j].text == "," and inner and view.has_pos and all(
            w.pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART", "CCONJ")
            for w in inner) and (view.words[j - 1].pos in ("NOUN", "PROPN") or (
                j >= 2 and view.words[j - 1].pos == "NUM" and view.words[j - 2].text == ",")):
        return j - 1  # "… , 34, | of Albany, |": after an age, itself an aside
    return k


APPOSITION_WORDS = 18
_WEEKDAYS = frozenset(str(d).lower() for d in (load("en", "dates") or {}).get("weekdays") or ())


def _proper(w) -> bool:
    """A capitalised proper name, by its universal or its fine tag ("Haaretz" tagged ADJ/NNP)."""
    return w.text[:1].isupper() and (w.pos == "PROPN" or w.tag in ("NNP", "NNPS"))
