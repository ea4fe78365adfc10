"""Linguistic knowledge as data files: ``de/`` (time, events, actors) and ``ontology/``.

The engine never holds a German word; it reads them from here. A folder passed by the user
(``CHRONIK_RESOURCES`` or a ``--resources`` option) can add files next to the shipped ones.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource file or folder, e.g. ``resource_path("de", "time")``."""
    return Path(str(files("chronik.resources").joinpath(*parts)))
