"""Chapter-B samples for the patterns app's URL arguments (registered into tests.url_samples)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SAMPLES: dict[str, Callable[[Any], Any]] = {}
