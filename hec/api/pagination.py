"""Limit/offset pagination with bounded numbers (an unbounded offset overflows the database)."""

from typing import Any

from django.http import HttpRequest
from ninja import Field, Schema
from ninja.conf import settings
from ninja.pagination import LimitOffsetPagination

from hec.core.paging import MAX_OFFSET


class Pagination(LimitOffsetPagination):
    """`?limit=` (1..200, default 50) and `?offset=`; answers `{"items": [...], "count": n}`."""

    class Input(Schema):
        limit: int = Field(settings.PAGINATION_PER_PAGE, ge=1, le=settings.PAGINATION_MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)


class CountAheadPagination(Pagination):
    """Pagination for lists as long as the whole network (`/network-stories`): `count` is
    exact while at most 1,000 items follow `offset`; past that it is `offset + 1,001`, a lower
    bound of the total — page on while `offset + limit < count`. A full count would cost as
    much as the network is large (`hec.core.paging.count_ahead`).

    The endpoint returns an object with `count_ahead(offset)` → `(count, exact)` and slicing
    (`hec.api.routers.network.Anonymized`)."""

    def paginate_queryset(
        self, queryset: Any, pagination: Any, request: HttpRequest, **params: Any
    ) -> Any:
        offset = pagination.offset
        limit: int = min(pagination.limit, self.max_limit)
        count, _exact = queryset.count_ahead(offset)
        return {"items": queryset[offset : offset + limit], "count": count}
