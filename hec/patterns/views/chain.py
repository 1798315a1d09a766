"""Placeholder: replaced by the helper who owns this module."""

from __future__ import annotations

from django.http import Http404


def theme_chain(request, chapter_slug, **kwargs):
    raise Http404
