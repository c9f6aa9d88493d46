"""The package-level Python API."""

import eventcoder


def test_code_text_and_json():
    doc = eventcoder.code_text("Lawrow lehnte den Vorschlag der NATO ab.", lang="de")
    assert [(e.type, e.source.actor.name, e.target.actor.name) for e in doc.events] == [
        ("REJECT", "Sergey Lavrov", "NATO")]
    line = eventcoder.document_json(doc)
    assert line["events"][0]["source"]["country"] == "RUS"
    assert line["events"][0]["evidence"]["text"] in doc.text
