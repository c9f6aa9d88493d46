"""Bare role words ("die Polizei", "Rebellen") take their country from context."""

import re

from eventcoder.document import Document, Sentence
from eventcoder.mentions import find_mentions


def mentions(text: str, lang: str = "de"):
    """The mentions found in text, with sentences split after each full stop."""
    sentences = [Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^.]+\.", text)]
    return find_mentions(Document(id="t", text=text, lang=lang, sentences=sentences)).mentions


def roles(text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    """Bare role mentions and their countries."""
    return [(m.text, m.actor.country) for m in mentions(text, lang) if m.how == "title"]


def test_place_in_the_same_clause_locates_the_role():
    text = (
        "Frankreich und Deutschland beraten über Hilfen. Frankreich will zahlen. "
        "Die Polizei nahm in Istanbul zwölf Menschen fest."
    )
    assert roles(text) == [("Polizei", "TUR"), ("Menschen", "TUR")]


def test_place_behind_a_comma_is_another_clause():
    text = (
        "Ägypten meldet Unruhen. Ägypten schließt Schulen. "
        "Soldaten schossen auf Demonstranten, berichtete ein Reporter in London."
    )
    assert roles(text) == [("Soldaten", "EGY"), ("Demonstranten", "EGY")]


def test_cities_and_regions_count_toward_the_topic_country():
    # Spanien is named twice, but Damaskus, Homs and Aleppo put the story in Syria
    text = (
        "Spanien schickt Hilfe. In Damaskus, Homs und Aleppo wird gekämpft. "
        "Spanien zahlt. Rebellen griffen an."
    )
    assert roles(text)[-1] == ("Rebellen", "SYR")


def test_dateline_city_is_no_topic_signal():
    # the reporter sits in Bangkok; the story is about Myanmar
    text = (
        "Bangkok – Myanmar lässt Gefangene frei. Bangkok begrüßte den Schritt. "
        "Die Opposition in Myanmar hatte das gefordert. Die Regierung schwieg."
    )
    assert roles(text)[-1] == ("Regierung", "MMR")


def test_headline_counts_double():
    # Kenya: twice in the title; Uganda: three times in the body
    text = (
        "Kenia wählt, Kenia zählt. Kampala – Beobachter aus Uganda und Uganda reisten an. "
        "Uganda ist bereit. Die Opposition rief zum Boykott auf."
    )
    assert roles(text)[-1] == ("Opposition", "KEN")


def test_state_named_later_in_the_sentence_is_the_other_side():
    # Iran is the most named country, but the army threatens Iran: it is Iraq's
    text = (
        "Iran und Irak streiten. Iran droht, Iran mahnt. Der Irak antwortete. "
        "Die Armee drohte Iran mit Vergeltung."
    )
    assert roles(text)[-1] == ("Armee", "IRQ")


def test_partner_after_mit_or_gegen_counts_half():
    # Chile: three times after "mit"/"gegen" (1.5); Peru: twice as the actor (2); the
    # partner named just before is no nearby actor either
    text = (
        "Peru verhandelt mit Chile. Peru klagt gegen Chile und droht mit Chile. "
        "Die Regierung will das Abkommen."
    )
    assert roles(text)[-1] == ("Regierung", "PER")


def test_any_locative_of_the_place_gazetteer_locates_the_role():
    text = "Italien hilft. Italien zahlt. Drei Zivilisten wurden nördlich von Bagdad verletzt."
    assert roles(text)[-1] == ("Zivilisten", "IRQ")


def test_state_named_in_the_roles_own_sentence_is_no_antecedent():
    # Chile is the nearest government actor, but it is the one putting pressure on the regime
    text = "Bolivien wählt. Bolivien zählt. Chile will Druck auf das Regime ausüben."
    assert roles(text)[-1] == ("Regime", "BOL")


def test_state_in_the_previous_sentence_stays_an_antecedent():
    text = "Bolivien wählt. Bolivien zählt. Chile protestiert. Die Regierung ist empört."
    assert roles(text)[-1] == ("Regierung", "CHL")


def test_dateline_states_name_no_actor():
    doc = find_mentions(
        Document(id="t", lang="de", text="Kairo/Amman – Jordanien und Ägypten verhandeln.")
    )
    assert [(m.text, m.actor.country) for m in doc.mentions] == [
        ("Jordanien", "JOR"),
        ("Ägypten", "EGY"),
    ]


def test_backing_state_is_a_patron_not_the_roles_country():
    # Iran is named most, but as the rebels' backer
    de = "Iran droht. Iran rüstet. Jemen hungert. Die vom Iran unterstützten Rebellen griffen an."
    assert roles(de)[-1] == ("Rebellen", "YEM")
    en = "Iran threatens. Iran arms. Yemen starves. Iran-backed rebels attacked."
    assert roles(en, lang="en")[-1] == ("rebels", "YEM")


def parties(text: str) -> list[tuple[str, str | None]]:
    doc = find_mentions(Document(id="t", text=text, lang="de"))
    return [(m.text, m.actor.country) for m in doc.mentions if m.actor.sector == "PTY"]


def test_party_name_shared_by_countries_follows_the_document():
    text = ("Die ÖVP und die SPÖ streiten in Wien über das Budget. "
            "Die Grünen verlangen einen neuen Entwurf.")
    assert ("Grünen", "AUT") in parties(text)
    text = "Die CDU und die SPD streiten in Berlin über das Budget. Die Grünen sind dagegen."
    assert ("Grünen", "DEU") in parties(text)
    assert parties("Die Grünen sind dagegen.") == [("Grünen", "DEU")]


def test_country_word_inside_a_longer_name_is_no_country():
    # "British Columbia", "American Avenue": the demonym is part of a place's own name; the
    # province itself is Canadian
    text = (
        "Voters in British Columbia went to the polls. A fire broke out on American Avenue. "
        "Police detained two men."
    )
    assert roles(text, "en")[-2:] == [("Police", "CAN"), ("men", "CAN")]
    text = "Voters went to the polls. A fire broke out on American Avenue. Police detained two men."
    assert roles(text, "en")[-2:] == [("Police", None), ("men", None)]


def test_place_before_a_possessive_name_is_no_place():
    # "Paris's Bakery" is a shop, not the French capital; the US state names the country
    text = "Police arrested a man outside Paris's Bakery. Officers in Ohio said he fled."
    assert roles(text, "en")[0] == ("Police", "USA")


def test_country_word_before_a_title_still_counts():
    text = "The Indian Navy rescued a ship. Police detained two men."
    assert roles(text, "en")[-2:] == [("Police", "IND"), ("men", "IND")]


def test_country_before_a_possessive_name_still_counts():
    text = "Troops entered Kenya's Rift Valley province. Police detained two men."
    assert roles(text, "en")[-2:] == [("Police", "KEN"), ("men", "KEN")]


def test_role_of_the_member_states_belongs_to_the_organisation():
    text = ("Die EU hat Sanktionen gegen Russland beschlossen. Russland protestierte. "
            "Die Außenminister der Mitgliedstaaten verhängten weitere Sanktionen.")
    minister = [m for m in mentions(text) if m.text == "Außenminister"]
    assert [(m.actor.name, m.actor.country, m.actor.sector) for m in minister] == [
        ("EU", None, "IGO")]
    text = "Die EU hat Sanktionen beschlossen. Der Außenminister in Berlin protestierte."
    assert [m.actor.name for m in mentions(text) if m.text == "Außenminister"] == ["Germany"]


def test_a_party_name_several_countries_share_takes_the_documents_country():
    def greens(text):
        return [m.actor.country for m in mentions(text) if m.text == "Grünen"]
    assert greens("Wien – Die Grünen kritisierten die Innenministerin.") == ["AUT"]  # dateline
    assert greens("Berlin – Die Grünen kritisierten die Kanzlerin.") == ["DEU"]
    assert greens("Die Grünen in Graz kritisierten den Bürgermeister.") == ["AUT"]  # places


def test_a_bare_role_in_a_report_with_only_a_dateline_takes_its_country():
    assert roles("Wien – Die Staatsanwaltschaft ermittelt gegen den Bürgermeister.") == [
        ("Staatsanwaltschaft", "AUT"), ("Bürgermeister", "AUT")]


def test_social_democrats_take_the_country_of_the_story():
    text = ("Wien – Die ÖVP und Bundeskanzler Faymann streiten über das Budget. Die "
            "Sozialdemokraten verlangen einen neuen Entwurf.")
    assert ("Sozialdemokraten", "AUT") in parties(text)
    text = "Die CDU streitet in Berlin über das Budget. Die Sozialdemokraten sind dagegen."
    assert ("Sozialdemokraten", "DEU") in parties(text)
