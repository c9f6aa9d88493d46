"""Per-language data files (see README.md in this folder) and their loader."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from eventcoder.datafile import load_yaml

LANG_DIR = Path(__file__).parent
SUPPORTED = ("de", "en")


@cache
def load(lang: str, name: str) -> Any:
    """Load `<lang>/<name>.yaml`; an absent file gives None."""
    path = LANG_DIR / lang / f"{name}.yaml"
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as f:
        return load_yaml(f)


@cache
def word_set(lang: str, key: str, name: str = "grammar") -> frozenset[str]:
    """One word list of `<lang>/<name>.yaml` as a set; empty when the file or key is absent."""
    return frozenset(word_tuple(lang, key, name))


@cache
def word_tuple(lang: str, key: str, name: str = "grammar") -> tuple[str, ...]:
    """One word list of `<lang>/<name>.yaml` in file order; empty when absent."""
    return tuple(str(w) for w in (load(lang, name) or {}).get(key) or ())


def word_sets(key: str, name: str = "grammar") -> dict[str, frozenset[str]]:
    """{lang: words} of one word list, for the languages whose file has it."""
    return {lang: word_set(lang, key, name) for lang in SUPPORTED
            if key in (load(lang, name) or {})}
