"""The events stage: triggers → type/mode/CAMEO, source/target, factuality, attribution, date,
place, evidence; repeated mentions of one real-world event merged.

`extract_events(doc)` needs `doc.parsed`, `doc.sentences` and `doc.mentions`; it fills
`doc.events`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import NamedTuple

from eventcoder.document import DISPLACED, Actor, Document, Event, Mention
from eventcoder.events.attribution import Attribution, find_attributions, is_reported_speech
from eventcoder.events.dates import find_dates
from eventcoder.events.factuality import factuality
from eventcoder.events.intent import intent_events
from eventcoder.events.merge import actor_key, merge_events
from eventcoder.events.owners import (
    demonym_owner,
    document_surnames,
    measure_party,
    object_agent,
    object_party,
    owner_party,
    person_noun,
)
from eventcoder.events.phrases import (
    OBJECT_REASON,
    PARTY_REASON,
    QUANTIFIERS,
    THING_OBJECT_REASON,
    _subject_mention,
    _text_mention,
    aside_end,
    coordinated_noun,
    governing_verb,
    partner_phrase,
    passive_agent_phrase,
    past_adverbs,
    phrase_after,
    phrase_before,
    possessor_before,
    reach_target,
    subject_of,
    subject_phrase,
    view_text,
)
from eventcoder.events.places import place_for_event, places_of
from eventcoder.events.roles import (
    CITY_KINDS,
    MentionSlot,
    _dep_role,
    assign_roles,
    city_place,
    finite_verb,
    grammar,
    measure_preps,
    measure_words,
    mention_slots,
    patient_genitive,
    setting_place,
)
from eventcoder.events.scope import home_countries, in_scope, law_enforcer, phrase_sector
from eventcoder.events.tokens import (
    AUX_HINTS,
    CLAUSE_PUNCT,
    SentenceView,
    clause_bounds,
    complement_clause,
    cue_set,
    sentence_view,
)
from eventcoder.events.triggers import (
    ARTICLES,
    TriggerEntry,
    TriggerMatch,
    find_triggers,
    object_is,
    object_words,
)
from eventcoder.lang import word_set, word_tuple

ORG_KINDS = {"org", "media", "igo"}  # the KB's kinds that can report or be "die Agentur"
FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}  # STTS tags of finite verbs


@dataclass
class _Context:
    """What the coder carries from sentence to sentence."""

    attribution: Attribution | None = None
    orgs: list[Mention] = field(default_factory=list)
    narrative_date: tuple[str, str] | None = None  # (value, granularity) of the last date
    published: str | None = None  # the document's publication date (ISO)


def _in_spans(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def extract_events(doc: Document) -> Document:
    lang = doc.lang or "en"
    boiler = doc.meta.get("boilerplate", [])
    dates = find_dates(doc.text, lang, doc.published)
    places, dateline_place = places_of(doc)
    ctx = _Context(published=doc.published)
    events: list[Event] = []
    recent: list[tuple[int, Event]] = []  # (sentence index, event) of the events kept so far
    tried: list[tuple[int, Event]] = []  # (sentence index, event) of all events with a source
    suspects: list[tuple[int, Mention]] = []  # (sentence index, mention) of whom legal acts hit
    proposers: list[tuple[int, Mention]] = []  # (sentence index, mention) of who proposed
    for si, sent in enumerate(doc.sentences):
        if _in_spans(sent.start, sent.end, boiler) or not sent.text.strip():
            continue
        view = sentence_view(doc.parsed, sent.start, sent.end, lang)
        if not view.words:
            continue
        named = [m for m in doc.mentions if sent.start <= m.start < sent.end and _placed(m)]
        ments = [m for m in named if _resolved(m)]
        all_slots = mention_slots(view, named)
        # "Brüssel – … hat die Staatsanwaltschaft …": the dateline says where, it never acts
        opener = dateline_place if dateline_place is not None and not doc.text[
            sent.start:max(sent.start, dateline_place.start)].strip() else None
        slots = [s for s in all_slots if _resolved(s.mention) and not (
            opener is not None and s.mention.start < opener.end and opener.start < s.mention.end)]
        unplaced = [s for s in mention_slots(view, [
            m for m in doc.mentions if sent.start <= m.start < sent.end and not _placed(m)])]
        mention_words = _slot_words(all_slots)
        orgs = [m for m in named if m.actor.kind in ORG_KINDS] + _acronym_orgs(
            doc, sent) + ctx.orgs
        attrs = find_attributions(view, all_slots, mention_words, orgs)
        carried = False
        if not attrs and ctx.attribution and is_reported_speech(view):
            attrs = [Attribution(ctx.attribution.name, None, (-1, -1), "carried over from the "
                                 "previous sentence (reported speech)",
                                 ctx.attribution.speculative)]
            carried = True
        sent_dates = [d for d in dates if sent.start <= d.start < sent.end]
        sent_events = []
        actor_words = {k for m in doc.mentions if sent.start <= m.start < sent.end for k in range(
            view.word_at(m.start), view.word_at(max(m.start, m.end - 1)) + 1)}  # placed or not
        matches = list(find_triggers(view, mention_words, actor_words))
        for match in matches:
            ev = _code_trigger(doc, si, view, match, slots, mention_words, attrs,
                               events + sent_events, unplaced)
            if ev is None or _withholds_information(view, ev):
                continue
            if _denies_facts(view, ev, match, mention_words):
                ev.meta["denies_facts"] = True  # dropped in _kept; the denied act keeps its actors
            _date_event(ev, view, match, sent_dates, attrs, ctx)
            _place_event(ev, sent, places, dateline_place, match, view)
            sent_events.extend(_expand(ev))
        sent_events = _drop_speech_act_contents(sent_events)
        _passive_means(view, sent_events, slots)
        sent_events = _drop_restated_nouns(sent_events)
        _inherit_factuality(view, sent_events)
        _borrow_participants(sent_events)
        _addressee_of_answered_demands(sent_events)
        _reaction_targets(view, sent_events, recent, si)
        _anaphor_targets(view, sent_events, tried, si)
        _penalty_targets(view, sent_events, suspects, si)
        _proposal_targets(doc, view, sent_events, proposers, si)
        _shared_addressees(view, sent_events, recent, si)
        _mark_answers(view, sent_events)
        _mark_condemned_acts(view, sent_events, matches, lang)
        sent_events = _drop_targetless_twins(sent_events)
        sent_events.extend(intent_events(view, sent_events, slots))
        if grammar(lang).get("intended_acts_once"):
            sent_events = _drop_intended_acts(sent_events)
        kept = [e for e in sent_events if _kept(e, doc, lang)]
        events.extend(kept)
        recent.extend((si, e) for e in kept)
        tried.extend((si, e) for e in sent_events if e.source is not None)
        suspects.extend((si, m) for m in _suspects(doc, matches, ments, sent_events))
        proposers.extend((si, m) for m in _proposers(view, slots))
        # context for the next sentences
        if attrs and not carried:
            ctx.attribution = attrs[0]
        elif not is_reported_speech(view):
            ctx.attribution = None
        ctx.orgs = ([m for m in ments if m.actor.kind in ORG_KINDS] + ctx.orgs)[:6]
        planned = [e.meta["infinitive"] for e in sent_events if e.meta.get("infinitive")]
        explicit = [d for d in sent_dates if d.value and getattr(d, "kind", "point") == "point"
                    and not any(lo <= view.word_at(d.start) <= hi for lo, hi in planned)]
        if explicit:
            ctx.narrative_date = (explicit[-1].value, explicit[-1].granularity)
    _answered_acts(doc, events)
    _spelled_out_acts(doc, events)
    home_countries(events, doc)
    # after the targets from neighbouring sentences: an interaction still aimed at nobody goes
    addressed = []
    for e in events:
        if _unaddressed(e, lang):
            doc.meta.setdefault("dropped", []).append((e, f"{e.type} names no target"))
        else:
            addressed.append(e)
    doc.events = merge_events(doc, addressed)
    return doc


def _reaction_targets(view: SentenceView, sent_events: list[Event],
                      recent: list[tuple[int, Event]], si: int) -> None:
    """"Selenskyj begrüßte die Entscheidung", "the Kremlin condemned the sanctions": a reaction
    whose object is a definite noun for an act ('react_nouns') answers the act reported in the
    sentences just before; the actor of that act (of the noun's types, if it names some) is
    the target. A demand for redress ("forderte eine Untersuchung", 'redress_nouns') is
    addressed to the actor of the hostile act just before ('redress_acts'); it and an incident
    noun ('incident_nouns') with no act just before reach back 'incident_reach' sentences for
    a hostile act."""
    g = grammar(view.lang)
    nouns = g.get("react_nouns") or {}
    redress = set(g.get("redress_nouns") or ())
    redress_types = set(g.get("redress_types") or ())
    redress_acts = set(g.get("redress_acts") or ())
    reactions = set(g.get("reaction_types") or ())
    reach = int(g.get("reaction_reach") or 0)
    far = int(g.get("incident_reach") or 0)
    incidents = set(g.get("incident_nouns") or ())
    determiners = set(g.get("definite_determiners") or ())
    for e in sent_events:
        if e.source is None or e.meta.get("nominal"):
            continue
        if e.type in reactions:
            k = _act_object(view, e.meta["word"], nouns.keys(), determiners)
        elif e.type in redress_types:
            k = _act_object(view, e.meta["word"], redress, None)
        else:
            continue
        if k is None or (e.target is not None and not (
                e.target.start <= view.words[k].start < e.target.end
                and e.target.actor.country is None and e.target.actor.sector is None)):
            continue  # a target of its own, other than the act noun itself ("the attack")
        if e.type in reactions:
            types = set(next(nouns[x] for x in view.words[k].lemmas if x in nouns) or ())
        else:
            types = redress_acts
        acts = [v for s, v in recent if si - reach <= s < si and v.factuality == "asserted"
                and (v.type in types if types else v.type not in reactions)
                and actor_key(v.source) != actor_key(e.source)]
        if not acts and (e.type in redress_types or view.words[k].lemmas & incidents):
            # "verurteilte den Vorfall" further on in the story: its hostile act
            acts = [v for s, v in recent if si - far <= s < si and v.factuality == "asserted"
                    and v.type in redress_acts and actor_key(v.source) != actor_key(e.source)]
        if acts:
            e.target = acts[-1].source
            e.why.append(f"target: '{e.target.text}', whose act '{view.words[k].text}' refers "
                         f"to ({acts[-1].why[0]})")


def _anaphor_targets(view: SentenceView, sent_events: list[Event],
                      tried: list[tuple[int, Event]], si: int) -> None:
    """"Die Opposition wies dies zurück", "Wien begrüßte das": a reaction ('reaction_types')
    with no target whose object is a pronoun for what was just said ('react_pronouns' with a
    tag in 'react_pronoun_tags'; not after a preposition or comma, nor pointing ahead to a
    clause after a comma) answers the previous sentence; when all the acts
    coded there (kept or not) have one actor other than the reaction's, that actor is the
    target."""
    g = grammar(view.lang)
    pronouns = set(g.get("react_pronouns") or ())
    tags = set(g.get("react_pronoun_tags") or ())
    reactions = set(g.get("reaction_types") or ())
    if not pronouns:
        return
    words = view.words
    for e in sent_events:
        if e.source is None or e.target is not None or e.type not in reactions \
                or e.meta.get("nominal"):
            continue
        lo, hi = clause_bounds(view, e.meta["word"], set())
        ks = [k for k in range(lo, hi + 1) if words[k].lower in pronouns
              and (words[k].tag in tags if words[k].tag else words[k].pos != "DET")
              and (k == 0 or words[k - 1].pos != "ADP" and words[k - 1].text != ",")
              and not (k + 1 < len(words) and words[k + 1].text == ",")]
        if not ks:
            continue
        before = [v for s, v in tried if s == si - 1]
        keys = {actor_key(v.source) for v in before}
        if len(keys) != 1 or actor_key(e.source) in keys:
            continue
        e.target = before[0].source
        e.why.append(f"target: '{e.target.text}', the actor of the previous sentence's act "
                     f"that '{words[ks[0]].text}' refers to ({before[0].why[0]})")


def _surnames(doc: Document) -> frozenset[str]:
    """`document_surnames` of the document's parse, found once per parse and kept in the
    document's stage notes (it was recomputed for every German measure trigger)."""
    kept = doc.meta.get("surnames")
    if kept is None or kept[0] is not doc.parsed:
        kept = doc.meta["surnames"] = (doc.parsed, document_surnames(doc.parsed))
    return kept[1]


def _suspects(doc: Document, matches: list[TriggerMatch], ments: list[Mention],
              sent_events: list[Event]) -> list[Mention]:
    """Whom a sentence with a legal act (a trigger of a CAMEO code opening with one of
    'penalty_context_cameos' or a lemma in 'penalty_context_lemmas': "X wurde angeklagt",
    "nahm X fest") names as its undergoer: the targets of its coded legal acts and the persons
    in it (not police or judiciary) who act in none of its events."""
    g = grammar(doc.lang or "de")
    cameos = tuple(str(c) for c in g.get("penalty_context_cameos") or ())
    lemmas = set(g.get("penalty_context_lemmas") or ())
    if not cameos or not any(m.entry.cameo.startswith(cameos) or m.entry.lemma in lemmas
                             for m in matches):
        return []
    sources = {e.source.start for e in sent_events if e.source is not None}
    out = [e.target for e in sent_events if e.target is not None and e.cameo
           and (e.cameo.startswith(cameos) or e.meta.get("lemma") in lemmas)]
    taken = {m.start for m in out}
    out += [m for m in ments if m.start not in sources | taken
            and m.actor.sector not in ("JUD", "COP")
            and (m.actor.kind == "person" or _person_gender(doc, m) is not None)]
    return sorted(out, key=lambda m: m.start)


def _penalty_targets(view: SentenceView, sent_events: list[Event],
                     suspects: list[tuple[int, Mention]], si: int) -> None:
    """"Huber wurde angeklagt. Die Staatsanwaltschaft beantragte Untersuchungshaft": a demand
    ('penalty_types') with no target whose object is a penalty or measure against a person
    ('penalty_nouns') targets whom the sentences with a legal act up to 'penalty_reach'
    sentences back name as its undergoer (`_suspects`), when they name one such actor and it
    is not the demand's source."""
    g = grammar(view.lang)
    types = set(g.get("penalty_types") or ())
    nouns = set(g.get("penalty_nouns") or ())
    reach = int(g.get("penalty_reach") or 0)
    for e in sent_events:
        if e.source is None or e.target is not None or e.type not in types \
                or e.meta.get("nominal"):
            continue
        k = _act_object(view, e.meta["word"], nouns, None)
        if k is None:
            continue
        found = [m for s, m in suspects if si - reach <= s < si]
        if not found or len({m.actor.id or m.text for m in found}) != 1 or any(
                actor_key(m) == actor_key(e.source) for m in found):
            continue
        e.target = found[-1]
        e.why.append(f"target: '{e.target.text}', whom the legal act just before is aimed at; "
                     f"'{view.words[k].text}' is demanded against them")


def _proposers(view: SentenceView, slots: list[MentionSlot]) -> list[Mention]:
    """Who proposes something in a sentence ('proposal_verbs': "haben X und Y … vorgeschlagen";
    'proposal_particle_verbs': "X spricht sich für … aus"): the first actor in the verb's
    clause (or, with none there, in the sentence before the verb) that stands after no
    preposition and not in the genitive."""
    g = grammar(view.lang)
    verbs = set(g.get("proposal_verbs") or ())
    particles = [str(x).split() for x in g.get("proposal_particle_verbs") or ()]
    words = view.words
    for w in words:
        lo, hi = clause_bounds(view, w.i, set())
        clause = {x.lower for x in words[lo:hi + 1]}
        if not (w.lemmas & verbs and w.pos == "VERB" or w.pos == "VERB" and any(
                lemma in w.lemmas and particle in clause and prep in clause
                for lemma, particle, prep in particles)):
            continue
        cands = [s for s in slots if lo <= s.first <= hi and not s.prep and s.case != "Gen"]
        if not cands:  # a clause cut by an aside: "haben X, unterstützt von Y, … vorgeschlagen"
            cands = [s for s in slots if s.first < w.i and not s.prep and s.case != "Gen"]
        if cands:
            return [min(cands, key=lambda s: s.first).mention]
    return []


def _proposal_targets(doc: Document, view: SentenceView, sent_events: list[Event],
                      proposers: list[tuple[int, Mention]], si: int) -> None:
    """"FPÖ und ÖVP haben … vorgeschlagen. Die SPÖ hat dies zurückgewiesen", "Häupl spricht sich
    für … aus. Die ÖVP lehnt das Ansinnen ab": a rejection ('proposal_reactions') with no target
    of a pronoun for what was just said ('react_pronouns' standing alone, in the sentence right
    after) or of a
    definite proposal noun ('proposal_nouns', up to 'reaction_reach' sentences after) targets
    who made the nearest proposal (`_proposers`), when that is not the rejecter."""
    g = grammar(view.lang)
    types = set(g.get("proposal_reactions") or ())
    nouns = set(g.get("proposal_nouns") or ())
    pronouns = set(g.get("react_pronouns") or ())
    tags = set(g.get("react_pronoun_tags") or ())
    determiners = set(g.get("definite_determiners") or ())
    reach = int(g.get("reaction_reach") or 0)
    words = view.words
    for e in sent_events:
        if e.source is None or e.target is not None or e.type not in types \
                or e.meta.get("nominal"):
            continue
        k = _act_object(view, e.meta["word"], nouns, determiners)
        back = reach
        if k is None:
            lo, hi = clause_bounds(view, e.meta["word"], set())
            while lo > 0 and words[lo - 1].text not in (",", ";", ":", "–", "-"):
                lo -= 1  # the parse may cut the clause at "als": "hat dies als falsch …"
            k = next((j for j in range(lo, hi + 1) if words[j].lower in pronouns
                      and (words[j].tag in tags or j + 1 < len(words) and words[j + 1].pos
                           not in ("NOUN", "PROPN", "ADJ", "NUM", "X"))
                      and (j == 0 or words[j - 1].pos != "ADP" and words[j - 1].text != ",")),
                     None)
            back = 1
        if k is None:
            continue
        found = [m for s, m in proposers if si - back <= s < si]
        if not found or _same_agent(doc, e.source, found[-1]):
            continue
        e.target = found[-1]
        e.why.append(f"target: '{e.target.text}', who proposed what '{words[k].text}' "
                     "refers to")


def _shared_addressees(view: SentenceView, sent_events: list[Event],
                       recent: list[tuple[int, Event]], si: int) -> None:
    """"Der Präsident mahnte die Regierung zur Einigung. Die Hilfsorganisationen forderten
    eine Rückkehr an den Verhandlungstisch": an asserted demand
    ('shared_addressee_types') with no target, right after asserted events of its type in the
    previous sentence that all address one actor other than its source, is addressed to that
    actor too."""
    types = word_set(view.lang, "shared_addressee_types")
    for e in sent_events:
        if e.source is None or e.target is not None or e.type not in types \
                or e.meta.get("nominal") or e.factuality != "asserted":
            continue
        before = [v for s, v in recent if s == si - 1 and v.type == e.type
                  and v.factuality == "asserted"]
        if not before or any(v.target is None for v in before):
            continue
        keys = {actor_key(v.target) for v in before}
        if len(keys) != 1 or actor_key(e.source) in keys:
            continue
        e.target = before[-1].target
        e.why.append(f"target: '{e.target.text}', addressed by the {e.type} just before "
                     f"({before[-1].why[0]})")


def _mark_answers(view: SentenceView, sent_events: list[Event]) -> None:
    """"wies die Vorwürfe zurück", "verteidigte sich gegen Vorwürfe": a reaction still without
    a target (or with the act noun as its target) whose clause holds an act noun
    ('react_nouns', any determiner or preposition) notes the act types it answers, for
    `_answered_acts` once the whole text is coded."""
    g = grammar(view.lang)
    nouns = g.get("react_nouns") or {}
    reactions = word_set(view.lang, "reaction_types")
    for e in sent_events:
        if e.source is None or e.type not in reactions or e.meta.get("nominal"):
            continue
        lo, hi = clause_bounds(view, e.meta["word"], set())
        for w in view.words[lo:hi + 1]:
            hit = next((x for x in w.lemmas if x in nouns), None)
            if hit is None or w.pos not in ("NOUN", "PROPN", ""):
                continue
            t = e.target  # none, or the act noun itself taken as a thing ("the accusations")
            if t is None or (t.start <= w.start < t.end and t.actor.country is None
                             and t.actor.sector is None):
                e.meta["answers"] = (w.text, tuple(nouns[hit] or ()))
            break


def _answered_acts(doc: Document, events: list[Event]) -> None:
    """"Juncker verteidigte sich gegen Vorwürfe. Mehrere Abgeordnete warfen ihm vor, …": a
    reaction to an act noun (`_mark_answers`) with no target answers the nearest asserted act
    of the noun's types, up to 'answer_reach' sentences before or after, that was aimed at the
    reacting actor itself; the act's actor is the target."""
    lang = doc.lang or "en"
    reach = int(grammar(lang).get("answer_reach") or 0)
    reactions = word_set(lang, "reaction_types")
    for e in events:
        if "answers" not in e.meta:
            continue
        noun, types = e.meta["answers"]
        acts = [v for v in events if v is not e and v.source is not None
                and v.target is not None and abs(v.sentence - e.sentence) <= reach
                and v.factuality == "asserted"
                and (v.type in types if types else v.type not in reactions)
                and _same_agent(doc, e.source, v.target)
                and not _same_agent(doc, e.source, v.source)]
        if not acts:
            continue
        act = min(acts, key=lambda v: (abs(v.sentence - e.sentence), v.sentence > e.sentence))
        e.target = act.source
        e.why.append(f"target: '{act.source.text}', whose act aimed at '{e.source.text}' "
                     f"'{noun}' answers ({act.why[0]})")


def _spelled_out_acts(doc: Document, events: list[Event]) -> None:
    """"Police announced they have made an arrest. … Smith was arrested on Friday": an act
    of a 'spelled_out_types' type with no target, told again up to 'spelled_out_reach'
    sentences after or before (the nearest, the later on a tie) with the same factuality by the
    same actor (`_same_agent`) with a target, has that target; merging then joins the two."""
    types = word_set(doc.lang or "en", "spelled_out_types")
    reach = int(grammar(doc.lang or "en").get("spelled_out_reach") or 0)
    for e in events:
        if e.target is not None or e.source is None or e.type not in types:
            continue
        later = [v for v in events if 0 < abs(v.sentence - e.sentence) <= reach
                 and v.type == e.type
                 and v.target is not None and v.factuality == e.factuality
                 and v.source is not None and _same_agent(doc, e.source, v.source)
                 and not _same_agent(doc, e.source, v.target)]
        if later:
            later.sort(key=lambda v: (abs(v.sentence - e.sentence), v.sentence < e.sentence))
            e.target = later[0].target
            e.why.append(f"target: '{e.target.text}', named when the next sentence tells the "
                         f"act again ({later[0].why[0]})")


def _same_agent(doc: Document, a: Mention, b: Mention) -> bool:
    """Whether mentions `a` and `b` (possibly in different sentences) stand for one actor: one
    known actor, or no clashing countries and the last word of one's text or name among the
    words of the other or of the names just after it ("EU-Kommissionschef Jean-Claude
    Juncker" … "Juncker"; "The Staunton Police Department" … "Police"). Country and sector
    alone are not enough: "women" and "demonstrators" are both Greek civilians."""
    if a.actor.id is not None and a.actor.id == b.actor.id:
        return True
    if a.actor.country and b.actor.country and a.actor.country != b.actor.country:
        return False

    def words(m: Mention) -> set[str]:
        tail = re.match(r"(?:[ -]+[A-ZÄÖÜ][\w.-]*)*", doc.text[m.end:m.end + 60])
        return {w.lower() for w in re.findall(r"\w+", m.text + (tail.group(0) if tail else ""))}

    def heads(m: Mention) -> set[str]:
        out = set()
        for t in (m.text, m.actor.name):
            ws = re.findall(r"\w+", t or "")
            if ws and len(ws[-1]) > 2:
                out.add(ws[-1].lower())
        return out
    return bool(heads(b) & words(a) or heads(a) & words(b))


def _act_object(view: SentenceView, trig: int, nouns, determiners: set[str] | None
                ) -> int | None:
    """The word of an act noun ("die Entscheidung", "the move") that is the object of the
    trigger at word `trig`: in its clause, after a definite determiner (and adjectives), not
    after a preposition; with `determiners` None, after any determiner or none."""
    lo, hi = clause_bounds(view, trig, set())
    words = view.words
    for k in range(lo, hi + 1):
        if k == trig or not words[k].lemmas & nouns or words[k].pos not in ("NOUN", ""):
            continue
        d = k - 1
        while d >= lo and words[d].pos == "ADJ":
            d -= 1
        if d < lo or words[d].pos == "ADP":
            continue
        det = words[d].lower in determiners if determiners is not None else words[d].pos in (
            "DET", "NUM")
        if det and (d == lo or words[d - 1].pos != "ADP") or (determiners is None and not det):
            return k
    return None


def _kept(e: Event, doc: Document, lang: str) -> bool:
    """Whether a coded event stays: it has a source; a vague type (`counterpart_types`) that is
    not asserted has a counterpart; a meeting has a partner, a negated opinion
    verb (`opinion_when_negated`) is no event, forces are armed, a courtroom act is a ruling's,
    and the event is in scope (`scope.in_scope`: no plot, a political actor)."""
    g = grammar(lang)
    if e.source is None or e.meta.get("denies_facts"):
        return False
    if e.type in set(g.get("counterpart_types") or ()) and e.target is None \
            and e.factuality != "asserted":
        return False
    if e.factuality == "negated" and e.meta.get("lemma") in set(
            g.get("opinion_when_negated") or ()):
        return False
    return not (_partnerless_meeting(e, lang) or _unarmed_mobilisation(e, lang)
                or _courtroom_ruling(e, lang)) and in_scope(e, doc, lang)


def _unaddressed(ev: Event, lang: str) -> bool:
    """An interaction aimed at nobody (`addressee_types`: "versprach eine Reform", "billigte den
    Entwurf", "kritisierte die Regelung", talks with no partner named); a concession or
    withdrawal of a named thing (a curfew lifted, troops pulled out) may leave its addressee
    unnamed, and so may the condemnation of an act whose doer is not named. The lemmas of
    `addressee_lemmas` need a target whatever their type ("will, dass …")."""
    g = grammar(lang)
    if ev.target is None and ev.meta.get("lemma") in set(g.get("addressee_lemmas") or ()):
        return True
    if ev.target is not None or ev.type not in set(g.get("addressee_types") or ()):
        return False
    if ev.meta.get("condemned_act"):
        return False
    return not (ev.meta.get("object_entry") and ev.type in set(
        g.get("addressee_free_objects") or ()))


def _mark_condemned_acts(view: SentenceView, sent_events: list[Event],
                         matches: list[TriggerMatch], lang: str) -> None:
    """A target-less ACCUSE with the noun trigger of a hostile act in its sentence
    (`condemned_act_types`: "hat den Anschlag auf ein Krankenhaus verurteilt", "condemned the
    bombing") condemns that act; its doer may go unnamed."""
    acts = set(grammar(lang).get("condemned_act_types") or ())
    for ev in sent_events:
        if ev.type != "ACCUSE" or ev.target is not None:
            continue
        at = view.word_at(ev.trigger[0])
        if any(m.entry.type in acts and not m.is_verb and m.word != at for m in matches):
            ev.meta["condemned_act"] = True
            ev.why.append("condemns an act whose doer is not named: no target needed")


def _partnerless_meeting(ev: Event, lang: str) -> bool:
    """A body meeting by itself ("der Rat kommt zu einer Sitzung zusammen", "der Ausschuss
    tagte"): no consultation between actors without a named partner."""
    return ev.target is None and ev.meta.get("lemma") in set(
        grammar(lang).get("partner_lemmas") or ())


def _drop_intended_acts(sent_events: list[Event]) -> list[Event]:
    """One real event once: an act in the complement of an asserted AGREE or THREATEN of the
    same actor ("ist bereit, der Slowakei einen Rabatt einzuräumen" → AGREE 030) is not coded
    again as a future act of its own. (A modal wish, "will verhandeln", keeps both: the future
    talks and the AGREE of the wish.)"""
    def same(a: Mention | None, b: Mention | None) -> bool:
        return a is None or b is None or actor_key(a) == actor_key(b)

    out = []
    for e in sent_events:
        twin = e.factuality == "future" and e.source is not None and any(
            o is not e and o.type in ("AGREE", "THREATEN") and o.factuality == "asserted"
            and o.source is not None and actor_key(o.source) == actor_key(e.source)
            and same(o.target, e.target) and not o.meta.get("intent_of")
            and o.trigger[1] <= e.trigger[0] < o.meta.get("scope", (0, 0))[1]
            for o in sent_events)
        if not twin:
            out.append(e)
    return out


def _unarmed_mobilisation(ev: Event, lang: str) -> bool:
    """Troops "mobilised" by an actor that has none (a party marching, an NGO rallying its
    supporters), a "visit" by travelling civilians, or "fighting" with no state or armed party
    in it (a candidate who "kämpfte" for votes): a rally, a trip or a figure of speech."""
    if ev.source is None:
        return False
    g = grammar(lang)
    if ev.meta.get("lemma") in set(g.get("armed_lemmas") or ()):
        armed = set(g.get("armed_sectors") or ())
        return not any(m is not None and (m.actor.sector in armed or m.actor.kind == "state")
                       for m in (ev.source, ev.target))
    if ev.type == "CONSULT" and ev.mode == "visit":
        return ev.source.actor.sector in set(g.get("traveller_sectors") or ())
    return ev.type == "MOBILIZE" and ev.mode == "troops" and (
        ev.source.actor.sector in set(g.get("unarmed_sectors") or ()))


def _courtroom_ruling(ev: Event, lang: str) -> bool:
    """A judge, jury or prosecutor who "agreed" or "objected" with no state actor
    on the other side rules or pleads in court ("a jury agreed", "the prosecutor objected to
    the choice of clinic"): a step of a trial, not an event between actors."""
    if ev.source is None or ev.meta.get("lemma") not in set(
            grammar(lang).get("courtroom_lemmas") or ()):
        return False

    def sector(m: Mention) -> str | None:
        return m.actor.sector or (phrase_sector(m.text, lang) if m.actor.id is None else None)

    if sector(ev.source) != "JUD":
        return False
    t = ev.target
    return t is None or t.actor.kind != "state" and sector(t) in (None, "JUD", "CVL", "BUS")


ACRONYM_IN_PARENS = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7})\)")


def _acronym_orgs(doc: Document, sent) -> list[Mention]:
    """Organisations introduced by an acronym in parentheses ("Auslandsgeheimdienst (SVR)"),
    even inside a longer mention: what "die Agentur" or "the agency" may refer to."""
    from eventcoder.resolve.kb import load_kb

    out = []
    for m in ACRONYM_IN_PARENS.finditer(sent.text):
        for hit in load_kb().lookup(m.group(1), lang=doc.lang):
            if hit.actor.kind not in ("person", "state"):
                start = sent.start + m.start(1)
                out.append(Mention(start, start + len(m.group(1)), m.group(1), hit.actor,
                                   how="acronym in parentheses"))
                break
    return out


def _passive(view: SentenceView, clause: tuple[int, int], trig: int,
             entry: TriggerEntry | None = None) -> bool:
    aux = word_set(view.lang, "passive_auxiliaries")
    words = view.words[clause[0]:clause[1] + 1]
    t = view.words[trig]
    if view.lang == "de" and t.lower.startswith("ge") and not (
            t.tag in FINITE_TAGS or t.lower.endswith("te")) and not any(
            w.pos in ("AUX", "VERB") or w.lower in AUX_HINTS["de"] for w in words if w is not t):
        # a headline's bare participle: "Tunesier bei Luftangriff getötet"; not a finite verb
        # that begins like one ("Er geißelte den Raubbau": a participle never ends in -te)
        return True
    if view.lang == "de" and view.has_pos and t.tag == "VVPP" and not any(
            w.pos in ("AUX", "VERB") or w.lower in AUX_HINTS["de"] for w in view.words
            if w is not t):
        return True  # a particle verb's, with no other verb in the sentence: "X angeklagt"
    if view.lang == "en" and (_reduced_passive(view, clause, trig) or (
            entry is not None and _bare_participle(view, clause, trig, entry))
            or _joined_participle(view, trig)):
        return True
    if view.lang == "de" and view.has_dep and any(
            w.dep == "aux:pass" and w.head == trig and w.lower in aux and not any(
                x.text in CLAUSE_PUNCT for x in view.words[w.i:trig])
            for w in view.words[:trig]):
        return True  # "X werden A und B vorgeworfen": the 'und' cut the clause, not the verb
    if not any(w.lower in aux for w in words):
        return False
    if view.lang == "de" and view.has_dep and any(
            w.dep == "aux:pass" and w.head == trig and w.lower in aux for w in words):
        return True  # the parse hangs a passive 'wurde' on the participle, whatever its tag
    if view.lang == "en":
        # "was arrested", "has been quietly freed": the auxiliary stands right before the
        # participle (adverbs between); "has banned … what officials say is …" is active
        k = trig - 1
        while k >= clause[0] and k >= trig - 4 and (view.words[k].pos == "ADV" or view.words[
                k].lower in ("not", "n't", "also", "reportedly", "allegedly")):
            k -= 1
        if k < clause[0] or view.words[k].lower not in aux:
            return False
    if view.has_pos and t.tag:
        return t.tag in ("VVPP", "VBN") or "Part" in t.tag
    if view.lang == "de":
        return t.lower.startswith("ge") or t.lower.endswith(("iert", "t"))
    return t.lower.endswith(("ed", "en"))


def _attributive_participle(view: SentenceView, match: TriggerMatch, slots: list[MentionSlot]
                            ) -> tuple[Mention | None, Mention | None] | None:
    """A trigger participle used as an adjective before its noun ("einem von der EU
    finanzierten Lager", "die von der Polizei festgenommenen Männer"): the actor after the
    passive agent preposition between the noun's article and the participle as the source,
    the noun it describes as the target when that is an actor; None for any other verb."""
    w = view.words[match.word]
    if not view.has_dep or w.dep != "amod" or w.head <= w.i or view.words[w.head].pos not in (
            "NOUN", "PROPN") or w.lower.endswith("end"):
        return None  # a present participle ("protestierende Bauern") is active
    noun = w.head
    agents = word_set(view.lang, "passive_agent_preps")
    first = w.i
    while first > 0 and view.words[first - 1].text not in CLAUSE_PUNCT and not (
            view.words[first - 1].head == noun and view.words[first - 1].pos == "DET"):
        first -= 1
    prep = next((k for k in range(first, w.i) if view.words[k].lower in agents), None)
    if prep is None:
        return None
    source = next((s.mention for s in slots if prep < s.first and s.last < w.i), None)
    target = next((s.mention for s in slots if s.first <= noun <= s.last), None)
    return source, target


def _joined_participle(view: SentenceView, trig: int) -> bool:
    """An English participle with no auxiliary of its own that shares one before it ("was
    arrested Friday and charged with …") or adds to a clause after a comma ("…, charged with
    killing a deputy"): passive."""
    t = view.words[trig]
    if t.tag not in ("VBN", "VBD") or not t.lower.endswith("ed") or trig < 2:
        return False
    k = trig - 1
    while k > 0 and view.words[k].pos == "ADV":
        k -= 1
    if view.words[k].text == ",":
        # "…, charged with murder": a participle with no object, after a clause of its own
        nxt = view.words[trig + 1] if trig + 1 < len(view.words) else None
        return t.tag == "VBN" and nxt is not None and nxt.pos in ("ADP", "SCONJ") and any(
            w.pos == "AUX" or w.tag in ("VBD", "VBZ", "VBP") for w in view.words[:k])
    if view.words[k].lower not in ("and", "or") or t.dep != "conj" or t.head < 0:
        return False
    h = view.words[t.head]
    aux = word_set(view.lang, "passive_auxiliaries")
    j = h.i - 1
    while j > 0 and view.words[j].pos == "ADV":
        j -= 1
    return h.tag == "VBN" and j >= 0 and view.words[j].lower in aux


def _reduced_passive(view: SentenceView, clause: tuple[int, int], trig: int) -> bool:
    """An English participle right after a noun, with a 'by' agent after it: "the people
    evacuated from Haiti by the U.S.", "a pardon issued by the president"."""
    t = view.words[trig]
    if t.tag != "VBN" or trig < 1 or view.words[trig - 1].pos not in ("NOUN", "PROPN"):
        return False
    if not any(w.i != trig and (w.pos == "AUX" or w.tag in ("VBD", "VBZ", "VBP", "MD"))
               for w in view.words):
        return False  # "The US reduced aid by $30 million": the sentence's own verb
    agents = word_set(view.lang, "passive_agent_preps")
    for w in view.words[trig + 1:min(clause[1], trig + 8) + 1]:
        if w.pos in ("VERB", "AUX") or w.text in CLAUSE_PUNCT:
            return False
        if w.lower in agents:
            nxt = view.words[w.i + 1] if w.i + 1 < len(view.words) else None
            return nxt is not None and nxt.pos in ("DET", "PROPN", "NOUN", "ADJ")
    return False


def _bare_participle(view: SentenceView, clause: tuple[int, int], trig: int,
                     entry: TriggerEntry) -> bool:
    """A headline's or a reduced relative's participle with no auxiliary: "40 Palestinians
    killed in air strikes", "Teen shot by police", "the soldiers killed in the attack". A verb
    that acts on a direct object (no target prepositions, not mutual) has none after it, and
    the noun before it is what it was done to."""
    t = view.words[trig]
    if entry.target_preps or entry.symmetric or entry.object or trig < 1 or not view.has_pos:
        return False
    if not (t.tag == "VBN" or (t.tag == "VBD" and t.lower.endswith("ed"))):
        return False
    g = grammar(view.lang)
    if view.words[trig - 1].pos not in ("NOUN", "PROPN", "NUM") or view.words[
            trig - 1].lower in set(g.get("subject_pronouns") or ()):
        return False
    times = set(g.get("time_words") or ())
    k = trig + 1
    while k <= clause[1] and (view.words[k].pos == "ADV" or view.words[k].lower in times):
        k += 1
    ahead = [w.lower for w in view.words[k:k + 3]]
    if any(ahead[:len(q)] == list(q) for q in QUANTIFIERS.get(view.lang, ())):
        return False  # "killed at least 75 people": an object
    return k > clause[1] or view.words[k].pos in ("ADP", "PUNCT") and view.words[
        k].lower != "to" or view.words[k].text in CLAUSE_PUNCT


def _code_trigger(doc: Document, si: int, view: SentenceView, match: TriggerMatch,
                  slots: list[MentionSlot], mention_words: set[int],
                  attrs: list[Attribution], earlier: list[Event],
                  unplaced: list[MentionSlot] | None = None) -> Event | None:
    entry = match.entry
    clause = clause_bounds(view, match.word, mention_words)
    in_sentence = [m for m in doc.mentions if view.start <= m.start < view.end]
    cities = [(p.start, p.end) for p in places_of(doc)[0] if p.kind in CITY_KINDS]
    # "die Anschläge von Brüssel", "in Paris": the city says where, it does not act
    slots = [s for s in slots if s.prep in entry.target_preps or not city_place(view, s, cities)]
    # "… Putin bombardiert Syrien ... Varoufakis: Ich …": an interview's speaker label
    slots = [s for s in slots if not _interview_label(view, s)]
    own_attrs = [a for a in attrs if not (a.clause[0] <= match.word <= a.clause[1])]
    excluded = {id(a.mention) for a in own_attrs if a.mention is not None}
    passive = match.is_verb and _passive(view, clause, match.word, entry)
    first_person = _first_person(view, clause, match) if match.is_verb else None
    # "Wir lehnen das ab, sagte er": the clause's subject is the first person, not a pronoun
    # of the reporting clause that a weak parse hangs on the verb
    # (a passive's subject pronoun is who it is done to, never who does it)
    antecedent = _pronoun_subject(view, clause, match.word, earlier, doc, si) \
        if match.is_verb and not passive and not (
            first_person and first_person[1] == "subj") else None
    src, tgt, why = assign_roles(view, match, slots, clause, passive, excluded,
                                 has_subject=antecedent is not None, unplaced=unplaced)
    # "Verteidigungsminister Gerald Klug (SPÖ)": the party in brackets says who he is
    if src is not None and _bracketed_affiliation(view, src, slots):
        why.append(f"source: none, '{src.mention.text}' in brackets is a person's affiliation")
        src = None
    topics = word_set(view.lang, "topic_compound_heads")
    if src is not None and _thing_compound(view, src.mention, topics):
        why.append(f"source: none, '{src.mention.text}' names a thing")
        src = None
    if tgt is not None and (_thing_compound(view, tgt.mention, topics) or (
            entry.type == "CONSULT" and _thing_compound(
                view, tgt.mention, word_set(view.lang, "owned_compound_heads")))):
        why.append(f"target: none, '{tgt.mention.text}' names a thing")
        tgt = None
    labelled = None
    if tgt is not None and _bracketed_affiliation(view, tgt, slots):
        labelled = _labelled_person(view, tgt, slots, src, finite_verb(
            view, clause, match.word) if match.is_verb else match.word)
        if labelled is not None:
            why.append(f"target: '{labelled.text}', whom the party '{tgt.mention.text}' in "
                       f"brackets labels")
        else:
            why.append(f"target: none, '{tgt.mention.text}' in brackets is a person's "
                       f"affiliation")
        tgt = None
    if tgt is not None and src is not None and _attribute_of(view, tgt, src, slots):
        why.append(f"target: none, '{tgt.mention.text}' is a genitive attribute of the source "
                   f"'{src.mention.text}'")
        tgt = None
    source = src.mention if src else None
    target = tgt.mention if tgt else labelled
    if source is not None and len(source.members) >= 2 and _reciprocal(view, clause):
        # "The two sides agreed …" after "Rubio met Araghchi": the parties of the last talks
        prev = [e for e in earlier if e.symmetric and e.source is not None
                and e.target is not None and not e.source.members]
        if prev:
            source, target = prev[-1].source, prev[-1].target
            why.append(f"source/target: '{src.mention.text}' are the parties of the talks "
                       f"before ('{source.text}', '{target.text}')")
    if antecedent is not None and source is None:
        source = antecedent.source
        why.append(f"source: pronoun refers back to '{source.text}'")
        if target is None and antecedent.symmetric and entry.symmetric:
            target = antecedent.target  # "sie" = both parties of the talks before
            if target is not None:
                why.append(f"target: the other party, '{target.text}'")
    if match.is_verb and not passive and view.lang == "de" and source is not None and (
            src is not None and source is src.mention):
        # only where the parse found a second subject after the pronoun ("man" is none)
        rel = _relative_subject(view, clause, match, slots)
        if rel is not None and src.first < rel[1]:
            rel = None
        if rel is not None:
            # "X, der die Pläne kritisierte und Y bat, …": the relative pronoun is the
            # subject, so X asks; the noun the parse took for a second subject is the object
            antecedent_slot, pronoun = rel
            if antecedent_slot is None or antecedent_slot.mention is not source:
                if target is None:
                    target = source
                    why.append(f"target: '{source.text}', the object in the relative clause")
                elif target is not None and antecedent_slot is not None and (
                        target is antecedent_slot.mention):
                    target = None
                source = antecedent_slot.mention if antecedent_slot is not None else None
                if source is not None:
                    why.append(f"source: '{source.text}', the noun the relative pronoun "
                               f"'{view.words[pronoun].text}' stands for")
    source_partners = _coordinated(view, src, slots) if src is not None and tgt is not None \
        else []
    if tgt is not None and tgt in source_partners:
        target = None  # "Washington und Seoul bestreiten": partners, not source and target
        why.append("target: none, source and the other actor are coordinated")
        # "Die USA und die Opposition fordern Assads Rücktritt": the object beyond the partners
        partners = {id(p.mention) for p in source_partners}
        src2, tgt2, _ = assign_roles(view, match, slots, clause, passive, excluded | partners,
                                     has_subject=antecedent is not None)
        if src2 is src and tgt2 is not None:
            target = tgt2.mention
            why.append(f"target: '{target.text}', the party beyond the coordinated sources")
    if target is None and source is not None and match.is_verb and view.lang == "de" and not (
            entry.symmetric):
        owner = demonym_owner(view, match.words, clause)  # "lehnten russische Vorschläge ab"
        if owner is not None and owner[0].actor.country != source.actor.country:
            target = owner[0]
            why.append(owner[1])
    speaker = own_attrs[0].mention if own_attrs else None
    if match.is_verb and speaker is not None and speaker.actor.kind != "media" and (
            first_person is not None):
        # "Wir lehnen das ab, sagte X", "Y unterstützen mich, versicherte X": the speaker
        word, role = first_person
        if role == "subj" and source is None:
            source = speaker
            why.append(f"source: '{word}' is the speaker '{speaker.text}'")
        elif role == "obj" and target is None and source is not None and (
                source.actor != speaker.actor):
            target = speaker
            why.append(f"target: '{word}' is the speaker '{speaker.text}'")
    if target is None and source is not None and match.is_verb and entry.type in SPEECH_ACTS:
        content = _fronted_content_actor(view, clause, match, slots, source)
        if content is not None:
            target = content.mention
            why.append(f"target: '{target.text}', the actor of the words the verb reports "
                       f"before it ('…, {view.words[match.word].text} X')")
    if match.is_verb and not passive and view.lang == "de" and (
            source is None or (src is not None and source is src.mention)):
        finite = finite_verb(view, clause, match.word)
        # a headline's bare participle ("Sechs Schlepper festgenommen") has no subject
        person = _text_subject(view, clause, match, doc) if view.words[finite].tense else None
        if person is not None and source is not None and target is None and (
                person[1] < finite < src.first or finite < person[1] < src.first) and not (
                src.case == "Nom" and src.case_by_article):
            # "Ein Anrainer kritisierte die Polizei": the prefield's person, not in the KB, is
            # the subject; the KB actor after the verb is the object
            source, target = person[0], source
            why.append(f"source: '{source.text}', the parse's subject before the KB actor (not "
                       f"in the KB); target: '{target.text}', the object after it")
        elif person is not None and source is None and tgt is not None and (
                target is tgt.mention) and tgt.first > max(person[1], finite) and (
                view.words[tgt.first - 1].text != "("):
            source = person[0]  # "bat Müller die Soldaten, …": a subject outside the KB
            why.append(f"source: '{source.text}', the parse's subject (not in the KB)")
    if target is None and source is not None and view.lang == "en":
        # "men accused of robbing", "put him behind bars": acted on outside the trigger's own
        # object
        party = _placed_party(view, match, slots, source) if view.words[
            match.word].pos == "NOUN" else _described_party(
                view, match, slots, source) if match.is_verb and not passive else None
        if party is not None:
            target = party[0]
            why.append(party[1])
    if target is None and source is not None and match.is_verb and not passive:
        pronoun = _pronoun_object(view, clause, match, source, doc, si)
        if pronoun is not None:
            target = pronoun[1]
            why.append(f"target: '{pronoun[0]}' refers back to '{target.text}'")
    if target is None and source is not None and match.is_verb and not passive and (
            view.lang == "de"):
        before = _prefield_source(view, clause, match, src, source)
        # the finite auxiliary belongs to the verb group ("hatte den Mann … geklagt")
        finite = finite_verb(view, clause, match.word)
        group = [*match.words, finite] if view.words[finite].pos == "AUX" else match.words
        party = object_party(view, group, clause, in_sentence, _party_nouns(view.lang),
            (*match.entry.target_preps, *measure_preps(view, match, clause)),
            midfield_after=before)
        if party is None:
            # what a party puts forward belongs to it for a rejection or criticism; its own
            # acts ("den Streik der Piloten") for any deed
            things = word_set(view.lang, "owner_acts") | (word_set(
                view.lang, "owned_things") if entry.type in OWNED_TARGET_TYPES else frozenset())
            party = owner_party(view, match.words, clause, in_sentence, things,
                _party_nouns(view.lang), word_set(view.lang, "owner_acts"),
                any_object=entry.type in OWNER_TARGET_DEEDS)
        if party is None and entry.type in OWNED_TARGET_TYPES:
            # "kritisierte die Festnahme von Journalisten durch die Polizei": who did it
            party = object_agent(view, match.words, clause, in_sentence,
                _party_nouns(view.lang), word_set(view.lang, "deed_agent_preps"))
        if party is not None and party[0] is not source and not (
                source.start <= party[0].start < source.end):
            target = party[0]
            why.append(party[1])
    if target is None and source is not None and match.is_verb and passive and (
            view.lang == "de"):
        # "vier Verdächtige wurden von der Polizei festgenommen": the passive subject, a role
        # or people noun the KB cannot place, is acted on
        party = object_party(view, match.words, clause, in_sentence, _person_nouns(view.lang),
            passive=True)
        if party is not None and party[0] is not source and not (
                source.start <= party[0].start < source.end):
            target = party[0]
            why.append(party[1].replace("object", "passive subject"))
        elif party is None:
            pronoun = _passive_pronoun(view, match, source, doc, si)
            if pronoun is not None:
                target = pronoun[1]
                why.append(f"target: the passive subject '{pronoun[0]}' refers back to "
                           f"'{target.text}'")
    if target is None and match.is_verb and view.words[clause[0]].lower in RELATIVE_WHICH:
        prev = [e for e in earlier if e.sentence == si and e.source is not None]
        if prev and prev[-1].source is not source:
            target = prev[-1].source
            why.append(f"target: '{view.words[clause[0]].text}' refers to what "
                       f"'{target.text}' said or did")
    if source is None and match.is_verb and _reciprocal(view, clause) and earlier:
        prev = earlier[-1]
        source, target = prev.source, prev.target
        why.append("source/target: 'the parties' refers to the previous event's participants")
    extra_sources: list[Mention] = []
    extra_targets: list[Mention] = []
    if source is not None and src is not None:
        partners = _coordinated(view, src, slots)
        if partners and entry.symmetric and (target is None or (
                tgt is not None and target is tgt.mention and tgt.prep not in entry.target_preps)):
            # "Japan and the United States signed the deal to cut tariffs on U.S. goods"
            group = sorted([src, *partners], key=lambda s: s.first)
            source, target = group[0].mention, group[1].mention
            why.append("source/target: the coordinated parties ('X und Y')")
        elif partners and not entry.symmetric:
            extra_sources = [p.mention for p in partners if p.mention is not target]
            why.append("source: one event per coordinated actor")
    if tgt is not None and target is tgt.mention:
        extra_targets = [p.mention for p in _coordinated(view, tgt, slots)
                         if p.mention is not source]
    complement = complement_clause(view, clause, mention_words) if match.is_verb or (
        entry.type in SPEECH_ACTS and clause[1] - match.word <= NOUN_TAIL) else None
    infinitive = _to_infinitive(view, match, clause) if match.is_verb else None
    inferred_source = False  # the source is the story's police/court or state, not the text's
    if infinitive is not None:
        # "refused to send peacekeepers to Iraq": what follows "to" is the complement, not
        # the verb's own object
        complement = infinitive
        if tgt is not None and infinitive[0] <= tgt.first and target is tgt.mention:
            target = None
    denial = entry.type == "REJECT" and any(
        lem in cue_set(view.lang, "negation_verbs")[0] for lem in view.words[match.word].lemmas)
    from_complement: Mention | None = None
    dative = _unplaced_dative(view, match, clause, slots) if (
        target is None and complement is not None and not denial) else None
    if dative is not None:
        why.append(f"target: none named, the verb's dative object '{view.words[dative].text}' "
                   f"is the party; the complement clause says what of it")
        complement = None
    if target is None and complement is not None and not denial:
        places = word_set(view.lang, "locative_preps")
        inner = [s for s in slots if complement[0] <= s.first and s.last <= complement[1]
                 and s.mention is not source and id(s.mention) not in excluded
                 and s.prep not in places  # "es habe in Syrien …": where, not whom
                 and not _complement_topic(view, s, entry.type)
                 and not (source is not None and _own_group(source, s.mention))]
        # "refused to send peacekeepers to Iraq": the recipient after "to", and a named
        # actor, before the troops or goods that are sent
        inner.sort(key=lambda s: (s.prep not in RECIPIENT_PREPS, s.mention.actor.kind not in (
            "state", "person", "igo", "org", "group") or s.mention.actor.id is None, s.first))
        if inner:
            target = from_complement = inner[0].mention
            why.append(f"target: '{target.text}' in the verb's complement clause")
            if view.lang == "de":  # "Bombardierungen durch die Regierung und die Opposition"
                extra_targets = [p.mention for p in _coordinated(view, inner[0], slots)
                                 if p.mention is not source]
    if target is None and source is not None and entry.type in FORUM_ACTS:
        # "Bei der UN-Sondersitzung forderte X …": said to the international body it sat in
        # (an appeal or a pledge; a criticism there is aimed at someone else)
        forum_preps = word_set(view.lang, "forum_preps")
        forum = [s for s in slots if s.prep in forum_preps and s.mention.actor.kind == "igo"
                 and clause[0] <= s.first and s.last <= clause[1] and s.mention is not source]
        if forum:
            target = forum[0].mention
            why.append(f"target: '{target.text}', the body it was said in ('{forum[0].prep}')")
    if source is None and not match.is_verb:
        support = _support_verb_subject(view, match.word, slots)
        if support is not None:
            source = support.mention
            why.append(f"source: subject of the verb that governs the noun "
                       f"('{support.mention.text}' … '{view.words[match.word].text}')")
            if target is None and entry.symmetric:
                partners = _coordinated(view, support, slots)
                if partners:
                    target = partners[0].mention
    if target is None and source is not None and not match.is_verb:
        # "Sweden faces criticism from the Commission": the subject of a verb of undergoing
        # (`undergoer_verbs`) that governs the noun is who the act is aimed at
        verb = _undergoer_verb(view, match.word)
        if verb is not None:
            subject = subject_of(view, verb, slots)
            if subject is not None and subject is not source:
                target = subject
                why.append(f"target: '{subject.text}', the subject of "
                           f"'{view.words[verb].text}' that undergoes the act")
    if target is None and source is not None and view.lang == "de" and not passive:
        # "Ermittlungen wegen Betrugs gegen Karl B.": the party after the measure's
        # preposition, by word order (a weak parse hangs it anywhere)
        nouns = measure_words(view, match, clause)
        party = measure_party(view, nouns, clause, in_sentence,
            _party_nouns(view.lang), tuple(word_set(view.lang, "measure_preps")),
            _surnames(doc)) if nouns else None
        if party is not None and party[0] is not source and not (
                source.start <= party[0].start < source.end):
            target = party[0]
            why.append(party[1])
    if source is None and entry.symmetric and tgt is not None and target is tgt.mention and (
            tgt.prep in word_set(view.lang, "partner_preps")):
        partners = _coordinated(view, tgt, slots)
        if partners:  # "cooperation between Kenya and Tanzania": the two parties
            source, target = tgt.mention, partners[0].mention
            extra_targets = []
            why.append(f"source/target: the parties '{source.text}' and '{target.text}' "
                       f"after '{tgt.prep}'")
    if source is None and not match.is_verb and view.lang == "en":
        verb = governing_verb(view, match.word)
        subject = subject_of(view, verb, slots) if verb is not None else None
        if subject is not None and subject is not target:
            source = subject
            why.append(f"source: '{subject.text}', the subject of '{view.words[verb].text}' "
                       f"that governs the noun")
    if match.is_verb and passive and view.lang == "en":
        # "Arafat was criticized by Bush administration officials": roles outside the KB
        agent = passive_agent_phrase(view, max(match.words), clause[1]) if source is None \
            else None
        if agent is not None:
            source = agent
            why.append(f"source: the passive agent '{agent.text}' (not in the KB)")
            if target is not None and agent.start <= target.start and target.end <= agent.end:
                target = None  # "by plainclothes police": the agent's own word, not its object
        # an agent found above is the source: these fallbacks only fill an empty one
        state = _state_of_place(view, match, slots, clause) if source is None else None
        if state is not None:
            source = state
            inferred_source = True
            why.append(f"source: '{state.text}', the state where it was done to them "
                       f"('arrested in X', 'expelled from X')")
            if target is state:
                target = None
        enforcer = law_enforcer(doc, view, match, earlier) if source is None else None
        if enforcer is not None:
            source = enforcer
            inferred_source = True
            why.append(f"source: '{enforcer.text}', the police or court of the story (an act "
                       f"of law enforcement with no agent)")
            # what was done to whom: the passive subject, not what follows the verb
            # ("were arrested along Church Avenue", "convicted of violating the rights of X")
            t = view.words[match.word]
            if t.dep == "conj" and t.head >= 0 and _joined_participle(view, match.word):
                patient = subject_of(view, t.head, slots)
            elif _joined_participle(view, match.word):
                patient = _main_subject(view, match.word, slots)
            else:
                patient = subject_of(view, min(match.words), slots) or subject_phrase(
                    view, min(match.words), _slot_words(slots))
            target = None
            if patient is not None and patient.start != source.start:
                target = patient
                why.append(f"target: '{patient.text}', the passive subject")
        if source is not None and target is None:
            patient = subject_of(view, min(match.words), slots)
            if patient is not None and patient is not source:
                target = patient
                why.append(f"target: the passive subject '{patient.text}'")
        if source is not None and target is None:
            taken = _slot_words(slots)
            patient = subject_phrase(view, min(match.words), taken)
            if patient is not None and patient is not source:
                target = patient
                why.append(f"target: the passive subject '{patient.text}' (not in the KB)")
        if source is not None and target is None and view.words[match.word].tag == "VBN":
            # "the death of a teenager | killed by police": the people the participle describes
            described = _participle_noun(view, match.word, slots, source)
            if described is not None:
                target = described[0]
                why.append(described[1])
        if source is not None and (target is None or _bare_pronoun(view, target)):
            patient = _passive_patient(view, match, slots, earlier, doc, si, source)
            if patient is not None and patient[0] is not source and not (
                    source.start <= patient[0].start < source.end):
                target = patient[0]
                why.append(patient[1])
    if source is None and not match.is_verb and view.lang in ("de", "en") and not entry.symmetric:
        adjective = _adjective_actor(view, match.word, entry.type, si)
        if adjective is not None:
            source = adjective
            why.append(f"source: '{adjective.text}', the state the adjective names "
                       f"('israelische Angriffe')")
    if source is None and match.is_verb and not passive and view.lang == "en":
        taken = _slot_words(slots)
        # KB names inside the phrase count: "a car bombing by the Islamic State group killed"
        phrase = subject_of(view, min(match.words), slots)
        if phrase is not None and phrase is not target:
            source = phrase
            why.append(f"source: the subject '{phrase.text}' before the verb")
            first = view.word_at(phrase.start)
            if entry.symmetric and first > 1 and view.words[first - 1].lower == "and":
                # "The Tokyo and the New York stock exchanges have agreed …": both parties
                other = subject_phrase(view, first - 1, taken)
                if other is not None:
                    source, target = other, phrase
                    why.append(f"source/target: the coordinated parties '{other.text}' and "
                               f"'{phrase.text}'")
    if match.is_verb and view.lang == "en" and _participle_adjunct(view, match.word):
        # "stormed a police post, killing five officers": the participle's subject is the
        # sentence's subject, not the noun nearest before it
        main = _main_subject(view, match.word, slots)
        if main is not None and main.actor.id is None and _instrument(view, main):
            main = None  # "A bomb exploded at a bank, killing two officers": no actor named
            why.append("source: none, the clause's subject is a weapon")
        if main is not None and main is not source:
            if target is main:
                target = None
            source = main
            why.append(f"source: '{main.text}', the subject of the clause the participle "
                       f"'{view.words[match.word].text}' belongs to")
    if match.is_verb and view.lang == "en" and source is not None and not passive:
        gov = _purpose_governor(view, min(match.words))
        main = subject_of(view, gov, slots) if gov is not None else None
        if main is not None and main is not source and view.words[gov].end <= source.start and (
                source.end <= view.words[min(match.words)].start) and not any(
                w.pos == "ADP" for w in view.words[gov + 1:view.word_at(source.start)]):
            # (the object of the verb; "expelled X over the refusal of Y to …" is Y's)
            # "X called Y on Friday to express his support": the caller supports, not Y
            if target is main:
                target = None
            source = main
            why.append(f"source: '{main.text}', the subject of '{view.words[gov].text}' "
                       f"whose purpose the infinitive states")
    parse_subject = src is not None and _dep_role(view, src, match.word, True) in (
        "subj", "subj:pass")
    if match.is_verb and view.lang == "en" and src is not None and source is src.mention and (
            not passive):
        # "KILIS, Turkey -- A Turkish magistrate convicted …": the phrase right before the verb
        # is its subject, not a name further back (nor, across a dash, the parse's subject)
        near = subject_of(view, min(match.words), slots) if _finite(
            view, min(match.words)) else None
        if parse_subject and near is not None and not any(
                w.text in DASHES for w in view.words[src.last + 1:view.word_at(near.start)]):
            near = None
        owners = word_set(view.lang, "possessive_determiners")
        before = view.words[view.word_at(near.start) - 1] if near is not None else None
        if near is not None and near.start >= src.mention.end and near is not target and (
                near.text.split()[0].lower() not in owners  # "his country" refers back
                and _separated(view, src.last, view.word_at(near.start))
                # "X and Y declined", "bringing to 300 the number of …": no subject of its own
                and not (before.pos in ("CCONJ", "ADP") and before.lower not in set(
                    grammar(view.lang).get("conjunction_prepositions") or ()))):
            source = near
            why.append(f"source: the subject '{near.text}' right before the verb")
    if match.is_verb and source is not None and not passive and view.lang == "en":
        # the party the verb acts on, KB actor or not: "lifted a travel ban on a Turkish
        # reporter", "withdrew its ambassador from Venezuela", "agreed to give aid to schools";
        # a target found further on yields to the people the verb takes as its object
        # ("arrested a Somali man | suspected of being a member of Islamic State")
        later = target is not None and not (
            tgt is not None and target is tgt.mention and _modifier(view, tgt))
        patient_first = entry.type in PEOPLE_PATIENT_TYPES and infinitive is None
        split = any(  # "found X guilty", not "launched cyber attacks"
            view.words[k].pos in ("PROPN", "PRON") or (view.words[k].pos == "NOUN" and view.words[
                k].dep not in ("compound", "amod", "nummod")) for k in range(
                min(match.words), max(match.words)) if k not in match.words)
        after = past_adverbs(view, infinitive[0] + 1, clause[1]) if infinitive else min(
            match.words) if split else max(match.words)
        last = clause[1]
        aside = aside_end(view, last + 1)
        if aside is not None:  # "returned artifacts, including a fresco, to the government"
            last = clause_bounds(view, aside + 1, mention_words)[1]
        while last + 2 < len(view.words) and view.words[last + 1].text == "," and view.words[
                last].pos == "ADJ" and view.words[last + 2].pos == "ADJ":
            last = clause_bounds(view, last + 2, mention_words)[1]  # "a serious, public apology"
        if view.words[last].pos == "NOUN" and coordinated_noun(
                view, last + 1, len(view.words) - 1):
            # "expressed its rejection and condemnation of X", "sent tents and medicines to X"
            last = clause_bounds(view, last + 2, mention_words)[1]
        found = reach_target(view, after, last, slots, entry.target_preps, exclude=source,
                             trigger=frozenset(match.words), demand=entry.type == "REQUEST",
                             place_target=entry.type in PLACE_TARGET_TYPES,
                             people_patient=entry.type in PEOPLE_PATIENT_TYPES)
        if found is not None and infinitive is not None and found[1] == THING_OBJECT_REASON \
                and entry.type == "REQUEST" and not _controlled_object(view, infinitive[0],
                                                                       found[0]):
            # "asked to use the phone": the thing the asker's own wanted act is about, no
            # party; not "asked to allow the plane to land", whose object acts (a refusal or
            # pledge keeps the policy it is about: "refuse to support the budget")
            found = None
        if found is not None and found[1] in (OBJECT_REASON, THING_OBJECT_REASON) and (
                f"{entry.type} {entry.mode}" in set(grammar(view.lang).get(
                    "force_object_modes") or ())):
            found = None  # "deployed two helicopters": the force sent, not its target
        if found is not None and found[0] is not source and (not later or (
                patient_first and _object_before(view, found, target)) or (
                (target is from_complement or _verb_between(view, found[0], target))
                and found[1].startswith(PARTY_REASON) and found[0].end <= target.start)):
            why.append(f"{found[1]} '{found[0].text}'" + (f" (before '{target.text}')"
                                                          if later else ""))
            target = found[0]
    if match.is_verb and entry.symmetric and src is not None and source is src.mention and (
            target is None or target.actor.kind == "unknown"):
        partner = partner_phrase(view, src.last, slots)  # "X and his counterpart signed …"
        if partner is not None and partner is not source:
            target = partner
            why.append(f"target: the coordinated party '{partner.text}'")
    if not match.is_verb and source is not None and target is None and view.lang == "en":
        # "announced the release of two nationals", "launched attacks on government websites"
        head, last = match.word, clause[1]
        other = coordinated_noun(view, head + 1, len(view.words) - 1)
        if other is not None:
            # "ordered the arrest and detention of X": the complements follow the last noun
            head = other
            last = clause_bounds(view, head, mention_words)[1]
        demand = entry.type == "REQUEST"
        if demand and head + 2 < len(view.words) and view.words[head + 1].lower == "that":
            last = clause_bounds(view, head + 2, mention_words)[1]  # "its demand that X …"
        found = reach_target(view, head, min(last, head + NOUN_REACH), slots,
                             entry.target_preps, exclude=source, nominal=not _bare_verb(
                                 view, head), demand=demand,
                             patient_of=patient_genitive(view, match))
        if found is None and patient_genitive(view, match):
            owner = possessor_before(view, head, slots)  # "ordered the tanker's release"
            found = (owner, "target: who the event noun happens to ('X's release')") if (
                owner is not None) else None
        if found is not None and found[0] is not source:
            target = found[0]
            why.append(f"{found[1]} '{target.text}'")
    if source is not None and view.lang == "en":
        wielder = _wielder(view, source, earlier, si, slots)
        if wielder is not None and wielder is not source:
            why.append(f"source: '{wielder.text}' used '{source.text}' (a weapon acts for "
                       f"whoever fires it)")
            source = wielder
            if target is source:
                target = None
        elif wielder is None and source.actor.id is None and _fired_weapon(
                view, source, doc.mentions):
            why.append(f"source: none, '{source.text}' is a weapon no one named fired")
            source = None  # "A rocket struck X": the weapon is no party
    accused = _accused_doer(view, match.word, slots) if (
        match.is_verb and view.lang == "en") else None
    if accused is not None and accused is not source and accused.start != (
            source.start if source is not None else -1):
        # "two men accused of killing a teacher": the accused did it, not the prosecutors
        if target is accused:
            target = None
        source = accused
        why.append(f"source: '{accused.text}', who is charged with the deed")
    if view.lang == "en" and source is not None and target is not None and match.is_verb and (
            not passive) and target.actor.id is None and _bare_pronoun(view, target):
        # "the jury convicted him": the person named before, not the word "him"
        pronoun = _pronoun_object(view, clause, match, source, doc, si)
        if pronoun is not None and pronoun[1] is not source:
            target = pronoun[1]
            why.append(f"target: '{pronoun[0]}' refers back to '{target.text}'")
    attributive = _attributive_participle(view, match, slots) if (
        match.is_verb and view.lang == "de") else None
    if attributive is not None:
        # "in einem von Australien finanzierten Lager": the participle's own phrase holds its
        # roles, its agent acts on the noun it describes; the clause's actors are no part
        source, target = attributive
        why.append("roles: the agent inside the attributive participle's phrase"
                   + (f" '{source.text}'" if source is not None else " (none named)")
                   + (f", the noun it describes '{target.text}'" if target is not None else ""))
    attribution = own_attrs[0] if own_attrs else None
    demand = _reported_demand(view, clause, match, attribution, source, earlier, si, slots)
    if demand is not None:
        entry = replace(entry, type="REQUEST", cameo=DEMAND_CAMEO, mode=None, symmetric=False)
        why.append(f"REQUEST: '{demand.text}' demands it (reported '{view.words[clause[0]].text}"
                   f" … müsse/solle')")
        source, target = demand, source
    if source is not None and source.actor.kind == "state" and not inferred_source:
        # "shooting in Prague", "London leidet …": a place says where, not who acts
        place_spans = {(p.start, p.end) for p in places_of(doc)[0]}
        spot = next((x for x in slots if x.mention is source), None)
        setting = setting_place(view, spot, slots, match.word, match.is_verb, set(
            word_set(view.lang, "passive_agent_preps") | word_set(view.lang, "noun_agent_preps")
            | set(entry.source_preps))) if spot is not None and (
            source.start, source.end) in place_spans else None
        if setting is not None:
            why.append(f"source: none, the place '{source.text}' is the setting ({setting})")
            source = None
            # "offices in the US and the UK": its partners are places in the same phrase
            extra_sources = [m for m in extra_sources if not (
                m.actor.kind == "state" and (m.start, m.end) in place_spans)]
    trig_word = view.words[match.word].lower
    if source is not None and source.actor.kind == "state" and trig_word.startswith(
            MILITARY_PREFIXES):
        # "Militärmanöver der USA", "Israels Militärschläge": the state acts through its forces
        source = replace(source, actor=replace(source.actor, sector="MIL"))
        why.append("source sector MIL: a military action of the state")
    if entry.type == "COERCE" and source is not None and target is not None and (
            source.actor.sector in LAW_ENFORCEMENT and target.actor.sector == "REB"
            and source.actor.country and target.actor.country != source.actor.country):
        # "die iranische Polizei nahm Anhänger des IS fest": the members it arrests operate in
        # its own country, and an armed group is coded with the country it operates in
        target = replace(target, actor=replace(target.actor, country=source.actor.country))
        why.append(f"target country {source.actor.country}: arrested where its police acts")
    if entry.type == "PROTEST" and source is not None and source.actor.sector in STATE_SECTORS:
        # states do not take to the streets: a government's "protest" is an official complaint
        # (ACCUSE 114); "der Präsident demonstrierte Stärke" is no event at all
        if entry.lemma not in ("protestieren", "protest"):
            return None
        entry = replace(entry, type="ACCUSE", cameo="114", mode=None)
        why.append("ACCUSE: a state actor's protest is an official complaint")
    # a separable verb's particle is in its clause, whatever a word between cuts off:
    # "lehnt X als Überschrift nicht ab"
    fact_clause = (min(clause[0], *match.words), max(clause[1], *match.words))
    fact, fwhy, own_cue = factuality(view, fact_clause, match.word, attribution is not None
                                     and not attribution.speculative,
                                     statement=entry.type in CONTENT_STATUS)
    refusal = word_set(view.lang, "refusal_modals")
    if fact == "negated" and entry.type in REFUSABLE and source is not None and (
            target is not None) and any(
            w.lower in refusal for w in view.words[clause[0]:clause[1] + 1]):
        # "er werde Y nicht unterstützen", "will nicht mit X verhandeln": a stated refusal
        entry = replace(entry, type="REJECT", cameo=REFUSAL_CAMEO, mode=None, symmetric=False)
        fact, fwhy, own_cue = "asserted", ["REJECT: refuses what it says it will not do ("
                                           "negated 'werde/wolle')"], False
    if attribution is not None and attribution.speculative and fact == "asserted":
        fact, own_cue = "speculative", False
        fwhy = [f"speculative: claim of '{attribution.name}'"]
    if target is not None and entry.type in BUILDING_TARGET_TYPES:
        building = _building_target(view, target, slots)
        if building is not None:
            target = building[0]
            why.append(building[1])
    if source is not None and target is not None and _same_actor(source, target):
        # "Von einer Partei wurde … einer Partei": one actor is not its own counterpart
        why.append(f"target: none, '{target.text}' is the same actor as the source")
        target = None
    words = view.words
    t0 = min(words[k].start for k in match.words)
    t1 = max(words[k].end for k in match.words)
    ev0, ev1 = words[clause[0]].start, words[clause[1]].end
    ev = Event(
        type=entry.type, mode=entry.mode, cameo=entry.cameo, source=source, target=target,
        trigger=(t0, t1), evidence=(min(ev0, t0), max(ev1, t1)), sentence=si,
        factuality=fact, attribution=attribution.name if attribution else None,
        symmetric=entry.symmetric,
        why=[f"trigger '{doc.text[t0:t1]}' → {entry.type} ({entry.lemma}, CAMEO {entry.cameo})",
             *why, *fwhy] + ([f"attribution: {attribution.name} ({attribution.how})"]
                             if attribution else []),
    )
    ev.meta["nominal"] = not match.is_verb
    ev.meta["lemma"] = entry.lemma
    ev.meta["object_entry"] = bool(entry.object)
    ev.meta["own_cue"] = fact if own_cue else None  # intent.py: a stated intention or refusal
    ev.meta["also_sources"] = extra_sources
    ev.meta["also_targets"] = extra_targets
    ev.meta["headline"] = bool(doc.title) and doc.sentences[si].text.strip() == doc.title.strip()
    scope_end = complement[1] if complement else clause[1]
    ev.meta["scope"] = (words[clause[0]].start, words[scope_end].end)
    ev.meta["clause"] = clause
    t = view.words[match.word]
    # "hatte … gefordert und für einen neuen Ansatz geworben": a coordinated verb that shares
    # the subject of the verb before it
    ev.meta["shared_subject"] = bool(
        match.is_verb and view.has_dep and t.dep == "conj" and 0 <= t.head < match.word
        and source is not None and source.start < words[t.head].start)
    ev.meta["infinitive"] = infinitive or (complement if complement and view.lang == "de"
                                           else None)
    ev.meta["word"] = match.word
    ev.meta["passive"] = passive
    ev.meta["inferred_source"] = inferred_source
    ev.meta["relative_of"] = _relative_head(view, clause)
    ev.meta["definite"] = _definite(view, match.word)
    return ev


DEMAND_CAMEO = "100"
# types whose object may be a building hit or searched ("bombed a school", "raided houses")
BUILDING_TARGET_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
ANSWERS = {"REJECT", "CONCEDE", "AGREE"}  # what one does with a demand made of one
# types whose target may be the people of a place ("imposed a curfew in Basra")
PLACE_TARGET_TYPES = {"MOBILIZE", "AGREE", "COERCE", "SANCTION", "AID", "CONCEDE", "RETREAT",
                      "ASSAULT"}
# the people a verb of these types takes are acted on, not sent to whom a 'to' names
PEOPLE_PATIENT_TYPES = {"COERCE", "RETREAT", "ASSAULT"}
NOUN_REACH = 8  # an event noun's complements follow it closely ("attacks on a number of …")
REFUSAL_CAMEO = "120"
FORUM_ACTS = {"REQUEST", "AGREE", "SUPPORT"}  # addressed to the body they are made in
# what an actor can refuse to do: support, agree, cooperate, give, talk, yield, pull back
REFUSABLE = {"SUPPORT", "AGREE", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"}


def _reported_demand(view: SentenceView, clause: tuple[int, int], match: TriggerMatch,
                     attribution: Attribution | None, subject: Mention | None,
                     earlier: list[Event], si: int,
                     slots: list[MentionSlot] = ()) -> Mention | None:
    """In reported speech "Südkorea müsse sich entschuldigen" is the speaker's demand that
    Südkorea apologise: the speaker, when one can be named ("Norway said Israel must …": the
    subject of the reporting verb before the clause)."""
    if not match.is_verb or subject is None:
        return None
    modals = [m.split() for m in grammar(view.lang).get("deontic_reported") or ()]
    lo = clause[0]  # the modal may stand in the first of coordinated clauses: "X müsse sich
    while lo > 0 and view.words[lo - 1].text not in (",", ";", ":"):  # entschuldigen und …
        lo -= 1                                                       # hinrichten lassen"
    words = [w.lower for w in view.words[lo:clause[1] + 1]]
    if not any(words[k:k + len(m)] == m for m in modals for k in range(len(words))):
        return None
    if attribution is not None and attribution.mention is not None:
        speaker = attribution.mention
    elif (reporter := _reporting_subject(view, view.word_at(subject.start), slots)) is not None:
        speaker = reporter
    elif (after := _inverted_reporter(view, clause[1], slots)) is not None:
        speaker = after.mention  # "X müsse abziehen, forderte Y"
    else:
        recent = [e for e in earlier if e.source is not None and si - e.sentence <= 2]
        speaker = recent[-1].source if recent else None
    if speaker is None or speaker.actor == subject.actor:
        return None
    return speaker


REPORTER_GAP = 4  # words between a reporting verb and its subject ("Norway on Friday said")


def _inverted_reporter(view: SentenceView, end: int, slots: list[MentionSlot]
                       ) -> MentionSlot | None:
    """The subject of a verb that opens the clause right after word `end` and its comma, with
    its subject after it: the speaker of the words before ("X müsse abziehen, forderte Y")."""
    k = end + 1
    if view.lang != "de" or not view.has_dep or k + 1 >= len(view.words) or view.words[
            k].text != "," or view.words[k + 1].pos != "VERB":
        return None
    verb = k + 1
    return next((s for s in slots if s.first > verb and not s.prep and any(
        view.words[j].head == verb and view.words[j].dep == "nsubj"
        for j in range(s.first, s.last + 1))), None)


def _fronted_content_actor(view: SentenceView, clause: tuple[int, int], match: TriggerMatch,
                           slots: list[MentionSlot], source: Mention) -> MentionSlot | None:
    """For a speech-act verb that opens its clause after a comma with its subject after it
    ("Russland breche das Abkommen, kritisierte X"): the first active subject among the
    actors in the words before the comma, which the verb reports on."""
    if view.lang != "de" or clause[0] != min(match.words) or clause[0] < 2 or view.words[
            clause[0] - 1].text != ",":
        return None
    if view.word_at(source.start) <= match.word:
        return None  # the source must follow the verb
    lo = clause[0] - 2
    while lo > 0 and view.words[lo - 1].text not in CLAUSE_PUNCT:
        lo -= 1
    relatives = word_set(view.lang, "relative_pronouns")
    if (lo > 0 and view.words[lo].lower in relatives) or not any(
            w.pos in ("VERB", "AUX") for w in view.words[lo:clause[0] - 1]):
        return None  # "Das Image, das X pflegte, lehnt Y ab": a fronted object, no report
    # the one who acts in the reported words: their (active) subject, not whom they befell
    # ("…, im Nordirak seien Zivilisten getötet worden, leitete X eine Untersuchung ein")
    before = [s for s in slots if lo <= s.first and s.last < clause[0] - 1 and not s.prep
              and s.mention.actor != source.actor and any(
                  view.words[j].dep == "nsubj" and not s.first <= view.words[j].head <= s.last
                  for j in range(s.first, s.last + 1))]
    return min(before, key=lambda s: s.first) if before else None


def _reporting_subject(view: SentenceView, before: int,
                       slots: list[MentionSlot]) -> Mention | None:
    """The actor that says the clause starting at word `before`: the subject of the nearest
    reporting verb in front of it ("Norway said (that) X must …", "Russia says X must …")."""
    reporting = cue_set(view.lang, "reporting_verbs")[0]
    for k in range(before - 1, -1, -1):
        w = view.words[k]
        if view.has_pos and w.pos not in ("VERB", "AUX"):
            continue
        if not (w.lemmas & reporting):
            continue
        near = [s for s in slots if s.last < k and k - s.last <= REPORTER_GAP]
        parsed = [s for s in slots if s.last < k and any(  # "X's ambassador to the AU said"
            view.words[j].head == k and view.words[j].dep.startswith("nsubj")
            for j in range(s.first, s.last + 1))] if view.has_dep else []
        subjects = parsed or ([s for s in near if s.last == k - 1] if view.has_dep else near)
        return subjects[-1].mention if subjects else None
    return None


# what is refused did not happen; what is promised, demanded or threatened is yet to come
CONTENT_STATUS = {"REJECT": "negated", "AGREE": "future", "REQUEST": "future",
                  "THREATEN": "future"}
MILITARY_PREFIXES = (*word_tuple("de", "military_prefixes"), *word_tuple("en", "military_prefixes"))
LAW_ENFORCEMENT = {"COP", "JUD"}  # act on their own territory
STATE_SECTORS = {"GOV", "MIL", "SPY", "JUD", "COP", "LEG", "IGO"}
RECIPIENT_PREPS = word_set("de", "recipient_preps") | word_set("en", "recipient_preps")
SUPPORT_DEPS = {"obj", "dobj"}  # "nach Gesprächen … fand statt" (obl) is no support verb


ADJECTIVE_SECTOR = {"ASSAULT": "MIL", "MOBILIZE": "MIL", "PROTEST": "CVL"}  # else GOV


def _adjective_actor(view: SentenceView, noun: int, type_: str, si: int) -> Mention | None:
    """A state named by the adjective right before an event noun: "israelische Luftangriffe"
    are Israel's military acting, "amerikanische Sanktionen" its government's."""
    from eventcoder.resolve.kb import load_kb

    k = noun - 1
    forms = ("adj",)
    if view.lang == "en":
        # "Israeli air strikes", "a Saudi-led strike", "US-led raids": a capitalised state
        # adjective, or a state that leads, before the noun's lower-case modifiers
        while k >= 0 and noun - k <= 2 and view.words[k].text.islower() and view.words[
                k].pos in ("NOUN", "ADJ") and view.words[k].lower != "led":
            k -= 1
        if k >= 2 and view.words[k].lower == "led" and view.words[k - 1].tag == "HYPH":
            k, forms = k - 2, ("adj", "name", "acronym")
        if k < 0 or not view.words[k].text[:1].isupper():
            return None
    elif k < 0 or not view.words[k].text[:1].islower():
        return None
    w = view.words[k]
    hits = [h for h in load_kb().lookup(w.text, lang=view.lang)
            if h.form in forms and h.actor.kind == "state"]
    if not hits:
        return None
    actor = replace(hits[0].actor, sector=ADJECTIVE_SECTOR.get(type_, "GOV"))
    return Mention(w.start, w.end, w.text, actor, si, how="adjective of the event noun")


def _force_head(view: SentenceView, m: Mention) -> int | None:
    """Index of the mention's head word when it is a weapon or fire ("two Israeli missiles",
    "police bullets", "rocket fire from Gaza"), else None."""
    if not (view.start <= m.start < view.end):
        return None
    first, last = view.word_at(m.start), view.word_at(max(m.start, m.end - 1))
    k = first
    while k < last and view.words[k + 1].pos != "ADP" and view.words[k + 1].text not in (
            CLAUSE_PUNCT):
        k += 1
    forces = {str(w) for w in grammar(view.lang).get("force_nouns") or ()}
    head = view.words[k]
    return k if head.lemmas & forces or head.lower in forces else None


def _fired_weapon(view: SentenceView, m: Mention, mentions: list[Mention]) -> bool:
    """The mention's head is a weapon fired from afar (grammar `fired_weapon_nouns`: "a
    rocket", "two missiles") and no other mention before the head names who fired it
    ("Government rockets")."""
    head = _force_head(view, m)
    fired = word_set(view.lang, "fired_weapon_nouns")
    if head is None or not (view.words[head].lemmas & fired or view.words[head].lower in fired):
        return False
    return not any(x is not m and m.start <= x.start and x.end <= view.words[head].start
                   for x in mentions)


def _wielder(view: SentenceView, source: Mention, earlier: list[Event], si: int,
             slots: list[MentionSlot]) -> Mention | None:
    """Who used the weapon a source phrase names: an actor named in the phrase or right
    before it ("Israeli missiles", "police bullets", "Syrian government | warplanes"), else
    the attacker of the last attack in this sentence or the one before; None when there is
    none. A source that is no weapon comes back unchanged."""
    from eventcoder.resolve.kb import load_kb

    if source.actor.id is not None:
        return source
    head = _force_head(view, source)
    if head is None:
        return source
    first = view.word_at(source.start)
    for sl in slots:  # a KB actor inside the phrase or ending right before it
        if (first <= sl.first and sl.last < head) or sl.last == first - 1 and not sl.prep:
            return sl.mention
    for j in range(view.word_at(source.start), head):
        w = view.words[j]
        if w.text[:1].isupper():
            hits = [h for h in load_kb().lookup(w.text, lang=view.lang)
                    if h.form in ("adj", "name", "acronym") and h.actor.kind == "state"]
            if hits:
                return Mention(w.start, w.end, w.text, replace(hits[0].actor, sector="MIL"), si,
                               how="the state whose weapon it is")
        sector = phrase_sector(w.text, view.lang) if w.pos == "NOUN" else None
        if sector in LAW_ENFORCEMENT | {"MIL"}:
            return Mention(w.start, w.end, w.text, Actor(
                None, None, source.actor.country, sector, "org"), si,
                how="the force whose weapon it is")
    for e in reversed(earlier):
        if si - e.sentence > 1:
            break
        if e.type == "ASSAULT" and e.source is not None and e.source.actor.kind != "unknown":
            return e.source
    return None


def _support_verb_subject(view: SentenceView, noun: int, slots: list[MentionSlot]):
    """An event noun as the object of a support verb takes that verb's subject: "X launched a
    mediation effort", "X nahm Gespräche mit Y auf" (through the parse)."""
    head = _object_verb(view, noun)
    if head is None:
        return None
    for s in slots:
        if any(view.words[k].head == head and view.words[k].dep.startswith("nsubj")
               and not view.words[k].dep.endswith("pass") for k in range(s.first, s.last + 1)
               ) and not _speaker_label(view, s, noun):
            return s
    return None


def _object_verb(view: SentenceView, noun: int) -> int | None:
    """The verb whose object the event noun is, through the parse; the noun may modify that
    object ("launched a mediation effort")."""
    if not view.has_dep:
        return None
    w = view.words[noun]
    head = w.head
    if head >= 0 and w.dep in ("compound", "amod", "nmod") and view.words[head].pos == "NOUN":
        w, head = view.words[head], view.words[head].head
    if head < 0 or w.dep not in SUPPORT_DEPS or view.words[head].pos not in ("VERB", "AUX"):
        return None
    return head


def _undergoer_verb(view: SentenceView, noun: int) -> int | None:
    """The verb of undergoing (`undergoer_verbs`) whose object the event noun is: "faces sharp
    criticism", "erntete Kritik"."""
    head = _object_verb(view, noun)
    return head if head is not None and view.words[head].lemmas & word_set(
        view.lang, "undergoer_verbs") else None


SPEAKER_MARKS = {":", "–", "—", "--"}


def _speaker_label(view: SentenceView, slot: MentionSlot, k: int) -> bool:
    """A colon or dash stands between the mention and word k: "Merkel: '…' – Liberale
    kündigen Widerstand an" names who speaks in a headline, not who acts after it."""
    lo, hi = sorted((slot.last, k))
    return any(w.text in SPEAKER_MARKS for w in view.words[lo + 1:hi])


def _state_of_place(view: SentenceView, match: TriggerMatch, slots: list[MentionSlot],
                    clause: tuple[int, int]) -> Mention | None:
    """The state a passive act with no agent was done in or sent out of: its authorities did
    it ("was arrested in Rwanda", "were expelled from North Korea")."""
    preps = (grammar(view.lang).get("state_place_agents") or {}).get(match.entry.type)
    if not preps:
        return None
    for s in slots:
        if s.prep in preps and s.first > max(match.words) and s.last <= clause[1] and (
                s.mention.actor.kind == "state" and s.first - max(match.words) <= 6):
            return s.mention
    return None


def _finite(view: SentenceView, k: int) -> bool:
    """The English verb at k is finite or follows an auxiliary: a clause's own verb, not a
    participle that modifies a noun ("a citizen convicted last year")."""
    w = view.words[k]
    if k > 0 and view.words[k - 1].lower == "to":
        return False  # "to deliver aid": an infinitive
    return w.tag in ("VBD", "VBZ", "VBP") or (w.tag in ("VBN", "VBG", "VB") and k > 0 and (
        view.words[k - 1].pos == "AUX" or view.words[k - 1].lower in ("not", "n't")))


DASHES = {"--", "—", "–"}


def _separated(view: SentenceView, a: int, b: int) -> bool:
    """Words a and b lie in different phrases: a verb, preposition, conjunction or dash stands
    between them ("KILIS, Turkey -- A Turkish court"), not just a possessive or a bracket
    ("the NATO alliance", "Abbas's office", "Jihad (PIJ) organization")."""
    return any(w.pos in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or (
        w.pos == "PUNCT" and w.text not in (".", "(", ")") and w.tag != "HYPH")
        for w in view.words[a + 1:b])  # "Iran-allied group" is one phrase


def _purpose_governor(view: SentenceView, trig: int) -> int | None:
    """The verb whose purpose the to-infinitive at `trig` states, when that verb's subject
    also does the infinitive ("called Y on Friday to congratulate him"); None after verbs
    whose object does it ("urged Y to leave") or outside an infinitive."""
    k = trig - 1
    while k >= 0 and view.words[k].pos == "ADV":
        k -= 1
    if k < 1 or view.words[k].lower != "to":
        return None
    control = word_set(view.lang, "object_control_verbs")
    relatives = word_set(view.lang, "relative_pronouns")
    noun_preps = word_set(view.lang, "noun_complement_preps")
    for j in range(k - 1, max(-1, k - 12), -1):
        w = view.words[j]
        if w.text in CLAUSE_PUNCT or w.pos in ("SCONJ", "AUX") or w.lower in relatives:
            return None
        if w.lower in noun_preps:
            return None  # "over the refusal of Y | to recognise": the infinitive is the noun's
        if w.pos == "VERB":
            nxt = view.words[j + 1].lower
            if w.lemmas & control or nxt in ("on", "upon") or w.tag == "VBG" or (
                    w.tag == "VBN" and not _finite(view, j) and any(
                        _finite(view, v.i) for v in view.words[:j] if v.pos in ("VERB", "AUX"))):
                return None  # "the troops deployed to …": a participle, not a clause's verb
            return j
    return None


def _building_target(view: SentenceView, target: Mention, slots: list[MentionSlot]
                     ) -> tuple[Mention | None, str] | None:
    """A building as the target ("bombed a school", "searched apartment buildings"; grammar
    `building_nouns`) is a place, no party: the actor named in it owns it ("a UN school"),
    else there is no target. None when the target is no building."""
    if target.actor.id is not None:
        return None
    nouns = word_set(view.lang, "building_nouns")
    first, last = view.word_at(target.start), view.word_at(target.end - 1)
    words = view.words
    head = next((k for k in range(first, last + 1) if words[k].pos in ("NOUN", "")
                 and (words[k].lower in nouns or words[k].lemmas & nouns) and (
                     k == last or words[k + 1].pos in ("ADP", "PUNCT"))), None)
    if head is None:
        return None
    owner = next((s.mention for s in slots if first <= s.first and s.last < head), None)
    if owner is None:  # "a government compound", "the police station"
        people = _person_nouns(view.lang) - nouns
        k = next((k for k in range(first, head) if words[k].pos in ("NOUN", "PROPN", "")
                  and (words[k].lower in people or words[k].lemmas & people)), None)
        j = k
        while k is not None and j > first and words[j - 1].text[:1].isupper() and words[
                j - 1].pos in ("PROPN", "ADJ", "NOUN"):
            j -= 1  # "the Supreme Court building": the whole name
        owner = _text_mention(view, j, k) if k is not None else None
    if owner is not None:
        return owner, f"target: '{owner.text}', whose building '{target.text}' was hit"
    return None, f"target: none, '{target.text}' is a building, no party"


def _drop_targetless_twins(events: list[Event]) -> list[Event]:
    """One act told twice in a sentence, once with its target: "was arrested by police …
    within hours of being detained" is one arrest."""
    def twin(e: Event, o: Event) -> bool:
        return o is not e and o.type == e.type and o.target is not None and (
            o.factuality == e.factuality) and actor_key(o.source) == actor_key(e.source)
    return [e for e in events if e.target is not None or e.source is None
            or not any(twin(e, o) for o in events)]


def _withholds_information(view: SentenceView, ev: Event) -> bool:
    """A refusal to say something ("police declined to release the names", "refused to
    comment"): withholding information from the press, no act aimed at an actor."""
    inf = ev.meta.get("infinitive")
    if ev.type != "REJECT" or not inf:
        return False
    k = inf[0] + 1
    if view.has_pos:
        k = past_adverbs(view, k, inf[1])
    if k >= len(view.words):
        return False
    if view.words[k].lemmas & word_set(view.lang, "information_verbs", "scope"):
        return True
    nouns = word_set(view.lang, "information_nouns", "scope")
    for j in range(k + 1, min(k + 4, inf[1] + 1, len(view.words))):  # "release the names"
        if view.words[j].lower in nouns:
            return True
        if view.words[j].pos not in ("DET", "ADJ", "NUM", "PRON"):
            break
    return False


def _denies_facts(view: SentenceView, ev: Event, match: TriggerMatch,
                  mention_words: set[int]) -> bool:
    """A denial of a report or a fact that names no actor as target ("dementierte einen
    Bericht", "bestreitet, dass es einen Kessel gab", "rejected reports that …"): a statement
    about facts, no answer to an actor (`report_denial_verbs`, `fact_denial_verbs`,
    `report_nouns`, `accusation_nouns` in scope.yaml). A denied accusation or demand stays."""
    lemma = ev.meta.get("lemma")
    lang = view.lang
    if ev.type != "REJECT" or not match.is_verb or lemma not in word_set(
            lang, "report_denial_verbs", "scope"):
        return False
    reports = word_set(lang, "report_nouns", "scope")
    if ev.target is not None and not (ev.target.actor.id is None and any(
            w.lower() in reports for w in ev.target.text.split()[-1:])):
        return False  # "wies die Berichte der Opposition zurück": the opposition is answered
    verb = match.word
    if object_is(view, verb, mention_words, reports):
        return True
    if lemma not in word_set(lang, "fact_denial_verbs", "scope"):
        return False
    if object_is(view, verb, mention_words, word_set(lang, "accusation_nouns", "scope")):
        return False  # "bestritt die Vorwürfe": the accuser is answered
    relatives = word_set(lang, "relative_pronouns")
    return not any(w.pos == "PRON" and w.lower not in relatives | {"sich"}
                   for w in object_words(view, verb, mention_words)) and not (
        _relative_clause_object(view, verb, mention_words))


def _relative_clause_object(view: SentenceView, verb: int, mention_words: set[int]) -> bool:
    """The verb stands in a relative clause whose pronoun is its object ("…, was Washington
    bestreitet", "…, die er bestreitet"): what it denies is said before, maybe an accusation."""
    first, _ = clause_bounds(view, verb, mention_words)
    relatives = word_set(view.lang, "relative_pronouns") | word_set(view.lang, "question_words")
    return any(view.words[k].lower in relatives and k > 0 and view.words[k - 1].text == ","
               for k in range(first, min(first + 2, verb)))


def _to_infinitive(view: SentenceView, match: TriggerMatch,
                   clause: tuple[int, int]) -> tuple[int, int] | None:
    """English "refused to send …", "agreed to accept …": the words after "to" + verb."""
    if view.lang != "en":
        return None
    k = max(match.words) + 1
    if k < len(view.words) and view.words[k].lower in ("not", "never"):
        k += 1
    if k + 1 <= clause[1] and view.words[k].lower == "to" and (not view.has_pos or view.words[
            past_adverbs(view, k + 1, clause[1])].pos in ("VERB", "AUX")):  # "to (openly) defy"
        return k, clause[1]
    for w in sorted(match.words)[1:]:  # "threatened | to attack": the object is an infinitive
        if w - 1 > match.word and w - 1 not in match.words and view.words[w - 1].lower == "to":
            return w - 1, clause[1]
    return None


def _controlled_object(view: SentenceView, to: int, obj: Mention) -> bool:
    """The infinitive after word `to` is an object-control verb and its object does what the
    next to-infinitive says ("refused to allow the plane | to land"): the object acts."""
    verb = view.words[past_adverbs(view, to + 1, len(view.words) - 1)]
    nxt = view.word_at(obj.end)
    return bool(verb.lemmas & word_set(view.lang, "object_control_verbs")) and (
        nxt < len(view.words) and view.words[nxt].lower == "to")


def _verb_between(view: SentenceView, first: Mention, second: Mention) -> bool:
    """A verb stands between the two mentions: the second belongs to another verb
    ("an investigation into X on suspicion of degrading the Turkish people")."""
    return any(w.pos == "VERB" and first.end <= w.start and w.end <= second.start
               for w in view.words)


def _object_before(view: SentenceView, found: tuple[Mention, str], target: Mention) -> bool:
    """The verb's object names people outside the KB and ends before the target found so
    far, and no coordination joins the two ("arrested a man suspected of … | Islamic
    State")."""
    mention, reason = found
    if reason != OBJECT_REASON or mention.actor.id is not None or mention.end > target.start:
        return False
    head = view.words[view.word_at(mention.end) - 1]
    if head.lemmas & word_set(view.lang, "force_nouns"):
        return False  # "fired three rockets into X": the weapon, not who is hit
    nxt = view.word_at(mention.end)
    relatives = word_set(view.lang, "relative_pronouns")
    if nxt + 1 < len(view.words) and view.words[nxt].text == "," and view.words[
            nxt + 1].lower in relatives:
        return True  # "captured eight pirates, | who were handed over to X": X is no object
    return nxt < len(view.words) and view.words[nxt].lower not in set(
        grammar(view.lang).get("coordinators") or ()) and view.words[nxt].text != ","


def _bare_verb(view: SentenceView, k: int) -> bool:
    """A trigger tagged as a noun that acts like a verb, an article right after it and none
    before ("Forces arrest a person suspected of …" in a caption)."""
    if not view.has_pos or k + 1 >= len(view.words) or view.words[k + 1].pos != "DET":
        return False
    return k == 0 or view.words[k - 1].pos in ("NOUN", "PROPN")


def _modifier(view: SentenceView, slot: MentionSlot) -> bool:
    """The mention is the source's own ("its ambassador") or modifies a noun ("military aid",
    "the government headquarters"): not the party acted on."""
    owners = grammar(view.lang).get("possessive_determiners") or ()
    after = view.words[slot.last + 1] if slot.last + 1 < len(view.words) else None
    last = view.words[slot.last]
    compound = last.dep in ("compound", "amod") if view.has_dep else last.pos != "PROPN"
    return (slot.first > 0 and view.words[slot.first - 1].lower in owners) or (
        after is not None and after.pos == "NOUN" and compound)


def _slot_words(slots: list[MentionSlot]) -> set[int]:
    """The words the sentence's KB mentions take up."""
    return {k for sl in slots for k in range(sl.first, sl.last + 1)}


ADJUNCT_OPENERS = word_set("en", "adjunct_openers")


def _participle_adjunct(view: SentenceView, k: int) -> bool:
    """An English -ing participle after a comma that adds to a clause ("…, killing five")."""
    w = view.words[k]
    j = k - 1  # "…, while also condemning X", "…, thereby forcing …"
    while j > 0 and (view.words[j].lower in ADJUNCT_OPENERS or view.words[j].pos == "ADV"):
        j -= 1
    return ((w.tag == "VBG" or w.lower.endswith("ing")) and j >= 1 and view.words[j].text == ","
            and view.words[j - 1].lower not in ("is", "are", "was", "were", "been", "be"))


def _main_subject(view: SentenceView, k: int, slots: list[MentionSlot]) -> Mention | None:
    """The subject of the finite verb the participle at k belongs to."""
    verbs = [w.i for w in view.words[:k] if w.pos == "VERB" and (
        w.tag in ("VBD", "VBZ", "VBP") or (w.tag == "VBN" and w.i > 0 and view.words[
            w.i - 1].pos == "AUX"))]  # "AQAP has carried out attacks, killing …"
    if not verbs:
        return None
    root = verbs[0]
    for sl in slots:
        w = view.words[sl.last]
        if sl.last < root and w.dep.startswith("nsubj") and w.head == root and not sl.prep:
            return sl.mention
    return subject_of(view, root, slots)


def _reciprocal(view: SentenceView, clause: tuple[int, int]) -> bool:
    words = [w.lower for w in view.words[clause[0]:clause[1] + 1]]
    text = " ".join(words)
    return any(f" {a} " in f" {text} " for a in grammar(view.lang).get("reciprocal_anaphors") or ())


def _coordinated(view: SentenceView, slot: MentionSlot,
                 slots: list[MentionSlot]) -> list[MentionSlot]:
    """Actors coordinated with `slot`, before or after it: "die USA und Russland",
    "Washington und Seoul"."""
    conj = {c for c in grammar(view.lang).get("coordinators") or () if " " not in c}
    skip = {"der", "die", "das", "den", "dem", "des", "the", ","}
    ordered = sorted(slots, key=lambda s: s.first)

    def joined(a: MentionSlot, b: MentionSlot) -> bool:
        between = [w.lower for w in view.words[a.last + 1:b.first] if w.lower not in skip]
        return (len(between) == 1 and between[0] in conj) or (
            not between and view.words[b.first - 1].text == ",")

    k = ordered.index(slot)
    lo = hi = k
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    # commas alone make no list ("Speaking to Xi, Kiribati's president …"); a coordinator
    # inside the chain or right after it does ("Caritas, Rotes Kreuz und Volkshilfe")
    inside = view.words[ordered[lo].last + 1:ordered[hi].first]
    after = view.words[ordered[hi].last + 1:ordered[hi].last + 2]
    if not any(w.lower in conj for w in inside + after):
        return []
    return [s for s in ordered[lo:hi + 1] if s is not slot]


PRONOUN_REACH = 3  # sentences back that a subject pronoun may point
# what is done to a suspect: a later "he was charged" refers to the one these acted on
SUSPECT_TYPES = {"COERCE", "ACCUSE", "SANCTION"}


def _instrument(view: SentenceView, m: Mention) -> bool:
    """The phrase is headed by a weapon or its like (grammar `instrument_nouns`: "a bomb",
    "the rockets"): a thing, no actor."""
    words = [w for w in view.words if m.start <= w.start and w.end <= m.end]
    nouns = word_set(view.lang, "instrument_nouns")
    return bool(words) and bool({words[-1].lower, *words[-1].lemmas} & nouns)


def _accused_doer(view: SentenceView, k: int, slots: list[MentionSlot]) -> Mention | None:
    """Who a gerund after a charge verb says did the deed ("two men | accused of killing X",
    "he was convicted of shooting X", "convicted the driver of killing X"): the noun the
    participle describes, the passive subject or the object of the charge verb."""
    w = view.words[k]
    if w.tag != "VBG" or k == 0 or view.words[k - 1].lower not in ("of", "with") or (
            not view.has_dep):
        return None
    charge = view.words[w.head]
    if charge.i == k or not charge.lemmas & (word_set(view.lang, "charge_verbs") | {"charge"}):
        return None
    doer = None
    if charge.dep == "acl" and view.words[charge.head].pos in ("NOUN", "PROPN"):
        doer = charge.head  # "two men | accused of …"
    elif charge.tag == "VBN" and charge.i > 0 and view.words[charge.i - 1].pos in (
            "NOUN", "PROPN"):
        doer = charge.i - 1  # the same, whatever the parse hangs the participle on
    else:
        doer = next((x.i for x in view.words if x.head == charge.i and x.dep in (
            "nsubj:pass", "obj") and x.pos in ("NOUN", "PROPN")), None)
    if doer is None:
        return None
    first = min([doer] + [x.i for x in view.words if x.head == doer and x.i < doer and x.dep in (
        "det", "amod", "nummod", "compound", "flat")])
    for s in slots:
        if s.first <= doer <= s.last:
            return s.mention
    return _text_mention(view, first, doer)


def _bare_pronoun(view: SentenceView, m: Mention) -> bool:
    """The mention is a lone personal or relative pronoun ("he", "who")."""
    g = grammar(view.lang)
    words = m.text.lower().split()
    return len(words) == 1 and (words[0] in (g.get("subject_pronouns") or {}) or words[0] in set(
        g.get("relative_pronouns") or ()) or words[0] in set(g.get("object_pronouns") or ()))


def _passive_patient(view: SentenceView, match: TriggerMatch, slots: list[MentionSlot],
                     earlier: list[Event], doc: Document, si: int, source: Mention
                     ) -> tuple[Mention, str] | None:
    """Who an English passive acts on when its subject is no noun phrase: the noun a relative
    'who' hangs on ("a man who was arrested"), the suspect a 'he' / 'she' refers back to (the
    one acted on in the story's last arrest or charge, a name or a person noun before), a person
    noun or name the parse makes its subject, or, with no subject of its own, the subject of
    the verb it depends on ("X is due to be sentenced", "X died after being
    arrested")."""
    if not view.has_dep:
        return None
    g = grammar(view.lang)
    persons = {p for p, kind in (g.get("subject_pronouns") or {}).items() if kind == "person"}
    relatives = set(g.get("relative_pronouns") or ()) | {"that"}
    verbs = set(match.words)
    t = view.words[match.word]
    if t.dep == "conj" and 0 <= t.head < match.word and view.words[t.head].pos == "VERB" and (
            not any(w.head == match.word and w.dep.startswith("nsubj") for w in view.words)):
        verbs.add(t.head)  # "were arrested in X, charged with Y": the first verb's subject
    subj = next((w for w in view.words if w.head in verbs and w.dep.startswith("nsubj")), None)
    if subj is not None and subj.lower in relatives:
        k = subj.i - 1 if subj.i > 0 and view.words[subj.i - 1].text == "," else subj.i
        head = subject_of(view, k, slots)  # "Tom Hale, who was arrested"
        of = [w.i for w in view.words[view.word_at(head.start):k] if w.lower == "of"] if (
            head is not None and head.actor.id is None) else []
        if of and of[-1] + 1 < k:  # "the family of the slain teen, who was hit": the teen
            head = _subject_mention(view, of[-1] + 1, k - 1) if k < subj.i else head
        if head is None and subj.lower in set(g.get("person_relatives") or ()) and k >= 1:
            head = _person_before(view, k - 1)  # "Timmons, who was arrested": a person
        if head is not None and not _bare_pronoun(view, head):
            return head, f"target: '{head.text}', whom the relative '{subj.text}' stands for"
        return None
    if subj is not None and subj.lower in persons:
        found: list[tuple[Mention, str]] = []
        for e in reversed(earlier):
            if si - e.sentence > PRONOUN_REACH:
                break
            t = e.target
            if e.type in SUSPECT_TYPES and t is not None and t.actor.kind in (
                    "person", "unknown") and not _bare_pronoun(view, t) and (
                    t.actor.sector not in LAW_ENFORCEMENT):
                found.append((t, f"target: '{subj.text}' is '{t.text}', acted on before"))
                break
        name = _named_subject_before(doc, si, set(persons))
        if name is not None:
            found.append((name, f"target: '{subj.text}' is '{name.text}', the named subject "
                                f"before"))
        agrees = (grammar(view.lang).get("passive_pronoun_agreement") or {}).get(subj.lower)
        text = _text_antecedent(doc, si, subj, source, set(agrees)) if (
            agrees and not found) else None
        if text is not None:  # "Police stopped the driver … He has been charged"
            found.append((text, f"target: '{subj.text}' is '{text.text}', the person named "
                                f"before (not in the KB)"))
        # the nearer of the two: the one acted on last, or the name a sentence since began with
        return max(found, key=lambda f: f[0].start) if found else None
    if subj is not None and subj.text[:1].isupper() and subj.pos in ("PROPN", "ADJ") and (
            subj.i > 0 or re.search(rf"[\w,] {re.escape(subj.text)}\b", doc.text)):
        # "Orozco was arrested": a name (capitalised also inside a sentence) the KB lacks
        span = _unknown_name(view, subj)
        if span is not None:
            name = Mention(span[0], span[1], doc.text[span[0]:span[1]],
                           Actor(None, None, None, None, "person"),
                           how="noun phrase (not in the KB)")
            return name, f"target: '{name.text}', the parse's passive subject (not in the KB)"
    if subj is not None and subj.pos == "NOUN" and person_noun(
            {subj.lower, *subj.lemmas}, _person_nouns(view.lang)):
        # "Two leaders of sects with ties to X were arrested": the parse's subject, a person
        # noun, whose phrase the subject reader lost at a KB name inside it
        lo = hi = subj.i
        while lo > 0 and view.words[lo - 1].head == subj.i and view.words[lo - 1].dep in (
                "det", "amod", "nummod", "compound"):
            lo -= 1
        of = view.words[hi + 1] if hi + 1 < len(view.words) else None
        if of is not None and of.lower == "of":
            obj = next((w for w in view.words if w.head == subj.i and w.i > of.i and (
                w.dep.startswith("nmod")) and of.head == w.i), None)
            hi = obj.i if obj is not None else hi
        head = _subject_mention(view, lo, hi)
        head.actor.kind = "group" if subj.number == "Plur" else "person"
        return head, f"target: '{head.text}', the parse's passive subject (not in the KB)"
    # no subject of its own: that of the verb it hangs on ("is due to be sentenced", "died
    # after being arrested", "within hours of being detained")
    k, steps = match.word, 0
    while subj is None and 0 <= view.words[k].head != k and steps < 4:
        k, steps = view.words[k].head, steps + 1
        w = view.words[k]
        if w.pos in ("VERB", "AUX") and k < match.word and any(
                c.head == k and c.dep in ("nsubj", "nsubj:pass") for c in view.words):
            main = subject_of(view, k, slots)
            if main is not None and not _bare_pronoun(view, main):
                return main, f"target: '{main.text}', the subject of '{w.text}'"
            break
        if view.words[k].dep in ("root", "ROOT"):
            break
    return None


def _person_before(view: SentenceView, last: int) -> Mention | None:
    """The noun phrase ending at word `last` as a person outside the KB: what a relative 'who'
    stands for, whatever the tagger makes of an unknown name ("Timmons, who …")."""
    if view.words[last].pos not in ("NOUN", "PROPN"):
        return None
    first = last
    while first > 0 and view.words[first - 1].pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") and (
            last - first < 5):
        first -= 1
    mention = _subject_mention(view, first, last)
    mention.actor.kind = "person"
    return mention


def _named_subject_before(doc: Document, si: int, pronouns: set[str]) -> Mention | None:
    """The name that is the subject of the main verb in one of the sentences before (within
    PRONOUN_REACH; a sentence whose subject is itself a 'he' / 'she' is passed over, a
    reporting verb's speaker does not count): "Simpson faces life in prison. He will be
    sentenced …"."""
    reporting = cue_set(doc.lang or "en", "reporting_verbs")[0]
    for j in range(si - 1, max(-1, si - 1 - PRONOUN_REACH), -1):
        sent = doc.sentences[j]
        view = sentence_view(doc.parsed, sent.start, sent.end, doc.lang or "en")
        root = next((w for w in view.words if w.dep in ("root", "ROOT")), None)
        if root is None:
            continue
        subj = next((w for w in view.words if w.head == root.i and w.dep in (
            "nsubj", "nsubj:pass")), None)
        if subj is None or subj.lower in pronouns:
            continue
        if subj.pos != "PROPN" or root.lemmas & set(reporting):
            return None
        first = subj.i
        while first > 0 and view.words[first - 1].pos == "PROPN" and view.words[
                first - 1].head == subj.i:
            first -= 1
        start, end = view.words[first].start, subj.end
        known = next((m for m in doc.mentions if m.start <= subj.start < m.end), None)
        if known is not None:
            return known if _resolved(known) and known.actor.kind == "person" else None
        return Mention(start, end, doc.text[start:end], Actor(None, None, None, None, "person"),
                       how="noun phrase (not in the KB)")
    return None


class Antecedent(NamedTuple):
    """What a subject pronoun points back to: an actor, with its partner when it acted in a
    symmetric event ("sie" = both parties of the talks before)."""

    source: Mention
    target: Mention | None = None
    symmetric: bool = False


def _pronoun_subject(view: SentenceView, clause: tuple[int, int], trig: int,
                     earlier: list[Event], doc: Document, si: int) -> Antecedent | None:
    """'Er', 'sie', 'es', 'he', 'they' as the subject of the trigger (in the parse, or right
    next to it): the antecedent, as the previous event it acted in or as a recent mention."""
    pronouns = grammar(view.lang).get("subject_pronouns") or {}
    group = {trig}
    t = view.words[trig]
    if view.has_dep and t.dep == "conj" and t.head >= 0:
        group.add(t.head)  # "sie diskutierten … und tauschten … aus"
    lo, hi = clause
    hit = next((w for w in view.words if w.lower in pronouns and (
        (view.has_dep and w.head in group and w.dep.startswith("nsubj"))
        or (lo <= w.i <= hi and abs(w.i - trig) == 1 and not (
            # "die … warnen und sie auffordern": a German object "sie", no subject
            view.lang == "de" and view.has_dep and w.head in group
            and w.dep in OBJECT_PRONOUN_DEPS)))), None)
    if hit is None:
        return None
    wanted = pronouns[hit.lower]
    if view.lang == "de" and hit.lower == "sie":
        # "sie diskutierten" (plural: the parties) vs "droht sie" (singular: a person or,
        # often, a feminine noun such as "die Waffenruhe")
        finite = view.words[finite_verb(view, clause, trig)]
        wanted = "any" if finite.lower.endswith("en") else "person"
    if wanted == "none":
        return None

    feminine = view.lang == "de" and hit.lower == "sie"
    # the pronoun's gender: "er" is no woman, a singular "sie" no man
    clash = _gender_clash(view.lang, hit.lower)
    if feminine and wanted != "person":
        clash = None  # plural "sie": any gender

    singular = hit.lower in word_set(view.lang, "singular_person_pronouns")

    def fits(m: Mention) -> bool:
        person = m.actor.kind == "person"
        if person and (_predicative(doc, m) or _generic(doc, m) or (
                clash is not None and _person_gender(doc, m) == clash)):
            return False  # "als Sozialminister", "ein Bundespräsident", "er" ≠ "Ministerin"
        if singular and _plural_head(doc, m):
            return False  # "two guards drove the inmate … he asked": "he" is no "guards"
        return wanted in ("any", "group") and not (wanted == "group" and person) or (
            wanted == "person" and person)

    for e in reversed(earlier):  # singular "sie": also a feminine party ("Die HDP … Sie")
        if feminine and wanted == "person" and e.source is not None and si - e.sentence <= 1 \
                and e.source.actor.kind != "person" and _feminine(doc, e.source):
            return Antecedent(e.source, e.target, e.symmetric)
        if e.source is not None and si - e.sentence <= 1 and fits(e.source):
            break  # a person acted more recently

    for e in reversed(earlier):
        if e.source is None or si - e.sentence > 1 or not fits(e.source):
            continue
        # "es" is mostly expletive; it refers back within its sentence ("Russland bestritt,
        # dass es …") or to a neuter subject of the sentence before ("Das Militär drohte … Es
        # warf der Regierung … vor")
        if wanted != "group" or e.sentence == si or _neuter(doc, e.source):
            return Antecedent(e.source, e.target, e.symmetric)
    first = doc.sentences[max(0, si - PRONOUN_REACH)].start
    here = view.words[hit.i].start
    if wanted != "person":
        return None  # "es" and "they" need an event antecedent; a stray noun is too risky
    named = _named_subject_before(doc, si, {p for p, k in pronouns.items() if k == "person"}) \
        if view.lang == "en" else None
    for m in reversed(doc.mentions):
        if feminine and first <= m.start < here and m.actor.kind != "person" and _resolved(
                m) and _feminine(doc, m) and _parse_subject(doc, m):
            return Antecedent(m)  # "Die Polizei meldete … Sie wies … zurück": the nearer one
        if first <= m.start < here and fits(m) and _resolved(m):
            if named is not None and named.start > m.start:
                break  # a person outside the KB was named since: "Comeaux fled … He asked"
            return Antecedent(m)
    return Antecedent(named) if named is not None else None


OBJECT_PRONOUN_DEPS = {"obj", "iobj", "obl:arg", "da", "oa"}


def _pronoun_object(view: SentenceView, clause: tuple[int, int], match: TriggerMatch,
                    source: Mention, doc: Document, si: int) -> tuple[str, Mention] | None:
    """A personal pronoun in the dative or accusative that the parse makes an object of the
    trigger verb ("Israel verweigerte ihm die Einreise"), or the noun of one of its target
    prepositions ("schoss auf ihn", also right after one whatever the parse): the person it
    refers to, the last person named before it (within PRONOUN_REACH sentences) other than
    the source -- a KB person, or a person the KB does not know ("Markus T.", "der
    35-Jährige", "die Urlauber"), of the pronoun's number and gender (grammar
    `object_pronoun_agreement`)."""
    g = grammar(view.lang)
    pronouns = set(g.get("object_pronouns") or ())
    agreement = {str(k): set(v) for k, v in (g.get("object_pronoun_agreement") or {}).items()}
    if not pronouns or not view.has_dep:
        return None
    verbs = set(match.words)
    preps = set(match.entry.target_preps)

    def prep_object(w) -> bool:
        return w.lower in agreement and any(
            x.head == w.i and x.dep == "case" and x.lower in preps for x in view.words)

    subject = any(w.head in verbs and w.dep == "nsubj" and w.pos != "PRON"
                  for w in view.words[clause[0]:clause[1] + 1])

    noun_first = any(w.head in verbs and w.dep == "nsubj" and w.pos in ("NOUN", "PROPN")
                     and w.case == "Nom" and w.i < min(verbs)
                     for w in view.words[clause[0]:clause[1] + 1])

    def after_finite(w) -> bool:  # "Die Polizei nahm | sie fest", "… hat | sie festgenommen"
        if w.i == 0 or not noun_first:
            return False
        v = view.words[w.i - 1]
        return v.pos in ("VERB", "AUX") and (v.i in verbs or v.head in verbs)

    def bare_object(w) -> bool:  # "nahm sie fest" once a noun is the subject
        if w.case in ("Dat", "Acc") and w.dep in OBJECT_PRONOUN_DEPS and (
                w.lower in pronouns or (w.lower in agreement and subject)):
            return True
        # the noun subject stands before the verb: a pronoun right after it is its object,
        # whatever case the tagger gives the ambiguous "sie"
        return w.lower in agreement and after_finite(w) and w.dep in (
            OBJECT_PRONOUN_DEPS | {"nsubj", "obl"})

    def after_prep(w) -> bool:  # "fordert für ihn zehn Jahre": the parse may hang the
        # pronoun on the noun after it; right after a target preposition it is still its object
        p = view.words[w.i - 1] if w.i > 0 else None
        return w.lower in agreement and p is not None and p.pos == "ADP" and (
            p.lower in preps) and not (w.case and w.case not in ("Dat", "Acc"))

    hit = next((w for w in view.words[clause[0]:clause[1] + 1] if w.pos == "PRON" and ((
        w.head in verbs) and (bare_object(w) or prep_object(w)) or after_prep(w))), None)
    if hit is None:
        return None
    return _pronoun_referent(doc, si, hit, source, agreement.get(hit.lower))


def _described_party(view: SentenceView, match: TriggerMatch, slots: list[MentionSlot],
                     source: Mention) -> tuple[Mention, str] | None:
    """An English past participle right after the noun it describes, with no object of its
    own ("the trial of two men accused of robbing a bank", "a teacher charged with fraud"):
    the people that noun names are acted on."""
    t = view.words[match.word]
    if t.tag != "VBN" or match.word < 1 or match.entry.object or view.words[
            match.word - 1].pos not in ("NOUN", "PROPN"):
        return None
    nxt = view.words[match.word + 1] if match.word + 1 < len(view.words) else None
    if nxt is None or nxt.pos not in ("ADP", "SCONJ") or nxt.lower in set(
            grammar(view.lang).get("passive_agent_preps") or ()):
        return None  # "accused the minister": an object; "killed by": a passive agent
    if t.dep == "ROOT" or not any(w.i != t.i and (w.pos == "AUX" or w.tag in (
            "VBD", "VBZ", "VBP", "MD")) for w in view.words):
        return None  # "The group released at least 19 …": the sentence's own verb
    described = _participle_noun(view, match.word, slots, source)
    if described is None or described[0].start <= source.start < described[0].end:
        return None
    return described


def _participle_noun(view: SentenceView, k: int, slots: list[MentionSlot], source: Mention
                     ) -> tuple[Mention, str] | None:
    """The actor phrase right before the participle at word k, which it describes ("a teenager
    | killed by police"), unless that is the source or inside it."""
    party = phrase_before(view, k, slots)
    if party is None or party is source or source.start <= party.start < source.end:
        return None
    return party, f"target: '{party.text}', the noun the participle describes"


def _placed_party(view: SentenceView, match: TriggerMatch, slots: list[MentionSlot],
                  source: Mention) -> tuple[Mention, str] | None:
    """An event noun after a preposition of placing (grammar `placement_preps`) that hangs
    on a verb with an object ("put him behind bars", "placed the mayor under arrest"): the
    object is acted on."""
    g = grammar(view.lang)
    t = view.words[match.word]
    if not view.has_dep or t.dep != "obl" or t.head < 0 or not any(
            w.head == t.i and w.dep == "case" and w.lower in set(g.get("placement_preps") or ())
            for w in view.words[:t.i]):
        return None
    verb = view.words[t.head]
    if verb.pos != "VERB" or verb.tag == "VBN":
        return None
    obj = next((w for w in view.words[verb.i + 1:t.i] if w.head == verb.i and w.dep == "obj"),
               None)
    if obj is None:
        return None
    if obj.pos == "PRON":
        return None  # "put him behind bars": the story's last person is often not the one
    party = next((s.mention for s in slots if s.first <= obj.i <= s.last), None)
    if party is None:
        party = phrase_after(view, verb.i, slots)
        if party is None or not (party.start <= obj.start < party.end):
            return None
    if party is source or source.start <= party.start < source.end:
        return None
    return party, f"target: '{party.text}', the object of '{verb.text} … {t.text}'"


def _passive_pronoun(view: SentenceView, match: TriggerMatch, source: Mention, doc: Document,
                     si: int) -> tuple[str, Mention] | None:
    """A personal pronoun the parse makes the subject of the passive trigger verb ("als sie
    beschossen wurden"): the person or group it refers to, as for an object pronoun (grammar
    `passive_pronoun_agreement`)."""
    agreement = {str(k): set(v) for k, v in (
        grammar(view.lang).get("passive_pronoun_agreement") or {}).items()}
    verbs = set(match.words)
    hit = next((w for w in view.words if w.head in verbs and w.dep in (
        "nsubj", "nsubj:pass") and w.pos == "PRON" and w.lower in agreement), None)
    if hit is None or not view.has_dep:
        return None
    return _pronoun_referent(doc, si, hit, source, agreement[hit.lower])


def _pronoun_referent(doc: Document, si: int, hit, source: Mention, agrees: set[str] | None
                      ) -> tuple[str, Mention] | None:
    """The person a pronoun (word `hit`) refers back to: the nearer of the last KB person and
    the last person or group outside the KB that agrees with it (`agrees`; None: KB persons
    only), other than the source."""
    first = doc.sentences[max(0, si - PRONOUN_REACH)].start
    clash = _gender_clash(doc.lang or "de", hit.lower)
    known = None
    for m in reversed(doc.mentions):
        if first <= m.start and m.end <= hit.start and m.actor.kind == "person" and (
                _resolved(m)) and m.actor != source.actor and not (
                source.start <= m.start < source.end) and not _predicative(doc, m) and not (
                _generic(doc, m)) and not (clash is not None and _person_gender(
                    doc, m) == clash) and _number_agrees(doc, m, agrees):
            known = m
            break
    if agrees:
        text = _text_antecedent(doc, si, hit, source, agrees)
        if text is not None and (known is None or text.start > known.start):
            return hit.text, text
    return (hit.text, known) if known is not None else None


def _number_agrees(doc: Document, m: Mention, agrees: set[str] | None) -> bool:
    """An English KB person fits the pronoun's number: "him" / "her" not the plural "officers",
    "them" not the one "mayor" (other languages: no check)."""
    if not agrees or doc.lang != "en":
        return True
    plural = _plural_head(doc, m)
    return plural if agrees == {"Plur"} else not (plural and "Plur" not in agrees)


def _text_antecedent(doc: Document, si: int, pronoun, source: Mention, agrees: set[str]
                     ) -> Mention | None:
    """The last person or group before the pronoun (within PRONOUN_REACH sentences) that the
    knowledge base does not know: a person's name by the tagger ("Markus T.") or a definite
    phrase headed by a person noun ("der 35-Jährige", "die Urlauber"), when its number and
    gender agree with the pronoun (`agrees`: Masc, Fem, Neut for a singular, Plur)."""
    lang = doc.lang or "de"
    nouns = _person_nouns(lang)
    indefinite = word_set(lang, "indefinite_articles")
    collective = word_set(lang, "collective_nouns")
    for j in range(si, max(-1, si - 1 - PRONOUN_REACH), -1):
        sent = doc.sentences[j]
        view = sentence_view(doc.parsed, sent.start, sent.end, lang)
        own = {w.i for w in view.words if source.start <= w.start < source.end}
        own |= {w.i for w in view.words if w.head in own or any(
            view.words[k].head == w.i for k in own)}  # "Richterin | Raufer": the source's name
        for w in reversed(view.words):
            if w.start >= pronoun.start or w.i in own:
                continue
            people = next((m for m in doc.mentions if m.start <= w.start < m.end and (
                m.actor.sector == "CVL" and m.actor.id is None and w.number == "Plur")), None)
            if people is None and any(m.start <= w.start < m.end for m in doc.mentions):
                continue  # a KB actor: the caller weighs those
            if w.pos == "PROPN":
                span = _unknown_name(view, w)
                if span is None or not agrees & {"Masc", "Fem", "Neut"}:
                    continue
                start, end = span
            elif w.pos == "NOUN" and person_noun({w.lower, *w.lemmas}, nouns):
                number = "Plur" if w.number == "Plur" else "Sing"
                if number == "Plur" and "Plur" not in agrees:
                    continue
                if number == "Sing" and w.gender and w.gender not in agrees:
                    continue
                if number == "Sing" and not agrees & {"Masc", "Fem", "Neut"}:
                    continue
                if number == "Sing" and not w.gender and "Plur" not in agrees and (
                        w.lower in collective):
                    continue  # English 'he' / 'she': a person, not "the jury" or "the company"
                lo = w.i
                while lo > 0 and view.words[lo - 1].head == w.i and view.words[lo - 1].dep in (
                        "det", "amod", "nummod", "advmod", "compound"):
                    lo -= 1
                if view.words[lo].lower in indefinite or (
                        lo > 0 and view.words[lo - 1].lower in ("als", "as")):
                    continue  # "ein Verdächtiger": anyone; "als Zeuge": a part played
                while lo < w.i and view.words[lo].pos == "DET":
                    lo += 1
                start, end = view.words[lo].start, w.end
                head = view.words[w.head] if w.dep == "conj" and w.head >= 0 else None
                if head is not None and head.i < w.i and head.pos == "NOUN" and person_noun(
                        {head.lower, *head.lemmas}, nouns):  # "die Touristen und ihre Begleiter"
                    lo = head.i
                    while lo > 0 and view.words[lo - 1].head == head.i and view.words[
                            lo - 1].dep in ("amod", "nummod"):
                        lo -= 1
                    start = view.words[lo].start
                tail = w.i + 1  # "der Angeklagte | Markus T.": the name with its noun
                while tail < len(view.words) and (view.words[tail].pos == "PROPN" and (
                        view.words[tail].head in (w.i, tail - 1, tail + 1)) or (
                        tail > w.i + 1 and _initial(view.words[tail].text))):
                    end = view.words[tail].end
                    tail += 1
            else:
                continue
            if doc.text[start:end] == source.text:
                continue
            if people is not None:
                return people  # "zwei Männer": the people noun with its home country
            kind = "group" if w.number == "Plur" else "person"
            return Mention(start, end, doc.text[start:end],
                           Actor(None, None, None, None, kind),
                           how="antecedent of an object pronoun (not in the KB)")
    return None


def _text_subject(view: SentenceView, clause: tuple[int, int], match: TriggerMatch,
                  doc: Document) -> tuple[Mention, int] | None:
    """The parse's subject of the trigger verb when it is a person the KB does not know: a
    phrase headed by a person noun ("Ein Anrainer", "Der 45-Jährige") or a person's name by
    the tagger ("Müller"), with its head word's index."""
    nouns = _person_nouns(view.lang)
    verbs = set(match.words)
    for w in view.words[clause[0]:clause[1] + 1]:
        if w.head not in verbs or w.dep != "nsubj" or w.pos not in ("NOUN", "PROPN") or any(
                m.start <= w.start < m.end for m in doc.mentions):
            continue
        if person_noun({w.lower, *w.lemmas}, nouns):
            lo = w.i
            while lo > clause[0] and view.words[lo - 1].head == w.i and view.words[
                    lo - 1].dep in ("det", "amod", "nummod"):
                lo -= 1
            while lo < w.i and view.words[lo].pos == "DET":
                lo += 1
            start, end = view.words[lo].start, w.end
        elif w.pos == "PROPN" or _bare_name_noun(view, w, verbs):
            span = _unknown_name(view, w)
            if span is None:
                return None
            start, end = span
        else:
            return None
        kind = "group" if w.number == "Plur" and w.pos != "NOUN" else "person"
        return Mention(start, end, doc.text[start:end], Actor(None, None, None, None, kind),
                       how="subject of the verb (not in the KB)"), w.i


def _bare_name_noun(view: SentenceView, w, verbs: set[int]) -> bool:
    """A capitalised word the tagger took for a noun that stands, with no article of its own,
    right after the finite trigger verb and right before an article: a surname in the
    inverted subject's place ("bat Weber die Soldaten, …"); a common noun there needs an
    article."""
    if w.i == 0 or w.i + 1 >= len(view.words) or w.i - 1 not in verbs:
        return False
    articles = word_set(view.lang, "articles")
    return w.text[:1].isupper() and w.text.isalpha() and not any(
        x.head == w.i and x.pos == "DET" for x in view.words) and (
        view.words[w.i + 1].lower in articles)
    return None


NAME_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj"}  # a name that is a party, not a place


def _unknown_name(view: SentenceView, w) -> tuple[int, int] | None:
    """Character span of the name the proper noun `w` heads ("Müller", "Peter K.") when it is
    a subject or object in the parse and the knowledge base knows neither the name nor its
    words (no state, place or organisation): a person outside the KB."""
    from eventcoder.resolve.kb import load_kb

    if w.dep not in NAME_DEPS:
        return None
    lo = hi = w.i  # the name's words stand together ("Heinz Fischer", "Peter K.")
    while lo > 0 and view.words[lo - 1].pos == "PROPN":
        lo -= 1
    while hi + 1 < len(view.words) and (
            view.words[hi + 1].pos == "PROPN" or _initial(view.words[hi + 1].text) or (
                view.words[hi + 1].dep == "flat" and view.words[hi + 1].head in range(
                    lo, hi + 1) and view.words[hi + 1].text[:1].isupper())):
        hi += 1  # "Heinz | Fischer": a surname the tagger took for a noun
    kb = load_kb()
    words = view.words[lo:hi + 1]
    text = " ".join(x.text for x in words)
    if kb.lookup(text) or any(kb.lookup(x.text) for x in words if not _initial(x.text)):
        return None
    return words[0].start, words[-1].end


def _initial(text: str) -> bool:
    """An initial standing for a surname ("K.")."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


PREFIELD_GAP = 2  # words between the prefield subject and the finite verb ("X Stuttgart wirft")


def _prefield_source(view: SentenceView, clause: tuple[int, int], match: TriggerMatch,
                     src: MentionSlot | None, source: Mention | None) -> int | None:
    """The finite verb when the source fills the German prefield of a main clause (it opens
    the clause, articles aside, and a finite verb follows it at once): a 'subject' the parse
    finds after that verb is an object. None otherwise."""
    if src is None or source is not src.mention:
        return None
    finite = finite_verb(view, clause, match.word)
    if not view.words[finite].tense or not 0 < finite - src.last <= PREFIELD_GAP:
        return None
    if any(w.pos not in ("DET", "ADJ", "PUNCT") for w in view.words[clause[0]:src.first]):
        return None
    if any(w.pos in ("VERB", "AUX", "PUNCT", "SCONJ") for w in view.words[src.last + 1:finite]):
        return None
    return finite


@cache
def _party_nouns(lang: str) -> frozenset[str]:
    """Person nouns and the nouns of groups a deed is aimed at (grammar target_group_nouns)."""
    return _person_nouns(lang) | word_set(lang, "target_group_nouns")


@cache
def _person_nouns(lang: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in grammar(lang).get("person_nouns") or ())


def _first_person(view: SentenceView, clause: tuple[int, int], match: TriggerMatch
                  ) -> tuple[str, str] | None:
    """A first-person pronoun the parse makes the subject ('subj') or object ('obj') of the
    trigger verb, within its clause: in quoted speech it is the speaker."""
    g = grammar(view.lang)
    subjects = set(g.get("first_person_subjects") or ())
    objects = set(g.get("first_person_objects") or ())
    if not view.has_dep or not (subjects or objects):
        return None
    verbs = set(match.words)
    for w in view.words[clause[0]:clause[1] + 1]:
        if w.head not in verbs or w.pos != "PRON":
            continue
        if w.lower in subjects and w.dep == "nsubj":
            return w.text, "subj"
        if w.lower in objects and w.dep in OBJECT_PRONOUN_DEPS:
            return w.text, "obj"
    return None


def _predicative(doc: Document, m: Mention) -> bool:
    """The mention names an office someone holds or would hold ("als Bundespräsident"), not a
    person a pronoun can point back to."""
    before = doc.text[max(0, m.start - 5):m.start].split()
    return before[-1:] in (["als"], ["as"])


def _bracketed_affiliation(view: SentenceView, s: MentionSlot, slots: list[MentionSlot]
                           ) -> bool:
    """The mention stands alone in brackets right after a person's mention ("Gerald Klug
    (SPÖ)"), or is a party in brackets right after a name or noun the KB does not know
    ("Landeshauptmann Erwin Maier (ÖVP)"): the person's party or office, no party to the
    event."""
    k = s.first - 1
    if k < 1 or s.last + 1 >= len(view.words) or view.words[k].text != "(" or view.words[
            s.last + 1].text != ")":
        return False
    before = view.words[k - 1]
    if s.mention.actor.sector == "PTY" and before.pos in ("NOUN", "PROPN") and (
            before.text[:1].isupper()):
        return True
    return any(o is not s and o.last == k - 1 and o.mention.actor.kind == "person"
               for o in slots)


def _complement_topic(view: SentenceView, s: MentionSlot, event_type: str) -> bool:
    """German: the complement clause names the mention as what it is about, not who is to act:
    refugees that are not its subject ("…, alle Flüchtlinge zurückzunehmen"), and in a demand
    the owner of a thing ("…, einen Vorschlag von X anzunehmen", "dass der Satz der Kanzlerin
    Realität wird")."""
    if view.lang != "de":
        return False
    if s.mention.actor.sector in DISPLACED:
        return not any(view.words[k].dep in ("nsubj", "nsubj:pass")
                       for k in range(s.first, s.last + 1))
    return event_type == "REQUEST" and (
        s.prep in word_set(view.lang, "genitive_preps") or s.case == "Gen")


def _thing_compound(view: SentenceView, m: Mention, heads: frozenset[str] | set[str]) -> bool:
    """The mention is, or is the first part of, one hyphen compound with one of `heads`
    ("Syrien-Kriegs", "Putin-Gedicht", grammar `topic_compound_heads`; "US-Politik",
    `owned_compound_heads`): a thing, no actor."""
    if len(m.text.split()) != 1:
        return False
    word = next((w.text for w in view.words if w.start <= m.start < w.end), m.text)
    word = word if len(word) >= len(m.text) else m.text
    return "-" in word and word.rsplit("-", 1)[1].lower() in heads


def _own_group(source: Mention, m: Mention) -> bool:
    """`m` is the source's own side: the same actor, or the party or organisation whose name
    opens the source's compound title ("FPÖ-Sprecher X … dass die Freiheitlichen …")."""
    a, b = source.actor, m.actor
    if a.id is not None and a.id == b.id:
        return True
    if b.name is None or b.kind not in ("org", "group"):
        return False
    return b.name in (a.office or "").split() or any(
        w.split("-")[0] == b.name for w in source.text.split() if "-" in w)


def _labelled_person(view: SentenceView, party: MentionSlot, slots: list[MentionSlot],
                     source: MentionSlot | None, verb: int) -> Mention | None:
    """The person a party in brackets labels ("mit seinem Amtskollegen Peter Huber (ÖVP)"):
    the mention of a title right before the name ("Landeshauptmann | Erwin Maier"), else the
    run of capitalised nouns and names before the bracket as a text-only actor of the party's
    country. Only after the source and, in a main clause, after the finite verb `verb` (before
    it the person is the subject or one of several: "Sowohl X (SPÖ) als auch Y (ÖVP) …")."""
    end = party.first - 2
    k = end
    while k >= 0 and view.words[k].pos in ("NOUN", "PROPN") and view.words[k].text[:1].isupper(
            ) and not any(o.first <= k <= o.last for o in slots):
        k -= 1
    holder = next((o for o in slots if o is not party and o.first <= k <= o.last), None)
    first = holder.first if holder is not None and (k == end or holder.last == k) else k + 1
    lo = source.last if source is not None else -1
    if verb < party.first:
        lo = max(lo, verb)
    coordinators = set(word_set(view.lang, "coordinators")) | {"als"}
    if first <= lo or source is not None and any(
            w.lower in coordinators for w in view.words[source.last + 1:first]):
        return None
    if holder is not None and first == holder.first:
        return None if holder is source else holder.mention
    if k == end or party.mention.actor.country is None:
        return None
    start, stop = view.words[k + 1].start, view.words[end].end
    return Mention(start, stop, view_text(view, start, stop),
                   Actor(None, None, party.mention.actor.country, None, "person"),
                   how="person labelled by a party in brackets")


def _attribute_of(view: SentenceView, s: MentionSlot, head: MentionSlot,
                  slots: list[MentionSlot]) -> bool:
    """The mention is a genitive attribute of `head`'s noun ("die Präsidentin | des Obersten
    Gerichtshofs", "der Sprecher | der Regierung"): it describes that actor and is not the
    other party of its event. Adjectives and other mentions may stand between ("des
    Obersten"); a name as head ("warf Faymann der ÖVP vor") takes a dative, no genitive."""
    sure = word_set(view.lang, "genitive_articles")
    ambiguous = word_set(view.lang, "genitive_articles_ambiguous")
    k = head.last + 1
    if not (sure or ambiguous) or k >= s.first or view.words[head.last].pos != "NOUN":
        return False
    article = view.words[k]
    noun = next((w for w in view.words[s.first:s.last + 1] if w.pos == "NOUN"), None)
    if not (article.lower in sure or article.lower in ambiguous and article.case == "Gen" and (
            noun is not None and noun.case == "Gen")):  # "die Staaten der Bevölkerung helfen"
        return False
    in_slot = {i for o in slots for i in range(o.first, o.last + 1)}
    return all(w.pos == "ADJ" or w.i in in_slot for w in view.words[k + 1:s.first])


def _interview_label(view: SentenceView, s: MentionSlot) -> bool:
    """The mention is an interview's speaker label: a name alone between the start of the
    sentence or an ellipsis and a colon ("Varoufakis: …", "… Varoufakis: …"); it names who
    speaks next, no party to what is said before or after it."""
    nxt = view.words[s.last + 1] if s.last + 1 < len(view.words) else None
    if nxt is None or nxt.text != ":" or s.prep:
        return False
    k = s.first - 1
    while k >= 0 and view.words[k].pos in ("DET", "ADJ", "NOUN", "PROPN") and s.first - k <= 2:
        k -= 1  # a title before the name ("Premier Tsipras:")
    return k < 0 or view.words[k].text in ("...", "…", ".", "?", "!")


def _unplaced_dative(view: SentenceView, match: TriggerMatch, clause: tuple[int, int],
                     slots: list[MentionSlot]) -> int | None:
    """German: the common noun the parse makes the verb's dative object, with a dative article
    and no actor mention on it ("warf dem Prediger vor, die Polizei unterwandert zu haben"):
    the party acted on, even unplaced; the actors of the complement clause are not. Its word
    index, else None."""
    if view.lang != "de" or not view.has_dep or not match.is_verb:
        return None
    in_slot = {k for s in slots for k in range(s.first, s.last + 1)}
    verbs = set(match.words)
    for w in view.words[clause[0]:clause[1] + 1]:
        if w.i in in_slot or w.pos != "NOUN" or w.head not in verbs or w.dep not in (
                "iobj", "obl:arg"):
            continue
        kids = [x for x in view.words if x.head == w.i]
        if any(x.dep == "case" for x in kids):
            continue  # "mit dem Prediger": a preposition's noun
        if any(x.dep == "det" and x.lower in word_set("de", "dative_articles") for x in kids):
            return w.i
    return None


def _generic(doc: Document, m: Mention) -> bool:
    """A person mention after an indefinite article ("ein Bundespräsident könne …"): anyone
    holding the office, no one a pronoun can point back to."""
    before = doc.text[max(0, m.start - 7):m.start].split()
    lang = doc.lang or "de"
    return bool(before) and before[-1].lower() in word_set(lang, "indefinite_articles")


def _gender_clash(lang: str, pronoun: str) -> str | None:
    """The gender of a person the pronoun cannot stand for ("er" is no "Ministerin"; grammar
    `pronoun_gender_clash`), else None."""
    table = grammar(lang).get("pronoun_gender_clash") or {}
    return {str(k).lower(): str(v) for k, v in table.items()}.get(pronoun)


def _person_gender(doc: Document, m: Mention) -> str | None:
    """'Fem' or 'Masc' when a role noun in the mention or right before it shows the person's
    gender ("Innenministerin Johanna X": Fem; "Bundespräsident Heinz X": Masc), else None.
    Words of the resolved name are passed over (a surname "Leitner" says nothing)."""
    g = grammar(doc.lang or "de")
    fem = tuple(str(e) for e in g.get("feminine_role_endings") or ())
    masc = tuple(str(e) for e in g.get("masculine_role_endings") or ())
    if not fem:
        return None
    name = set((m.actor.name or "").lower().replace("-", " ").split())
    before = doc.text[max(0, m.start - 40):m.start].split()[-1:]
    for tok in before + m.text.split():
        word = tok.strip("(),.;:\"'")
        if not word[:1].isupper():
            continue
        word = word.split("-")[-1].lower()
        if not word or word in name:
            continue
        if word.endswith(fem):
            return "Fem"
        stems = [word] + [word[:-len(x)] for x in ("en", "n", "s") if word.endswith(x)]
        if any(w.endswith(masc) for w in stems):
            return "Masc"
    return None


def _parse_subject(doc: Document, m: Mention) -> bool:
    """The parse makes a word of the mention the subject of its sentence's verb."""
    parsed = doc.parsed
    if not any(s.start <= m.start < s.end for s in doc.sentences) or not (
            parsed.has_annotation("DEP")):
        return False
    span = parsed.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(
        t.dep_.startswith("nsubj") and m.start <= t.idx < m.end for t in span if not t.is_space)


def _plural_head(doc: Document, m: Mention) -> bool:
    """The mention's last word is a plural common noun by the tagger ("officers", "the
    guards"); a name or an unparsed text says nothing."""
    if not doc.parsed.has_annotation("TAG"):
        return False
    span = doc.parsed.char_span(m.start, m.end, alignment_mode="expand")
    words = [t for t in span if not t.is_space and not t.is_punct] if span is not None else []
    return bool(words) and words[-1].tag_ == "NNS"


def _feminine(doc: Document, m: Mention) -> bool:
    """A mention introduced by the feminine singular article ("die HDP", "die Regierung")."""
    before = doc.text[max(0, m.start - 5):m.start].split()
    return before[-1:] in (["die"], ["Die"]) and not m.members


def _neuter(doc: Document, m: Mention) -> bool:
    """A mention German refers to with "es": a state's name (Russland, Deutschland) or a noun
    after "das"."""
    before = doc.text[max(0, m.start - 5):m.start].split()
    return m.actor.kind == "state" and before[-1:] != ["die"] or (
        bool(before) and before[-1].lower() == "das") or m.text.lower().startswith("das ")


def _definite(view: SentenceView, k: int) -> bool:
    """A noun trigger introduced by a definite article, demonstrative or possessor."""
    j = k - 1
    while j >= 0 and (view.words[j].pos == "ADJ" or (
            not view.has_pos and view.words[j].text[:1].islower()
            and view.words[j].lower.endswith(("en", "e", "er", "es")) and view.lang == "de"
            and view.words[j].lower not in {"eine", "einen", "einer", "eines", "keine"})):
        j -= 1
    if j < 0:
        return False
    w = view.words[j].lower
    return w in {"der", "die", "das", "den", "dem", "des", "diese", "dieser", "dieses",
                 "diesem", "diesen", "the", "this", "these", "that", "beim", "vom", "zum",
                 "im", "am"} or w.endswith("s") and view.words[j].text[:1].isupper()


def _date_event(ev: Event, view: SentenceView, match: TriggerMatch, sent_dates,
                attrs: list[Attribution], ctx: _Context) -> None:
    """Event date: a date in the event's own words; a report date gives the month; else the
    narrative date of the text so far, to the month."""
    if not sent_dates:
        if ctx.narrative_date:
            value, gran = ctx.narrative_date
            ev.date, ev.date_granularity = _coarsen(value, gran)
            ev.why.append(f"date: {ev.date} from the preceding text (not fixed by this sentence)")
        return
    attr_clauses = [a.clause for a in attrs if a.clause[0] >= 0]

    def in_attr(d) -> bool:
        k = view.word_at(d.start)
        return any(lo <= k <= hi for lo, hi in attr_clauses) and not any(
            lo <= match.word <= hi for lo, hi in attr_clauses)

    inf = ev.meta.get("infinitive")

    def in_complement(d) -> bool:  # "agreed to hold talks in June": June dates the talks
        k = view.word_at(d.start)
        return inf is not None and inf[0] <= k <= inf[1] and not inf[0] <= match.word <= inf[1]

    own = [d for d in sent_dates if not in_attr(d) and not in_complement(d)
           and getattr(d, "kind", "point") == "point"]
    trig_char = view.words[match.word].start
    if own:
        best = min(own, key=lambda d: abs(d.start - trig_char))
        ev.date, ev.date_granularity = best.value, best.granularity
        if best.ahead and _non_past(view, match):
            # "trifft am Montag", "meets on Monday": the coming Monday, not yet happened
            ev.date = best.ahead
            if ev.factuality == "asserted":
                ev.factuality = ev.meta["own_cue"] = "future"
                ev.why.append(f"future: '{best.text}' with a present or future verb is the "
                              f"coming one ({ev.date})")
        if best.value:
            ev.why.append(f"date: '{best.text}'")
        if ev.factuality == "asserted" and _after(ev.date, ctx.published):
            # "schließt die Botschaft bis 2018" in a 2016 report has not happened yet
            ev.factuality = "future"
            ev.why.append(f"future: dated {ev.date}, after the report ({ctx.published})")
        return
    reported = [d for d in sent_dates if in_attr(d) and d.value]
    if reported:
        ev.date, ev.date_granularity = _coarsen(reported[0].value, reported[0].granularity)
        ev.why.append(f"date: {ev.date}, the month of the report date '{reported[0].text}'")
    elif ctx.narrative_date:
        ev.date, ev.date_granularity = _coarsen(*ctx.narrative_date)


def _after(date: str | None, published: str | None) -> bool:
    """Whether an ISO date (year, month or day) lies wholly after the publication date."""
    return bool(date and published) and date > published[:len(date)]


def _non_past(view: SentenceView, match: TriggerMatch) -> bool:
    """The trigger verb speaks of now or later: a present-tense finite verb ("trifft", "meets")
    or an infinitive after a future auxiliary ("will meet", "wird … treffen"); not a perfect
    ("hat … getroffen", "has met") or a past form ("griffen … an", "met")."""
    if not match.is_verb or not view.has_pos:
        return False
    w = view.words[match.word]
    if w.tag in ("VBN", "VVPP", "VBD") or w.tense == "Past":
        return False
    g = grammar(view.lang)
    aux = set(g.get("future_auxiliaries") or ())
    if any(x.lower in aux for x in view.words[max(0, match.word - 10):match.word]):
        return True
    if view.lang == "de":
        return w.tense == "Pres" and _german_present_form(w, g)
    return w.tag in ("VBZ", "VBP") or (w.tense == "Pres" and not w.lower.endswith("ed"))


def _german_present_form(w, g: dict) -> bool:
    """The word is a present form of one of its lemmas: stem + ending, with the vowel changes
    of strong verbs ("trifft" from "treffen"); "griffen" and "forderte" are not."""
    endings = [str(e) for e in g.get("present_endings") or ()]
    changes = [tuple(c) for c in g.get("present_vowel_changes") or ()]
    lemmas = {lem for lem in w.lemmas if lem.endswith("n")}
    if w.lower in lemmas and len(lemmas) == 1:
        return True  # "sie treffen": the plural is the infinitive, its only lemma
    for lemma in lemmas - {w.lower}:
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        stems = {stem} | {stem.replace(a, b, 1) for a, b in changes if a in stem}
        if any(w.lower == s + e for s in stems for e in endings):
            return True
    return False


def _coarsen(value: str | None, gran: str | None) -> tuple[str | None, str | None]:
    if value and gran == "day":
        return value[:7], "month"
    return value, gran


def _place_event(ev: Event, sent, places, dateline_place, match: TriggerMatch,
                 view: SentenceView) -> None:
    pm = place_for_event(sent.start, sent.end, view.words[match.word].start, places)
    if pm is None and dateline_place is not None:
        pm = dateline_place
        ev.why.append(f"place: dateline '{pm.text}'")
    elif pm is not None:
        ev.why.append(f"place: '{pm.text}'")
    if pm is not None:
        ev.location = pm.place


def _expand(ev: Event) -> list[Event]:
    """A group mention ("Geheimdienstmitarbeiter beider Länder") is two parties; coordinated
    actors of a one-sided event ("Washington und Seoul bestreiten") are one event each."""
    src = ev.source
    if src is not None and len(src.members) >= 2 and (
            ev.target is None or ev.target.actor.kind == "unknown"):  # not "a further round"
        a, b = src.members[0], src.members[1]
        ev.source, ev.target = a, b
        ev.symmetric = True
        ev.why.append(f"source/target: the two parties of '{src.text}'")
    tgt = ev.target
    if tgt is not None and len(tgt.members) >= 2 and ev.source is not None and not ev.symmetric:
        # "urged both sides to show restraint": one event per side
        members = [m for m in tgt.members if m.actor != ev.source.actor]
        if members:
            ev.target = members[0]
            ev.meta["also_targets"] = [*members[1:], *ev.meta.get("also_targets", ())]
            ev.why.append(f"target: the parties of '{tgt.text}'")
    out = [ev]
    for m in ev.meta.get("also_sources", ()):
        out.append(replace(ev, source=m, why=[*ev.why, f"one of the coordinated sources: "
                                                      f"'{m.text}'"], meta=dict(ev.meta)))
    for m in ev.meta.get("also_targets", ()):
        for base in list(out):
            out.append(replace(base, target=m, why=[*base.why, f"one of the coordinated "
                                                              f"targets: '{m.text}'"],
                               meta=dict(base.meta)))
    return out


RELATIVE_WHICH = word_set("de", "which_relatives") | word_set("en", "which_relatives")
# types whose object's owner is the target ("lehnte den Antrag der X ab"); not a demand, whose
# object's genitive is who it is for ("forderte die Freilassung der Geiseln")
OWNED_TARGET_TYPES = {"REJECT", "ACCUSE", "SUPPORT", "AGREE"}
# deeds done to whatever a party owns: "verbot das Heft von X", "beschlagnahmte das Schiff der
# Aktivisten" -- the owner of any object is acted on
OWNER_TARGET_DEEDS = {"COERCE", "ASSAULT"}
NOUN_TAIL = 4  # words from a speech-act noun to its ", dass …" ("die Forderung der Opposition")
SPEECH_ACTS = {"AGREE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "ACCUSE", "CONCEDE"}


def _drop_speech_act_contents(events: list[Event]) -> list[Event]:
    """A noun inside what was promised, demanded or rejected is its content, not an event
    ("lehnte die Idee einer Stationierung ab", "versprach, die Militärhilfe aufzunehmen")."""
    scopes = [e.meta["scope"] for e in events if not e.meta["nominal"] and e.type in SPEECH_ACTS]
    return [e for e in events if not (e.meta["nominal"] and any(
        lo <= e.trigger[0] < hi for lo, hi in scopes))]


def _passive_means(view: SentenceView, events: list[Event], slots: list[MentionSlot]) -> None:
    """A passive verb without an agent and the act it happened in: "X wurde bei einem
    Luftangriff der Koalition getötet" is the coalition's act on X."""
    means = word_set(view.lang, "means_preps")
    if not means:
        return
    for v in events:
        if v.meta["nominal"] or not v.meta.get("passive") or v.source is not None:
            continue
        for n in events:
            k = n.meta["word"]
            if not n.meta["nominal"] or n.type != v.type or n.source is None or k > v.meta[
                    "word"]:
                continue
            j = k - 1
            while j >= 0 and (view.words[j].pos in ("DET", "ADJ") or view.words[j].lower in
                              ARTICLES):
                j -= 1
            if j < 0 or view.words[j].lower not in means:
                continue
            agent = n.source
            patients = [s for s in slots if not s.prep and s.mention is not agent
                        and s.mention.actor != agent.actor and not _genitive_attribute(view, s)]
            if not patients:
                continue
            # the passive subject in the parse first ("im Norden Israels wurden zwei Soldaten
            # … getötet": the soldiers)
            def rank(s: MentionSlot) -> tuple[bool, bool]:
                deps = [view.words[j].dep for j in range(s.first, s.last + 1)
                        if not s.first <= view.words[j].head <= s.last]
                return "nsubj:pass" not in deps, "nmod" in deps  # not a genitive attribute

            patients.sort(key=rank)
            v.source, v.target = agent, patients[0].mention
            if n.factuality != "asserted" and v.factuality == "asserted":
                v.factuality = n.factuality  # "sollen … bei Luftschlägen getötet worden sein"
            v.meta["indefinite"] = not n.meta["definite"]  # "bei einem Angriff": a new one
            v.why.append(f"source/target: '{agent.text}' acted through "
                         f"'{view.words[k].text}', '{v.target.text}' suffered it (passive)")
            break


def _genitive_attribute(view: SentenceView, s: MentionSlot) -> bool:
    """A mention that follows a noun as its genitive ("Angriff | der Koalition")."""
    j = s.first - 1
    while j >= 0 and view.words[j].pos == "ADJ":
        j -= 1
    return j >= 1 and (view.words[j].lower == "des" or view.words[j].lower == "der" and (
        view.words[j - 1].text[:1].isupper()))


def _drop_restated_nouns(events: list[Event]) -> list[Event]:
    """A noun without a target that names the act a verb of its sentence reports in full is
    that event, not another: "Bei dem Beschuss durch die Armee wurden 18 Zivilisten getötet"."""
    from eventcoder.events.merge import actor_key

    full = [f for f in events if f.source is not None and f.target is not None
            and not f.meta["nominal"]]

    def restated(e: Event) -> bool:
        return e.meta["nominal"] and e.source is not None and e.target is None and any(
            f.type == e.type and actor_key(f.source) == actor_key(e.source) for f in full)

    return [e for e in events if not restated(e)]


def _inherit_factuality(view: SentenceView, events: list[Event]) -> None:
    """An event in the purpose or complement clause of a planned, denied or possible one
    shares its status: "wird nach Peking reisen, um mit Xi zu sprechen"; what was refused did
    not happen: "refused to send troops", "lehnte es ab, Truppen zu schicken"."""
    for e in events:
        if e.factuality != "asserted" or e.meta["nominal"]:
            continue
        gov = next((g for g in events if g is not e  # "die Forderung, dass X zurücktritt"
                    and g.type in CONTENT_STATUS and g.meta.get("infinitive") is not None
                    and g.meta["infinitive"][0] <= e.meta["word"] <= g.meta["infinitive"][1]
                    ), None)
        if gov is not None:
            e.factuality = CONTENT_STATUS[gov.type]
            e.why.append(f"{e.factuality}: what '{view.words[gov.meta['word']].text}' "
                         f"({gov.type}) is about has not happened")
            continue
        for gov in events:
            if gov is e or gov.meta["nominal"] or gov.factuality == "asserted":
                continue
            lo, hi = gov.meta["scope"]
            own_lo = view.words[e.meta["clause"][0]].start
            if gov.meta["clause"] != e.meta["clause"] and lo <= own_lo < hi:
                e.factuality = gov.factuality
                e.why.append(f"{gov.factuality}: in the clause governed by "
                             f"'{view.words[gov.meta['word']].text}'")
                break


def _placed(m: Mention) -> bool:
    """A mention the KB or the context could place: unnamed, countryless ones are no actor."""
    return bool(m.actor.country or m.actor.name or m.members)


def _same_actor(a: Mention, b: Mention) -> bool:
    """Both mentions name one actor: same name, country and sector and either the same words
    or the same known organisation (a state's name also covers its provinces and agencies; a
    bare title may be resolved to the wrong office holder). A group ("beider Länder") is
    several actors, each the other's counterpart."""
    if a.members or b.members:
        return False
    x, y = a.actor, b.actor
    if x.name is None or (x.name, x.country, x.sector) != (y.name, y.country, y.sector):
        return False
    return a.text.lower() == b.text.lower() or (
        x.id is not None and x.id == y.id and x.kind in ("igo", "org"))


def _resolved(m: Mention) -> bool:
    """A mention that can fill a role: placed, and not a news outlet ("(Reuters)" names who
    reports, not who acts; outlets still serve as attributions)."""
    return _placed(m) and m.actor.sector != "MED"


RELATIVE_REACH = 4  # words between a noun and the comma opening its relative clause


def _relative_subject(view: SentenceView, clause: tuple[int, int], match: TriggerMatch,
                      slots: list[MentionSlot]) -> tuple[MentionSlot | None, int] | None:
    """The trigger verb's subject is a relative pronoun (", der … kritisierte", ", der …
    bezeichnete und … bat"): (the slot of the noun it stands for or None, the pronoun's
    index); None when the clause is no relative clause with a subject pronoun."""
    if not view.has_dep:
        return None
    trig = view.words[match.word]
    verb = trig.head if trig.dep == "conj" and trig.head >= 0 else trig.i
    if view.words[verb].dep != "acl:relcl":
        return None
    pronouns = word_set(view.lang, "relative_subject_pronouns")
    k = next((w.i for w in view.words[1:min(verb, trig.i)] if w.head == verb and w.dep in (
        "nsubj", "sb") and w.lower in pronouns and view.words[w.i - 1].text == ","), None)
    if k is None:
        return None
    noun = view.words[verb].head
    if noun < 0 or noun >= k:
        return None
    # the noun the clause hangs on, its appositive name, or a mention ending before the comma
    chain = {noun} | {w.i for w in view.words[:k] if w.head == noun and w.dep in (
        "appos", "flat", "flat:name")}
    found = next((s for s in slots if any(s.first <= c <= s.last for c in chain)), None)
    if found is None:
        near = [s for s in slots if s.last < k - 1 and k - 1 - s.last <= RELATIVE_REACH]
        found = max(near, key=lambda s: s.last) if near else None
    # "die Regierung, der die Opposition … vorwirft": "der" after a feminine noun is dative
    heads = [noun] + ([found.first] if found is not None else [])
    articles = {w.lower for w in view.words[:k] if w.head in heads and w.dep == "det"}
    if found is not None and found.first > 0 and view.words[found.first - 1].pos == "DET":
        articles.add(view.words[found.first - 1].lower)
    clash = (grammar(view.lang).get("relative_gender_clash") or {}).get(view.words[k].lower)
    if articles & set(clash or ()):
        return None
    return found, k


def _relative_head(view: SentenceView, clause: tuple[int, int]) -> int | None:
    """When the clause is a relative clause (", bei denen …", ", in which …"), the index of
    the comma before it, right after the noun it describes."""
    k = clause[0]
    if k == 0 or view.words[k - 1].text != ",":
        return None
    rel = word_set(view.lang, "relative_pronouns")
    first = view.words[k].lower
    second = view.words[k + 1].lower if k + 1 < len(view.words) else ""
    if first in rel or second in rel:
        return k - 1
    return None


def _addressee_of_answered_demands(events: list[Event]) -> None:
    """"Iran rejected a U.S. demand to halt enrichment": the demand was made of the one who
    answers it, whatever the words after the noun say."""
    for e in events:
        if not (e.meta["nominal"] and e.type == "REQUEST"):
            continue
        for v in events:
            if v is e or v.meta["nominal"] or v.type not in ANSWERS or v.source is None:
                continue
            t = v.target
            if t is not None and t.start <= e.trigger[0] < t.end + 40 and v.source is not \
                    e.source:
                e.target = v.source
                e.why.append(f"target: '{v.source.text}', who answers the demand "
                             f"({v.type} '{v.why[0]}')")
                break


def _borrow_participants(events: list[Event]) -> None:
    """A noun event with no actors of its own ("Gespräche in Dschidda, bei denen sich die USA und
    die Ukraine … einigten") takes the participants of the verb event it is tied to."""
    verbal = [e for e in events if e.source is not None and not e.meta["nominal"]
              and e.meta.get("relative_of") is not None]
    for e in events:
        if e.source is None and e.meta["nominal"]:
            donors = [v for v in verbal if 0 <= v.meta["relative_of"] - e.meta["word"]
                      <= RELATIVE_REACH]
            if not donors:
                continue
            donor = donors[0]
            e.source, e.target = donor.source, donor.target
            e.why.append(f"source/target: borrowed from '{donor.why[0]}' in the same sentence")
            if e.attribution is None:
                e.attribution = donor.attribution
