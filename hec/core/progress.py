"""A tiny progress bar on stderr, for long jobs (generate, imports, pattern runs). No dependency.

    progress = Progress(total=100_000, label="people")
    for batch in batches:
        ...
        progress.advance(len(batch))
    progress.done()

On a terminal the bar redraws in place (at most ten times a second); when stderr is a file or
a pipe (CI logs) it prints one line per quarter so logs stay short. `Progress(..., quiet=True)`
prints nothing.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    WIDTH = 30

    def __init__(
        self, total: int, label: str, *, stream: TextIO | None = None, quiet: bool = False
    ):
        self.total = max(int(total), 0)
        self.label = label
        self.count = 0
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._last_quarter = -1
        self._finished = False
        self._tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.done()

    @property
    def fraction(self) -> float:
        return 1.0 if self.total == 0 else min(self.count / self.total, 1.0)

    def line(self) -> str:
        filled = int(self.fraction * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        elapsed = time.monotonic() - self.started
        return (
            f"{self.label:<16} [{bar}] {self.count:>9,}/{self.total:,} "
            f"{self.fraction:4.0%} {elapsed:6.1f}s"
        )

    def advance(self, n: int = 1) -> None:
        self.count += n
        if self.quiet:
            return
        now = time.monotonic()
        if self._tty:
            if now - self._last_draw >= 0.1 or self.count >= self.total:
                self._last_draw = now
                self.stream.write("\r" + self.line())
                self.stream.flush()
        else:
            quarter = int(self.fraction * 4)
            if quarter != self._last_quarter and quarter < 4:
                self._last_quarter = quarter
                self.stream.write(self.line() + "\n")
                self.stream.flush()

    def advance_to(self, done: int) -> None:
        """Move the bar to `done`, a running total as background work reports it (never back)."""
        if done > self.count:
            self.advance(done - self.count)

    def done(self) -> None:
        if self._finished:
            return
        self._finished = True
        if self.quiet:
            return
        self.stream.write(("\r" if self._tty else "") + self.line() + "\n")
        self.stream.flush()
