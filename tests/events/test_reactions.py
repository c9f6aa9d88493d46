"""Reactions to an act reported just before, on sentences written for these tests: a definite
act noun as the object ("die Entscheidung", "the sanctions") refers to the act, whose actor is
the target; a noun with its own types needs an act of that type; with no act before, the
reaction has no target."""

import pytest
from coding import roles


@pytest.mark.needs_models
def test_welcoming_a_decision_targets_who_decided():
    got = roles("Die ungarische Regierung hat am Montag die Grenze zu Serbien geschlossen. "
                "Die Slowakei begrüßte die Entscheidung.", "de")
    assert ("SUPPORT", "Slowakei", "ungarische Regierung") in got


@pytest.mark.needs_models
def test_condemning_sanctions_targets_who_imposed_them_not_who_praised_them():
    got = roles("Die USA verhängten am Freitag Sanktionen gegen Venezuela. Kolumbien lobte die "
                "Entscheidung. Russland verurteilte die Sanktionen scharf.", "de")
    assert ("ACCUSE", "Russland", "USA") in got


@pytest.mark.needs_models
def test_english_condemned_the_attack_targets_the_attacker():
    got = roles("Turkish jets bombed Kurdish positions in northern Iraq on Sunday. "
                "The Iraqi government condemned the attack.", "en")
    assert any(t == "ACCUSE" and s == "Iraqi government" and tg is not None and "Turk" in tg
               for t, s, tg in got), got


@pytest.mark.needs_models
def test_no_act_before_gives_no_target():
    got = roles("Der Außenminister Frankreichs kritisierte die Entscheidung.", "de")
    assert all(tg is None for _, _, tg in got)
