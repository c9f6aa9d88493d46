"""German targets named in the sentence but outside the knowledge base: a name after the
verb that the weak parser calls a subject while the source holds the prefield; the party
after 'für'/'gegen' of a measure noun ("Haft für X", "Ermittlungen … gegen X"); people whose
own act is the verb's object ("den Streik der Lokführer"); who did a deed that is criticised
("die Festnahme … durch die Polizei"); with sentences written for these tests."""

import pytest
from coding import actors, roles


def coded(text):
    return roles(text, "de", cameo=True, published=None)


@pytest.mark.needs_models
def test_name_after_the_verb_is_the_object_when_the_source_holds_the_prefield():
    assert coded("Die deutsche Staatsanwaltschaft wirft Klaus Wendler zahlreiche Delikte "
                 "vor.") == [("ACCUSE", "112", "deutsche Staatsanwaltschaft", "Klaus Wendler")]


@pytest.mark.needs_models
def test_name_after_a_subordinate_clause_is_no_object():
    # the source is no prefield subject of this clause: the name is not made its object
    assert coded("Sollten die Richter ihn befragen wollen, sei Tom Berger bereit zu "
                 "erscheinen.") == []


@pytest.mark.needs_models
def test_party_after_fuer_of_a_measure_noun_is_the_target():
    assert coded("Die deutsche Staatsanwaltschaft beantragte Untersuchungshaft für den "
                 "Bürgermeister.") == [
        ("REQUEST", "020", "deutsche Staatsanwaltschaft", "Bürgermeister")]


@pytest.mark.needs_models
def test_name_after_gegen_of_a_measure_noun_trigger_is_the_target():
    assert actors("Die tschechische Staatsanwaltschaft hat Ermittlungen wegen Betrugs gegen "
                  "Karel Novotny aufgenommen.") == [
        ("ACCUSE", "tschechische Staatsanwaltschaft", "CZE", "Karel Novotny", "CZE")]


@pytest.mark.needs_models
def test_people_whose_strike_is_banned_are_the_target():
    assert coded("Ein deutsches Gericht verbot den Streik der Lokführer.") == [
        ("COERCE", "172", "deutsches Gericht", "Lokführer")]


@pytest.mark.needs_models
def test_people_whose_protests_are_crushed_are_the_target():
    assert coded("Die ägyptische Regierung ließ die Proteste von Studenten mit Gewalt "
                 "niederschlagen.") == [("ASSAULT", "175", "ägyptische Regierung", "Studenten")]


@pytest.mark.needs_models
def test_who_made_the_arrest_is_the_target_of_the_criticism():
    assert coded("Die SPD kritisierte die Festnahme von Journalisten durch die Polizei.") == [
        ("ACCUSE", "111", "SPD", "Polizei")]


@pytest.mark.needs_models
def test_named_person_after_an_oblique_article_is_the_target():
    assert coded("Der FPÖ-Chef Herbert Kickl hatte den 35-jährigen Lukas Berger wegen "
                 "Verleumdung geklagt.") == [
        ("ACCUSE", "114", "FPÖ-Chef Herbert Kickl", "35-jährigen Lukas Berger")]


@pytest.mark.needs_models
def test_counted_people_are_the_object_whatever_their_tagged_case():
    assert coded("Die amerikanischen Behörden haben 12 Personen im Umfeld des Verbands "
                 "verhaftet.") == [("COERCE", "173", "amerikanischen Behörden", "12 Personen")]


@pytest.mark.needs_models
def test_owner_of_a_banned_thing_is_the_target():
    assert coded("Das deutsche Verfassungsgericht hat das Magazin von Carlo Mentis wegen "
                 "Volksverhetzung verboten.") == [
        ("COERCE", "172", "deutsche Verfassungsgericht", "Carlo Mentis")]


@pytest.mark.needs_models
def test_banned_import_of_weapons_has_no_target():
    assert coded("Die deutsche Regierung verbot die Einfuhr von Waffen.") == [
        ("COERCE", "172", "deutsche Regierung", None)]


@pytest.mark.needs_models
def test_group_noun_after_gegen_is_the_target():
    assert coded("Die Regierung in Ankara geht vor allem gegen prokurdische "
                 "Oppositionsvertreter vor.") == [
        ("COERCE", "170", "Regierung in Ankara", "prokurdische Oppositionsvertreter")]


@pytest.mark.needs_models
def test_counted_group_object_is_the_target():
    assert coded("Die französische Regierung hat zwei radikale Vereinigungen verboten.") == [
        ("COERCE", "172", "französische Regierung", "zwei radikale Vereinigungen")]


@pytest.mark.needs_models
def test_people_noun_inside_the_trigger_is_the_target():
    assert coded("Die deutsche Polizei wies an den Grenzen mehr als 200 Personen zurück.") == [
        ("COERCE", "174", "deutsche Polizei", "200 Personen")]
