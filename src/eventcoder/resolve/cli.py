"""`eventcoder actors`: look actors up in the knowledge base and list them."""

from __future__ import annotations

import json

import click

from eventcoder.document import Document
from eventcoder.resolve.kb import load_kb


def lookup_actor(
    text: str, lang: str | None = None, date: str | None = None, kb_path: str | None = None
) -> list[dict]:
    """KB matches for `text` as a whole; failing that, the actor mentions found inside it."""
    kb = load_kb(kb_path)
    found = [m.as_json() for m in kb.lookup(text, lang=lang, date=date)]
    if found:
        return found
    from eventcoder.mentions import find_mentions

    doc = find_mentions(Document(id="lookup", text=text, lang=lang), date=date, kb=kb)
    return [
        {
            "id": m.actor.id,
            "name": m.actor.name,
            "country": m.actor.country,
            "sector": m.actor.sector,
            "kind": m.actor.kind,
            "office": m.actor.office,
            "matched": m.text,
            "form": m.how,
        }
        for m in doc.mentions
    ]


@click.group()
def actors() -> None:
    """Look up and list actors in the knowledge base."""


@actors.command()
@click.argument("text")
@click.option("--lang", type=click.Choice(["de", "en"]), default=None, help="Language of TEXT.")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="Resolve offices on this date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--kb",
    "kb_path",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="A user KB file overlaying the shipped one (also: EVENTCODER_KB).",
)
def lookup(
    text: str, lang: str | None, date: str | None, as_json: bool, kb_path: str | None
) -> None:
    """Resolve TEXT (a name, title or phrase) to actors."""
    rows = lookup_actor(text, lang, date, kb_path)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        click.echo(f"no actor found for {text!r}", err=True)
    for r in rows if not as_json else []:
        office = f"  {r['office']}" if r.get("office") else ""
        click.echo(
            f"{r['country'] or '-'}\t{r['sector'] or '-'}\t{r['name']}\t[{r['id']}]"
            f"{office}\t(matched {r['matched']!r})"
        )
    if not rows:
        raise SystemExit(1)


@actors.command(name="list")
@click.option("--country", default=None, help="ISO3 country code, e.g. RUS.")
@click.option("--sector", default=None, help="Sector, e.g. SPY.")
@click.option("--kind", default=None, help="state, igo, org, group, person, media.")
@click.option(
    "--date", default=None, metavar="YYYY-MM-DD", help="Persons by their office on this date."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--kb", "kb_path", default=None, type=click.Path(exists=True, dir_okay=False))
def list_actors(
    country: str | None,
    sector: str | None,
    kind: str | None,
    date: str | None,
    as_json: bool,
    kb_path: str | None,
) -> None:
    """List actors, filtered by country, sector and kind."""
    rows = load_kb(kb_path).list(country, sector, kind, date)
    if as_json:
        click.echo(json.dumps([a.__dict__ for a in rows], ensure_ascii=False, indent=2))
        return
    for a in sorted(rows, key=lambda a: (a.kind, a.name or "")):
        office = f"\t{a.office}" if a.office else ""
        click.echo(f"{a.country or '-'}\t{a.sector or '-'}\t{a.kind}\t{a.name}\t[{a.id}]{office}")
