"""Placeholder: replaced by the helper who owns this module."""

from __future__ import annotations

from django.http import Http404


def theme_list(request, chapter_slug, **kwargs):
    raise Http404


def theme_detail(request, chapter_slug, **kwargs):
    raise Http404


def theme_edit(request, chapter_slug, **kwargs):
    raise Http404


def theme_merge(request, chapter_slug, **kwargs):
    raise Http404


def theme_split(request, chapter_slug, **kwargs):
    raise Http404
