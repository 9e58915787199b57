"""Compiled patterns by their source, cached: the readers use many small patterns."""

from __future__ import annotations

import functools
from typing import Any, Callable, Iterator, Optional, Union

import regex

_compile = functools.lru_cache(maxsize=512)(regex.compile)


def _search(pattern: str, text: str) -> "Optional[regex.Match[str]]":
    return _compile(pattern).search(text)


def _match(pattern: str, text: str) -> "Optional[regex.Match[str]]":
    return _compile(pattern).match(text)


def _fullmatch(pattern: str, text: str) -> "Optional[regex.Match[str]]":
    return _compile(pattern).fullmatch(text)


def _sub(pattern: str, repl: "Union[str, Callable[[Any], str]]", text: str) -> str:
    return _compile(pattern).sub(repl, text)


def _finditer(pattern: str, text: str) -> "Iterator[regex.Match[str]]":
    return _compile(pattern).finditer(text)
