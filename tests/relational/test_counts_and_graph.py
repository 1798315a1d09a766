from __future__ import annotations

import json
from datetime import date

from django.utils import timezone
from django_scopes import scope, scopes_disabled

from hec.core.permissions import ChapterRole
from hec.people.models import Membership, Organization, Person
from hec.relational import queries
from hec.relational.graph import relational_graph
from hec.relational.models import Meeting, MeetingGoal
from tests.factories import make_member, make_person
from tests.relational.conftest import make_meeting, url


def test_last_months_wraps_the_year():
    assert queries.last_months(date(2026, 2, 14)) == [
        date(2025, 9, 1),
        date(2025, 10, 1),
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]


def test_sparkline_points():
    assert queries.sparkline_points([0, 2], width=10, height=10) == "0.0,8.0 10.0,2.0"
    assert queries.sparkline_points([0, 0, 0]).count(",") == 3


def test_monthly_counts(world, people):
    today = date(2026, 3, 20)
    for held_on in (date(2026, 3, 1), date(2026, 3, 19), date(2026, 1, 31), date(2025, 9, 30)):
        make_meeting(world.chapter_a, people.member, people.ana, held_on=held_on)
    make_meeting(world.chapter_a, people.leader, people.ana, held_on=date(2025, 10, 1))
    ex = make_person(world.chapter_a, "Ex Member")  # not a member: in totals, not in rows
    make_meeting(world.chapter_a, ex, people.ana, held_on=date(2026, 3, 2))
    make_meeting(
        world.chapter_b,
        make_person(world.chapter_b, "B1"),
        world.person_b,
        held_on=date(2026, 3, 2),
    )
    with scope(chapter=world.chapter_a):
        MeetingGoal.objects.create(chapter=world.chapter_a, per_month=5)
        counts = queries.monthly_counts(today)
    assert counts.months[0] == date(2025, 10, 1) and counts.months[-1] == date(2026, 3, 1)
    rows = {row.person.name: row.counts for row in counts.rows}
    assert rows == {"Lena Alpha": [1, 0, 0, 0, 0, 0], "Max Alpha": [0, 0, 0, 1, 0, 2]}
    assert counts.totals == [1, 0, 0, 1, 0, 3]
    assert counts.goal == 5


def test_counts_page_constant_queries(world, people, client_for, django_assert_num_queries):
    def grow(n: int) -> None:
        with scopes_disabled():
            new = Person.objects.bulk_create(
                [
                    Person(chapter=world.chapter_a, name=f"M{n}-{i}", kind="student")
                    for i in range(n)
                ]
            )
            Membership.objects.bulk_create(
                [Membership(chapter=world.chapter_a, person=p, role="member") for p in new]
            )
            Meeting.objects.bulk_create(
                [Meeting(chapter=world.chapter_a, organizer=p, counterpart=people.ana) for p in new]
            )

    client = client_for(world.leader_a)
    grow(3)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get(url(world, "meeting-counts"))
    grow(80)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(url(world, "meeting-counts"))
    assert len(response.context["counts"].rows) == 2 + 3 + 80
    assert response.context["page"].paginator.count == 2 + 3 + 80
    html = response.content.decode()
    # one trend line per member on the page plus the chapter's, each labelled with its numbers
    assert html.count('<svg class="sparkline"') == 1 + 50
    assert 'aria-label="Trend over six months: 0, 0, 0, 0, 0, 1"' in html
    first = response.context["page"][0].person
    assert f'href="/c/{world.chapter_a.slug}/one-to-ones/?organizer={first.public_id}"' in html
    assert 'rel="next"' in html
    second = client.get(url(world, "meeting-counts") + "?page=2").content.decode()
    assert second.count('<svg class="sparkline"') == 1 + 35 and 'rel="prev"' in second


def test_counts_page_orders(world, people, client_for):
    today = timezone.localdate()
    for _ in range(3):
        make_meeting(world.chapter_a, people.member, people.ana, held_on=today)
    make_meeting(world.chapter_a, people.leader, people.ana, held_on=today)
    client = client_for(world.leader_a)

    def names(query: str) -> list[str]:
        response = client.get(url(world, "meeting-counts") + query)
        assert response.status_code == 200
        return [row.person.name for row in response.context["page"]]

    by_name = names("")
    assert by_name == sorted(by_name, key=str.casefold) and len(by_name) == 2
    assert names("?order=most")[0] == people.member.name
    assert names("?order=fewest")[0] == people.leader.name
    assert names("?order=nonsense") == by_name  # an unknown order lists by name, no error
    html = client.get(url(world, "meeting-counts") + "?order=most").content.decode()
    assert '<option value="most" selected>' in html


def test_goal_form(world, people, client_for):
    leader = client_for(world.leader_a)
    response = leader.post(url(world, "meeting-counts"), {"per_month": "25"})
    assert response.status_code == 302
    with scope(chapter=world.chapter_a):
        assert MeetingGoal.objects.get().per_month == 25
    page = leader.get(url(world, "meeting-counts")).content.decode()
    assert 'max="25"' in page and "Save goal" in page
    member = client_for(world.member_a)
    assert "Save goal" not in member.get(url(world, "meeting-counts")).content.decode()
    assert member.post(url(world, "meeting-counts"), {"per_month": "1"}).status_code == 403
    bad = leader.post(url(world, "meeting-counts"), {"per_month": "-3"})
    assert bad.status_code == 200 and 'value="-3"' in bad.content.decode()


# --- The relational network -----------------------------------------------------------------


def _graph_world(world, people):
    """leader (no discipline) — member (medicine) — ana (nursing) — rosa (community) — union."""
    with scopes_disabled():
        Person.objects.filter(pk=people.member.pk).update(discipline="medicine")
        people.member.refresh_from_db()
    org = Organization.objects.create(name="Eastside Tenants", kind="tenant_association")
    rosa = make_person(world.chapter_a, "Rosa Community", kind="community", organization=org)
    med2 = make_person(world.chapter_a, "Mo Medicine", discipline="medicine")
    make_meeting(world.chapter_a, people.member, people.ana)  # crosses medicine ↔ nursing
    make_meeting(world.chapter_a, people.ana, people.member)  # same tie, other way
    make_meeting(world.chapter_a, people.member, med2)  # same discipline
    make_meeting(world.chapter_a, people.ana, rosa, held_on=date(2020, 1, 1))  # reaches community
    make_meeting(world.chapter_a, people.leader, med2)  # no discipline on one side
    return rosa, med2, org


def test_graph_data(world, people):
    rosa, med2, org = _graph_world(world, people)
    with scope(chapter=world.chapter_a):
        graph = relational_graph({})
    ids = {n["id"]: n for n in graph.nodes}
    assert ids[org.public_id]["kind"] == "organization"
    assert ids[rosa.public_id]["community_org"] is True
    meeting_edges = {
        frozenset((e["source"], e["target"])): e for e in graph.edges if e["kind"] == "meeting"
    }
    assert len(meeting_edges) == 4
    cross = meeting_edges[frozenset((people.member.public_id, people.ana.public_id))]
    assert cross["crosses_discipline"] and not cross["reaches_community"]
    assert cross["weight"] == 2
    same = meeting_edges[frozenset((people.member.public_id, med2.public_id))]
    assert not same["crosses_discipline"]
    community = meeting_edges[frozenset((people.ana.public_id, rosa.public_id))]
    assert community["reaches_community"] and not community["crosses_discipline"]
    assert not meeting_edges[frozenset((people.leader.public_id, med2.public_id))][
        "crosses_discipline"
    ]
    membership = [e for e in graph.edges if e["kind"] == "membership"]
    assert membership == [
        {
            "source": rosa.public_id,
            "target": org.public_id,
            "kind": "membership",
            "weight": 1,
            "crosses_discipline": False,
            "reaches_community": True,
        }
    ]
    assert graph.summary["ties"] == 4
    assert graph.summary["crossing"] == 1 and graph.summary["crossing_share"] == 0.25
    assert graph.summary["reaching"] == 1
    assert graph.top[0]["degree"] == 2 and graph.top[0]["label"] in {
        "Max Alpha",
        "Ana Alphaperson",
        "Mo Medicine",
    }


def test_graph_filters(world, people):
    rosa, med2, _org = _graph_world(world, people)
    with scope(chapter=world.chapter_a):
        recent = relational_graph({"date_from": date(2021, 1, 1)})
        nursing = relational_graph({"discipline": "nursing"})
        community = relational_graph({"kind": "community"})
    assert recent.summary["ties"] == 3  # the 2020 one-to-one with Rosa is out
    assert nursing.summary["ties"] == 2  # Ana's ties: Max and Rosa
    assert community.summary["ties"] == 1 and community.summary["reaching_share"] == 1.0


def test_graph_caps_nodes(world, people):
    with scopes_disabled():
        many = Person.objects.bulk_create(
            [Person(chapter=world.chapter_a, name=f"N{i}", kind="student") for i in range(30)]
        )
        Meeting.objects.bulk_create(
            [Meeting(chapter=world.chapter_a, organizer=people.member, counterpart=p) for p in many]
        )
    with scope(chapter=world.chapter_a):
        graph = relational_graph({}, max_nodes=10)
    assert graph.summary["capped"] and graph.summary["ties"] == 30
    assert len(graph.nodes) == 10
    assert graph.nodes[0]["id"] == people.member.public_id  # the most connected first
    kept = {n["id"] for n in graph.nodes}
    assert all(e["source"] in kept and e["target"] in kept for e in graph.edges)


def test_graph_pages(world, people, client_for, django_assert_max_num_queries):
    rosa, _med2, _org = _graph_world(world, people)
    client = client_for(world.member_a)
    page = client.get(url(world, "network-graph") + "?discipline=nursing")
    html = page.content.decode()
    assert page.status_code == 200
    assert 'data-url="/c/alpha/network-graph/data.json?discipline=nursing"' in html
    assert "relational/graph.js" in html and "vendor/cytoscape/cytoscape.min.js" in html
    assert "<script>" not in html and "style=" not in html
    assert "Ana Alphaperson" in html  # the text alternative
    with django_assert_max_num_queries(10):
        data = client.get(url(world, "network-graph-data"))
    payload = json.loads(data.content)
    assert {"nodes", "edges", "summary"} <= set(payload)
    assert "BETAMARKER" not in data.content.decode()
    assert client.get(url(world, "network-graph-data") + "?date_from=nope").status_code == 400


def test_graph_data_is_compressed_for_browsers_that_accept_it(world, people, client_for):
    import gzip

    _graph_world(world, people)
    client = client_for(world.member_a)
    plain = client.get(url(world, "network-graph-data"))
    packed = client.get(url(world, "network-graph-data"), HTTP_ACCEPT_ENCODING="gzip, br")
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip" and "Accept-Encoding" in packed["Vary"]
    assert json.loads(gzip.decompress(packed.content)) == json.loads(plain.content)


def test_graph_query_count_constant(world, people, client_for, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(world.leader_a)

    def grow(n: int) -> None:
        with scopes_disabled():
            new = Person.objects.bulk_create(
                [
                    Person(chapter=world.chapter_a, name=f"G{n}-{i}", kind="student")
                    for i in range(n)
                ]
            )
            Membership.objects.bulk_create(
                [Membership(chapter=world.chapter_a, person=p, role="member") for p in new]
            )
            Meeting.objects.bulk_create(
                [Meeting(chapter=world.chapter_a, organizer=p, counterpart=people.ana) for p in new]
            )

    grow(2)
    with CaptureQueriesContext(connection) as small:
        client.get(url(world, "network-graph-data"))
    grow(100)
    with django_assert_num_queries(len(small.captured_queries)):
        client.get(url(world, "network-graph-data"))
    with scopes_disabled():
        assert Meeting.objects.filter(held_on=timezone.localdate()).count() == 102


def test_member_role_leader_sees_graph(world, people, client_for):
    ally = make_member(world.chapter_a, None, ChapterRole.FACULTY_ALLY, "Fay Ally", kind="ally")
    make_meeting(world.chapter_a, ally, people.ana)
    with scope(chapter=world.chapter_a):
        graph = relational_graph({"kind": "ally"})
    assert graph.summary["ties"] == 1
