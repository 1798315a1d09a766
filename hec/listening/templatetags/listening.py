from __future__ import annotations

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

CONSENT_SHORT = {
    "private": _("Private"),
    "chapter": _("Chapter"),
    "network": _("Network"),
    "public": _("Public"),
    "withdrawn": _("Withdrawn"),
}


@register.filter
def consent_short(level: str) -> str:
    """A consent level's one-word label."""
    return str(CONSENT_SHORT.get(level, level))
