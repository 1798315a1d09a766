"""What people change on themes: rename, merge, split. Each write is one transaction with one
audit entry.

Merges and splits only move memberships between themes of the same scope and owner, so a
network or affiliate theme still holds only stories shared beyond their chapter.

Later pattern runs keep these changes (`hec.patterns.identity`): a renamed theme keeps its
label (`label_edited`), a merged theme stays merged (`merged_into`), and the stories a person
moved stay where they were put (`pinned` rows).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from hec.core import audit
from hec.listening.models import StoryCode
from hec.patterns.counts import COUNTED, refresh_counts
from hec.patterns.models import Theme, ThemeStory

LABEL_MAX = 160
KEYWORDS_MAX = 12


def _chapter(theme: Theme) -> Any:
    return theme.chapter if theme.chapter_id else None


def _clean_label(label: str) -> str:
    label = " ".join((label or "").split())
    if not label:
        raise ValidationError({"label": _("Give the theme a name.")})
    if len(label) > LABEL_MAX:
        raise ValidationError(
            {"label": _("Keep the name under %(n)d characters.") % {"n": LABEL_MAX}}
        )
    if "\x00" in label:
        raise ValidationError({"label": _("The name contains a character that is not allowed.")})
    return label


def _require_active(theme: Theme) -> None:
    if theme.merged_into_id is not None or theme.retired_at is not None:
        raise ValidationError(_("This theme was merged or retired: it cannot be changed."))


def refresh_theme_counts(theme: Theme) -> Theme:
    """Recount a theme's stored counts (`hec.patterns.counts`), and reload them."""
    refresh_counts([theme.pk])
    theme.refresh_from_db(fields=list(COUNTED))
    return theme


def rename(*, theme: Theme, label: str, actor: Any) -> Theme:
    """A person names the theme; later runs keep the name. The name as shown, sent back
    unchanged, renames nothing (it would pin an automatic label in the reader's language)."""
    _require_active(theme)
    label = _clean_label(label)
    if label == theme.name:
        return theme
    old = theme.label
    with transaction.atomic():
        theme.label = label
        theme.label_edited = True
        theme.save(update_fields=["label", "label_edited", "updated_at"])
        audit.record(
            "chapter.theme.renamed",
            actor=actor,
            chapter=_chapter(theme),
            obj=theme,
            summary=f"{old} → {label}",
            data={"from": old, "to": label},
        )
    return theme


def _weighted_categories(parts: list[tuple[list[Any], int]]) -> list[dict[str, Any]]:
    totals: dict[str, float] = defaultdict(float)
    weight = sum(max(size, 1) for _, size in parts)
    for categories, size in parts:
        for item in categories or []:
            if isinstance(item, dict) and "id" in item:
                totals[item["id"]] += float(item.get("share") or 0) * max(size, 1)
    return [
        {"id": key, "share": round(value / weight, 3)}
        for key, value in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def _union(*lists: Iterable[Any], limit: int | None = None) -> list[Any]:
    merged = list(dict.fromkeys(item for items in lists for item in items or []))
    return merged[:limit] if limit else merged


def _pin(row: ThemeStory, theme: Theme, actor: Any) -> ThemeStory:
    return ThemeStory(
        theme=theme,
        story_id=row.story_id,
        chapter_id=row.chapter_id,
        score=row.score,
        representative=False,
        pinned=True,
        pinned_by=actor if getattr(actor, "is_authenticated", False) else None,
        run_id=row.run_id,
    )


def merge(*, into: Theme, other: Theme, actor: Any) -> Theme:
    """Theme `other` joins `into`: its stories move over as pinned rows, it keeps pointing at
    `into` (`merged_into`) so its links and later runs follow."""
    if into.pk == other.pk:
        raise ValidationError({"other": _("Choose a different theme to merge.")})
    if (into.scope, into.chapter_id, into.affiliate_id) != (
        other.scope,
        other.chapter_id,
        other.affiliate_id,
    ):
        raise ValidationError({"other": _("Only themes of the same place can be merged.")})
    _require_active(into)
    _require_active(other)
    with transaction.atomic(), scopes_disabled():
        pinned_by = actor if getattr(actor, "is_authenticated", False) else None
        rows = list(ThemeStory.objects.filter(theme=other))
        already = set(
            ThemeStory.objects.filter(
                theme=into, story_id__in=[r.story_id for r in rows]
            ).values_list("story_id", flat=True)
        )
        # Stories in both stay, now pinned: a person said they belong here.
        ThemeStory.objects.filter(theme=into, story_id__in=already).update(
            pinned=True, pinned_by=pinned_by
        )
        ThemeStory.objects.bulk_create(
            [_pin(r, into, actor) for r in rows if r.story_id not in already]
        )
        ThemeStory.objects.filter(theme=other).delete()
        into.categories = _weighted_categories(
            [(into.categories, into.size), (other.categories, other.size)]
        )
        into.keywords = _union(into.keywords, other.keywords, limit=KEYWORDS_MAX)
        into.downstream = _union(into.downstream, other.downstream)
        into.is_new_pattern = into.is_new_pattern and other.is_new_pattern
        into.save(
            update_fields=["categories", "keywords", "downstream", "is_new_pattern", "updated_at"]
        )
        # Themes merged into `other` earlier now point at `into` too (no chains to follow).
        Theme.objects.filter(merged_into=other).update(merged_into=into)
        other.merged_into = into
        other.save(update_fields=["merged_into", "updated_at"])
        refresh_theme_counts(into)
        refresh_theme_counts(other)
        audit.record(
            "chapter.theme.merged",
            actor=actor,
            chapter=_chapter(into),
            obj=into,
            summary=f"{other.label} → {into.label}",
            data={"into": into.public_id, "merged": other.public_id, "stories": len(rows)},
        )
    return into


def _codes_of(story_ids: list[int], kind: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for code in StoryCode.objects.filter(story_id__in=story_ids, kind=kind).values_list(
        "code", flat=True
    ):
        counts[code] += 1
    return counts


def _mark_representatives(theme: Theme, n: int = 3) -> None:
    """Make sure a theme has representatives: its best-scored stories when it has none."""
    rows = ThemeStory.objects.filter(theme=theme)
    if rows.filter(representative=True).exists():
        return
    best = list(rows.order_by("-score", "id").values_list("pk", flat=True)[:n])
    rows.filter(pk__in=best).update(representative=True)


def split(*, theme: Theme, story_ids: Iterable[str], label: str, actor: Any) -> Theme:
    """The stories chosen (by public id) leave `theme` for a new theme named `label`
    (`split_from` = the original); they are pinned there."""
    _require_active(theme)
    label = _clean_label(label)
    wanted = set(story_ids)
    with transaction.atomic(), scopes_disabled():
        rows = list(
            ThemeStory.objects.filter(theme=theme).select_related("story").order_by("-score", "id")
        )
        moving = [r for r in rows if r.story.public_id in wanted]
        if not moving or len(moving) != len(wanted):
            raise ValidationError({"stories": _("Choose stories of this theme to move out.")})
        if len(moving) == len(rows):
            raise ValidationError(
                {"stories": _("Leave at least one story in this theme (or rename it instead).")}
            )
        ids = [r.story_id for r in moving]
        categories = _codes_of(ids, StoryCode.Kind.CATEGORY)
        effects = _codes_of(ids, StoryCode.Kind.EFFECT)
        texts = " ".join(f"{r.story.text} {r.story.translation}" for r in moving).lower()
        new = Theme.objects.create(
            scope=theme.scope,
            chapter=theme.chapter,
            affiliate=theme.affiliate,
            label=label,
            auto_label="",
            label_edited=True,
            keywords=[k for k in theme.keywords or [] if str(k).lower() in texts],
            categories=[
                {"id": key, "share": round(n / len(ids), 3)} for key, n in categories.most_common()
            ]
            or theme.categories,
            downstream=[key for key, _n in effects.most_common()] or theme.downstream,
            is_new_pattern=theme.is_new_pattern and not categories,
            split_from=theme,
            first_run=theme.last_run,
            last_run=theme.last_run,
        )
        ThemeStory.objects.filter(pk__in=[r.pk for r in moving]).delete()
        ThemeStory.objects.bulk_create([_pin(r, new, actor) for r in moving])
        _mark_representatives(new)
        _mark_representatives(theme)
        refresh_theme_counts(new)
        refresh_theme_counts(theme)
        audit.record(
            "chapter.theme.split",
            actor=actor,
            chapter=_chapter(theme),
            obj=new,
            summary=f"{theme.label} → {label} ({len(moving)})",
            data={
                "from": theme.public_id,
                "new": new.public_id,
                "stories": sorted(r.story.public_id for r in moving),
            },
        )
    return new
