from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scope, scopes_disabled

from hec.core.models import AuditEntry
from hec.core.permissions import ChapterRole
from hec.priorities import services
from hec.priorities.models import Assembly, CandidateIssue, Dot
from tests.listening.conftest import add_story
from tests.priorities.conftest import access_of, add_theme


def test_candidate_from_theme_takes_label_summary_and_readable_stories(world, theme_a):
    member = access_of(world.member_a, world.chapter_a, ChapterRole.MEMBER)
    with scope(chapter=world.chapter_a):
        issue = services.candidate_from_theme(theme=theme_a, actor=world.member_a, access=member)
        assert issue.title == theme_a.label
        assert "rent" in issue.description and "Housing" in issue.description
        assert list(issue.themes.all()) == [theme_a]
        texts = sorted(s.text for s in issue.stories.all())
    # the member may not read the private story: it is not pulled in
    assert len(texts) == 2 and not any("PRIVATEQUOTE" in t for t in texts)
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="chapter.priorities.candidate_created").exists()


def test_candidate_from_theme_as_leader_keeps_the_private_story(world, theme_a):
    leader = access_of(world.leader_a, world.chapter_a, ChapterRole.LEADER)
    with scope(chapter=world.chapter_a):
        issue = services.candidate_from_theme(
            theme=theme_a, actor=world.leader_a, access=leader, title="Evictions"
        )
        assert issue.title == "Evictions"
        assert issue.stories.count() == 3


def test_candidate_refuses_other_chapters_theme_and_blank_title(world):
    story_b = add_story(world, "BETAMARKER story", chapter=world.chapter_b)
    theme_b = add_theme(world, "Beta theme", chapter=world.chapter_b, stories=[story_b])
    leader = access_of(world.leader_a, world.chapter_a, ChapterRole.LEADER)
    with scope(chapter=world.chapter_a):
        with pytest.raises(ValidationError) as error:
            services.candidate_from_theme(theme=theme_b, actor=world.leader_a, access=leader)
        assert "themes" in error.value.message_dict
        with pytest.raises(ValidationError) as error:
            services.candidate_create(
                chapter=world.chapter_a,
                actor=world.leader_a,
                title="  ",
                themes=[theme_b],
                stories=[story_b],
            )
        assert set(error.value.message_dict) == {"title", "themes", "stories"}


def test_assembly_needs_two_open_candidates_and_a_sane_budget(world, issues_a):
    with scope(chapter=world.chapter_a):
        with pytest.raises(ValidationError) as error:
            services.assembly_create(
                chapter=world.chapter_a,
                actor=world.leader_a,
                title="",
                held_on=None,
                dots_per_voter=0,
                candidates=issues_a[:1],
            )
        assert set(error.value.message_dict) == {"title", "held_on", "dots_per_voter", "candidates"}
        assert not Assembly.objects.exists()


def test_cast_dots_budget_negative_unknown(world, assembly_a, issues_a):
    a, b, c = (i.public_id for i in issues_a)
    with scope(chapter=world.chapter_a):
        with pytest.raises(ValidationError) as error:
            services.cast_dots(assembly=assembly_a, voter=world.member_a, allocation={a: 2, b: 2})
        assert "3" in error.value.message_dict["dots"][0]
        with pytest.raises(ValidationError) as error:
            services.cast_dots(assembly=assembly_a, voter=world.member_a, allocation={a: -1})
        assert a in error.value.message_dict
        with pytest.raises(ValidationError) as error:
            services.cast_dots(
                assembly=assembly_a, voter=world.member_a, allocation={"zzzzzzzzzzzz": 1}
            )
        assert "dots" in error.value.message_dict
        with pytest.raises(ValidationError):
            services.cast_dots(assembly=assembly_a, voter=world.member_a, allocation={a: "two"})
        assert not Dot.objects.exists()


def test_cast_dots_replaces_the_voters_allocation(world, assembly_a, issues_a):
    a, b, c = (i.public_id for i in issues_a)
    with scope(chapter=world.chapter_a):
        services.cast_dots(assembly=assembly_a, voter=world.member_a, allocation={a: 2, b: 1})
        services.cast_dots(assembly=assembly_a, voter=world.leader_a, allocation={a: 3})
        services.cast_dots(assembly=assembly_a, voter=world.member_a, allocation={c: 3, a: 0})
        assert services.dots_of(assembly_a, world.member_a) == {c: 3}
        board = services.results(assembly_a)
    totals = {r.candidate.public_id: r.online for r in board.rows}
    assert totals == {a: 3, b: 0, c: 3}
    assert board.voters == 2
    # a voter may take all their dots back
    with scope(chapter=world.chapter_a):
        services.cast_dots(assembly=assembly_a, voter=world.member_a, allocation={})
        assert services.results(assembly_a).voters == 1


def test_tallies_add_up_with_online_dots(world, assembly_a, issues_a):
    a, b, c = issues_a
    with scope(chapter=world.chapter_a):
        services.cast_dots(assembly=assembly_a, voter=world.member_a, allocation={a: 1, b: 2})
        services.enter_tally(
            assembly=assembly_a, actor=world.leader_a, candidate=b, dots=10, note="table 1"
        )
        services.enter_tally(assembly=assembly_a, actor=world.leader_a, candidate=b, dots=4)
        services.enter_tally(assembly=assembly_a, actor=world.leader_a, candidate=c, dots=5)
        board = services.results(assembly_a)
    rows = {r.candidate.pk: (r.online, r.tallied, r.total) for r in board.rows}
    assert rows == {a.pk: (1, 0, 1), b.pk: (2, 14, 16), c.pk: (0, 5, 5)}
    assert [r.candidate for r in board.rows] == [b, c, a]  # most dots first
    assert (board.online, board.tallied, board.total, board.top) == (3, 19, 22, 16)


def test_tally_refuses_bad_input(world, assembly_a, issues_a):
    with scope(chapter=world.chapter_a):
        other = services.candidate_create(
            chapter=world.chapter_a, actor=world.leader_a, title="Not on the ballot"
        )
        with pytest.raises(ValidationError) as error:
            services.enter_tally(
                assembly=assembly_a, actor=world.leader_a, candidate=other, dots=0, note="x" * 300
            )
        assert set(error.value.message_dict) == {"candidate", "dots", "note"}


def test_close_records_chosen_priorities_with_themes_and_stories(
    world, assembly_a, issues_a, theme_a
):
    a, b, c = issues_a
    with scope(chapter=world.chapter_a):
        services.cast_dots(assembly=assembly_a, voter=world.member_a, allocation={a: 3})
        with pytest.raises(ValidationError):
            services.close_assembly(assembly=assembly_a, actor=world.leader_a, chosen=[])
        services.close_assembly(assembly=assembly_a, actor=world.leader_a, chosen=[a])
        a.refresh_from_db()
        b.refresh_from_db()
        assert a.status == CandidateIssue.Status.CHOSEN
        assert a.chosen_in == assembly_a and a.chosen_at is not None
        assert list(a.themes.all()) == [theme_a] and a.stories.count() == 3
        assert b.status == CandidateIssue.Status.CANDIDATE and b.chosen_in is None
        assembly_a.refresh_from_db()
        assert assembly_a.status == "closed" and assembly_a.closed_by == world.leader_a
        # once closed: no more votes, tallies or closing
        with pytest.raises(ValidationError) as error:
            services.cast_dots(assembly=assembly_a, voter=world.member_a, allocation={b: 1})
        assert "closed" in error.value.message_dict["dots"][0]
        with pytest.raises(ValidationError):
            services.enter_tally(assembly=assembly_a, actor=world.leader_a, candidate=b, dots=2)
        with pytest.raises(ValidationError):
            services.close_assembly(assembly=assembly_a, actor=world.leader_a, chosen=[b])
    with scopes_disabled():
        entry = AuditEntry.objects.get(action="chapter.priorities.assembly_closed")
    assert entry.data["chosen"] == [a.public_id] and entry.data["voters"] == 1


def test_close_refuses_an_issue_not_on_the_ballot(world, assembly_a):
    with scope(chapter=world.chapter_a):
        other = services.candidate_create(chapter=world.chapter_a, actor=None, title="Elsewhere")
        with pytest.raises(ValidationError) as error:
            services.close_assembly(assembly=assembly_a, actor=world.leader_a, chosen=[other])
        assert "chosen" in error.value.message_dict


def test_set_aside_and_back(world, issues_a):
    issue = issues_a[1]
    with scope(chapter=world.chapter_a):
        services.candidate_set_status(issue=issue, actor=world.leader_a, status="set_aside")
        assert CandidateIssue.objects.get(pk=issue.pk).status == "set_aside"
        with pytest.raises(ValidationError):
            services.candidate_set_status(issue=issue, actor=world.leader_a, status="chosen")
        services.candidate_set_status(issue=issue, actor=world.leader_a, status="candidate")


def test_set_aside_issue_cannot_go_on_a_ballot(world, issues_a):
    with scope(chapter=world.chapter_a):
        services.candidate_set_status(issue=issues_a[2], actor=None, status="set_aside")
        with pytest.raises(ValidationError) as error:
            services.assembly_create(
                chapter=world.chapter_a,
                actor=None,
                title="T",
                held_on=date(2026, 1, 1),
                candidates=issues_a,
            )
        assert "candidates" in error.value.message_dict


def test_only_the_chapters_people_vote(world, assembly_a, issues_a):
    with scope(chapter=world.chapter_a):
        for outsider in (world.leader_b, world.network_admin):
            with pytest.raises(ValidationError) as error:
                services.cast_dots(
                    assembly=assembly_a, voter=outsider, allocation={issues_a[0].public_id: 1}
                )
            assert "voter" in error.value.message_dict
