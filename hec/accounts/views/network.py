from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from hec.accounts import network as services
from hec.accounts.forms import AffiliateForm, ChapterForm
from hec.people.models import Affiliate, Chapter


def network_require(capability: str) -> Callable:
    """Like `hec.core.tenancy.require`, for the network role on the user."""

    def decorator(view: Callable) -> Callable:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not services.can(request.user, capability):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


@network_require("network.view")
def network(request: HttpRequest) -> HttpResponse:
    chapters = Paginator(services.visible_chapters(request.user), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "accounts/network.html",
        {
            "page": chapters,
            "affiliates": services.visible_affiliates(request.user),
            "can_manage": services.can(request.user, "network.chapters.manage"),
        },
    )


def _save(request: HttpRequest, form, write: Callable[..., Any]) -> HttpResponse | None:
    if request.method == "POST" and form.is_valid():
        try:
            obj = write(**form.cleaned_data)
        except ValidationError as error:
            form._update_errors(error)
        else:
            messages.success(request, _("%(name)s saved.") % {"name": obj})
            return redirect("accounts:network")
    return None


def _edit_page(request: HttpRequest, form, title: str) -> HttpResponse:
    return render(request, "accounts/network_form.html", {"form": form, "title": title})


@network_require("network.chapters.manage")
def chapter_create(request: HttpRequest) -> HttpResponse:
    form = ChapterForm(request.POST or None)
    done = _save(request, form, lambda **f: services.chapter_create(actor=request.user, **f))
    return done or _edit_page(request, form, _("New chapter"))


@network_require("network.chapters.manage")
def chapter_edit(request: HttpRequest, chapter_id: str) -> HttpResponse:
    chapter = get_object_or_404(Chapter, public_id=chapter_id)
    form = ChapterForm(request.POST or None, instance=chapter)
    done = _save(
        request,
        form,
        lambda **f: services.chapter_update(
            chapter=Chapter.objects.get(pk=chapter.pk), actor=request.user, **f
        ),
    )
    return done or _edit_page(request, form, _("Edit %(name)s") % {"name": chapter.name})


@network_require("network.chapters.manage")
def affiliate_create(request: HttpRequest) -> HttpResponse:
    form = AffiliateForm(request.POST or None)
    done = _save(request, form, lambda **f: services.affiliate_create(actor=request.user, **f))
    return done or _edit_page(request, form, _("New affiliate"))


@network_require("network.chapters.manage")
def affiliate_edit(request: HttpRequest, affiliate_id: str) -> HttpResponse:
    affiliate = get_object_or_404(Affiliate, public_id=affiliate_id)
    form = AffiliateForm(request.POST or None, instance=affiliate)
    done = _save(
        request,
        form,
        lambda **f: services.affiliate_update(
            affiliate=Affiliate.objects.get(pk=affiliate.pk), actor=request.user, **f
        ),
    )
    return done or _edit_page(request, form, _("Edit %(name)s") % {"name": affiliate.name})
