from __future__ import annotations

import pytest
from django_scopes import scope, scopes_disabled

from hec.priorities import services
from hec.priorities.models import Assembly, CandidateIssue, Dot, Tally


def url(name: str, *args: str) -> str:
    from django.urls import reverse

    return reverse(f"chapter:{name}", args=["alpha", *args])


@pytest.fixture
def everyone(world, ally_a, partner_a):
    return {
        "leader": world.leader_a,
        "member": world.member_a,
        "ally": ally_a,
        "partner": partner_a,
    }


def test_every_role_sees_the_priorities_and_an_assembly(
    world, everyone, client_for, assembly_a, issues_a
):
    for role, user in everyone.items():
        client = client_for(user)
        page = client.get(url("priority-list"))
        assert page.status_code == 200, role
        assert "Spring priority assembly" in page.content.decode()
        detail = client.get(url("assembly-detail", assembly_a.public_id))
        assert detail.status_code == 200, role
        assert 'name="dots-' in detail.content.decode(), f"{role} gets the ballot"
        assert client.get(url("candidate-detail", issues_a[0].public_id)).status_code == 200


@pytest.mark.parametrize("role", ["member", "ally", "partner"])
def test_only_leaders_manage(role, everyone, client_for, assembly_a, issues_a):
    client = client_for(everyone[role])
    assert client.get(url("candidate-create")).status_code == 403
    assert client.post(url("candidate-create"), {"title": "X"}).status_code == 403
    assert client.get(url("assembly-create")).status_code == 403
    assert client.post(url("assembly-tally", assembly_a.public_id), {"dots": 3}).status_code == 403
    assert client.post(url("assembly-close", assembly_a.public_id)).status_code == 403
    assert (
        client.post(
            url("candidate-status", issues_a[0].public_id), {"status": "set_aside"}
        ).status_code
        == 403
    )
    page = client.get(url("assembly-detail", assembly_a.public_id)).content.decode()
    assert "Close and choose" not in page and "Add the tally" not in page


def test_partner_votes_from_the_ballot(world, partner_a, client_for, assembly_a, issues_a):
    a, b, _c = issues_a
    client = client_for(partner_a)
    response = client.post(
        url("assembly-vote", assembly_a.public_id),
        {f"dots-{a.public_id}": "2", f"dots-{b.public_id}": "1"},
    )
    assert response.status_code == 302
    with scope(chapter=world.chapter_a):
        assert services.dots_of(assembly_a, partner_a) == {a.public_id: 2, b.public_id: 1}
    page = client.get(url("assembly-detail", assembly_a.public_id)).content.decode()
    assert "Save my dots" in page
    assert f'name="dots-{a.public_id}" value="2"' in page


def test_over_budget_vote_shows_the_error_and_keeps_what_was_typed(
    world, member_a_client, assembly_a, issues_a
):
    a, b, _c = issues_a
    response = member_a_client.post(
        url("assembly-vote", assembly_a.public_id),
        {f"dots-{a.public_id}": "3", f"dots-{b.public_id}": "2"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "You have 3 dots to give; you gave 5." in page
    assert f'name="dots-{b.public_id}" value="2"' in page
    negative = member_a_client.post(
        url("assembly-vote", assembly_a.public_id), {f"dots-{a.public_id}": "-1"}
    )
    assert "Dots cannot be negative." in negative.content.decode()
    assert 'aria-invalid="true"' in negative.content.decode()
    with scopes_disabled():
        assert not Dot.objects.exists()


@pytest.fixture
def member_a_client(world, client_for):
    return client_for(world.member_a)


def test_vote_is_post_only(member_a_client, assembly_a):
    assert member_a_client.get(url("assembly-vote", assembly_a.public_id)).status_code == 405


def test_leader_makes_a_candidate_from_a_theme(world, client_for, theme_a):
    client = client_for(world.leader_a)
    page = client.get(url("candidate-create") + f"?theme={theme_a.public_id}").content.decode()
    assert f'value="{theme_a.label}"' in page
    assert "three hundred dollars" in page  # a representative story, ticked
    with scope(chapter=world.chapter_a):
        ids = [s.public_id for s in services.theme_stories(theme_a, _leader(world))]
    response = client.post(
        url("candidate-create"),
        {
            "title": "Stop no-cause evictions",
            "description": "Just cause",
            "themes": [theme_a.public_id],
            "stories": ids[:2],
            "from_theme": theme_a.public_id,
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        issue = CandidateIssue.objects.get(title="Stop no-cause evictions")
        assert list(issue.themes.all()) == [theme_a] and issue.stories.count() == 2


def _leader(world):
    from tests.priorities.conftest import access_of

    return access_of(world.leader_a, world.chapter_a, "leader")


def test_candidate_form_errors(world, client_for, theme_a):
    client = client_for(world.leader_a)
    response = client.post(url("candidate-create"), {"title": "", "themes": ["zzzzzzzzzzzz"]})
    assert response.status_code == 200
    page = response.content.decode()
    assert "This field is required." in page
    assert "Select a valid choice" in page
    with scopes_disabled():
        assert not CandidateIssue.objects.exists()


def test_assembly_create_and_its_errors(world, client_for, issues_a):
    client = client_for(world.leader_a)
    page = client.get(url("assembly-create")).content.decode()
    assert issues_a[0].title in page
    bad = client.post(
        url("assembly-create"),
        {
            "title": "A",
            "held_on": "2026-04-01",
            "dots_per_voter": "3",
            "candidates": [issues_a[0].public_id],
        },
    )
    assert bad.status_code == 200
    assert "Choose at least two candidate issues" in bad.content.decode()
    over = client.post(
        url("assembly-create"),
        {"title": "A", "held_on": "2026-04-01", "dots_per_voter": "50"},
    )
    assert "less than or equal to 10" in over.content.decode()
    good = client.post(
        url("assembly-create"),
        {
            "title": "Fall assembly",
            "held_on": "2026-10-01",
            "dots_per_voter": "2",
            "candidates": [i.public_id for i in issues_a],
        },
    )
    assert good.status_code == 302
    with scopes_disabled():
        assembly = Assembly.objects.get(title="Fall assembly")
        assert assembly.dots_per_voter == 2 and assembly.candidates.count() == 3


def test_leader_tallies_and_closes_and_the_chart_shows(world, client_for, assembly_a, issues_a):
    a, b, c = issues_a
    client_for(world.member_a).post(
        url("assembly-vote", assembly_a.public_id), {f"dots-{b.public_id}": "3"}
    )
    client = client_for(world.leader_a)
    bad = client.post(url("assembly-tally", assembly_a.public_id), {"candidate": b.public_id})
    assert bad.status_code == 200 and "This field is required." in bad.content.decode()
    ok = client.post(
        url("assembly-tally", assembly_a.public_id),
        {"candidate": b.public_id, "dots": "12", "note": "paper ballots"},
    )
    assert ok.status_code == 302
    page = client.get(url("assembly-detail", assembly_a.public_id)).content.decode()
    assert "12 dots for" in page and "paper ballots" in page
    assert "<svg" in page and 'class="bar-online"' in page and 'class="bar-tallied"' in page
    assert "<td><strong>15</strong></td>" in page  # 3 online + 12 tallied, in the table
    # the top issue is ticked in the close form
    assert f'value="{b.public_id}"' in page
    empty = client.post(url("assembly-close", assembly_a.public_id), {})
    assert empty.status_code == 200 and "This field is required." in empty.content.decode()
    done = client.post(url("assembly-close", assembly_a.public_id), {"chosen": [b.public_id]})
    assert done.status_code == 302
    page = client.get(url("assembly-detail", assembly_a.public_id)).content.decode()
    assert "Chosen priorities" in page and 'name="dots-' not in page
    assert "Close and choose" not in page
    listing = client.get(url("priority-list")).content.decode()
    assert "Chosen on" in listing
    # after closing: votes and tallies are refused
    late = client_for(world.member_a).post(
        url("assembly-vote", assembly_a.public_id), {f"dots-{a.public_id}": "1"}, follow=True
    )
    assert late.status_code == 200 and "voting has ended" in late.content.decode()
    client.post(url("assembly-tally", assembly_a.public_id), {"candidate": a.public_id, "dots": 1})
    again = client.post(url("assembly-close", assembly_a.public_id), {"chosen": [a.public_id]})
    assert again.status_code == 302 and again.url.endswith(f"/assemblies/{assembly_a.public_id}/")
    with scopes_disabled():
        assert Tally.objects.count() == 1
        assert CandidateIssue.objects.get(pk=b.pk).status == "chosen"
        assert CandidateIssue.objects.get(pk=a.pk).status != "chosen"


def test_chart_numbers_are_not_localized(world, client_for, assembly_a, issues_a):
    client = client_for(world.member_a)
    client.post(
        url("assembly-vote", assembly_a.public_id),
        {f"dots-{issues_a[0].public_id}": "1", f"dots-{issues_a[1].public_id}": "2"},
    )
    client.post("/i18n/setlang/", {"language": "es", "next": "/"})
    page = client.get(url("assembly-detail", assembly_a.public_id)).content.decode()
    import re

    widths = re.findall(r'width="([^"]+)" height="20"', page)
    assert widths and all("," not in w for w in widths)


def test_set_aside_from_the_issue_page(world, client_for, issues_a):
    client = client_for(world.leader_a)
    response = client.post(url("candidate-status", issues_a[1].public_id), {"status": "set_aside"})
    assert response.status_code == 302
    page = client.get(url("priority-list")).content.decode()
    assert "Set aside" in page


def test_pages_take_a_bounded_number_of_queries(
    world, client_for, assembly_a, issues_a, django_assert_max_num_queries
):
    with scope(chapter=world.chapter_a):
        more = [
            services.candidate_create(chapter=world.chapter_a, actor=None, title=f"Issue {n}")
            for n in range(12)
        ]
        big = services.assembly_create(
            chapter=world.chapter_a,
            actor=None,
            title="Big ballot",
            held_on=assembly_a.held_on,
            candidates=more + issues_a,
        )
        for issue in more[:5]:
            services.enter_tally(assembly=big, actor=None, candidate=issue, dots=2)
    client = client_for(world.leader_a)
    client.get(url("priority-list"))  # warm caches (session, memberships)
    with django_assert_max_num_queries(25):
        assert client.get(url("priority-list")).status_code == 200
    with django_assert_max_num_queries(25):
        assert client.get(url("assembly-detail", big.public_id)).status_code == 200
