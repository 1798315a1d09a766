"""Network and affiliate themes: for chapter members (`chapter:theme-network…`) and for network
admins and affiliate organizers (`accounts:network-themes…`). Both read through
`hec.patterns.network`, which decides what crosses a chapter boundary."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from hec.accounts.views.network import network_require
from hec.core.paging import query_string_without_page
from hec.core.permissions import NetworkRole
from hec.core.tenancy import ChapterRequest, require
from hec.patterns import chain, network
from hec.patterns.models import Scope, Theme
from hec.patterns.views.themes import PAGE_SIZE

RUN_BUTTON = "patterns/_run_button.html"


def _chapter_access(request: ChapterRequest) -> Any:
    access = request.chapter_access
    if not access.can("stories.network.view"):
        raise PermissionDenied
    return access


def _detail_context(theme: network.NetworkTheme, back_url: str, back_label: str) -> dict[str, Any]:
    context = chain.chain_context(
        chain.theme_flows([theme]),
        chain_id="theme-chain",
        title=_("Chain of this theme: downstream effects ← categories ← theme"),
    )
    context.update(
        {
            "page": network.theme_page(theme),
            "back_url": back_url,
            "back_label": back_label,
            "min_tellers": network.MIN_TELLERS,
        }
    )
    return context


def _list_context(
    request: HttpRequest,
    themes: list[network.NetworkTheme],
    url: Callable[[str], str],
    title: str,
) -> dict[str, Any]:
    """The table lists one page of themes (a network has hundreds); the chain below it
    draws the first of all of them (`chain.MAX_THEMES`), whatever the page."""
    flows = chain.theme_flows(themes, href=lambda t: url(t.public_id))
    context = chain.chain_context(
        flows,
        chain_id="network-chain",
        title=_("Chain of the network's themes: downstream effects ← categories ← themes"),
    )
    page = Paginator(themes, PAGE_SIZE).get_page(request.GET.get("page"))
    context.update(
        {
            "page": page,
            "query_string": query_string_without_page(request),
            "rows": [(theme, url(theme.public_id)) for theme in page],
            "min_tellers": network.MIN_TELLERS,
            "page_title": title,
        }
    )
    return context


@require_GET
@require("themes.view")
def theme_network(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    access = _chapter_access(request)
    slug = request.chapter.slug
    context = _list_context(
        request,
        network.themes_for_chapter(access),
        lambda public_id: reverse("chapter:theme-network-detail", args=[slug, public_id]),
        _("Themes across the network"),
    )
    context["back_url"] = reverse("chapter:theme-list", args=[slug])
    context["back_label"] = _("Themes")
    return render(request, "patterns/theme_network.html", context)


@require_GET
@require("themes.view")
def theme_network_detail(request: ChapterRequest, chapter_slug: str, theme_id: str) -> HttpResponse:
    access = _chapter_access(request)
    slug = request.chapter.slug
    # One of the chapter's own themes (the scoped manager sees no other): its own page.
    if Theme.objects.filter(scope=Scope.CHAPTER, public_id=theme_id).exists():
        return redirect("chapter:theme-detail", slug, theme_id)
    theme = network.find(network.themes_for_chapter(access, theme_id), theme_id)
    context = _detail_context(
        theme, reverse("chapter:theme-network", args=[slug]), _("Themes across the network")
    )
    return render(request, "patterns/theme_network_detail.html", context)


# --- the network pages (network admins and affiliate organizers) --------------------------


def _run_button(request: HttpRequest) -> dict[str, Any]:
    """The "Find patterns now" button for the user's own scope, when the template and the
    run functions are there (written by another part of the app)."""
    try:
        get_template(RUN_BUTTON)
        runs = importlib.import_module("hec.patterns.runs")
    except (TemplateDoesNotExist, ImportError):
        return {"run_button": False}
    user: Any = request.user
    if user.network_role == NetworkRole.NETWORK_ADMIN:
        scope, affiliate = Scope.NETWORK, None
    else:
        scope, affiliate = Scope.AFFILIATE, user.affiliate
    return {
        "run_button": True,
        "run_action": reverse("accounts:network-pattern-run-create"),
        "run_scope": scope,
        "run_affiliate": affiliate.slug if affiliate else "",
        "latest_run": runs.latest_run(scope, affiliate=affiliate),
        "can_run": runs.can_run_network(user, scope, affiliate),
    }


@require_GET
@network_require("network.view")
def network_themes(request: HttpRequest) -> HttpResponse:
    context = _list_context(
        request,
        network.themes_for_user(request.user),
        lambda public_id: reverse("accounts:network-theme-detail", args=[public_id]),
        _("Network themes"),
    )
    context.update(_run_button(request))
    context["back_url"] = reverse("accounts:network")
    context["back_label"] = _("Network")
    return render(request, "patterns/network_themes.html", context)


@require_GET
@network_require("network.view")
def network_theme_detail(request: HttpRequest, theme_id: str) -> HttpResponse:
    theme = network.find(network.themes_for_user(request.user, theme_id), theme_id)
    context = _detail_context(theme, reverse("accounts:network-themes"), _("Network themes"))
    return render(request, "patterns/theme_network_detail.html", context)
