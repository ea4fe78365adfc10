"""``chronik timex`` (tag time expressions) and ``chronik eval timex`` (score them)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from chronik.cli.render import console, score_table

SYSTEM_HELP = "Folder of another tool's TimeML output (default: run chronik)."
DOC_TYPE_HELP = "news or narrative (default: narrative for TIMEX2 gold, else news)."


def timex(
    paths: Annotated[list[str], typer.Argument(help="TimeML files/folders (DCT + TEXT) or any chronik input.")],
    fmt: Annotated[str, typer.Option("--format", help="timeml or jsonl.")] = "timeml",
    out: Annotated[Path | None, typer.Option("--out", help="Folder for the output files (same names).")] = None,
) -> None:
    """Tag German time expressions (TIMEX3) and normalize them against each document's date."""
    from chronik.time.files import FORMATS, tag_paths
    from chronik.time.tagger import TemporalTagger

    if fmt not in FORMATS:
        console(stderr=True).print(f"[red]--format must be one of {', '.join(FORMATS)}[/red]")
        raise typer.Exit(2)
    tagger = TemporalTagger.load()
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    try:
        for name, content in tag_paths(paths, tagger, fmt):
            if out is None:
                typer.echo(content, nl=False)
            else:
                (out / name).write_text(content, encoding="utf-8")
    except (ValueError, OSError) as err:
        console(stderr=True).print(f"[red]{err}[/red]")
        raise typer.Exit(1) from err


def eval_timex(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold TimeML (TIMEX3) or WikiWars (TIMEX2) files.")],
    system: Annotated[Path | None, typer.Option("--system", help=SYSTEM_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    doc_type: Annotated[str | None, typer.Option("--doc-type", help=DOC_TYPE_HELP)] = None,
) -> None:
    """TempEval-3-style strict/relaxed span P/R/F1, value F1 and type F1."""
    from chronik.eval.timex import evaluate

    if not gold.is_dir():
        console(stderr=True).print(f"[red]{gold}: no such folder (KRAUTS: github.com/JannikStroetgen/KRAUTS)[/red]")
        raise typer.Exit(1)
    try:
        report = evaluate(gold, system, doc_type)
    except FileNotFoundError as err:
        console(stderr=True).print(f"[red]{err}[/red]")
        raise typer.Exit(1) from err
    report.pop("errors")
    if as_json:
        typer.echo(json.dumps(report))
        return
    spans = [(level, report[level]["p"], report[level]["r"], report[level]["f1"])  # type: ignore[index]
             for level in ("strict", "relaxed")]
    console().print(score_table(f"timex: {system or 'chronik'} vs {gold}", [
        *spans, ("value", None, None, report["value_f1"]), ("type", None, None, report["type_f1"])]))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("timex")(timex)
    eval_app.command("timex")(eval_timex)
