"""Terminal rendering shared by the commands: event tables and highlighted articles."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

SPAN_STYLES = {
    "entity": "underline",
    "timex": "bold cyan",
    "actors": "bold magenta",
    "places": "bold green",
    "event": "on grey23",
}


def event_table(events: Iterable[dict[str, Any]], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in ("date", "source", "code", "plover", "target", "mode", "location", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        location = (e.get("location") or {}).get("name") or ""
        evidence = e["sentence"]
        if len(evidence) > 90:
            evidence = evidence[:87] + "…"
        table.add_row(e.get("date") or "", _actor(e, "source"), e["code"], e.get("plover") or "",
                      _actor(e, "target"), e["mode"], location, evidence)
    return table


def _actor(event: dict[str, Any], role: str) -> str:
    code, text = event.get(role), event.get(f"{role}_text")
    if not code:
        return ""
    return f"{code} ({text})" if text else code


def highlighted(text: str, spans: Iterable[tuple[int, int, str]]) -> Text:
    """The article text with each (start, end, kind) span styled; later kinds win on overlap."""
    rendered = Text(text)
    for start, end, kind in spans:
        rendered.stylize(SPAN_STYLES.get(kind, "reverse"), start, end)
    return rendered


def legend() -> Text:
    parts = Text("legend: ")
    for kind, style in SPAN_STYLES.items():
        parts.append(kind, style=style)
        parts.append("  ")
    return parts


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False)
