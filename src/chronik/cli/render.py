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
    """One row an event: codes first (they fit a narrow terminal), the words they came from dim."""
    table = Table(title=title, header_style="bold", show_lines=False, pad_edge=False)
    widths = {"date": (10, 10), "code": (7, 7), "mode": (12, 12), "where": (8, 14)}
    for column in ("date", "source", "code", "target", "mode", "where"):
        low, high = widths.get(column, (10, None))
        table.add_column(column, min_width=low, max_width=high, overflow="ellipsis",
                         no_wrap=column in ("date", "code", "mode"))
    for e in events:
        location = e.get("location") or {}
        table.add_row(e.get("date") or "", _actor(e, "source"),
                      Text(e["code"]) + Text(f"\n{e.get('plover') or ''}", style="dim"),
                      _actor(e, "target"), e["mode"], location.get("name") or "")
    return table


def _actor(event: dict[str, Any], role: str) -> Text:
    code, text = event.get(role), event.get(f"{role}_text")
    rendered = Text(code or "–")
    if text:
        rendered.append(f"\n{_clip(text, 18)}", style="dim")
    return rendered


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


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


def score_table(title: str, rows: Iterable[tuple[str, float | None, float | None, float | None]]) -> Table:
    """Precision, recall and F1 a row, as the ``chronik eval`` commands print them."""
    table = Table(title=title, header_style="bold")
    for column in ("", "P", "R", "F1"):
        table.add_column(column)
    for label, *values in rows:
        table.add_row(label, *("" if v is None else f"{v:.3f}" for v in values))
    return table


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False)
