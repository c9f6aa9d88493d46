"""The confidence experiment's scripts (training/confidence): features of an exported event,
examples from judged predictions, and the logistic model with its cross-validation."""

import json
import subprocess
import sys
from pathlib import Path

from eventcoder.document import Actor, Document, Event, Mention, event_json

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "training" / "confidence"
sys.path.insert(0, str(SCRIPTS))

from features import FEATURES_VERSION, features  # noqa: E402

TEXT = "Russland verurteilte den Angriff der Ukraine. Das Wetter war gut."


def _mention(text: str, country: str | None) -> Mention:
    start = TEXT.index(text)
    return Mention(start, start + len(text), text, Actor(None, text, country, "GOV", "state"))


def _records() -> list[dict]:
    trig = TEXT.index("verurteilte")
    span = (trig, trig + len("verurteilte"))
    first = (0, TEXT.index(".") + 1)
    doc = Document(id="d", text=TEXT, lang="de", events=[
        Event("ACCUSE", None, "111", _mention("Russland", "RUS"), _mention("Ukraine", "UKR"),
              span, first, 0),
        Event("ACCUSE", None, "111", _mention("Russland", "RUS"), None, span, first, 0)])
    return [event_json(doc, e) for e in doc.events]


def test_features_describe_type_trigger_actors_and_document() -> None:
    records = _records()
    f = features(records[0], len(TEXT), records, "de")
    assert {"type=ACCUSE", "cameo=111", "fact=asserted", "trig=de:verurteilte",
            "src:kind=state", "tgt:kind=state", "src:country", "tgt:country",
            "countries:differ", "doc:events=1", "doc:countries=2"} <= set(f)
    g = features(records[1], len(TEXT), records, "de")
    assert "tgt:none" in g and "type+tgt=ACCUSE:none" in g and "countries:differ" not in g
    assert "trig=en:verurteilte" in features(records[0], len(TEXT), records, "en")


def _run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPTS / script), *args],
                          capture_output=True, text=True, cwd=ROOT)


def test_collect_turns_verdicts_into_examples_without_text(tmp_path: Path) -> None:
    (tmp_path / "texts.jsonl").write_text(json.dumps({"id": "d", "text": TEXT, "lang": "de"})
                                          + "\n")
    (tmp_path / "pred.jsonl").write_text(json.dumps({"id": "d", "events": _records()}) + "\n")
    (tmp_path / "a.tsv").write_text("d#0\tOK\tfine\nd#1\tTYPE\tno event\n")
    (tmp_path / "b.tsv").write_text("d#1\tTYPE\tagain\n")
    out = tmp_path / "examples.jsonl"
    res = _run("collect.py", "--texts", str(tmp_path / "texts.jsonl"), "--judged",
               f"{tmp_path / 'pred.jsonl'}={tmp_path / 'a.tsv'},{tmp_path / 'b.tsv'}",
               "-o", str(out))
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["verdict"] for r in rows] == ["OK", "TYPE"]
    assert "Wetter" not in out.read_text()  # no article text in the examples
    held = _run("collect.py", "--texts", str(tmp_path / "texts.jsonl"), "--judged",
                f"{tmp_path / 'pred.jsonl'}={tmp_path / 'a.tsv'}", "--exclude",
                str(tmp_path / "texts.jsonl"), "-o", str(out))
    assert held.returncode == 0 and out.read_text() == ""
    (tmp_path / "c.tsv").write_text("d#7\tOK\tno such event\n")
    wrong = _run("collect.py", "--texts", str(tmp_path / "texts.jsonl"), "--judged",
                 f"{tmp_path / 'pred.jsonl'}={tmp_path / 'c.tsv'}", "-o", str(out))
    assert wrong.returncode == 1 and "d#7 is not an event" in wrong.stderr


def test_train_learns_which_features_mark_non_events(tmp_path: Path) -> None:
    rows = []
    for k in range(60):
        real = k % 2 == 0
        rows.append({"doc": f"d{k}", "lang": "de" if k % 4 < 2 else "en",
                     "verdict": ("OK" if k % 3 else "ROLE") if real else "TYPE",
                     "features_version": FEATURES_VERSION,
                     "features": ["good" if real else "bad", f"noise{k % 5}"]})
    (tmp_path / "ex.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    res = _run("train.py", str(tmp_path / "ex.jsonl"), "--out", str(tmp_path))
    assert res.returncode == 0, res.stderr
    model = json.loads((tmp_path / "model.json").read_text())
    assert model["weights"]["good"] > 1 > -1 > model["weights"]["bad"]
    assert model["training"]["cross_validation"]["de"]["cv_auc"] > 0.9
    assert set(model["thresholds"]) == {"de", "en"}


def test_train_refuses_examples_of_another_features_version(tmp_path: Path) -> None:
    row = {"doc": "d", "lang": "de", "verdict": "OK", "features_version": FEATURES_VERSION + 1,
           "features": ["x"]}
    (tmp_path / "ex.jsonl").write_text(json.dumps(row) + "\n")
    res = _run("train.py", str(tmp_path / "ex.jsonl"), "--out", str(tmp_path))
    assert res.returncode == 1 and "collect them again" in res.stderr
