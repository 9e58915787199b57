"""The JSON Schema of the output, shipped in the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def _load() -> str:
    return resources.files("legalparse").joinpath("schema.json").read_text(encoding="utf-8")


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Opinion.to_json()`` output validates against."""
    result: dict[str, Any] = json.loads(_load())
    return result
