"""Bytes to text with the checks every reader needs: size, binary content, encoding, emptiness."""

from __future__ import annotations

from chronik.readers.errors import InputRejected

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""Longer inputs are almost surely not a single news article (a dump, a log, a corpus)."""


def decode(data: bytes, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    if not data.strip():
        raise InputRejected("empty input")
    if len(data) > max_bytes:
        raise InputRejected(
            f"too large for one article ({len(data) / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit)"
        )
    if b"\x00" in data[:8192]:
        raise InputRejected("binary content (NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputRejected(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "convert it to UTF-8 first"
        ) from None
    if not text.strip():
        raise InputRejected("empty input")
    return text
