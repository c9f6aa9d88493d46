"""Event store: DuckDB tables for documents, events and cross-article clusters."""

from eventcoder.store.db import EVENT_COLUMNS, Store, open_store

__all__ = ["EVENT_COLUMNS", "Store", "open_store"]
