"""What generator steps share: the scale, a per-step seeded random source, and the rows made
by earlier steps (`ctx.state`)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from hec.core.ids import ALPHABET, LENGTH
from hec.core.progress import Progress
from hec.scale.scales import Scale

# Fixed "today" of the generated world: the data does not depend on when it was generated.
BASE_DATE = date(2026, 9, 1)
BASE_TIME = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


@dataclass
class GenContext:
    scale: Scale
    seed: int
    batch_size: int = 2_000
    quiet: bool = False
    state: dict[str, Any] = field(default_factory=dict)
    rng: random.Random = field(default_factory=random.Random)

    def for_step(self, name: str) -> GenContext:
        """Each step gets its own random source, so adding a step never changes the others."""
        self.rng = random.Random(f"{self.seed}:{name}")
        return self

    def public_id(self) -> str:
        return "".join(self.rng.choices(ALPHABET, k=LENGTH))

    def progress(self, total: int, label: str) -> Progress:
        return Progress(total, label, quiet=self.quiet)

    def bulk_create(self, model: Any, objs: list[Any], label: str) -> list[Any]:
        """Insert in batches with a progress bar; returns the saved objects (with pks)."""
        saved: list[Any] = []
        with self.progress(len(objs), label) as bar:
            for start in range(0, len(objs), self.batch_size):
                batch = objs[start : start + self.batch_size]
                saved.extend(model.objects.bulk_create(batch, batch_size=self.batch_size))
                bar.advance(len(batch))
        return saved
