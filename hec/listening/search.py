"""Full-text search of stories, on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

`search_stories` only ever narrows a queryset the caller got from the visibility layer
(`hec.listening.visibility.chapter_stories`), so search can never reveal a story the reader
may not see. The index is kept in sync by the database itself (SQLite: triggers on
`listening_story`; PostgreSQL: a generated column), so bulk writes are covered too — see
migration 0003.
"""

from __future__ import annotations

import re

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from hec.listening.models import Story

FTS_TABLE = "listening_story_fts"
# The matching ids, as a subquery (alias-safe: works inside other querysets' subqueries too).
_SQLITE_IDS = "SELECT rowid FROM listening_story_fts WHERE listening_story_fts MATCH %s"
# PostgreSQL: `search` is a stored generated tsvector column with a GIN index (migration 0003).
_POSTGRES_IDS = "SELECT id FROM listening_story WHERE search @@ to_tsquery('simple', %s)"
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text or "")[:20]


def _prefix(term: str) -> bool:
    """Words also match as prefixes, except single letters ("there's" = there + s): "s" as a
    prefix matches nearly every story and made a search ten times slower."""
    return len(term) > 1


def search_stories(queryset: QuerySet[Story], words: str) -> QuerySet[Story]:
    """Narrow `queryset` (already visible to the reader) to stories containing all `words`
    (in the text or the translation; each word of two letters or more also matches as a
    prefix: "evict" finds "eviction"). Case-insensitive on both databases; SQLite also
    ignores accents."""
    terms = _words(words)
    if not terms:
        return queryset
    if connection.vendor == "sqlite":
        match = " AND ".join(f'"{t}"' + ("*" if _prefix(t) else "") for t in terms)
        return queryset.filter(pk__in=RawSQL(_SQLITE_IDS, [match]))  # noqa: S611 (bound)
    # Words are \w+ only, so "word:*" (prefix, as on SQLite) is always a valid tsquery.
    query = " & ".join(t + (":*" if _prefix(t) else "") for t in terms)
    return queryset.filter(pk__in=RawSQL(_POSTGRES_IDS, [query]))  # noqa: S611 (bound)
