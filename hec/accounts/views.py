from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from hec.core.tenancy import require


@require("invitations.manage")
def invitation_list(request: HttpRequest, chapter_slug: str) -> HttpResponse:
    return render(request, "accounts/invitation_list.html", {})


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/profile.html", {})


@login_required
def api_tokens(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/api_tokens.html", {})


@login_required
def network(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/network.html", {})
