"""Countries of German (and English) actors: refugees keep the country they fled, a party in
brackets after an unknown name places the person, national parties, parliaments and courts
count towards the story's country."""

import re

from eventcoder.document import Document, Sentence
from eventcoder.mentions import find_mentions


def mentions(text: str, lang: str = "de") -> list[tuple[str, str | None, str | None]]:
    """(text, country, sector) of the mentions found in text, sentences split at full stops."""
    sentences = [Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.]+\.", text)]
    doc = find_mentions(Document(id="t", text=text, lang=lang, sentences=sentences))
    return [(m.text, m.actor.country, m.actor.sector) for m in doc.mentions]


def test_bare_refugees_take_no_country_from_the_place_they_are_in():
    got = mentions("Ungarn schließt die Grenze. Die Polizei in Ungarn hielt Flüchtlinge an.")
    assert ("Flüchtlinge", None, "REF") in got
    assert ("Polizei in Ungarn", "HUN", "COP") in got


def test_refugees_in_or_into_a_country_are_not_of_that_country():
    got = mentions("Die Regierung schickt Migranten in die Türkei zurück.")
    assert ("Migranten", None, "REF") in got
    assert ("Türkei", "TUR", "GOV") in got
    got = mentions("Die Lage der Flüchtlinge in Griechenland bleibt schwierig.")
    assert ("Flüchtlinge", None, "REF") in got


def test_refugees_from_a_country_and_with_a_demonym_keep_it():
    assert ("Flüchtlinge aus Eritrea", "ERI", "REF") in mentions(
        "Italien nimmt Flüchtlinge aus Eritrea auf.")
    assert ("afghanische Migranten", "AFG", "REF") in mentions(
        "Die Polizei kontrollierte afghanische Migranten.")
    assert ("refugees from Sudan", "SDN", "REF") in mentions(
        "Chad hosts refugees from Sudan.", "en")
    assert ("refugees", None, "REF") in mentions("Police in Greece stopped refugees.", "en")


def test_party_in_brackets_places_an_unknown_minister():
    got = mentions("Frankreich und Italien streiten. Paris droht Rom. "
                   "Sozialministerin Erna Beispielhuber (SPÖ) widerspricht.")
    assert ("Sozialministerin Erna Beispielhuber", "AUT", "GOV") in got
    assert ("SPÖ", "AUT", "PTY") in got


def test_party_shared_by_several_countries_places_no_one():
    got = mentions("Frankreich und Italien streiten. Paris droht Rom. "
                   "Umweltministerin Erna Beispielhuber (Grünen) widerspricht.")
    assert ("Umweltministerin Erna Beispielhuber", "FRA", "GOV") in got


def test_national_parties_and_courts_make_the_story_domestic():
    text = ("Die SPÖ und die FPÖ streiten über die Anschläge in Paris. "
            "Der Verfassungsgerichtshof prüft das Gesetz. Die Polizei soll mehr Befugnisse "
            "bekommen.")
    assert ("Polizei", "AUT", "COP") in mentions(text)


def test_without_national_parties_the_named_state_still_leads():
    text = ("Nach den Anschlägen in Paris tagte Frankreich. "
            "Die Polizei soll mehr Befugnisse bekommen.")
    assert ("Polizei", "FRA", "COP") in mentions(text)


def test_a_state_before_another_states_office_of_the_same_name_gives_its_country():
    # the knowledge base's "Bundesanwaltschaft" is Germany's; with another state in front it
    # is that state's prosecutor, the generic office
    assert ("Schweizer Bundesanwaltschaft", "CHE", "JUD") in mentions(
        "Die Schweizer Bundesanwaltschaft ermittelt.")
    assert ("italienische Bundesanwaltschaft", "ITA", "JUD") in mentions(
        "Die italienische Bundesanwaltschaft ermittelt.")
    assert ("deutsche Bundesanwaltschaft", "DEU", "JUD") in mentions(
        "Die deutsche Bundesanwaltschaft ermittelt.")
    assert ("Bundesanwaltschaft", "DEU", "JUD") in mentions("Die Bundesanwaltschaft ermittelt.")
