"""``chronik eval ner`` and ``chronik eval parse``: score the language layer on external gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from chronik.eval.ner import SCORED_TYPES, score_ner
from chronik.eval.parse import score_parse
from chronik.language import load_language

MODEL_HELP = "spaCy pipeline name or path (default: chronik's own)"
GOLD_HELP = "gold file (GermEval 2014 TSV or CoNLL: token first, BIO tag last)"


def _print(result: dict, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        if isinstance(value, dict):
            typer.echo(f"{key}:")
            for sub, scores in value.items():
                typer.echo(f"  {sub}: {scores}")
        else:
            typer.echo(f"{key}: {value}")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @eval_app.command("ner")
    def eval_ner(
        gold: Annotated[Path, typer.Option("--gold", exists=True, dir_okay=False,
                                           help=GOLD_HELP)],
        model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
        first: Annotated[int, typer.Option(
            "--from", help="score from this sentence on (1-based; GermEval dev held-out: 1801)")
        ] = 1,
        gazetteer: Annotated[bool, typer.Option(
            "--gazetteer/--no-gazetteer", help="run the name gazetteer after ner")] = True,
    ) -> None:
        """PER/LOC/ORG span F1 (outer level, exact spans; OTH and -deriv/-part not scored)."""
        result = score_ner(load_language(model, gazetteer=gazetteer), gold, first).as_dict()
        result["scored_types"] = list(SCORED_TYPES)
        _print(result, as_json)

    @eval_app.command("parse")
    def eval_parse(
        gold: Annotated[Path, typer.Option("--gold", exists=True, dir_okay=False,
                                           help="CoNLL-U gold file")],
        model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
    ) -> None:
        """UPOS, lemma, UAS and LAS accuracy on the gold tokenization of a CoNLL-U file."""
        _print(score_parse(load_language(model), gold).as_dict(), as_json)
