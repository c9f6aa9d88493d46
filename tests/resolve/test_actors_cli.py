"""`eventcoder actors lookup|list`."""

import json

from click.testing import CliRunner

from eventcoder.resolve.cli import actors


def test_lookup_json():
    r = CliRunner().invoke(
        actors, ["lookup", "Sergej Naryschkin", "--lang", "de", "--date", "2025-03-12", "--json"]
    )
    assert r.exit_code == 0, r.output
    [row] = json.loads(r.output)
    assert (row["id"], row["country"], row["sector"], row["matched"]) == (
        "sergey-naryshkin",
        "RUS",
        "SPY",
        "Sergej Naryschkin",
    )


def test_lookup_former_office_on_date():
    r = CliRunner().invoke(actors, ["lookup", "Naryshkin", "--date", "2013-05-01", "--json"])
    [row] = json.loads(r.output)
    assert (row["sector"], row["office"]) == ("LEG", "Chairman of the State Duma")


def test_lookup_phrase_falls_back_to_mentions():
    r = CliRunner().invoke(
        actors, ["lookup", "der russische Außenminister Sergej Lawrow", "--json"]
    )
    [row] = json.loads(r.output)
    assert (row["id"], row["country"], row["sector"]) == ("sergey-lavrov", "RUS", "GOV")


def test_lookup_unknown_exits_1():
    r = CliRunner().invoke(actors, ["lookup", "Dschidda"])
    assert r.exit_code == 1
    assert "no actor found for 'Dschidda'" in r.output


def test_list_by_country_and_sector():
    r = CliRunner().invoke(actors, ["list", "--country", "RUS", "--sector", "SPY"])
    assert r.exit_code == 0
    lines = r.output.splitlines()
    assert any("\tSVR\t[svr]" in ln for ln in lines)
    assert all(ln.startswith("RUS\tSPY\t") for ln in lines)
