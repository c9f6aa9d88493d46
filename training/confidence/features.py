"""Features of a coded event for the confidence experiment (training/confidence/README.md).

They read only the exported event (`eventcoder.document.event_json`) and the length of the
document text, so they can be computed from stored predictions of any coder version.
"""

from __future__ import annotations

import re
from typing import Any

FEATURES_VERSION = 1  # raise when `features` changes: examples.jsonl must be collected again

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTES = set('"„“”»«‚‘’')


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(1 for e in edges if x >= e)


def _actor(role: str, a: dict[str, Any] | None) -> list[str]:
    if a is None:
        return [f"{role}:none"]
    out = [f"{role}:kind={a.get('kind')}", f"{role}:sector={a.get('sector')}",
           f"{role}:country" if a.get("country") else f"{role}:nocountry"]
    if a.get("office"):
        out.append(f"{role}:office")
    text = a.get("text") or ""
    if text[:1].islower():
        out.append(f"{role}:lower")  # pronouns, "die Regierung" without a name
    out.append(f"{role}:words={min(3, len(text.split()))}")
    return out


def features(event: dict[str, Any], text_length: int, doc_events: list[dict[str, Any]],
             lang: str) -> list[str]:
    """The binary features of one exported event (see the module docstring)."""
    type_ = event["type"]
    trig = (event.get("trigger") or {}).get("text", "").lower()
    evidence = (event.get("evidence") or {}).get("text", "")
    src, tgt = event.get("source"), event.get("target")
    f = [f"lang={lang}", f"type={type_}", f"cameo={event.get('cameo')}",
         f"fact={event.get('factuality')}", f"trig={lang}:{trig}",
         f"type+fact={type_}:{event.get('factuality')}"]
    if event.get("symmetric"):
        f.append("symmetric")
    if event.get("attribution"):
        f.append("attributed")
    if event.get("date"):
        f.append(f"date={event.get('date_granularity')}")
    if event.get("location"):
        f.append("located")
    first = (event.get("trigger") or {}).get("text", "")[:1]
    f.append(f"trig:upper={first.isupper()}:{lang}")
    f += _actor("src", src) + _actor("tgt", tgt)
    f.append(f"type+tgt={type_}:{'none' if tgt is None else tgt.get('kind')}")
    f.append(f"type+src={type_}:{'none' if src is None else src.get('kind')}")
    sc, tc = (src or {}).get("country"), (tgt or {}).get("country")
    if sc and tc:
        f.append("countries:same" if sc == tc else "countries:differ")
    if any(c in _QUOTES for c in evidence):
        f.append("evidence:quote")
    digits = sum(c.isdigit() for c in evidence)
    f.append(f"evidence:digits={_bucket(digits, (1, 4, 10))}")
    f.append(f"evidence:words={_bucket(len(_WORD.findall(evidence)), (8, 15, 25, 40))}")
    start = (event.get("evidence") or {}).get("start", 0)
    f.append(f"position={_bucket(start / max(1, text_length), (0.1, 0.3, 0.6))}")
    countries = {a.get("country") for e in doc_events for a in (e.get("source"), e.get("target"))
                 if a and a.get("country")}
    f.append(f"doc:events={_bucket(len(doc_events), (2, 4, 8))}")
    f.append(f"doc:countries={_bucket(len(countries), (1, 2, 4))}")
    return f
