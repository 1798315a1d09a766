"""Write functions for shared priorities, and the results of an assembly.

Keyword-only, one transaction each, validated (bad input raises `ValidationError` with a
message per field), audited. Objects are checked against the chapter explicitly, so the
functions are safe inside a chapter scope and in the demo builder (scopes disabled).
Who may read a story behind an issue is decided by `hec.listening.visibility` only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hec.core import audit
from hec.core.tenancy import ChapterAccess, access_for
from hec.listening.models import Story
from hec.listening.visibility import chapter_stories
from hec.patterns.models import Scope, Theme, ThemeStory
from hec.priorities.models import MAX_DOTS_PER_VOTER, Assembly, CandidateIssue, Dot, Tally

TITLE_MAX = 200
MAX_TALLY = 100_000
THEME_STORIES = 3  # representative stories pulled from a theme


def _user(actor: Any) -> Any:
    return actor if getattr(actor, "is_authenticated", False) else None


def chapter_themes(chapter: Any) -> Any:
    """The chapter's own live themes (not affiliate or network ones), largest first."""
    return Theme.objects.filter(
        scope=Scope.CHAPTER, chapter=chapter, merged_into__isnull=True, retired_at__isnull=True
    ).order_by("-size", "label")


# --- candidate issues --------------------------------------------------------------------


def theme_summary(theme: Theme) -> str:
    """A first description for an issue made from a theme: its words and categories."""
    from hec.listening.taxonomy import CATEGORY_LABELS

    parts = []
    if theme.keywords:
        parts.append(_("Words people used: %(words)s.") % {"words": ", ".join(theme.keywords[:8])})
    labels = [
        str(CATEGORY_LABELS.get(c.get("id", ""), c.get("id", "")))
        for c in theme.categories[:3]
        if isinstance(c, dict)
    ]
    if labels:
        parts.append(_("Categories: %(names)s.") % {"names": "; ".join(labels)})
    if theme.size:
        tellers = theme.tellers or theme.size
        parts.append(
            ngettext(
                "%(n)s stories from %(tellers)s teller.",
                "%(n)s stories from %(tellers)s tellers.",
                tellers,
            )
            % {"n": theme.size, "tellers": tellers}
        )
    return " ".join(parts)


def theme_stories(theme: Theme, access: ChapterAccess, limit: int = THEME_STORIES) -> list[Story]:
    """The theme's representative stories (best first) that `access` may read; when it has
    fewer readable representatives, its other readable members by score."""
    readable = chapter_stories(access)
    rows = (
        ThemeStory.objects.filter(theme=theme, chapter=access.chapter, story__in=readable)
        .select_related("story")
        .order_by("-representative", "-score", "id")
    )
    return [row.story for row in rows[:limit]]


def _validate_issue(
    chapter: Any, title: str, themes: list[Theme], stories: list[Story]
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = _("Name the issue.")
    elif len(title) > TITLE_MAX:
        errors["title"] = _("Keep the issue's name under 200 characters.")
    if any(t.scope != Scope.CHAPTER or t.chapter_id != chapter.pk for t in themes):
        errors["themes"] = _("Choose themes of this chapter.")
    if any(s.chapter_id != chapter.pk or s.withdrawn_at is not None for s in stories):
        errors["stories"] = _("Choose stories of this chapter.")
    return errors


@transaction.atomic
def candidate_create(
    *,
    chapter: Any,
    actor: Any,
    title: str,
    description: str = "",
    themes: Iterable[Theme] = (),
    stories: Iterable[Story] = (),
) -> CandidateIssue:
    title = (title or "").strip()
    themes, stories = list(themes), list(stories)
    errors = _validate_issue(chapter, title, themes, stories)
    if errors:
        raise ValidationError(errors)
    issue = CandidateIssue.objects.create(
        chapter=chapter,
        title=title,
        description=(description or "").strip(),
        created_by=_user(actor),
    )
    issue.themes.set(themes)
    issue.stories.set(stories)
    audit.record(
        "chapter.priorities.candidate_created",
        actor=actor,
        chapter=chapter,
        obj=issue,
        summary=title,
        data={"themes": [t.public_id for t in themes], "stories": len(stories)},
    )
    return issue


def candidate_from_theme(
    *,
    theme: Theme,
    actor: Any,
    access: ChapterAccess,
    title: str | None = None,
    description: str | None = None,
) -> CandidateIssue:
    """A candidate issue made from a theme: its label and a summary of its words and
    categories (unless given), and the representative stories `access` may read."""
    if theme.scope != Scope.CHAPTER or theme.chapter_id != access.chapter.pk:
        raise ValidationError({"themes": _("Choose a theme of this chapter.")})
    return candidate_create(
        chapter=access.chapter,
        actor=actor,
        title=theme.name if title is None else title,
        description=theme_summary(theme) if description is None else description,
        themes=[theme],
        stories=theme_stories(theme, access),
    )


@transaction.atomic
def candidate_set_status(*, issue: CandidateIssue, actor: Any, status: str) -> CandidateIssue:
    """Set an issue aside, or bring it back as a candidate (choosing happens in an
    assembly)."""
    allowed = (CandidateIssue.Status.CANDIDATE, CandidateIssue.Status.SET_ASIDE)
    if status not in allowed or issue.status == CandidateIssue.Status.CHOSEN:
        raise ValidationError({"status": _("An issue can be set aside or made a candidate.")})
    if issue.status != status:
        issue.status = status
        issue.save(update_fields=["status"])
        audit.record(
            "chapter.priorities.candidate_status",
            actor=actor,
            chapter=issue.chapter,
            obj=issue,
            summary=f"{issue.title[:80]}: {status}",
        )
    return issue


# --- assemblies ----------------------------------------------------------------------------


@transaction.atomic
def assembly_create(
    *,
    chapter: Any,
    actor: Any,
    title: str,
    held_on: date | None = None,
    dots_per_voter: int | None = 3,
    candidates: Iterable[CandidateIssue] = (),
) -> Assembly:
    title = (title or "").strip()
    candidates = list(dict.fromkeys(candidates))
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = _("Give the assembly a title.")
    elif len(title) > TITLE_MAX:
        errors["title"] = _("Keep the title under 200 characters.")
    if held_on is None:
        errors["held_on"] = _("Give the date of the assembly.")
    if dots_per_voter is None or not 1 <= dots_per_voter <= MAX_DOTS_PER_VOTER:
        errors["dots_per_voter"] = _("Give each voter between 1 and 10 dots.")
    if len(candidates) < 2:
        errors["candidates"] = _("Choose at least two candidate issues to vote on.")
    elif any(
        c.chapter_id != chapter.pk or c.status != CandidateIssue.Status.CANDIDATE
        for c in candidates
    ):
        errors["candidates"] = _("Choose open candidate issues of this chapter.")
    if errors:
        raise ValidationError(errors)
    assert held_on is not None and dots_per_voter is not None
    assembly = Assembly.objects.create(
        chapter=chapter,
        title=title,
        held_on=held_on,
        dots_per_voter=dots_per_voter,
        created_by=_user(actor),
    )
    assembly.candidates.set(candidates)
    audit.record(
        "chapter.priorities.assembly_created",
        actor=actor,
        chapter=chapter,
        obj=assembly,
        summary=title,
        data={"candidates": [c.public_id for c in candidates], "dots": dots_per_voter},
    )
    return assembly


def _locked_open(assembly: Assembly, field: str) -> Assembly:
    """The assembly re-read under a row lock (so closing and voting never interleave);
    refused when it is closed."""
    locked = Assembly.objects.select_for_update().get(pk=assembly.pk)
    if not locked.is_open:
        raise ValidationError({field: _("This assembly is closed: voting has ended.")})
    return locked


def _candidate_key(key: Any) -> str:
    return str(getattr(key, "public_id", key))


@transaction.atomic
def cast_dots(*, assembly: Assembly, voter: Any, allocation: Mapping[Any, Any]) -> list[Dot]:
    """Replace the voter's dots in this assembly with `allocation` ({candidate or its public
    id: dots}). Zero removes; the total may not exceed the assembly's dots per voter."""
    if _user(voter) is None:
        raise ValidationError({"voter": _("Sign in to vote.")})
    access = access_for(voter, assembly.chapter.slug)
    if access is None or not access.can("priorities.vote"):
        raise ValidationError({"voter": _("Only the chapter's members and partners vote here.")})
    assembly = _locked_open(assembly, "dots")
    candidates = {c.public_id: c for c in assembly.candidates.all()}
    wanted: dict[str, int] = {}
    errors: dict[str, str] = {}
    for key, value in allocation.items():
        public_id = _candidate_key(key)
        if public_id not in candidates:
            errors["dots"] = _("One of the issues is not on this assembly's ballot.")
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                value = int(str(value).strip() or 0)
            except ValueError:
                errors[public_id] = _("Give a whole number of dots.")
                continue
        if value < 0:
            errors[public_id] = _("Dots cannot be negative.")
            continue
        wanted[public_id] = wanted.get(public_id, 0) + value
    total = sum(wanted.values())
    if not errors and total > assembly.dots_per_voter:
        errors["dots"] = _("You have %(n)s dots to give; you gave %(total)s.") % {
            "n": assembly.dots_per_voter,
            "total": total,
        }
    if errors:
        raise ValidationError(errors)
    Dot.objects.filter(assembly=assembly, voter=voter).delete()
    now = timezone.now()
    dots = Dot.objects.bulk_create(
        Dot(
            chapter_id=assembly.chapter_id,
            assembly=assembly,
            candidate=candidates[public_id],
            voter=voter,
            dots=count,
            cast_at=now,
        )
        for public_id, count in wanted.items()
        if count > 0
    )
    audit.record(
        "chapter.priorities.dots_cast",
        actor=voter,
        chapter=assembly.chapter,
        obj=assembly,
        summary=assembly.title[:100],
        data={"dots": {k: v for k, v in wanted.items() if v}},
    )
    return dots


def dots_of(assembly: Assembly, voter: Any) -> dict[str, int]:
    """The voter's current dots in this assembly, by candidate public id."""
    if _user(voter) is None:
        return {}
    return dict(
        Dot.objects.filter(assembly=assembly, voter=voter).values_list(
            "candidate__public_id", "dots"
        )
    )


@transaction.atomic
def enter_tally(
    *,
    assembly: Assembly,
    actor: Any,
    candidate: CandidateIssue | None,
    dots: int | None,
    note: str = "",
) -> Tally:
    """Dots counted in the room or on paper for one candidate, added to the results."""
    errors: dict[str, str] = {}
    if candidate is None or not assembly.candidates.filter(pk=candidate.pk).exists():
        errors["candidate"] = _("Choose an issue on this assembly's ballot.")
    if dots is None or isinstance(dots, bool) or not 1 <= dots <= MAX_TALLY:
        errors["dots"] = _("Give the number of dots counted (1 or more).")
    note = (note or "").strip()
    if len(note) > 200:
        errors["note"] = _("Keep the note under 200 characters.")
    if errors:
        raise ValidationError(errors)
    assembly = _locked_open(assembly, "candidate")
    assert candidate is not None and dots is not None
    tally = Tally.objects.create(
        chapter_id=assembly.chapter_id,
        assembly=assembly,
        candidate=candidate,
        dots=dots,
        note=note,
        entered_by=_user(actor),
    )
    audit.record(
        "chapter.priorities.tally_entered",
        actor=actor,
        chapter=assembly.chapter,
        obj=assembly,
        summary=f"{dots} · {candidate.title[:80]}",
        data={"candidate": candidate.public_id, "dots": dots, "note": note},
    )
    return tally


@transaction.atomic
def close_assembly(*, assembly: Assembly, actor: Any, chosen: Iterable[CandidateIssue]) -> Assembly:
    """End the voting and record the chosen priorities (the others stay candidates)."""
    chosen = list(dict.fromkeys(chosen))
    on_ballot = set(assembly.candidates.values_list("pk", flat=True))
    if not chosen:
        raise ValidationError({"chosen": _("Choose at least one priority.")})
    if any(c.pk not in on_ballot for c in chosen):
        raise ValidationError({"chosen": _("Choose issues on this assembly's ballot.")})
    assembly = _locked_open(assembly, "chosen")
    now = timezone.now()
    for issue in chosen:
        issue.status = CandidateIssue.Status.CHOSEN
        issue.chosen_at = now
        issue.chosen_in = assembly
        issue.save(update_fields=["status", "chosen_at", "chosen_in"])
    assembly.status = Assembly.Status.CLOSED
    assembly.closed_at = now
    assembly.closed_by = _user(actor)
    assembly.save(update_fields=["status", "closed_at", "closed_by"])
    board = results(assembly)
    audit.record(
        "chapter.priorities.assembly_closed",
        actor=actor,
        chapter=assembly.chapter,
        obj=assembly,
        summary=assembly.title[:100],
        data={
            "chosen": [c.public_id for c in chosen],
            "results": {r.candidate.public_id: r.total for r in board.rows},
            "voters": board.voters,
        },
    )
    return assembly


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    candidate: CandidateIssue
    online: int
    tallied: int

    @property
    def total(self) -> int:
        return self.online + self.tallied


@dataclass(frozen=True)
class Results:
    rows: list[Result]  # most dots first
    voters: int  # distinct people who voted online

    @property
    def online(self) -> int:
        return sum(r.online for r in self.rows)

    @property
    def tallied(self) -> int:
        return sum(r.tallied for r in self.rows)

    @property
    def total(self) -> int:
        return self.online + self.tallied

    @property
    def top(self) -> int:
        return max((r.total for r in self.rows), default=0)


def results(assembly: Assembly) -> Results:
    """Per candidate: dots given online, dots tallied by a leader, and their sum."""
    online = dict(
        Dot.objects.filter(assembly=assembly)
        .values("candidate")
        .annotate(n=Sum("dots"))
        .values_list("candidate", "n")
    )
    tallied = dict(
        Tally.objects.filter(assembly=assembly)
        .values("candidate")
        .annotate(n=Sum("dots"))
        .values_list("candidate", "n")
    )
    rows = [
        Result(candidate=c, online=online.get(c.pk) or 0, tallied=tallied.get(c.pk) or 0)
        for c in assembly.candidates.order_by("title", "id")
    ]
    rows.sort(key=lambda r: -r.total)
    voters = Dot.objects.filter(assembly=assembly).values("voter").distinct().count()
    return Results(rows=rows, voters=voters)
