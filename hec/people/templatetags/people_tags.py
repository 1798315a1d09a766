"""Small display helpers for the people templates."""

from __future__ import annotations

from django import template

from hec.core.permissions import ChapterRole

register = template.Library()


@register.filter
def role_label(value: str) -> str:
    """The translated label of a chapter role value ("leader" -> "Chapter leader")."""
    try:
        return str(ChapterRole(value).label)
    except ValueError:
        return value
