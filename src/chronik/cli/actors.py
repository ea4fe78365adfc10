"""``chronik actors``: look up, add to and score the actor dictionary (thin over chronik.actors)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from chronik.actors import ActorDictionary, DictionaryError, code_text
from chronik.actors.userdict import add_alias, add_person, default_folder

DirOption = Annotated[
    list[Path] | None,
    typer.Option("--dir", help="User dictionary folder(s), merged with the shipped one "
                 "(default: $CHRONIK_ACTORS_DIR)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]
DEFAULT_GOLD = Path("../shared/data/events-gold/dev.jsonl")


def _mention_dict(mention) -> dict:
    return {"code": mention.code, "name": mention.name, "country": mention.country,
            "sector": mention.sector, "entry": mention.entry, "antecedent": mention.antecedent}


def lookup(
    name: Annotated[str, typer.Argument(help="A name or short text, e.g. Lawrow.")],
    date: Annotated[str | None, typer.Option(help="Article date YYYY-MM-DD / YYYY-MM / YYYY.")] = None,
    dirs: DirOption = None,
    as_json: JsonOption = False,
) -> None:
    """The actor codes NAME has at DATE."""
    actors = ActorDictionary.load(extra_dirs=dirs)
    found = [_mention_dict(m) for m in actors.lookup(name, date)]
    if as_json:
        typer.echo(json.dumps({"name": name, "date": date, "actors": found}, ensure_ascii=False))
        return
    if not found:
        typer.echo(f"{name}: not in the actor dictionary")
    for item in found:
        typer.echo(f"{item['code']}\t{item['name'] or ''}\t{item['entry'] or ''}")


def code(
    text: Annotated[str, typer.Argument(help="German text to code.")],
    date: Annotated[str | None, typer.Option(help="Article date.")] = None,
    dirs: DirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Recognize and code the actors in TEXT."""
    actors = ActorDictionary.load(extra_dirs=dirs)
    found = [{"text": span.text, "start": span.start_char, "end": span.end_char,
              **_mention_dict(m)} for span, m in code_text(text, date, actors)]
    if as_json:
        typer.echo(json.dumps({"text": text, "date": date, "actors": found}, ensure_ascii=False))
        return
    for item in found:
        typer.echo(f"{item['start']}-{item['end']}\t{item['text']}\t{item['code']}")


def add(
    name: Annotated[str, typer.Argument(help="Full name, e.g. 'Sergej Lawrow'.")],
    code: Annotated[str | None, typer.Option(help="Actor code of the role, e.g. RUSGOV.")] = None,
    start: Annotated[str | None, typer.Option("--from", help="Role start (ISO date).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Role end (ISO date); open if omitted.")] = None,
    role: Annotated[str | None, typer.Option(help="Role title, e.g. Außenminister.")] = None,
    alias: Annotated[list[str] | None, typer.Option(help="Other spellings.")] = None,
    gender: Annotated[str | None, typer.Option(help="m or f (for pronouns).")] = None,
    alias_of: Annotated[str | None, typer.Option(help="Make NAME an alias of this person id.")] = None,
    directory: Annotated[Path | None, typer.Option("--dir", help="User dictionary folder.")] = None,
) -> None:
    """Add a person with a dated role (or an alias) to a user dictionary folder."""
    folder = directory or default_folder()
    try:
        if alias_of:
            add_alias(folder, name, alias_of)
            typer.echo(f"alias {name!r} -> {alias_of} in {folder}")
            return
        if not code:
            raise typer.BadParameter("give --code (or --alias-of)", param_hint="--code")
        pid = add_person(folder, name, code, start, end, role, alias, gender)
    except DictionaryError as err:
        raise typer.BadParameter(str(err)) from None
    typer.echo(f"{pid}: {code} {start or '…'}–{end or '…'} in {folder / 'persons_user.yaml'}")


def stats(dirs: DirOption = None, as_json: JsonOption = False) -> None:
    """Sizes of the actor dictionary."""
    sizes = ActorDictionary.load(extra_dirs=dirs).stats()
    if as_json:
        typer.echo(json.dumps(sizes))
        return
    for key, value in sizes.items():
        typer.echo(f"{key}\t{value}")


def evaluate_actors(
    gold: Annotated[Path, typer.Option(help="Event gold JSONL (events-gold format).")] = DEFAULT_GOLD,
    dirs: DirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Share of gold source/target spans whose actor code the recognizer gets right."""
    from chronik.actors.evaluate import evaluate

    if not gold.exists():
        raise typer.BadParameter(f"{gold} not found; the gold is ../shared/data/events-gold/ "
                                 "(see its README)", param_hint="--gold")
    result = evaluate(gold, ActorDictionary.load(extra_dirs=dirs)).as_dict()
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    typer.echo(f"gold spans {result['spans']}  covered {result['covered']:.3f}  "
               f"full code {result['full_acc']:.3f}  country {result['country_acc']:.3f}")
    for err in result["top_errors"]:
        typer.echo(f"  {err['gold']:>8} -> {err['pred']:<8} {err['n']}")


def bench(
    corpus: Annotated[Path, typer.Option(help="10kGNAD CSV (label;'text').")] = Path(
        "../shared/data/10kgnad/test.csv"),
    limit: Annotated[int, typer.Option(help="Number of articles.")] = 300,
    as_json: JsonOption = False,
) -> None:
    """Time actor coding against the language layer on real articles (prints the ratio)."""
    from chronik.actors.evaluate import speed_ratio
    from chronik.eval.corpora import read_10kgnad

    if not corpus.exists():
        raise typer.BadParameter(f"{corpus} not found", param_hint="--corpus")
    result = speed_ratio(read_10kgnad(corpus, limit))
    if as_json:
        typer.echo(json.dumps(result))
        return
    typer.echo(f"{result['articles']} articles: language {result['language_s']} s, "
               f"actors {result['actors_s']} s, ratio {result['ratio']}")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    actors_app = typer.Typer(help="The actor dictionary: look up, code, add, score.",
                             no_args_is_help=True)
    actors_app.command("lookup")(lookup)
    actors_app.command("code")(code)
    actors_app.command("add")(add)
    actors_app.command("stats")(stats)
    actors_app.command("eval")(evaluate_actors)
    actors_app.command("bench")(bench)
    app.add_typer(actors_app, name="actors")
    eval_app.command("actors")(evaluate_actors)
