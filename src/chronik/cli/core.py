"""The main job: ingest into the store, extract to stdout, query, show and export events."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from chronik.cli.render import console, event_table, highlighted, legend
from chronik.dates import parse_date
from chronik.export import FORMATS, write_events
from chronik.ingest import ingest as ingest_articles
from chronik.pipeline import Pipeline
from chronik.readers import ReadError, expand_paths, read
from chronik.store import DEFAULT_DB, EventFilter, Store

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB store file.")]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="An installed spaCy German pipeline to use instead of chronik's own."),
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", help="Date (YYYY-MM-DD, YYYY-MM, YYYY) for articles without their own date."),
]
EVENT_OUTPUTS = ("table", "jsonl", "csv")


def _check_date(value: str | None, option: str) -> None:
    try:
        parse_date(value)
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint=option) from None


def _check_format(value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise typer.BadParameter(f"choose one of: {', '.join(allowed)}", param_hint="--format")


def _print_events(events: list[dict[str, Any]], fmt: str, title: str | None = None) -> None:
    if fmt == "table":
        console().print(event_table(events, title=title))
    else:
        write_events(events, fmt, sys.stdout)


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for JSON Lines on stdin.")],
    db: DbOption = Path(DEFAULT_DB),
    date: DateOption = None,
    model: ModelOption = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.")] = 32,
) -> None:
    """Read articles, code their events and store both; articles already stored are skipped."""
    _check_date(date, "--date")
    err = console(stderr=True)
    total = sum(1 for p in expand_paths(paths) if not isinstance(p, ReadError)) if "-" not in paths else None
    pipeline = Pipeline.load(model)
    with Store(db) as store, Progress(
        SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TextColumn("{task.fields[doc]}"), console=err, transient=True,
    ) as progress:
        files = progress.add_task("ingesting", total=total, doc="")
        last = {"doc": ""}

        def advance(doc: str) -> None:
            if doc != last["doc"]:
                last["doc"] = doc
                progress.update(files, advance=1, doc=Path(doc).name)

        report = ingest_articles(paths, store, pipeline, date=date, batch_size=batch_size,
                                 on_article=advance)
        counts = store.counts()
    for failure in report.failed:
        err.print(f"[red]failed[/red] {failure}")
    err.print(
        f"articles read: {report.read}, new: {report.new}, already stored: "
        f"{report.already_stored}, failed: {len(report.failed)}; events extracted: {report.events}"
    )
    err.print(f"store {db}: {counts['articles']} articles, {counts['events']} events")
    if report.failed and not report.read:
        raise typer.Exit(1)


def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for JSON Lines on stdin.")],
    format: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
    date: DateOption = None,
    model: ModelOption = None,
) -> None:
    """Code the events of articles and print them; nothing is stored."""
    _check_format(format, EVENT_OUTPUTS)
    _check_date(date, "--date")
    err = console(stderr=True)
    pipeline = Pipeline.load(model)
    events: list[dict[str, Any]] = []
    failed = 0
    for item in read(paths, date=date):
        if isinstance(item, ReadError):
            failed += 1
            err.print(f"[red]failed[/red] {item}")
            continue
        found = [event.to_dict() for event in pipeline.events(item)]
        if format == "table":
            events.extend(found)
        else:
            write_events(found, format, sys.stdout)
    if format == "table":
        _print_events(events, format)
    if failed:
        raise typer.Exit(1)


def events(
    db: DbOption = Path(DEFAULT_DB),
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, source or target (RUS, RUSGOV).")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code prefix (04, 042).")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date (ISO).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date (ISO).")] = None,
    format: Annotated[str, typer.Option("--format", help="table, jsonl or csv.")] = "table",
) -> None:
    """Query the events in the store."""
    _check_format(format, EVENT_OUTPUTS)
    _check_date(since, "--since")
    _check_date(until, "--until")
    _require_store(db)
    with Store(db, read_only=True) as store:
        found = list(store.events(EventFilter(actor=actor, code=code, since=since, until=until)))
    _print_events(found, format, title=f"{len(found)} events")


def show(
    article: Annotated[str, typer.Argument(help="Article id (or prefix) or path, stored or not.")],
    db: DbOption = Path(DEFAULT_DB),
    model: ModelOption = None,
) -> None:
    """Print an article with its entities, time expressions, actors, places and events highlighted."""
    out = console()
    record = None
    if db.exists():
        with Store(db, read_only=True) as store:
            record = store.article(article)
            if record:
                mentions = store.mentions(record["id"])
                stored_events = list(store.events(EventFilter(article=record["id"])))
    if record is None:
        if not Path(article).exists():
            out.print(f"[red]{article}: not in store {db} and no such file[/red]")
            raise typer.Exit(1)
        items = list(read([article]))
        if not items or isinstance(items[0], ReadError):
            out.print(f"[red]{items[0] if items else article}[/red]")
            raise typer.Exit(1)
        doc = Pipeline.load(model)(items[0])
        record = asdict(doc._.article)
        mentions = [{"kind": "entity", "start": e.start_char, "end": e.end_char} for e in doc.ents]
        mentions += [{"kind": key, "start": s.start_char, "end": s.end_char}
                     for key in ("timex", "actors", "places") for s in doc.spans.get(key, [])]
        stored_events = [e.to_dict() for e in doc._.events or []]
    spans = [(e["evidence"]["start"], e["evidence"]["end"], "event") for e in stored_events]
    spans += [(m["start"], m["end"], m["kind"]) for m in mentions]
    out.rule(f"{record.get('title') or record['doc']}")
    out.print(f"id {record['id']}  ·  published {record.get('published') or 'unknown'}"
              f" ({record.get('date_origin') or '-'})  ·  {record['doc']}")
    out.print(highlighted(record["text"], spans))
    out.print(legend())
    out.print(event_table(stored_events, title=f"{len(stored_events)} events"))


def export(
    db: DbOption = Path(DEFAULT_DB),
    format: Annotated[str, typer.Option("--format", help=", ".join(FORMATS))] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: stdout).")] = None,
) -> None:
    """Write all stored events in an exchange format."""
    _check_format(format, FORMATS)
    _require_store(db)
    if format == "parquet" and out is None:
        raise typer.BadParameter("Parquet is binary: give an output file with --out", param_hint="--out")
    with Store(db, read_only=True) as store:
        records = list(store.events())
    if out is None:
        count = write_events(records, format, sys.stdout)
    else:
        binary = format == "parquet"
        with out.open("wb") if binary else out.open("w", encoding="utf-8") as fp:
            count = write_events(records, format, fp)
    console(stderr=True).print(f"exported {count} events as {format}" + (f" to {out}" if out else ""))


def _require_store(db: Path) -> None:
    if not db.exists():
        console(stderr=True).print(f"[red]{db}: no such store; run `chronik ingest` first[/red]")
        raise typer.Exit(1)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    for command in (ingest, extract, events, show, export):
        app.command()(command)
