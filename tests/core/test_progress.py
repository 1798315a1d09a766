"""The terminal progress line follows running totals reported by background work."""

from __future__ import annotations

import io

from hec.core.progress import Progress


def test_advance_to_follows_a_running_total_and_never_goes_back():
    out = io.StringIO()
    bar = Progress(10, "patterns", stream=out)
    bar.advance_to(4)
    bar.advance_to(3)  # a late, smaller report
    assert bar.count == 4
    bar.advance_to(10)
    bar.done()
    assert bar.count == 10
    assert out.getvalue().splitlines()[-1].startswith("patterns")
    assert "10/10 100%" in out.getvalue().splitlines()[-1]
