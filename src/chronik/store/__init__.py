"""The embedded store: one DuckDB file, schema versioned by the SQL files in ``migrations/``."""

from chronik.store.duck import DEFAULT_DB, EventFilter, Store

__all__ = ["DEFAULT_DB", "EventFilter", "Store"]
