"""The store's DuckDB schema as an ordered list of migrations."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One schema step: applied once, in order, and recorded in `schema_migrations`."""

    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, actors, mentions, evidence, events, event mentions, failures, runs", (
        """CREATE TABLE runs (
            run_id VARCHAR PRIMARY KEY,
            command VARCHAR,
            started_at TIMESTAMP,
            finished_at TIMESTAMP,
            n_ok INTEGER,
            n_failed INTEGER)""",
        """CREATE TABLE documents (
            hash VARCHAR PRIMARY KEY,          -- Document.content_hash
            doc_id VARCHAR NOT NULL,           -- Document.id as given
            lang VARCHAR,
            published VARCHAR,
            title VARCHAR,
            url VARCHAR,
            origin VARCHAR,
            outlet VARCHAR,                    -- host of the URL, else the origin's folder
            text VARCHAR NOT NULL,
            n_events INTEGER NOT NULL,
            run_id VARCHAR,
            ingested_at TIMESTAMP)""",
        "CREATE INDEX documents_doc_id ON documents (doc_id)",
        """CREATE TABLE actors (
            actor_key VARCHAR PRIMARY KEY,     -- Actor.id when the resolver gave one
            name VARCHAR,
            country VARCHAR,
            sector VARCHAR,
            kind VARCHAR,
            office VARCHAR)""",
        """CREATE TABLE mentions (
            mention_key VARCHAR PRIMARY KEY,
            doc_hash VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR,
            actor_key VARCHAR,
            sentence INTEGER,
            how VARCHAR)""",
        "CREATE INDEX mentions_doc ON mentions (doc_hash)",
        """CREATE TABLE evidence (
            evidence_key VARCHAR PRIMARY KEY,
            doc_hash VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            sentence INTEGER,
            text VARCHAR)""",
        """CREATE TABLE events (
            event_key VARCHAR PRIMARY KEY,
            doc_hash VARCHAR NOT NULL,
            ordinal INTEGER NOT NULL,          -- position in Document.events
            type VARCHAR NOT NULL,
            mode VARCHAR,
            cameo VARCHAR,
            source_mention VARCHAR,
            source_actor VARCHAR,
            source_text VARCHAR,
            source_name VARCHAR,
            source_country VARCHAR,
            source_sector VARCHAR,
            target_mention VARCHAR,
            target_actor VARCHAR,
            target_text VARCHAR,
            target_name VARCHAR,
            target_country VARCHAR,
            target_sector VARCHAR,
            is_symmetric BOOLEAN NOT NULL,
            factuality VARCHAR NOT NULL,
            attribution VARCHAR,
            date VARCHAR,
            date_granularity VARCHAR,
            place_text VARCHAR,
            place_name VARCHAR,
            place_country VARCHAR,
            place_lat DOUBLE,
            place_lon DOUBLE,
            evidence_key VARCHAR,
            trigger_start INTEGER,
            trigger_end INTEGER,
            trigger_text VARCHAR,
            sentence INTEGER,
            why VARCHAR)                       -- JSON list of reasons""",
        "CREATE INDEX events_doc ON events (doc_hash)",
        """CREATE TABLE event_mentions (
            event_key VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR,
            PRIMARY KEY (event_key, start_char, end_char))""",
        """CREATE TABLE failures (
            failure_key VARCHAR PRIMARY KEY,   -- hash of origin, code and message
            origin VARCHAR,
            code VARCHAR,
            message VARCHAR,
            run_id VARCHAR,
            recorded_at TIMESTAMP)""",
    )),
    Migration(2, "cross-article event clusters", (
        """CREATE TABLE clusters (
            cluster_id VARCHAR PRIMARY KEY,    -- derived from the founding event's key
            type VARCHAR NOT NULL,
            mode VARCHAR,
            cameo VARCHAR,
            source_name VARCHAR,
            source_country VARCHAR,
            source_sector VARCHAR,
            target_name VARCHAR,
            target_country VARCHAR,
            target_sector VARCHAR,
            is_symmetric BOOLEAN,
            factuality VARCHAR,
            date VARCHAR,                      -- most precise date among the members
            date_granularity VARCHAR,
            place_name VARCHAR,
            place_country VARCHAR,
            place_lat DOUBLE,
            place_lon DOUBLE,
            first_report VARCHAR,              -- earliest publication date of a member
            last_report VARCHAR,
            n_events INTEGER,
            n_mentions INTEGER,                -- every evidence span, repeats included
            n_articles INTEGER,                -- distinct documents
            n_sources INTEGER,                 -- distinct outlets
            source_url VARCHAR)""",
        """CREATE TABLE cluster_members (
            event_key VARCHAR PRIMARY KEY,
            cluster_id VARCHAR NOT NULL)""",
        "CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id)",
    )),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

DATA_TABLES = ("runs", "documents", "actors", "mentions", "evidence", "events",
               "event_mentions", "failures", "clusters", "cluster_members")
