"""Date expressions: absolute, partial, relative to the publication date, and false friends."""

import pytest

from eventcoder.events.dates import DateExpr, event_date, find_dates


def _values(text: str, lang: str, published: str | None = None) -> list[tuple]:
    return [(d.text, d.value, d.granularity, d.kind) for d in find_dates(text, lang, published)]


def test_seed_report_date() -> None:
    text = "geführt, berichtete die Agentur am 12. März 2025."
    [d] = find_dates(text, "de", None)
    assert (d.text, d.value, d.granularity, d.relative, d.kind) == (
        "12. März 2025", "2025-03-12", "day", False, "point")
    assert text[d.start:d.end] == "12. März 2025"


def test_seed_month() -> None:
    assert _values("hielten im Februar 2025 Konsultationen ab", "de") == [
        ("Februar 2025", "2025-02", "month", "point")]


def test_weekday_before_publication() -> None:
    # 2015-07-06 is a Monday: "am Samstag" is the Saturday before
    assert _values("Am Samstag hätten die Lager geöffnet", "de", "2015-07-06") == [
        ("Samstag", "2015-07-04", "day", "point")]
    assert _values("am vergangenen Samstag", "de", "2015-07-06") == [
        ("vergangenen Samstag", "2015-07-04", "day", "point")]


def test_same_weekday_is_the_week_before_but_heute_is_today() -> None:
    assert _values("am Montag", "de", "2015-07-06") == [("Montag", "2015-06-29", "day", "point")]
    assert _values("heute", "de", "2015-07-06") == [("heute", "2015-07-06", "day", "point")]


def test_weekday_without_publication_is_unresolved() -> None:
    [d] = find_dates("am Mittwoch", "de", None)
    assert (d.value, d.granularity, d.relative) == (None, None, True)


@pytest.mark.parametrize("text", [
    "Gespräche mit die Montagefirma", "Was die Montagsdemo bringt", "mit Montageteams",
    "Die Mitarbeiter, die mit dem Chef sprachen", "2000 Soldaten", "Er sprach 25.000 Menschen an",
    "August Bebel", "She may go and march on",
])
def test_false_friends(text: str) -> None:
    assert find_dates(text, "de", "2015-07-06") == []
    assert find_dates(text, "en", "2015-07-06") == []


@pytest.mark.parametrize("text,expected", [
    ("am 12. März", ("12. März", "2015-03-12", "day", "point")),
    ("12.03.2025", ("12.03.2025", "2025-03-12", "day", "point")),
    ("im Jänner", ("Jänner", "2015-01", "month", "point")),
    ("März 2025", ("März 2025", "2025-03", "month", "point")),
    ("Anfang März", ("Anfang März", "2015-03", "month", "point")),
    ("Mitte Februar", ("Mitte Februar", "2015-02", "month", "point")),
    ("seit 2007", ("seit 2007", "2007", "year", "since")),
    ("im Jahr 1984", ("Jahr 1984", "1984", "year", "point")),
    ("im Sommer 2014", ("Sommer 2014", "2014", "year", "point")),
    ("gestern", ("gestern", "2015-07-05", "day", "point")),
    ("gestern Abend", ("gestern Abend", "2015-07-05", "day", "point")),
    ("vergangene Woche", ("vergangene Woche", "2015-07", "month", "point")),
    ("nächste Woche", ("nächste Woche", "2015-07", "month", "point")),
    ("im vergangenen Jahr", ("vergangenen Jahr", "2014", "year", "point")),
    ("Anfang vergangenen Jahres", ("Anfang vergangenen Jahres", "2014", "year", "point")),
    ("im Mai vergangenen Jahres", ("Mai vergangenen Jahres", "2014-05", "month", "point")),
    ("vor drei Tagen", ("vor drei Tagen", "2015-07-03", "day", "point")),
    ("am Dienstagabend", ("Dienstagabend", "2015-06-30", "day", "point")),
    ("am kommenden Freitag", ("kommenden Freitag", "2015-07-10", "day", "point")),
    ("zwischen 2010 und 2014", ("zwischen 2010 und 2014", "2010", "year", "range")),
    ("vom 12. bis 14. März 2025", ("vom 12. bis 14. März 2025", "2025-03-12", "day", "range")),
    ("Ende 2014", ("Ende 2014", "2014", "year", "point")),
])
def test_german(text: str, expected: tuple) -> None:
    assert _values(text, "de", "2015-07-06") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("on March 12, 2025", ("March 12, 2025", "2025-03-12", "day", "point")),
    ("12 March 2025", ("12 March 2025", "2025-03-12", "day", "point")),
    ("in February 2025", ("February 2025", "2025-02", "month", "point")),
    ("in March", ("March", "2025-03", "month", "point")),
    ("last week", ("last week", "2025-03", "month", "point")),
    ("yesterday", ("yesterday", "2025-03-13", "day", "point")),
    ("today", ("today", "2025-03-14", "day", "point")),
    ("on Monday", ("Monday", "2025-03-10", "day", "point")),
    ("next Monday", ("next Monday", "2025-03-17", "day", "point")),
    ("early March", ("early March", "2025-03", "month", "point")),
    ("mid-February", ("mid-February", "2025-02", "month", "point")),
    ("since 2007", ("since 2007", "2007", "year", "since")),
    ("in 2014", ("2014", "2014", "year", "point")),
    ("three days ago", ("three days ago", "2025-03-11", "day", "point")),
    ("in May last year", ("May last year", "2024-05", "month", "point")),
    ("earlier this year", ("earlier this year", "2025", "year", "point")),
    ("from 2010 to 2014", ("from 2010 to 2014", "2010", "year", "range")),
    ("2025-03-12", ("2025-03-12", "2025-03-12", "day", "point")),
])
def test_english(text: str, expected: tuple) -> None:
    # 2025-03-14 is a Friday
    assert _values(text, "en", "2025-03-14") == [expected]


def test_yearless_day_near_new_year_takes_the_nearest_year() -> None:
    assert _values("am 30. Dezember", "de", "2016-01-04") == [
        ("30. Dezember", "2015-12-30", "day", "point")]


def test_event_date_nearest_and_not_since() -> None:
    text = "Seit 2007 herrscht Krieg. Am 3. Mai 2016 griffen Rebellen an, im Juni 2014 nicht."
    dates = find_dates(text, "de", None)
    assert [d.kind for d in dates] == ["since", "point", "point"]
    trigger = text.index("griffen")
    assert event_date(26, len(text), trigger, dates, None) == ("2016-05-03", "day")
    assert event_date(0, 25, text.index("Krieg"), dates, None) == (None, None)


def test_event_date_skips_unresolved() -> None:
    dates = [DateExpr(0, 6, "Montag", None, None, True)]
    assert event_date(0, 40, 10, dates, None) == (None, None)


@pytest.mark.parametrize("text", [
    "in den vergangenen Jahren", "in den kommenden Wochen", "in recent years",
    "in the coming weeks",
])
def test_vague_plural_periods_are_no_dates(text: str) -> None:
    assert find_dates(text, None, "2015-07-06") == []


def test_unknown_language_uses_both_word_lists() -> None:
    assert _values("am 12. März und on March 14, 2025", None) == [
        ("12. März", None, None, "point"), ("March 14, 2025", "2025-03-14", "day", "point")]


def test_sentence_full_stop_is_not_part_of_an_english_date() -> None:
    assert _values("closed since April 8.", "en", "2020-06-15") == [
        ("since April 8", "2020-04-08", "day", "since")]


def test_german_day_and_month_in_digits() -> None:
    assert _values("Am 12.3. kam es zu Protesten", "de", "2016-05-26") == [
        ("12.3.", "2016-03-12", "day", "point")]
    assert find_dates("um 1.25 Uhr", "de", "2016-05-26") == []


def test_qualified_week() -> None:
    assert _values("Mitte der Woche", "de", "2016-05-26") == [
        ("Mitte der Woche", "2016-05", "month", "point")]
