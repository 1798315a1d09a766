"""Stories through the API: consent decides every read, writes go through the services."""

from __future__ import annotations

import pytest
from django_scopes import scope, scopes_disabled

from hec.core.models import AuditEntry
from hec.core.permissions import ChapterRole
from hec.listening.models import ChapterCode, ConsentChange, ListeningSession, Story
from hec.listening.services import story_code, story_create
from hec.people.models import Person
from tests.factories import make_member, make_person, make_user

URL = "/chapters/alpha/stories"


def person_of(user) -> Person:
    with scopes_disabled():
        return Person.objects.get(user=user)


def story(world, consent="chapter", collector_user=None, chapter=None, **extra) -> Story:
    chapter = chapter or world.chapter_a
    collector = person_of(collector_user or world.leader_a)
    with scope(chapter=chapter):
        return story_create(
            chapter=chapter,
            actor=None,
            collector=collector,
            text=extra.pop("text", f"A {consent} story about rent."),
            language=extra.pop("language", "en"),
            consent=consent,
            **extra,
        )


def listed(api, **params) -> list[str]:
    response = api.get(URL, params)
    assert response.status_code == 200, response.content
    return [s["id"] for s in response.json()["items"]]


@pytest.fixture
def ally(world):
    user = make_user("ally.a@example.org")
    make_member(world.chapter_a, user, ChapterRole.FACULTY_ALLY, "Alma Ally")
    return user


def test_create(world, api_for):
    api = api_for(world.member_a)
    response = api.post(
        URL,
        {
            "text": "  Tuve que escoger entre la renta y la insulina.  ",
            "language": "es",
            "translation": "I had to choose between rent and insulin.",
            "translation_language": "en",
            "teller_id": world.person_a.public_id,
            "consent": "network",
            "consent_method": "written",
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["text"] == "Tuve que escoger entre la renta y la insulina."
    assert body["collector_id"] == person_of(world.member_a).public_id  # defaults to me
    assert body["teller_name"] == "Ana Alphaperson"
    assert body["version"] == 1
    detail = api.get(f"{URL}/{body['id']}").json()
    assert [(c["from_level"], c["to_level"]) for c in detail["consent_history"]] == [
        ("", "network")
    ]


@pytest.mark.parametrize(
    "body, field",
    [
        ({"consent": "chapter"}, "text"),
        ({"text": "   ", "consent": "chapter"}, "text"),
        ({"text": "A story"}, "consent"),
        ({"text": "A story", "consent": "everyone"}, "consent"),
        ({"text": "A story", "consent": "chapter", "translation": "Una"}, "translation_language"),
        ({"text": "A story", "consent": "chapter", "teller_id": "zzzzzzzzzzzz"}, "teller_id"),
        ({"text": "A story", "consent": "chapter", "session_id": "zzzzzzzzzzzz"}, "session_id"),
    ],
)
def test_create_refusals_name_the_field(world, api_for, body, field):
    response = api_for(world.member_a).post(URL, body)
    assert response.status_code == 422, response.content
    assert field in [e["loc"][-1] for e in response.json()["errors"]]
    with scopes_disabled():
        assert not Story.objects.exists()


def test_other_chapters_teller_is_refused(world, api_for):
    body = {"text": "A story", "consent": "chapter", "teller_id": world.person_b.public_id}
    response = api_for(world.member_a).post(URL, body)
    assert response.status_code == 422
    assert b"BETAMARKER" not in response.content


def test_private_story_only_for_collector_and_leaders(world, api_for, ally):
    leaders = story(world, "private", text="Leader-collected private story")
    members = story(world, "private", collector_user=world.member_a, text="Member's private")
    shared = story(world, "chapter")
    assert set(listed(api_for(world.leader_a))) == {
        leaders.public_id,
        members.public_id,
        shared.public_id,
    }
    assert set(listed(api_for(world.member_a))) == {members.public_id, shared.public_id}
    assert set(listed(api_for(ally))) == {shared.public_id}
    assert api_for(world.member_a).get(f"{URL}/{leaders.public_id}").status_code == 404
    assert api_for(ally).get(f"{URL}/{members.public_id}").status_code == 404


def test_reading_a_private_story_is_audited(world, api_for):
    private = story(world, "private")
    shared = story(world, "chapter")
    api = api_for(world.leader_a)
    assert api.get(f"{URL}/{shared.public_id}").status_code == 200
    assert api.get(f"{URL}/{private.public_id}").status_code == 200
    with scopes_disabled():
        reads = AuditEntry.objects.filter(action="chapter.story.private_viewed")
        assert [(e.object_id, e.actor) for e in reads] == [(private.public_id, world.leader_a)]


def test_community_partner_sees_no_stories(world, api_for):
    partner = make_user("partner.a@example.org")
    make_member(world.chapter_a, partner, ChapterRole.COMMUNITY_PARTNER, "Pat Partner")
    shared = story(world, "public")
    api = api_for(partner)
    assert api.get(URL).status_code == 403
    assert api.get(f"{URL}/{shared.public_id}").status_code == 403
    assert api.get("/chapters/alpha/network-stories").status_code == 403


def test_edit_with_version_and_stale_saves_refused(world, api_for):
    shared = story(world, "chapter")
    url = f"{URL}/{shared.public_id}"
    first, second = api_for(world.leader_a), api_for(world.member_a)
    version = first.get(url).json()["version"]
    ok = first.patch(url, {"version": version, "text": "Edited by the leader"})
    assert ok.status_code == 200, ok.content
    assert ok.json()["version"] == version + 1
    stale = second.patch(url, {"version": version, "text": "Edited from an old copy"})
    assert stale.status_code == 409
    body = stale.json()
    assert "since" in body["detail"]
    assert body["errors"][0]["loc"] == ["body", "version"]
    assert body["errors"][0]["current_version"] == version + 1
    assert first.get(url).json()["text"] == "Edited by the leader"
    assert second.patch(url, {"text": "no version"}).status_code == 422


def test_edit_permission_and_visibility(world, api_for, ally):
    shared = story(world, "chapter")
    private = story(world, "private")
    assert api_for(ally).patch(f"{URL}/{shared.public_id}", {"version": 1}).status_code == 403
    response = api_for(world.member_a).patch(f"{URL}/{private.public_id}", {"version": 1})
    assert response.status_code == 404


def test_consent_change_keeps_history(world, api_for):
    shared = story(world, "chapter", collector_user=world.member_a)
    url = f"{URL}/{shared.public_id}/consent"
    api = api_for(world.member_a)
    response = api.post(url, {"level": "network", "method": "written", "note": "Signed form"})
    assert response.status_code == 200, response.content
    assert response.json()["consent"] == "network"
    assert response.json()["version"] == 2  # open edit forms learn of it
    same = api.post(url, {"level": "network"})
    assert same.status_code == 422
    assert same.json()["errors"][0]["loc"] == ["body", "level"]
    assert api.post(url, {"level": "everyone"}).status_code == 422
    with scopes_disabled():
        history = list(ConsentChange.objects.filter(story=shared).values_list("to_level", "note"))
    assert history == [
        ("chapter", "Consent given when the story was recorded."),
        ("network", "Signed form"),
    ]


def test_consent_narrowed_out_of_sight_answers_202(world, api_for):
    shared = story(world, "chapter")  # collected by the leader
    response = api_for(world.member_a).post(
        f"{URL}/{shared.public_id}/consent", {"level": "private"}
    )
    assert response.status_code == 202
    assert "text" not in response.json()
    assert api_for(world.member_a).get(f"{URL}/{shared.public_id}").status_code == 404


def test_withdrawal_hides_the_story_everywhere(world, api_for):
    shared = story(world, "public", text="Withdrawn words about the landlord")
    api = api_for(world.leader_a)
    response = api.post(f"{URL}/{shared.public_id}/withdraw", {"method": "digital"})
    assert response.status_code == 200
    assert response.json()["withdrawn_at"]
    assert listed(api) == []
    assert listed(api, q="landlord") == []
    assert api.get(f"{URL}/{shared.public_id}").status_code == 404
    assert api.post(f"{URL}/{shared.public_id}/withdraw", {}).status_code == 404
    network = api_for(world.leader_b).get("/chapters/beta/network-stories")
    assert network.json()["count"] == 0


def test_codes_and_filters(world, api_for):
    with scope(chapter=world.chapter_a):
        session = ListeningSession.objects.create(
            chapter=world.chapter_a, title="S", host=world.person_a
        )
        own = ChapterCode.objects.create(
            chapter=world.chapter_a, category="housing_instability", label="Mold"
        )
    housing = story(world, "chapter", text="Mold in the apartment again", session=session)
    money = story(
        world, "network", text="Pagué la renta tarde", language="es", told_on="2024-02-01"
    )
    api = api_for(world.member_a)
    url = f"{URL}/{housing.public_id}/codes"
    response = api.put(
        url,
        {
            "categories": ["housing_instability"],
            "effects": ["respiratory"],
            "chapter_codes": [own.public_id],
        },
    )
    assert response.status_code == 200, response.content
    assert {(c["kind"], c["code"]) for c in response.json()["codes"]} == {
        ("category", "housing_instability"),
        ("effect", "respiratory"),
        ("chapter", own.public_id),
    }
    for bad in (
        {"categories": ["astrology"]},
        {"effects": ["x"]},
        {"chapter_codes": ["zzzzzzzzzzzz"]},
    ):
        assert api.put(url, bad).status_code == 422, bad

    assert listed(api, category="housing_instability") == [housing.public_id]
    assert listed(api, effect="respiratory") == [housing.public_id]
    assert listed(api, session_id=session.public_id) == [housing.public_id]
    assert listed(api, language="es") == [money.public_id]
    assert listed(api, consent="network") == [money.public_id]
    assert listed(api, to="2024-12-31") == [money.public_id]
    assert listed(api, **{"from": "2025-01-01"}) == [housing.public_id]
    assert listed(api, q="apartment mold") == [housing.public_id]
    assert listed(api, q="renta") == [money.public_id]
    assert api.get(URL, {"category": "astrology"}).status_code == 422


def test_network_stories_are_anonymized(world, api_for):
    teller = make_person(world.chapter_a, "Tomasa TELLERMARK", home_community="Rainier Beach")
    shared = story(
        world,
        "network",
        teller=teller,
        teller_descriptor="DESCMARK 60s",
        text="Our clinic closed on Saturdays",
    )
    public = story(world, "public", text="Public story about bus fares")
    story(world, "chapter", text="Chapter only story")
    story(world, "private", text="Private story")
    with scope(chapter=world.chapter_a):
        story_code(story=shared, actor=None, categories=["care_access"])
    own_network = story(world, "network", chapter=world.chapter_b, collector_user=world.leader_b)

    response = api_for(world.leader_b).get("/chapters/beta/network-stories")
    assert response.status_code == 200
    items = {s["id"]: s for s in response.json()["items"]}
    assert set(items) == {shared.public_id, public.public_id}  # not chapter B's own
    assert own_network.public_id not in items
    assert items[shared.public_id] == {
        "id": shared.public_id,
        "chapter_name": "HEC Alpha",
        "city": "Seattle",
        "text": "Our clinic closed on Saturdays",
        "language": "en",
        "translation": "",
        "told_month": shared.told_on.replace(day=1).isoformat(),
        "consent": "network",
        "categories": ["care_access"],
    }
    for marker in (b"TELLERMARK", b"DESCMARK", b"Rainier", b"Lena Alpha"):
        assert marker not in response.content
    search = api_for(world.leader_b).get("/chapters/beta/network-stories", {"q": "clinic"})
    assert [s["id"] for s in search.json()["items"]] == [shared.public_id]
    # the chapter's own list never includes other chapters' stories
    assert listed(api_for(world.leader_a)) and shared.public_id not in [
        s["id"] for s in api_for(world.leader_b).get("/chapters/beta/stories").json()["items"]
    ]


def test_list_query_counts_do_not_grow(world, api_for, django_assert_max_num_queries):
    for i in range(30):
        s = story(world, "network", teller=make_person(world.chapter_a, f"Teller {i}"))
        with scope(chapter=world.chapter_a):
            story_code(
                story=s, actor=None, categories=["housing_instability"], effects=["respiratory"]
            )
    with django_assert_max_num_queries(12):
        assert api_for(world.leader_a).get(URL, {"limit": 200}).json()["count"] == 30
    with django_assert_max_num_queries(12):
        response = api_for(world.leader_b).get("/chapters/beta/network-stories", {"limit": 200})
    assert response.json()["count"] == 30


def test_edit_links_by_public_id(world, api_for):
    shared = story(world, "chapter")
    url = f"{URL}/{shared.public_id}"
    api = api_for(world.leader_a)
    member = person_of(world.member_a)
    response = api.patch(
        url, {"version": 1, "teller_id": world.person_a.public_id, "collector_id": member.public_id}
    )
    assert response.status_code == 200, response.content
    assert response.json()["teller_id"] == world.person_a.public_id
    assert response.json()["collector_id"] == member.public_id
    refused = api.patch(url, {"version": 2, "teller_id": world.person_b.public_id})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "teller_id"]
    assert b"BETAMARKER" not in refused.content
    assert api.patch(url, {"version": 2, "collector_id": None}).status_code == 422
