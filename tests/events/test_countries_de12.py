"""Countries of actors, round 2: a nationality adjective before an institution another
country's KB entry bears names that country's institution; an institution several countries
share takes the story's country; "foreign companies" belong to no country."""

import pytest
from coding import actors

from eventcoder.pipeline import code_text


def mention_countries(text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    """(mention text, country) of every mention."""
    doc = code_text(text, lang=lang, published="2025-03-12")
    return [(m.text, m.actor.country) for m in doc.mentions]



def test_adjective_before_another_countrys_institution_names_its_own():
    got = dict(mention_countries("Linz – Der österreichische Bundesrat hat die Novelle am "
                                 "Freitag beschlossen."))
    assert got["österreichische Bundesrat"] == "AUT"


def test_adjective_before_an_institution_of_no_namesake_abroad_keeps_its_own():
    got = dict(mention_countries("Linz – Der deutsche Bundesrat hat die Novelle am Freitag "
                                 "beschlossen."))
    assert got["deutsche Bundesrat"] == "DEU"


def test_shared_institution_name_takes_the_story_country():
    got = dict(mention_countries(
        "Innsbruck – Die Bundesregierung will das Gesetz über die Pflege in Österreich "
        "ändern. Die Länder Tirol und Salzburg in Österreich sind dagegen."))
    assert got["Bundesregierung"] == "AUT"
    got = dict(mention_countries(
        "Hamburg – Die Bundesregierung will das Gesetz über die Pflege in Deutschland "
        "ändern."))
    assert got["Bundesregierung"] == "DEU"


def test_foreign_companies_are_no_foreign_office():
    got = mention_countries("In Kenya, foreign companies have complained since March.", "en")
    assert got == [("Kenya", "KEN"), ("companies", None)]


@pytest.mark.needs_models
def test_adjective_institution_in_an_event():
    assert actors("Linz – Der österreichische Bundesrat lehnte den Antrag der "
                  "Landesregierung ab.") == [
        ("REJECT", "österreichische Bundesrat", "AUT", "Landesregierung", "AUT")]


@pytest.mark.needs_models
def test_foreign_companies_criticising_a_government():
    assert actors("Foreign companies criticised the government of Kenya over the new "
                  "levy.", "en") == [
        ("ACCUSE", "companies", None, "government of Kenya", "KEN")]


def test_private_role_called_foreign_stays_foreign():
    got = mention_countries(
        "Linz – Die Gewerkschaft kritisiert ausländische Konzerne, die in Oberösterreich "
        "Fabriken schließen. Der Landeshauptmann verlangte am Montag von den Konzernen eine "
        "Garantie für die Arbeitsplätze.")
    assert ("Konzernen", None) in got
    assert ("Landeshauptmann", "AUT") in got


def test_regional_head_takes_the_story_country():
    got = dict(mention_countries("Innsbruck – Der Landeschef kritisierte den Minister am "
                                 "Dienstag scharf."))
    assert got["Landeschef"] == "AUT"


def test_police_and_authorities_where_the_report_was_filed():
    text = ("Streit um Lager an der Küste. Dünkirchen – Nach einer Schlägerei im Lager haben "
            "Polizisten zwölf Männer festgenommen. Viele wollen nach Großbritannien weiter, "
            "Großbritannien lehnt das ab, in Großbritannien wächst der Druck. Die Behörden in "
            "Frankreich bieten Plätze an. Die Behörden werben für die Zentren.")
    got = mention_countries(text)
    assert ("Polizisten", "FRA") in got
    assert [c for t, c in got if t == "Behörden"] == ["FRA"]


def test_filing_country_only_from_a_dateline_of_one_country_named_in_the_text():
    tail = (" – An der Grenze warten viele Menschen. Die Polizei rechnet mit weiteren Ankünften. "
            "Deutschland will mehr Busse, Deutschland zahlt. Auch Österreich hilft.")
    got = dict(mention_countries("Salzburg" + tail))
    assert got["Polizei"] == "AUT"
    got = dict(mention_countries("Salzburg/Passau" + tail))
    assert got["Polizei"] == "DEU"  # two countries in the dateline: the topic country


@pytest.mark.needs_models
def test_foreign_companies_fill_a_role_without_a_country():
    assert actors("Linz – Der Landeshauptmann verlangt von ausländischen Konzernen eine "
                  "Garantie für die Arbeitsplätze.") == [
        ("REQUEST", "Landeshauptmann", "AUT", "Konzernen", None)]


@pytest.mark.needs_models
def test_finite_past_tense_in_ge_is_no_headline_participle():
    assert actors("Linz – Der Landeshauptmann geißelte die Bundesregierung in einer Rede "
                  "scharf.") == [("ACCUSE", "Landeshauptmann", "AUT", "Bundesregierung", "AUT")]


@pytest.mark.needs_models
def test_finite_vorgehen_is_no_participle_and_a_subject_owner_no_target():
    assert actors("Ankara – Die Regierung geht seit Monaten gegen die Opposition vor.") == [
        ("COERCE", "Regierung", "TUR", "Opposition", "TUR")]
    assert actors("Ankara – Erdogans Regierung geht mit dem neuen Gesetz gegen kritische "
                  "Richter vor.") == [("COERCE", "Regierung", "TUR", "Richter", "TUR")]
