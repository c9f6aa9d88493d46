"""Scope: ANNOTATION.md codes interactions between political actors. A business deal, a
sports transfer or a traffic accident between private parties is no event; an event needs at
least one political actor (a state, government, party, military, police, court, IGO, NGO,
armed group, or a person holding such an office), except for the types that citizens make
political by themselves (protests). Actors outside the KB get their sector from the head noun
of their phrase ("the Department of Transportation", "Delhi Police", "a Texas jury")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from eventcoder.document import DISPLACED, Actor, Document, Event, Mention
from eventcoder.events.places import find_places
from eventcoder.lang import load, word_set
from eventcoder.resolve.fold import fold_key, fold_token, tokenize

POLITICAL_SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD", "COP", "PTY", "OPP", "REB", "IGO", "NGO"}
POLITICAL_KINDS = {"state", "igo"}
# sectors of a state's organs at home: a bare "police", "the prosecutors", "a jury" outside the
# KB belongs to the country the story happens in; what they act on is in that country too
HOME_SECTORS = {"COP", "JUD", "GOV", "LEG"}
LAW_ENFORCEMENT = {"COP", "JUD"}
HOME_ACTS = {"COERCE", "ACCUSE"}  # what a government does to people in its own country
NAME_KINDS = {"igo", "org", "group"}  # KB names inside a phrase that lend it their sector


@cache
def _data(lang: str) -> dict:
    return load(lang, "scope") or {}


@cache
def _sector_nouns(lang: str) -> dict[tuple[str, ...], str]:
    """Folded word sequences → sector, plurals in -s included."""
    out: dict[tuple[str, ...], str] = {}
    for sector, words in (_data(lang).get("sector_nouns") or {}).items():
        for w in map(str, words):
            forms = [w, w + "s"] + ([w[:-1] + "ies"] if w.endswith("y") else [])  # armies
            for f in forms:
                out.setdefault(fold_key(f), sector)
    return out


@cache
def _cues(lang: str, type_: str = "") -> tuple[frozenset[tuple[str, ...]],
                                               tuple[tuple[str, ...], ...]]:
    """Political cue phrases, of all types or of one: (exact folded keys, prefix keys from a
    trailing *)."""
    exact, prefix = set(), []
    words = (_data(lang).get("type_cues") or {}).get(type_) or () if type_ else (
        _data(lang).get("political_cues") or ())
    for c in words:
        c = str(c)
        if c.endswith("*"):
            prefix.append(fold_key(c[:-1]))
        else:
            exact.add(fold_key(c))
    return frozenset(exact), tuple(prefix)


def political_cue(text: str, lang: str, type_: str = "") -> bool:
    """The text holds a word of war or of a state's act ("a car bomb", "pardoned"), or one of
    the words that make an event of `type_` political."""
    if type_ and political_cue(text, lang):
        return True
    exact, prefix = _cues(lang, type_)
    f = [fold_token(t) for t, _, _ in tokenize(text)]
    for i in range(len(f)):
        for key in exact:
            if tuple(f[i:i + len(key)]) == key:
                return True
        for key in prefix:
            n = len(key)
            if tuple(f[i:i + n - 1]) == key[:-1] and i + n <= len(f) and f[i + n - 1].startswith(
                    key[-1]):
                return True
    return False


@cache
def _prepositions(lang: str) -> frozenset[str]:
    return frozenset(str(p) for p in (load(lang, "grammar") or {}).get("prepositions") or ())


def _sector_at(toks: list[tuple[str, int, int]], ftoks: list[str], i: int,
               lang: str) -> tuple[int, str | None]:
    """(words, sector) of the longest sector word at token i: the language's sector nouns,
    then the KB's role lexicon, then a KB organisation or group named there."""
    from eventcoder.resolve.kb import load_kb

    nouns = _sector_nouns(lang)
    not_roles = {fold_key(w) for w in _data(lang).get("not_roles") or ()}
    for n in range(min(5, len(toks) - i), 0, -1):
        s = nouns.get(tuple(ftoks[i:i + n]))
        if s:
            if i > 0 and (ftoks[i - 1], *ftoks[i:i + n]) in not_roles:
                return n, None  # "a holiday party": a gathering
            return n, s
    kb = load_kb()
    n, role = kb.role_at(toks, ftoks, i)
    if n and role is not None and role.sector:
        return n, role.sector
    if toks[i][0][:1].isupper():
        n, hits = kb.match_at(toks, ftoks, i)
        if n and hits:
            e = hits[0].entry
            if e.kind in NAME_KINDS and e.sector and hits[0].form != "adj":
                return n, e.sector
            if e.kind == "person" and n > 1:
                sectors = [o.sector for o in e.offices if o.sector]
                if sectors:
                    return n, sectors[-1]
    return (n or 1), None


def phrase_sector(text: str, lang: str) -> str | None:
    """The sector a noun phrase outside the KB names: its last sector word before the first
    preposition ("the Department of Transportation", "a Texas jury"), else the first one
    after it ("leaders of the opposition party"); None when it names none ("a car")."""
    toks = [t for t in tokenize(text) if t[0] not in ("'", "’")]
    ftoks = [fold_token(t) for t, _, _ in toks]
    preps = _prepositions(lang)
    head: str | None = None
    i, before = 0, True
    while i < len(toks):
        if before and ftoks[i] in preps and i > 0:
            if head:
                return head
            before = False
        n, sector = _sector_at(toks, ftoks, i, lang)
        if sector:
            if not before:
                return sector
            head = sector
        i += n
    return head


def political(actor: Actor, text: str = "", lang: str = "en") -> bool:
    """A state, IGO or actor of a political sector, a person the KB knows (its persons hold
    or held office: "Ex-Kanzler Faymann" still is one); an actor outside the KB by its head
    noun."""
    if actor.kind in POLITICAL_KINDS or actor.sector in POLITICAL_SECTORS:
        return True
    if actor.kind == "person" and actor.id is not None:
        return True
    if actor.id is None and actor.sector is None and text:
        return phrase_sector(text, lang) in POLITICAL_SECTORS
    return False


def _political_mention(m: Mention | None, lang: str, mentions: list[Mention]) -> bool:
    """The actor, one of its members, or a KB mention inside its span is political."""
    if m is None:
        return False
    return political(m.actor, m.text, lang) or any(
        political(x.actor, x.text, lang) for x in m.members) or any(
        m.start <= x.start and x.end <= m.end and political(x.actor) for x in mentions)


def in_scope(ev: Event, doc: Document, lang: str) -> bool:
    """The event happens in the world, not in a plot, and has a political actor, is of a
    type citizens make political (protest), or its evidence names a weapon of war or a
    state's act."""
    if fiction(ev, doc, lang) or _disaster_emergency(ev, doc, lang):
        return False
    if ev.type in set(_data(lang).get("open_types") or ()):
        return True
    if _routine_inquiry(ev, lang):
        return False
    if _political_mention(ev.source, lang, doc.mentions) or _political_mention(
            ev.target, lang, doc.mentions):
        return True
    return political_cue(doc.text[ev.evidence[0]:ev.evidence[1]], lang, ev.type)


_CAST = re.compile(r"\w\s\((?:[A-ZÄÖÜ][\w'.-]+\s){1,2}[A-ZÄÖÜ][\w'-]+\)")


def _fiction_words(text: str, lang: str, key: str = "fiction_nouns") -> list[tuple[int, int]]:
    """Spans of capitalised words that are a fiction noun or end in a fiction head
    ("Kinofilm"); with `key` "fiction_beings" only the beings of stories ("Vampir")."""
    nouns = {fold_token(str(w)) for w in _data(lang).get(key) or ()}
    if key == "fiction_nouns":
        nouns |= {fold_token(str(w)) for w in _data(lang).get("fiction_beings") or ()}
    heads = [fold_token(str(w)) for w in _data(lang).get("fiction_heads") or ()] if (
        key == "fiction_nouns") else []
    out = []
    for w, s, e in tokenize(text):
        if not w[:1].isupper():
            continue
        f = fold_token(w).split("-")[-1]
        if f in nouns or any(f.endswith(n) and len(f) - len(n) >= 3 for n in heads):
            out.append((s, e))
    return out


def fiction(ev: Event, doc: Document, lang: str) -> bool:
    """A plot summary: the text names works of fiction or casts actors at least 'fiction_min'
    times, and the event's sentence names one outside the event's evidence (an act on the
    work itself, "verbot den Film", is real) or a being of stories (`fiction_beings`) anywhere,
    or it or the one before casts an actor in brackets after a role ("Jill (Emma Stone)")."""
    if not (0 <= ev.sentence < len(doc.sentences)):
        return False
    if len(_fiction_words(doc.text, lang)) + len(_CAST.findall(doc.text)) < int(
            _data(lang).get("fiction_min") or 1):
        return False
    a, b = ev.evidence
    sent = doc.sentences[ev.sentence]
    if _fiction_words(sent.text, lang, "fiction_beings"):
        return True  # an act on or by a vampire happens in a story, whatever its words
    words = [sent.start + s for s, _ in _fiction_words(sent.text, lang)]
    if any(a <= s < b for s in words):
        return False
    if words or _CAST.search(sent.text):
        return True
    return ev.sentence > 0 and bool(_CAST.search(doc.sentences[ev.sentence - 1].text))


def _disaster_emergency(ev: Event, doc: Document, lang: str) -> bool:
    """A state of emergency whose sentence or one of the `disaster_reach` before names a
    disaster ("Der Damm bricht … Die Regierung verhängt den Notstand"): relief, not
    repression."""
    if ev.mode not in set(_data(lang).get("emergency_modes") or ()) or not (
            0 <= ev.sentence < len(doc.sentences)):
        return False
    words = [fold_token(str(w)) for w in _data(lang).get("disaster_words") or ()]
    reach = int(_data(lang).get("disaster_reach") or 1)
    for k in range(ev.sentence - reach, ev.sentence + 1):
        if k < 0:
            continue
        for w, _, _ in tokenize(doc.sentences[k].text):
            f = fold_token(w).split("-")[-1]
            if w[:1].isupper() and any(f == d or (f.endswith(d) and len(f) - len(d) >= 3)
                                       for d in words):
                return True
    return False


def _routine_inquiry(ev: Event, lang: str) -> bool:
    """Police investigating an incident ("officers were investigating a report of a device",
    "police launched an investigation into how he died"): routine work, aimed at no actor."""
    if ev.mode != "investigate" or ev.source is None:
        return False
    words = [w.lower() for w, _, _ in tokenize(ev.source.text) if w.isalpha()]
    if (ev.source.actor.sector or phrase_sector(ev.source.text, lang)) != "COP" and not (
            words and words[-1] in set(_data(lang).get("police_or_military") or ())):
        return False
    t = ev.target
    return t is None or not (political(t.actor, t.text, lang) or t.actor.country
                             or _private_party(t, lang))


def _with(m: Mention, **kw) -> Mention:
    return replace(m, actor=replace(m.actor, **kw))


@cache
def _person_words(lang: str) -> frozenset[str]:
    g = load(lang, "grammar") or {}
    words = set(g.get("person_nouns") or ()) | set(g.get("subject_pronouns") or ()) | set(
        _data(lang).get("private_person_nouns") or ())
    return frozenset(str(w) for w in words) | {"him", "her", "them"}


def _private_party(m: Mention, lang: str) -> bool:
    """A person or group outside the state: a name, a pronoun or a phrase headed by a person
    noun ("the driver", "John Doe", "him"); not a thing ("the building") nor an organ of state."""
    if political(m.actor, m.text if m.actor.id is None else "", lang):
        return False
    if m.actor.kind in ("person", "group") or m.actor.sector in ("CVL", "REF"):
        return True
    if "".join(m.text.lower().split()).endswith(tuple(
            str(e) for e in _data(lang).get("private_person_endings") or ())):
        return True  # "a 60-year-old", "a 27 - year - old"
    words: list[str] = []
    preps = _prepositions(lang)
    for t, _, _ in tokenize(m.text):
        if words and t.lower() in preps:
            break  # "a Denton man of two counts": the head stands before the preposition
        if t.isalpha():
            words.append(t)
    if not words:
        return False
    last = words[-1]
    return last[:1].isupper() or last.lower() in _person_words(lang) or last.lower().rstrip(
        "s") in _person_words(lang)


def home_countries(events: list[Event], doc: Document) -> None:
    """Text-only actors: the sector their head noun names; a home organ of state ("police",
    "a jury") without a country takes the country of the event's place, else the document's
    topic country (else its dateline's or its clock times' zone's); a private party that
    police or a court acts on, or that acts on them, takes theirs ("police arrested John
    Doe")."""
    lang = doc.lang or "en"
    topic = doc.meta.get("topic_countries") or []
    if not topic:  # no place outside a longer name: the places inside names ("Cypress Park")
        places = Counter(p.place.country for p in (doc.meta.get("places") or ([], None))[0]
                         if p.place.country)
        topic = [c for c, _ in places.most_common(1)]
    if not topic:  # the dateline ("ATLANTA (AP) -"), else a clock time's zone ("9:00 PM PDT")
        line = (doc.meta.get("places") or ([], None))[1]
        home = line.place.country if line is not None else _zone_country(doc.text, lang)
        topic = [home] if home else []
    ambiguous = {fold_token(str(w)) for w in _data(lang).get("police_or_military") or ()}
    police_story = any(m.actor.sector == "COP" for m in doc.mentions) and not any(
        m.actor.sector == "MIL" and fold_token(m.text.split()[-1]) not in ambiguous
        for m in doc.mentions if m.text.split())
    for ev in events:
        for role in ("source", "target"):
            m = getattr(ev, role)
            if m is None:
                continue
            if police_story and m.actor.sector == "MIL" and m.text.split() and fold_token(
                    m.text.split()[-1]) in ambiguous:
                m = _with(m, sector="COP")  # "officers" in a police story
                ev.why.append(f"{role} sector COP: officers in a story about police")
            if m.actor.id is not None or m.members:
                setattr(ev, role, m)
                continue
            if m.actor.sector is None and m.actor.kind == "unknown":
                sector = phrase_sector(m.text, lang)
                if sector:
                    m = _with(m, sector=sector)
            if m.actor.country is None and (country := _place_country(m.text, lang)):
                m = _with(m, country=country)  # "Israel's assault on Gaza"
                ev.why.append(f"{role} country {country}: a place that stands for its people")
            if m.actor.country is None and m.actor.sector in HOME_SECTORS:
                home = ev.location.country if ev.location and ev.location.country else (
                    topic[0] if topic else None)
                if home:
                    m = _with(m, country=home)
                    ev.why.append(f"{role} country {home}: a home organ of state where the "
                                  "story happens")
            setattr(ev, role, m)
        s, t = ev.source, ev.target
        for a, b, role in ((s, t, "target"), (t, s, "source")):
            if a is None or b is None or b.members or b.actor.country is not None:
                continue
            # a government that arrests or charges someone does so at home ("die türkische
            # Regierung ließ … festnehmen"); its threats and talks reach abroad
            home_act = a.actor.sector in LAW_ENFORCEMENT or (
                a.actor.sector in HOME_SECTORS and role == "target" and ev.type in HOME_ACTS)
            # refugees keep the country they fled; "westliche Konzerne" have none
            if home_act and a.actor.country and _private_party(b, lang) and (
                    b.actor.sector not in DISPLACED) and "foreign" not in b.how.split("+"):
                setattr(ev, role, _with(b, country=a.actor.country))
                ev.why.append(f"{role} country {a.actor.country}: acted on by, or acting on, "
                              "its police or courts")
        _single_country_parties(ev, doc.meta.get("topic_countries") or [], lang)


def _place_country(text: str, lang: str) -> str | None:
    """The country of a mention that is a place name and nothing else ("Gaza", "the Gaza
    Strip", "den Gazastreifen"): only articles may stand before it."""
    places = find_places(text, lang)
    if len(places) != 1 or not places[0].place.country:
        return None
    head = text[:places[0].start]
    if text[places[0].end:].strip() or any(
            t.lower() not in word_set(lang, "articles") for t, _, _ in tokenize(head)):
        return None
    return places[0].place.country


def _single_country_parties(ev: Event, topic: list[str], lang: str) -> None:
    """A private party without a country ("the scientists", "union members", "John Doe") in a
    story whose text names one country only belongs to that country, unless the event happens
    elsewhere or a state's organ acts on it other than at home (threats, talks); refugees and
    parties marked foreign keep none."""
    if len(topic) != 1 or (ev.location and ev.location.country not in (None, topic[0])):
        return
    for role in ("source", "target"):
        m = getattr(ev, role)
        if m is None or m.members or m.actor.id is not None or m.actor.country is not None:
            continue
        if m.actor.sector in DISPLACED or "foreign" in m.how.split("+") or not _private_party(
                m, lang):
            continue
        s = ev.source
        if role == "target" and s is not None and s.actor.country and ev.type not in HOME_ACTS \
                and political(s.actor, s.text, lang):
            continue  # a state's threats and talks reach abroad: "Russland droht den Kurden"
        setattr(ev, role, _with(m, country=topic[0]))
        ev.why.append(f"{role} country {topic[0]}: a private party in a story about one "
                      "country")


_CLOCK_ZONE = re.compile(r"\b\d{1,2} ?[:.] ?\d{2} ?(?:[AaPp]\.? ?[Mm]\.?)? ?\(?([A-Z]{2,4})\b")


def _zone_country(text: str, lang: str) -> str | None:
    """The country of the first time zone (`time_zones`) after a clock time in the text."""
    zones = {str(k): str(v) for k, v in (_data(lang).get("time_zones") or {}).items()}
    if not zones:
        return None
    return next((zones[m.group(1)] for m in _CLOCK_ZONE.finditer(text) if m.group(1) in zones),
                None)


@cache
def _court_nouns(lang: str) -> frozenset[tuple[str, ...]]:
    """Folded word sequences that name a court, judge or jury."""
    return frozenset(fold_key(str(w)) for w in _data(lang).get("court_nouns") or ())


def _court_phrase(text: str, lang: str) -> bool:
    """Does the phrase name a court, judge or jury ("An Atlanta judge", "the Supreme Court")?"""
    ftoks = [fold_token(t) for t, _, _ in tokenize(text)]
    return any(tuple(ftoks[i:i + len(key)]) == key for key in _court_nouns(lang)
               for i in range(len(ftoks)))


@cache
def _prosecutor_nouns(lang: str) -> frozenset[tuple[str, ...]]:
    """Folded word sequences that name a prosecutor or a prosecuting office."""
    return frozenset(fold_key(str(w)) for w in _data(lang).get("prosecutor_nouns") or ())


def _prosecutor_phrase(text: str, lang: str) -> bool:
    """Does the phrase name a prosecutor ("Prosecutors", "the county attorney's office")?"""
    ftoks = [fold_token(t) for t, _, _ in tokenize(text)]
    return any(tuple(ftoks[i:i + len(key)]) == key for key in _prosecutor_nouns(lang)
               for i in range(len(ftoks)))


def _prosecutors(doc: Document, lang: str) -> list[Mention]:
    """Prosecuting offices the knowledge base does not know, as the text names them ("The
    Hennepin County attorney's office", "the district attorney"): the prosecutor noun with the
    article and capitalised words before it."""
    out: list[Mention] = []
    keys = _prosecutor_nouns(lang)
    toks = list(tokenize(doc.text))
    folded = [fold_token(t) for t, _, _ in toks]
    articles = set(_data(lang).get("prosecutor_articles") or ())
    for i in range(len(toks)):
        key = next((k for k in sorted(keys, key=len, reverse=True)
                    if tuple(folded[i:i + len(k)]) == k), None)
        if key is None or any(m.start <= toks[i][1] < m.end for m in out):
            continue
        first = i
        while first > 0 and (toks[first - 1][0][:1].isupper() or toks[first - 1][0] in (
                "'s", "'", "’s")) and toks[first - 1][0].lower() not in articles:
            first -= 1
        if first > 0 and toks[first - 1][0].lower() in articles:
            first -= 1
        start, end = toks[first][1], toks[i + len(key) - 1][2]
        out.append(Mention(start, end, doc.text[start:end], Actor(None, None, None, "JUD",
                                                                  "unknown"),
                           how="prosecutor named in the text"))
    return out


def law_enforcer(doc: Document, view, match, earlier: list[Event]) -> Mention | None:  # noqa: ANN001
    """The police or court that did an act of law enforcement reported with no agent ("was
    arrested", "Driver Charged"): the nearest police or judicial actor the document names (for
    a conviction or sentence a judge, jury or court only),
    in the sentence or before it, else after it; None when it names none."""
    lang = view.lang
    lemmas = view.words[match.word].lemmas
    doers: set[str] = set()
    for sectors, acts in (_data(lang).get("law_enforcement_acts") or {}).items():
        if lemmas & {str(a) for a in acts}:
            doers |= set(str(sectors).split())
    if not doers:
        return None
    cands = [m for m in doc.mentions if m.actor.sector in doers and not m.members]
    cands += [e.source for e in earlier if e.source is not None and e.source.actor.id is None
              and (e.source.actor.sector or phrase_sector(e.source.text, lang)) in doers]
    if lemmas & {str(a) for a in _data(lang).get("court_acts") or ()}:
        cands = [m for m in cands if _court_phrase(m.text, lang)]  # a jury convicts, not police
    if lemmas & {str(a) for a in _data(lang).get("charging_acts") or ()}:
        # "Man charged": the prosecutors or the attorney's office the story names, not police
        pros = [m for m in cands if _prosecutor_phrase(m.text, lang)] + _prosecutors(doc, lang)
        cands = pros or [m for m in cands if not _court_phrase(m.text, lang)]
    if not cands:
        return None
    at = view.words[match.word].start

    def distance(m: Mention) -> tuple[int, int]:
        same = view.start <= m.start < view.end
        return (0 if same else 1 if m.start < at else 2, abs(m.start - at))

    return min(cands, key=distance)
