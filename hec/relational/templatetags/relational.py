"""Template tags of the one-to-one pages."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from hec.relational.queries import sparkline_points

register = template.Library()


@register.simple_tag
def sparkline(values: list[int]) -> SafeString:
    """A six-month trend line as inline SVG, labelled with its numbers (a tag, not an
    include: the counts page draws one per member)."""
    return format_html(
        '<svg class="sparkline" viewBox="-2 -1 64 22" width="64" height="22" role="img" '
        'aria-label="{}: {}"><polyline points="{}" fill="none" stroke="currentColor" '
        'stroke-width="1.5" stroke-linejoin="round"/></svg>',
        _("Trend over six months"),
        ", ".join(str(v) for v in values),
        sparkline_points(values),
    )
