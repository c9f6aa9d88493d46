"""English trigger vocabulary on sentences written for these tests: the event type, CAMEO
code and source country that each light-verb or phrasal entry gives, and sentences where the
same words are no event."""

import pytest

from eventcoder.nlp import model_path
from eventcoder.pipeline import code_text


def coded(text: str) -> list[tuple[str, str, str | None]]:
    """(type, CAMEO, source country) of each event coded in an English text."""
    doc = code_text(text, lang="en")
    return [(e.type, e.cameo, e.source.actor.country if e.source else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # concluding an agreement is 057 like signing it
    ("Japan and India reached an agreement on a new currency swap line.",
     ("SUPPORT", "057", "JPN")),
    # pledged / reaffirmed support is verbal support, not a promise
    ("Germany pledged its full support for the Moldovan government.", ("SUPPORT", "051", "DEU")),
    ("The Kenyan president reaffirmed his support for the Somali government.",
     ("SUPPORT", "051", "KEN")),
    # giving up a protest or a restriction
    ("Chilean dockworkers called off their strike.", ("CONCEDE", "080", "CHL")),
    ("The Pakistani government lifted its boycott of Indian films.", ("CONCEDE", "081", "PAK")),
    ("The Malaysian authorities repealed the ban on Chinese newspapers.",
     ("CONCEDE", "081", "MYS")),
    ("The Greek government revoked the ban on public gatherings.", ("CONCEDE", "081", "GRC")),
    # easing economic pressure, releasing persons and property
    ("Canada lowered tariffs on Mexican steel.", ("RETREAT", "085", "CAN")),
    ("Myanmar let free dozens of student activists on Friday.", ("RETREAT", "0841", "MMR")),
    ("Sri Lanka returned the ancient manuscripts to India.", ("RETREAT", "0842", "LKA")),
    # 'cease-fire' is split at the hyphen
    ("Colombia announced a unilateral cease-fire with the ELN rebels.",
     ("RETREAT", "0871", "COL")),
    ("Turkish troops remained on alert along the Syrian border.", ("MOBILIZE", "152", "TUR")),
    ("The Pentagon put two army divisions on alert.", ("MOBILIZE", "152", "USA")),
    ("Poland and Lithuania conducted joint military exercises near the border.",
     ("COOPERATE", "062", "POL")),
    ("Norway contributed 30 million dollars to the World Food Programme.",
     ("AID", "070", "NOR")),
    ("Hungary opened its borders to refugees from Ukraine.", ("AID", "075", "HUN")),
    ("Afghan refugees sought refuge in Iran.", ("REQUEST", "023", "AFG")),
    # the target (Sweden, who undergoes the criticism) comes from the parse
    pytest.param("Sweden faces sharp criticism from the European Commission.",
                 ("ACCUSE", "111", None), marks=pytest.mark.skipif(
                     model_path("en") is None, reason="needs the shipped trained pipelines")),
    ("The Kremlin held Ukraine responsible for the explosion.", ("ACCUSE", "112", "RUS")),
    ("Indian police conducted an investigation into the Nepalese embassy.",
     ("ACCUSE", "090", "IND")),
    ("The opposition leader launched a scathing attack on the Hungarian government.",
     ("ACCUSE", "111", "HUN")),
    ("Protesters in Belgrade burned the American flag.", ("PROTEST", "141", "SRB")),
    ("Iran has launched cyber warfare against Israel.", ("ASSAULT", "190", "IRN")),
    ("Saudi Arabia blockaded the Qatari border.", ("ASSAULT", "191", "SAU")),
    ("Bangladeshi peacekeepers arrived in Mali on Sunday.", ("AID", "074", "BGD")),
    ("The Brazilian president approved a request from Paraguay for emergency assistance.",
     ("CONCEDE", "083", "BRA")),
    ("The Thai army declared martial law in Bangkok.", ("COERCE", "1724", "THA")),
    ("The Ecuadorian president declared a state of siege in Quito.",
     ("COERCE", "1724", "ECU")),
])
def test_english_entry_gives_type_and_cameo(text, expected):
    assert expected in coded(text)


def test_a_leader_arriving_is_still_a_visit():
    assert coded("The French president arrived in Beijing on Monday.") == [
        ("CONSULT", "042", "FRA")]


def test_pledged_support_is_not_also_a_promise():
    assert [t for t, _, _ in coded("Germany pledged its full support for the Moldovan "
                                   "government.")] == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "The investigation led to a bank in Ohio.",
    "Higher exports contributed to growth last year.",
    "The striker returned to his old club in March.",
    "The company lowered its prices for the summer.",
    "The team reached the final after a long season.",
])
def test_same_words_without_an_interaction_are_no_event(text):
    assert coded(text) == []
