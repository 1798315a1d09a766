from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hec.accounts import services
from hec.accounts.forms import AcceptInvitationForm, InvitationForm
from hec.accounts.models import Invitation, User
from hec.core.tenancy import ChapterRequest, require

BACKEND = "django.contrib.auth.backends.ModelBackend"


def _apply_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@require("invitations.manage")
def invitation_list(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invitation, _raw = services.invitation_create(
                chapter=request.chapter, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect("chapter:invitation-list", chapter_slug=chapter_slug)
    invitations = Invitation.objects.select_related("invited_by").order_by("-created_at", "-id")
    page = Paginator(invitations, 50).get_page(request.GET.get("page"))
    return render(request, "accounts/invitation_list.html", {"form": form, "page": page})


@require_POST
@require("invitations.manage")
def invitation_revoke(request: ChapterRequest, chapter_slug: str, invitation_id: str):
    invitation = get_object_or_404(Invitation, public_id=invitation_id)
    try:
        services.invitation_revoke(invitation=invitation, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Invitation to %(email)s withdrawn.") % {"email": invitation.email}
        )
    return redirect("chapter:invitation-list", chapter_slug=chapter_slug)


def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    """The link from the invitation e-mail. Not chapter-scoped: the token picks the chapter."""
    invitation = services.invitation_lookup(token)
    if invitation is None:
        return render(request, "accounts/invitation_invalid.html", status=404)
    user: Any = request.user if request.user.is_authenticated else None
    context: dict = {"invitation": invitation, "chapter": invitation.chapter}
    if user is not None and user.email.lower() != invitation.email:
        return render(request, "accounts/invitation_other_user.html", context)
    has_account = user is None and User.objects.filter(email__iexact=invitation.email).exists()
    form = None
    if user is None and not has_account:
        form = AcceptInvitationForm(request.POST or None, initial={"name": invitation.name})
    ready = form is None or form.is_valid()
    if request.method == "POST" and not has_account and ready:
        try:
            accepted = services.invitation_accept(
                raw_token=token,
                user=user,
                name=form.cleaned_data["name"] if form else "",
                password=form.cleaned_data["password1"] if form else "",
            )
        except services.InvitationInvalid:
            return render(request, "accounts/invitation_invalid.html", status=404)
        except ValidationError as error:
            if form is None:
                messages.error(request, " ".join(error.messages))
            else:
                form.add_error("password1", error)
        else:
            if user is None:
                login(request, accepted, backend=BACKEND)
            messages.success(
                request, _("Welcome to %(chapter)s!") % {"chapter": invitation.chapter.name}
            )
            return redirect("chapter:chapter-home", chapter_slug=invitation.chapter.slug)
    context.update(form=form, has_account=has_account)
    return render(request, "accounts/invitation_accept.html", context)
