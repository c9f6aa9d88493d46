"""Quad class, default CAMEO code and Goldstein-like intensity of a PLOVER type and mode."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from eventcoder.datafile import load_yaml

QUAD_CLASSES = {1: "verbal_cooperation", 2: "material_cooperation",
                3: "verbal_conflict", 4: "material_conflict"}
_OWN_TABLE = Path(__file__).parent / "data" / "intensity.yaml"
_PLOVER_TABLE = Path(__file__).parent.parent / "events" / "data" / "plover.yaml"


@dataclass(frozen=True)
class TypeInfo:
    """What the aggregates need to know about one (type, mode)."""

    quad_class: int
    cameo: str | None
    intensity: float


def _entries(table: object) -> dict[str, dict]:
    """Normalise a mapping or a list of `{type: ...}` entries to type -> entry."""
    if isinstance(table, dict):
        inner = table.get("types", table)
        if isinstance(inner, dict):
            return {str(k).upper(): v for k, v in inner.items() if isinstance(v, dict)}
        table = inner
    if isinstance(table, list):
        return {str(e["type"]).upper(): e for e in table if isinstance(e, dict) and "type" in e}
    return {}


def _read(path: Path) -> dict[str, dict]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as f:
        return _entries(load_yaml(f))


def _quad(value: object) -> int | None:
    """Accept 1..4 or a name such as `verbal_cooperation` / `Verbal Cooperation`."""
    if isinstance(value, int) and value in QUAD_CLASSES:
        return value
    if isinstance(value, str):
        if value.strip().isdigit():
            return _quad(int(value))
        key = value.strip().lower().replace(" ", "_").replace("-", "_")
        for n, name in QUAD_CLASSES.items():
            if name == key:
                return n
    return None


@cache
def type_table() -> dict[str, dict]:
    """Our own table, overridden field by field by the events package's plover.yaml if present.

    From plover.yaml we read `quad` (or `quad_class`), `cameo` and `goldstein` (or `intensity`)
    per type; mode tables given there as mappings override ours, mode lists are ignored.
    """
    table = {t: dict(v) for t, v in _read(_OWN_TABLE).items()}
    for t, entry in _read(_PLOVER_TABLE).items():
        merged = table.setdefault(t, {})
        for key, ours in (("quad_class", "quad_class"), ("quad", "quad_class"),
                          ("cameo", "cameo"), ("intensity", "intensity"),
                          ("goldstein", "intensity")):
            if entry.get(key) is not None:
                merged[ours] = entry[key]
        if isinstance(entry.get("modes"), dict):
            merged.setdefault("modes", {}).update(
                {m: v for m, v in entry["modes"].items() if isinstance(v, dict)})
    return table


def type_info(type_: str, mode: str | None = None, cameo: str | None = None) -> TypeInfo:
    """Quad class, CAMEO and intensity for a type (and mode, or the coder's CAMEO code).

    Unknown types get quad class 0 and intensity 0.0.
    """
    entry = type_table().get((type_ or "").upper())
    if entry is None:
        return TypeInfo(0, cameo, 0.0)
    quad = _quad(entry.get("quad_class")) or 0
    default_cameo = entry.get("cameo")
    intensity = float(entry.get("intensity", 0.0))
    modes = entry.get("modes") or {}
    mode_entry = modes.get(mode) if mode else None
    if mode_entry is None and cameo:  # the coder's CAMEO code names the mode's act
        mode_entry = next((m for m in modes.values()
                           if isinstance(m, dict) and str(m.get("cameo")) == cameo), None)
    if isinstance(mode_entry, dict):
        out_cameo = cameo or mode_entry.get("cameo") or default_cameo
        intensity = float(mode_entry.get("intensity", mode_entry.get("goldstein", intensity)))
    else:
        out_cameo = cameo or default_cameo
    return TypeInfo(quad, str(out_cameo) if out_cameo is not None else None, intensity)
