"""The actor knowledge base: shipped data files in `eventcoder/kb/` plus an optional user overlay.

Schema of every file: `eventcoder/kb/SCHEMA.md`. One loader, `load_kb()`, builds one
`KnowledgeBase` holding the entries and a gazetteer index of spelling-folded name keys.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventcoder.datafile import load_yaml
from eventcoder.document import Actor
from eventcoder.resolve.fold import TOKEN_RE, fold_key, fold_token, raw_key, tokenize

KB_DIR = Path(__file__).resolve().parent.parent / "kb"
ENV_VAR = "EVENTCODER_KB"

# how a name form ranks when two entries share a key (lower wins)
# which of several concurrent offices names a person (lower wins)
SECTOR_RANK = {
    "GOV": 0,
    "IGO": 1,
    "SPY": 2,
    "MIL": 3,
    "COP": 4,
    "JUD": 5,
    "LEG": 6,
    "OPP": 7,
    "PTY": 8,
}
FORM_RANK = {"name": 0, "acronym": 0, "capital": 1, "seat": 1, "people": 2, "adj": 3, "surname": 4}
_ACRONYM_RE = re.compile(r"^(?:[A-ZÄÖÜ0-9&]{2,7}\+?|(?:[A-Z]\.){2,4}|[A-Z][a-z]?[A-Z]{1,5})$")
_DE_ADJ_TOKEN = re.compile(r"^(.*(?:isch|ig|igt|lich|äisch|al))(e|en|es|er|em)$")
DE_ADJ_ENDINGS = ("", "e", "en", "es", "er", "em")


@lru_cache(maxsize=1)
def _not_roles() -> frozenset[tuple[str, ...]]:
    """English word pairs whose second word only looks like a role ("Christmas party")."""
    from eventcoder.lang import word_tuple

    return frozenset(fold_key(w) for w in word_tuple("en", "not_roles", "scope"))


@lru_cache(maxsize=1)
def _not_role_words_de() -> frozenset[str]:
    """German compounds whose last part only looks like a role ("Schiedsrichter": a referee)."""
    from eventcoder.lang import word_tuple

    return frozenset(fold_token(w) for w in word_tuple("de", "not_role_words", "scope"))


@dataclass(frozen=True)
class Office:
    """An office a person held, from `start` to `end` (ISO dates; None = open)."""

    office: str
    country: str | None
    sector: str | None
    org: str | None = None
    start: str | None = None
    end: str | None = None

    def held_on(self, date: str | None) -> bool:
        """Whether the office was held on `date` (a None date means: now)."""
        if date is None:
            return self.end is None
        d = _pad(date)
        return (self.start is None or _pad(self.start) <= d) and (
            self.end is None or d <= _pad(self.end, True)
        )


def _pad(date: str, end: bool = False) -> str:
    """Pad `2025` / `2025-03` to a full ISO date (first or last day)."""
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if end else f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{date}-31" if end else f"{date}-01"
    return date


@dataclass
class Entry:
    """One actor the KB knows: a state, organisation, armed group, outlet or person."""

    id: str
    name: str
    kind: str  # state, igo, org, group, person, media
    country: str | None = None
    sector: str | None = None
    names: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)  # German stems + English adjectives
    people: list[str] = field(default_factory=list)  # demonym nouns: Russen, Russians
    capitals: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    head: str | None = None  # title of the organisation's chief
    operates_in: list[str] = field(default_factory=list)
    also_in: list[str] = field(default_factory=list)  # same name, same kind, other countries
    branches: bool = False  # national branches: a bare mention is the home country's branch
    roles: list[str] = field(
        default_factory=list
    )  # descriptions, not names: "Auslandsgeheimdienst"
    source: str = ""


@dataclass(frozen=True)
class Hit:
    """An index hit: which entry a key names, and in which form."""

    entry: Entry
    form: str  # name, acronym, capital, seat, people, adj, surname
    variant: str


@dataclass
class Match:
    """A lookup result: the entry, the actor it resolves to on the date, the text matched."""

    entry: Entry
    actor: Actor
    text: str
    form: str
    hit: Hit | None = None

    @property
    def variant(self) -> str:
        """The KB spelling matched: the text itself when the KB lists it."""
        return _variant(self.hit, self.text) if self.hit is not None else self.text

    def as_json(self) -> dict[str, Any]:
        """The CLI's JSON form."""
        a = self.actor
        return {
            "id": a.id,
            "name": a.name,
            "country": a.country,
            "sector": a.sector,
            "kind": a.kind,
            "office": a.office,
            "matched": self.variant,
            "form": self.form,
        }


@dataclass(frozen=True)
class Role:
    """A title or role noun ("Außenminister", "troops") and what it says about an actor."""

    office: str
    sector: str | None
    kind: str
    head: bool = False
    form: str = ""
    holds: str | None = None  # regex over KB office titles: who holds this role on a date


def resolve_office(
    actor: Entry | Actor | None, date: str | None = None, kb: KnowledgeBase | None = None
) -> Office | None:
    """The office `actor` held on `date` (ISO; None = the current one), or None."""
    if actor is None:
        return None
    if isinstance(actor, Actor):
        kb = kb or load_kb()
        entry = kb.entries.get(actor.id or "")
        if entry is None:
            return None
    else:
        entry = actor
    held = [o for o in entry.offices if o.held_on(date)]
    if not held:
        return None
    # several at once: a substantive office before an acting one, a state office before a party
    # office, then the latest started
    return max(
        held,
        key=lambda o: (
            "acting" not in o.office.lower() and "interim" not in o.office.lower(),
            -SECTOR_RANK.get(o.sector or "", 9),
            _pad(o.start or "0000"),
        ),
    )


class KnowledgeBase:
    """Entries, their name index and the role lexicon."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.roles_de: dict[str, Role] = {}
        self.roles_en: dict[tuple[str, ...], Role] = {}
        self.folded: dict[tuple[str, ...], list[Hit]] = {}
        self.raw: dict[tuple[str, ...], list[Hit]] = {}
        self.max_folded: dict[str, int] = {}
        self.max_raw: dict[str, int] = {}
        self.max_role: dict[str, int] = {}
        self.acronyms: set[str] = set()
        self.stoplist: set[str] = set()
        self.heads: dict[str, list[Entry]] = defaultdict(list)  # org id -> persons who led it
        self.literal: dict[tuple[str, ...], set[tuple[str, ...]]] = {}  # spellings as written
        self._persons: list[Entry] | None = None

    # ---- building -------------------------------------------------------------------------

    def add(self, entry: Entry) -> None:
        """Add or replace an entry (a user overlay entry with a known id replaces it)."""
        self.entries[entry.id] = entry

    def build_index(self) -> None:
        """(Re)build the gazetteer index from the entries."""
        folded: dict[tuple[str, ...], list[Hit]] = defaultdict(list)
        raw: dict[tuple[str, ...], list[Hit]] = defaultdict(list)
        literal: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        surnames: dict[tuple[str, ...], set[str]] = defaultdict(set)
        surname_hits: dict[tuple[str, ...], Hit] = {}
        self.heads = defaultdict(list)
        self._persons = None
        for e in self.entries.values():
            people = [p for p in e.people if p not in e.adjectives]
            for form, texts in (
                ("name", e.names),
                ("capital", e.capitals),
                ("seat", e.seats),
                ("people", people),
            ):
                for t in texts:
                    if _ACRONYM_RE.match(t.replace(" ", "")) and t not in self.stoplist:
                        raw[raw_key(t)].append(Hit(e, "acronym", t))
                        self.acronyms.add(t)
                        continue
                    if _has_nonlatin(t) and (len("".join(fold_key(t))) < 5 or not _is_cyrillic(t)):
                        # Arabic, Hebrew, CJK romanise to bare consonant strings ("hmd") that
                        # would match Latin words; Cyrillic transliterates well
                        continue
                    for v in _inflect(t):
                        k = fold_key(v)
                        folded[k].append(Hit(e, form, t))
                        literal[k].add(tuple(w.lower() for w in raw_key(v)))
            for a in e.adjectives:
                if _ACRONYM_RE.match(a):
                    raw[raw_key(a)].append(Hit(e, "adj", a))
                    continue
                forms = [a + end for end in DE_ADJ_ENDINGS] if a[:1].islower() else [a]
                for v in forms:
                    k = fold_key(v)
                    folded[k].append(Hit(e, "adj", a))
                    literal[k].add(tuple(w.lower() for w in raw_key(v)))
            if e.kind == "person":
                for t in e.names:
                    words = t.split()
                    if len(words) >= 2 and not _has_nonlatin(t) and words[-1][:1].isupper():
                        sur = words[-1].strip(",.")
                        for v in (sur, sur + "s"):
                            k = fold_key(v)
                            surnames[k].add(e.id)
                            literal[k].add(tuple(w.lower() for w in raw_key(v)))
                            surname_hits.setdefault(k, Hit(e, "surname", sur))
                for o in e.offices:
                    if o.org:
                        self.heads[o.org.lower()].append(e)
        for k, ids in surnames.items():
            if len(ids) == 1 and k not in folded and len(k[0]) > 3:
                folded[k].append(surname_hits[k])
        # a one-word person key that several persons claim ("Assad", "Kim", "Clinton") names none
        # of them; the document's full-name mention links its later surnames instead
        # ... and so does one that is another person's first name ("Martin", "Charles", "Omar")
        first_names: dict[str, set[str]] = defaultdict(set)
        for e in self.entries.values():
            if e.kind == "person":
                for t in e.names:
                    words = t.split()
                    if len(words) >= 2:
                        first_names[fold_token(words[0])].add(e.id)
        self.given_names = frozenset(first_names)  # first words of persons' full names
        for k, hits in list(folded.items()):
            if len(k) != 1:
                continue
            claims = {h.entry.id for h in hits if h.entry.kind == "person"} | surnames.get(k, set())
            if claims and first_names.get(k[0], set()) - claims:
                claims |= first_names[k[0]]
            if len(claims) > 1:
                rest = [h for h in hits if h.entry.kind != "person"]
                if rest:
                    folded[k] = rest
                else:
                    del folded[k]
        for k in [k for k in folded if len(k) == 1 and len(k[0]) < 2]:
            del folded[k]  # folding collapsed the name to one letter ("Jiji" → "i" = "I")
        for hits in folded.values():
            hits.sort(key=lambda h: FORM_RANK.get(h.form, 9))
        self.folded, self.raw, self.literal = dict(folded), dict(raw), dict(literal)
        self.max_folded, self.max_raw = _max_lengths(self.folded), _max_lengths(self.raw)

    def load_roles(self, rows: Iterable[dict[str, Any]]) -> None:
        """Read the role lexicon (roles.yaml rows)."""
        for r in rows:
            args = (r["office"], r.get("sector"), r.get("kind", "person"), bool(r.get("head")))
            for w in r.get("de") or []:
                self.roles_de.setdefault(fold_token(w), Role(*args, w, r.get("holds")))
            for w in r.get("en") or []:
                self.roles_en.setdefault(fold_key(w), Role(*args, w, r.get("holds")))
        self.max_role = _max_lengths(self.roles_en)

    # ---- matching -------------------------------------------------------------------------

    def match_at(
        self, toks: list[tuple[str, int, int]], ftoks: list[str], i: int, require_case: bool = True
    ) -> tuple[int, list[Hit]]:
        """Longest gazetteer match starting at token `i`: (number of tokens, hits)."""
        best_n: int = 0
        best: list[Hit] = []
        n_raw = self.max_raw.get(toks[i][0], 0)
        for n in range(min(n_raw, len(toks) - i), 0, -1):
            hits = self.raw.get(tuple(t for t, _, _ in toks[i : i + n]))
            if hits:
                best_n, best = n, hits
                break
        n_f = self.max_folded.get(ftoks[i], 0)
        for n in range(min(n_f, len(toks) - i), best_n, -1):
            hits = self.folded.get(tuple(ftoks[i : i + n]))
            if not hits:
                continue
            if require_case:
                first = toks[i][0]
                hits = [
                    h
                    for h in hits
                    if h.form == "adj" or not first[:1].islower() or h.variant[:1].islower()
                ]
            if hits and n == 1 and (toks[i][0].lower(),) not in self.literal.get((ftoks[i],), ()):
                # matched by folding alone: "Basis" folds like "Basijs", "I" like "Jiji",
                # "Raqqa" like "Raka"; short keys and ordinary words are no spellings of a name
                short = 6 if hits[0].entry.kind == "person" else 4
                if len(ftoks[i]) < short or is_common_word(toks[i][0]):
                    continue
            if hits and n == 1 and hits[0].entry.kind == "person" and _word_not_name(toks, i):
                continue
            if hits and n == 1:
                # entries spelled as written go first: "Cameron" is the surname of David
                # Cameron, not "Cameroon", which folds the same ("oo" as "o")
                # (whole entries: the hit order of one entry stays, "Athens" is still read as
                # the genitive of "Athen")
                spelled = {h.entry.id for h in hits if h.variant.lower() == toks[i][0].lower()}
                hits = [h for h in hits if h.entry.id in spelled] or hits
            if hits:
                return n, hits
        return best_n, best

    def role_at(
        self, toks: list[tuple[str, int, int]], ftoks: list[str], i: int
    ) -> tuple[int, Role | None]:
        """A role at token `i`: English multi-word titles first, then German words and compounds."""
        n_max = self.max_role.get(ftoks[i], 0)
        for n in range(min(n_max, len(toks) - i), 0, -1):
            r = self.roles_en.get(tuple(ftoks[i : i + n]))
            if r:
                if i > 0 and (ftoks[i - 1], *ftoks[i : i + n]) in _not_roles():
                    return 0, None  # "an office Christmas party": a gathering, no party
                return n, r
        word = toks[i][0]
        if not word.isalpha() or len(word) < 3 or not word[:1].isupper():
            return 0, None
        r = self.role_word(ftoks[i])
        return (1, r) if r else (0, None)

    @lru_cache(maxsize=100_000)  # noqa: B019 - the KB lives as long as the process
    def role_word(self, f: str) -> Role | None:
        """A German role word, inflected or as the last part of a compound ("Regierungstruppen")."""
        cands = [f] + [
            f[: -len(s)]
            for s in ("innen", "es", "en", "er", "em", "in", "n", "s", "e")
            if f.endswith(s) and len(f) - len(s) >= 3
        ]
        if any(c in _not_role_words_de() for c in cands):
            return None
        for c in cands:
            if c in self.roles_de:
                return self.roles_de[c]
        for c in cands:
            for k in range(1, len(c) - 3):
                r = self.roles_de.get(c[k:])
                if r:
                    return r
        return None

    def compound_prefix(self, f: str, role: Role) -> list[Hit]:
        """Hits for the first part of a compound role word ("kremlchef" -> Kreml), if any."""
        r = _fold_role(role.form)
        if not f.endswith(r) or len(f) - len(r) < 2:
            return []
        pre = f[: len(f) - len(r)]
        for p in (pre, pre[:-1] if pre.endswith("s") else None):
            hits = self.folded.get((p,)) if p else None
            if (
                hits
                and hits[0].form in ("name", "seat", "capital")
                and hits[0].entry.kind != "person"
            ):
                return hits
        return []

    def lookup(self, text: str, lang: str | None = None, date: str | None = None) -> list[Match]:
        """Entries that `text` names as a whole (any spelling), resolved on `date`."""
        words = TOKEN_RE.findall(text)
        if not words:
            return []
        out: list[Match] = []
        seen: set[str] = set()
        for table, key in ((self.raw, tuple(words)), (self.folded, tuple(map(fold_token, words)))):
            for h in table.get(key, ()):
                if h.entry.id not in seen:
                    seen.add(h.entry.id)
                    out.append(Match(h.entry, self.actor_for(h.entry, date), text, h.form, h))
        return out

    def actor_for(self, entry: Entry, date: str | None = None) -> Actor:
        """The actor an entry stands for on `date`: a person takes the office held then."""
        if entry.kind == "person":
            o = resolve_office(entry, date)
            if o is None and date is None and entry.offices:
                # undated text: the latest office the person held is the best guess
                o = max(
                    entry.offices,
                    key=lambda o: (
                        _pad(o.end or "9999", True),
                        -SECTOR_RANK.get(o.sector or "", 9),
                    ),
                )
            if o is not None:
                return Actor(entry.id, entry.name, o.country, o.sector, "person", o.office)
            country = entry.country or (entry.offices[-1].country if entry.offices else None)
            return Actor(entry.id, entry.name, country, entry.sector, "person", None)
        return Actor(entry.id, entry.name, entry.country, entry.sector, entry.kind, None)

    def head_of(self, org_id: str, date: str | None) -> Entry | None:
        """The person who led organisation `org_id` on `date`, when exactly one did."""
        found = [
            p
            for p in self.heads.get(org_id.lower(), [])
            if any(o.org and o.org.lower() == org_id.lower() and o.held_on(date) for o in p.offices)
        ]
        return found[0] if len(found) == 1 else None

    def org_by_role(self, country: str, words: list[str]) -> Entry | None:
        """The one organisation of `country` that `words` describe ("Foreign Intelligence Service"
        + RUS -> SVR), by the entries' `roles`, compared without inflection endings."""
        key = tuple(_stem(fold_token(w)) for w in words if w.isalnum())
        if not key:
            return None
        found = []
        for e in self.entries.values():
            if e.country != country or e.kind in ("state", "person"):
                continue
            for n in e.roles:
                if tuple(_stem(fold_token(w)) for w, _, _ in tokenize(n) if w.isalnum()) == key:
                    found.append(e)
                    break
        return found[0] if len(found) == 1 else None

    def holder(self, country: str, role: Role, date: str | None) -> Entry | None:
        """The one person who held `role` (its `holds` pattern) for `country` on `date`."""
        if not role.holds or not date:
            return None
        entry = self.entries.get(country)
        names = [n for n in (entry.names if entry else []) if n.isascii()] or [country]
        pat = _holds_re(role.holds.replace("{country}", "|".join(re.escape(n) for n in names)))
        found = {
            p.id: p
            for p in self.persons
            for o in p.offices
            if o.country == country and pat.search(o.office) and o.held_on(date)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    @property
    def persons(self) -> list[Entry]:
        """All person entries."""
        if self._persons is None:
            self._persons = [e for e in self.entries.values() if e.kind == "person"]
        return self._persons

    def is_actor_acronym(self, token: str) -> bool:
        """Whether `token` is an actor acronym (SVR, CIA, NATO): never a place name."""
        return token in self.acronyms

    def list(
        self,
        country: str | None = None,
        sector: str | None = None,
        kind: str | None = None,
        date: str | None = None,
    ) -> list[Actor]:
        """Actors filtered by country, sector and kind (persons by their office on `date`)."""
        out = []
        for e in self.entries.values():
            a = self.actor_for(e, date)
            if country and (a.country or "") != country.upper():
                continue
            if sector and (a.sector or "") != sector.upper():
                continue
            if kind and a.kind != kind:
                continue
            out.append(a)
        return out


@lru_cache(maxsize=2048)
def _fold_role(form: str) -> str:
    return fold_token(form)


@lru_cache(maxsize=64)
def _holds_re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@lru_cache(maxsize=1)
def _dictionaries() -> tuple[Any, ...]:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory()
    return tuple(factory.get_dictionary(lang) for lang in ("de", "en"))


@lru_cache(maxsize=50_000)
def is_common_word(word: str) -> bool:
    """Whether `word` is an ordinary German or English word form (simplemma's dictionaries)."""
    return any(word in d or word.lower() in d for d in _dictionaries())


_DETERMINERS = {
    "der",
    "die",
    "das",
    "des",
    "dem",
    "den",
    "ein",
    "eine",
    "einen",
    "einem",
    "eines",
    "einer",
    "the",
    "a",
    "an",
    "kein",
    "keine",
    "jeder",
    "jede",
    "this",
    "that",
}


def _word_not_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """A one-word name that is also an ordinary word, used as the word: after an article
    ("des Schiffs", "der Jäger") or a short sentence-initial lower-case word ("Nur so ...")."""
    word = toks[i][0]
    if not is_common_word(word):
        return False
    prev = toks[i - 1][0] if i else "."
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if nxt[:1].isdigit() or prev[:1].isdigit():
        return True  # a date: "May 14", "14. April", not Theresa May
    if prev.lower() in _DETERMINERS:
        return True
    # sentence-initial short function words ("Nur", "Kurz darauf"), not "Blinken sagte"
    short = len(word) <= 4
    return prev in '.!?:"–-' and short and any(word.lower() in d for d in _dictionaries())


def _stem(f: str) -> str:
    """A folded word without German inflection endings."""
    for end in ("es", "en", "er", "em", "s", "n", "e"):
        if f.endswith(end) and len(f) - len(end) >= 4:
            return f[: -len(end)]
    return f


def _variant(h: Hit, text: str) -> str:
    """The KB spelling that `text` matched: the same string if the KB has it."""
    names = [
        *h.entry.names,
        *h.entry.capitals,
        *h.entry.seats,
        *h.entry.people,
        *h.entry.adjectives,
    ]
    t = text.strip()
    return next((n for n in names if n == t), None) or next(
        (n for n in names if n.lower() == t.lower()), h.variant
    )


def _is_cyrillic(s: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in s)


def _has_nonlatin(s: str) -> bool:
    return any(ord(c) > 0x24F and c.isalpha() for c in s)


def _max_lengths(index: dict[tuple[str, ...], Any]) -> dict[str, int]:
    m: dict[str, int] = {}
    for k in index:
        if k and len(k) > m.get(k[0], 0):
            m[k[0]] = len(k)
    return m


def _inflect(name: str) -> list[str]:
    """German inflected forms of a name: adjective endings inside, genitive -s at the end; and
    an English "of the" name without its article."""
    words = name.split(" ")
    options: list[list[str]] = []
    for i, w in enumerate(words):
        m = _DE_ADJ_TOKEN.match(w)
        if m and i < len(words) - 1 and w[:1].isupper():
            options.append([m.group(1) + end for end in ("e", "en", "es", "er", "em")])
        else:
            options.append([w])
    forms = [""]
    for opts in options:
        forms = [f"{f} {o}".strip() for f in forms for o in opts]
    out = list(forms)
    last = words[-1]
    if last[:1].isupper() and last.isalpha() and not last.endswith(("s", "x", "z", "ß")):
        out += [f + "s" for f in forms]
        if last.endswith("e") and len(words) > 1:  # Vereinigte Arabische Emirate -> Emiraten
            out += [f + "n" for f in forms]
    # "Democratic Republic of the Congo" is also written without the article
    out += [f.replace(" of the ", " of ") for f in out if " of the " in f]
    return out


# ---- loading ------------------------------------------------------------------------------


def _entry_from(obj: dict[str, Any], kind: str, sector: str | None, source: str) -> Entry:
    offices = [
        Office(
            o.get("office", ""),
            o.get("country"),
            o.get("sector"),
            o.get("org"),
            o.get("start"),
            o.get("end"),
        )
        for o in obj.get("offices") or []
    ]
    names = list(obj.get("names") or [])
    if obj.get("name") and obj["name"] not in names:
        names.insert(0, obj["name"])
    for v in obj.get("variants") or []:
        if v not in names:
            names.append(v)
    return Entry(
        id=str(obj["id"]),
        name=obj.get("name") or names[0],
        kind=obj.get("kind", kind),
        country=obj.get("country"),
        sector=obj.get("sector", sector),
        names=names,
        adjectives=list(obj.get("adjectives") or []),
        branches=bool(obj.get("branches")),
        people=list(obj.get("people") or []),
        capitals=list(obj.get("capitals") or []),
        seats=list(obj.get("seats") or []),
        offices=offices,
        head=obj.get("head"),
        operates_in=list(obj.get("operates_in") or []),
        also_in=list(obj.get("also_in") or []),
        roles=list(obj.get("roles") or []),
        source=source,
    )


def _read_records(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip() and not line.startswith("#")]
    with path.open(encoding="utf-8") as f:
        data = load_yaml(f)
    if isinstance(data, dict):  # a user overlay may group records by file kind
        out: list[dict[str, Any]] = []
        for k, rows in data.items():
            for r in rows or []:
                out.append({"_section": k, **r})
        return out
    return list(data or [])


# section (a shipped file's stem, or a section of a user overlay) -> (default kind, sector)
SECTIONS = {
    "countries": ("state", "GOV"),
    "igos": ("igo", "IGO"),
    "institutions": ("org", None),
    "groups": ("group", "REB"),
    "media": ("media", "MED"),
    "persons": ("person", None),
}
# shipped file -> (default kind, default sector); persons are loaded from kb/persons/
SHIPPED = {name: SECTIONS[name.split(".")[0]] for name in (
    "countries.jsonl", "igos.yaml", "institutions.yaml", "groups.yaml", "media.yaml")}


def build_kb(kb_path: str | os.PathLike[str] | None = None, kb_dir: Path = KB_DIR) -> KnowledgeBase:
    """Build a KnowledgeBase from the shipped files and an optional user overlay file."""
    kb = KnowledgeBase()
    stop = kb_dir / "acronym_stoplist.txt"
    if stop.exists():
        kb.stoplist = {
            ln.strip()
            for ln in stop.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")
        }
    for fname, (kind, sector) in SHIPPED.items():
        p = kb_dir / fname
        if p.exists():
            for obj in _read_records(p):
                kb.add(_entry_from(obj, kind, sector, fname))
    for p in sorted((kb_dir / "persons").glob("*.jsonl")):
        for obj in _read_records(p):
            e = _entry_from(obj, "person", None, f"persons/{p.name}")
            if e.id in kb.entries and kb.entries[e.id].kind == "person" and p.name.startswith("_"):
                continue  # the seed file never overrides the full person lists
            kb.add(e)
    kb.load_roles(load_yaml((kb_dir / "roles.yaml").read_text(encoding="utf-8")))
    regions = kb_dir / "region_words.tsv"
    if regions.exists():
        for iso3, words in region_adjectives(regions).items():
            if iso3 in kb.entries:
                e = kb.entries[iso3]
                e.adjectives = list(dict.fromkeys([*e.adjectives, *words]))
    overlay = kb_path or os.environ.get(ENV_VAR)
    if overlay:
        apply_overlay(kb, Path(overlay))
    kb.build_index()
    return kb


def apply_overlay(kb: KnowledgeBase, path: Path) -> None:
    """Add or override entries from a user file (YAML list/sections or JSON Lines)."""
    for obj in _read_records(path):
        section = obj.pop("_section", None)
        if section == "roles":
            kb.load_roles([obj])
            continue
        kind, sector = SECTIONS.get(section or "", (obj.get("kind", "org"), obj.get("sector")))
        if "offices" in obj or "variants" in obj:
            kind = "person"
        old = kb.entries.get(str(obj["id"]))
        new = _entry_from(obj, kind, sector, str(path))
        if old is not None:  # a partial record overrides only what it sets
            fields = {
                k: getattr(new, k)
                for k in ("name", "country", "sector", "kind", "head")
                if k in obj
            }
            merged = replace(old, **fields, source=str(path))
            for k in ("names", "adjectives", "people", "capitals", "seats", "offices"):
                extra = getattr(new, k)
                if k in obj or (k == "names" and "variants" in obj):
                    setattr(
                        merged,
                        k,
                        list(dict.fromkeys([*getattr(old, k), *extra]))
                        if k != "offices"
                        else extra,
                    )
            new = merged
        kb.add(new)


_CACHE: dict[str, KnowledgeBase] = {}


def load_kb(kb_path: str | os.PathLike[str] | None = None) -> KnowledgeBase:
    """The knowledge base (built once per overlay path; `EVENTCODER_KB` names a user file)."""
    key = str(kb_path or os.environ.get(ENV_VAR) or "")
    if key not in _CACHE:
        _CACHE[key] = build_kb(kb_path)
    return _CACHE[key]


def region_adjectives(path: Path) -> dict[str, list[str]]:
    """Adjectives of regions and cities (German and English), by the ISO3 of their country."""
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.reader((ln for ln in f if not ln.startswith("#")), delimiter="\t"):
            if row:
                out[row[0]] = [w.strip() for c in row[1:] if c.strip() != "-"
                               for w in c.split(";") if w.strip()]
    return out


def country_rows(path: Path = KB_DIR / "country_words.tsv") -> dict[str, dict[str, list[str]]]:
    """The hand-typed country words (adjectives, demonyms, exonyms, seats), by ISO3."""
    out: dict[str, dict[str, list[str]]] = {}
    with path.open(encoding="utf-8") as f:
        rows = csv.reader((ln for ln in f if not ln.startswith("#")), delimiter="\t")
        for row in rows:
            if not row:
                continue
            cols = [
                [] if c.strip() == "-" else [x.strip() for x in c.split(";") if x.strip()]
                for c in row[1:]
            ]
            cols += [[]] * (6 - len(cols))
            out[row[0]] = {
                "de_adj": cols[0],
                "en_adj": cols[1],
                "de_people": cols[2],
                "en_people": cols[3],
                "extra": cols[4],
                "seats": cols[5],
            }
    return out
