"""Read and write TimeML documents: the DCT, the plain TEXT and its TIMEX3 (or TIMEX2) tags.

The reader is forgiving on purpose: gold corpora contain empty tags (``<TIMEX3 .../>``), nested
tags and malformed values, and all of them are kept as they are (an empty tag is a zero-length
timex), so a scorer counts them instead of crashing on them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chronik.model import Timex

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s[^<>]*?)?)(/?)>", re.S)
_ATTR = re.compile(r'([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<(?:DCT|DATETIME)>(.*?)</(?:DCT|DATETIME)>", re.S)
_DCT_VALUE = re.compile(r'(?:value|val)="([^"]*)"')
_ISO_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
TIMEX_TAGS = ("TIMEX3", "TIMEX2")


@dataclass(frozen=True)
class TimeMLDoc:
    """One TimeML document: its name, DCT (ISO, or None), the plain text and its timexes."""

    name: str
    dct: str | None
    text: str
    timexes: tuple[Timex, ...] = field(default_factory=tuple)
    source: str = ""


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def parse_inline(markup: str) -> tuple[str, list[Timex]]:
    """Strip tags from ``markup``; return the plain text and the TIMEX2/TIMEX3 spans in it."""
    out: list[str] = []
    pos = 0
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    found: list[Timex] = []
    for m in _TAG.finditer(markup):
        chunk = html.unescape(markup[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, raw, selfclosing = m.groups()
        if name.upper() not in TIMEX_TAGS:
            continue
        if closing:
            if stack:
                start, attrs = stack.pop()
                found.append(_timex(start, length, attrs))
        elif selfclosing or raw.rstrip().endswith("/"):
            found.append(_timex(length, length, _attrs(raw)))
        else:
            stack.append((length, _attrs(raw)))
    out.append(html.unescape(markup[pos:]))
    text = "".join(out)
    timexes = [t if t.start == t.end else _with_text(t, text) for t in found]
    timexes.sort(key=lambda t: (t.start, -t.end))
    return text, timexes


def _timex(start: int, end: int, attrs: dict[str, str]) -> Timex:
    value = attrs.get("value", attrs.get("val", ""))
    return Timex(start=start, end=end, text="", type=attrs.get("type", ""), value=value,
                 mod=attrs.get("mod") or None)


def _with_text(t: Timex, text: str) -> Timex:
    return Timex(start=t.start, end=t.end, text=text[t.start:t.end], type=t.type, value=t.value,
                 mod=t.mod)


def read_timeml(path: str | Path) -> TimeMLDoc:
    """Read a TimeML (TIMEX3) or WikiWars-style SGML (TIMEX2) file."""
    path = Path(path)
    source = path.read_text(encoding="utf-8")
    return parse_timeml(source, name=path.name)


def parse_timeml(source: str, name: str = "") -> TimeMLDoc:
    text_match = _TEXT.search(source)
    markup = text_match.group(1) if text_match else source
    text, timexes = parse_inline(markup)
    return TimeMLDoc(name=name, dct=_dct(source), text=text, timexes=tuple(timexes),
                     source=source)


def _dct(source: str) -> str | None:
    m = _DCT.search(source)
    if not m:
        return None
    inner = m.group(1)
    value = _DCT_VALUE.search(inner)
    candidate = value.group(1) if value else re.sub(r"<[^>]+>", "", inner).strip()
    iso = _ISO_PREFIX.match(candidate.strip())
    return iso.group(0) if iso else None


def _attr_escape(value: str) -> str:
    return html.escape(value, quote=True)


def timex3_tag(timex: Timex, tid: int) -> tuple[str, str]:
    attrs = f'tid="t{tid}" type="{_attr_escape(timex.type)}" value="{_attr_escape(timex.value)}"'
    if timex.mod:
        attrs += f' mod="{_attr_escape(timex.mod)}"'
    return f"<TIMEX3 {attrs}>", "</TIMEX3>"


def render_text(text: str, timexes: Iterable[Timex]) -> str:
    """The plain ``text`` with (non-overlapping) TIMEX3 tags inserted, XML-escaped."""
    out: list[str] = []
    pos = 0
    tid = 1
    for t in sorted(timexes, key=lambda x: (x.start, -x.end)):
        if t.start < pos:
            continue
        opening, closing = timex3_tag(t, tid)
        tid += 1
        out += [html.escape(text[pos:t.start], quote=False), opening,
                html.escape(text[t.start:t.end], quote=False), closing]
        pos = t.end
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def write_timeml(doc: TimeMLDoc, timexes: Iterable[Timex]) -> str:
    """The document's own source with its TEXT replaced by tagged text (DCT kept as it was)."""
    tagged = render_text(doc.text, timexes)
    if doc.source and _TEXT.search(doc.source):
        m = _TEXT.search(doc.source)
        assert m is not None
        return doc.source[:m.start(1)] + tagged + doc.source[m.end(1):]
    dct = doc.dct or ""
    return ('<?xml version="1.0" ?>\n<TimeML>\n'
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" '
            f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
            f"<TEXT>{tagged}</TEXT>\n</TimeML>\n")
