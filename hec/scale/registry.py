"""THE list of generator steps, run in order by `hec generate`.

A later issue adds its models by writing `hec/scale/<thing>.py` with a function
`def generate(ctx: GenContext) -> int` (returns rows made; reads earlier rows from
`ctx.state`, uses `ctx.rng` and `ctx.bulk_create`) and appending `("<thing>", function)` here.
"""

from __future__ import annotations

from collections.abc import Callable

from hec.scale import meetings, network, people, priorities, stories, themes, users
from hec.scale.context import GenContext

Step = Callable[[GenContext], int]

STEPS: list[tuple[str, Step]] = [
    ("affiliates", network.affiliates),
    ("chapters", network.chapters),
    ("organizations", network.organizations),
    ("partnerships", network.partnerships),
    ("people", people.people),
    ("memberships", people.memberships),
    ("bench users", users.bench_users),
    ("meetings", meetings.meetings),
    ("meeting goals", meetings.goals),
    ("sessions", stories.sessions),
    ("attendance", stories.attendance),
    ("stories", stories.stories),
    ("themes", themes.themes),
    ("priorities", priorities.priorities),
]
