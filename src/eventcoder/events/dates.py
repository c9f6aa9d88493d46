"""Date expressions in German and English news, resolved against the publication date.

A small token scanner over word lists in `eventcoder/lang/<lang>/dates.yaml`: no free-text date
parser, so function words ("mit", "die") and words that start like a weekday ("Montagefirma")
never become dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from eventcoder import lang as langdata

KINDS = ("point", "since", "range")
_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
_ARTICLES = (langdata.word_set("de", "articles", "dates")
             | langdata.word_set("en", "articles", "dates"))


@dataclass(frozen=True)
class DateExpr:
    """A date expression found in a text, with its resolved ISO value (or prefix)."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None  # day, month, year
    relative: bool  # needed the publication date to resolve
    kind: str = "point"  # point, since, range
    # a bare weekday ("am Montag", "on Monday") is the last one before publication; `ahead` is
    # the next one, which a present-tense or future verb means ("trifft am Montag")
    ahead: str | None = None


@dataclass(frozen=True)
class _Spec:
    """What an expression means before it meets the publication date."""

    what: str  # abs, month, days, weekday, period, ago
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset: int = 0  # days for `days`; -1/0/+1 for periods, weekdays and months with modifiers
    unit: str | None = None  # week, month, year, day
    direction: int = -1  # weekday: -1 the last one before, +1 the next one after
    bare: bool = False  # weekday: no modifier ("last", "kommenden") fixed the direction
    gran: str | None = None  # granularity when absolute


class _Lexicon:
    """The word lists of one language, as sets and maps."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.months: dict[str, int] = dict(data.get("months") or {})
        self.ambiguous_months = frozenset(data.get("ambiguous_months") or ())
        self.weekdays: dict[str, int] = dict(data.get("weekdays") or {})
        self.weekday_suffixes = tuple(data.get("weekday_suffixes") or ())
        self.relative_days: dict[str, int] = dict(data.get("relative_days") or {})
        self.day_parts = frozenset(data.get("day_parts") or ())
        self.past = frozenset(data.get("past_modifiers") or ())
        self.future = frozenset(data.get("future_modifiers") or ())
        self.this = frozenset(data.get("this_modifiers") or ())
        self.periods: dict[str, str] = dict(data.get("periods") or {})
        self.period_counts: dict[str, str] = dict(data.get("period_counts") or {})
        self.qualifiers = [q.split() for q in data.get("qualifiers") or ()]
        self.year_words = frozenset(data.get("year_words") or ())
        self.prepositions = frozenset(data.get("prepositions") or ())
        self.since = frozenset(data.get("since") or ())
        self.ago_before = frozenset(data.get("ago_before") or ())
        self.ago_after = frozenset(data.get("ago_after") or ())
        self.range_start = frozenset(data.get("range_start") or ())
        self.range_join = frozenset(data.get("range_join") or ())
        self.range_join_weak = frozenset(data.get("range_join_weak") or ())
        self.numbers: dict[str, int] = dict(data.get("number_words") or {})
        self.ordinals = frozenset(data.get("ordinal_suffixes") or ())
        # words that can begin an expression: the scanner skips every other word at once
        self.starters = frozenset(
            [m.rstrip(".") for m in self.months] + list(self.relative_days) + list(self.past)
            + list(self.future) + list(self.this) + [q[0] for q in self.qualifiers]
            + list(self.year_words) + list(self.ago_before) + list(self.numbers)
        )
        self.weekday_prefixes = tuple(self.weekdays)

    def may_start(self, word: str) -> bool:
        """Cheap test: can an expression begin with this token?"""
        return word[:1].isdigit() or word in self.starters or word.startswith(self.weekday_prefixes)

    def modifier(self, word: str) -> int | None:
        """-1 for "vergangene"/"last", 0 for "diese"/"this", +1 for "nächste"/"next"."""
        if word in self.past:
            return -1
        if word in self.this:
            return 0
        if word in self.future:
            return 1
        return None


@cache
def _lexicon(lang: str) -> _Lexicon:
    return _Lexicon(langdata.load(lang, "dates") or {})


def _langs(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang in langdata.SUPPORTED else langdata.SUPPORTED


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


class _Scanner:
    """Finds date expressions in one text with one language's words."""

    def __init__(self, text: str, lex: _Lexicon) -> None:
        self.text = text
        self.lex = lex
        matches = list(_TOKEN.finditer(text))
        self.words = [m.group() for m in matches]
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    # -- token helpers -------------------------------------------------------------------------

    def tok(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def glued(self, i: int) -> bool:
        """True when token i follows token i-1 without a space."""
        return 0 < i < len(self.words) and self.starts[i] == self.ends[i - 1]

    def num(self, i: int, lo: int, hi: int, digits: tuple[int, ...] = (1, 2)) -> int | None:
        t = self.tok(i)
        if t.isdigit() and len(t) in digits and lo <= int(t) <= hi:
            return int(t)
        return None

    def year(self, i: int) -> int | None:
        return self.num(i, 1800, 2099, (4,))

    def month(self, i: int) -> tuple[int, int] | None:
        """(month, next index) for a month name at i, with an abbreviation's dot."""
        t = self.tok(i)
        if self.tok(i + 1) == "." and self.glued(i + 1) and t + "." in self.lex.months:
            return self.lex.months[t + "."], i + 2
        if t in self.lex.months:
            return self.lex.months[t], i + 1
        return None

    def phrase(self, i: int, phrases: list[list[str]]) -> int | None:
        """Index after the longest of `phrases` that starts at i."""
        best = None
        for words in phrases:
            matches = all(self.tok(i + k) == w for k, w in enumerate(words))
            if matches and (best is None or i + len(words) > best):
                best = i + len(words)
        return best

    def number(self, i: int) -> int | None:
        t = self.tok(i)
        if t.isdigit() and len(t) <= 3:
            return int(t)
        return self.lex.numbers.get(t) if t else None

    # -- patterns ------------------------------------------------------------------------------

    def core(self, i: int, loose_year: bool = False) -> tuple[int, _Spec] | None:
        """The expression that starts at token i: (index after it, spec)."""
        for rule in (self.numeric, self.day_month, self.month_day, self.qualified,
                     self.month_year, self.year_word, self.bare_year, self.relative_day,
                     self.weekday, self.period, self.ago, self.bare_month):
            found = rule(i)
            if found:
                return found
        if loose_year and (y := self.year(i)) is not None:
            return i + 1, _Spec("abs", year=y, gran="year")
        return None

    def numeric(self, i: int) -> tuple[int, _Spec] | None:
        """12.03.2025, 2025-03-12, 3/12/2025."""
        t = self.tok(i)
        if not t.isdigit():
            return None
        if not all(self.glued(i + k) for k in range(1, 5)):
            return self.short_numeric(i)
        s1, t2, s2, t3 = self.tok(i + 1), self.tok(i + 2), self.tok(i + 3), self.tok(i + 4)
        if not (t2.isdigit() and t3.isdigit()) or s1 != s2:
            return None
        if self.tok(i + 5).isdigit() and self.glued(i + 5):
            return None
        a, b, c = int(t), int(t2), int(t3)
        if s1 == "-" and len(t) == 4 and len(t2) == 2 and len(t3) == 2:
            y, m, d = a, b, c
        elif s1 in "./" and len(t) <= 2 and len(t2) <= 2 and len(t3) in (2, 4):
            y = c if len(t3) == 4 else (2000 + c if c < 50 else 1900 + c)
            d, m = a, b
            if s1 == "/" and self.lex.ordinals and a <= 12:  # English slashes are month first
                d, m = b, a
        else:
            return None
        if not _valid(y, m, d):
            return None
        return i + 5, _Spec("abs", year=y, month=m, day=d, gran="day")

    def short_numeric(self, i: int) -> tuple[int, _Spec] | None:
        """German "am 12.3." without a year: day and month, the year from the publication."""
        if self.lex.ordinals or not all(self.glued(i + k) for k in range(1, 4)):
            return None
        if self.tok(i + 1) != "." or self.tok(i + 3) != "." or self.tok(i + 4).isdigit():
            return None
        d, m = self.num(i, 1, 31), self.num(i + 2, 1, 12)
        if d is None or m is None or not _valid(2000, m, d):
            return None
        return i + 4, _Spec("month", month=m, day=d)

    def _day_number(self, i: int, dot: bool = True) -> tuple[int, int] | None:
        """(day, next index) for "12.", "12", "12th"; `dot=False` leaves a full stop alone."""
        d = self.num(i, 1, 31)
        if d is None:
            return None
        j = i + 1
        if self.glued(j) and (dot and self.tok(j) == "." or self.tok(j) in self.lex.ordinals):
            j += 1
        return d, j

    def _year_after(self, j: int) -> tuple[int | None, int]:
        """An optional year after a month or day: (year, next index)."""
        k = j + 1 if self.tok(j) == "," else j
        y = self.year(k)
        if y is not None and not (self.tok(k + 1) == "." and self.tok(k + 2).isdigit()):
            return y, k + 1
        return None, j

    def day_month(self, i: int) -> tuple[int, _Spec] | None:
        """12. März 2025, 12 March 2025, 12th of March."""
        dn = self._day_number(i)
        if dn is None:
            return None
        d, j = dn
        if self.tok(j) == "of":
            j += 1
        mo = self.month(j)
        if mo is None:
            return None
        m, j = mo
        y, j = self._year_after(j)
        return self._day_spec(j, y, m, d)

    def month_day(self, i: int) -> tuple[int, _Spec] | None:
        """March 12, 2025; March 12th."""
        mo = self.month(i)
        if mo is None or not self.lex.ordinals:
            return None
        m, j = mo
        if self.year(j) is not None:
            return None
        dn = self._day_number(j, dot=False)  # "since April 8." ends a sentence
        if dn is None:
            return None
        d, j = dn
        if self.tok(j) == "." and self.glued(j) and self.tok(j + 1).isdigit():  # "May 12.5"
            return None
        y, j = self._year_after(j)
        return self._day_spec(j, y, m, d)

    def _day_spec(self, j: int, y: int | None, m: int, d: int) -> tuple[int, _Spec] | None:
        if y is not None:
            if not _valid(y, m, d):
                return None
            return j, _Spec("abs", year=y, month=m, day=d, gran="day")
        if not _valid(2000, m, d):  # a leap year, so 29 February passes
            return None
        return j, _Spec("month", month=m, day=d)

    def _month_rest(self, m: int, j: int, need_context: bool) -> tuple[int, _Spec] | None:
        """After a month name: a year, "vergangenen Jahres", or nothing."""
        y, k = self._year_after(j) if self.tok(j) != "," else (None, j)
        if y is not None:
            return k, _Spec("abs", year=y, month=m, gran="month")
        mod = self.lex.modifier(self.tok(j))
        if mod is not None and self.lex.periods.get(self.tok(j + 1)) == "year":
            return j + 2, _Spec("month", month=m, unit="year", offset=mod)
        mod = self.lex.modifier(self.tok(j + 1))
        if self.lex.periods.get(self.tok(j)) == "year" and mod is not None:  # "in May last year"
            return j + 2, _Spec("month", month=m, unit="year", offset=mod)
        if self.tok(j) in self.lex.this and self.lex.periods.get(self.tok(j + 1)) == "year":
            return j + 2, _Spec("month", month=m, unit="year", offset=0)
        if need_context:
            return None
        return j, _Spec("month", month=m)

    def month_year(self, i: int) -> tuple[int, _Spec] | None:
        """März 2025, im Mai vergangenen Jahres, in May last year."""
        mo = self.month(i)
        if mo is None:
            return None
        m, j = mo
        found = self._month_rest(m, j, need_context=True)
        return found

    def bare_month(self, i: int) -> tuple[int, _Spec] | None:
        """Im Februar; in March (English months need a preposition before them)."""
        mo = self.month(i)
        if mo is None:
            return None
        name = self.tok(i) + ("." if mo[1] == i + 2 else "")
        if name in self.lex.ambiguous_months and self.tok(i - 1) not in self.lex.prepositions:
            return None
        if self.tok(i + 1) == "-" and self.glued(i + 1):  # "August-Bebel-Straße"
            return None
        return self._month_rest(mo[0], mo[1], need_context=False)

    def qualified(self, i: int) -> tuple[int, _Spec] | None:
        """Anfang März, Mitte Februar 2025, Ende 2014, early March, mid-2015, Anfang des Jahres."""
        j = self.phrase(i, self.lex.qualifiers)
        if j is None:
            return None
        if self.tok(j) == "-" and self.glued(j):
            j += 1
        if self.tok(j) in _ARTICLES:
            j += 1
            if self.lex.periods.get(self.tok(j)):  # "Ende des Jahres", "Mitte der Woche"
                return j + 1, _Spec("period", unit=self.lex.periods[self.tok(j)], offset=0)
        mo = self.month(j)
        if mo is not None:
            return self._month_rest(mo[0], mo[1], need_context=False)
        y = self.year(j)
        if y is not None:
            return j + 1, _Spec("abs", year=y, gran="year")
        return self.period(j)

    def year_word(self, i: int) -> tuple[int, _Spec] | None:
        """im Jahr 1984, Sommer 2014, summer of 2014."""
        if self.tok(i) not in self.lex.year_words:
            return None
        j = i + 2 if self.tok(i + 1) == "of" else i + 1
        y = self.year(j)
        return (j + 1, _Spec("abs", year=y, gran="year")) if y is not None else None

    def bare_year(self, i: int) -> tuple[int, _Spec] | None:
        """A year after a preposition: seit 2007, in 2014, bis 2020."""
        y = self.year(i)
        if y is None or self.tok(i + 1) == "." and self.tok(i + 2).isdigit():
            return None
        prev = self.tok(i - 1)
        if prev in self.lex.prepositions or prev in self.lex.since or prev in self.lex.range_start:
            return i + 1, _Spec("abs", year=y, gran="year")
        return None

    def relative_day(self, i: int) -> tuple[int, _Spec] | None:
        """heute, gestern Abend, yesterday, tomorrow."""
        t = self.tok(i)
        if t not in self.lex.relative_days:
            return None
        j = i + 1
        if self.tok(j) in self.lex.day_parts:
            j += 1
        return j, _Spec("days", offset=self.lex.relative_days[t])

    def _weekday_word(self, t: str) -> int | None:
        if t in self.lex.weekdays:
            return self.lex.weekdays[t]
        for name, wd in self.lex.weekdays.items():
            if t.startswith(name) and t[len(name):] in self.lex.weekday_suffixes:
                return wd
        return None

    def weekday(self, i: int) -> tuple[int, _Spec] | None:
        """am Montag, am vergangenen Samstag, next Friday, Dienstagabend, Nacht auf Donnerstag."""
        mod = self.lex.modifier(self.tok(i))
        j = i + 1 if mod is not None else i
        wd = self._weekday_word(self.tok(j))
        if wd is None:
            return None
        k = j + 1
        if self.tok(k) in self.lex.day_parts and self.tok(k)[:1].islower():
            k += 1
        direction = 1 if mod == 1 else -1
        return k, _Spec("weekday", day=wd, direction=direction, bare=mod is None)

    def period(self, i: int) -> tuple[int, _Spec] | None:
        """vergangene Woche, im vergangenen Jahr, this month, next year."""
        mod = self.lex.modifier(self.tok(i))
        if mod is None:
            return None
        unit = self.lex.periods.get(self.tok(i + 1))
        if unit is None or unit == "day":
            return None
        return i + 2, _Spec("period", unit=unit, offset=mod)

    def ago(self, i: int) -> tuple[int, _Spec] | None:
        """vor drei Tagen, vor einem Monat, two weeks ago, a year ago."""
        if self.tok(i) in self.lex.ago_before:
            n = self.number(i + 1)
            unit = self.lex.period_counts.get(self.tok(i + 2))
            if n is not None and unit:
                return i + 3, _Spec("ago", unit=unit, offset=n)
            return None
        if self.lex.ago_after:
            n = self.number(i)
            unit = self.lex.period_counts.get(self.tok(i + 1))
            if n is not None and unit and self.tok(i + 2) in self.lex.ago_after:
                return i + 3, _Spec("ago", unit=unit, offset=n)
        return None

    # -- the scan ------------------------------------------------------------------------------

    def scan(self, published: date | None) -> list[DateExpr]:
        out: list[DateExpr] = []
        i, n = 0, len(self.words)
        while i < n:
            if not self.lex.may_start(self.words[i]):
                i += 1
                continue
            found = self.core(i)
            if found is None:
                found = self.day_range(i)
            if found is None:
                i += 1
                continue
            j, spec = found
            start_tok, kind = i, "point"
            since_at = i - 2 if self.tok(i - 1) in _ARTICLES else i - 1
            if self.tok(since_at) in self.lex.since:
                start_tok, kind = since_at, "since"
            elif spec.what != "range" and self.tok(j) in self.lex.range_join:
                second = self.core(j + 1, loose_year=True)
                opened = self.tok(i - 1) in self.lex.range_start
                if second is not None and (opened or self.tok(j) not in self.lex.range_join_weak):
                    j, kind = second[0], "range"
                    start_tok = i - 1 if opened else i
            if spec.what == "range":
                kind = "range"
                if self.tok(i - 1) in self.lex.range_start:
                    start_tok = i - 1
                spec = spec.__class__(**{**spec.__dict__, "what": "abs" if spec.year else "month"})
            value, gran, relative = _resolve(spec, published)
            ahead = _resolve(replace(spec, direction=1), published)[0] if (
                spec.what == "weekday" and spec.bare and kind == "point") else None
            s, e = self.starts[start_tok], self.ends[j - 1]
            out.append(DateExpr(s, e, self.text[s:e], value, gran, relative, kind, ahead))
            i = j
        return out

    def day_range(self, i: int) -> tuple[int, _Spec] | None:
        """vom 12. bis 14. März 2025; 12-14 March: a range that starts on the first day."""
        dn = self._day_number(i)
        if dn is None or self.tok(dn[1]) not in self.lex.range_join:
            return None
        second = self.day_month(dn[1] + 1)
        if second is None:
            return None
        j, spec = second
        if spec.day is None or dn[0] >= spec.day:
            return None
        return j, _Spec("range", year=spec.year, month=spec.month, day=dn[0], gran="day")


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _add_months(d: date, months: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + months
    return k // 12, k % 12 + 1


def _week_month(monday: date) -> str:
    """A week as the month that holds most of it (the month of its Thursday)."""
    return (monday + timedelta(days=3)).strftime("%Y-%m")


def _resolve(spec: _Spec, pub: date | None) -> tuple[str | None, str | None, bool]:
    """(value, granularity, relative) of a spec against the publication date."""
    if spec.what == "abs":
        assert spec.year is not None
        if spec.gran == "day":
            assert spec.month is not None and spec.day is not None
            return date(spec.year, spec.month, spec.day).isoformat(), "day", False
        if spec.gran == "month":
            return f"{spec.year:04d}-{spec.month:02d}", "month", False
        return f"{spec.year:04d}", "year", False
    if pub is None:
        return None, None, True
    if spec.what == "month":
        assert spec.month is not None
        if spec.unit == "year":
            year = pub.year + spec.offset
        else:  # the occurrence of that month nearest to the publication date
            year = min((pub.year - 1, pub.year, pub.year + 1),
                       key=lambda y: abs((y - pub.year) * 12 + spec.month - pub.month))  # type: ignore[operator]
        if spec.day is not None:
            if not _valid(year, spec.month, spec.day):
                return None, None, True
            return date(year, spec.month, spec.day).isoformat(), "day", True
        return f"{year:04d}-{spec.month:02d}", "month", True
    if spec.what == "days":
        return (pub + timedelta(days=spec.offset)).isoformat(), "day", True
    if spec.what == "weekday":
        assert spec.day is not None
        if spec.direction < 0:
            back = (pub.weekday() - spec.day) % 7 or 7
            return (pub - timedelta(days=back)).isoformat(), "day", True
        ahead = (spec.day - pub.weekday()) % 7 or 7
        return (pub + timedelta(days=ahead)).isoformat(), "day", True
    if spec.what == "period":
        if spec.unit == "week":
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=spec.offset)
            return _week_month(monday), "month", True
        if spec.unit == "month":
            y, m = _add_months(pub, spec.offset)
            return f"{y:04d}-{m:02d}", "month", True
        return f"{pub.year + spec.offset:04d}", "year", True
    if spec.what == "ago":
        if spec.unit == "day":
            return (pub - timedelta(days=spec.offset)).isoformat(), "day", True
        if spec.unit == "week":
            return (pub - timedelta(weeks=spec.offset)).strftime("%Y-%m"), "month", True
        if spec.unit == "month":
            y, m = _add_months(pub, -spec.offset)
            return f"{y:04d}-{m:02d}", "month", True
        return f"{pub.year - spec.offset:04d}", "year", True
    return None, None, True


def find_dates(text: str, lang: str | None, published: str | None = None) -> list[DateExpr]:
    """All date expressions in `text`, in order, resolved against `published` (ISO date)."""
    pub = _parse_published(published)
    found: list[DateExpr] = []
    for code in _langs(lang):
        for d in _Scanner(text, _lexicon(code)).scan(pub):
            if not any(d.start < o.end and o.start < d.end for o in found):
                found.append(d)
    return sorted(found, key=lambda d: d.start)


def event_date(
    sentence_start: int, sentence_end: int, trigger_start: int, dates: list[DateExpr],
    published: str | None = None,
) -> tuple[str | None, str | None]:
    """(value, granularity) of the resolved date nearest the trigger in its sentence.

    `since` expressions ("seit 2007") are states, not event dates, and are skipped. `published`
    is accepted for symmetry with `find_dates`; the fall-back to it is the caller's choice.
    """
    best: tuple[int, DateExpr] | None = None
    for d in dates:
        if d.kind == "since" or d.value is None:
            continue
        if d.start < sentence_start or d.end > sentence_end:
            continue
        if d.start <= trigger_start < d.end:
            dist = 0
        else:
            dist = trigger_start - d.end if d.end <= trigger_start else d.start - trigger_start
        if best is None or dist < best[0]:
            best = (dist, d)
    if best is None:
        return None, None
    return best[1].value, best[1].granularity
