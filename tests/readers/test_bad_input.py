"""Bad input gets a clear error naming the input and the reason; the rest of the batch is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.model import Article
from chronik.readers import ReadError, read


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Die Bürger protestierten.".encode("latin-1"), "not valid UTF-8"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("huge.txt", b"Wort " * (11 * 1024 * 1024), "too large"),
        ("header.txt", b"date 2018-13 Titel\n\nText.", "malformed header"),
        ("nobody.txt", b"date 2018-06 Nur ein Titel\n", "without a body"),
    ],
)
def test_bad_file_is_reported_by_name_and_reason(tmp_path: Path, name: str, content: bytes,
                                                 reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Die Regierung lobte die Opposition.", encoding="utf-8")
    items = list(read([str(bad), str(good)]))
    assert isinstance(items[0], ReadError), items[0]
    assert items[0].doc == str(bad) and reason in items[0].reason
    assert isinstance(items[1], Article)


def test_malformed_json_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Erster Artikel."}\n{"text": \n{"title": "ohne Text"}\n'
                    '{"text": "Vierter Artikel.", "published": "gestern"}\n{"text": "Fünfter."}\n',
                    encoding="utf-8")
    items = list(read([str(path)]))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [e.doc for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "malformed JSON" in errors[0].reason and "'text'" in errors[1].reason
    assert "published" in errors[2].reason
    assert [i.text for i in items if isinstance(i, Article)] == ["Erster Artikel.", "Fünfter."]
