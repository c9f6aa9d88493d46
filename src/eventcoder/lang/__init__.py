"""Per-language data files (see README.md in this folder) and their loader."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).parent
SUPPORTED = ("de", "en")


@cache
def load(lang: str, name: str) -> Any:
    """Load `<lang>/<name>.yaml`; an absent file gives None."""
    path = LANG_DIR / lang / f"{name}.yaml"
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)
