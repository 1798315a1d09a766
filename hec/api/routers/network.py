"""Other chapters' stories shared with the network (`network`, `public`), anonymized.

The query comes from `hec.listening.visibility.network_stories` and every row goes through
`anonymize`: the answer has no teller, descriptor, collector or session field at all.
"""

from typing import Any

from django.db.models import QuerySet
from django_scopes import scopes_disabled
from ninja import Query, Router
from ninja.pagination import paginate

from hec.api.pagination import CountAheadPagination
from hec.api.schemas import ERRORS, Error
from hec.api.schemas_listening import NetworkStoryFilters, NetworkStoryOut
from hec.core.paging import count_ahead
from hec.core.tenancy import ChapterRequest, require
from hec.listening.models import Story, StoryCode
from hec.listening.search import search_stories
from hec.listening.visibility import AnonymizedStory, anonymize, network_stories

router = Router(tags=["network stories"])


class Anonymized:
    """A page of `network_stories` presented through `anonymize` (with confirmed
    categories), sliced and counted (a bounded way ahead) by the paginator."""

    def __init__(self, queryset: QuerySet[Story]):
        self.queryset = queryset

    def all(self) -> "Anonymized":
        return self

    def count_ahead(self, offset: int) -> tuple[int, bool]:
        return count_ahead(self.queryset, offset)

    def __getitem__(self, page: slice) -> list[AnonymizedStory]:
        stories = list(self.queryset[page])
        categories: dict[int, list[str]] = {}
        # Other chapters' codes: an explicit cross-chapter read, of these stories only.
        with scopes_disabled():
            rows = StoryCode.objects.filter(
                story__in=[s.pk for s in stories],
                kind=StoryCode.Kind.CATEGORY,
                confirmed_at__isnull=False,
            ).order_by("code")
            for story_pk, code in rows.values_list("story_id", "code"):
                categories.setdefault(story_pk, []).append(code)
        return [anonymize(s, tuple(categories.get(s.pk, ()))) for s in stories]


@router.get(
    "/chapters/{chapter_slug}/network-stories",
    response={200: list[NetworkStoryOut], ERRORS: Error},
)
@paginate(CountAheadPagination)
@require("stories.network.view")
def list_network_stories(
    request: ChapterRequest, chapter_slug: str, filters: Query[NetworkStoryFilters]
) -> Any:
    """Stories other chapters' tellers agreed to share beyond their chapter, without who
    told or collected them: the words, the chapter and city, the month, the categories; newest
    first.

    `count` is exact while at most 1,000 stories follow `offset`; past that it is
    `offset + 1001`, a lower bound (the network may hold far more): page on while
    `offset + limit < count`."""
    queryset = network_stories(request.chapter_access)
    if filters.language is not None:
        queryset = queryset.filter(language=filters.language)
    if filters.consent is not None:
        queryset = queryset.filter(consent=filters.consent)
    if filters.q:
        queryset = search_stories(queryset, filters.q)
    return Anonymized(queryset)
