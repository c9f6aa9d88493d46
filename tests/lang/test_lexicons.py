"""Schema and coverage checks for the trigger lexicons, cue lists and the PLOVER type table."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import simplemma
import yaml

from eventcoder.lang import LANG_DIR, load

PLOVER_FILE = LANG_DIR.parent / "events" / "data" / "plover.yaml"
CAMEO_FILE = Path(__file__).parent / "fixtures" / "cameo_codes.txt"
TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ENTRY_KEYS = {"lemma", "pos", "type", "cameo", "mode", "object", "target_preps", "symmetric",
              "source_preps", "note", "exact", "requires", "excludes", "object_actor",
              "not_object", "infinitive_object", "actor_subject", "not_gerund", "not_question",
              "not_compounds", "not_subject", "not_stative", "not_after", "object_retype",
              "intransitive", "not_tag"}
CUE_KEYS = ("negation", "negation_verbs", "speculation", "allegation", "speculation_sources",
            "future", "conditional", "reporting_verbs", "attribution_preps", "attribution_postps")
# Deliberate departures from CAMEO2PLOVER-2021, each backed by ANNOTATION.md or the manual:
# signing (057) is AGREE, sanctions (163) are SANCTION, yielding (08x) may be CONCEDE or RETREAT,
# a blockade (191) is ASSAULT (ANNOTATION.md: CAMEO roots 18-20 are ASSAULT).
TYPE_EXCEPTIONS = {
    "057": {"AGREE"},
    "191": {"ASSAULT"},
    "1712": {"COERCE"},  # destroying property: CAMEO 17, COERCE in ANNOTATION.md (demolitions)
    "163": {"SANCTION"},
    "08": {"CONCEDE", "RETREAT"},
}
LANGS = ("de", "en")
# predicate adjectives and adverbs that light-verb entries list as "objects"
ADJECTIVE_OBJECTS = {"verantwortlich", "schuldig", "rückgängig", "bereit", "tödlich", "telefonisch",
                     "gesprächsbereit", "kompromissbereit", "verhandlungsbereit", "offen"}


def _cameo_table() -> dict[str, str]:
    table = {}
    for line in CAMEO_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, typ = line.split()
            table[code] = typ
    return table


def _plover() -> dict:
    with PLOVER_FILE.open(encoding="utf-8") as f:
        return yaml.safe_load(f)["types"]


def _allowed_types(code: str, table: dict[str, str]) -> set[str]:
    allowed = {table[code]}
    allowed |= TYPE_EXCEPTIONS.get(code, set())
    allowed |= TYPE_EXCEPTIONS.get(code[:2], set()) if code[:2] == "08" else set()
    return allowed


@pytest.fixture(scope="module", params=LANGS)
def triggers(request) -> tuple[str, list[dict]]:
    return request.param, load(request.param, "triggers")


def test_plover_table_has_all_types_with_valid_fields():
    plover = _plover()
    table = _cameo_table()
    assert tuple(plover) == TYPES
    for name, t in plover.items():
        assert t["quad"] in (1, 2, 3, 4), name
        assert -10 <= t["goldstein"] <= 10, name
        assert -10 <= t["plover_score"] <= 10, name
        assert t["cameo"] in table, name
        assert name in _allowed_types(t["cameo"], table), name
        assert all(r in table for r in t["roots"]), name
        assert isinstance(t["modes"], list)


def test_plover_table_values():
    plover = _plover()
    assert plover["CONSULT"]["modes"] == ["visit", "third-party", "multilateral", "phone"]
    assert plover["ASSAULT"]["goldstein"] == -9.0
    assert plover["AID"]["goldstein"] == 7.0
    assert [plover[t]["quad"] for t in ("AGREE", "AID", "REQUEST", "ASSAULT")] == [1, 2, 3, 4]
    assert "release" in plover["RETREAT"]["modes"]


def test_entries_have_required_keys_and_valid_values(triggers):
    lang, entries = triggers
    table = _cameo_table()
    modes = {name: set(t["modes"]) for name, t in _plover().items()}
    for e in entries:
        assert set(e) <= ENTRY_KEYS, e
        assert {"lemma", "pos", "type", "cameo"} <= set(e), e
        assert e["pos"] in ("VERB", "NOUN"), e
        assert e["type"] in TYPES, e
        assert isinstance(e["cameo"], str) and e["cameo"] in table, e
        assert e["type"] in _allowed_types(e["cameo"], table), e
        if "mode" in e:
            assert e["mode"] in modes[e["type"]], e
        for key in ("object", "target_preps", "source_preps"):
            if key in e:
                assert isinstance(e[key], list) and e[key], e
                assert all(isinstance(x, str) and x for x in e[key]), e
        for key in ("symmetric", "exact"):
            if key in e:
                assert isinstance(e[key], bool), e


def test_lemma_case_follows_language(triggers):
    lang, entries = triggers
    for e in entries:
        if lang == "de":
            nouns = [e["lemma"]] if e["pos"] == "NOUN" else []
            nouns += e.get("object", [])
            assert all(n[:1].isupper() or n in ADJECTIVE_OBJECTS for n in nouns), e
            if e["pos"] == "VERB":
                assert e["lemma"].islower() and " " not in e["lemma"], e
        else:
            assert e["lemma"] == e["lemma"].lower(), e


def test_no_duplicate_entries(triggers):
    lang, entries = triggers
    keys = Counter(
        (e["lemma"].lower(), e["pos"], tuple(sorted(e.get("object", []))), e["type"])
        for e in entries
    )
    dups = [k for k, n in keys.items() if n > 1]
    assert dups == []


def test_bare_verbs_have_one_type(triggers):
    """A verb without `object` must not fire two event types at once: where a lemma has senses
    of two types, the sense that `requires` cue words is excluded by them in the other."""
    lang, entries = triggers
    senses: dict[tuple[str, str], list[dict]] = {}
    for e in entries:
        if "object" not in e:
            senses.setdefault((e["lemma"], e["pos"]), []).append(e)
    clashes = {}
    for key, es in senses.items():
        if len({e["type"] for e in es}) < 2:
            continue
        plain = [e for e in es if "requires" not in e]
        cued = [e for e in es if "requires" in e]
        if len(plain) > 1 or not all(set(c["requires"]) <= set(p.get("excludes", ()))
                                     for c in cued for p in plain):
            clashes[key] = {e["type"] for e in es}
    assert clashes == {}


def test_every_type_is_covered(triggers):
    lang, entries = triggers
    counts = Counter(e["type"] for e in entries)
    assert len(entries) >= 250
    assert {t: counts[t] for t in TYPES if counts[t] < 5} == {}


@pytest.mark.parametrize(("lang", "form", "lemma", "typ"), [
    ("de", "einigten", "einigen", "AGREE"),
    ("de", "vereinbarten", "vereinbaren", "AGREE"),
    ("de", "versprach", "versprechen", "AGREE"),
    ("de", "telefonierte", "telefonieren", "CONSULT"),
    ("de", "Gesprächen", "Gespräch", "CONSULT"),
    ("de", "Konsultationen", "Konsultation", "CONSULT"),
    ("de", "festgenommen", "festnehmen", "COERCE"),
    ("de", "Sanktionen", "Sanktion", None),  # only with a light verb (verhängen, verschärfen)
    ("de", "kritisierte", "kritisieren", "ACCUSE"),
    ("de", "Angriffe", "Angriff", "ASSAULT"),
    ("de", "Vorwürfe", "Vorwurf", None),  # nominal accusations are mostly objects of denials
    ("de", "drohte", "drohen", "THREATEN"),
    ("de", "Proteste", "Protest", "PROTEST"),
    ("de", "getötet", "töten", "ASSAULT"),
    ("en", "talks", "talk", "CONSULT"),
    ("en", "met", "meet", "CONSULT"),
    ("en", "agreed", "agree", "AGREE"),
    ("en", "sanctions", "sanction", None),  # only with a light verb (impose, tighten)
    ("en", "condemned", "condemn", "ACCUSE"),
    ("en", "arrested", "arrest", "COERCE"),
    ("en", "attacks", "attack", "ASSAULT"),
    ("en", "rejected", "reject", "REJECT"),
    ("en", "threatened", "threaten", "THREATEN"),
    ("en", "protesters", "protester", None),
])
def test_simplemma_forms_reach_the_lexicon(lang, form, lemma, typ):
    """Inflected forms lemmatize (simplemma) to the lexicon's lemma and its type."""
    assert simplemma.lemmatize(form, lang=lang) == lemma
    types = {e["type"] for e in load(lang, "triggers") if e["lemma"] == lemma
             and "object" not in e}
    assert types == ({typ} if typ else set())


@pytest.mark.parametrize(("lang", "verb", "noun", "typ", "cameo"), [
    ("de", "führen", "Telefongespräch", "CONSULT", "041"),
    ("de", "abhalten", "Konsultation", "CONSULT", "040"),
    ("de", "aufnehmen", "Verhandlung", "CONSULT", "046"),
    ("de", "verhängen", "Sanktion", "SANCTION", "163"),
    ("de", "austauschen", "Information", "COOPERATE", "064"),
    ("de", "liefern", "Waffe", "AID", "072"),
    ("de", "abbrechen", "Beziehung", "SANCTION", "161"),
    ("en", "hold", "talk", "CONSULT", "040"),
    ("en", "impose", "sanction", "SANCTION", "163"),
    ("en", "share", "intelligence", "COOPERATE", "064"),
])
def test_light_verb_constructions(lang, verb, noun, typ, cameo):
    hits = [e for e in load(lang, "triggers")
            if e["lemma"] == verb and noun in e.get("object", [])]
    assert [(e["type"], e["cameo"]) for e in hits] == [(typ, cameo)]


@pytest.mark.parametrize(("lang", "noun", "preps"), [
    ("de", "Angriff", ["auf", "gegen"]),
    ("de", "Gespräch", ["mit", "zwischen"]),
    ("en", "attack", ["on", "against"]),
    ("en", "talk", ["with", "between"]),
])
def test_nominal_event_target_preps(lang, noun, preps):
    (entry,) = [e for e in load(lang, "triggers") if e["lemma"] == noun and e["pos"] == "NOUN"]
    assert entry["target_preps"] == preps


def test_talks_and_agreements_are_symmetric():
    for lang, lemmas in (("de", ["einigen", "vereinbaren", "telefonieren", "Gespräch"]),
                         ("en", ["agree", "negotiate", "talk", "meet"])):
        for e in load(lang, "triggers"):
            if e["lemma"] in lemmas and "object" not in e:
                assert e.get("symmetric") is True, e


def test_background_words_are_not_triggers():
    de = {e["lemma"] for e in load("de", "triggers")}
    en = {e["lemma"] for e in load("en", "triggers")}
    assert not {"sagen", "erklären", "Krieg", "Konflikt"} & {
        e["lemma"] for e in load("de", "triggers") if "object" not in e}
    assert "Krieg" not in de and "Konflikt" not in de
    assert not {"say", "war", "conflict", "envoy", "protester"} & en


@pytest.mark.parametrize("lang", LANGS)
def test_cue_keys_present(lang):
    cues = load(lang, "cues")
    assert set(CUE_KEYS) <= set(cues)
    for key, items in cues.items():
        assert isinstance(items, list), key
        assert all(isinstance(x, str) and x == x.lower() for x in items), key
    for key in CUE_KEYS:
        if key != "attribution_postps" or lang == "de":
            assert cues[key], key


def test_german_cues():
    cues = load("de", "cues")
    # Konjunktiv I marks reported speech, not doubt
    assert not {"habe", "sei", "seien", "werde", "hätten"} & set(cues["speculation"])
    assert {"könnte", "dürfte", "möglicherweise", "würde"} <= set(cues["speculation"])
    # allegations are speculative only without a named source
    assert {"soll", "sollen", "angeblich"} <= set(cues["allegation"])
    assert not set(cues["allegation"]) & set(cues["speculation"])
    assert {"bislang nicht", "noch nicht", "nicht", "kein*"} <= set(cues["negation"])
    assert {"wird", "plant", "nächste woche", "morgen"} <= set(cues["future"])
    assert {"mitteilen", "berichten", "sagen", "bekanntgeben"} <= set(cues["reporting_verbs"])
    assert "laut" in cues["attribution_preps"] and "nach angaben" in cues["attribution_preps"]
    assert cues["attribution_postps"] == ["zufolge"]


def test_english_cues():
    cues = load("en", "cues")
    assert {"may", "might", "could"} <= set(cues["speculation"])
    assert {"reportedly", "allegedly"} <= set(cues["allegation"])
    assert not set(cues["allegation"]) & set(cues["speculation"])
    assert {"not", "n't", "never"} <= set(cues["negation"])
    assert "deny" in cues["negation_verbs"]
    assert {"will", "plans to", "is to", "next week", "tomorrow"} <= set(cues["future"])
    assert "according to" in cues["attribution_preps"]
