"""A place name as the acting source: a country or capital that is the subject stands for its
government ("Moskau lehnte ab"); a place that only says where the event happened (after a
preposition, the object of another verb, a clause whose verb has a subject of its own) is no
source, and the event goes when no other source is named."""

import pytest
from coding import roles


@pytest.mark.needs_models
def test_capital_as_subject_stays_the_source():
    assert roles("Moskau lehnte den Vorschlag der EU ab.", "de") == [("REJECT", "Moskau", "EU")]
    assert roles("Moscow rejected the proposal from Brussels on Tuesday.", "en") == [
        ("REJECT", "Moscow", "Brussels")]


@pytest.mark.needs_models
def test_country_as_passive_agent_stays_the_source():
    assert roles("Frankreich wurde wegen der Haftbedingungen vom Gerichtshof verurteilt.",
                 "de") == [("ACCUSE", "Gerichtshof", "Frankreich")]


@pytest.mark.needs_models
def test_city_in_a_clause_whose_verb_has_its_own_subject_is_no_source():
    # not "Madrid helps the farmers": 'man' is who wants to help
    assert roles("Während Madrid unter der Hitze leidet und man den Bauern helfen will, "
                 "steigen die Preise.", "de") == []


@pytest.mark.needs_models
def test_country_as_object_of_another_verb_is_no_source():
    # a quake's magnitude "hit" Turkey; Turkey killed no one
    assert roles("6.1 hit western Turkey on Monday, killing at least 8 people and injuring "
                 "dozens more.", "en") == []


@pytest.mark.needs_models
def test_places_coordinated_after_a_preposition_are_no_sources():
    assert roles("Acme Consulting, which has 90 staff and 4 offices in Canada and Mexico, helps "
                 "plan, design, build and support large - scale data centres.", "en") == []


@pytest.mark.needs_models
def test_country_asked_to_act_stays_the_source_of_the_act():
    assert roles("Die UNO hatte Kenia zuvor aufgerufen, den sudanesischen Präsidenten zu "
                 "verhaften.", "de") == [("REQUEST", "UNO", "Kenia"),
                                         ("COERCE", "Kenia", "sudanesischen Präsidenten")]


@pytest.mark.needs_models
def test_state_where_people_were_arrested_stays_the_source():
    assert roles("Three leaders of a militia with ties to Idaho have been arrested in Canada.",
                 "en") == [("COERCE", "Canada", "Three leaders of a militia")]


@pytest.mark.needs_models
def test_country_urged_to_act_stays_the_source_of_the_act():
    assert roles("The United Nations urged Serbia to stop bombing Kosovo.", "en") == [
        ("REQUEST", "United Nations", "Serbia"), ("RETREAT", "Serbia", "Kosovo")]
