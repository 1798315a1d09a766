"""Placeholder: replaced by the helper who owns this module."""

from __future__ import annotations

from django.http import Http404


def theme_network(request, chapter_slug, **kwargs):
    raise Http404


def theme_network_detail(request, chapter_slug, **kwargs):
    raise Http404


def network_themes(request, **kwargs):
    raise Http404


def network_theme_detail(request, **kwargs):
    raise Http404
