"""The ``chronik`` command line: a thin typer app over the library API.

Each area adds its commands in its own module here, exposing
``register(app, eval_app)``; the modules are listed in :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

from importlib import import_module

import typer

app = typer.Typer(
    name="chronik",
    help="German news articles to event data: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
eval_app = typer.Typer(help="Score chronik against gold standards.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

COMMAND_MODULES: tuple[str, ...] = ("core", "evaluation", "time", "language", "geo", "actors")

for _module in COMMAND_MODULES:
    import_module(f"chronik.cli.{_module}").register(app, eval_app)


def main() -> None:
    app()
