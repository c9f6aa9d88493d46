"""An interaction needs a counterpart (ANNOTATION.md): events of the `addressee_types` that
name no target are found but not coded, and `explain` says so; demands, rejections, bans,
protests, mobilisations and attacks may go without one, and so may the condemnation of an act
whose doer is not named (sentences written for these tests)."""

import pytest
from coding import roles

from eventcoder.cli import explain_document
from eventcoder.pipeline import code_text


@pytest.mark.needs_models
@pytest.mark.parametrize("text, lang, type_", [
    ("Außenminister Lawrow kritisierte die neue Regelung scharf.", "de", "ACCUSE"),
    ("The Russian government voiced support for the reform.", "en", "SUPPORT"),
])
def test_an_interaction_aimed_at_nobody_is_not_coded(text, lang, type_):
    assert roles(text, lang) == []
    assert [row[0] for row in roles(text, lang, dropped=True)] == [type_]


@pytest.mark.needs_models
def test_the_same_interaction_with_a_counterpart_is_coded():
    assert roles("Außenminister Lawrow kritisierte die USA scharf.", "de") == [
        ("ACCUSE", "Außenminister Lawrow", "USA")]


@pytest.mark.needs_models
@pytest.mark.parametrize("text, lang, type_", [
    ("Außenminister Lawrow forderte Verhandlungen über einen internationalen Pakt.", "de",
     "REQUEST"),
    ("Russland zog seine Truppen aus Syrien ab.", "de", "RETREAT"),
])
def test_demands_and_withdrawals_of_a_named_thing_stay(text, lang, type_):
    assert [row[0] for row in roles(text, lang)] == [type_]


@pytest.mark.needs_models
def test_condemning_an_act_whose_doer_is_not_named_stays():
    assert roles("Die russische Regierung hat den Anschlag auf das Krankenhaus in Aleppo "
                 "verurteilt.", "de") == [("ACCUSE", "russische Regierung", None)]


@pytest.mark.needs_models
def test_explain_names_the_events_not_coded():
    doc = code_text("Außenminister Lawrow kritisierte die neue Regelung scharf. Lawrow "
                    "forderte die USA zum Rückzug auf.", lang="de")
    out = explain_document(doc)
    assert "NOT CODED  ACCUSE by Sergey Lavrov (RUS/GOV) ('kritisierte'): ACCUSE names no " \
           "target" in out
    assert "EVENT  REQUEST" in out and "EVENT  ACCUSE" not in out


@pytest.mark.needs_models
@pytest.mark.parametrize("text, expected", [
    ("Israel received threats from Iran.", ("THREATEN", "Iran", "Israel")),
    ("Sweden faces sharp criticism from the European Commission.",
     ("ACCUSE", "European Commission", "Sweden")),
])
def test_who_undergoes_an_act_is_its_target(text, expected):
    assert roles(text, "en") == [expected]


@pytest.mark.needs_models
@pytest.mark.parametrize("text, fact", [
    # 'wird' with a participle is a passive in the present, with an infinitive the future
    ("Dem russischen Außenminister Lawrow wird von der EU Amtsmissbrauch vorgeworfen.",
     "asserted"),
    ("Die EU wird der ungarischen Regierung Amtsmissbrauch vorwerfen.", "future"),
])
def test_wird_with_a_separable_participle_is_no_future(text, fact):
    assert [row[-1] for row in roles(text, "de", factuality=True)] == [fact]
