"""Pattern runs: which stories a run may use, starting a run as a background task, and
executing it (theme discovery, then `hec.patterns.identity` writes the themes).

Consent decides what a run reads (the rules of `hec.listening.visibility`):

- a chapter run: the chapter's stories with consent chapter, network or public — never a
  private story;
- an affiliate run: the network/public stories of the affiliate's chapters;
- a network run: the network/public stories of every chapter.

Withdrawn stories are never read. Runs read across chapters with `scopes_disabled()`, here
only, and never show a story: they write themes and memberships.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django_scopes import scopes_disabled

from hec.core.permissions import NetworkRole, network_role_can
from hec.listening.models import Consent, Story, StoryCode
from hec.listening.visibility import SHARED_BEYOND_CHAPTER
from hec.patterns import identity
from hec.patterns.models import PatternRun, Scope

logger = logging.getLogger(__name__)

ACTIVE = (PatternRun.Status.QUEUED, PatternRun.Status.RUNNING)
STALE_AFTER = timedelta(hours=3)  # an active run this old was lost (e.g. the worker died)
PROGRESS_EVERY = 0.5  # seconds between progress writes
PROGRESS_TOTAL = 1000  # progress_done counts thousandths of the whole run
CHUNK = 2000
SHARE_SAMPLE = 200  # members coded per theme to estimate category shares
# Stages and the share of the bar each one fills: (start, end) in thousandths.
# (Measured on a national network run: reading 10%, coding 48%, clustering 8%, saving 33%
# of the time.)
STAGES = {
    "loading": (0, 100),
    "coding": (100, 600),
    "clustering": (600, 700),
    "labelling": (700, 710),
    "saving": (710, 1000),
}
ProgressCallback = Callable[[int, int, str], None]


class RunError(ValueError):
    """A run that cannot be started as asked (wrong scope or owner)."""


def _owner(scope: str, chapter: Any, affiliate: Any) -> dict[str, Any]:
    if scope == Scope.CHAPTER and chapter is not None and affiliate is None:
        return {"scope": scope, "chapter": chapter, "affiliate": None}
    if scope == Scope.AFFILIATE and affiliate is not None and chapter is None:
        return {"scope": scope, "chapter": None, "affiliate": affiliate}
    if scope == Scope.NETWORK and chapter is None and affiliate is None:
        return {"scope": scope, "chapter": None, "affiliate": None}
    raise RunError(f"a {scope!r} run needs exactly its own owner")


def run_stories(scope: str, chapter: Any = None, affiliate: Any = None) -> QuerySet[Story]:
    """The stories a run of this scope may read (see the module docstring)."""
    _owner(scope, chapter, affiliate)
    with scopes_disabled():
        stories = Story.objects.filter(withdrawn_at__isnull=True)
        if scope == Scope.CHAPTER:
            return stories.filter(
                chapter=chapter, consent__in=(Consent.CHAPTER, *SHARED_BEYOND_CHAPTER)
            )
        stories = stories.filter(consent__in=SHARED_BEYOND_CHAPTER)
        if scope == Scope.AFFILIATE:
            return stories.filter(chapter__affiliate=affiliate)
        return stories


def runs_of(scope: str, chapter: Any = None, affiliate: Any = None) -> QuerySet[PatternRun]:
    with scopes_disabled():
        return PatternRun.objects.filter(**_owner(scope, chapter, affiliate))


def latest_run(scope: str, chapter: Any = None, affiliate: Any = None) -> PatternRun | None:
    with scopes_disabled():
        return runs_of(scope, chapter, affiliate).order_by("-created_at", "-id").first()


def active_run(scope: str, chapter: Any = None, affiliate: Any = None) -> PatternRun | None:
    """The queued or running run of this scope, if any (lost runs are marked failed)."""
    with scopes_disabled():
        runs = runs_of(scope, chapter, affiliate).filter(status__in=ACTIVE)
        runs.filter(created_at__lt=timezone.now() - STALE_AFTER).update(
            status=PatternRun.Status.FAILED,
            error="No worker finished this run; it was given up.",
            finished_at=timezone.now(),
        )
        return runs.order_by("-created_at", "-id").first()


def create_run(
    scope: str, *, chapter: Any = None, affiliate: Any = None, actor: Any = None
) -> tuple[PatternRun, bool]:
    """A new queued run, or the active one of the same scope (created=False)."""
    owner = _owner(scope, chapter, affiliate)
    with scopes_disabled(), transaction.atomic():
        running = active_run(scope, chapter, affiliate)
        if running is not None:
            return running, False
        run = PatternRun.objects.create(
            **owner,
            started_by=actor if getattr(actor, "is_authenticated", False) else None,
            progress_total=PROGRESS_TOTAL,
        )
    return run, True


def start_run(
    scope: str, chapter: Any = None, affiliate: Any = None, *, actor: Any = None
) -> PatternRun:
    """Queue a run as a background task; while one of this scope is queued or running,
    return that one instead of starting a second."""
    from hec.patterns.tasks import run_patterns

    run, created = create_run(scope, chapter=chapter, affiliate=affiliate, actor=actor)
    if not created:
        return run
    with scopes_disabled():
        try:
            result = run_patterns.enqueue(run.pk)
        except Exception as exc:  # the task backend refused: the run cannot happen
            logger.exception("Could not queue pattern run %s", run.public_id)
            _fail(run, exc)
        else:
            PatternRun.objects.filter(pk=run.pk).update(task_id=str(result.id)[:64])
        run.refresh_from_db()
    return run


class _Reporter:
    """Turns the engine's (stage, done, total) into the run's progress, written at most
    every PROGRESS_EVERY seconds."""

    def __init__(self, run: PatternRun, echo: ProgressCallback | None):
        self.run = run
        self.echo = echo
        self.last = 0.0
        self.done = 0

    def __call__(self, stage: str, done: int, total: int, *, force: bool = False) -> None:
        start, end = STAGES.get(stage, (self.done, self.done))
        units = start + ((end - start) * done // total if total else 0)
        self.done = max(self.done, min(units, PROGRESS_TOTAL))
        step = f"{stage} {done}/{total}"[:120]
        if self.echo is not None:
            self.echo(self.done, PROGRESS_TOTAL, step)
        now = time.monotonic()
        if force or now - self.last >= PROGRESS_EVERY:
            self.last = now
            with scopes_disabled():
                PatternRun.objects.filter(pk=self.run.pk).update(
                    progress_done=self.done, progress_total=PROGRESS_TOTAL, progress_step=step
                )


def _confirmed_categories(stories: QuerySet[Story]) -> dict[int, list[str]]:
    """story pk -> its confirmed categories (in the order they were confirmed)."""
    confirmed: dict[int, list[str]] = {}
    rows = (
        StoryCode.objects.filter(
            kind=StoryCode.Kind.CATEGORY,
            confirmed_at__isnull=False,
            story__in=stories.values("pk"),
        )
        .order_by("story_id", "id")
        .values_list("story_id", "code")
    )
    for story_id, code in rows.iterator(chunk_size=CHUNK):
        confirmed.setdefault(story_id, []).append(code)
    return confirmed


def _text(text: str, lang: str, translation: str, translation_lang: str) -> tuple[str, str | None]:
    """The words the engine reads: a story in a language it does not code is read in its
    translation when there is one in a language it does."""
    from hec.patterns.engine.text import SUPPORTED

    if lang not in SUPPORTED and translation.strip() and translation_lang in SUPPORTED:
        return translation, translation_lang
    return text, (lang if lang in SUPPORTED else None)


COLUMNS = ("pk", "chapter_id", "text", "language", "translation", "translation_language")


def _load(
    stories: QuerySet[Story], confirmed: dict[int, list[str]], report: _Reporter
) -> tuple[list[Any], dict[int, int]]:
    from hec.patterns.engine.themes import ThemeItem

    total = stories.count()
    report("loading", 0, total, force=True)
    items: list[ThemeItem] = []
    chapter_of: dict[int, int] = {}
    rows = stories.order_by("pk").values_list(*COLUMNS).iterator(chunk_size=CHUNK)
    for i, (pk, chapter_id, text, lang, translation, translation_lang) in enumerate(rows, 1):
        words, hint = _text(text, lang, translation, translation_lang)
        items.append(ThemeItem(str(pk), words, hint, confirmed.get(pk)))
        chapter_of[pk] = chapter_id
        if i % CHUNK == 0:
            report("loading", i, total)
    report("loading", total, total)
    return items, chapter_of


def _shares(
    themes: list[Any], stories: QuerySet[Story], confirmed: dict[int, list[str]]
) -> list[list[dict]]:
    """Each theme's categories with the share of its stories coded with them, estimated on
    up to SHARE_SAMPLE members spread over the theme: their confirmed codes, else the
    engine's suggestions stored with the story, else the engine's coding now."""
    from hec.patterns.engine import code_story

    samples = []
    for theme in themes:
        members = sorted(int(m) for m in theme.members)
        step = max(1, len(members) // SHARE_SAMPLE)
        samples.append(members[::step][:SHARE_SAMPLE])
    needed = sorted({pk for sample in samples for pk in sample if pk not in confirmed})
    coded: dict[int, set[str]] = {}
    for i in range(0, len(needed), CHUNK):  # the suggestions stored with the stories...
        suggested = StoryCode.objects.filter(
            story_id__in=needed[i : i + CHUNK], kind=StoryCode.Kind.CATEGORY
        ).values_list("story_id", "code")
        for pk, code in suggested:
            coded.setdefault(pk, set()).add(code)
    missing = [pk for pk in needed if pk not in coded]
    for i in range(0, len(missing), CHUNK):  # ...else the engine codes the story now
        rows = stories.filter(pk__in=missing[i : i + CHUNK]).values_list(*COLUMNS)
        for pk, _chapter, text, lang, translation, translation_lang in rows:
            words, hint = _text(text, lang, translation, translation_lang)
            coded[pk] = {c for c, _score in code_story(words, hint).categories}
    result = []
    for theme, sample in zip(themes, samples, strict=True):
        cats = [set(confirmed[pk]) if pk in confirmed else coded.get(pk, set()) for pk in sample]
        n = len(cats) or 1
        result.append(
            [{"id": c, "share": round(sum(c in s for s in cats) / n, 2)} for c in theme.categories]
        )
    return result


def execute_run(run: PatternRun, *, echo: ProgressCallback | None = None) -> PatternRun:
    """Run a queued run now (what the background task calls; the terminal command and the
    demo call it directly). A failure marks the run failed with a readable error and leaves
    the themes of earlier runs as they were."""
    from hec.patterns.engine import discover_themes

    with scopes_disabled():
        claimed = PatternRun.objects.filter(pk=run.pk, status=PatternRun.Status.QUEUED).update(
            status=PatternRun.Status.RUNNING,
            started_at=timezone.now(),
            progress_done=0,
            progress_total=PROGRESS_TOTAL,
            progress_step="loading",
        )
        run.refresh_from_db()
        if not claimed:  # another worker has it, or it is over
            return run
        report = _Reporter(run, echo)
        try:
            stories = run_stories(run.scope, run.chapter, run.affiliate)
            confirmed = _confirmed_categories(stories)
            items, chapter_of = _load(stories, confirmed, report)
            count = len(items)
            found = discover_themes(items, seed=0, progress=report) if items else []
            del items
            gc.collect()
            report("saving", 0, 2, force=True)
            shares = _shares(found, stories, confirmed)
            themes = [
                identity.FoundTheme(
                    label=t.label,
                    keywords=list(t.keywords),
                    members=[int(m) for m in t.members],
                    representatives=[int(m) for m in t.representatives],
                    categories=share,
                    downstream=list(t.downstream),
                    new_pattern=t.new_pattern,
                )
                for t, share in zip(found, shares, strict=True)
            ]
            del found
            report("saving", 1, 2, force=True)
            with transaction.atomic():
                # Consent may have changed while the run worked: drop stories no longer
                # readable (later changes are handled by hec.patterns.signals).
                readable = set(stories.values_list("pk", flat=True).iterator(chunk_size=CHUNK))
                for theme in themes:
                    theme.members = [m for m in theme.members if m in readable]
                    theme.representatives = [m for m in theme.representatives if m in readable]
                del readable
                outcome = identity.apply(run, themes, chapter_of)
                PatternRun.objects.filter(pk=run.pk).update(
                    status=PatternRun.Status.DONE,
                    finished_at=timezone.now(),
                    stories_count=count,
                    themes_count=len(outcome.themes),
                    progress_done=PROGRESS_TOTAL,
                    progress_step="done",
                    error="",
                )
            try:  # the themes are saved: a failure here must not mark the run failed
                identity.drop_unreadable(run, outcome.themes)  # consent changed while saving
            except Exception:
                logger.exception("Pattern run %s: could not sweep its stories", run.public_id)
            if echo is not None:
                echo(PROGRESS_TOTAL, PROGRESS_TOTAL, "done")
        except Exception as exc:
            logger.exception("Pattern run %s failed", run.public_id)
            _fail(run, exc)
        run.refresh_from_db()
    return run


def _fail(run: PatternRun, exc: BaseException) -> None:
    message = str(exc).strip() or exc.__class__.__name__
    with scopes_disabled():
        PatternRun.objects.filter(pk=run.pk).update(
            status=PatternRun.Status.FAILED,
            finished_at=timezone.now(),
            error=f"{exc.__class__.__name__}: {message}"[:2000],
        )


STEP_LABELS = {
    "loading": gettext_lazy("Reading stories"),
    "coding": gettext_lazy("Coding stories"),
    "clustering": gettext_lazy("Finding themes"),
    "labelling": gettext_lazy("Naming themes"),
    "saving": gettext_lazy("Saving themes"),
    "done": gettext_lazy("Done"),
}


def step_label(run: PatternRun) -> str:
    """The run's current step in words, e.g. "Coding stories (2,000 of 10,000)"."""
    from django.utils.formats import number_format

    if run.status == PatternRun.Status.QUEUED:
        return gettext("Waiting for a worker to start the run")
    stage, _sep, counts = run.progress_step.partition(" ")
    label = str(STEP_LABELS[stage]) if stage in STEP_LABELS else gettext("Working")
    done, _slash, total = counts.partition("/")
    if stage in ("loading", "coding") and done.isdigit() and total.isdigit() and int(total):
        return gettext("%(step)s (%(done)s of %(total)s)") % {
            "step": label,
            "done": number_format(int(done), force_grouping=True),
            "total": number_format(int(total), force_grouping=True),
        }
    return label


def can_run_network(user: Any, scope: str, affiliate: Any = None) -> bool:
    """Network admins run network and affiliate runs; an affiliate organizer runs only
    their own affiliate's."""
    if not (
        getattr(user, "is_authenticated", False)
        and user.is_active
        and network_role_can(user.network_role, "network.patterns.run")
    ):
        return False
    if user.network_role == NetworkRole.NETWORK_ADMIN:
        return scope in (Scope.NETWORK, Scope.AFFILIATE)
    return scope == Scope.AFFILIATE and affiliate is not None and affiliate.pk == user.affiliate_id


def visible_network_runs(user: Any) -> QuerySet[PatternRun]:
    """Affiliate/network runs a network user may look at."""
    with scopes_disabled():
        runs = PatternRun.objects.exclude(scope=Scope.CHAPTER).select_related("affiliate")
        if getattr(user, "network_role", "") == NetworkRole.NETWORK_ADMIN:
            return runs
        return runs.filter(scope=Scope.AFFILIATE, affiliate_id=user.affiliate_id)
