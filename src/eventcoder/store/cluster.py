"""Cross-article clustering: reports of the same event from different documents become one.

Two event reports are compatible when they have the same type, neither or both are negated,
their modes do not differ, both are dated at least to a month (by the text or by publication),
their dyads match (source with source and target with target, or crossed when either is
symmetric; countries, or names for actors without a country, must be equal and sectors must be
equal where both are given; a missing actor matches any, but only when both dates are days or
publication windows), their date ranges overlap, and their places do not differ. Clusters are
complete-link: an event joins a cluster only if it is compatible with every member; among
several such clusters it joins the one holding its most similar report (same day, overlapping
dates, place, mode, shared evidence words). Events are taken in a fixed order (explicit day
dates first, then by date, publication, document and position), so a full pass does not depend
on ingestion order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

# a report without its own event date is about something at most this many days before it
REPORT_LAG_DAYS = 3
# slack for explicit day dates (time zones, "yesterday" resolved against a late edition)
DAY_SLACK = 1
# reports dated only to a year (or not at all) are background, not news: they stay alone
MAX_SPAN_DAYS = 31
_WORD = re.compile(r"\w{3,}", re.UNICODE)


@dataclass
class Report:
    """One stored event as the clustering sees it."""

    key: str
    doc: str
    outlet: str
    published: str | None
    type: str
    mode: str | None
    source: tuple[str | None, str | None]  # (identity, sector); identity = country or name
    target: tuple[str | None, str | None]
    symmetric: bool
    factuality: str
    date: str | None
    granularity: str | None
    place: tuple[str | None, str | None]  # (name, country)
    evidence: str = ""
    ordinal: int = 0
    words: frozenset[str] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        self.words = frozenset(w.lower() for w in _WORD.findall(self.evidence or ""))
        self.range = date_range(self.date, self.granularity, self.published)


def identity(country: str | None, name: str | None) -> str | None:
    """What makes two actors the same for clustering: the country, else the name."""
    if country:
        return country.upper()
    if name:
        return " ".join(name.lower().split())
    return None


def _parse(d: str) -> date | None:
    try:
        return date.fromisoformat(d)
    except ValueError:
        return None


def date_range(d: str | None, granularity: str | None,
               published: str | None) -> tuple[date, date, bool] | None:
    """(earliest, latest, explicit day?) the event can have happened, or None if unknown."""
    if d:
        if len(d) >= 10 and (granularity in (None, "day")):
            x = _parse(d[:10])
            if x:
                return x, x, True
        if len(d) >= 7:
            y, m = int(d[:4]), int(d[5:7])
            first = date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - timedelta(days=1), False
        if len(d) >= 4 and d[:4].isdigit():
            y = int(d[:4])
            return date(y, 1, 1), date(y, 12, 31), False
    if published:
        p = _parse(published[:10])
        if p:
            return p - timedelta(days=REPORT_LAG_DAYS), p, False
    return None


def _actor_ok(a: tuple[str | None, str | None], b: tuple[str | None, str | None],
              strict: bool = False) -> bool:
    """Same actor, or (unless `strict`) one of them missing."""
    if a[0] is None or b[0] is None:
        return not strict
    if a[0] != b[0]:
        return False
    return a[1] is None or b[1] is None or a[1] == b[1]


def _span_days(r: Report) -> int:
    return (r.range[1] - r.range[0]).days if r.range else 10_000


def _dates_ok(a: Report, b: Report) -> bool:
    (alo, ahi, aday), (blo, bhi, bday) = a.range, b.range
    slack = timedelta(days=DAY_SLACK)
    if aday and bday:
        return abs((alo - blo).days) <= DAY_SLACK
    if not aday and not bday:  # two months (or report windows): they must really overlap
        return alo <= bhi and blo <= ahi
    return alo <= bhi + slack and blo <= ahi + slack


def compatible(a: Report, b: Report) -> bool:
    """Can `a` and `b` be reports of the same event?"""
    if a.type != b.type or (a.factuality == "negated") != (b.factuality == "negated"):
        return False
    if a.doc == b.doc:
        return False  # one document's repeated mentions were merged by the coder already
    if a.mode and b.mode and a.mode != b.mode:
        return False
    # without a date, or with only a year, there is nothing to tie two reports to one event
    if _span_days(a) > MAX_SPAN_DAYS or _span_days(b) > MAX_SPAN_DAYS:
        return False
    # with only a month, both actors must be named and equal: a missing one matches nothing
    strict = _span_days(a) > REPORT_LAG_DAYS or _span_days(b) > REPORT_LAG_DAYS
    straight = _actor_ok(a.source, b.source, strict) and _actor_ok(a.target, b.target, strict)
    crossed = (a.symmetric or b.symmetric) and _actor_ok(a.source, b.target, strict) and (
        _actor_ok(a.target, b.source, strict))
    if not (straight or crossed):
        return False
    if a.place[0] and b.place[0] and a.place[0].lower() != b.place[0].lower():
        return False
    if a.place[1] and b.place[1] and a.place[1] != b.place[1]:
        return False
    return _dates_ok(a, b)


def similarity(a: Report, b: Report) -> float:
    """How alike two compatible reports are: same day, same place, shared evidence words."""
    score = 0.0
    if a.range and b.range:
        if a.range[2] and b.range[2] and a.range[0] == b.range[0]:
            score += 1.0
        elif a.range[0] <= b.range[1] and b.range[0] <= a.range[1]:
            score += 0.5  # overlap without the slack
    if a.place[0] and b.place[0]:
        score += 0.5
    if a.mode and a.mode == b.mode:
        score += 0.25
    if a.words and b.words:
        score += len(a.words & b.words) / len(a.words | b.words)
    return score


def order_key(r: Report) -> tuple:
    """Processing order: most precise dates first, then by date, publication and document."""
    precision = 0 if r.range and r.range[2] else (1 if r.date else 2)
    start = r.range[0].isoformat() if r.range else "9999"
    return (precision, start, r.published or "9999", r.doc, r.ordinal, r.key)


def _block(r: Report) -> tuple:
    """Reports that can be compatible share a block (the type: a missing actor matches any)."""
    return (r.type, r.factuality == "negated")


class _Cluster:
    """Members plus what makes checking a new report cheap: distinct codings, date envelope."""

    def __init__(self, members: Iterable[Report] = ()) -> None:
        self.members: list[Report] = []
        self.kinds: dict[tuple, Report] = {}  # one report per distinct coding
        self.max_lo: date | None = None
        self.min_hi: date | None = None
        for m in members:
            self.add(m)

    def add(self, r: Report) -> None:
        self.members.append(r)
        self.kinds.setdefault((r.mode, r.source, r.target, r.symmetric, r.place, r.range,
                               r.factuality == "negated"), r)
        if r.range:
            lo, hi = r.range[0], r.range[1]
            self.max_lo = lo if self.max_lo is None else max(self.max_lo, lo)
            self.min_hi = hi if self.min_hi is None else min(self.min_hi, hi)

    def takes(self, r: Report) -> bool:
        """Is `r` compatible with every member? (The envelope test rules most clusters out.)"""
        if r.range and self.max_lo is not None:
            slack = timedelta(days=DAY_SLACK)
            if r.range[0] > self.min_hi + slack or r.range[1] + slack < self.max_lo:
                return False
        return all(compatible(r, k) for k in self.kinds.values())


def assign(reports: Iterable[Report],
           existing: Sequence[Sequence[Report]] = ()) -> list[list[Report]]:
    """Group reports into clusters; `existing` clusters are kept and can grow. Deterministic."""
    clusters = [_Cluster(c) for c in existing]
    by_block: dict[tuple, list[int]] = {}
    for i, c in enumerate(clusters):
        by_block.setdefault(_block(c.members[0]), []).append(i)
    for r in sorted(reports, key=order_key):
        best, best_score = None, -1.0
        for i in by_block.get(_block(r), []):
            c = clusters[i]
            if c.takes(r):
                score = max(similarity(r, m) for m in c.members)
                if score > best_score:
                    best, best_score = i, score
        if best is None:
            by_block.setdefault(_block(r), []).append(len(clusters))
            clusters.append(_Cluster([r]))
        else:
            clusters[best].add(r)
    return [c.members for c in clusters]


def most_common(values: Iterable[object]) -> object | None:
    """The most frequent non-empty value; ties go to the one seen first."""
    c = Counter(v for v in values if v not in (None, ""))
    return c.most_common(1)[0][0] if c else None


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering (item -> cluster label) against gold."""
    items = sorted(gold)
    pred_groups: dict[str, set[str]] = {}
    gold_groups: dict[str, set[str]] = {}
    for x in items:
        pred_groups.setdefault(predicted[x], set()).add(x)
        gold_groups.setdefault(gold[x], set()).add(x)
    p = r = 0.0
    for x in items:
        pc, gc = pred_groups[predicted[x]], gold_groups[gold[x]]
        both = len(pc & gc)
        p += both / len(pc)
        r += both / len(gc)
    return p / len(items), r / len(items)


def pairwise(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall: pairs put together that belong together."""
    items = sorted(gold)
    tp = fp = fn = 0
    for i, x in enumerate(items):
        for y in items[i + 1:]:
            same_p, same_g = predicted[x] == predicted[y], gold[x] == gold[y]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
