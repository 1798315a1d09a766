from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from hec.core.tenancy import ChapterRequest, chapters_for, require


def home(request: HttpRequest) -> HttpResponse:
    """Signed-in people land in their chapter (or choose one); visitors see the welcome page."""
    if not request.user.is_authenticated:
        return render(request, "core/welcome.html")
    chapters = chapters_for(request.user)
    if len(chapters) == 1:
        return redirect("chapter:chapter-home", chapter_slug=chapters[0].slug)
    return render(request, "core/choose_chapter.html", {"chapters": chapters})


@require("chapter.view")
def chapter_home(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    from hec.people.services import chapter_summary

    return render(request, "core/chapter_home.html", {"summary": chapter_summary(request.chapter)})


def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


@require_safe
@require("audit.view")
def audit_log(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    """The chapter's audit trail, newest first, optionally narrowed to an action prefix
    (`chapter.invitation`, `chapter.person.updated`, ...). Read-only: there is no edit view."""
    from urllib.parse import urlencode

    from django.core.paginator import Paginator

    from hec.core.models import AuditEntry

    prefix = request.GET.get("action", "").strip()[:80]
    entries = AuditEntry.objects.select_related("actor").order_by("-created_at", "-id")
    if prefix:
        entries = entries.filter(action__startswith=prefix)
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "core/audit_log.html",
        {
            "page": page,
            "action_prefix": prefix,
            "query_string": urlencode({"action": prefix}) if prefix else "",
        },
    )
