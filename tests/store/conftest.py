"""Fixtures for the store tests: hand-built coded Documents and the cluster corpus."""

from __future__ import annotations

import pytest
from store_fixtures import en_doc, load_corpus, seed_doc

from eventcoder.document import Document


@pytest.fixture(scope="session")
def corpus() -> tuple[list[Document], dict[tuple[str, int], str]]:
    return load_corpus()


@pytest.fixture
def seed() -> Document:
    return seed_doc()


@pytest.fixture
def english() -> Document:
    return en_doc()
