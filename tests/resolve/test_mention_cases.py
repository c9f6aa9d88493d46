"""The mention → actor table (cases.tsv), German and English, run as parametrised tests."""

from pathlib import Path

import pytest

from eventcoder.document import Document
from eventcoder.mentions import find_mentions

CASES = Path(__file__).parent / "cases.tsv"


def read_cases() -> list[tuple[str, str | None, str, str | None, str | None, str]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, date, text, country, sector, name = line.split("\t")
        rows.append(
            (
                lang,
                None if date == "-" else date,
                text,
                None if country == "-" else country,
                None if sector == "-" else sector,
                name,
            )
        )
    return rows


ROWS = read_cases()


def test_table_is_big_enough():
    assert len(ROWS) >= 300
    assert {r[0] for r in ROWS} >= {"de", "en"}


@pytest.mark.parametrize("lang,date,text,country,sector,name", ROWS, ids=[r[2][:50] for r in ROWS])
def test_case(lang, date, text, country, sector, name):
    target = text.find("[")
    plain = text.replace("[", "").replace("]", "")
    doc = find_mentions(Document(id="case", text=plain, lang=lang, published=date))
    assert doc.mentions, f"no mention in {plain!r}"
    if target >= 0:
        target_end = text.find("]") - 1
        found = [m for m in doc.mentions if m.start < target_end and target < m.end]
        assert found, f"no mention at {target} in {[(m.start, m.text) for m in doc.mentions]}"
        m = found[0]
    else:
        m = doc.mentions[0]
    got = (m.actor.country, m.actor.sector, m.actor.name if name != "*" else "*")
    assert got == (country, sector, name), f"{m.text!r} -> {m.actor} ({m.how})"
