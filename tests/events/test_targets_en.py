"""English targets outside the KB: which noun phrase after the trigger is the party acted on
(sentences written for these tests)."""

import pytest

from eventcoder.pipeline import code_text

PUBLISHED = "2025-03-12"


def target_of(text: str, type_: str) -> str | None:
    """The target text of the one event of the type in the English sentence."""
    doc = code_text(text, lang="en", published=PUBLISHED)
    found = [e for e in doc.events if e.type == type_]
    assert len(found) == 1, [(e.type, e.target and e.target.text) for e in doc.events]
    return found[0].target.text if found[0].target else None


@pytest.mark.needs_models
def test_hyphenated_words_stay_in_the_noun_phrase():
    assert target_of("The police detained a 42-year-old teacher in northern Iran on Monday.",
                     "COERCE") == "a 42-year-old teacher"
    assert target_of("The rebels dismissed a cease-fire proposal by the army-backed government "
                     "as a trick.", "REJECT") == "the army-backed government"


@pytest.mark.needs_models
def test_participle_after_its_noun_ends_the_phrase():
    assert target_of("The court rejected the appeal of a British citizen convicted last year "
                     "of fraud.", "REJECT") == "a British citizen"


@pytest.mark.needs_models
def test_author_of_a_filed_or_made_thing():
    assert target_of("The council dismissed the complaint lodged by residents against the mining "
                     "company.", "REJECT") == "residents"
    assert target_of("The president rejected every offer made by the rebels to end the war.",
                     "REJECT") == "the rebels"


@pytest.mark.needs_models
def test_manner_adverb_is_no_target():
    assert target_of("The minister refused to swiftly release the detained journalists.",
                     "REJECT") == "the detained journalists"
    assert target_of("The army refused to act unilaterally against the protesters.",
                     "REJECT") == "the protesters"


@pytest.mark.needs_models
def test_coordinated_event_nouns_share_the_complement():
    assert target_of("The court ordered the arrest and detention of the former mayor of Lima.",
                     "COERCE") == "mayor of Lima"


@pytest.mark.needs_models
def test_recipient_after_an_aside():
    assert target_of("The agency sent food, mainly rice and flour, to the refugees in Chad.",
                     "AID") == "refugees"


@pytest.mark.needs_models
def test_author_after_the_thing_still_wins_without_a_recipient():
    assert target_of("The UN condemned the attack by settlers on a Palestinian village.",
                     "ACCUSE") == "settlers"


@pytest.mark.needs_models
def test_recipient_beats_the_author_of_the_thing():
    assert target_of("The ministry handed over a report by independent experts to the "
                     "parliament.", "COOPERATE") == "the parliament"


@pytest.mark.needs_models
def test_the_thing_a_trigger_noun_ends_and_its_complement():
    assert target_of("Spain lifted its two-week blockade of the Moroccan port.",
                     "CONCEDE") == "the Moroccan port"
    assert target_of("The party expressed its rejection and strong condemnation of the "
                     "government's plan.", "ACCUSE") == "the government's plan"


@pytest.mark.needs_models
def test_possessor_of_a_patient_noun():
    assert target_of("A Turkish court ordered the Greek sailor's release on Monday.",
                     "RETREAT") == "the Greek sailor"


@pytest.mark.needs_models
def test_caption_noun_with_an_object():
    assert target_of("Kenyan police arrest a man suspected of smuggling weapons in Mombasa, "
                     "Kenya, March 3, 2024.", "COERCE") == "a man"


@pytest.mark.needs_models
def test_long_aside_and_coordinated_things_before_the_recipient():
    assert target_of("Canada returned the manuscripts, including hundreds of letters from the "
                     "colonial archives in Ottawa and Quebec, to the Irish government.",
                     "RETREAT") == "Irish government"
    assert target_of("Japan handed over tents and medicines to the Red Crescent in Turkey.",
                     "COOPERATE") == "Red Crescent"


@pytest.mark.needs_models
def test_released_people_stay_the_target():
    assert target_of("The militia freed two engineers and their driver to Red Cross officials "
                     "on Monday.", "RETREAT") == "two engineers"


@pytest.mark.needs_models
def test_people_arrested_before_a_later_kb_actor():
    assert target_of("French police arrested a 31-year-old Tunisian student suspected of being "
                     "a member of Hezbollah.", "COERCE") == "a 31-year-old Tunisian student"
    assert target_of("The army fired three rockets into Lebanon on Friday.",
                     "ASSAULT") == "Lebanon"


@pytest.mark.needs_models
def test_a_sum_of_money_is_no_target():
    doc = code_text("Ireland has provided $40 million this year to pay for food.", lang="en")
    assert doc.events == []  # found without a target: not coded
    assert [(e.type, e.target) for e, _ in doc.meta["dropped"]] == [("AID", None)]
    assert target_of("The bank will provide a $3 million loan and a $500,000 grant to the city "
                     "council.", "AID") == "the city council"


@pytest.mark.needs_models
def test_coordinated_adjectives_before_the_party():
    assert target_of("The union demanded a full, public apology from the governor.",
                     "REQUEST") == "the governor"


@pytest.mark.needs_models
def test_a_gerund_with_its_own_clause_is_no_target():
    assert target_of("Hundreds of nurses staged a protest demanding that the hospital hire more "
                     "staff.", "PROTEST") is None


@pytest.mark.needs_models
def test_party_of_the_infinitive_before_an_actor_deeper_in_the_clause():
    assert target_of("The governor refused to answer a petition from local farmers to review "
                     "trade with China.", "REJECT") == "farmers"
    assert target_of("The minister declined to meet with a visiting Chinese delegation over "
                     "complaints from Japan.", "REJECT") == "Chinese delegation"


@pytest.mark.needs_models
def test_time_words_end_the_phrase_but_not_a_name():
    assert target_of("The EU rejected the proposal from Theresa May.", "REJECT") == "Theresa May"
    assert target_of("The army carried out strikes on the border town late.",
                     "ASSAULT") == "the border town"


@pytest.mark.needs_models
def test_party_of_the_trigger_before_an_actor_of_another_verb():
    assert target_of("The president refused a request from local farmers to dismiss the head "
                     "of Interpol.", "REJECT") == "local farmers"
