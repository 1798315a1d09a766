"""Duplicate suggestions and the merge of two records (chapter leaders)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from hec.core.tenancy import ChapterRequest, require
from hec.people import merge
from hec.people.dedupe import REASON_EMAIL, REASON_NAME_PHONE
from hec.people.forms import MergeForm, add_service_errors
from hec.people.models import Membership
from hec.people.queries import duplicate_pairs
from hec.people.views.people import get_person

REASONS = {
    REASON_EMAIL: _("same email"),
    REASON_NAME_PHONE: _("similar name and same phone"),
}


@require("people.merge")
def person_duplicates(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    pairs = duplicate_pairs()
    for pair in pairs:
        pair.reason_labels = [REASONS.get(r, r) for r in pair.reasons]  # type: ignore[attr-defined]
    page = Paginator(pairs, 50).get_page(request.GET.get("page"))
    return render(request, "people/person_duplicates.html", {"page": page})


@require("people.merge")
def person_merge(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    keep_id, drop_id = request.GET.get("keep"), request.GET.get("drop")
    if not keep_id or not drop_id:
        return redirect("chapter:people-duplicates", chapter_slug)
    keep, drop = get_person(keep_id), get_person(drop_id)
    if keep.pk == drop.pk:
        messages.error(request, _("Choose two different people to merge."))
        return redirect("chapter:people-duplicates", chapter_slug)
    form = MergeForm(request.POST or None, keep=keep, drop=drop)
    if request.method == "POST" and form.is_valid():
        try:
            merge.person_merge(
                keep=keep, drop=drop, actor=request.user, fields=form.chosen_values()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                _("%(drop)s was merged into %(keep)s.") % {"drop": drop.name, "keep": keep.name},
            )
            return redirect("chapter:person-detail", chapter_slug, keep.public_id)
    counts = {
        "keep": Membership.objects.filter(person=keep).count(),
        "drop": Membership.objects.filter(person=drop).count(),
    }
    return render(
        request,
        "people/person_merge.html",
        {"form": form, "keep": keep, "drop": drop, "membership_counts": counts},
    )
