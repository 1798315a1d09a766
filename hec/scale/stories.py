"""Generator steps: listening sessions with attendance, and stories with their consent
history and codes (texts recombined from `hec.scale.fragments`, in English and Spanish).

Stories are inserted a batch at a time; each batch's consent rows and codes follow it. The
full-text index is kept in sync by the database (see `hec.listening.search`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from hec.listening.models import Attendance, ConsentChange, ListeningSession, Story, StoryCode
from hec.patterns.engine import CATEGORY_IDS, DOWNSTREAM
from hec.scale.context import BASE_DATE, BASE_TIME, GenContext
from hec.scale.fragments import CATEGORY, CLOSERS, EFFECT, OPENERS
from hec.scale.meetings import (
    BATCH,
    MAX_AGE_DAYS,
    STORY_FROM_MEETING,
    by_chapter,
    insert,
    organizers,
    shares,
)

STORIES_PER_SESSION = 6
FROM_SESSION = 0.85  # of the stories not told in a one-to-one
CONSENTS = ["chapter", "network", "public", "private"]
CONSENT_CUM = list(itertools.accumulate([58, 20, 8, 14]))
METHODS = ["verbal"] * 7 + ["written"] * 2 + ["digital"]
# Some pressures come up far more often than others.
CATEGORY_CUM = list(
    itertools.accumulate([14, 9, 6, 12, 6, 5, 6, 5, 4, 3, 5, 12, 3, 4, 3, 7][: len(CATEGORY_IDS)])
)
EFFECT_IDS = list(DOWNSTREAM)
EFFECT_CUM = list(itertools.accumulate([14, 7, 8, 6, 4, 16, 5, 6, 5, 2, 4][: len(EFFECT_IDS)]))
AGE_BANDS = ["teens", "20s", "30s", "40s", "50s", "60s", "70s", "80s"]
SESSION_PLACES = [
    "church hall",
    "community center",
    "union hall",
    "public library meeting room",
    "school cafeteria",
    "a member's living room",
    "clinic waiting room, after hours",
]


def _days() -> list[timedelta]:
    return [timedelta(days=d) for d in range(MAX_AGE_DAYS + 60)]


def sessions(ctx: GenContext) -> int:
    """Listening sessions: about one per six stories, hosted by members, often at partners."""
    scale = ctx.scale
    rng = ctx.rng
    days = _days()
    from_meetings = STORY_FROM_MEETING if scale.meetings else 0.0
    share = (1 - from_meetings) * FROM_SESSION / STORIES_PER_SESSION
    counts = shares(ctx, int(scale.stories * share), int(scale.bench_chapter_stories * share))
    rows: list[ListeningSession] = []
    for chapter in ctx.state["chapters"]:
        people = by_chapter(ctx)[chapter.pk]
        if not people:
            continue
        hosts, cum = organizers(ctx, people)
        orgs = ctx.state.get("chapter_orgs", {}).get(chapter.pk) or [None]
        for host in rng.choices(hosts, cum_weights=cum, k=counts[chapter.pk]):
            org = rng.choice(orgs) if rng.random() < 0.6 else None
            spanish = rng.random() < 0.3
            place = org.name if org is not None else rng.choice(SESSION_PLACES)
            title = ("Reunión de escucha: " if spanish else "House meeting: ") + place
            rows.append(
                ListeningSession(
                    public_id=ctx.public_id(),
                    chapter_id=chapter.pk,
                    title=title[:200],
                    host_id=host.pk,
                    organization=org,
                    held_on=BASE_DATE - days[min(int(rng.expovariate(1 / 200)), MAX_AGE_DAYS)],
                    place=place[:200],
                    language="es" if spanish else "en",
                    created_at=BASE_TIME,
                )
            )
    ctx.state["sessions"] = rows
    return insert(ctx, ListeningSession, rows, len(rows), "sessions")


def attendance(ctx: GenContext) -> int:
    """Who came: four to fourteen people of the chapter per session."""
    rng = ctx.rng
    by: dict[int, list[tuple[int, Any, str, list[int]]]] = {}
    rows: list[Attendance] = []
    for s in ctx.state.pop("sessions"):
        people = by_chapter(ctx)[s.chapter_id]
        present = rng.sample(people, min(len(people), rng.randint(4, 14)))
        rows += [
            Attendance(chapter_id=s.chapter_id, session_id=s.pk, person_id=p.pk) for p in present
        ]
        by.setdefault(s.chapter_id, []).append(
            (s.pk, s.held_on, s.language, [p.pk for p in present])
        )
    ctx.state["sessions_by_chapter"] = by
    return insert(ctx, Attendance, rows, len(rows), "attendance")


def text(rng: Any, language: str, categories: list[str], effects: list[str]) -> tuple[str, str]:
    """A story in `language` and, in parallel, the same sentences in English."""
    picks: list[tuple[dict[str, list[str]], int]] = [(OPENERS, rng.randrange(len(OPENERS["en"])))]
    for c in categories:
        picks.append((CATEGORY[c], rng.randrange(len(CATEGORY[c]["en"]))))
    for e in effects:
        picks.append((EFFECT[e], rng.randrange(len(EFFECT[e]["en"]))))
    picks.append((CLOSERS, rng.randrange(len(CLOSERS["en"]))))

    def join(lang: str) -> str:
        return " ".join(s for table, i in picks if (s := table[lang][i]))

    return join(language), (join("en") if language != "en" else "")


def _stories(ctx: GenContext, counts: dict[int, int]) -> Iterator[tuple[Story, list, list]]:
    rng = ctx.rng
    random = rng.random
    days = _days()
    meetings_by: dict[int, list[tuple]] = {}
    for m in ctx.state.get("story_meetings", []):
        meetings_by.setdefault(m[1], []).append(m)
    sessions_by = ctx.state.get("sessions_by_chapter", {})
    for chapter in ctx.state["chapters"]:
        people = by_chapter(ctx)[chapter.pk]
        if not people:
            continue
        collectors, cum = organizers(ctx, people)
        told = meetings_by.get(chapter.pk, [])
        own = sessions_by.get(chapter.pk, [])
        communities = sorted({p.home_community for p in people if p.home_community}) or ["—"]
        for k in range(max(counts[chapter.pk], len(told))):
            session_id = meeting_id = teller_id = None
            if k < len(told):
                meeting_id, _c, collector_id, teller_id, told_on = told[k]
                language = "es" if random() < 0.3 else "en"
            elif own and random() < FROM_SESSION:
                session_id, told_on, language, present = rng.choice(own)
                collector_id = rng.choice(collectors).pk
                teller_id = rng.choice(present) if random() < 0.4 else None
            else:
                collector_id = rng.choices(collectors, cum_weights=cum)[0].pk
                told_on = BASE_DATE - days[min(int(rng.expovariate(1 / 200)), MAX_AGE_DAYS)]
                language = "es" if random() < 0.3 else "en"
                teller_id = rng.choice(people).pk if random() < 0.3 else None
            if teller_id == collector_id:
                teller_id = None
            categories = list(
                dict.fromkeys(
                    rng.choices(CATEGORY_IDS, cum_weights=CATEGORY_CUM, k=rng.choice([1, 1, 2, 3]))
                )
            )
            effects = list(
                dict.fromkeys(rng.choices(EFFECT_IDS, cum_weights=EFFECT_CUM, k=rng.randint(0, 2)))
            )
            words, english = text(rng, language, categories, effects)
            consent = rng.choices(CONSENTS, cum_weights=CONSENT_CUM)[0]
            translated = bool(english) and random() < 0.3
            story = Story(
                public_id=ctx.public_id(),
                chapter_id=chapter.pk,
                text=words,
                language=language,
                translation=english if translated else "",
                translation_language="en" if translated else "",
                teller_id=teller_id,
                teller_descriptor=""
                if teller_id
                else f"{rng.choice(AGE_BANDS)}, {rng.choice(communities)}",
                collector_id=collector_id,
                session_id=session_id,
                meeting_id=meeting_id,
                consent=consent,
                consent_method=rng.choice(METHODS),
                consent_given_on=told_on,
                told_on=told_on,
                created_at=BASE_TIME - (BASE_DATE - told_on),
            )
            if random() < 0.01:
                story.withdrawn_at = BASE_TIME - timedelta(days=rng.randint(0, 60))
            yield story, categories, effects


def _history(ctx: GenContext, story: Story) -> list[ConsentChange]:
    """The consent given at recording, sometimes a later change, and any withdrawal."""
    at = BASE_TIME - (BASE_DATE - story.told_on)
    rows = [
        ConsentChange(
            chapter_id=story.chapter_id,
            story_id=story.pk,
            to_level=story.consent,
            method=story.consent_method,
            changed_at=at,
        )
    ]
    if ctx.rng.random() < 0.03:  # widened or narrowed later: the first row gets the old level
        before = ctx.rng.choice([c for c in CONSENTS if c != story.consent])
        rows[0].to_level = before
        rows.append(
            ConsentChange(
                chapter_id=story.chapter_id,
                story_id=story.pk,
                from_level=before,
                to_level=story.consent,
                method=story.consent_method,
                changed_at=at + timedelta(days=ctx.rng.randint(1, 30)),
            )
        )
    if story.withdrawn_at is not None:
        rows.append(
            ConsentChange(
                chapter_id=story.chapter_id,
                story_id=story.pk,
                from_level=story.consent,
                to_level="withdrawn",
                method=story.consent_method,
                changed_at=story.withdrawn_at,
            )
        )
    return rows


def _codes(ctx: GenContext, story: Story, categories: list[str], effects: list[str]) -> list:
    """Most stories are coded (confirmed); some only carry the engine's suggestions."""
    confirmed = ctx.rng.random() < 0.85
    at = BASE_TIME - (BASE_DATE - story.told_on) if confirmed else None
    score = None if confirmed else round(ctx.rng.uniform(0.3, 0.95), 2)
    kinds = [("category", c) for c in categories] + [("effect", e) for e in effects]
    return [
        StoryCode(
            chapter_id=story.chapter_id,
            story_id=story.pk,
            kind=kind,
            code=code,
            confirmed_at=at,
            suggested_score=score,
        )
        for kind, code in kinds
    ]


def stories(ctx: GenContext) -> int:
    scale = ctx.scale
    counts = shares(ctx, scale.stories, scale.bench_chapter_stories)
    rows = _stories(ctx, counts)
    n = n_history = n_codes = 0
    with ctx.progress(scale.stories, "stories") as bar:
        while batch := list(itertools.islice(rows, BATCH // 2)):
            made = Story.objects.bulk_create([s for s, _c, _e in batch], batch_size=BATCH)
            history: list[ConsentChange] = []
            codes: list[StoryCode] = []
            for story, (_s, categories, effects) in zip(made, batch, strict=True):
                history += _history(ctx, story)
                codes += _codes(ctx, story, categories, effects)
            ConsentChange.objects.bulk_create(history, batch_size=BATCH)
            StoryCode.objects.bulk_create(codes, batch_size=BATCH)
            n, n_history, n_codes = n + len(made), n_history + len(history), n_codes + len(codes)
            bar.advance(len(made))
    ctx.state["story_rows"] = {"consent changes": n_history, "codes": n_codes}
    return n
