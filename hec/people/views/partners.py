"""The chapter's partner organizations."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from hec.core.tenancy import ChapterRequest, require
from hec.people import services
from hec.people.forms import PartnerForm, PartnershipForm, add_service_errors
from hec.people.models import Organization, Partnership, Person

SEARCH_LIMIT = 20


@require("organizations.view")
def organization_list(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    partnerships = Partnership.objects.select_related("organization").order_by(
        "organization__name", "id"
    )
    status = request.GET.get("status", "")
    if status in Partnership.Status.values:
        partnerships = partnerships.filter(status=status)
    page = Paginator(partnerships, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "people/organization_list.html",
        {
            "page": page,
            "status": status,
            "statuses": Partnership.Status.choices,
            "query_string": f"status={status}" if status else "",
        },
    )


@require("organizations.edit")
def partnership_create(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    search = request.GET.get("org_q", "").strip()[:100]
    matches: list[Organization] = []
    if search:
        # Organizations are shared across the network; skip those the chapter has already.
        matches = list(
            Organization.objects.filter(name__icontains=search)
            .exclude(pk__in=Partnership.objects.values("organization_id"))
            .order_by("name")[:SEARCH_LIMIT]
        )
    form = PartnerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            partnership = services.partnership_create(
                chapter=request.chapter, actor=request.user, **form.service_kwargs()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request, _("%(name)s was added.") % {"name": partnership.organization.name}
            )
            return redirect("chapter:organization-list", chapter_slug)
    chosen = form["organization"].value() if form.is_bound else None
    return render(
        request,
        "people/partnership_form.html",
        {"form": form, "search": search, "matches": matches, "chosen": chosen},
    )


@require("organizations.edit")
def partnership_edit(
    request: ChapterRequest, chapter_slug: str, partnership_id: str
) -> HttpResponse:
    def load() -> Partnership:
        return get_object_or_404(
            Partnership.objects.select_related("organization"), public_id=partnership_id
        )

    partnership = load()
    form = PartnershipForm(request.POST or None, instance=load())
    if request.method == "POST" and form.is_valid():
        try:
            services.partnership_update(
                partnership=partnership, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("chapter:organization-list", chapter_slug)
    return render(
        request, "people/partnership_edit.html", {"form": form, "partnership": partnership}
    )


@require("organizations.view")
def organization_detail(
    request: ChapterRequest, chapter_slug: str, organization_id: str
) -> HttpResponse:
    organization = get_object_or_404(Organization, public_id=organization_id)
    partnership = Partnership.objects.filter(organization=organization).first()
    people = Person.objects.filter(organization=organization, archived_at__isnull=True)
    # Organizations are network-wide, but a chapter sees one only through its own ties.
    if partnership is None and not people.exists():
        raise Http404
    page = None
    if request.chapter_access.can("people.view"):
        page = Paginator(people.order_by("name", "id"), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "people/organization_detail.html",
        {"organization": organization, "partnership": partnership, "page": page},
    )
