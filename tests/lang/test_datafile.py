"""Data files read with YAML 1.2 booleans: 'on', 'no', 'yes', 'off' stay words."""

from eventcoder.datafile import load_yaml
from eventcoder.lang import load
from eventcoder.store.export import fips_codes


def test_only_true_and_false_are_booleans() -> None:
    data = load_yaml("words: [on, off, yes, no, y, n, On, NO]\nflags: [true, False, TRUE]\n"
                     "NOR: NO\n")
    assert data["words"] == ["on", "off", "yes", "no", "y", "n", "On", "NO"]
    assert data["flags"] == [True, False, True]
    assert data["NOR"] == "NO"


def test_numbers_and_nulls_keep_their_types() -> None:
    assert load_yaml("a: 1\nb: 2.5\nc: null\nd: ~\ne: '0841'\n") == {
        "a": 1, "b": 2.5, "c": None, "d": None, "e": "0841"}


def test_the_shipped_word_lists_keep_on() -> None:
    assert "on" in load("en", "grammar")["prepositions"]
    assert {"on", "On"} <= set(load("en", "dates")["prepositions"])
    assert "on" in load("de", "grammar")["masculine_role_endings"]


def test_norway_keeps_its_fips_code() -> None:
    assert fips_codes()["NOR"] == "NO"
