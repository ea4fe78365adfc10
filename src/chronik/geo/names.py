"""Name keys: how a place name is compared (case, dashes, apostrophes and spacing folded)."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'",
                              "‐": "-", "‑": "-", "–": "-", "—": "-"})


def name_key(name: str) -> str:
    """The lookup key of a place name: NFC, casefolded, dashes/apostrophes unified, spaces folded.

    >>> name_key("Ho-Chi-Minh–Stadt") == name_key("ho-chi-minh-stadt")
    True
    """
    text = unicodedata.normalize("NFC", name).translate(_APOSTROPHES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def is_latin_name(name: str) -> bool:
    """True for a name written in Latin script with at least one lowercase letter (not a code)."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 2 or not any(ch.islower() for ch in letters):
        return False
    return all("LATIN" in unicodedata.name(ch, "") for ch in letters)
