"""Tags for the layout's fixed links (base.html and the chapter navigation).

The header and the chapter menu reverse the same ~16 URLs and static paths on every page.
These tags give exactly what `{% url %}` and `{% static %}` give, remembered per everything
the result depends on: URL configuration, script prefix, language and current app (URLs), the
static files storage (static paths).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django import template
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.functional import empty
from django.utils.translation import get_language

register = template.Library()


@lru_cache(maxsize=4096)
def _reverse(
    name: str, args: tuple[str, ...], app: str | None, urlconf: Any, prefix: str, lang: str | None
) -> str:
    return reverse(name, args=args, urlconf=urlconf, current_app=app)


@register.simple_tag(takes_context=True)
def layout_url(context: template.Context, name: str, *args: Any) -> str:
    """`{% url name arg ... %}` (string arguments) for a layout link."""
    request = context.get("request")
    app = None
    if request is not None:  # as {% url %} chooses the current app
        app = getattr(request, "current_app", None)
        if app is None and getattr(request, "resolver_match", None) is not None:
            app = request.resolver_match.namespace
    key = tuple(str(a) for a in args)
    return _reverse(name, key, app, get_urlconf(), get_script_prefix(), get_language())


@lru_cache(maxsize=256)
def _static(path: str, storage: Any, debug: bool) -> str:
    return storage.url(path)  # the manifest storage answers unhashed names under DEBUG


@register.simple_tag
def layout_static(path: str) -> str:
    """`{% static path %}` for a layout asset."""
    if staticfiles_storage._wrapped is empty:  # type: ignore[attr-defined]
        staticfiles_storage._setup()  # type: ignore[attr-defined]
    return _static(path, staticfiles_storage._wrapped, settings.DEBUG)  # type: ignore[attr-defined]
