"""Spelling-proof matching keys: case, diacritics and transliteration conventions folded away."""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# One spelling per sound, applied in order: German, English and French press transliterations of
# Russian, Ukrainian, Arabic names collapse to one key (Naryschkin/Naryshkin, Lawrow/Lavrov,
# Selenskyj/Zelenskyy, Tschernomyrdin/Chernomyrdin, Charkiw/Kharkiv).
_RULES: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("zh", "sh"),
    ("kh", "ch"),
    ("ts", "s"),
    ("z", "s"),
    ("w", "v"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "ks"),
    ("q", "k"),
    ("j", "i"),
    ("y", "i"),
    ("ou", "u"),
)
_RULE_RE = re.compile("|".join(re.escape(a) for a, _ in _RULES))
_RULE_MAP = dict(_RULES)
_DOUBLE_RE = re.compile(r"(.)\1+")
TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]")


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """Fold one word: ASCII, lower case, transliteration variants merged, doubled letters single."""
    s = unidecode(token).lower() if not token.isascii() else token.lower()
    s = s.replace("'", "").replace("`", "")
    s = _RULE_RE.sub(lambda m: _RULE_MAP[m.group(0)], s)
    return _DOUBLE_RE.sub(r"\1", s)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Words (letters and digits) and single punctuation marks, with character offsets."""
    return [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def fold_key(text: str) -> tuple[str, ...]:
    """The folded token tuple of a name, as the gazetteer index stores it."""
    return tuple(fold_token(t) for t, _, _ in tokenize(text))


def raw_key(text: str) -> tuple[str, ...]:
    """The unfolded token tuple of a name, for case-sensitive acronyms."""
    return tuple(t for t, _, _ in tokenize(text))
