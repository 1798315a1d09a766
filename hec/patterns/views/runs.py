"""Placeholder: replaced by the helper who owns this module."""

from __future__ import annotations

from django.http import Http404


def pattern_run_create(request, chapter_slug, **kwargs):
    raise Http404


def pattern_run_detail(request, chapter_slug, **kwargs):
    raise Http404


def pattern_run_progress(request, chapter_slug, **kwargs):
    raise Http404


def network_pattern_run_create(request, **kwargs):
    raise Http404


def network_pattern_run_detail(request, **kwargs):
    raise Http404
