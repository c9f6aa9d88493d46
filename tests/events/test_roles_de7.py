"""German sources and targets, second round: a pronoun agrees in gender with the person it
stands for and skips generic and predicative role nouns, a singular "sie" may stand for a
feminine organisation, "mehr als" opens no clause, a verb's unplaced dative object keeps the
complement clause's actors out of the target, and an impersonal passive's dative is no source;
with sentences written for these tests."""

import pytest
from coding import roles


def coded(text):
    return roles(text, "de", cameo=True, published=None)


@pytest.mark.needs_models
def test_er_is_no_woman_named_since():
    assert coded("Bundespräsident Joachim Gauck traf am Montag in Berlin ein. Bundeskanzlerin "
                 "Angela Merkel war nicht anwesend. Er kritisierte Russland scharf.") == [
        ("CONSULT", "042", "Bundespräsident Joachim Gauck", "Berlin"),
        ("ACCUSE", "111", "Bundespräsident Joachim Gauck", "Russland")]


@pytest.mark.needs_models
def test_singular_sie_is_no_man_who_acted_before():
    assert coded("Bundespräsident Joachim Gauck empfing Bundeskanzlerin Angela Merkel in Berlin. "
                 "Sie kritisierte danach Russland scharf.") == [
        ("CONSULT", "043", "Bundespräsident Joachim Gauck", "Bundeskanzlerin"),
        ("ACCUSE", "111", "Angela Merkel", "Russland")]


@pytest.mark.needs_models
def test_singular_sie_stands_for_the_nearer_feminine_organisation():
    assert coded("Bundeskanzlerin Angela Merkel kam am Montag nach Passau. Die deutsche Polizei "
                 "meldete viele Kontrollen. Ihr gelang dabei einiges. Sie wies an den Grenzen "
                 "200 Flüchtlinge ab.") == [
        ("COERCE", "174", "deutsche Polizei", "Flüchtlinge")]


@pytest.mark.needs_models
def test_generic_role_noun_is_no_antecedent():
    assert coded("Ein Bundespräsident müsse unabhängig sein, sagte die Kandidatin in Wien. Sie "
                 "fordert mehr Transparenz von den Parteien.") == []


@pytest.mark.needs_models
def test_mehr_als_keeps_the_object_in_the_clause():
    assert coded("Die deutsche Polizei wies an den Grenzen mehr als 300 Flüchtlinge zurück.") == [
        ("COERCE", "174", "deutsche Polizei", "Flüchtlinge")]


@pytest.mark.needs_models
def test_unplaced_dative_object_keeps_complement_actors_out():
    text = ("Der türkische Präsident Recep Tayyip Erdogan wirft dem Prediger vor, die Polizei "
            "unterwandert zu haben.")
    assert coded(text) == []  # found without a target: not coded
    assert roles(text, "de", cameo=True, published=None, dropped=True) == [
        ("ACCUSE", "112", "türkische Präsident Recep Tayyip Erdogan", None)]


@pytest.mark.needs_models
def test_placed_dative_object_stays_the_target():
    assert coded("Der türkische Präsident Recep Tayyip Erdogan wirft der Opposition vor, die "
                 "Polizei unterwandert zu haben.") == [
        ("ACCUSE", "112", "türkische Präsident Recep Tayyip Erdogan", "Opposition")]


@pytest.mark.needs_models
def test_impersonal_passive_dative_is_no_accuser():
    assert coded("Werner Faymann werden Betrug und Untreue vorgeworfen.") == []


@pytest.mark.needs_models
def test_zu_before_a_noun_opens_no_complement_clause():
    assert coded("Peking – Nach einer Reihe von Anschlägen gehen die Sicherheitskräfte verschärft "
                 "gegen Tibeter vor, was auch zu Auseinandersetzungen mit der Polizei geführt "
                 "hat.") == [("COERCE", "170", "Sicherheitskräfte", "Tibeter")]


@pytest.mark.needs_models
def test_interview_speaker_label_is_no_party():
    events = coded("STANDARD: Wir treffen einander in Kiew in einem kritischen Moment, Obama "
                   "bombardiert Libyen ... Tsipras: ... Schauen Sie, ich habe in Spanien gelebt, "
                   "als es Marokko kritisierte.")
    assert [e for e in events if e[2] == "Tsipras"] == []


@pytest.mark.needs_models
def test_interview_label_leaves_the_question_intact():
    assert coded("Frage: Obama bombardiert Libyen ... Tsipras: Das stimmt.") == [
        ("ASSAULT", "195", "Obama", "Libyen")]


@pytest.mark.needs_models
def test_bracketed_party_after_a_person_is_no_source():
    # the Landeschef, a subject outside the KB, is the source (test_targets_de8), never the SPÖ
    assert coded("Ob das klug ist, weiß ich nicht, kritisierte der Landeschef die Pläne von "
                 "Verteidigungsminister Gerald Klug (SPÖ).") == [
        ("ACCUSE", "111", "Landeschef", "Verteidigungsminister Gerald Klug")]


@pytest.mark.needs_models
def test_bracketed_party_after_a_person_is_no_target():
    events = coded("Sowohl Bundeskanzler Werner Faymann (SPÖ) als auch Innenministerin Johanna "
                   "Mikl-Leitner (ÖVP) kritisierten die Türkei.")
    assert [e for e in events if "ÖVP" in (e[2] or "") + (e[3] or "")] == []
