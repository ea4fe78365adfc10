"""DuckDB access: migrations, idempotent transactional ingestion, event queries."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import duckdb
from spacy.tokens import Doc

from chronik.model import Article, Event

DEFAULT_DB = "chronik.duckdb"

EVENT_COLUMNS = (
    "doc", "article", "sentence", "ev_start", "ev_end", "source", "target", "source_text",
    "target_text", "code", "plover", "mode", "date", "date_text", "date_from", "location",
    "confidence", "trigger", "pattern",
)


def migrations() -> list[tuple[int, str]]:
    folder = files("chronik.store").joinpath("migrations")
    found = [(int(p.name.split("_", 1)[0]), p.read_text(encoding="utf-8"))
             for p in folder.iterdir() if p.name.endswith(".sql")]
    return sorted(found)


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None
    code: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None


class Store:
    """One DuckDB file. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    @property
    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0) if row else 0

    def migrate(self) -> None:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
            "applied_at TIMESTAMP DEFAULT current_timestamp)"
        )
        current = self.schema_version
        for version, sql in migrations():
            if version <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(set(ids))
        if not wanted:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))",
                                [wanted]).fetchall()
        return {row[0] for row in rows}

    def add(self, docs: Iterable[Doc]) -> int:
        """Store a batch of processed Docs in one transaction; returns how many were new."""
        added = 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for doc in docs:
                article: Article = doc._.article
                if self.known_ids([article.id]):
                    continue
                self._insert_article(article)
                self._insert_mentions(article.id, doc)
                self._insert_events(article.id, doc._.events or [])
                added += 1
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return added

    def _insert_article(self, a: Article) -> None:
        self.con.execute(
            "INSERT INTO articles (id, doc, title, published, precision, date_origin, source, url,"
            " language, body_start, text, metadata) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [a.id, a.doc, a.title, a.published, a.precision, a.date_origin, a.source, a.url,
             a.language, a.body_start, a.text, json.dumps(a.metadata, ensure_ascii=False)],
        )

    def _insert_mentions(self, article_id: str, doc: Doc) -> None:
        rows: list[list[Any]] = [
            [article_id, "entity", e.start_char, e.end_char, e.text, e.label_, None] for e in doc.ents
        ]
        for key, attr in (("timex", "timex"), ("actors", "actor"), ("places", "place")):
            for span in doc.spans.get(key, []):
                value = getattr(span._, attr)
                payload = asdict(value) if value is not None else None
                label = (payload or {}).get("code") or (payload or {}).get("value") \
                    or (payload or {}).get("name")
                rows.append([article_id, key, span.start_char, span.end_char, span.text, label,
                             json.dumps(payload, ensure_ascii=False, default=str)])
        if rows:
            self.con.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)", rows)

    def _insert_events(self, article_id: str, events: list[Any]) -> None:
        rows = []
        for seq, event in enumerate(events):
            e = event.to_dict()
            rows.append([article_id, seq, e["doc"], e["sentence"], e["evidence"]["start"],
                         e["evidence"]["end"], e["source"], e["target"], e["source_text"],
                         e["target_text"], e["code"], e["plover"], e["mode"], e["date"],
                         e["date_text"], e["date_from"],
                         json.dumps(e["location"], ensure_ascii=False) if e["location"] else None,
                         e["confidence"], e["trigger"], e["pattern"]])
        if rows:
            self.con.executemany(
                "INSERT INTO events (article, seq, doc, sentence, ev_start, ev_end, source, target,"
                " source_text, target_text, code, plover, mode, date, date_text, date_from,"
                " location, confidence, trigger, pattern)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)

    def counts(self) -> dict[str, int]:
        return {table: int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
                for table in ("articles", "mentions", "events")}

    def events(self, where: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Event records in the contract's shape, ordered by date, article and position."""
        where = where or EventFilter()
        clauses, params = [], []
        if where.actor:
            clauses.append("(source LIKE ? OR target LIKE ?)")
            params += [where.actor.upper() + "%"] * 2
        if where.code:
            clauses.append("code LIKE ?")
            params.append(where.code + "%")
        if where.since:
            clauses.append("date >= ?")
            params.append(where.since)
        if where.until:
            clauses.append("substr(date, 1, ?) <= ?")
            params += [len(where.until), where.until]
        if where.article:
            clauses.append("article = ?")
            params.append(where.article)
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY date NULLS LAST, article, seq"
        for row in self.con.execute(sql, params).fetchall():
            yield event_record(dict(zip(EVENT_COLUMNS, row, strict=True)))

    def article(self, key: str) -> dict[str, Any] | None:
        """An article by id (or id prefix) or by the path it was read from."""
        row = self.con.execute(
            "SELECT id, doc, title, published, precision, date_origin, source, url, language,"
            " body_start, text, metadata FROM articles WHERE id LIKE ? OR doc = ?"
            " ORDER BY ingested_at LIMIT 1", [key + "%", key]).fetchone()
        if row is None:
            return None
        names = ("id", "doc", "title", "published", "precision", "date_origin", "source", "url",
                 "language", "body_start", "text", "metadata")
        record = dict(zip(names, row, strict=True))
        record["metadata"] = json.loads(record["metadata"] or "{}")
        return record

    def mentions(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.con.execute(
            'SELECT kind, start, "end", text, label, value FROM mentions WHERE article = ?'
            " ORDER BY start", [article_id]).fetchall()
        return [{"kind": k, "start": s, "end": e, "text": t, "label": lab,
                 "value": json.loads(v) if v else None} for k, s, e, t, lab, v in rows]


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row back in the JSON shape of :class:`chronik.model.Event`."""
    record = dict(row)
    record["evidence"] = {"start": record.pop("ev_start"), "end": record.pop("ev_end")}
    record["location"] = json.loads(record["location"]) if record["location"] else None
    return Event(**record).to_dict()
