"""Add persons and aliases to a user dictionary folder (files merged with the shipped ones)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from chronik.actors.dictionary import DictionaryError, _cached, shipped_dir
from chronik.actors.entries import date_interval
from chronik.actors.forms import slug

PERSONS_FILE = "persons_user.yaml"
ALIASES_FILE = "aliases_user.yaml"
HEADER = ("# Added with `chronik actors add`; merged with chronik's shipped actor dictionary.\n"
          "# Same format as resources/de/actors/persons/*.yaml.\n")


def _load(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _save(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=True, default_flow_style=None,
                          width=100)
    path.write_text(HEADER + body, encoding="utf-8")
    _cached.cache_clear()


def _check_code(code: str) -> None:
    if len(code) < 3 or not code[:3].replace("-", "A").isalpha() or not code.isupper():
        raise DictionaryError(f"actor code {code!r}: expected e.g. RUSGOV, IGOUNO, ---REB")


def add_person(folder: str | Path, name: str, code: str, start: str | None = None,
               end: str | None = None, role: str | None = None, aliases: list[str] | None = None,
               gender: str | None = None, person_id: str | None = None) -> str:
    """Add ``name`` holding ``code`` from ``start`` to ``end`` (ISO; None = open) to the user
    folder; an existing entry with the same id gets the role and aliases added. Returns the id."""
    _check_code(code)
    for value in (start, end):
        if value and date_interval(value) is None:
            raise DictionaryError(f"date {value!r}: expected YYYY-MM-DD, YYYY-MM or YYYY")
    path = Path(folder) / PERSONS_FILE
    data = _load(path)
    pid = person_id or slug(name)
    entry = data.setdefault(pid, {"name": name, "roles": []})
    entry.setdefault("roles", []).append([code, role or code, start, end])
    if aliases:
        entry["aka"] = sorted(set(entry.get("aka", [])) | set(aliases))
    if gender:
        entry["g"] = gender
    _save(path, data)
    return pid


def add_alias(folder: str | Path, alias: str, person_id: str) -> None:
    """Make ``alias`` another name of the (shipped or user) person ``person_id``."""
    path = Path(folder) / ALIASES_FILE
    data = _load(path)
    data[alias] = person_id
    _save(path, data)


def default_folder() -> Path:
    """Where ``chronik actors add`` writes when no folder is given: ``$CHRONIK_ACTORS_DIR``'s
    first entry, else ``~/.chronik/actors``."""
    import os

    env = os.environ.get("CHRONIK_ACTORS_DIR")
    if env:
        return Path(env.split(os.pathsep)[0])
    return Path.home() / ".chronik" / "actors"


__all__ = ["add_alias", "add_person", "default_folder", "shipped_dir"]
