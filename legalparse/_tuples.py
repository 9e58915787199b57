"""Typed tuple converters for the frozen records' sequence fields.

Each field takes any iterable and stores a tuple; a converter per element
type keeps the constructors' signatures precise for type checkers.
"""

from __future__ import annotations

from collections.abc import Iterable


def strings(items: Iterable[str]) -> tuple[str, ...]:
    """A tuple of strings."""
    return tuple(items)


def integers(items: Iterable[int]) -> tuple[int, ...]:
    """A tuple of integers."""
    return tuple(items)
