"""A one-line progress bar for batch runs, drawn on a terminal only.

The stream and the clock are injectable so the bar can be tested without a
terminal or a wall clock.  The bar is redrawn at most ``interval`` seconds
apart (and always at the end), and cleared when the run finishes so the
summary line stands alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import IO, Optional

Clock = Callable[[], float]


def is_terminal(stream: IO[str]) -> bool:
    """Whether ``stream`` is attached to a terminal (``False`` for anything that cannot say)."""
    isatty = getattr(stream, "isatty", None)
    if isatty is None:
        return False
    try:
        return bool(isatty())
    except (OSError, ValueError):  # closed or detached streams
        return False


def _clock_text(seconds: float) -> str:
    seconds = max(int(seconds + 0.5), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


class ProgressBar:
    """``[#########.......]  57/137  41%  3.2 doc/s  eta 0:25`` on one line of ``stream``.

    Args:
        total: how many documents the run has.
        stream: where to draw (standard error in the command line).
        clock: seconds as a float, ``time.monotonic`` unless a test gives its own.
        width: cells of the bar itself.
        interval: least seconds between two redraws.
    """

    def __init__(
        self,
        total: int,
        stream: IO[str],
        *,
        clock: Clock = time.monotonic,
        width: int = 30,
        interval: float = 0.1,
    ) -> None:
        self.total = max(total, 0)
        self.done = 0
        self.failed = 0
        self._stream = stream
        self._clock = clock
        self._width = width
        self._interval = interval
        self._started = clock()
        self._last_draw: Optional[float] = None
        self._last_len = 0

    def line(self) -> str:
        """The bar as it stands now (without carriage return)."""
        total = self.total or 1
        filled = min(self._width, self._width * self.done // total)
        bar = "#" * filled + "." * (self._width - filled)
        elapsed = self._clock() - self._started
        parts = [f"[{bar}]", f"{self.done}/{self.total}", f"{100 * self.done // total:3d}%"]
        if self.done and elapsed > 0:
            rate = self.done / elapsed
            parts.append(f"{rate:.1f} doc/s")
            parts.append(f"eta {_clock_text((self.total - self.done) / rate)}")
        if self.failed:
            parts.append(f"{self.failed} failed")
        return "  ".join(parts)

    def advance(self, *, failed: bool = False) -> None:
        """Count one more document finished (``failed`` if it gave an error) and redraw if due."""
        self.done += 1
        if failed:
            self.failed += 1
        now = self._clock()
        if self.done >= self.total or self._last_draw is None or now - self._last_draw >= self._interval:
            self.draw()

    def draw(self) -> None:
        """Write the bar over the previous one."""
        text = self.line()
        pad = " " * max(self._last_len - len(text), 0)
        self._stream.write("\r" + text + pad)
        self._stream.flush()
        self._last_len = len(text)
        self._last_draw = self._clock()

    def close(self) -> None:
        """Erase the bar so the next line starts clean (the next :meth:`advance` draws it again)."""
        if self._last_draw is not None and self._last_len:
            self._stream.write("\r" + " " * self._last_len + "\r")
            self._stream.flush()
            self._last_len = 0
            self._last_draw = None
