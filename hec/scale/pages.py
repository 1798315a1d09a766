"""THE registry of pages and API list endpoints that `hec bench` measures and the browser
tests check for accessibility (tests/browser/test_accessibility.py).

To add a page: append `Page("name", url_builder, user=...)` to `PAGES`. The URL builder gets a
`Target` (a chapter and sample objects in it) and returns a path. `user` is one of the
archetypes "leader", "member", "admin" (network admin); `api=True` for JSON endpoints (bench
signs in with a bearer token; the accessibility test skips them). A page whose URL name does
not exist yet reports as unavailable (bench lists it, tests skip it with the reason).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django_scopes import scope


@dataclass(frozen=True)
class Target:
    """Where the pages point: a chapter and a few of its objects."""

    chapter_slug: str
    person_id: str = ""
    organization_id: str = ""
    search: str = ""
    meeting_id: str = ""
    session_id: str = ""
    story_id: str = ""
    story_search: str = ""
    theme_id: str = ""
    assembly_id: str = ""

    @classmethod
    def for_chapter(cls, chapter: Any) -> Target:
        from hec.listening.models import ListeningSession, Story
        from hec.people.models import Partnership, Person
        from hec.relational.models import Meeting

        with scope(chapter=chapter):
            meeting = Meeting.objects.order_by("-held_on", "-id").first()
            session = ListeningSession.objects.order_by("-held_on", "-id").first()
            # a story every archetype may read (not private, not withdrawn)
            story = (
                Story.objects.filter(consent="chapter", withdrawn_at=None)
                .order_by("-told_on", "-id")
                .first()
            )
            person = (
                Person.objects.filter(archived_at__isnull=True, user__isnull=True)
                .order_by("name", "id")
                .first()
            )
            partnership = Partnership.objects.select_related("organization").first()
            theme_id = _first_public_id("patterns", "Theme", chapter, "-size")
            assembly_id = _first_public_id("priorities", "Assembly", chapter, "-id")
        return cls(
            chapter_slug=chapter.slug,
            person_id=person.public_id if person else "",
            organization_id=partnership.organization.public_id if partnership else "",
            search=person.name.split()[-1][:4] if person else "a",
            meeting_id=meeting.public_id if meeting else "",
            session_id=session.public_id if session else "",
            story_id=story.public_id if story else "",
            story_search=_word(story.text) if story else "rent",
            theme_id=theme_id,
            assembly_id=assembly_id,
        )


def _first_public_id(app: str, model_name: str, chapter: Any, order: str) -> str:
    """The chapter's first object of a model, or "" (also when the model does not exist yet)."""
    from django.apps import apps

    try:
        model = apps.get_model(app, model_name)
    except LookupError:
        return ""
    objects = model.objects.filter(chapter=chapter)
    if model_name == "Theme":  # an active theme: retired or merged ones answer 404 / redirect
        objects = objects.filter(retired_at=None, merged_into=None)
    obj = objects.order_by(order).first()
    return obj.public_id if obj else ""


def _word(text: str) -> str:
    """A searchable word of the story (the longest of its first few)."""
    return max(text.split()[:8], key=len).strip(".,;:!?¿¡\"'")


UrlBuilder = Callable[[Target], str]


@dataclass(frozen=True)
class Page:
    name: str
    url: UrlBuilder
    user: str = "leader"
    api: bool = False
    # False for pages that are not "main" pages (forms reached from others): bench only.
    accessibility: bool = True

    def path(self, target: Target) -> str | None:
        """The URL, or None when the page does not exist (yet) in this code base."""
        try:
            path = self.url(target)
            resolve(path.split("?")[0])
        except (NoReverseMatch, Resolver404):
            return None
        return path


def chapter(name: str, query: str = "", **kwargs: str) -> UrlBuilder:
    """Builder for `chapter:<name>`; kwargs map URL arguments to Target attributes."""

    def build(t: Target) -> str:
        args = {"chapter_slug": t.chapter_slug} | {k: getattr(t, v) for k, v in kwargs.items()}
        return reverse(f"chapter:{name}", kwargs=args) + query.format(t=t)

    return build


def named(name: str) -> UrlBuilder:
    return lambda t: reverse(name)


def api(path: str) -> UrlBuilder:
    return lambda t: "/api/v1/" + path.format(t=t)


BARE = Page("bare Django view (/healthz)", named("healthz"), user="anonymous", accessibility=False)

PAGES: list[Page] = [
    Page("chapter home", chapter("chapter-home")),
    Page("people list", chapter("people-list")),
    Page("people list, member", chapter("people-list"), user="member", accessibility=False),
    Page("people search", chapter("people-list", "?q={t.search}"), accessibility=False),
    Page(
        "people filtered",
        chapter("people-list", "?discipline=nursing&role=member&stage=participant"),
        accessibility=False,
    ),
    Page("person detail", chapter("person-detail", person_id="person_id")),
    Page("person edit form", chapter("person-edit", person_id="person_id")),
    Page("person create form", chapter("person-create")),
    Page("duplicates", chapter("people-duplicates")),
    Page("partners", chapter("organization-list")),
    Page("partner detail", chapter("organization-detail", organization_id="organization_id")),
    Page("invitations", chapter("invitation-list")),
    Page("audit log", chapter("audit-log")),
    Page("profile", named("accounts:profile")),
    Page("API tokens", named("accounts:api-tokens")),
    Page("network", named("accounts:network"), user="admin"),
    # One-to-ones (issue 4)
    Page("one-to-ones", chapter("meeting-list")),
    Page("one-to-ones, member", chapter("meeting-list"), user="member", accessibility=False),
    Page("one-to-one log form", chapter("meeting-log")),
    Page("one-to-one detail", chapter("meeting-detail", meeting_id="meeting_id")),
    Page("my follow-ups", chapter("follow-ups")),
    Page("one-to-one counts", chapter("meeting-counts")),
    Page("relational network", chapter("network-graph")),
    Page("relational network data", chapter("network-graph-data"), accessibility=False),
    # Listening sessions and stories (issue 4)
    Page("sessions", chapter("session-list")),
    Page("session summary", chapter("session-detail", session_id="session_id")),
    Page("session attendance", chapter("session-attendance", session_id="session_id")),
    Page("session batch stories", chapter("session-stories", session_id="session_id")),
    Page("stories", chapter("story-list")),
    Page("stories, member", chapter("story-list"), user="member", accessibility=False),
    Page("story search", chapter("story-list", "?q={t.story_search}"), accessibility=False),
    Page(
        "stories filtered",
        chapter("story-list", "?category=housing_instability&language=es&consent=chapter"),
        accessibility=False,
    ),
    Page("story detail", chapter("story-detail", story_id="story_id")),
    Page("story create form", chapter("story-create"), accessibility=False),
    Page("network stories", chapter("story-network")),
    Page("chapter codes", chapter("chapter-codes")),
    Page("API chapters", api("chapters"), api=True),
    Page("API people", api("chapters/{t.chapter_slug}/people"), api=True),
    Page("API people search", api("chapters/{t.chapter_slug}/people?q={t.search}"), api=True),
    Page("API memberships", api("chapters/{t.chapter_slug}/memberships"), api=True),
    Page("API organizations", api("chapters/{t.chapter_slug}/organizations"), api=True),
    Page("API meetings", api("chapters/{t.chapter_slug}/meetings"), api=True),
    Page("API sessions", api("chapters/{t.chapter_slug}/sessions"), api=True),
    Page("API stories", api("chapters/{t.chapter_slug}/stories"), api=True),
    Page(
        "API stories search",
        api("chapters/{t.chapter_slug}/stories?q={t.story_search}"),
        api=True,
    ),
    Page("API network stories", api("chapters/{t.chapter_slug}/network-stories"), api=True),
    # Patterns and priorities (issue 5)
    Page("themes", chapter("theme-list")),
    Page("theme detail", chapter("theme-detail", theme_id="theme_id")),
    Page("theme detail, member", chapter("theme-detail", theme_id="theme_id"), user="member"),
    Page("chain view", chapter("theme-chain")),
    Page("network themes", chapter("theme-network")),
    Page("network themes, admin", named("accounts:network-themes"), user="admin"),
    Page("priorities", chapter("priority-list")),
    Page("priority assembly", chapter("assembly-detail", assembly_id="assembly_id")),
    Page(
        "priority assembly, member",
        chapter("assembly-detail", assembly_id="assembly_id"),
        user="member",
    ),
    Page("API themes", api("chapters/{t.chapter_slug}/themes"), api=True),
    Page("API priorities", api("chapters/{t.chapter_slug}/priorities"), api=True),
]


def available(target: Target) -> list[tuple[Page, str]]:
    return [(page, path) for page in PAGES if (path := page.path(target)) is not None]


def unavailable(target: Target) -> list[Page]:
    return [page for page in PAGES if page.path(target) is None]
