"""Places: gazetteer look-ups, German inflection, false friends, prepositions, datelines."""

import pytest

from eventcoder.events.places import dateline, find_places, load_index, place_for_event


def _found(text: str, lang: str) -> list[tuple]:
    return [(p.text, p.place.name, p.place.country, p.prep) for p in find_places(text, lang)]


def test_dschidda_is_jeddah_with_coordinates() -> None:
    text = "fand kurz nach Gesprächen in Dschidda statt"
    [p] = find_places(text, "de")
    assert (p.text, p.place.name, p.place.country, p.kind, p.prep) == (
        "Dschidda", "Jeddah", "SAU", "city", "in")
    assert p.place.lat == pytest.approx(21.49, abs=0.01)
    assert p.place.lon == pytest.approx(39.19, abs=0.01)
    assert text[p.start:p.end] == "Dschidda"


@pytest.mark.parametrize("text,expected", [
    ("die Militärhilfe für Kiew", ("Kiew", "Kyiv", "UKR", None)),
    ("Gespräche in Kiew", ("Kiew", "Kyiv", "UKR", "in")),
    ("die Regierung Kiews", ("Kiews", "Kyiv", "UKR", None)),
    ("zwischen Moskau und", ("Moskau", "Moscow", "RUS", None)),
    ("in Damaskus", ("Damaskus", "Damascus", "SYR", "in")),
    ("nach Peking", ("Peking", "Beijing", "CHN", None)),
    ("bei einer UN-Konferenz in Genf", ("Genf", "Geneva", "CHE", "in")),
    ("am 21. April in Kuwait-Stadt", ("Kuwait-Stadt", "Kuwait City", "KWT", "in")),
    ("im Gazastreifen", ("Gazastreifen", "Gaza Strip", "PSE", "im")),
    ("nahe der syrischen Stadt Raqqa", ("Raqqa", "Ar Raqqah", "SYR", "nahe")),
    ("In der türkischen Grenzstadt Kilis", ("Kilis", "Kilis", "TUR", "In")),
    ("die Interessen Russlands", ("Russlands", "Russia", "RUS", None)),
    ("in der Ukraine", ("Ukraine", "Ukraine", "UKR", "in")),
    ("die USA", ("USA", "United States", "USA", None)),
])
def test_german_names(text: str, expected: tuple) -> None:
    assert _found(text, "de") == [expected]


@pytest.mark.parametrize("text", [
    "Der SVR betonte, dass", "Mit dem Chef", "Die Parteien", "Was die Agentur", "Bad news",
    "Ein Kiew-Besuch", "Der US-Präsident", "Of course",
])
def test_never_places(text: str) -> None:
    assert find_places(text, "de") == []
    assert find_places(text, "en") == []


def test_ambiguous_names_need_a_preposition() -> None:
    assert _found("Das Essen war kalt", "de") == []
    assert _found("Er kam aus Essen", "de") == [("Essen", "Essen", "DEU", None)]
    assert _found("Wahl in Halle", "de") == [("Halle", "Halle (Saale)", "DEU", "in")]


def test_english() -> None:
    assert _found("talks in Geneva on Monday", "en") == [("Geneva", "Geneva", "CHE", "in")]
    assert _found("in the Syrian city of Aleppo", "en") == [("Aleppo", "Aleppo", "SYR", "in")]
    assert _found("Kyiv's mayor", "en") == [("Kyiv", "Kyiv", "UKR", None)]
    assert _found("near New York", "en") == [("New York", "New York City", "USA", "near")]
    assert _found("George Washington said", "en") == []
    assert _found("He said. The Washington Post reported", "en") == []


def test_most_populous_wins() -> None:
    assert _found("in Paris", "de")[0][1:3] == ("Paris", "FRA")
    assert _found("in Washington", "de")[0][1:3] == ("Washington", "USA")
    assert _found("nach Odessa", "de")[0][1:3] == ("Odesa", "UKR")


def test_place_for_event_prefers_the_nearest_with_a_preposition() -> None:
    text = "Washington versprach in Dschidda Hilfe für Kiew, sagte er in Genf."
    places = find_places(text, "de")
    assert [p.text for p in places] == ["Washington", "Dschidda", "Kiew", "Genf"]
    trigger = text.index("versprach")
    assert place_for_event(0, len(text), trigger, places).text == "Dschidda"
    assert place_for_event(0, len(text), text.index("sagte"), places).text == "Genf"
    assert place_for_event(0, 10, trigger, places) is None


@pytest.mark.parametrize("text,expected", [
    ("Damaskus – Die Armee hat", ("Damaskus", "Damascus", "SYR")),
    ("Teaser endet hier. Gaza/Jerusalem – Die militanten", ("Gaza", "Gaza", "PSE")),
    ("MOSCOW (Reuters) - Russia said", ("MOSCOW", "Moscow", "RUS")),
    ("BERLIN, 3 March (dpa) - Die Regierung", ("BERLIN", "Berlin", "DEU")),
    ("Titel\n\nKuwait-Stadt – Die Gespräche", ("Kuwait-Stadt", "Kuwait City", "KWT")),
    ("NEW YORK (AP) — A man", ("NEW YORK", "New York City", "USA")),
])
def test_dateline(text: str, expected: tuple) -> None:
    d = dateline(text)
    assert d is not None
    assert (d.text, d.place.name, d.place.country) == expected
    assert text[d.start:d.end] == d.text


@pytest.mark.parametrize("text", [
    "Die Regierung - so heißt es - plant", "Er sagte – und das ist neu –", "Kein Ort hier.",
])
def test_no_dateline(text: str) -> None:
    assert dateline(text) is None


def test_index_is_compact_and_complete() -> None:
    index = load_index()
    assert len(index.rows) > 30_000
    assert index.get("SVR") is None and index.get("Mit") is None and index.get("Die") is None
    assert index.get("Jeddah") == index.get("Dschidda")


def test_ambiguous_name_after_an_article_is_no_place() -> None:
    assert _found("Er saß im Zug nach Wien", "de") == [("Wien", "Vienna", "AUT", None)]
    assert _found("in der Schweizer Stadt Zug", "de") == [("Zug", "Zug", "CHE", "in")]


def test_own_names_beat_other_cities_alternate_names() -> None:
    assert _found("in Bethlehem", "de")[0][1:3] == ("Bethlehem", "PSE")
    assert _found("in Frankfurt", "de")[0][1:3] == ("Frankfurt am Main", "DEU")


def test_first_names_and_companies_are_no_places() -> None:
    assert find_places("Google und Martin sagten, Bush habe", "de") == []


def test_coordinated_names_share_the_preposition() -> None:
    text = "in den Bezirken Cizre und Silopi in der Provinz Sirnak"
    assert [(p.text, p.prep) for p in find_places(text, "de")] == [
        ("Cizre", "in"), ("Silopi", "in"), ("Sirnak", "in")]


def test_venue_nouns_between_preposition_and_name() -> None:
    assert _found("Klage vor dem Verwaltungsgericht München eingereicht", "de") == [
        ("München", "Munich", "DEU", "vor")]
    assert _found("Warnung vor Russland", "de") == [("Russland", "Russia", "RUS", None)]


def test_translated_alternate_names_are_no_places() -> None:
    assert find_places("the White House said", "en") == []


def test_dateline_only_near_the_start() -> None:
    text = "Titel. " + "Viel Text. " * 120 + "Russland – so der Minister – habe"
    assert dateline(text) is None


@pytest.mark.parametrize("text,expected", [
    ("Haltung wird geschätzt, ergab eine Studie. Wien – Wenn eine", "Wien"),
    ("Titel. Ried/Wien – Die Polizei", "Wien"),
    ("Titel. Kiew / Moskau – Totgesagte", "Kiew"),
])
def test_dateline_edge_cases(text: str, expected: str) -> None:
    d = dateline(text)
    assert d is not None and d.text == expected


def test_preposition_offset() -> None:
    text = "nahe der syrischen Stadt Raqqa"
    [p] = find_places(text, "de")
    assert (p.prep, p.prep_start) == ("nahe", 0)
    [p] = find_places("Gespräche in Dschidda", "de")
    assert p.prep_start == len("Gespräche ")


def test_place_for_event_accept_hook() -> None:
    text = "Lawrow lehnte Truppen in der Ukraine ab."
    places = find_places(text, "de")
    assert place_for_event(0, len(text), 7, places).text == "Ukraine"
    assert place_for_event(0, len(text), 7, places, accept=lambda p: False) is None


@pytest.mark.parametrize("lang", ["en", "de"])
def test_text_without_places(lang: str) -> None:
    # the namesake check pairs each place with the next one; no place at all is no pair
    assert find_places("The committee met on Tuesday and agreed.", lang) == []
