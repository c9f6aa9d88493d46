"""Factuality of stated intentions: an act someone wants or plans to do has not happened; the
intention itself, once stated, is an asserted AGREE (CAMEO 036) or a refusal."""

import pytest

from eventcoder.pipeline import code_text


def facts(text, lang):
    return [(e.type, e.factuality) for e in code_text(text, lang=lang,
                                                      published="2025-03-12").events]


@pytest.mark.parametrize("text, lang", [
    ("Russland will mit der Ukraine verhandeln.", "de"),
    ("Die Außenminister wollen sich in Genf treffen, um über Syrien zu sprechen.", "de"),
    ("Iran wants to meet the European negotiators.", "en"),
])
def test_wanted_talks_are_future_and_the_wish_an_asserted_agree(text, lang):
    assert ("CONSULT", "future") in facts(text, lang)
    assert ("CONSULT", "asserted") not in facts(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Russland verhandelte mit der Ukraine.", "de"),
    ("Iran met the European negotiators.", "en"),
])
def test_talks_that_happened_are_asserted(text, lang):
    assert ("CONSULT", "asserted") in facts(text, lang)


def test_a_refusal_stated_with_wollen_stays_an_asserted_refusal():
    assert facts("Die Türkei will die Ukraine nicht unterstützen.", "de") == [
        ("REJECT", "asserted")]


@pytest.mark.parametrize("text, expected", [
    # wanting that another acts is a demand made now; what is wanted has not happened
    ("Die USA wollen, dass Israel den Siedlungsbau stoppt.", [("REQUEST", "asserted")]),
    ("Die EU will, dass Russland die Gefangenen freilässt.", [("REQUEST", "asserted")]),
])
@pytest.mark.needs_models
def test_wanting_that_another_acts_is_an_asserted_demand(text, expected):
    assert facts(text, "de") == expected


def test_what_is_not_wanted_is_not_asserted():
    assert ("COOPERATE", "asserted") not in facts(
        "Die Kanzlerin will nicht, dass die Türkei der EU beitritt.", "de")


@pytest.mark.parametrize("text, lang, expected", [
    # dated after the report: it cannot have happened yet
    ("Russland zieht seine Truppen bis Ende 2017 aus Syrien ab.", "de", ("RETREAT", "future")),
    ("Russia withdraws its troops from Syria by 2018.", "en", ("RETREAT", "future")),
    # dated before or within the report's month: as the verb says
    ("Putin traf Obama im Mai 2016.", "de", ("CONSULT", "asserted")),
    ("Im Jahr 2015 trafen sich Putin und Obama in Paris.", "de", ("CONSULT", "asserted")),
])
def test_an_act_dated_after_the_report_is_future(text, lang, expected):
    evs = code_text(text, lang=lang, published="2016-05-01").events
    assert [(e.type, e.factuality) for e in evs] == [expected]
