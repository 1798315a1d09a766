"""Pages of lists that grow with the whole network, counted only a bounded way ahead.

Django's `Paginator` counts every row to number the pages: over the network's shared stories
that count costs as much as the network is large, however cheap the page itself is. Here the
count only reads up to `COUNT_AHEAD` rows past the page's start: below that it is exact, past it
it is a lower bound ("more than 1,050 stories"), which still says whether there is a next page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db.models import Model, QuerySet
from django.http import HttpRequest

T = TypeVar("T", bound=Model)

# Rows counted past the start of a page: a page of a longer list shows "more than N".
COUNT_AHEAD = 1000
# The largest offset any database here takes (SQLite and PostgreSQL integers, the API's bound).
MAX_OFFSET = 2**31 - 1


def query_string_without_page(request: HttpRequest) -> str:
    """The list's other parameters (filters, order), for `core/_pagination.html` to keep in
    its previous/next links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def count_ahead(queryset: QuerySet[Any], offset: int, ahead: int | None = None) -> tuple[int, bool]:
    """(count, exact): the rows of `queryset` counted from `offset` up to `ahead` more.

    Exact while at most `ahead` rows follow `offset`; otherwise `offset + ahead + 1`, a lower
    bound of the total (so `offset + limit < count` whenever there is a next page). An offset
    past the end counts the whole queryset, as Django's paginator does on every page."""
    ahead = COUNT_AHEAD if ahead is None else ahead
    found = queryset[offset : offset + ahead + 1].count()
    if found > ahead:
        return offset + found, False
    if found == 0 and offset > 0:
        return queryset.count(), True
    return offset + found, True


@dataclass
class LongPage(Generic[T]):
    """What a list template reads: the rows, the page number, the (bounded) count."""

    object_list: list[T]
    number: int
    per_page: int
    count: int
    count_exact: bool

    def __iter__(self) -> Any:
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    @property
    def more_than(self) -> int:
        """For "more than N": the rows counted, less the one that proved there are more."""
        return self.count - 1

    @property
    def num_pages(self) -> int | None:
        """The number of pages, when the count is exact."""
        if not self.count_exact:
            return None
        return max(1, -(-self.count // self.per_page))

    def has_next(self) -> bool:
        return self.number * self.per_page < self.count

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next() or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def long_page(queryset: QuerySet[T], number: Any, per_page: int) -> LongPage[T]:
    """Page `number` (1-based; anything else, the first page; past the end, the last page) of
    an ordered queryset, with two queries whose cost does not grow with the list's length
    (beyond the offset itself)."""
    try:
        page = max(1, int(number))
    except (TypeError, ValueError):
        page = 1
    page = min(page, MAX_OFFSET // per_page)
    count, exact = count_ahead(queryset, (page - 1) * per_page)
    if exact and page > 1 and (page - 1) * per_page >= count:
        page = max(1, -(-count // per_page))
    offset = (page - 1) * per_page
    rows = list(queryset[offset : offset + per_page])
    return LongPage(rows, page, per_page, count, exact)
