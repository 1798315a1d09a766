"""Generated data for issue 5: real pattern runs make themes (bench chapter, its affiliate,
the network), and the bench chapter gets candidate issues and an assembly with many voters'
dots and a tally — deterministically for a seed — so the bench's theme and priority pages
are available on generated data."""

from __future__ import annotations

import pytest
from django.core import management
from django.db.models import Sum
from django.test import Client
from django_scopes import scopes_disabled

from hec.accounts.models import User
from hec.api.models import ApiToken
from hec.patterns.models import PatternRun, Scope, Theme, ThemeStory
from hec.people.models import Chapter
from hec.priorities.models import Assembly, CandidateIssue, Dot, Tally
from hec.scale.generate import generate
from hec.scale.pages import PAGES, Target
from hec.scale.scales import BENCH_CHAPTER_SLUG, BENCH_USERS

ISSUE_5_PAGES = {
    "themes",
    "theme detail",
    "theme detail, member",
    "chain view",
    "network themes",
    "network themes, admin",
    "priorities",
    "priority assembly",
    "priority assembly, member",
    "API themes",
    "API priorities",
}


def snapshot() -> dict:
    with scopes_disabled():
        return {
            "runs": list(
                PatternRun.objects.order_by("public_id").values_list(
                    "public_id", "scope", "chapter__slug", "affiliate__slug", "status",
                    "stories_count", "themes_count",
                )
            ),
            "themes": list(
                Theme.objects.order_by("public_id").values_list(
                    "public_id", "scope", "chapter__slug", "label", "keywords", "size", "tellers"
                )
            ),
            "members": ThemeStory.objects.count(),
            "issues": list(
                CandidateIssue.objects.order_by("public_id").values_list(
                    "public_id", "title", "status", "themes__public_id"
                )
            ),
            "assemblies": list(
                Assembly.objects.values_list("public_id", "title", "held_on", "status")
            ),
            "dots": list(
                Dot.objects.order_by("voter__email", "candidate__public_id").values_list(
                    "voter__email", "candidate__public_id", "dots"
                )
            ),
            "tallies": list(
                Tally.objects.order_by("id").values_list("candidate__public_id", "dots")
            ),
        }  # fmt: skip


@pytest.mark.django_db(transaction=True)
def test_generation_makes_themes_and_an_assembly_deterministically():
    # The engine reads stories in primary-key order and names them by key, so both
    # generations start from reset sequences, like a fresh database or `--reset`.
    management.call_command("flush", interactive=False, verbosity=0)
    result = generate("small", seed=3, quiet=True)
    assert result["rows"]["themes"] > 0 and result["rows"]["priorities"] > 0
    first = snapshot()
    scopes = {run[1] for run in first["runs"]}
    assert scopes == {Scope.CHAPTER, Scope.AFFILIATE, Scope.NETWORK}
    assert all(run[4] == PatternRun.Status.DONE for run in first["runs"])
    assert {t[2] for t in first["themes"] if t[1] == Scope.CHAPTER} == {BENCH_CHAPTER_SLUG}
    assert len(first["assemblies"]) == 1 and first["assemblies"][0][3] == Assembly.Status.OPEN
    assert len(first["issues"]) >= 2
    voters = {d[0] for d in first["dots"]}
    assert len(voters) >= 20
    with scopes_disabled():
        assert Dot.objects.aggregate(n=Sum("dots"))["n"] == 3 * len(voters)
        # voters are the chapter's members, signed in through their person records
        assert User.objects.filter(
            email__in=voters, people__chapter__slug=BENCH_CHAPTER_SLUG
        ).count() == len(voters)
    assert len(first["tallies"]) == 2

    management.call_command("flush", interactive=False, verbosity=0)
    generate("small", seed=3, quiet=True)
    assert snapshot() == first


@pytest.mark.django_db(transaction=True)
def test_issue_5_pages_are_available_on_generated_data():
    generate("small", seed=1, quiet=True)
    with scopes_disabled():
        target = Target.for_chapter(Chapter.objects.get(slug=BENCH_CHAPTER_SLUG))
        users = {role: User.objects.get(email=email) for role, email in BENCH_USERS.items()}
    assert target.theme_id and target.assembly_id
    pages = [page for page in PAGES if page.name in ISSUE_5_PAGES]
    assert {page.name for page in pages} == ISSUE_5_PAGES
    problems = []
    for page in pages:
        path = page.path(target)
        if path is None:
            problems.append(f"{page.name}: unavailable")
            continue
        client = Client()
        user = users[page.user]
        if page.api:
            _, raw = ApiToken.issue(user=user, name="t")
            response = client.get(path, headers={"Authorization": f"Bearer {raw}"})
        else:
            client.force_login(user)
            response = client.get(path)
        if response.status_code != 200:
            problems.append(f"{page.name} {path}: {response.status_code}")
    assert not problems, "\n".join(problems)
