"""Half-open character spans into ``Opinion.text``."""

from __future__ import annotations

import attrs


def _check_start(instance: "Span", attribute: "attrs.Attribute[int]", value: int) -> None:
    if value < 0:
        raise ValueError(f"span start must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Opinion.text``.

    >>> Span(3, 7).slice("0123456789")
    '3456'
    """

    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field()

    @end.validator
    def _check_end(self, attribute: "attrs.Attribute[int]", value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, offset: int) -> bool:
        """Whether ``offset`` lies inside the span."""
        return self.start <= offset < self.end

    def shifted(self, delta: int) -> "Span":
        """The same span moved by ``delta`` characters."""
        return Span(self.start + delta, self.end + delta)
