"""English trigger senses, round 2, on sentences written for these tests: everyday, sports,
business and disaster readings of political verbs make no event; the political reading still
fires."""

import pytest
from coding import roles


def events(text):
    return roles(text, "en")


@pytest.mark.needs_models
@pytest.mark.parametrize("text", [
    # a disaster kills (not_subject through the governing verb)
    "A strong earthquake hit southern Peru on Monday, killing at least twelve people.",
    "A powerful storm hit the Philippine capital, killing nine people.",
    # sports
    "The Italian striker crushed the hopes of the French team with a late goal.",
    "The Argentine coach protested the call by the referee.",
    "The British quarterback rallied his team to victory in the fourth quarter.",
    "The Mexican president seized the moment to announce new reforms.",
    "The Kenyan government banned the runner from competition for doping.",
    # deadlines are met, seminars hosted, questions asked, words struck
    "The US ambassador met the deadline for the report.",
    "The Japanese prime minister hosts a seminar for Vietnamese officials in Tokyo.",
    "Kazakhstan hosts a seminar on electoral law organised by the UN.",
    "British police asked the Polish suspect several questions.",
    "The Turkish foreign minister struck two words from the draft resolution.",
    # products, phones, condolences, suicide, illness
    "The Indian government's new app supports the Hindi language.",
    "The South Korean government released a new smartphone app for citizens.",
    "The Chinese ambassador charged his phone at the UN building.",
    "The Venezuelan president offered his condolences to the families on Monday.",
    "The Iraqi prime minister's guard was able to commit suicide in his cell.",
    "The Brazilian president suffered a heart attack during the NATO summit.",
    "An earthquake with a magnitude of 6.2 hit western Turkey on Friday, killing eight people.",
    "A 5.8-magnitude quake strikes the southern Chilean province of Arauco, killing two people.",
    # speaking alone is no talks; a study supports a claim, no actor supports an actor
    "The Nigerian president has spoken about the crisis.",
    "A new German government study supports the claims of the farmers.",
    # a road blocked by a landslide is no protest
    "Roads were blocked by landslides after the Nepal earthquake.",
])
def test_everyday_sense_is_no_event(text):
    assert events(text) == []


@pytest.mark.needs_models
@pytest.mark.parametrize("text, expected", [
    ("Russian troops killed four Ukrainian soldiers near Bakhmut on Monday.",
     ("ASSAULT", "Russian troops", "Ukrainian soldiers")),
    ("The Philippine army hit rebel camps in Mindanao, killing nine fighters.",
     ("ASSAULT", "Philippine army", "rebel camps")),
    ("At least 26 people were killed after a Taliban car bomb struck a bus carrying Afghan "
     "government employees in Kabul.", ("ASSAULT", "Taliban", "a bus")),
    ("The Kenyan president spoke with the Somali president on Monday.",
     ("CONSULT", "Kenyan president", "Somali president")),
    ("Israeli missiles hit a Hamas command post in Gaza on Sunday.",
     ("ASSAULT", "Israeli", "a Hamas command post")),
    ("Iran and the European Union struck a deal on the nuclear programme.",
     ("AGREE", "Iran", "European Union")),
    ("Chinese police crushed the protests in Hong Kong.",
     ("ASSAULT", "Chinese police", "Hong Kong")),
    ("The German chancellor met the French president in Paris on Tuesday.",
     ("CONSULT", "German chancellor", "French president")),
    ("The French president supported the Ukrainian government.",
     ("SUPPORT", "French president", "Ukrainian government")),
    ("Russia offered Ukraine a ceasefire on Monday.", ("AGREE", "Russia", "Ukraine")),
    ("The Egyptian president hosted the Israeli prime minister in Cairo.",
     ("CONSULT", "Egyptian president", "Israeli prime minister")),
    ("Syrian forces fired on protesters in Homs on Friday.",
     ("ASSAULT", "Syrian forces", "protesters")),
    ("Police charged the Spanish minister with fraud.", ("ACCUSE", "Police", "Spanish minister")),
    ("Iranian forces seized a British tanker in the Gulf.",
     ("COERCE", "Iranian forces", "a British tanker")),
    ("Students protested the new Chilean law in Santiago.",
     ("PROTEST", "Students", "the new Chilean law")),
    ("The Russian government released two American prisoners.",
     ("RETREAT", "Russian government", "American prisoners")),
    ("The Kenyan government banned the opposition newspaper.",
     ("COERCE", "Kenyan government", "the opposition newspaper")),
    ("Thousands of opposition supporters rallied against the Venezuelan government.",
     ("PROTEST", "Thousands of opposition supporters", "Venezuelan government")),
    ("The Polish government asked Germany to pay reparations.",
     ("REQUEST", "Polish government", "Germany")),
    ("Russian troops attacked the Ukrainian town of Avdiivka.",
     ("ASSAULT", "Russian troops", "the Ukrainian town of Avdiivka")),
])
def test_political_sense_still_fires(text, expected):
    assert expected in events(text)
