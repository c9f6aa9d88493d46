"""Command line: option parsing over the plain functions of the pipeline and the store."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import nullcontext

import click

from eventcoder import __version__
from eventcoder.document import Document, document_json
from eventcoder.errors import CodingError

LANG_CHOICE = click.Choice(["auto", "de", "en"])


def _published_option(f):
    return click.option("--published", metavar="YYYY-MM-DD", default=None,
                        help="Publication date for inputs that carry none; relative dates "
                             "('gestern', 'last week') are resolved against it.")(f)


def _check_published(value: str | None) -> str | None:
    from eventcoder.clean import check_date

    try:
        return check_date(value)
    except CodingError as err:
        raise click.BadParameter(err.message, param_hint="--published") from None


def _progress(items) -> Iterator:
    """A progress bar on stderr when it is a terminal; silent otherwise (logs, CI)."""
    from tqdm import tqdm

    return tqdm(items, unit="doc", file=sys.stderr, disable=None,
                leave=False)


def _coded(inputs: tuple[str, ...], lang: str, published: str | None,
           skip=None) -> Iterator[Document | CodingError]:
    from eventcoder.ingest import read_inputs
    from eventcoder.pipeline import code_many

    yield from code_many(read_inputs(inputs or ("-",)), lang=None if lang == "auto" else lang,
                         published=published, skip=skip)


def _report(err: CodingError) -> None:
    click.echo(f"eventcoder: {err.origin}: {err.message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventcoder")
def main() -> None:
    """eventcoder turns German and English news into political event data.

    Who did what to whom, when, where, and according to whom: PLOVER event types with
    CAMEO codes, actors with country and sector, factuality, attribution, dates, places
    and evidence offsets.

    \b
    Typical use:
      eventcoder extract article.html -o events.jsonl
      eventcoder ingest news/ --db news.duckdb
      eventcoder events --db news.duckdb --actor RUS --type CONSULT
      eventcoder explain article.txt
    """


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True),
              default="-", show_default=True, help="Where to write the JSON Lines predictions.")
@click.option("--lang", type=LANG_CHOICE, default="auto", show_default=True,
              help="Language of the inputs; 'auto' detects it per document.")
@_published_option
def extract(inputs: tuple[str, ...], output: str, lang: str, published: str | None) -> None:
    """Code INPUTS and write one prediction line per document (FORMAT.md).

    INPUTS are files or directories (read recursively) of plain text, HTML, JSON Lines
    ({"id", "text", "lang", "published"} per line), WARC or RSS/Atom feeds; '-' or nothing
    reads standard input. A document that cannot be coded is reported on stderr with the
    reason and skipped; the exit code is 0 when at least one document was coded, else 1.
    """
    published = _check_published(published)
    ok = failed = 0
    sink = click.open_file(output, "w", encoding="utf-8") if output != "-" else nullcontext(
        sys.stdout)
    with sink as out:
        for item in _progress(_coded(inputs, lang, published)):
            if isinstance(item, CodingError):
                _report(item)
                failed += 1
                continue
            out.write(json.dumps(document_json(item), ensure_ascii=False) + "\n")
            ok += 1
    if ok == 0:
        click.echo(f"eventcoder: no document coded ({failed} failed)", err=True)
        sys.exit(1)


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--db", required=True, type=click.Path(dir_okay=False),
              help="DuckDB file to store documents, actors, events and evidence in "
                   "(created when missing).")
@click.option("--lang", type=LANG_CHOICE, default="auto", show_default=True,
              help="Language of the inputs; 'auto' detects it per document.")
@_published_option
def ingest(inputs: tuple[str, ...], db: str, lang: str, published: str | None) -> None:
    """Code INPUTS and store them in a DuckDB file.

    Re-ingesting a document with the same content changes nothing. Documents that cannot
    be coded are reported on stderr and recorded in the store's failures table.
    """
    from eventcoder.store import open_store

    published = _check_published(published)
    ok = failed = new = new_failures = 0
    with open_store(db) as store:
        run = store.start_run("ingest " + " ".join(inputs))
        known = lambda doc: store.has_document(doc.content_hash)  # noqa: E731 - no re-coding
        for item in _progress(_coded(inputs, lang, published, skip=known)):
            if isinstance(item, CodingError):
                _report(item)
                new_failures += store.record_failure(item.origin, item.code.name, item.message,
                                                     run_id=run)
                failed += 1
                continue
            if not item.meta.get("skipped"):
                new += bool(store.add_document(item, run_id=run))
            ok += 1
        store.finish_run(run, ok, failed, changed=bool(new or new_failures))
    click.echo(f"eventcoder: {ok} coded ({new} new, {ok - new} already stored), "
               f"{failed} failed -> {db}", err=True)
    if ok == 0:
        sys.exit(1)


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--lang", type=LANG_CHOICE, default="auto", show_default=True,
              help="Language of the inputs; 'auto' detects it per document.")
@_published_option
def explain(inputs: tuple[str, ...], lang: str, published: str | None) -> None:
    """Show, sentence by sentence, the actors and triggers found in INPUTS and why each event
    got its type, actors, factuality, attribution, date and place."""
    published = _check_published(published)
    ok = 0
    for item in _coded(inputs, lang, published):
        if isinstance(item, CodingError):
            _report(item)
            continue
        ok += 1
        click.echo(explain_document(item))
    if ok == 0:
        sys.exit(1)


def explain_document(doc: Document) -> str:
    """A readable account of how a coded document got its events."""
    lines = [f"# {doc.id}  lang={doc.lang}  published={doc.published or '-'}"
             f"  title={doc.title or '-'}"]
    for si, sent in enumerate(doc.sentences):
        ments = [m for m in doc.mentions if sent.start <= m.start < sent.end]
        evs = [e for e in doc.events if e.sentence == si or any(
            sent.start <= s < sent.end for s, _ in e.mentions)]
        dropped = [(e, why) for e, why in doc.meta.get("dropped", ()) if e.sentence == si]
        if not ments and not evs and not dropped:
            continue
        lines.append(f"\n[{si}] {sent.text.strip()}")
        for m in ments:
            a = m.actor
            lines.append(f"    actor  '{m.text}' -> {a.name or '?'} ({a.country or '-'}/"
                         f"{a.sector or '-'}) via {m.how or 'kb'}")
        for e in evs:
            src = e.source.actor if e.source else None
            tgt = e.target.actor if e.target else None
            lines.append(f"    EVENT  {e.type}/{e.mode or '-'} CAMEO {e.cameo}: "
                         f"{_actor_label(e.source, src)} -> {_actor_label(e.target, tgt)}  "
                         f"[{e.factuality}; date {e.date or '-'}; "
                         f"attribution {e.attribution or '-'}]")
            for reason in e.why:
                lines.append(f"           - {reason}")
        for e, why in dropped:
            lines.append(f"    NOT CODED  {e.type} by {_actor_label(e.source, e.source.actor)}"
                         f" ('{doc.text[e.trigger[0]:e.trigger[1]]}'): {why}")
    if not doc.events:
        lines.append("\n(no events)")
    return "\n".join(lines)


def _actor_label(m, a) -> str:
    if m is None:
        return "-"
    return f"{a.name or m.text} ({a.country or '-'}/{a.sector or '-'})"


def _register_optional_commands() -> None:
    """Commands that live next to their stage (actors in resolve, queries in store)."""
    try:
        from eventcoder.resolve.cli import actors

        main.add_command(actors)
    except ImportError:
        pass
    try:
        from eventcoder.store import cli as store_cli
    except ImportError:
        return
    for name in ("events", "dyad", "export", "clusters"):
        cmd = getattr(store_cli, name, None)
        if isinstance(cmd, click.Command):
            main.add_command(cmd, name=name)


_register_optional_commands()


if __name__ == "__main__":
    main()
