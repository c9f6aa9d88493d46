"""Mention finding: stretches of `Document.text` that name actors, resolved against the KB.

Requires `doc.text` (and uses `doc.sentences`, `doc.published` when set); assigns `doc.mentions`.
Rules, in the order they apply to a noun phrase:
  gazetteer   names, acronyms (case-sensitive), capitals and seats of power, demonyms, persons
  modifier    "der russische Außenminister", "Israels Präsident", "US-Außenminister", "CIA-Chef"
  title       role + organisation/country: "Chef der CIA", "Außenminister Russlands"
  apposition  role + name: "Außenminister Sergej Lawrow", "Direktor des SVR, Sergej Naryschkin"
  coreference later surnames and "der Minister" / "the president" link back
  group       "Geheimdienstmitarbeiter beider Länder", "both sides": members from context
  context     bare roles ("die Polizei", "Rebellen"): a place in their clause, a nearby actor of
              their sector, else the topic country (`_Finder._context_country`)
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date as date_cls
from typing import TYPE_CHECKING

from eventcoder.document import DISPLACED, Actor, Document, Mention
from eventcoder.lang import load, word_set
from eventcoder.resolve.fold import fold_token, tokenize
from eventcoder.resolve.kb import Hit, KnowledgeBase, Role, is_common_word, load_kb

if TYPE_CHECKING:
    from eventcoder.events.places import PlaceMention

ATTACH = word_set("de", "role_attach_preps") | word_set("en", "role_attach_preps")
ARTICLES = word_set("de", "articles") | word_set("en", "articles")
NAME_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "abu",
    "de",
    "da",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "ben",
    "ould",
    "ag",
    "di",
    "du",
    "dos",
    "del",
    "zu",
}
NOT_NAMES = word_set("de", "not_name_words") | word_set("en", "not_name_words")
GROUP_PAIR = re.compile(
    r"(?i)\b(?:beide[rn]?|der beiden|die beiden|den beiden|both|the two)\s+"
    r"(?:Länder[n]?|Staaten|Nationen|Regierungen|countries|nations|states|governments)\b"
)
GROUP_SIDES = re.compile(
    r"(?i)\b(?:(?:die|beide|den|der)\s+(?:Parteien|Seiten|Konfliktparteien|Verhandlungspartner)"
    r"|beide[rn]?\s+Seiten|both (?:sides|parties)|the (?:two )?(?:sides|parties))\b"
)
GROUP_STARTS = word_set("de", "group_openers") | word_set("en", "group_openers")  # folded
CONTEXT_SENTENCES = 4
HEADLINE_WEIGHT = 2  # a state or place named before the dateline (title, teaser) counts double
LOCATIVE = word_set("de", "place_mention_preps") | word_set("en", "place_mention_preps")  # folded
# "Ontario's (top) attorney general", "Ohio's Gov. Jane Doe": a place's possessive before a role
POSSESSIVE_GAP = re.compile(r"\s?['’]s\s+(?:[A-Za-z]+\.?\s+){0,2}|\s")  # or "Ohio Gov."
DATELINE_DASH = re.compile(r" ?(?:[–—]|--?) ")
PATRON = re.compile(  # between a backing state and the role it backs
    r"(?i)-(?:backed|supported|sponsored)\s+|\s+(?:unterstützte[nrs]?|gestützte[nrs]?)\s+"
)
PARTNER_PREPS = word_set("de", "party_preps") | word_set("en", "party_preps")  # folded
PARTNER_WEIGHT = 0.5
CLAUSE_BREAKS = set(",;:–—()\"„“”»«")  # a place beyond these is in another clause
# sectors whose bare role words ("die Regierung", "the army") take the country in context
ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÄÖÜ]{2,6})\)")  # "Internet-Polizei (IIP)"
# the two sides of a civil conflict, for "beide Seiten" within one country
CIVIL_WAR_SIDES = {"GOV": "state", "MIL": "state", "REB": "challenger", "OPP": "challenger"}
# offices of state whose holders the foreign press names by family name alone (KB sectors);
# the KB's local offices of those sectors (office names start so) are not among them
NATIONAL_SECTORS = {"GOV", "MIL", "SPY"}
LOCAL_OFFICES = ("mayor", "governor", "deputy mayor")
RECALLED = {"MIL", "COP"}  # bare roles that take the country of one named a few sentences back
DOMESTIC = {"GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "CVL", "PTY", "BUS", "REL"}
# refugees and migrants (DISPLACED) get no country from context: only a preposition of origin
# ("aus", "from") attaches one
ORIGIN_PREPS = word_set("de", "origin_preps") | word_set("en", "origin_preps")
# national organisations (a party, a parliament, a court, a ministry) name the country a story
# is about as a state's name does; outlets and agencies are named in any story
TOPIC_ORG_SECTORS = {"LEG", "JUD", "PTY"}
FILED_SECTORS = {"COP", "JUD"}  # bare roles at work where the report was filed ("Calais – ")
FILED_OFFICES = {"Authorities"}  # "die Behörden" too
PRIVATE_SECTORS = {"BUS", "CVL"}  # roles that stay foreign once the text calls them so
NATIONAL_ORGANS = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "PTY"}  # institutions, parties


@dataclass
class _Unit:
    i: int
    j: int
    kind: str  # gaz, role
    hits: list[Hit] = field(default_factory=list)
    role: Role | None = None


@dataclass
class _Phrase:
    start_tok: int
    end_tok: int
    country: str | None = None
    org: Hit | None = None
    role: Role | None = None
    person: Hit | None = None
    name: str | None = None  # an unknown person's name from the text
    combined: bool = False  # "Leiter der Sonderdienste": a role attached to a role
    org_title: bool = False  # "ÖGB-Präsident": the title of an organisation the KB lacks
    role_words: list[str] = field(default_factory=list)
    how: list[str] = field(default_factory=list)


class _Finder:
    """One document's mention search."""

    def __init__(self, doc: Document, kb: KnowledgeBase, date: str | None) -> None:
        self.doc, self.kb, self.date = doc, kb, date
        self.text = doc.text
        self.toks = tokenize(doc.text)
        self.ftoks = [fold_token(t) for t, _, _ in self.toks]
        self.units: list[_Unit] = []
        self.unit_at: dict[int, _Unit] = {}
        self.mentions: list[Mention] = []
        self.surnames: dict[str, Actor] = {}
        self.dateline_place: PlaceMention | None = None
        self.foreign_roles: set[str] = set()  # offices of private roles called foreign
        self.sent_starts = [s.start for s in doc.sentences]
        self.doc_country: str | None = None
        self.topic: list[str] = []  # countries by topic weight, most named first
        self.places: list[PlaceMention] = []  # from the place gazetteer
        self.dateline: tuple[int, int] | None = None

    # ---- pass 1: gazetteer and role units --------------------------------------------------

    def scan(self) -> None:
        """Find gazetteer and role units; note the document's most named country."""
        toks, ftoks, kb = self.toks, self.ftoks, self.kb
        i, n = 0, len(toks)
        while i < n:
            ng, hits = kb.match_at(toks, ftoks, i)
            if ng and self._headline_caps(i, ng, hits):
                ng, hits = 0, []
            if (
                ng
                and hits[0].form != "acronym"
                and hits[0].entry.kind == "state"
                and toks[i][0].isupper()
                and len(toks[i][0]) > 3
            ):
                ng, hits = 0, []  # "MOSCOW --": a dateline or a shouted headline, not an actor
            if ng and hits[0].entry.kind == "state" and self._inside_name(i + ng, False):
                ng, hits = 0, []  # "British Columbia", "American Boulevard": part of a name
            nr, role = kb.role_at(toks, ftoks, i) if toks[i][0][:1].isalpha() else (0, None)
            if nr == 1 and toks[i][0].isupper() and i and toks[i - 1][0].isdigit():
                nr, role = 0, None  # "9:31 PM": a clock time, not a prime minister
            if ng == 1 and nr and hits[0].entry.kind == "person":
                ng = 0  # "Leiter" is a title before it is Mr Leiter
            if ng and ng >= nr:
                u = _Unit(i, i + ng, "gaz", hits=hits)
            elif nr and role is not None:
                u = _Unit(i, i + nr, "role", role=role)
                if nr == 1:
                    u.hits = kb.compound_prefix(ftoks[i], role)  # "Kremlchef": Kreml + Chef
            else:
                i += 1
                continue
            self.units.append(u)
            self.unit_at[i] = u
            i = u.j
        self._find_places()
        self._drop_dateline_states()
        self.topic = self._topic_countries()
        self.doc_country = self.topic[0] if self.topic else None

    def _find_places(self) -> None:
        """Places the gazetteer knows (cities, regions, countries) and the dateline's span."""
        from eventcoder.events.places import places_of

        self.places, d = places_of(self.doc)
        self.places = [
            p for p in self.places
            if not self._inside_name(
                bisect.bisect_left([a for _, a, _ in self.toks], p.end), p.kind != "country")
        ]
        if d is not None:
            self.dateline_place = d
            dash = DATELINE_DASH.search(self.text, d.end, d.end + 60)
            self.dateline = (d.start, dash.start() if dash else d.end)

    def _dateline_country(self) -> str | None:
        """The country of the dateline's place ("Wien – "), if the gazetteer knows it."""
        return next((p.place.country for p in self.places if self.dateline and p.place.country
                     and self.dateline[0] <= p.start < self.dateline[1]), None)

    def _filing_country(self) -> str | None:
        """The one country of all the dateline's places ("Calais – "; none for
        "Ljubljana/Spielfeld – "), where the text names it beyond the dateline too."""
        if self.dateline is None or "/" in self.text[self.dateline[0]:self.dateline[1]]:
            return None  # "Salzburg/Freilassing – ": the gazetteer may miss one of the places
        found = {p.place.country for p in [*self.places, self.dateline_place] if p is not None
                 and self.dateline and p.place.country
                 and self.dateline[0] <= p.start < self.dateline[1]}
        return next(iter(found)) if len(found) == 1 and found <= set(self.topic) else None

    def home_countries(self) -> tuple[str, ...]:
        """The dateline's country and the leading topic country, where known."""
        dateline = self._dateline_country()
        return tuple(([dateline] if dateline else []) + self.topic[:1])

    def _foreign(self, ph: _Phrase) -> bool:
        """A bare role after an adjective of no one country ("westlicher Konzerne",
        "ausländische Staatsbürger", "foreign companies"; `foreign_adjectives`): it takes no
        country from context."""
        words = word_set(self.doc.lang or "en", "foreign_adjectives")
        k = ph.start_tok - 1
        before = (k, k - 1) if self.tok(k)[:1].islower() else (k,)  # "westlicher großer"
        private = ph.role is not None and ph.role.sector in PRIVATE_SECTORS
        if any(self.tok(j).lower().startswith(w) for j in before for w in words):
            if private:
                self.foreign_roles.add(ph.role.office)
            return True
        # "westlicher Konzerne" … "von Konzernen": a bare private role the text has already
        # called foreign is still foreign
        return private and ph.country is None and ph.role.office in self.foreign_roles

    def _home_branch(self) -> str | None:
        """The country whose branch of an organisation with national branches a bare name
        means: the leading topic country where the dateline, if any, is in it too."""
        dateline = self._dateline_country()
        top = self.topic[0] if self.topic else None
        return top if dateline is None else (dateline if top in (None, dateline) else None)

    def _drop_dateline_states(self) -> None:
        """ "Beirut – ", "Gaza/Jerusalem – ": where the report was filed names no actor."""
        if self.dateline is None:
            return
        s, e = self.dateline
        for u in [u for u in self.units if u.kind == "gaz" and u.hits[0].entry.kind == "state"]:
            if s <= self.toks[u.i][1] < e:
                self.units.remove(u)
                del self.unit_at[u.i]

    def _inside_name(self, k: int, possessive: bool = True) -> bool:
        """English: a country word or place ending before token `k` that a capitalised word
        continues ("British Columbia", "Sam's Club", "American Boulevard") is part of a longer
        proper name; not when that word is a title or a known actor ("Indian Navy", "US
        Senate"), nor in a headline that capitalises every word. A country's possessive
        ("South Sudan's Unity state") is no name of its own."""
        if self.doc.lang != "en" or k >= len(self.toks):
            return False
        if possessive and self.tok(k) in ("'", "’") and self.tok(k + 1) == "s":
            k += 2  # "Sam's Club"
        w = self.tok(k)
        if not (w[:1].isupper() and w.isalpha() and len(w) > 1) or w.isupper():
            return False
        if self.kb.role_at(self.toks, self.ftoks, k)[0] or self.kb.match_at(
                self.toks, self.ftoks, k)[0]:
            return False
        s, e = self._sentence_span(self.toks[k][1])
        words = [  # the sentence's other words, less its first
            t for j, (t, a, _) in enumerate(self.toks)
            if s < a < e and t.isalpha() and len(t) > 3 and abs(j - k) > 2
        ]
        return len(words) < 2 or sum(t[:1].isupper() for t in words) * 5 < len(words) * 3

    def _stray_surname(self, h: Hit, word: str = "") -> bool:
        """A person's family name alone ("Lang", "Klitschko") in a text that names neither
        the person's first name nor any country the person held office in: another bearer of
        the name, unless the person held a national office of state."""
        e = h.entry
        if self._other_bearer(h, word):
            return True
        if any(
            o.sector in NATIONAL_SECTORS and not o.office.lower().startswith(LOCAL_OFFICES)
            for o in e.offices
        ):
            return False  # a minister or head of state is known by the family name abroad
        countries = {e.country} | {o.country for o in e.offices}
        if not self.topic or countries & set(self.topic):
            return False
        first = {fold_token(n.split()[0]) for n in e.names if len(n.split()) >= 2}
        return not first & set(self.ftoks)

    def _other_bearer(self, h: Hit, word: str = "") -> bool:
        """English: the text names another bearer of the name: a first name the KB person does
        not have right before it ("Guillermo Hernandez", "owner John Henry"), or a family name
        the person does not have right after it ("Costas Karamanlis"). German capitalises
        nouns ("Lukaschenkos Rücktritt", "Stürmer Keita"): there only a word before it that is
        no ordinary word ("Issiaka Ouedraogo"), that the parse tags as a proper name ("Douglas
        Costa") or that is another KB person's first name names another bearer. In both
        languages a warship's prefix before it ("USS Carney"; grammar ship_prefixes) does."""
        german = self.doc.lang != "en"
        own = {fold_token(w) for n in h.entry.names for w in n.split()}
        sur = word or fold_token(h.variant)
        covered = {j for u in self.units for j in range(u.i, u.j)}
        starts = set(self.sent_starts)
        ships = set((load(self.doc.lang or "en", "grammar") or {}).get("ship_prefixes") or {})
        for j in range(1, len(self.toks)):
            if self.ftoks[j] != sur:
                continue
            w, start = self.toks[j - 1][0], self.toks[j - 1][1]
            if w in ships:
                return True  # "the destroyer USS Carney": a warship bears the name
            if not (w.isalpha() and w[:1].isupper() and not w.isupper() and len(w) > 1):
                continue
            if j - 1 in covered or w in NOT_NAMES or fold_token(w) in own:
                continue
            if self.text[self.toks[j - 1][2]:self.toks[j][1]] != " ":
                continue
            if german and is_common_word(w) and not self._proper_noun(j - 1) and (
                    fold_token(w) not in self.kb.given_names):
                continue  # "Stürmer Keita"; not "Douglas Costa", "Issiaka Ouedraogo"
            if not german and (start in starts or j - 1 == 0) and is_common_word(w):
                continue  # "Yesterday Hernandez said"
            return True
        if german:
            return False
        for j in range(len(self.toks) - 1):
            if self.ftoks[j] != sur:
                continue
            w = self.toks[j + 1][0]  # "Costas Karamanlis": the name goes on
            if (w.isalpha() and w[:1].isupper() and not w.isupper() and len(w) > 2
                    and (j + 1 not in covered or self._person_unit(j + 1)) and w not in NOT_NAMES
                    and fold_token(w) not in own and not is_common_word(w.lower())
                    and self.text[self.toks[j][2]:self.toks[j + 1][1]] == " "):
                return True
        return False

    def _proper_noun(self, k: int) -> bool:
        """The parse tags token `k` as part of a proper name (PROPN), not as a noun."""
        span = getattr(self.doc.parsed, "char_span", None)
        if span is None:
            return False
        t = span(self.toks[k][1], self.toks[k][2], alignment_mode="expand")
        return t is not None and len(t) == 1 and t[0].pos_ == "PROPN"

    def _person_unit(self, k: int) -> bool:
        u = self.unit_at.get(k)
        return u is not None and u.kind == "gaz" and u.hits[0].entry.kind == "person"

    def _partner(self, char: int) -> bool:
        """A name governed by "mit", "gegen", "with", "against": a party the story's actor
        deals with rather than its topic."""
        k = self._tok_index(char) - 1
        if self.ftoks[k] in ARTICLES and k > 0:
            k -= 1
        return k >= 0 and self.ftoks[k] in PARTNER_PREPS

    def _topic_countries(self) -> list[str]:
        """Countries ranked by how often the text names them (states, demonyms, capitals and
        other places; national parties, parliaments and courts whose name no other country
        shares); the dateline city does not count, title and teaser count double, a
        partner after "mit" / "gegen" counts half, and
        of two named as often the one the body names first leads."""
        head_end = self.dateline[0] if self.dateline else -1
        weights: Counter[str] = Counter()  # float weights
        first: dict[str, int] = {}  # where the body first names it: the lead breaks ties
        spans: list[tuple[int, int]] = []

        def add(country: str | None, s: int, e: int) -> None:
            if not country or (self.dateline and s < self.dateline[1] and e > self.dateline[0]):
                return
            w = HEADLINE_WEIGHT if e <= head_end else 1
            weights[country] += w * PARTNER_WEIGHT if self._partner(s) else w
            if s > head_end:
                first.setdefault(country, s)

        features = word_set(self.doc.lang or "en", "place_feature_nouns")
        for u in self.units:
            if u.kind == "gaz" and u.hits[0].entry.kind == "state" and u.i >= 2 and (
                    self.tok(u.i - 1).lower() == "of" and self.tok(u.i - 2).lower() in features):
                continue  # "the Gulf of Aden": a sea, no party of the story
            if u.kind == "gaz" and u.hits[0].entry.kind == "state":
                s, e = self.toks[u.i][1], self.toks[u.j - 1][2]
                spans.append((s, e))
                add(u.hits[0].entry.country, s, e)
            elif u.kind == "gaz" and (o := u.hits[0].entry).kind in ("org", "group") and (
                    o.sector in TOPIC_ORG_SECTORS and o.country and not o.also_in):
                add(o.country, self.toks[u.i][1], self.toks[u.j - 1][2])  # "die SPÖ"
        for p in self.places:
            if any(s < p.end and p.start < e for s, e in spans):
                continue  # the KB already counted it
            add(p.place.country, p.start, p.end)
        return sorted(weights, key=lambda c: (-weights[c], first.get(c, len(self.text))))

    def _headline_caps(self, i: int, n: int, hits: list[Hit]) -> bool:
        """An acronym inside a run of capitalised words ("LET US GO") is not an acronym."""
        if hits[0].form != "acronym":
            return False
        around = [
            t
            for t, _, _ in self.toks[max(0, i - 2) : i] + self.toks[i + n : i + n + 2]
            if t.isalpha()
        ]
        return len(around) >= 3 and all(t.isupper() and len(t) > 1 for t in around)

    # ---- helpers -------------------------------------------------------------------------------

    def tok(self, k: int) -> str:
        return self.toks[k][0] if 0 <= k < len(self.toks) else ""

    def gaz(
        self, k: int, kinds: tuple[str, ...] | None = None, forms: tuple[str, ...] | None = None
    ) -> _Unit | None:
        u = self.unit_at.get(k)
        if u is None or u.kind != "gaz":
            return None
        h = u.hits[0]
        if kinds and h.entry.kind not in kinds:
            return None
        if forms and h.form not in forms:
            return None
        return u

    def role(self, k: int) -> _Unit | None:
        u = self.unit_at.get(k)
        return u if u is not None and u.kind == "role" else None

    def _role_reading(self, u: _Unit) -> _Unit | None:
        """The gazetteer unit `u` read as a generic office of the same words
        ("Bundesanwaltschaft" is Germany's and Switzerland's), if the roles have one."""
        n, role = self.kb.role_at(self.toks, self.ftoks, u.i)
        return _Unit(u.i, u.j, "role", role=role) if role is not None and u.i + n == u.j else None

    def sentence_of(self, char: int) -> int:
        if not self.sent_starts:
            return -1
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    # ---- pass 2: phrases ---------------------------------------------------------------------

    def build(self) -> None:
        k = 0
        while k < len(self.toks):
            u = self.unit_at.get(k)
            if u is None and (ph := self._name_apposition(k)) is not None:
                m = self._mention(ph)
                if m is not None:
                    self._emit(m)
                    k = ph.end_tok
                    continue
            if u is None:
                m = self._group(k) or self._surname(k)
                if m is not None:
                    self._emit(m)
                    k = self._tok_index(m.end)
                else:
                    k += 1
                continue
            ph = self._phrase(u)
            if ph is None:
                k = u.j
                continue
            m = self._mention(ph)
            if m is not None:
                self._emit(m)
            k = max(ph.end_tok, k + 1)

    def _tok_index(self, char: int) -> int:
        return bisect.bisect_left([s for _, s, _ in self.toks], char)

    def _phrase(self, u: _Unit) -> _Phrase | None:
        if self._company_name(u):
            return None
        ph = _Phrase(u.i, u.j)
        k = u.i
        # modifiers: demonym adjectives, genitive countries, "US-" / "CIA-" prefixes
        while True:
            cur = self.unit_at.get(k)
            if cur is None:
                break
            if cur.kind == "gaz" and cur.hits[0].form == "adj":
                nxt = self.unit_at.get(cur.j)
                if nxt is None:
                    return None  # an adjective alone names no actor
                ph.country = ph.country or cur.hits[0].entry.country
                ph.how.append("modifier")
                k = cur.j
                continue
            if cur.kind == "gaz" and cur.hits[0].entry.kind != "person":
                j = cur.j
                hyphen = self.tok(j) == "-" and (j + 1) < len(self.toks)
                genitive = self._genitive(cur)
                if self.tok(j) == "'" and self.tok(j + 1) == "s":
                    genitive, j = True, j + 2
                adjacent = (
                    not hyphen
                    and not genitive
                    and j < len(self.toks)
                    and self.text[self.toks[j - 1][2] : self.toks[j][1]] == " "
                )
                nxt_role = (
                    self.role(j + 1) if hyphen else (self.role(j) if genitive or adjacent else None)
                )
                nxt_org = self.gaz(j + 1 if hyphen else j, kinds=("org", "group", "media"))
                if (
                    cur.hits[0].entry.kind == "state"
                    and (hyphen or genitive or adjacent)
                    and nxt_org is not None
                    and (nxt_org.hits[0].entry.country in (None, cur.hits[0].entry.country)
                         or self._role_reading(nxt_org) is not None)
                ):
                    ph.country = ph.country or cur.hits[0].entry.country  # "Pakistan's ISI"
                    ph.how.append("modifier")
                    k = nxt_org.i
                    continue
                if (
                    nxt_role is not None
                    and self.toks[j + (1 if hyphen else 0)][1] - self.toks[j - 1][2] <= 1
                ):
                    self._attach(ph, cur.hits[0])
                    ph.how.append("modifier")
                    k = j + 1 if hyphen else j
                    continue
                if (
                    hyphen
                    and self.tok(j + 1)[:1].isupper()
                    and self.unit_at.get(j + 1) is None
                    and self.toks[j][1] == self.toks[cur.j - 1][2]
                ):
                    if (cur.hits[0].entry.kind == "state" and self.tok(j + 1).lower()
                            in word_set(self.doc.lang or "en", "company_compound_heads")):
                        return None  # "die Österreich-Tochter des Konzerns": a firm's branch
                    # compound with an unknown head ("UN-Konferenz"): the actor is the prefix
                    self._attach(ph, cur.hits[0])
                    ph.end_tok = j + 2
                    ph.how.append("compound")
                    return ph
            break
        cur = self.unit_at.get(k)
        if cur is None:
            return None
        own: str | None = None
        if (cur.kind == "gaz" and ph.country and cur.hits[0].entry.kind == "org"
                and cur.hits[0].entry.country not in (None, ph.country)):
            # another state's office of the same name ("die Schweizer Bundesanwaltschaft",
            # "the Italian Senate"): the modifier's country with the office's role; without
            # one ("der österreichische Bundesrat") the modifier's country's institution
            reading = self._role_reading(cur)
            if reading is None and cur.hits[0].entry.sector in NATIONAL_ORGANS:
                own = ph.country
            cur = reading or cur
        if cur.kind == "gaz":
            h = cur.hits[0]
            if h.entry.kind == "person":
                if ph.role is None and cur.j - cur.i == 1 and self._stray_surname(
                        h, self.ftoks[cur.i]):
                    return None
                ph.person = h
            elif h.form == "people":
                self._attach(ph, h)
                ph.role = Role("People", "CVL", "group", form=h.variant)
            else:
                self._attach(ph, h)
                if own:
                    ph.country = own
                    ph.how.append("another country's namesake")
            ph.end_tok = cur.j
            ph.how.append(f"gazetteer:{h.form}")
            self._acronym_after(ph)
            if ph.person is not None:
                self._apposition_after(ph)
            elif ph.role is None:
                return ph
            return ph
        # a role
        if cur.hits:  # its compound prefix names the organisation or country
            self._attach(ph, cur.hits[0])
            ph.how.append("compound")
        ph.role = cur.role
        if not cur.hits and cur.role.kind == "person":
            org_sector = self._unknown_org_prefix(cur.i)
            if org_sector is not False:  # "ÖGB-Präsident": heads an organisation, no state
                ph.role = replace(cur.role, sector=org_sector, head=True)
                ph.org_title = True
                ph.how.append("organisation title")
        ph.role_words = [t for t, _, _ in self.toks[cur.i : cur.j]]
        ph.end_tok = cur.j
        ph.how.append("title")
        if self._private_owner(ph):
            return None
        self._attachment_after(ph)
        self._acronym_after(ph)
        self._name_after(ph)
        if ph.name is not None:
            self._party_after(ph)
        return ph

    def _private_owner(self, ph: _Phrase) -> bool:
        """German: a state-like organ without a named state whose genitive owner is a league,
        club, university or firm ("der Senat 1 der österreichischen Fußball-Bundesliga"): no
        organ of a state."""
        if (self.doc.lang != "de" or ph.role is None or ph.org is not None
                or ph.country is not None or ph.role.sector not in ("LEG", "GOV", "JUD")):
            return False
        k = ph.end_tok
        if self.tok(k).isdigit():
            k += 1  # "Senat 1"
        if self.tok(k).lower() not in ("der", "des"):
            return False
        owners = word_set("de", "private_owner_nouns")
        for j in range(k + 1, min(k + 7, len(self.toks))):
            w = self.tok(j)
            if w == "-" or not w[:1].isupper():
                continue
            if self.tok(j + 1) == "-":
                continue  # "Fußball-Bundesliga": the head comes last
            if any(v.i <= j < v.j for v in self.units if v.kind == "gaz"):
                return False  # a known body ("der Arabischen Liga")
            return any(w.lower().endswith(o) for o in owners)
        return False

    def _company_name(self, u: _Unit) -> bool:
        """German: a country name that is part of a firm's, product's or newspaper's name: a
        company word or an unknown acronym right before it ("Telekom Austria", "HD Austria"),
        a company word right after it ("Austria AG"), or a (quoted) name after a media noun
        (die Zeitung "Österreich")."""
        if self.doc.lang != "de" or u.kind != "gaz" or u.hits[0].entry.kind != "state":
            return False
        words = word_set("de", "company_name_words")
        covered = {j for v in self.units for j in range(v.i, v.j)}

        def joined(a: int, b: int) -> bool:
            return 0 <= a < b < len(self.toks) and self.text[
                self.toks[a][2]:self.toks[b][1]] == " "

        p = u.i - 1
        if joined(p, u.i) and p not in covered and self.toks[p][1] not in self.sent_starts:
            w = self.tok(p)
            if w.lower() in words or (w.isupper() and w.isalpha() and 2 <= len(w) <= 4):
                return True
        if joined(u.j - 1, u.j) and self.tok(u.j).lower() in words:
            return True
        media = word_set("de", "media_name_nouns")
        if joined(p, u.i) and self.tok(p).lower() in media:
            return True  # "die Tageszeitung Österreich"
        quotes = {'"', "„", "“", "”", "»", "«", "‚", "‘", "'"}
        return (u.i >= 2 and self.tok(u.i - 1) in quotes and u.j < len(self.toks)
                and self.tok(u.j) in quotes and self.tok(u.i - 2).lower() in media)

    def _unknown_org_prefix(self, i: int) -> str | None | bool:
        """The title at token i is the second part of a hyphen compound whose first part is
        a name the KB does not know ("ÖGB-Präsident", "IG-Metall-Chef"): the sector that
        first part names as a role noun, or None; False when there is no such prefix (or only
        a title modifier: "Ex-Präsident", "Vize-Kanzler")."""
        if i < 2 or self.tok(i - 1) != "-":
            return False
        if self.toks[i][1] != self.toks[i - 1][2] or self.toks[i - 1][1] != self.toks[i - 2][2]:
            return False
        word = self.tok(i - 2)
        if not word[:1].isupper() or self.unit_at.get(i - 2) is not None or any(
                u.i <= i - 2 < u.j for u in self.units):
            return False
        modifiers = {str(w).lower() for w in (load(self.doc.lang or "en", "grammar") or {}).get(
            "title_modifiers") or ()}
        if word.lower() in modifiers:
            return False
        _, role = self.kb.role_at(self.toks, self.ftoks, i - 2)
        return role.sector if role is not None and role.sector else None

    def _genitive(self, u: _Unit) -> bool:
        t = self.tok(u.j - 1)
        v = u.hits[0].variant
        return (
            t.endswith("s")
            and not v.endswith("s")
            and u.hits[0].form in ("name", "capital", "seat")
        )

    def _attach(self, ph: _Phrase, h: Hit) -> None:
        e = h.entry
        if e.kind == "state":
            ph.country = ph.country or e.country
            if ph.org is None:
                ph.org = h
        elif ph.org is None or ph.org.entry.kind == "state":
            ph.org = h
            if e.country and ph.country and e.country != ph.country and e.kind != "igo":
                ph.country = e.country

    def _attachment_after(self, ph: _Phrase) -> None:
        """Role + "des/der/of (the)" + [adjectives] + organisation or country."""
        k = ph.end_tok
        prep = self.tok(k).lower()
        g = self.gaz(k, kinds=("state",))
        if g is not None and ph.country is None and ph.org is None and self._genitive(g):
            self._attach(ph, g.hits[0])  # "Außenminister Russlands"
            ph.end_tok = g.j
            ph.how.append("title:of")
            return
        if prep not in ATTACH or (ph.org is not None and ph.org.entry.kind != "state"):
            return
        if ph.role is not None and ph.role.sector in DISPLACED and prep not in ORIGIN_PREPS:
            return  # "Flüchtlinge in Griechenland": where they are, not where they are from
        if prep in ("in", "im", "aus", "from") and (
            ph.role is None or ph.role.kind == "person" or ph.country is not None
        ):
            return
        k += 1
        if self.tok(k).lower() in ARTICLES:
            k += 1
        country = None
        while (u := self.gaz(k, forms=("adj",))) is not None:
            country = country or u.hits[0].entry.country
            k = u.j
        forms = word_set(self.doc.lang or "en", "state_form_nouns")
        if self.tok(k).lower() in forms and self.gaz(k) is None:
            # "die Regierung des Königreichs Bahrain", "the government of the Republic of X"
            k += 1
            if self.tok(k).lower() in ATTACH:
                k += 1
            g = self.gaz(k, kinds=("state",))
            if g is not None and ph.country is None and ph.org is None:
                self._attach(ph, g.hits[0])
                ph.end_tok = g.j
                ph.how.append("title:of")
            return
        g = self.gaz(k)
        r = self.role(k)
        if (
            g is not None
            and g.hits[0].entry.kind == "person"
            and ph.role is not None
            and ph.role.kind != "person"
            and ph.country is None
        ):
            a = self.kb.actor_for(
                g.hits[0].entry, self.date
            )  # "die Regierung von Baschar al-Assad"
            if a.country:
                ph.country = a.country
                ph.end_tok = g.j
                ph.how.append("title:of-person")
            return
        if g is not None and g.hits[0].entry.kind != "person" and g.hits[0].form != "people":
            if country:
                ph.country = ph.country or country
            self._attach(ph, g.hits[0])
            ph.end_tok = g.j
            ph.how.append("title:of")
        elif r is not None and r.role is not None and r.role.kind in ("org", "group"):
            ph.country = ph.country or country
            ph.role = _combine_roles(ph.role, r.role)
            ph.combined = True
            ph.end_tok = r.j
            ph.how.append("title:of")
            g = self.gaz(r.j, kinds=("org", "group", "media", "igo"))
            if g is not None:  # "Kämpfer der Terrormiliz Islamischer Staat"
                self._attach(ph, g.hits[0])
                ph.end_tok = g.j

    def _acronym_after(self, ph: _Phrase) -> None:
        """ "(SVR)" after a phrase names its organisation."""
        k = ph.end_tok
        if self.tok(k) != "(":
            return
        g = self.gaz(k + 1)
        if g is None or self.tok(g.j) != ")":
            return
        h = g.hits[0]
        if h.entry.kind == "state" or h.entry.kind == "person":
            return
        if ph.country and h.entry.country and h.entry.country != ph.country:
            return
        if ph.org is None or ph.org.entry.kind == "state" or ph.org.entry.id == h.entry.id:
            ph.org = h
            ph.country = ph.country or h.entry.country
        ph.end_tok = g.j + 1

    def _party_after(self, ph: _Phrase) -> None:
        """ "Innenministerin Anna Beispiel (ÖVP)": the party in brackets after a name the KB
        does not know gives the person's country (the party stays a mention of its own)."""
        k = ph.end_tok
        if ph.country is not None or ph.org is not None or self.tok(k) != "(":
            return
        g = self.gaz(k + 1, kinds=("org",))
        if g is None or self.tok(g.j) != ")":
            return
        e = g.hits[0].entry
        if e.sector == "PTY" and e.country and not e.also_in:
            ph.country = e.country
            ph.how.append("party")

    def _name_after(self, ph: _Phrase) -> None:
        """Role phrase + person name, directly or after a comma (apposition)."""
        k = ph.end_tok
        if (
            ph.role is not None
            and ph.role.kind != "person"
            and (ph.org is None or ph.org.entry.kind == "state")
        ):
            g = self.gaz(k, kinds=("org", "group", "media", "igo"))
            if (
                g is not None
                and g.hits[0].entry.country in (None, ph.country)
                or (g is not None and ph.country is None)
            ):
                ph.org = g.hits[0]
                ph.country = ph.country or g.hits[0].entry.country
                ph.end_tok = g.j
                ph.how.append("title+name")
                return
            g = self.gaz(k, kinds=("state",))
            if g is not None and ph.org is None and ph.country is None and not self.tok(
                    k)[:1].islower():
                # "die Hauptstadt Sanaa": the role names the state the name stands for
                ph.org = g.hits[0]
                ph.country = g.hits[0].entry.country
                ph.end_tok = g.j
                ph.how.append("title+name")
                return
        comma = self.tok(k) == ","
        if comma:
            k += 1
        g = self.gaz(k, kinds=("person",))
        if g is not None and (g.hits[0].form == "surname" or (
                self.doc.lang == "en" and g.j - k == 1)) and self._unknown_name(k, True) > g.j:
            # "Präsident Pierre Nkurunziza": a longer name, not Ms Jean-Pierre; "Prime
            # Minister Costas Karamanlis" is not Mr Costa
            g = None
        if g is not None:
            if comma and self.tok(g.j) not in (",", ")", ".") and not self._verbish(g.j):
                pass
            ph.person = g.hits[0]
            ph.end_tok = g.j
            ph.how.append("apposition" if comma else "title+name")
            return
        if k >= len(self.toks) or "\n" in self.text[self.toks[k - 1][2] : self.toks[k][1]]:
            return
        name_end = self._unknown_name(k, True)
        if name_end > k and ph.role is not None and ph.role.kind == "person":
            if comma and (name_end - k < 2 or self.tok(name_end) not in (",", ".", ")")):
                return
            ph.name = self.text[self.toks[k][1] : self.toks[name_end - 1][2]]
            ph.end_tok = name_end
            ph.how.append("apposition" if comma else "title+name")

    def _name_apposition(self, k: int) -> _Phrase | None:
        """An unknown name + ", (der) Sprecher des BND" / ", a spokesman for the Pentagon"."""
        t = self.tok(k)
        if not t[:1].isupper() or t in NOT_NAMES or (k and self.toks[k - 1][2] == self.toks[k][1]):
            return None
        if not self.tok(k + 1)[:1].isupper() and self.tok(k + 1) != "-":
            return None  # a name here has two words at least
        end = self._unknown_name(k)
        if end - k < 2 or self.tok(end) != ",":
            return None
        j = end + 1
        if self.tok(j).lower() in ARTICLES:
            j += 1
        country = None
        while (u := self.gaz(j, forms=("adj",))) is not None:
            country = country or u.hits[0].entry.country
            j = u.j
        r = self.role(j)
        if r is None or r.role is None or r.role.kind != "person":
            return None
        ph = _Phrase(k, r.j, country=country, role=r.role, how=["apposition"])
        ph.role_words = [w for w, _, _ in self.toks[r.i : r.j]]
        ph.name = self.text[self.toks[k][1] : self.toks[end - 1][2]]
        self._attachment_after(ph)
        self._acronym_after(ph)
        if ph.org is None and ph.country is None:
            return None
        return ph

    def _verbish(self, k: int) -> bool:
        t = self.tok(k)
        return bool(t) and t[:1].islower()

    def _unknown_name(self, k: int, after_title: bool = False) -> int:
        """End of a run of capitalised name words starting at token `k` (k when none)."""
        j, words = k, 0
        u0 = self.unit_at.get(k)
        if (
            after_title
            and u0 is not None
            and u0.kind == "gaz"
            and u0.hits[0].entry.kind == "person"
            and u0.j == k + 1
        ):
            j, words = k + 1, 1  # a known surname may start a longer unknown name
        while j < len(self.toks) and words < 5:
            t = self.tok(j)
            if j > k and "\n" in self.text[self.toks[j - 1][2] : self.toks[j][1]]:
                break
            u = self.unit_at.get(j)
            if (
                t[:1].isupper()
                and t.isalpha()
                and t not in NOT_NAMES
                and not (t.isupper() and len(t) > 1)
                and (
                    u is None
                    or (
                        words
                        and u.kind == "gaz"
                        and u.j == j + 1
                        and u.hits[0].entry.kind == "person"
                    )
                )
            ):
                words += 1
                j += 1
            elif words and t in NAME_PARTICLES | {"-"} and self.tok(j + 1)[:1].isupper():
                j += 1
            elif (
                words
                and t.lower() in NAME_PARTICLES
                and self.tok(j + 1) == "-"
                and self.tok(j + 2)[:1].isupper()
            ):
                j += 2  # "Abdel-Malek al-Mikhlafi"
            elif not words and t.lower() in NAME_PARTICLES and self.tok(j + 1) == "-":
                j += 2
            else:
                break
        return j if words else k

    def _apposition_after(self, ph: _Phrase) -> None:
        """Person + ", (der) Direktor des SVR" gives the person the role's country and sector."""
        k = ph.end_tok
        if self.tok(k) != ",":
            return
        k += 1
        if self.tok(k).lower() in ARTICLES:
            k += 1
        while (u := self.gaz(k, forms=("adj",))) is not None:
            ph.country = ph.country or u.hits[0].entry.country
            k = u.j
        r = self.role(k)
        if r is None or r.role is None or r.role.kind != "person":
            return
        sub = _Phrase(r.i, r.j, role=r.role)
        self._attachment_after(sub)
        self._acronym_after(sub)
        ph.role = sub.role
        ph.org = sub.org or ph.org
        ph.country = ph.country or sub.country
        ph.end_tok = sub.end_tok
        ph.how.append("apposition")

    # ---- resolving a phrase -------------------------------------------------------------------

    def _mention(self, ph: _Phrase) -> Mention | None:
        start = self.toks[ph.start_tok][1]
        end = self.toks[ph.end_tok - 1][2]
        # leading articles are not part of the mention
        while ph.start_tok < ph.end_tok and self.tok(ph.start_tok).lower() in ARTICLES:
            ph.start_tok += 1
            start = self.toks[ph.start_tok][1]
        actor = self._actor(ph, start)
        if actor is None:
            return None
        start = self._authority_place(start, actor)
        return Mention(
            start,
            end,
            self.text[start:end],
            actor,
            self.sentence_of(start),
            how="+".join(dict.fromkeys(ph.how)),
        )

    def _authority_place(self, start: int, actor: Actor) -> int:
        """English: a local authority's mention takes in the place right before it that it
        serves ("Delhi Police", "Ada County Sheriff"; place words `authority_after`)."""
        if self.doc.lang != "en" or not actor.country:
            return start
        from eventcoder.events.places import authority_words, places_of

        if self.text[start:].split(maxsplit=1)[:1] and self.text[start:].split(maxsplit=1)[
                0].strip(".,;:'’") not in authority_words("en"):
            return start
        for p in places_of(self.doc)[0]:
            if p.end + 1 == start and self.text[p.end] == " " and p.place.country == (
                    actor.country):
                return p.start
        return start

    def _actor(self, ph: _Phrase, start: int) -> Actor | None:
        kb, role, org = self.kb, ph.role, ph.org
        org_e = org.entry if org is not None and org.entry.kind != "state" else None
        country = ph.country or (org.entry.country if org is not None else None)
        if country is None and org_e is not None and org_e.branches:
            country = self._home_branch()  # "Caritas-Präsident Küberl" in a story at home
        # the sector the text states: an organisation's, else the role's
        sector = (
            org_e.sector
            if org_e is not None and role is not None
            else (role.sector if role else None)
        )
        office = None
        if role is not None:
            office = role.office
            if org is not None and role.head:
                head = org_e.head if org_e is not None and role.office == "Head" else None
                office = f"{head or role.office} of {org.entry.name}"
        if ph.person is not None:
            base = kb.actor_for(ph.person.entry, self.date)
            if role is None or (role.sector is None and org is None and ph.country is None):
                return base  # "Kanzler Scholz", "Mr Erdogan": the KB knows better
            c = country if org_e is not None else (country or base.country)
            if role.head and org_e is None and base.office:
                office = base.office  # "Kremlchef Putin": his own office, not "Head of Russia"
            return Actor(
                base.id,
                base.name,
                c,
                sector or base.sector or "GOV",
                "person",
                office or base.office,
            )
        if role is not None and role.office == "Honorific":  # "Mr Smith", "Frau Meier"
            if ph.name is None:
                return None
            c = country or self._context_country(start)
            return Actor(None, ph.name, c, None, "person", None)
        if ph.name is not None:
            c = country if org is not None or country else self._context_country(start)
            # a title of no sector before an unknown name ("chairman Jim Lee"): a government
            # figure only when a country or an organisation says so
            default = "GOV" if (org is not None or country or self.doc.lang != "en") and (
                not ph.org_title) else None
            return Actor(None, ph.name, c, sector or default, "person", office)
        if role is None:
            if org is None:
                return None
            a = kb.actor_for(org.entry, self.date)
            if ph.country and a.country and ph.country != a.country and a.kind == "org":
                # "der österreichische Bundesrat": the modifier's country's own institution
                # of that name, not the KB's (German) one
                if ph.country in org.entry.also_in:
                    return replace(a, country=ph.country)
                return Actor(None, org.variant, ph.country, a.sector, a.kind, None)
            if a.country is None and a.kind != "igo" and org.entry.kind != "state":
                # "die steirische Caritas": the branch of the adjective's country; a bare
                # "Rotes Kreuz" in a story at home: the home country's branch
                c = ph.country or (self._home_branch() if org.entry.branches else None)
                if c is not None:
                    a = replace(a, country=c)
            return a
        if org is not None and role.head and org_e is not None and self.date:
            p = kb.head_of(org_e.id, self.date)
            if p is not None:
                a = kb.actor_for(p, self.date)
                return Actor(
                    a.id, a.name, a.country or country, a.sector or sector, "person", a.office
                )
        if org_e is not None:
            kind = "person" if role.kind == "person" else org_e.kind
            return Actor(org_e.id, org_e.name, country, sector, kind, office)
        if role.kind == "org" and org_e is None and country:
            # "Russia's Foreign Intelligence Service" -> SVR
            e = kb.org_by_role(country, ph.role_words)
            if e is not None:
                return kb.actor_for(e, self.date)
        if role.kind == "person" and country and not role.head and org_e is None:
            p = kb.holder(country, role, self.date)  # "der russische Außenminister" in 2025: Lavrov
            if p is not None:
                a = kb.actor_for(p, self.date)
                return Actor(a.id, a.name, country, role.sector or a.sector, "person", a.office)
        if org is None and ph.country is not None:  # "Iranian officials"
            sector = role.sector or (None if role.kind == "group" else "GOV")
            return Actor(
                None,
                self._country_name(ph.country),
                ph.country,
                sector,
                role.kind,
                office,
            )
        if org is not None:  # a country: its government, military, services ...
            return Actor(
                org.entry.id if role.head else None,
                org.entry.name,
                country,
                role.sector or "GOV",
                role.kind if role.kind != "org" else "org",
                office,
            )
        # a bare role: coreference with a person, or the country in context
        if role.kind == "person" and not ph.combined:
            prev = self._coref_role(role)
            if prev is not None:
                return prev
        if role.head and role.sector is None:
            return None
        igo = self._members_of(ph)
        if igo is not None:  # "die Außenminister der Mitgliedstaaten": the organisation's
            return Actor(igo.id, igo.name, None, "IGO", role.kind, role.office)
        # no country in context: the role still names an actor ("Police said", "Teachers protested")
        # "die Konfliktparteien" (a group of no one sector): the parties of the conflict in the
        # document's topic country
        foreign = self._foreign(ph)
        c = self._context_country(start, role.sector, role.office in FILED_OFFICES) if (
            role.sector in DOMESTIC or (
            role.sector is None and role.kind == "group")) and not foreign else None
        if role.sector in DISPLACED or (foreign and role.sector in PRIVATE_SECTORS):
            # an actor of no country the text names ("Flüchtlinge", "westliche Konzerne")
            if foreign:
                ph.how.append("foreign")
            return Actor(None, role.office, None, role.sector, role.kind, role.office)
        return Actor(
            None, self._country_name(c) if c else None, c, role.sector, role.kind, role.office
        )

    def _members_of(self, ph: _Phrase) -> Actor | None:
        """The organisation a role belongs to through its member states ("die Außenminister
        der Mitgliedstaaten", "the leaders of the member states"): the one named last."""
        end = self.toks[ph.end_tok - 1][2]
        after = " ".join(self.text[end:end + 40].split()).lower()
        phrases = (load(self.doc.lang or "en", "grammar") or {}).get("member_states") or ()
        if not any(after.startswith(p.lower()) for p in phrases):
            return None
        for m in reversed(self.mentions):
            if m.actor.kind == "igo" and m.start < end:
                return m.actor
        return None

    def _coref_role(self, role: Role) -> Actor | None:
        word = role.office.split()[-1].lower()
        for m in reversed(self.mentions[-30:]):
            a = m.actor
            if a.kind == "person" and a.office and word in a.office.lower() and a.name:
                return a
        return None

    def _context_country(self, char: int, sector: str | None = None,
                         filed: bool = False) -> str | None:
        """The country a bare role refers to: a place its clause is located in ("Die Polizei
        nahm in Istanbul ..."), else a nearby actor of its sector (not a place, not a partner
        after "mit" / "gegen", not a state its own sentence names: "Russland will Druck auf das
        Regime ausüben"), else for police, courts and (`filed`) authorities the one country of
        the dateline if the text names it too, else the document's topic country that is not
        named as another party later in the sentence."""
        c = self._possessive_place(char)
        if c is not None:
            return c
        if sector is not None:
            c = self._clause_place(char)
            if c is not None:
                return c
            # the same sector named in the same or the previous sentence, else further back
            # ("die slowenische Armee" … "Das Militär"), for armed forces and police
            for near in (self._near, self._recent) if sector in RECALLED else (self._near,):
                for m in reversed(self.mentions):
                    if (
                        m.actor.sector == sector
                        and m.actor.country
                        and not m.members
                        and near(m, char)
                        and not self._locative(m.start)
                        and not self._partner(m.start)
                        and not (m.actor.kind == "state" and self._same_sentence(m, char))
                    ):
                        return m.actor.country
        others = self._other_parties(char) | self._patrons(char) if sector is not None else set()
        at = self._filing_country() if filed or sector in FILED_SECTORS else None
        if at is not None and at not in others:
            return at  # police, courts, "die Behörden" at work where the report was filed
        for c in self.topic:
            if c not in others:
                return c
        if self.doc_country:
            return self.doc_country
        counts = Counter(
            m.actor.country
            for m in self.mentions
            if m.actor.country and m.start < char and m.actor.kind in ("state",)
        )
        if not counts:  # last: where the report was filed ("Wien – Die Staatsanwaltschaft …")
            return self.doc_country or self._dateline_country()
        return counts.most_common(1)[0][0]

    def _possessive_place(self, char: int) -> str | None:
        """English: the country of a place whose possessive the role follows ("Ontario's
        attorney general", "Sindh's chief minister"), or that stands right before it ("Alaska
        Gov.")."""
        if self.doc.lang != "en":
            return None
        for p in self.places:
            if p.end < char and p.place.country and POSSESSIVE_GAP.fullmatch(
                    self.text[p.end:char]):
                return p.place.country
        return None

    def _sentence_span(self, char: int) -> tuple[int, int]:
        if not self.sent_starts:
            return self._clause_bounds(char)
        k = self.sentence_of(char)
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[k], end

    def _same_sentence(self, m: Mention, char: int) -> bool:
        if not self.sent_starts:
            s, e = self._clause_bounds(char)
            return s <= m.start < e
        return m.sentence == self.sentence_of(char)

    def _clause_bounds(self, char: int) -> tuple[int, int]:
        """Without sentence splits: the stretch between full stops around `char`."""
        s = max(self.text.rfind(". ", 0, char), -2) + 2
        e = self.text.find(". ", char)
        return s, e if e >= 0 else len(self.text)

    def _locative(self, char: int) -> bool:
        """A place name at `char` introduced by a locative preposition ("in Kuwait-Stadt")."""
        return any(p.start == char and p.prep for p in self.places)

    def _clause_place(self, char: int) -> str | None:
        """The country of the nearest place the role's own clause locates it in."""
        s, e = self._sentence_span(char)
        best: tuple[int, str] | None = None
        for p in self.places:
            if not (s <= p.start < e) or not p.place.country or not p.prep:
                continue
            lo, hi = (p.end, char) if p.start < char else (char, p.start)
            if any(ch in CLAUSE_BREAKS for ch in self.text[lo:hi]):
                continue
            if best is None or hi - lo < best[0]:
                best = (hi - lo, p.place.country)
        return best[1] if best else None

    def _patrons(self, char: int) -> set[str]:
        """A state backing the role is a foreign patron: "Iran-backed rebels", "die vom Iran
        unterstützten Rebellen"."""
        out: set[str] = set()
        for u in self.units:
            if u.kind != "gaz" or u.hits[0].entry.kind != "state":
                continue
            e = self.toks[u.j - 1][2]
            if e <= char and PATRON.fullmatch(self.text[e:char]):
                out.add(u.hits[0].entry.country)
        return out

    def _other_parties(self, char: int) -> set[str]:
        """States named after the role in its sentence, not as a place: the other side ("Das
        Militär drohte Südkorea")."""
        _, e = self._sentence_span(char)
        out: set[str] = set()
        for u in self.units:
            if u.kind != "gaz" or u.hits[0].entry.kind != "state":
                continue
            if u.hits[0].form not in ("name", "capital", "seat"):
                continue
            s = self.toks[u.i][1]
            after_prep = u.i > 0 and self.ftoks[u.i - 1] in LOCATIVE
            if char < s < e and not self._locative(s) and not after_prep:
                out.add(u.hits[0].entry.country)
        return out

    # ---- coreference and groups ----------------------------------------------------------

    def _emit(self, m: Mention) -> None:
        self.mentions.append(m)
        a = m.actor
        acronym = ACRONYM_AFTER.match(self.text, m.end)
        if acronym and not m.members and a.country and fold_token(acronym.group(1)) not in \
                self.surnames:
            # "die Internet-Polizei (IIP)": the acronym names the same actor later on
            self.surnames[fold_token(acronym.group(1))] = a
        if a.kind == "person" and a.name:
            parts = [w for w, _, _ in tokenize(a.name) if w.isalpha()]
            text_parts = [w for w, _, _ in tokenize(m.text) if w[:1].isupper() and w.isalpha()]
            # the KB's one-word spellings of the person, too: "Ban" for Ban Ki-moon, whose
            # family name comes first (alone, "Ban" is also a common word)
            entry = self.kb.entries.get(a.id) if a.id else None
            short = {v for v in (entry.names if entry else ()) if v.isalpha() and v[:1].isupper()}
            for w in ({parts[-1] if parts else "", text_parts[-1] if text_parts else ""}
                      | short) - {""}:
                if len(w) > 2:
                    self.surnames[fold_token(w)] = a
                    self.surnames[fold_token(w + "s")] = a

    def _surname(self, k: int) -> Mention | None:
        t = self.tok(k)
        if not t[:1].isupper() or not t.isalpha():
            return None
        a = self.surnames.get(self.ftoks[k])
        if a is None:
            return None
        s, e = self.toks[k][1], self.toks[k][2]
        return Mention(s, e, t, a, self.sentence_of(s), how="coreference:surname")

    def _group(self, k: int) -> Mention | None:
        if self.ftoks[k] not in GROUP_STARTS:
            return None
        s = self.toks[k][1]
        if k and self.toks[k - 1][2] == s:
            return None
        rest = self.text[s : s + 60]
        m = GROUP_PAIR.match(rest)
        if m:
            return self._pair_group(k, s, s + m.end())
        m = GROUP_SIDES.match(rest)
        if m:
            return self._sides_group(s, s + m.end())
        return None

    def _pair_group(self, k: int, s: int, e: int) -> Mention | None:
        """ "(Geheimdienstmitarbeiter) beider Länder": one actor per country, from context."""
        prev = self.mentions[-1] if self.mentions else None
        sector, start = "GOV", s
        if (
            prev is not None
            and prev.actor.country is None
            and prev.actor.sector
            and self.text[prev.end : s].strip() == ""
        ):
            sector, start = prev.actor.sector, prev.start
        elif (
            k
            and (r := self.unit_at.get(k - 1)) is not None
            and r.kind == "role"
            and r.role is not None
        ):
            sector, start = r.role.sector or "GOV", self.toks[r.i][1]
        countries = self._recent_countries(s, sector)
        if len(countries) < 2:
            return None
        if prev is not None and prev.start == start:
            self.mentions.pop()  # the role word becomes part of the group mention
        text = self.text[start:e]
        sent = self.sentence_of(start)
        members = [
            Mention(
                start,
                e,
                text,
                Actor(None, self._country_name(c), c, sector, "group"),
                sent,
                how="group:member",
            )
            for c in countries[:2]
        ]
        return Mention(start, e, text, members[0].actor, sent, how="group", members=members)

    def _sides_group(self, s: int, e: int) -> Mention | None:
        """ "die Parteien" / "both sides": the two latest actors of different countries (not
        places: "in Kuwait-Stadt"); else, in a civil conflict, of different sectors of one
        country ("Rebellen und Regierung")."""
        recent = [
            m
            for m in reversed(self.mentions)
            if m.actor.country and not m.members and self._recent(m, s)
            and not self._locative(m.start)
        ]
        picked: list[Mention] = []
        for key in (lambda m: m.actor.country, lambda m: (m.actor.country, m.actor.sector)):
            picked = []
            for m in recent:
                if all(key(p) != key(m) for p in picked):
                    picked.append(m)
                if len(picked) == 2:
                    break
            if len(picked) == 2:
                break
        if len(picked) < 2:
            return None
        if picked[0].actor.country == picked[1].actor.country and {
            CIVIL_WAR_SIDES.get(p.actor.sector or "") for p in picked
        } != {"state", "challenger"}:
            return None
        picked.reverse()
        text = self.text[s:e]
        sent = self.sentence_of(s)
        members = [Mention(s, e, text, p.actor, sent, how="group:member") for p in picked]
        return Mention(s, e, text, members[0].actor, sent, how="group:sides", members=members)

    def _near(self, m: Mention, char: int) -> bool:
        """`m` is in the same or the previous sentence."""
        if not self.sent_starts:
            return char - m.end < 400
        return self.sentence_of(char) - m.sentence <= 1

    def _recent(self, m: Mention, char: int) -> bool:
        if not self.sent_starts:
            return char - m.end < 1500
        return self.sentence_of(char) - m.sentence <= CONTEXT_SENTENCES

    def _recent_countries(self, char: int, sector: str) -> list[str]:
        """Two latest distinct countries, preferring mentions of the same sector."""
        out: list[str] = []
        for same in (True, False):
            for m in reversed(self.mentions):
                c = m.actor.country
                if m.start >= char or not c or c in out or m.members:
                    continue
                if same and m.actor.sector != sector:
                    continue
                out.append(c)
                if len(out) == 2:
                    return out[::-1]
            if same and len(out) < 2:
                out = []
        return out

    def _country_name(self, iso3: str) -> str:
        e = self.kb.entries.get(iso3)
        return e.name if e else iso3


def _combine_roles(outer: Role | None, inner: Role) -> Role:
    """ "Direktor des Auslandsgeheimdienstes", "Präsident des Parlaments": the organisation's
    sector wins."""
    if outer is None:
        return inner
    sector = inner.sector or outer.sector
    return Role(f"{outer.office} of the {inner.office}", sector, outer.kind, outer.head, outer.form)


YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def infer_date(text: str, today: str | None = None) -> str | None:
    """A stand-in date for an undated text: the middle of the latest year it names (not after
    this year), so persons resolve to offices of that time."""
    this_year = int((today or date_cls.today().isoformat())[:4])
    years = [int(y) for y in YEAR_RE.findall(text) if int(y) <= this_year]
    return f"{max(years)}-06-30" if years else None


def find_mentions(
    doc: Document, date: str | None = None, kb: KnowledgeBase | None = None
) -> Document:
    """Fill `doc.mentions` (sorted, non-overlapping) with actor mentions found in `doc.text`.

    Persons resolve to their office on `date`, else `doc.published`, else the latest year the
    text names (`infer_date`), else their current or latest office.
    """
    kb = kb or load_kb()
    f = _Finder(doc, kb, date or doc.published or infer_date(doc.text))
    f.scan()
    f.build()
    out: list[Mention] = []
    for m in sorted(f.mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    _country_by_context(out, kb, f.home_countries())
    doc.meta["topic_countries"] = list(f.topic)  # for the events stage's home countries
    if doc.parsed is not None:
        _set_heads(doc.parsed, out)
    doc.mentions = out
    return doc


def _country_by_context(mentions: list[Mention], kb: KnowledgeBase,
                        home: tuple[str, ...] = ()) -> None:
    """An organisation whose name several countries share ("die Grünen") takes the country of
    those candidates that the document's other mentions and its `home` countries (dateline,
    leading topic country; one vote each) name most; ties keep the KB's own."""
    def entry(m: Mention):
        return kb.entries.get(m.actor.id) if m.actor.id else None

    shared = [m for m in mentions if (e := entry(m)) is not None and e.also_in]
    if not shared:
        return
    counts: dict[str, int] = {}
    for c in home:
        counts[c] = counts.get(c, 0) + 1
    for m in mentions:
        if m not in shared and m.actor.country:
            counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
    for m in shared:
        e = entry(m)
        best = max((e.country, *e.also_in), key=lambda c: counts.get(c or "", 0))
        if best != e.country and counts.get(best, 0) > counts.get(e.country or "", 0):
            m.actor = replace(m.actor, country=best, name=m.text if m.actor.name == e.name
                              else m.actor.name)


def _set_heads(parsed: object, mentions: list[Mention]) -> None:
    """Token index of each mention's syntactic head in the spaCy parse (its span's root)."""
    char_span = getattr(parsed, "char_span", None)
    if char_span is None:
        return
    for m in mentions:
        span = char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            m.head = span.root.i
            for x in m.members:
                x.head = m.head
