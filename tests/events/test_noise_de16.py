"""German culture news: a review that retells the plot of a film, series or game (a work named
in the sentence, an actor cast in brackets after a role) reports no real event; an act on the
work itself and the same sentence outside a review are still coded; with sentences written
for these tests."""

import pytest
from coding import roles

from eventcoder.document import Document, Event, Sentence
from eventcoder.events.scope import fiction

WAR = "Russische Truppen eroberten am Montag die Stadt Awdijiwka."


def coded(text):
    return roles(text, "de", cameo=True)


def _doc(sentences: list[str]) -> tuple[Document, list[Sentence]]:
    text, sents = "", []
    for s in sentences:
        sents.append(Sentence(len(text), len(text) + len(s), s))
        text += s + " "
    return Document(id="t", text=text, lang="de", sentences=sents), sents


def _event(sent: Sentence, si: int, word: str) -> Event:
    a = sent.start + sent.text.index(word)
    return Event("COERCE", None, "172", None, None, (a, a + len(word)), (a, a + len(word)), si)


def test_cast_in_previous_sentence_makes_fiction():
    doc, s = _doc(["Die Komödie beginnt harmlos.", "Anna Weber (Maria Huber) ist Ärztin.",
                   "Dann sperrt die Regierung das Spital."])
    assert fiction(_event(s[2], 2, "sperrt"), doc, "de") is True


def test_work_named_in_sentence_makes_fiction():
    doc, s = _doc(["Der Thriller läuft im Kino.",
                   "In der Dramaserie sperrt die Regierung das Land ab."])
    assert fiction(_event(s[1], 1, "sperrt"), doc, "de") is True


def test_act_on_the_work_is_real():
    doc, s = _doc(["Der Spielfilm läuft im Kino.", "Die Regierung verbot den Spielfilm."])
    assert fiction(_event(s[1], 1, "verbot den Spielfilm"), doc, "de") is False


def test_text_without_fiction_is_real():
    doc, s = _doc(["Der Streit dauert an.", "Dann sperrt die Regierung das Spital."])
    assert fiction(_event(s[1], 1, "sperrt"), doc, "de") is False


def test_one_film_word_is_no_review():
    doc, s = _doc(["Im Film sperrt die Regierung das Land ab."])
    assert fiction(_event(s[0], 0, "sperrt"), doc, "de") is False


@pytest.mark.needs_models
def test_plot_of_a_film_not_coded():
    assert coded("Im Kinofilm Winterkrieg spielt Anna Weber (Maria Huber) eine Ärztin. "
                 + WAR) == []


@pytest.mark.needs_models
def test_war_still_coded_in_news():
    assert coded("Die Lage an der Front bleibt angespannt. " + WAR) == [
        ("ASSAULT", "190", "Russische Truppen", "Stadt Awdijiwka")]
