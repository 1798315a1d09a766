"""Chapters are tenants: resolved once per request, enforced by scoped managers.

Every URL with a `chapter_slug` argument (web pages under /c/<slug>/ and API endpoints under
/api/v1/chapters/<slug>/) goes through `ChapterMiddleware`, which checks the user's access and
runs the view inside `django_scopes.scope(chapter=...)`. Chapter-owned models use
`ScopedManager`, so a query outside a scope raises instead of leaking rows. A chapter the user
cannot see answers 404, exactly like one that does not exist.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from hec.core.permissions import CHAPTER_PERMISSIONS, ChapterRole, role_can

ROLE_RANK = [
    ChapterRole.LEADER,
    ChapterRole.MEMBER,
    ChapterRole.FACULTY_ALLY,
    ChapterRole.COMMUNITY_PARTNER,
]


@dataclass(frozen=True)
class ChapterAccess:
    """What one user may do in one chapter."""

    chapter: Any
    roles: frozenset[str]
    person: Any = None

    @property
    def role(self) -> str:
        return next(r for r in ROLE_RANK if r in self.roles)

    def can(self, capability: str) -> bool:
        return any(role_can(role, capability) for role in self.roles)

    @cached_property
    def capability_names(self) -> frozenset[str]:
        """Asked once per menu entry of the chapter navigation: computed once per request."""
        return frozenset(c for c in CHAPTER_PERMISSIONS if self.can(c))


def active_memberships(user: Any) -> list[Any]:
    """The user's open memberships across chapters (an explicit cross-chapter query),
    cached on the user object, which lives for one request."""
    from hec.people.models import Membership

    cached = getattr(user, "_hec_memberships", None)
    if cached is not None:
        return cached
    today = timezone.localdate()
    with scopes_disabled():
        user._hec_memberships = list(
            Membership.objects.filter(
                person__user=user, person__archived_at__isnull=True, started_on__lte=today
            )
            .filter(Q(ended_on__isnull=True) | Q(ended_on__gte=today))
            .select_related("chapter", "person")
            .order_by("chapter__name")
        )
    return user._hec_memberships


def chapters_for(user: Any) -> list[Any]:
    """The chapters a user belongs to, in name order, without repeats."""
    if not getattr(user, "is_authenticated", False):
        return []
    seen: dict[int, Any] = {}
    for membership in active_memberships(user):
        seen.setdefault(membership.chapter_id, membership.chapter)
    return list(seen.values())


def access_for(user: Any, chapter_slug: str) -> ChapterAccess | None:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    memberships = [m for m in active_memberships(user) if m.chapter.slug == chapter_slug]
    if not memberships:
        return None
    return ChapterAccess(
        chapter=memberships[0].chapter,
        roles=frozenset(m.role for m in memberships),
        person=memberships[0].person,
    )


class ChapterRequest(HttpRequest):
    """For type hints: a request that went through ChapterMiddleware."""

    chapter: Any
    chapter_access: ChapterAccess


def _is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith("/api/")


class ChapterMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)
        slug = match.kwargs.get("chapter_slug")
        if slug is None:
            return self.get_response(request)
        access = access_for(request.user, slug)
        if access is None:
            if not request.user.is_authenticated:
                if _is_api(request):
                    return JsonResponse({"detail": "Authentication required."}, status=401)
                return redirect_to_login(request.get_full_path())
            if _is_api(request):
                return JsonResponse({"detail": "Not found."}, status=404)
            raise Http404("No such chapter.")
        request.chapter = access.chapter  # type: ignore[attr-defined]
        request.chapter_access = access  # type: ignore[attr-defined]
        with scope(chapter=access.chapter):
            return self.get_response(request)


def require(capability: str) -> Callable:
    """View decorator: the chapter member must have `capability`, else 403."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            access = getattr(request, "chapter_access", None)
            if access is None:
                raise Http404
            if not access.can(capability):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        wrapped.required_capability = capability  # type: ignore[attr-defined]
        return wrapped

    return decorator
