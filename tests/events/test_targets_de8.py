"""German roles outside the knowledge base: people named by their age ("den 35-Jährigen");
object, prepositional and passive pronouns that point back to a person or group the KB does
not know (a name with an initial, a role noun, a plural people noun); a counted force offered
to a dative recipient; a person outside the KB as the parse's subject; with sentences written
for these tests."""

import pytest
from coding import roles

from eventcoder.pipeline import code_text


def coded(text):
    return roles(text, "de", cameo=True, published=None)


@pytest.mark.needs_models
def test_age_noun_after_target_preposition_is_the_target():
    assert coded("Graz – Die Polizei schoss auf den 35-Jährigen, der später im Spital "
                 "starb.") == [("ASSAULT", "193", "Polizei", "35-Jährigen")]


@pytest.mark.needs_models
def test_age_noun_object_is_the_target():
    assert coded("Graz – Die Polizei nahm den 35-Jährigen fest.") == [
        ("COERCE", "173", "Polizei", "35-Jährigen")]


@pytest.mark.needs_models
def test_object_pronoun_points_to_a_named_defendant_outside_the_kb():
    assert coded("Graz – Der Angeklagte Markus T. stand vor Gericht. Die Richterin "
                 "verurteilte ihn zu zwei Jahren Haft.") == [
        ("ACCUSE", "116", "Richterin", "Angeklagte Markus T.")]


@pytest.mark.needs_models
def test_object_pronoun_points_to_a_role_noun_and_takes_the_courts_country():
    events = code_text("Graz – Der Angeklagte wirkte ruhig. Das Gericht verurteilte ihn zu "
                       "zwei Jahren Haft.", lang="de").events
    assert [(e.type, e.source.text, e.target.text, e.target.actor.country)
            for e in events] == [("ACCUSE", "Gericht", "Angeklagte", "AUT")]


@pytest.mark.needs_models
def test_plural_pronoun_after_target_preposition_points_to_the_group():
    assert coded("Graz – Zwei Urlauber waren am See. Die Polizei schoss auf sie.") == [
        ("ASSAULT", "193", "Polizei", "Zwei Urlauber")]


@pytest.mark.needs_models
def test_plural_pronoun_points_to_a_plural_people_noun():
    assert coded("Graz – Die Touristen machten Rast. Soldaten eröffneten das Feuer auf "
                 "sie.") == [("ASSAULT", "190", "Soldaten", "Touristen")]


@pytest.mark.needs_models
def test_passive_pronoun_points_to_a_person_outside_the_kb():
    assert coded("Graz – Der Lenker Peter K. flüchtete. Er wurde von der Polizei "
                 "festgenommen.") == [("COERCE", "173", "Polizei", "Lenker Peter K.")]


@pytest.mark.needs_models
def test_pronoun_skips_a_person_of_the_other_gender():
    text = "Graz – Die Lenkerin Eva K. flüchtete. Der Richter verurteilte ihn zu zwei Jahren Haft."
    assert coded(text) == []  # found without a target: not coded
    assert roles(text, "de", cameo=True, published=None, dropped=True) == [
        ("ACCUSE", "116", "Richter", None)]


@pytest.mark.needs_models
def test_passive_plural_pronoun_points_to_the_group_before():
    assert coded("Graz – Die Wanderer rasteten am Fluss, als sie von Soldaten beschossen "
                 "wurden.") == [("ASSAULT", "194", "Soldaten", "Wanderer")]


@pytest.mark.needs_models
def test_offered_force_goes_to_the_dative_recipient():
    assert coded("Graz – Der Landeshauptmann bot dem Bürgermeister 30 Soldaten an.") == [
        ("AGREE", "030", "Landeshauptmann", "Bürgermeister")]


@pytest.mark.needs_models
def test_offered_police_go_to_the_named_recipient_without_article():
    assert coded("Graz – Innenminister Wolfgang Sobotka bot am Montag Sloweniens "
                 "Regierungschef Miro Cerar 100 Polizisten für die Grenze an.") == [
        ("AGREE", "030", "Innenminister Wolfgang Sobotka",
         "Sloweniens Regierungschef Miro Cerar")]


@pytest.mark.needs_models
def test_arrested_people_stay_the_target_of_an_arrest():
    assert coded("Graz – Die Polizei verhaftete zwei Demonstranten.") == [
        ("COERCE", "173", "Polizei", "Demonstranten")]


@pytest.mark.needs_models
def test_prefield_person_outside_the_kb_is_the_source_and_the_police_the_target():
    assert coded("Graz – Ein Anrainer kritisierte die Polizei scharf.") == [
        ("ACCUSE", "111", "Anrainer", "Polizei")]


@pytest.mark.needs_models
def test_name_outside_the_kb_asks_the_soldiers():
    assert coded("Graz – Nach dem Unwetter bat Müller die Soldaten des Bundesheeres, sein "
                 "Haus zu räumen.") == [("REQUEST", "020", "Müller", "Soldaten")]


@pytest.mark.needs_models
def test_object_pronoun_skips_the_name_of_the_source():
    assert coded("Graz – Der Angeklagte stand vor Gericht. Richterin Huber verurteilt ihn "
                 "schließlich zu einem Jahr Haft.") == [
        ("ACCUSE", "116", "Richterin", "Angeklagte")]


@pytest.mark.needs_models
def test_headline_participle_takes_no_subject_outside_the_kb():
    assert coded("Sechs Schlepper in Graz festgenommen – Polizei im Dauereinsatz.") == []
