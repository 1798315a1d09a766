"""A theme keeps its identity across runs.

Each theme a run finds is matched to an existing `Theme` of the same scope and owner by the
stories they share (Jaccard overlap, best pairs first, each found theme and each existing
theme used once). Then:

- matched: the theme keeps its id; its label follows the engine's new label unless a person
  renamed it (`label_edited`); a retired theme found again is brought back;
- a theme merged into another (`merged_into`) hands its match on to the survivor, so stories
  found again in the merged theme go to the survivor;
- found but unmatched: a new `Theme`;
- existing but not found again: retired (`retired_at`), never deleted; it keeps its last
  memberships, so a later run can recognise it and bring it back. A theme holding stories
  people placed (pinned rows) is not retired.

A run writes only stories its scope may read (`hec.patterns.runs.run_stories`: for network
and affiliate runs, stories shared beyond their chapter and not withdrawn), and
`hec.patterns.signals` takes a story out when its consent no longer allows it, so a network
or affiliate theme holds only shared stories: its stored counts (`refresh_counts`) are what
the network pages show.

Pinned `ThemeStory` rows (placed by a merge or a split) stay where they are and their stories
are not placed anywhere else by a run. Every other membership of the scope's live themes is
replaced in bulk. The caller runs `apply` inside one transaction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django_scopes import scopes_disabled

from hec.listening.models import Consent
from hec.listening.visibility import SHARED_BEYOND_CHAPTER
from hec.patterns.counts import refresh_counts
from hec.patterns.engine.themes import theme_label
from hec.patterns.models import PatternRun, Scope, Theme, ThemeStory

MATCH_MIN = 0.3  # Jaccard overlap from which a found theme is the same theme as before
MIN_NEW_THEME = 3  # a found theme left with fewer free stories than this creates no theme
BATCH = 2000
DESCRIBED = (
    "label",
    "auto_label",
    "keywords",
    "categories",
    "downstream",
    "is_new_pattern",
    "retired_at",
    "last_run",
)
REPRESENTATIVE_SCORE = 1.0
MEMBER_SCORE = 0.5


@dataclass
class FoundTheme:
    """One theme from the engine, with story primary keys and category shares."""

    label: str
    keywords: list[str]
    members: list[int]
    representatives: list[int]
    categories: list[dict]  # [{"id": ..., "share": ...}]
    downstream: list[str] = field(default_factory=list)
    new_pattern: bool = False


@dataclass
class Outcome:
    themes: list[Theme]  # live themes written by this run (matched or new)
    created: int
    retired: int
    stories: int  # memberships written by this run (pinned ones not counted)


def scope_themes(run: PatternRun):
    """Every theme of the run's scope and owner (retired and merged ones included)."""
    return Theme.objects.filter(scope=run.scope, chapter=run.chapter, affiliate=run.affiliate)


def survivor(theme: Theme, by_pk: dict[int, Theme]) -> Theme:
    """Follow `merged_into` to the theme that lives on (guarding against cycles)."""
    seen = {theme.pk}
    while theme.merged_into_id and theme.merged_into_id in by_pk:
        theme = by_pk[theme.merged_into_id]
        if theme.pk in seen:
            break
        seen.add(theme.pk)
    return theme


def match(
    found: list[set[int]], existing: dict[int, set[int]], minimum: float = MATCH_MIN
) -> dict[int, int]:
    """found index -> existing theme pk, greedy best Jaccard first (ties: order, then pk)."""
    found_of: dict[int, int] = {}
    for i, members in enumerate(found):
        for story in members:
            found_of[story] = i
    pairs: list[tuple[float, int, int]] = []
    for pk, members in existing.items():
        if not members:
            continue
        shared = Counter(found_of[s] for s in members if s in found_of)
        for i, inter in shared.items():
            jaccard = inter / (len(found[i]) + len(members) - inter)
            if jaccard >= minimum:
                pairs.append((-jaccard, i, pk))
    pairs.sort()
    result: dict[int, int] = {}
    used: set[int] = set()
    for _neg, i, pk in pairs:
        if i in result or pk in used:
            continue
        result[i] = pk
        used.add(pk)
    return result


def apply(run: PatternRun, found: list[FoundTheme], chapter_of: dict[int, int]) -> Outcome:
    """Write the run's themes, keeping identities (call inside a transaction)."""
    now = timezone.now()
    with scopes_disabled():
        themes = list(scope_themes(run))
        by_pk = {t.pk: t for t in themes}
        members: dict[int, set[int]] = defaultdict(set)
        pinned_in: dict[int, int] = {}  # story -> theme holding it pinned
        for theme_id, story_id, pinned in (
            ThemeStory.objects.filter(theme__in=themes)
            .values_list("theme_id", "story_id", "pinned")
            .iterator(chunk_size=BATCH)
        ):
            members[theme_id].add(story_id)
            if pinned and by_pk[theme_id].merged_into_id is None:
                pinned_in[story_id] = theme_id

        found_sets = [set(f.members) for f in found]
        matched = match(found_sets, members)
        del members

        target_of: dict[int, Theme] = {}  # found index -> theme to write
        fresh: list[Theme] = []
        for i, f in enumerate(found):
            if i in matched:
                target_of[i] = survivor(by_pk[matched[i]], by_pk)
            elif sum(1 for s in f.members if s not in pinned_in) >= MIN_NEW_THEME:
                theme = Theme(
                    scope=run.scope,
                    chapter=run.chapter,
                    affiliate=run.affiliate,
                    label=f.label[:160],
                    auto_label=f.label[:160],
                    first_run=run,
                    last_run=run,
                )
                fresh.append(theme)
                target_of[i] = theme
        Theme.objects.bulk_create(fresh, batch_size=BATCH)

        # Describe each target from the first (best) found theme that reaches it.
        described: set[int] = set()
        placed: dict[int, set[int]] = defaultdict(set)  # theme pk -> stories placed by run
        reps: dict[int, set[int]] = defaultdict(set)
        for i, theme in target_of.items():
            f = found[i]
            free = [s for s in f.members if s not in pinned_in]
            placed[theme.pk].update(free)
            reps[theme.pk].update(s for s in f.representatives if s not in pinned_in)
            if theme.pk in described:
                continue
            described.add(theme.pk)
            theme.auto_label = f.label[:160]
            if not theme.label_edited:
                theme.label = theme.auto_label
            theme.keywords = list(f.keywords)
            theme.categories = list(f.categories)
            theme.downstream = list(f.downstream)
            theme.is_new_pattern = bool(f.new_pattern)
            theme.retired_at = None
            theme.last_run = run
        live = {t.pk: t for t in target_of.values()}

        holders = set(pinned_in.values())
        retired = 0
        for theme in themes:
            if theme.pk in live or theme.merged_into_id is not None:
                continue
            if theme.pk in holders:
                live.setdefault(theme.pk, theme)  # keeps its pinned stories, loses the rest
            elif theme.retired_at is None:
                theme.retired_at = now
                retired += 1
        # One small UPDATE per theme (bulk_update's CASE expressions cost more than this).
        for theme in [*live.values(), *(t for t in themes if t.pk not in live)]:
            if theme.pk in live or theme.retired_at == now:
                Theme.objects.filter(pk=theme.pk).update(
                    **{f: getattr(theme, f) for f in DESCRIBED}, updated_at=now
                )

        # Replace the live themes' memberships the run decides (pinned rows stay).
        ThemeStory.objects.filter(theme_id__in=list(live), pinned=False).delete()
        written = 0
        batch: list[ThemeStory] = []
        for pk, stories in placed.items():
            for story in sorted(stories):
                rep = story in reps[pk]
                batch.append(
                    ThemeStory(
                        theme_id=pk,
                        story_id=story,
                        chapter_id=chapter_of[story],
                        score=REPRESENTATIVE_SCORE if rep else MEMBER_SCORE,
                        representative=rep,
                        run=run,
                    )
                )
                if len(batch) >= BATCH:
                    ThemeStory.objects.bulk_create(batch, batch_size=BATCH)
                    written += len(batch)
                    batch = []
        ThemeStory.objects.bulk_create(batch, batch_size=BATCH)
        written += len(batch)
        refresh_counts(live)
    return Outcome(themes=list(live.values()), created=len(fresh), retired=retired, stories=written)


def drop_unreadable(run: PatternRun, themes: list[Theme]) -> list[int]:
    """After a run is saved: the memberships it wrote whose story its scope may no longer read
    leave, and those themes are recounted. The run kept only readable stories, but a consent
    change committed while it was saving may have missed its uncommitted rows; this keeps
    `forget_story`'s rule (and so the stored counts the network pages read) true."""
    gone = Q(story__withdrawn_at__isnull=False) | Q(story__consent=Consent.PRIVATE)
    if run.scope != Scope.CHAPTER:
        gone |= ~Q(story__consent__in=SHARED_BEYOND_CHAPTER)
    with scopes_disabled():
        rows = ThemeStory.objects.filter(theme__in=[t.pk for t in themes], run=run).filter(gone)
        theme_ids = sorted(set(rows.values_list("theme_id", flat=True)))
        if theme_ids:
            ThemeStory.objects.filter(pk__in=list(rows.values_list("pk", flat=True))).delete()
            refresh_counts(theme_ids)
            for theme in Theme.objects.filter(pk__in=theme_ids):
                drop_words_of_gone_stories(theme)
    return theme_ids


def forget_story(story_id: int, *, beyond_chapter_only: bool = False) -> list[int]:
    """Remove a story from themes (all, or only affiliate/network ones); recount them."""
    with scopes_disabled():
        rows = ThemeStory.objects.filter(story_id=story_id)
        if beyond_chapter_only:
            rows = rows.filter(~Q(theme__scope=Scope.CHAPTER))
        theme_ids = list(rows.values_list("theme_id", flat=True))
        if theme_ids:
            ThemeStory.objects.filter(story_id=story_id, theme_id__in=theme_ids).delete()
            refresh_counts(theme_ids)
            for theme in Theme.objects.filter(pk__in=theme_ids):
                drop_words_of_gone_stories(theme)
    return theme_ids


def drop_words_of_gone_stories(theme: Theme) -> None:
    """A withdrawn story's words leave the theme with it: keywords no remaining story uses are
    dropped, and an engine label that used one is rebuilt from what remains."""
    texts = ThemeStory.objects.filter(theme=theme, story__withdrawn_at=None).values_list(
        "story__text", "story__translation"
    )
    remaining = " ".join(f"{text} {translation}" for text, translation in texts).casefold()
    kept = [  # a keyword may be a pair of words; each must still be in some story
        word
        for word in theme.keywords
        if all(part in remaining for part in str(word).casefold().split())
    ]
    if kept == theme.keywords:
        return
    gone = [str(word).casefold() for word in theme.keywords if word not in kept]
    theme.keywords = kept
    fields = ["keywords", "updated_at"]
    if any(word in theme.auto_label.casefold() for word in gone):
        top = theme.categories[0]["id"] if theme.categories else None
        theme.auto_label = theme_label(top, kept[:1])
        fields.append("auto_label")
        if not theme.label_edited:
            theme.label = theme.auto_label
            fields.append("label")
    theme.save(update_fields=fields)
