"""The store: versioned schema, idempotent and transactional ingestion, event queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik import read
from chronik.ingest import ingest
from chronik.model import Event
from chronik.pipeline import Pipeline
from chronik.store import EventFilter, Store
from chronik.store.duck import migrations


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.load()


def test_schema_is_migrated_to_the_latest_version(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert store.schema_version == migrations()[-1][0]
    with Store(tmp_path / "s.duckdb") as store:  # reopening applies nothing twice
        assert store.schema_version == migrations()[-1][0]


def test_ingesting_the_same_folder_twice_stores_each_article_once(
        tmp_path: Path, examples_dir: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        first = ingest([str(examples_dir)], store, pipeline)
        second = ingest([str(examples_dir)], store, pipeline)
        counts = store.counts()
    assert first.read == 6 and first.new == 6 and not first.failed
    assert second.new == 0 and second.already_stored == 6
    assert counts["articles"] == 6


def test_a_failing_batch_leaves_nothing_half_written(tmp_path: Path, examples_dir: Path,
                                                     pipeline: Pipeline) -> None:
    docs = list(pipeline.process(
        a for a in read([str(examples_dir / "nachrichten.jsonl")])))
    docs[1]._.events = [object()]  # not an Event: storing it raises half-way through the batch
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(AttributeError):
            store.add(docs)
        assert store.counts() == {"articles": 0, "mentions": 0, "events": 0}
        docs[1]._.events = []
        assert store.add(docs) == 2


def test_events_round_trip_in_the_contract_shape(tmp_path: Path, pipeline: Pipeline,
                                                 seed_file: Path) -> None:
    article = next(iter(read([str(seed_file)])))
    doc = pipeline(article)
    start = article.text.index("Der Außenminister")
    doc._.events = [Event(doc=article.doc, article=article.id, sentence="Der Außenminister …",
                          evidence={"start": start, "end": start + 17}, code="042",
                          source="RUSGOV", target="PRKGOV", plover="CONSULT", date="2018-05-31",
                          date_from="text", location={"text": "Pjöngjang", "name": "Pyongyang",
                                                      "country": "PRK", "lat": 39.03, "lon": 125.75})]
    with Store(tmp_path / "s.duckdb") as store:
        store.add([doc])
        [record] = list(store.events(EventFilter(actor="RUS", code="04", since="2018-05")))
        assert record == doc._.events[0].to_dict()
        assert list(store.events(EventFilter(until="2018-04"))) == []
        assert store.article(article.id[:8])["published"] == "2018-06-01"


class CrashingPipeline:
    """A pipeline whose process dies (as on Ctrl-C or a killed worker) at the n-th batch."""

    def __init__(self, pipeline: Pipeline, crash_at_batch: int) -> None:
        self.pipeline, self.crash_at_batch, self.batches = pipeline, crash_at_batch, 0

    def process(self, articles):
        self.batches += 1
        if self.batches == self.crash_at_batch:
            raise KeyboardInterrupt
        return self.pipeline.process(articles)


def test_ingestion_resumes_after_a_crash(tmp_path: Path, examples_dir: Path, pipeline: Pipeline) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest([str(examples_dir)], store, CrashingPipeline(pipeline, 2), batch_size=2)  # type: ignore[arg-type]
        assert store.counts()["articles"] == 2  # the first batch was committed, the second not at all
    with Store(db) as store:
        resumed = ingest([str(examples_dir)], store, pipeline, batch_size=2)
        assert (resumed.already_stored, resumed.new) == (2, 4)
        assert store.counts()["articles"] == 6
