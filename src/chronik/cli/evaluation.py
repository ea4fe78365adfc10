"""``chronik eval events``: event coding scored against sentence-level gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from chronik.cli.render import console, score_table
from chronik.eval.events import LEVELS, load_gold, predict, read_predictions, score
from chronik.pipeline import Pipeline


def events(
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSON Lines (events-gold format).")],
    system: Annotated[Path | None, typer.Option(
        "--system", help="Predictions from `chronik extract --format jsonl` (default: run chronik).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    model: Annotated[str | None, typer.Option("--model", help="spaCy German pipeline to use.")] = None,
) -> None:
    """Event P/R/F1 at dyad+root, actor+root and full level, with date and mode accuracy."""
    if not gold.exists():
        console(stderr=True).print(f"[red]{gold}: no such gold file[/red]")
        raise typer.Exit(1)
    sentences = load_gold(gold)
    predictions = read_predictions(system) if system else predict(sentences, Pipeline.load(model))
    result = score(sentences, predictions)
    if as_json:
        typer.echo(json.dumps(result))
        return
    table = score_table(f"events vs {gold}",
                        [(level, *(result[level][k] for k in ("P", "R", "F1"))) for level in LEVELS])
    out = console()
    out.print(table)
    out.print(f"date_acc {result['date_acc']}  mode_acc {result['mode_acc']}  counts {result['counts']}")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("events")(events)
