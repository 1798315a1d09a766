from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hec.accounts import services
from hec.accounts.forms import ApiTokenForm
from hec.core.tenancy import active_memberships


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    from allauth.mfa.models import Authenticator

    has_totp = Authenticator.objects.filter(
        user=request.user, type=Authenticator.Type.TOTP
    ).exists()
    return render(
        request,
        "accounts/profile.html",
        {"memberships": active_memberships(request.user), "has_totp": has_totp},
    )


@login_required
def api_tokens(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    form = ApiTokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        try:
            _token, new_token = services.api_token_create(user=user, name=form.cleaned_data["name"])
        except ValidationError as error:
            form.add_error("name", error)
        else:
            form = ApiTokenForm()
    # Rendered (not redirected) so the secret is shown exactly once and never stored.
    tokens = user.api_tokens.order_by("revoked_at", "-created_at")[:200]
    response = render(
        request,
        "accounts/api_tokens.html",
        {"form": form, "tokens": tokens, "new_token": new_token},
    )
    if new_token:
        response["Cache-Control"] = "no-store"
    return response


@require_POST
@login_required
def api_token_revoke(request: HttpRequest, token_id: str) -> HttpResponse:
    user: Any = request.user
    token = get_object_or_404(user.api_tokens, public_id=token_id)
    services.api_token_revoke(token=token, actor=user)
    messages.success(request, _("Token “%(name)s” revoked.") % {"name": token.name})
    return redirect("accounts:api-tokens")
