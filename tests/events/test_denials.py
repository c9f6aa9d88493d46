"""Denials of reports and facts are statements, no REJECT ("dementierte einen Bericht",
"bestreitet, dass es einen Kessel gab", "rejected reports that …"); a denied accusation or
demand stays a rejection of the actor who made it. Sentences written for these tests."""

import pytest
from coding import roles

pytestmark = pytest.mark.needs_models


def test_denied_press_report_is_no_event_de():
    assert roles("Das österreichische Innenministerium dementierte am Dienstag einen Bericht der "
                 "Zeitung über geheime Abschiebungen.", "de") == []


def test_bare_dementi_is_no_event_de():
    assert roles("Die ungarische Regierung dementierte energisch, der Minister sprach von einer "
                 "Falschmeldung.", "de") == []


def test_denied_dass_clause_is_no_event_de():
    assert roles("Die Wiener Polizei bestreitet, dass es einen Kessel gab.", "de") == []


def test_fronted_denied_fact_is_no_event_de():
    assert [r for r in roles("Dass es eine Razzia gegeben habe, bestreitet die Wiener Polizei.",
                             "de") if r[0] == "REJECT"] == []


def test_rejected_reports_are_no_event_de():
    assert roles("Das russische Außenministerium wies Berichte über einen Truppenabzug als "
                 "falsch zurück.", "de") == []


def test_rejected_accusations_of_named_actor_stay_de():
    assert roles("Der französische Minister wies die Vorwürfe der Opposition zurück.", "de") == [
        ("REJECT", "französische Minister", "Opposition")]


def test_rejected_criticism_stays_without_target_de():
    assert roles("Der deutsche Kanzler wies die Kritik an seiner Reform zurück.", "de") == [
        ("REJECT", "deutsche Kanzler", None)]


def test_rejected_demand_stays_de():
    assert roles("Die ungarische Regierung wies die Forderung der Gewerkschaft zurück.",
                 "de") == [("REJECT", "ungarische Regierung", "Gewerkschaft")]


def test_rejected_reports_are_no_event_en():
    assert ("REJECT", "The Foreign Ministry", "reports") not in roles(
        "The Foreign Ministry rejected reports that it had recalled its ambassador.", "en")


def test_dismissed_rumours_are_no_event_en():
    assert roles("The government dismissed the rumours as baseless.", "en") == []


def test_refuted_claims_are_no_rejection_en():
    assert [r for r in roles("The army refuted claims that soldiers had fired on protesters.",
                             "en") if r[0] == "REJECT"] == []


def test_rejected_accusations_of_named_actor_stay_en():
    assert roles("The minister rejected accusations by the opposition.", "en") == [
        ("REJECT", "The minister", "the opposition")]


def test_rejected_demand_stays_en():
    assert roles("The government rejected the union's demand.", "en") == [
        ("REJECT", "The government", "the union's demand")]
