from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from hec.core.tenancy import require
from hec.people.models import Partnership, Person


@require("people.view")
def person_list(request: HttpRequest, chapter_slug: str) -> HttpResponse:
    people = Person.objects.filter(archived_at__isnull=True).order_by("name")[:50]
    return render(request, "people/person_list.html", {"people": people})


@require("organizations.view")
def organization_list(request: HttpRequest, chapter_slug: str) -> HttpResponse:
    partnerships = Partnership.objects.select_related("organization")
    return render(request, "people/organization_list.html", {"partnerships": partnerships})
