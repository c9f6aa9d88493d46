"""The `needs_models` marker of the event-coder tests: rules that read POS tags and the parse;
without the shipped pipelines (EVENTCODER_MODELS pointing elsewhere) the coder falls back on
word lists and such tests are skipped."""

import pytest

from eventcoder.nlp import model_path


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_models: needs the shipped trained pipelines")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if model_path("en") is not None and model_path("de") is not None:
        return
    skip = pytest.mark.skip(reason="needs the shipped trained pipelines")
    for item in items:
        if "needs_models" in item.keywords:
            item.add_marker(skip)
