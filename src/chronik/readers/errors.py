"""The one error type readers report: which input, and why it could not be read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadError:
    """An input that produced no article. ``doc`` names it as the user gave it."""

    doc: str
    reason: str

    def __str__(self) -> str:
        return f"{self.doc}: {self.reason}"


class InputRejected(ValueError):
    """Raised inside a reader; the dispatcher turns it into a :class:`ReadError`."""
