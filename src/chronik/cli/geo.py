"""``chronik geo resolve`` and ``chronik eval geo``: place names and event locations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

MODEL_HELP = "spaCy pipeline name or path (default: chronik's own)"


def _print(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        typer.echo(f"{key}: {value}")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    geo_app = typer.Typer(help="Gazetteer look-ups.", no_args_is_help=True)
    app.add_typer(geo_app, name="geo")

    @geo_app.command("resolve")
    def resolve(
        name: Annotated[str, typer.Argument(help="a place name, e.g. Pjöngjang")],
        country: Annotated[str | None, typer.Option("--country",
                                                    help="ISO3 country context")] = None,
        candidates: Annotated[bool, typer.Option("--candidates",
                                                 help="list all candidates, best first")] = False,
    ) -> None:
        """Resolve a place name with the gazetteer (prints one JSON object)."""
        from chronik.geo import load_gazetteer, resolve_name
        from chronik.geo.resolve import ranked

        gaz = load_gazetteer()
        place = resolve_name(name, gaz, [country] if country else [])
        result: dict[str, Any] = {"place": place.as_location() if place else None}
        if candidates:
            result["candidates"] = ranked(name, gaz, [country] if country else [])
        typer.echo(json.dumps(result, ensure_ascii=False))
        if place is None:
            raise typer.Exit(1)

    @eval_app.command("geo")
    def eval_geo(
        gold: Annotated[Path, typer.Option("--gold", exists=True, dir_okay=False,
                                           help="events gold (JSONL, events-gold format)")],
        key: Annotated[Path | None, typer.Option(
            "--key", exists=True, dir_okay=False,
            help="hand-checked key of gold location strings (for the upper bound)")] = None,
        model: Annotated[str | None, typer.Option("--model", help=MODEL_HELP)] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print one JSON object")] = False,
        misses: Annotated[bool, typer.Option(
            "--misses", help="list each matched gold event whose place was missed")] = False,
    ) -> None:
        """Event location accuracy: pipeline events, gold events placed by chronik_geo
        (oracle), and the resolver on the gold strings (upper bound)."""
        from chronik.eval.events import load_gold
        from chronik.geo.evaluate import (
            evaluate_oracle,
            evaluate_pipeline,
            read_key,
            upper_bound,
        )

        sentences = load_gold(gold)
        result = {
            "pipeline": evaluate_pipeline(sentences, model).as_dict(misses),
            "oracle_events": evaluate_oracle(sentences, model).as_dict(misses),
            "upper_bound": upper_bound(sentences, read_key(key) if key else {}),
        }
        _print(result, as_json)
