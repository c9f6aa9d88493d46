"""German roles, round 5, on sentences written for these tests: 'der' before a woman's role
noun marks a dative object, not the subject; an event noun's complement after its genitive
agent is the other party."""

import pytest
from coding import roles


def events(text):
    return roles(text, "de")


@pytest.mark.needs_models
def test_dative_minister_in_the_prefield_is_the_target():
    got = events("Wien – Der Unterrichtsministerin Claudia Huber (SPÖ) wirft Kickl mangelnde "
                 "Kontrolle vor.")
    assert got == [("ACCUSE", "Kickl", "Unterrichtsministerin Claudia Huber")]


@pytest.mark.needs_models
def test_dative_minister_after_the_verb_is_no_inverted_subject():
    got = events("Wien – Kickl wirft der Sozialministerin Maria Berger (SPÖ) mangelnde "
                 "Kontrolle vor.")
    assert got == [("ACCUSE", "Kickl", "Sozialministerin Maria Berger")]


@pytest.mark.needs_models
def test_subject_after_the_verb_when_the_article_marks_the_prefield_dative():
    assert events("Wien – Der Sozialministerin wirft Kickl mangelnde Kontrolle vor.") == [
        ("ACCUSE", "Kickl", "Sozialministerin")]
    assert events("Wien – Der Regierung warf Kickl Versagen vor.") == [
        ("ACCUSE", "Kickl", "Regierung")]


@pytest.mark.needs_models
def test_title_before_a_name_carries_the_dative():
    assert events("Wien – Der Bundeskanzlerin Angela Merkel widersprach Kickl heftig.") == [
        ("REJECT", "Kickl", "Bundeskanzlerin")]


@pytest.mark.needs_models
def test_masculine_der_stays_the_subject():
    assert events("Wien – Der Innenminister kritisierte die FPÖ.") == [
        ("ACCUSE", "Innenminister", "FPÖ")]
    assert events("Wien – Die Innenministerin kritisierte die FPÖ.") == [
        ("ACCUSE", "Innenministerin", "FPÖ")]


@pytest.mark.needs_models
def test_meeting_partner_after_the_genitive_agent():
    got = events("Wien – Das Treffen der Außenministerin mit dem russischen Außenminister "
                 "Sergej Lawrow verlief ohne Ergebnis.")
    assert got == [("CONSULT", "Außenministerin", "russischen Außenminister Sergej Lawrow")]
    got = events("Wien – Die Gespräche der Regierung mit der Opposition sind gescheitert.")
    assert got == [("CONSULT", "Regierung", "Opposition")]
