"""Demo world steps for the patterns app (appended to hec.demo.world.STEPS)."""

from __future__ import annotations

from collections.abc import Callable

STEPS: list[tuple[str, Callable[[], None]]] = []
