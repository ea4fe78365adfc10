"""Every runnable example in the actor resource files codes as its file says."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronik.actors import code_text
from chronik.actors.dictionary import shipped_dir


def _examples():
    for path in sorted(Path(shipped_dir()).rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for number, (text, date, expected) in enumerate(data.get("examples", [])):
            yield pytest.param(text, date, expected, id=f"{path.stem}-{number}")


def test_there_are_examples_in_every_file():
    files = {p.stem for p in Path(shipped_dir()).rglob("*.yaml")}
    with_examples = {p.stem for p in Path(shipped_dir()).rglob("*.yaml")
                     if (yaml.safe_load(p.read_text(encoding="utf-8")) or {}).get("examples")}
    assert files == with_examples


@pytest.mark.parametrize("text, date, expected", list(_examples()))
def test_resource_example(actors, text, date, expected):
    date = None if date is None else str(date)
    assert [m.code for _span, m in code_text(text, date, actors)] == expected
