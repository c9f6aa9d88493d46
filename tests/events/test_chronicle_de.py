"""German chronicle news: police, courts and regional officials, with sentences written for
these tests (the people acted on, regional offices, a name's genitive before its noun)."""

import pytest

from eventcoder.pipeline import code_text

PUBLISHED = "2025-03-12"


def events(text):
    doc = code_text(text, lang="de", published=PUBLISHED)
    out = []
    for e in doc.events:
        s, t = e.source, e.target
        out.append({
            "type": e.type,
            "source": (s.text, s.actor.country, s.actor.sector) if s else None,
            "target": (t.text, t.actor.country) if t else None,
        })
    return out


@pytest.mark.needs_models
def test_passive_subject_naming_people_is_the_target():
    assert events("Graz – Am Dienstag wurden zwei Verdächtige von der Polizei festgenommen.") == [
        {"type": "COERCE", "source": ("Polizei", "AUT", "COP"),
         "target": ("zwei Verdächtige", "AUT")}]


@pytest.mark.needs_models
def test_passive_subject_thing_is_no_target():
    evs = events("Graz – Das Auto wurde von der Polizei beschlagnahmt.")
    assert [(e["type"], e["target"]) for e in evs] == [("COERCE", None)]


@pytest.mark.needs_models
def test_role_noun_object_is_the_target():
    evs = events("Linz – Die Staatsanwaltschaft hat den Unternehmer wegen Betrugs angeklagt.")
    assert [(e["type"], e["source"][0], e["target"]) for e in evs] == [
        ("ACCUSE", "Staatsanwaltschaft", ("Unternehmer", "AUT"))]


@pytest.mark.needs_models
def test_regional_head_is_a_home_government_actor():
    evs = events("Graz – Der Landeshauptmann kritisierte die Innenministerin scharf.")
    assert [(e["type"], e["source"]) for e in evs] == [
        ("ACCUSE", ("Landeshauptmann", "AUT", "GOV"))]


@pytest.mark.needs_models
def test_name_genitive_before_its_noun_is_no_source():
    # the subject is outside the KB; the state owning the thing welcomed is not the one who
    # welcomes it
    evs = events("Rom – Der italienische Bauernverband begrüßte Frankreichs Verzicht auf neue "
                 "Zölle.")
    assert not [e for e in evs if e["source"] and e["source"][0] == "Frankreichs"]


@pytest.mark.needs_models
def test_genitive_inside_a_role_mention_stays_the_target():
    evs = events("Graz – Die Regierung lobte Frankreichs Präsidenten.")
    assert [(e["type"], e["source"][0], e["target"][0]) for e in evs] == [
        ("SUPPORT", "Regierung", "Frankreichs Präsidenten")]


@pytest.mark.needs_models
def test_name_genitive_is_no_source_whatever_the_tagger_says():
    evs = events("Mailand – Der Hotelverband lobte Deutschlands Verzicht auf eine Maut.")
    assert not [e for e in evs if e["source"] and e["source"][0] == "Deutschlands"]


@pytest.mark.needs_models
def test_name_genitive_before_the_object_is_the_target():
    evs = events("Wien – Die Kanzlerin kritisierte Russlands Angriff auf die Ukraine.")
    assert [(e["type"], e["source"][0], e["target"]) for e in evs] == [
        ("ACCUSE", "Kanzlerin", ("Russlands", "RUS"))]


@pytest.mark.needs_models
def test_dative_party_in_a_second_conjunct_is_the_target():
    evs = events("Wien – Das Justizministerium hatte geklagt, dass man keine Daten speichern "
                 "dürfe, und der FPÖ vorgeworfen, eine Reform zu verzögern.")
    accuse = [(e["source"][0], e["target"][0]) for e in evs if e["type"] == "ACCUSE"
              and e["target"]]
    assert accuse == [("Justizministerium", "FPÖ")]


@pytest.mark.needs_models
def test_praise_given_is_support_not_aid():
    assert [(e["type"], e["target"][0]) for e in events(
        "Wien – Der Präsident spendete der Regierung ausdrücklich Lob.")] == [
        ("SUPPORT", "Regierung")]
    assert [e["type"] for e in events(
        "Wien – Die Stadt Wien spendete der Ukraine zwei Geräte.")] == ["AID"]
