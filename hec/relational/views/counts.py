"""One-to-ones per member per month, the chapter's total against its goal."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from hec.core.paging import query_string_without_page
from hec.core.tenancy import ChapterRequest, require
from hec.people.forms import add_service_errors
from hec.relational import queries, services
from hec.relational.forms import CountsOrderForm, GoalForm

PAGE_SIZE = 50


@require("meetings.view")
def meeting_counts(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    access = request.chapter_access
    can_set_goal = access.can("meetings.goal.manage")
    if request.method == "POST" and not can_set_goal:
        raise PermissionDenied
    counts = queries.monthly_counts()
    form = GoalForm(request.POST or None, initial={"per_month": counts.goal})
    if request.method == "POST" and form.is_valid():
        try:
            services.goal_set(
                chapter=request.chapter,
                actor=request.user,
                per_month=form.cleaned_data["per_month"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Goal saved."))
            return redirect("chapter:meeting-counts", chapter_slug)
    this_month = counts.totals[-1] if counts.totals else 0
    # one page of members: the table stays light on a phone in a chapter of hundreds
    order_form = CountsOrderForm(request.GET or None)
    rows = sorted(counts.rows, key=order_form.sort_key())
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "relational/meeting_counts.html",
        {
            "counts": counts,
            "form": form if can_set_goal else None,
            "this_month": this_month,
            "month_totals": list(zip(counts.months, counts.totals, strict=True)),
            "order_form": order_form,
            "page": page,
            "query_string": query_string_without_page(request),
        },
    )
