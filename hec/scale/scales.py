"""Named scales. `national` is the network the product is built for; `tenth` is a tenth of it.

The bench chapter (slug `BENCH_CHAPTER_SLUG`, where the bench users sign in) has the same
number of people at `tenth` and `national`, so comparing a page's latency between the two
measures what the rest of the network costs it: ideally nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

BENCH_CHAPTER_SLUG = "bench-seattle"
BENCH_PASSWORD = "hec-bench-password-not-secret"  # noqa: S105 (documented, local data only)
BENCH_USERS = {
    "leader": "bench.leader@hec.example",
    "member": "bench.member@hec.example",
    "admin": "bench.admin@hec.example",
}


@dataclass(frozen=True)
class Scale:
    name: str
    affiliates: int
    chapters: int
    people: int
    organizations: int
    bench_chapter_people: int
    # One-to-ones and stories (issue 4); the bench chapter's share is fixed like its people.
    meetings: int = 0
    stories: int = 0
    bench_chapter_meetings: int = 0
    bench_chapter_stories: int = 0


SCALES: dict[str, Scale] = {
    s.name: s
    for s in (
        Scale(
            "small",
            affiliates=3,
            chapters=6,
            people=600,
            organizations=60,
            bench_chapter_people=150,
            meetings=6_000,
            stories=1_800,
            bench_chapter_meetings=1_500,
            bench_chapter_stories=450,
        ),
        Scale(
            "tenth",
            affiliates=3,
            chapters=30,
            people=10_000,
            organizations=300,
            bench_chapter_people=1_000,
            meetings=100_000,
            stories=30_000,
            bench_chapter_meetings=10_000,
            bench_chapter_stories=3_000,
        ),
        Scale(
            "national",
            affiliates=30,
            chapters=300,
            people=100_000,
            organizations=3_000,
            bench_chapter_people=1_000,
            meetings=1_000_000,
            stories=300_000,
            bench_chapter_meetings=10_000,
            bench_chapter_stories=3_000,
        ),
    )
}
