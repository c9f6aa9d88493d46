"""Reading the package's YAML data files.

PyYAML follows YAML 1.1, where the bare words `on`, `off`, `yes`, `no`, `y` and `n` are
booleans: a word list `[with, to, on, by]` loses its "on", and Norway's FIPS code `NO`
becomes False. Our data files are word lists and tables, so `load_yaml` reads them with
YAML 1.2 booleans: only `true` and `false` (any case) are booleans, every other bare word
stays a string.
"""

from __future__ import annotations

import re
from typing import IO, Any

import yaml

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it: 10x faster
_BOOL = "tag:yaml.org,2002:bool"


class DataLoader(_BASE):  # type: ignore[misc, valid-type]
    """A safe loader whose only booleans are true and false."""


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _BASE.yaml_implicit_resolvers.items()}
DataLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))


def load_yaml(stream: str | bytes | IO) -> Any:
    """The YAML document in `stream` (text or an open file), YAML 1.2 booleans."""
    return yaml.load(stream, Loader=DataLoader)
