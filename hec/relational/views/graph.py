"""The relational network: the page (filters, legend, summary, text alternative) and its
data as JSON for the drawing (hec/relational/static/relational/graph.js)."""

from __future__ import annotations

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.gzip import gzip_page

from hec.core.tenancy import ChapterRequest, require
from hec.relational.forms import GraphFilterForm
from hec.relational.graph import relational_graph


def _filters(request: ChapterRequest) -> tuple[GraphFilterForm, dict]:
    form = GraphFilterForm(request.GET or None)
    return form, (form.cleaned_data if form.is_valid() else {})


@require("meetings.view")
def network_graph(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form, filters = _filters(request)
    graph = relational_graph(filters)
    return render(
        request,
        "relational/graph.html",
        {
            "form": form,
            "summary": graph.summary,
            "top": graph.top,
            "query_string": request.GET.urlencode(),
        },
    )


@gzip_page  # ~800 KB of JSON for a chapter of hundreds, ~10x smaller for a phone; it
# reflects no secret (no CSRF token, no request input beside the filters), so BREACH has no target
@require("meetings.view")
def network_graph_data(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form, filters = _filters(request)
    if form.is_bound and not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    return JsonResponse(relational_graph(filters).as_json())
