"""Source and target of a trigger: from the dependency parse where there is one, else from word
order, prepositions and case marked on articles."""

from __future__ import annotations

from dataclasses import dataclass

from eventcoder.document import DISPLACED, Mention
from eventcoder.events.phrases import place_feature
from eventcoder.events.tokens import (
    AUX_HINTS,
    CLAUSE_PUNCT,
    DETERMINERS,
    SentenceView,
    cue_set,
    matches_cue,
)
from eventcoder.events.triggers import TriggerMatch
from eventcoder.lang import load, word_set

# event nouns whose genitive is what is done to (Festnahme des Journalisten, release of the
# hostages); for the others it is who acts (Angriff der Armee, Manöver der USA)
PATIENT_GENITIVE = {"COERCE", "RETREAT", "AID", "CONCEDE"}
NOUN_COMPLEMENT_WINDOW = 4  # a noun's "mit X", "gegen X", "on X" follows it closely
NOUN_AGENT_WINDOW = 8  # "the arrest of two journalists | by the police"
OWNER_PREPS = word_set("de", "genitive_preps") | word_set("en", "genitive_preps")
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "csubj", "sb"}
OBJECT_DEPS = {"obj", "iobj", "dobj", "dative", "oa", "da"}


@dataclass
class MentionSlot:
    """A mention seen from the sentence: its words, the preposition before it, its case."""

    mention: Mention
    first: int
    last: int
    prep: str | None
    case: str
    case_by_article: bool = False  # case read off an article ("dem", "den"), not the tagger

    @property
    def members(self) -> list[Mention]:
        return self.mention.members


def grammar(lang: str) -> dict:
    return load(lang, "grammar") or {}


def patient_genitive(view: SentenceView, match: TriggerMatch) -> bool:
    """The noun trigger's 'of' / genitive names who it is done to: an arrest or release of X,
    and in English the shooting or killing of X (the grammar's victim_of_nouns)."""
    if match.entry.type in PATIENT_GENITIVE:
        return True
    victims = {str(w) for w in grammar(view.lang).get("victim_of_nouns") or ()}
    return not match.is_verb and bool(view.words[match.word].lemmas & victims | (
        {view.words[match.word].lower} & victims))


def _of_place_feature(view: SentenceView, s: MentionSlot) -> bool:
    """The mention completes the name of a geographic feature ("the Gulf of Aden", "the
    Strait of Hormuz", "the outskirts of Kabul"): the object is a place, and the place is no
    party to the event (grammar `place_feature_nouns`)."""
    k = s.first - 1
    return k >= 1 and view.words[k].lower in OWNER_PREPS and place_feature(view, k - 1)


def mention_slots(view: SentenceView, mentions: list[Mention]) -> list[MentionSlot]:
    g = grammar(view.lang)
    preps = set(g.get("prepositions") or ())
    clause_preps = set(g.get("conjunction_prepositions") or ())
    time_words = set(g.get("time_words") or ())
    approx = set(g.get("approximators") or ())
    article_case = g.get("article_case") or {}
    dets = DETERMINERS.get(view.lang, set())
    slots = []
    for m in mentions:
        first = view.word_at(m.start)
        last = view.word_at(max(m.start, m.end - 1))
        prep, case = None, ""
        k = first - 1
        steps = 0
        while k >= 0 and steps < 4:
            w = view.words[k]
            if w.lower in article_case and not case:
                case = article_case[w.lower]
            if w.lower in preps:
                # "after the government released …": a conjunction, the mention its subject;
                # "about 300 refugees": an approximate number, no preposition
                if not (w.lower in clause_preps and _clause_subject(view, first, last)) and not (
                        w.lower in approx and view.words[k + 1].pos == "NUM"):
                    prep = w.lower
                break
            if w.lower in dets or w.pos in ("ADJ", "DET", "NUM") or (
                view.lang == "en" and w.pos == "PROPN" and w.lower.rstrip(".") not in time_words
            ) or (  # "by Delhi | Police", not "On 21 June | Mexican authorities"
                not view.has_pos and w.text[:1].islower() and w.lower.endswith(("en", "e", "er"))
                and view.lang == "de"
            ):
                k -= 1
                steps += 1
                continue
            break
        # the first word of the mention itself may be an article
        if view.words[first].lower in article_case and not case:
            case = article_case[view.words[first].lower]
        if view.words[first].lower in preps and prep is None:
            prep = view.words[first].lower
        if prep is None and view.lang == "de" and view.has_dep and first > 0 and view.words[
                first - 1].text == ",":
            # "gegen den Chef der HDP, Selahattin Demirtas,": a name in apposition stands
            # where the noun it names stands, after its preposition
            w = view.words[first]
            head = w.head if w.dep in ("appos", "conj") else -1  # a list shares it too
            while head >= 0 and view.words[head].dep in ("nmod", "appos") and not any(
                    x.head == head and x.dep == "case" for x in view.words):
                head = view.words[head].head  # "Chef | der HDP": up to the noun with the prep
            if head >= 0 and head < first:
                prep = next((x.lower for x in view.words[:head] if x.head == head
                             and x.dep == "case" and x.lower in preps), None)
        if not case and view.lang == "de" and _feminine_der(view, first, last, g):
            case = "Dat"  # "Der Ministerin wirft X … vor": 'der' before a feminine noun
        by_article = bool(case)
        if not case and first >= 2 and view.lang == "de" and view.words[first - 1].lower in (
                "der", "des") and view.words[first - 2].text[:1].isupper() and prep is None:
            case = "Gen"  # "Sympathisanten der Terrormiliz": a genitive attribute
        if not case and view.lang == "de" and prep is None:
            # "den Chef der pro-kurdischen Partei": adjectives between, the parse reads Gen
            j = first - 1
            while j >= 2 and view.words[j].pos == "ADJ" and view.words[j].text[:1].islower():
                j -= 1
            if j < first - 1 and view.words[j].lower in ("der", "des") and view.words[
                    j].case == "Gen" and view.words[j - 1].pos == "NOUN" and view.words[
                    first].case == "Gen":
                case = "Gen"
        if not case:
            head = view.words[last]
            case = head.case
        slots.append(MentionSlot(m, first, last, prep, case, by_article))
    return slots


def _feminine_der(view: SentenceView, first: int, last: int, g: dict) -> bool:
    """The mention opens with the article 'der' (its own first word or the article before
    adjectives in front of it) and its first noun is a feminine singular one: the tagger's
    gender, or an ending of a woman's role ("Ministerin", "Sprecherin"). Such a 'der' is
    dative or genitive, never the nominative of a subject ("Der Ministerin warf X … vor")."""
    k = first - 1
    if k >= 1 and view.words[first].pos == "PROPN" and view.words[k].pos == "NOUN":
        k -= 1  # "der Bundeskanzlerin | Angela Merkel": the title outside the mention
    while k >= 0 and view.words[k].pos == "ADJ":
        k -= 1
    if view.words[first].lower == "der":
        k = first
    if k < 0 or view.words[k].lower != "der":
        return False
    if k >= 1 and (view.words[k - 1].pos in ("NOUN", "PROPN", "ADP")
                   or view.words[k - 1].text[:1].isupper() and k - 1 > 0):
        return False  # "Sprecher der Ministerin", "mit der Ministerin": another reading
    endings = tuple(str(e) for e in g.get("feminine_role_endings") or ())
    for w in view.words[k + 1:last + 1]:
        if w.pos == "ADJ":
            continue
        if w.pos not in ("NOUN", "PROPN"):
            return False
        if w.number == "Plur":
            return False
        return (w.gender == "Fem" and (w.pos == "NOUN" or w.case in ("Dat", "Gen"))) or (
            w.lower.endswith(endings) and w.text[:1].isupper())
    return False


CITY_KINDS = {"capital", "city"}  # place kinds whose name can stand for a government


def city_place(view: SentenceView, slot: MentionSlot, cities: list[tuple[int, int]]) -> bool:
    """The mention is a city named as where something happened: after a place preposition
    ("in Paris", "bei Aleppo"), or after "von" that hangs on a noun or a direction word ("die
    Anschläge von Brüssel", "südlich von Beirut"), not a passive agent ("von Moskau
    abgelehnt"). `cities` are the character spans of the city names in the document."""
    g = grammar(view.lang)
    if slot.prep not in set(g.get("place_attribute_preps") or ()):
        return False
    m = slot.mention
    if not any(lo <= m.start and m.end <= hi for lo, hi in cities):
        return False
    if slot.prep in set(g.get("locative_preps") or ()) | set(g.get("forum_preps") or ()) | {
            "nahe"}:
        return True
    k = slot.first - 1
    while k >= 0 and view.words[k].lower != slot.prep:
        k -= 1
    before = view.words[k - 1] if k >= 1 else None
    if before is not None and before.lower in set(g.get("direction_words") or ()):
        return True
    if view.has_dep:
        head = view.words[slot.last].head
        return head >= 0 and not (slot.first <= head <= slot.last) and view.words[
            head].pos in ("NOUN", "PROPN")
    return before is not None and before.pos == "NOUN"


def _clause_subject(view: SentenceView, first: int, last: int) -> bool:
    """The parse makes the mention (any of its words) the subject of a verb outside it, or a
    finite verb follows it ("after President X praised them")."""
    nxt = view.words[last + 1] if last + 1 < len(view.words) else None
    if nxt is not None and (nxt.pos == "AUX" or nxt.tag in ("VBD", "VBZ", "VBP", "MD")):
        return True
    return view.has_dep and any(
        view.words[k].dep.startswith("nsubj") and not first <= view.words[k].head <= last
        for k in range(first, last + 1))


def verb_group(view: SentenceView, trig: int, is_verb: bool) -> set[int]:
    """The trigger and, for a verb, its auxiliaries and the verb a conjunct or complement
    shares its subject with."""
    verb_words = {trig}
    head = view.words[trig].head
    if is_verb and head >= 0 and view.words[head].pos in ("AUX", "VERB") and (
            view.words[trig].dep in ("conj", "aux", "aux:pass", "xcomp")
            or view.words[head].pos == "AUX"):
        verb_words.add(head)
    if is_verb:  # auxiliaries hanging on the trigger
        verb_words |= {w.i for w in view.words if w.head == trig and w.pos == "AUX"}
    return verb_words


def _conjunct_prep(view: SentenceView, s: MentionSlot, slots: list[MentionSlot]) -> str | None:
    """The preposition of the conjunct the mention is coordinated with ("in the United States
    and the United Kingdom", "in Wien und Graz"): it governs both."""
    joiners = word_set(view.lang, "coordinators") | {","}
    dets = DETERMINERS.get(view.lang, set())
    k = s.first - 1
    while k >= 0 and view.words[k].lower in dets:
        k -= 1
    if k < 0 or view.words[k].lower not in joiners:
        return None
    prev = next((o for o in slots if o.last == k - 1), None)
    return prev.prep if prev is not None else None


def _controls(view: SentenceView, trig: int, verb: int, inside: range) -> bool:
    """The trigger is the infinitive complement of `verb` (or of the mention, in a weak parse),
    whose object does it ("urged Sudan to stop the bombing")."""
    k = trig
    for _ in range(4):
        w = view.words[k]
        # an infinitive right after the object: "urged Sudan | to stop", which a weak parse
        # may make an adverbial clause
        right_after = inside.stop < len(view.words) and view.words[inside.stop].lower == "to" \
            and view.words[inside.stop].head == k
        if w.dep not in ("xcomp", "acl") and not (w.dep == "advcl" and right_after) or (
                w.head < 0 or w.head == k):
            return False
        if w.head == verb or w.head in inside:
            return True
        k = w.head
    return False


def setting_place(view: SentenceView, s: MentionSlot, slots: list[MentionSlot], trig: int,
                  is_verb: bool, agent_preps: set[str]) -> str | None:
    """Why a place name (country or city) is only where the event happened, not the
    government acting in it: it follows a preposition of place (grammar `setting_preps`:
    "shooting in Prague", "offices in the US and the UK"), it is what the passive acts on, an
    English object of another verb ("the quake hit Iran, killing …"), or the verb has a subject
    of its own that cannot stand for the place ("während London leidet und man helfen will").
    None when it may stand for its government: the subject or a passive agent ("Moskau lehnte
    ab", "von Moskau abgelehnt")."""
    prep = s.prep or _conjunct_prep(view, s, slots)
    if prep in word_set(view.lang, "setting_preps") - agent_preps:
        return f"after '{prep}'"
    if not view.has_dep:
        return None
    verbs = verb_group(view, trig, is_verb)
    inside = range(s.first, s.last + 1)
    for k in inside:
        w = view.words[k]
        if w.head in inside:
            continue
        if w.dep == "nsubj:pass" and w.head == trig:
            return "the subject of the passive (acted on)"
        if view.lang == "en" and w.dep in ("obj", "iobj", "dobj", "obl") and w.head not in verbs \
                and not _controls(view, trig, w.head, inside):
            return f"the object of '{view.words[w.head].text}'"
        if w.dep in SUBJECT_DEPS and w.head in verbs:
            return None
    if not is_verb:
        return None
    taken = {k for o in slots for k in range(o.first, o.last + 1)}
    own = word_set(view.lang, "non_place_subjects")
    heads = {view.words[k].head for k in inside}
    for x in view.words:
        if x.head in verbs and x.dep in ("nsubj", "sb") and x.i not in taken and (
                x.lower in own or x.pos in ("NOUN", "PROPN")) and not (
                # "die Stadt Wien", "die Slowakei, die …": the noun or relative pronoun is
                # the place itself
                x.i in heads or 0 < x.i - s.last <= 2 and all(
                    w.text == "," for w in view.words[s.last + 1:x.i])):
            return f"'{x.text}' is the subject of '{view.words[trig].text}'"
    return None


def _dep_role(view: SentenceView, slot: MentionSlot, trig: int, is_verb: bool) -> str | None:
    """'subj', 'obj' or 'prep:<p>' when the parse attaches the mention to the trigger (for a
    verb: to its verb group; a coordinated verb shares the subject of the first)."""
    if not view.has_dep:
        return None
    verb_words = verb_group(view, trig, is_verb)
    for k in range(slot.first, slot.last + 1):
        w = view.words[k]
        if w.head in verb_words and (w.head < slot.first or w.head > slot.last):
            if slot.prep:  # "vom Iran": a preposition's noun is no subject or object
                return f"prep:{slot.prep}"
            if w.dep in SUBJECT_DEPS:
                return "subj:pass" if w.dep.endswith("pass") else "subj"
            if w.dep in OBJECT_DEPS:
                return "obj"
    return None


REPORTED_DEEDS = {"ASSAULT"}  # acts a speaker reports of others, not does by speaking


def _no_actor_subject(view: SentenceView, trig: int, slots: list[MentionSlot]) -> bool:
    """The deed has a doer that is no actor, or is a noun: "a quake levelled buildings and
    killed one person" (the subject shared with the first verb), "witnesses described the
    scene after the shooting" (a determiner before it), "video from the stabbing trial" (it
    names a court procedure: grammar `procedure_nouns`)."""
    k = trig - 1
    while k >= 0 and trig - k <= 3 and view.words[k].pos in ("ADJ", "NOUN", "PROPN"):
        k -= 1
    if (view.words[trig].pos == "NOUN" or view.words[trig].tag == "VBG") and k >= 0 and (
            view.words[k].lower in DETERMINERS.get(view.lang, ())):
        return True
    w = view.words[trig]
    if trig + 1 < len(view.words) and w.tag not in ("VBD", "VBZ", "VBP") and view.words[
            trig + 1].lemmas & word_set(view.lang, "procedure_nouns"):
        return True  # "prosecutors released video in the shooting trial of X": a noun's modifier
    if not view.has_dep or w.dep != "conj" or not 0 <= w.head < trig:
        return False
    in_slot = {i for s in slots for i in range(s.first, s.last + 1)}
    return any(x.head == w.head and x.dep in SUBJECT_DEPS and x.i not in in_slot
               for x in view.words[:w.head])


def assign_roles(view: SentenceView, match: TriggerMatch, slots: list[MentionSlot],
                 clause: tuple[int, int], passive: bool, excluded: set[int],
                 has_subject: bool = False, unplaced: list[MentionSlot] | None = None,
                 ) -> tuple[MentionSlot | None, MentionSlot | None, list[str]]:
    """Pick (source, target) slots for the trigger, with reasons. `unplaced` are the
    sentence's actor mentions that cannot fill a role (no country): one of them in the German
    prefield is still the subject, so no other mention is."""
    entry = match.entry
    trig = match.word
    why: list[str] = []
    g = grammar(view.lang)
    agent_preps = set(g.get("passive_agent_preps") or ())
    preps_all = set(g.get("prepositions") or ())
    cands = [s for s in slots if id(s.mention) not in excluded
             and not (s.first <= trig <= s.last)]
    first, last = clause

    def in_clause(s: MentionSlot) -> bool:
        return first <= s.first and s.last <= last

    roles = {id(s): _dep_role(view, s, trig, match.is_verb) for s in cands}
    blockers = [s for s in unplaced or () if not (s.first <= trig <= s.last)
                and clause[0] <= s.first and s.last <= clause[1]]
    prefield = _prefield_subject(view, sorted(cands + blockers, key=lambda s: s.first), clause,
                                 trig) if match.is_verb and not passive else None
    subject_taken = prefield is not None and any(prefield is b for b in blockers)
    if prefield is None and match.is_verb and not passive and blockers and not any(
            _dep_role(view, s, trig, True) in ("subj", "subj:pass") for s in cands):
        # "In der Türkei ermittelt die Staatsanwaltschaft gegen …": the parse's subject
        prefield = next((b for b in blockers if not b.prep and _dep_role(
            view, b, trig, True) == "subj" and not (
                b.case_by_article and b.case in ("Acc", "Dat", "Gen"))), None)
        subject_taken = prefield is not None
    if subject_taken:
        # "Der Bürgermeister kritisierte SPÖ-Ministerin X": the subject is an actor we cannot
        # place; the mention after the verb is its object, never the source
        why.append(f"subject: '{prefield.mention.text}' in the prefield (no country)")
    if prefield is not None:
        # German V2: the noun phrase alone before the finite verb is the subject, whatever a
        # weak parser says about the words after it
        roles = {k: (None if v in ("subj", "subj:pass") else v) for k, v in roles.items()}
        roles[id(prefield)] = "subj"
    inverted = _inverted_subject(view, cands, clause, trig, prefield) if prefield else None
    if inverted is not None and prefield is not None:
        # object first, subject after the verb: "Die Regierung lobte der Präsident" -- the
        # masculine nominative article marks the subject; the prefield is the object
        roles = {k: (None if v in ("subj", "subj:pass") else v) for k, v in roles.items()}
        roles[id(inverted)] = "subj"
        roles[id(prefield)] = "obj"
        why.append(f"source: '{inverted.mention.text}' after the verb is nominative "
                   f"(object-first order)")
        prefield = None
    # "begrüßte Frankreichs Verzicht": the owner of a noun, no subject or object
    saxon = {id(s) for s in cands if _saxon_genitive(view, s)}
    for k in saxon:
        roles[k] = None
    demoted = False
    for s in cands:  # "den … IS-Chef" is no subject, whatever a weak parser says
        if roles[id(s)] in ("subj", "subj:pass") and s.case_by_article and s.case in (
                "Acc", "Dat", "Gen"):
            roles[id(s)] = "obj" if s.case in ("Acc", "Dat") else None
            demoted = True
    if demoted and view.lang == "de" and match.is_verb and not passive and not any(
            v in ("subj", "subj:pass") for v in roles.values()):
        # "Der Ministerin widersprach X": the parse swapped subject and object; the bare
        # noun phrase it took for the object, right after the finite verb, is the subject
        f = finite_verb(view, clause, trig)
        swapped = sorted((s for s in cands if roles[id(s)] in ("obj", None) and not s.prep
                          and not s.case_by_article and s.first > f and in_clause(s)),
                         key=lambda s: s.first)
        if swapped and all(w.pos == "ADV" for w in view.words[f + 1:swapped[0].first]):
            roles[id(swapped[0])] = "subj"
            why.append(f"source: '{swapped[0].mention.text}' right after the verb (an "
                       f"article marks the object before it)")
    if view.lang == "de" and match.is_verb and not passive and prefield is None and not (
            subject_taken or has_subject) and not any(
            v in ("subj", "subj:pass") for v in roles.values()):
        after = _midfield_subject(view, cands, clause, trig)
        midfield_subject = after
        if after is not None:
            roles[id(after)] = "subj"
            why.append(f"source: '{after.mention.text}' opens the midfield after the verb "
                       f"(the prefield is no noun phrase)")
    else:
        midfield_subject = None
    subjects = {id(s) for s in cands if roles[id(s)] in ("subj", "subj:pass")}
    # "Kurz nach dem Start der Gespräche der Parteien hat X …": a noun inside an adverbial
    # prefield is no object of the verb
    in_adverbial = _adverbial_prefield(view, cands, clause, trig) if match.is_verb else set()

    # --- target
    target = None
    genitive_agent = None
    # "das Treffen der Kanzlerin mit X": the noun's complement follows its genitive agent
    gen_slot = None if match.is_verb else _genitive_after(view, cands, trig)
    anchor = trig if gen_slot is None else gen_slot.last
    target_preps = set(entry.target_preps) | set(measure_preps(view, match, clause))
    tprep = [s for s in cands if s.prep and s.prep in target_preps and id(s) not in
             subjects and (
        in_clause(s) if match.is_verb else 0 < s.first - anchor <= NOUN_COMPLEMENT_WINDOW)]
    if tprep:
        target = min(tprep, key=lambda s: _dist(s, trig))
        why.append(f"target after '{target.prep}'")
        if gen_slot is not None and target.first > gen_slot.last and not patient_genitive(
                view, match):
            genitive_agent = gen_slot  # "das Treffen der Kanzlerin mit X": she meets X
    elif match.is_verb:
        # a passive verb's agent ("arrested by Delhi Police") is never its object
        objs = [s for s in cands if roles[id(s)] == "obj" and id(s) not in in_adverbial and not (
            passive and s.prep in agent_preps)]
        if not objs:
            objs = [s for s in cands if in_clause(s) and not s.prep and s.case in ("Acc", "Dat")
                    and not (passive and s.first < trig) and id(s) not in subjects
                    and id(s) not in in_adverbial]
        if not objs and view.lang == "en":
            objs = [s for s in cands if in_clause(s) and not s.prep and s.first > trig]
        if not objs and view.lang == "de":
            # German V2: "Lawrow lehnte die Idee der NATO ab": object after the finite verb,
            # subject before it; a second bare mention in the clause is the object.
            bare = [s for s in cands if in_clause(s) and not s.prep and id(s) not in subjects
                    and id(s) not in in_adverbial and not (
                        s.case == "Gen" and s.mention.actor.sector in DISPLACED)]
            finite = finite_verb(view, clause, trig)
            after = [s for s in bare if s.first > finite and not (
                s.case == "Nom" and s.case_by_article)]
            if has_subject and bare:  # "Es warf der Regierung … vor": the pronoun is subject
                objs = [min(bare, key=lambda s: _dist(s, trig))]
            elif prefield is not None and after:  # "Lawrow traf … Rubio"
                objs = [min(after, key=lambda s: s.first)]
            elif midfield_subject is not None and any(
                    s.first > midfield_subject.last and s.last < trig for s in bare):
                # "Zuvor hatte die Kommission Athen dazu gedrängt": the subject opens the
                # midfield, the bare noun after it is the object
                objs = [min((s for s in bare if s.first > midfield_subject.last),
                            key=lambda s: s.first)]
            elif len(bare) >= 2 and not _coordination(view, bare):
                objs = [max(bare, key=lambda s: s.first)]
        if objs and f"{entry.type} {entry.mode}" in set(g.get("force_object_modes") or ()):
            # "deployed a helicopter", "patrolled the shipping lanes": the object is the force
            # sent or the area it covers, not the actor the show of force is aimed at
            why.append(f"no target: the object '{objs[0].mention.text}' is the force or its "
                       "area")
        elif objs:
            target = min(objs, key=lambda s: _dist(s, trig))
            why.append("target: object of the verb")
            recipient = _recipient_before(view, match, cands, target, subjects, in_clause)
            if recipient is not None:
                target = recipient
                why.append(f"target: '{recipient.mention.text}', the recipient before what is "
                           "given")
        else:
            # the object is a thing whose owner is the actor: "lehnte die Idee einer
            # Stationierung von NATO-Truppen ab", "rejected the proposal of the EU"
            # (German puts the object before a clause-final participle: "hat … Ziele des IS
            # angegriffen")
            owned = [s for s in cands if in_clause(s) and id(s) not in subjects
                     and (s.first > trig or view.lang == "de")
                     and id(s) not in in_adverbial
                     and (s.prep in OWNER_PREPS or s.case == "Gen" or id(s) in saxon)
                     and not (passive and s.prep in agent_preps)
                     and not _of_place_feature(view, s)
                     # refugees after the object ("lehnte die Aufnahme der Flüchtlinge ab")
                     # are whom the act concerns, not its owner
                     and s.mention.actor.sector not in DISPLACED
                     # "bei der Verfolgung von Extremisten … getötet": a noun in an adverbial
                     # phrase owns no object
                     and not _owner_in_adverbial(view, s, target_preps)
                     # "Erdogans Regime geht gegen … vor": the subject's owner, not the object's
                     and not (id(s) in saxon and any(
                         x.first == s.last + 1 for x in cands if id(x) in subjects))]
            if owned:
                target = min(owned, key=lambda s: s.first)
                why.append(f"target: owner of the object ('{target.mention.text}')")
    else:
        # nominal trigger: "der Angriff auf X", "Gespräche zwischen X und Y", genitive "X's attack"
        # the genitive right after the noun ("der Angriff der Armee"), not one further on
        # that belongs to another noun ("den Beschuss | Ziele des IS")
        gens = [s for s in cands if s.first > trig and (s.case == "Gen" or s.prep == "of")
                and s.first - trig <= 3 and not any(
                    w.pos in ("NOUN", "PROPN") or (not view.has_pos and w.text[:1].isupper())
                    for w in view.words[trig + 1:s.first])]
        if gens and patient_genitive(view, match):
            target = gens[0]
            why.append("target: genitive of the noun ('die Festnahme des Journalisten')")
        elif gens:
            genitive_agent = gens[0]  # "Militärmanöver der USA", "the attack of the army"

    # --- source
    rest = [s for s in cands if s is not target]
    source = None
    subj = [s for s in rest if roles[id(s)] in ("subj", "subj:pass")]
    if passive:
        agents = [s for s in rest if s.prep in agent_preps and in_clause(s)]
        if agents:
            source = min(agents, key=lambda s: _dist(s, trig))
            why.append(f"source: passive agent '{source.prep}'")
            bare = subj or [s for s in rest if in_clause(s) and not s.prep and s is not source]
            if target is None and bare:
                target = min(bare, key=lambda s: _dist(s, trig))
                why.append("target: passive subject")
    if source is None and entry.source_preps:
        sp = [s for s in rest if s.prep in entry.source_preps and _dist(s, trig) <= 6]
        if sp:
            source = min(sp, key=lambda s: _dist(s, trig))
            why.append(f"source after '{source.prep}'")
    if source is None and not match.is_verb:
        # "threats by Erdogan", "the arrest of X by police": the agent of an event noun
        noun_agents = set(g.get("noun_agent_preps") or ())
        by = [s for s in rest if s.prep in noun_agents and in_clause(s)
              and 0 < s.first - trig <= NOUN_AGENT_WINDOW and not any(
                  w.pos in ("VERB", "AUX") or w.text in CLAUSE_PUNCT
                  for w in view.words[trig + 1:s.first])]  # "a resolution presented by X"
        if by:
            source = min(by, key=lambda s: s.first)
            why.append(f"source: the agent of the noun after '{source.prep}'")
    if source is None and not match.is_verb and genitive_agent is not None:
        source = genitive_agent
        why.append("source: genitive of the noun ('Militärmanöver der USA')")
    if source is None and subj and not passive:
        source = min(subj, key=lambda s: _dist(s, trig))
        why.append("source: subject in the parse")
    controlled = False
    if source is None and view.lang == "en" and match.is_verb and not passive:
        controlled, doer = _gerund_controller(view, trig, rest)
        if doer is not None:
            source = doer
            why.append(f"source: '{doer.mention.text}', the subject of the clause the gerund "
                       f"'{view.words[trig].text}' hangs on")
    if source is None and not has_subject and not passive and not subject_taken and not (
            controlled):  # "they chased X before arresting him": not X
        # (a passive's bare noun is acted on)
        bare = [s for s in rest if not s.prep and s.case not in ("Acc", "Dat", "Gen")
                and id(s) not in saxon]
        if match.is_verb:
            anchor = finite_verb(view, clause, trig)
            reporting = cue_set(view.lang, "reporting_verbs")
            scored = [(_subject_score(view, s, anchor, in_clause(s)), s) for s in bare
                      if not (view.lang == "en" and s.first > anchor)  # English: SVO
                      and not (view.lang == "en" and entry.type in REPORTED_DEEDS and any(
                          matches_cue(view, k, reporting) for k in range(s.last + 1, anchor)
                          if k not in match.words))]
            # "Prosecutors said X attacked the man": the speaker did not do the violence
            # reported ("Putin said his country will not lift the ban": he may well decide it)
            scored = [x for x in scored if x[0] > -50]
            if entry.type in REPORTED_DEEDS and view.lang == "en" and _no_actor_subject(
                    view, trig, slots):
                scored = []
                # "the fatal shooting of a boy by a policeman": the noun's agent
                by = [s for s in rest if s.prep in set(g.get("noun_agent_preps") or ())
                      and in_clause(s) and 0 < s.first - trig <= NOUN_AGENT_WINDOW + 4]
                if by:
                    source = min(by, key=lambda s: s.first)
                    why.append(f"source: the agent of the noun after '{source.prep}'")
            if scored:
                source = max(scored, key=lambda x: x[0])[1]
                why.append("source: nearest bare noun phrase (subject position)")
        else:
            # a noun's actor: "X's attack", "der Angriff Russlands", "russischer Angriff"
            near = [s for s in bare if in_clause(s) and _dist(s, trig) <= 3 and not any(
                w.lower in preps_all or w.pos in ("VERB", "AUX")
                for w in view.words[min(s.last, trig) + 1:max(s.first, trig)])]
            if near:
                source = min(near, key=lambda s: _dist(s, trig))
                why.append("source: modifier of the noun")
    if source is not None and target is source:
        target = None
    return source, target, why


def _owner_in_adverbial(view: SentenceView, s: MentionSlot, target_preps: set[str]) -> bool:
    """German: the mention is the genitive or 'von' complement of a noun that a preposition
    governs which is none of the trigger's target prepositions ("bei der Verfolgung | von
    Extremisten"): it belongs to an adverbial phrase, not to the verb's object."""
    if view.lang != "de" or view.has_pos is False:
        return False
    k = s.first - 1
    while k >= 0 and view.words[k].pos in ("DET", "ADJ", "NUM"):
        k -= 1
    if s.prep is not None:
        if k < 0 or view.words[k].lower != s.prep:
            return False
        k -= 1
    if k < 0 or view.words[k].pos != "NOUN":
        return False
    k -= 1
    while k >= 0 and view.words[k].pos in ("DET", "ADJ", "NUM"):
        k -= 1
    return k >= 0 and view.words[k].pos == "ADP" and view.words[k].lower not in target_preps


def _recipient_before(view: SentenceView, match: TriggerMatch, cands: list[MentionSlot],
                      given: MentionSlot, subjects: set[int], in_clause) -> MentionSlot | None:
    """A verb of giving (grammar `recipient_verbs`: "bot … 80 Polizisten an") whose object is
    a counted force or group ("80 Polizisten") gives it to the bare mention before it, the
    dative recipient ("Ungarns Innenminister"), which is the target."""
    verbs = word_set(view.lang, "recipient_verbs")
    if not verbs or not (match.entry.lemma.lower() in verbs or view.words[
            match.word].lemmas & verbs):
        return None
    if given.prep or not any(w.pos == "NUM" for w in view.words[max(0, given.first - 4):
                                                                 given.first + 1]):
        return None
    before = [s for s in cands if s is not given and in_clause(s) and not s.prep and (
        s.last < given.first) and id(s) not in subjects and s.first > match.word]
    return max(before, key=lambda s: s.first) if before else None


def _saxon_genitive(view: SentenceView, s: MentionSlot) -> bool:
    """German: the mention is a name in the genitive right before the noun it owns
    ("Frankreichs Verzicht", "Österreichs Haltung"), so neither subject nor object."""
    if view.lang != "de" or s.prep or s.last + 1 >= len(view.words):
        return False
    w, nxt = view.words[s.last], view.words[s.last + 1]
    if not (w.pos == "PROPN" and w.text.endswith("s") and s.first == s.last
            and nxt.text[:1].isupper() and nxt.pos not in ("PROPN", "VERB", "AUX")
            and nxt.text.isalpha()):
        return False
    if w.case == "Gen":
        return True
    from eventcoder.resolve.kb import load_kb

    # the name without its genitive -s names the same actor ("Österreichs" → "Österreich")
    base = {h.entry.id for h in load_kb().lookup(w.text[:-1])}
    return s.mention.actor.id is not None and s.mention.actor.id in base


def _genitive_after(view: SentenceView, cands: list[MentionSlot], trig: int
                    ) -> MentionSlot | None:
    """The genitive mention right after the noun trigger ("das Treffen | der Kanzlerin Angela
    Merkel | mit …"), else None."""
    for s in sorted(cands, key=lambda s: s.first):
        if s.first <= trig or s.first - trig > 3:
            continue
        if s.prep or s.case != "Gen" or any(
                w.pos in ("NOUN", "PROPN", "VERB", "AUX") or w.text in CLAUSE_PUNCT
                for w in view.words[trig + 1:s.first]):
            return None
        return s
    return None


def _prefield_subject(view: SentenceView, cands: list[MentionSlot], clause: tuple[int, int],
                      trig: int) -> MentionSlot | None:
    """The mention that fills a German main clause's prefield: it starts the clause and the
    finite verb follows it ("Nordkorea unterstellt den USA …", "Polens Regierungschef
    Kaczyński hat Deutschland … vorgeworfen")."""
    if view.lang != "de":
        return None
    f = finite_verb(view, clause, trig)
    for s in cands:
        # only an article's case counts here: a weak tagger's case on names is noise
        if _genitive_tail(view, s.last + 1, f) and not s.prep and not (
                s.case_by_article and s.case in ("Acc", "Dat", "Gen")):
            k = clause[0]
            while k < s.first and (view.words[k].lower in DETERMINERS.get("de", set())
                                   or view.words[k].pos in ("ADJ", "DET", "PROPN", "NOUN")):
                k += 1
            if k == s.first:
                return s
    return None


def _adverbial_opening(view: SentenceView, first: int, f: int) -> bool:
    """The words before the finite verb f are an adverbial: a preposition opens them, or an
    adverb not followed by a noun phrase ("Auch den Grünen macht er …" is a focused object)."""
    if f <= first:
        return False
    w = view.words[first]
    if w.pos == "ADP":
        return True
    return w.pos == "ADV" and (f == first + 1 or view.words[first + 1].pos in ("ADV", "ADP"))


def _adverbial_prefield(view: SentenceView, cands: list[MentionSlot], clause: tuple[int, int],
                        trig: int) -> set[int]:
    """ids of the mentions inside a German main clause's prefield when a preposition or an
    adverb opens it: the prefield holds one adverbial, no object."""
    if view.lang != "de":
        return set()
    f = finite_verb(view, clause, trig)
    if not view.has_pos or not _adverbial_opening(view, clause[0], f):
        return set()
    return {id(s) for s in cands if clause[0] <= s.first and s.last < f}


def _midfield_subject(view: SentenceView, cands: list[MentionSlot], clause: tuple[int, int],
                      trig: int) -> MentionSlot | None:
    """The subject of a German main clause whose prefield is an adverbial ("Im Zusammenhang
    damit hat die Staatsanwaltschaft … Anklage erhoben"): the first noun phrase right after
    the finite verb, when no article marks it as an object."""
    f = finite_verb(view, clause, trig)
    if not _adverbial_opening(view, clause[0], f):
        return None
    later = sorted((s for s in cands if s.first > f and s.last <= clause[1]),
                   key=lambda s: s.first)
    if not later:
        return None
    s = later[0]
    if s.prep or (s.case_by_article and s.case in ("Acc", "Dat", "Gen")):
        return None
    k = f + 1
    while k < s.first and (view.words[k].pos in ("ADV", "DET", "ADJ")):
        k += 1
    return s if k == s.first else None


def _inverted_subject(view: SentenceView, cands: list[MentionSlot], clause: tuple[int, int],
                      trig: int, prefield: MentionSlot) -> MentionSlot | None:
    """The subject of a German object-first main clause: a mention right after the finite
    verb (adverbs between allowed) whose article is a masculine singular 'der', which only a
    nominative is, when the prefield is not itself so marked ("Die Kirche lobte der Papst")."""
    f = finite_verb(view, clause, trig)
    if _masculine_nominative(view, prefield.first, clause[0]):
        return None
    for s in cands:
        if s is prefield or s.prep or s.first <= f or not (s.last <= clause[1]):
            continue
        head = view.words[s.last]
        if s.case_by_article and s.case in ("Acc", "Dat", "Gen"):
            continue  # "warf der Ministerin X vor": an article marks the object
        if head.gender in ("Fem", "Neut") or head.number == "Plur" or (
                view.has_dep and head.dep in OBJECT_DEPS | {"obl:arg"}):
            continue  # "drohte der YPG": a feminine noun's 'der' is dative, the parse agrees
        art = _masculine_nominative(view, s.first, f + 1)
        if art is not None and all(w.pos == "ADV" for w in view.words[f + 1:art]):
            return s
    return None


def _masculine_nominative(view: SentenceView, first: int, lo: int) -> int | None:
    """Index of a masculine singular 'der' that opens the phrase at `first` (adjectives may
    follow it), else None."""
    k = first
    while k > lo and view.words[k].lower != "der" and view.words[k - 1].pos == "ADJ" or (
            k > lo and view.words[k].lower != "der" and view.words[k - 1].lower == "der"):
        k -= 1
    w = view.words[k]
    if w.lower != "der" or w.gender != "Masc" or w.number == "Plur" or w.case in (
            "Gen", "Dat"):
        return None
    return k


def _genitive_tail(view: SentenceView, k: int, f: int) -> bool:
    """Words k..f-1 are nothing, a name in apposition or a genitive attribute ("Das Militär |
    des international isolierten Landes | drohte …")."""
    if k == f:
        return True
    if k > f:  # the mention is after the finite verb
        return False
    if 0 < f - k <= 4 and all(w.pos == "PROPN" for w in view.words[k:f]):
        return True  # a name in apposition: "Der Sonderbeauftragte | Hans Weber | kritisierte"
    if view.words[k].lower not in ("des", "der") or f - k > 6:
        return False
    return all(w.text not in CLAUSE_PUNCT and w.pos not in ("VERB", "AUX", "ADP")
               for w in view.words[k + 1:f])


def finite_verb(view: SentenceView, clause: tuple[int, int], trig: int) -> int:
    """Where the subject sits: next to the finite verb. In "Die Polizei hat 53 Anhänger des
    IS festgenommen" the trigger is the participle at the end; the subject is by "hat"."""
    aux = AUX_HINTS.get(view.lang, set())
    for k in range(clause[0], trig):
        w = view.words[k]
        if w.lower in aux or (view.has_pos and w.pos == "AUX"):
            return k
    return trig


MEASURE_SUFFIX = 5  # an entry this long also ends a compound ("Untersuchungshaft")


def measure_words(view: SentenceView, match: TriggerMatch, clause: tuple[int, int]
                  ) -> list[int]:
    """The nouns of the trigger, and the verb's objects, that are a measure against someone
    (grammar `measure_nouns`: "Haft", "Anklage", "Ermittlungen"; compounds ending in an entry
    of MEASURE_SUFFIX letters or more count)."""
    nouns = word_set(view.lang, "measure_nouns")
    if not nouns:
        return []
    lo, hi = clause
    words = [view.words[k] for k in match.words] + [
        w for w in view.words[lo:hi + 1] if w.head in match.words and w.dep in OBJECT_DEPS]
    found = []
    for w in words:
        if w.pos and w.pos != "NOUN":
            continue
        if any(f in nouns or any(len(n) >= MEASURE_SUFFIX and f.endswith(n) for n in nouns)
               for f in {w.lower, *w.lemmas}):
            found.append(w.i)
    return found


def measure_preps(view: SentenceView, match: TriggerMatch, clause: tuple[int, int]
                  ) -> tuple[str, ...]:
    """The grammar's `measure_preps` when a noun of the trigger or the verb's object is a
    measure against someone ("beantragte Haft für X", "Anklage gegen X"): its complement
    is the party acted on. Empty otherwise."""
    if not measure_words(view, match, clause):
        return ()
    return tuple(sorted(word_set(view.lang, "measure_preps")))


def _dist(s: MentionSlot, trig: int) -> int:
    return s.first - trig if s.first > trig else trig - s.last


def _gerund_controller(view: SentenceView, trig: int, slots: list[MentionSlot]
                       ) -> tuple[bool, MentionSlot | None]:
    """The doer of an English adverbial gerund right after a subordinator (grammar
    `gerund_subordinators`) without a subject of its own ("police chased the man before
    arresting him"): the subject of the verb it hangs on, not that verb's object. Returns
    (whether such a subject exists, its slot; None when it is no actor: "they")."""
    if not view.has_dep:
        return False, None
    w = view.words[trig]
    if w.tag != "VBG" or w.dep != "advcl" or w.head == trig or trig == 0 or any(
            x.head == trig and x.dep.startswith("nsubj") for x in view.words):
        return False, None
    if view.words[trig - 1].lower not in word_set(view.lang, "gerund_subordinators"):
        return False, None  # not "photos in stabbing trial of …", a noun the parse made a verb
    subj = next((x.i for x in view.words if x.head == w.head and x.dep == "nsubj"), None)
    if subj is None:
        return False, None
    return True, next((s for s in slots if s.first <= subj <= s.last), None)


def _subject_score(view: SentenceView, s: MentionSlot, trig: int, same_clause: bool) -> float:
    score = 0.0
    d = _dist(s, trig)
    score -= d
    if same_clause:
        score += 20
    if s.case == "Nom":
        score += 5
    if s.first > trig:
        # German inversion puts the subject right after the finite verb; English rarely
        score -= 3 if view.lang == "de" else 12
        if d > 6:
            score -= 60
    return score


def _coordination(view: SentenceView, slots: list[MentionSlot]) -> bool:
    """All the slots form one coordination ("Washington und Seoul"): one role, not two."""
    ordered = sorted(slots, key=lambda s: s.first)
    conj = word_set(view.lang, "coordinators") | {","}
    dets = DETERMINERS.get(view.lang, set())
    for a, b in zip(ordered, ordered[1:], strict=False):
        between = [w.lower for w in view.words[a.last + 1:b.first] if w.lower not in dets]
        if not between or not all(w in conj for w in between):
            return False
    return len(ordered) >= 2
