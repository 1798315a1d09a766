"""The results chart: a horizontal bar per candidate, drawn on the server as SVG.

Each row is the issue's name on one line and its bar below (online dots, then tallied dots),
so long names never squeeze the bars on a phone. The page also has the same numbers as a
table (the chart's text alternative).
"""

from __future__ import annotations

from dataclasses import dataclass

from hec.priorities.services import Results

WIDTH = 400  # viewBox units; the SVG scales to its container
LABEL_CHARS = 42
ROW = 52  # label line + bar + gap
BAR = 20
BAR_TOP = 22
NUMBER_SPACE = 48


@dataclass(frozen=True)
class Bar:
    y: int
    bar_y: int
    label: str
    online_width: float
    tallied_x: float
    tallied_width: float
    total: int
    total_x: float
    text_y: int


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def bars(board: Results) -> dict[str, object]:
    usable = WIDTH - NUMBER_SPACE
    top = board.top or 1
    rows = []
    for index, row in enumerate(board.rows):
        y = index * ROW
        online = usable * row.online / top
        tallied = usable * row.tallied / top
        rows.append(
            Bar(
                y=y + 16,
                bar_y=y + BAR_TOP,
                label=_short(row.candidate.title),
                online_width=round(online, 1),
                tallied_x=round(online, 1),
                tallied_width=round(tallied, 1),
                total=row.total,
                total_x=round(online + tallied + 6, 1),
                text_y=y + BAR_TOP + 16,
            )
        )
    return {"bars": rows, "width": WIDTH, "bar": BAR, "height": max(ROW * len(rows), ROW)}
