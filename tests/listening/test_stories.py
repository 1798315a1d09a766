"""Story pages: refusals next to the field, optimistic locking, consent history, withdrawal,
private-read audit, network page anonymity, coding."""

from __future__ import annotations

from django.urls import reverse
from django_scopes import scope

from hec.core.models import AuditEntry
from hec.listening import services
from hec.listening.models import ConsentChange, Story, StoryCode
from tests.factories import make_person
from tests.listening.conftest import add_session, add_story


def url(world, name, *args):
    return reverse(f"chapter:{name}", args=[world.chapter_a.slug, *args])


def test_story_form_refuses_missing_text_and_consent_next_to_the_field(world, client_for):
    response = client_for(world.leader_a).post(
        url(world, "story-create"),
        {
            "text": "   ",
            "language": "en",
            "collector": world.person_a.public_id,
            "told_on": "2026-11-01",
            "consent": "",
            "consent_method": "verbal",
            "teller_descriptor": "40s, Hilltop",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["text"] == ["Write the story (it cannot be empty)."]
    assert form.errors["consent"] == ["Choose how widely the teller agreed to share this story."]
    assert "40s, Hilltop" in response.content.decode()  # typed values kept
    with scope(chapter=world.chapter_a):
        assert not Story.objects.exists()


def test_story_form_creates(world, client_for):
    response = client_for(world.member_a).post(
        url(world, "story-create"),
        {
            "text": "My daughter's inhaler costs more than our groceries.",
            "language": "en",
            "translation": "El inhalador de mi hija cuesta más que la comida.",
            "translation_language": "es",
            "collector": world.person_a.public_id,
            "teller": world.person_a.public_id,
            "told_on": "2026-11-01",
            "consent": "chapter",
            "consent_method": "written",
        },
    )
    assert response.status_code == 302
    with scope(chapter=world.chapter_a):
        story = Story.objects.get()
        assert story.consent_method == "written"
        assert story.translation.startswith("El inhalador")
    detail = client_for(world.member_a).get(url(world, "story-detail", story.public_id))
    html = detail.content.decode()
    assert "El inhalador" in html and "inhaler costs" in html
    assert "story-texts" in html  # side by side on wide screens, stacked on phones


def _edit_data(story, text, version):
    return {
        "text": text,
        "language": story.language,
        "collector": story.collector.public_id,
        "told_on": story.told_on.isoformat(),
        "version": str(version),
    }


def test_second_of_two_concurrent_edits_is_told_and_overwrites_nothing(world, client_for):
    story = add_story(world, "Original words")
    edit = url(world, "story-edit", story.public_id)
    first, second = client_for(world.leader_a), client_for(world.member_a)
    # Both open the form (version 1).
    assert first.get(edit).context["form"]["version"].value() == 1
    assert second.get(edit).context["form"]["version"].value() == 1
    assert first.post(edit, _edit_data(story, "First editor's words", 1)).status_code == 302
    response = second.post(edit, _edit_data(story, "Second editor's words", 1))
    assert response.status_code == 409
    html = response.content.decode()
    assert "Someone else saved this story since you opened it." in html
    assert "First editor&#x27;s words" in html and "Second editor&#x27;s words" in html
    with scope(chapter=world.chapter_a):
        story.refresh_from_db()
        assert story.text == "First editor's words"
        assert story.version == 2
    # Having seen both, saving again is deliberate and works.
    assert response.context["form"]["version"].value() == "2"
    again = second.post(edit, _edit_data(story, "Second editor's words", 2))
    assert again.status_code == 302


def test_story_update_service_stale(world):
    story = add_story(world)
    with scope(chapter=world.chapter_a):
        services.story_update(story=story, actor=None, expected_version=1, text="new")
        try:
            services.story_update(story=story, actor=None, expected_version=1, text="newer")
        except services.StaleStory as stale:
            assert stale.current.text == "new"
        else:
            raise AssertionError("stale save was accepted")
        story.refresh_from_db()
        assert story.text == "new"


def test_consent_changes_keep_their_history(world, client_for):
    story = add_story(world, consent="private")
    client = client_for(world.leader_a)
    consent_url = url(world, "story-consent", story.public_id)
    assert (
        client.post(consent_url, {"to_level": "network", "method": "written", "note": "signed"})
    ).status_code == 302
    same = client.post(consent_url, {"to_level": "network", "method": "written"})
    assert "The story already has this consent level." in same.content.decode()
    with scope(chapter=world.chapter_a):
        history = list(
            ConsentChange.objects.filter(story=story).values_list("from_level", "to_level")
        )
        assert history == [("", "private"), ("private", "network")]
        story.refresh_from_db()
        assert (story.consent, story.version) == ("network", 2)
    page = client.get(url(world, "story-detail", story.public_id)).content.decode()
    assert "signed" in page


def test_withdrawal_hides_the_story_everywhere_at_once(world, client_for):
    session = add_session(world)
    story = add_story(world, "Zanzibarword eviction notice", consent="network", session=session)
    with scope(chapter=world.chapter_a):
        services.story_code(story=story, actor=None, categories=["housing_instability"])
    member, leader_b = client_for(world.member_a), client_for(world.leader_b)
    net = reverse("chapter:story-network", args=[world.chapter_b.slug])
    pages = {
        "list": lambda: member.get(url(world, "story-list")),
        "search": lambda: member.get(url(world, "story-list") + "?q=zanzibarword"),
        "session": lambda: member.get(url(world, "session-detail", session.public_id)),
        "network": lambda: leader_b.get(net),
    }
    for name, page in pages.items():
        assert "Zanzibarword" in page().content.decode(), name
    assert member.get(url(world, "story-detail", story.public_id)).status_code == 200

    withdraw = url(world, "story-withdraw", story.public_id)
    assert "Withdraw consent" in client_for(world.leader_a).get(withdraw).content.decode()
    assert client_for(world.leader_a).post(withdraw, {"method": "verbal"}).status_code == 302

    for name, page in pages.items():
        assert "Zanzibarword" not in page().content.decode(), name
    assert member.get(url(world, "story-detail", story.public_id)).status_code == 404
    with scope(chapter=world.chapter_a):
        last = ConsentChange.objects.filter(story=story).last()
        assert (last.from_level, last.to_level) == ("network", "withdrawn")


def test_private_story_is_for_collector_and_leaders_and_reading_it_is_audited(world, client_for):
    story = add_story(world, "Private words", consent="private")
    detail = url(world, "story-detail", story.public_id)
    assert client_for(world.member_a).get(detail).status_code == 404
    assert (
        "Private words"
        not in client_for(world.member_a).get(url(world, "story-list")).content.decode()
    )
    assert client_for(world.leader_a).get(detail).status_code == 200
    with scope(chapter=world.chapter_a):
        entry = AuditEntry.objects.get(action="chapter.story.private_viewed")
        assert entry.object_id == story.public_id and entry.actor == world.leader_a


def test_network_page_never_shows_teller_identity(world, client_for):
    teller = make_person(world.chapter_b, "Tellername SECRETMARKER")
    add_story(
        world,
        "The shelter closed the week it froze",
        chapter=world.chapter_b,
        consent="network",
        teller=teller,
        teller_descriptor="DESCRIPTORMARKER 50s",
    )
    add_story(world, "Chapter only words", chapter=world.chapter_b, consent="chapter")
    html = client_for(world.leader_a).get(url(world, "story-network")).content.decode()
    assert "The shelter closed" in html
    assert "HEC Beta" in html
    assert "SECRETMARKER" not in html and "DESCRIPTORMARKER" not in html
    assert "Zed BETAMARKER" not in html  # the collector
    assert "Chapter only words" not in html


def test_coding_replaces_confirmed_set_and_shows_z_codes(world, client_for):
    story = add_story(world)
    with scope(chapter=world.chapter_a):
        own = services.chapter_code_create(
            chapter=world.chapter_a, actor=None, category="housing_instability", label="Rent hikes"
        )
    client = client_for(world.member_a)
    detail = url(world, "story-detail", story.public_id)
    html = client.get(detail).content.decode()
    assert "Z59.82" in html and "Transportation" in html
    assert "<code>Z59.82</code> Transportation insecurity" in html  # the ICD-10-CM title
    assert "Economic Stability" in html and "Rent hikes" in html
    client.cookies["django_language"] = "es"
    html_es = client.get(detail).content.decode()
    assert "<code>Z59.82</code> Inseguridad en el transporte" in html_es
    client.cookies["django_language"] = "en"
    code = url(world, "story-code", story.public_id)
    client.post(
        code,
        {
            "categories": ["housing_instability", "care_access"],
            "effects": ["delayed_care"],
            "chapter_codes": [own.public_id],
        },
    )
    client.post(code, {"categories": ["housing_instability"], "effects": []})
    with scope(chapter=world.chapter_a):
        codes = list(StoryCode.objects.filter(story=story).values_list("kind", "code"))
        assert codes == [("category", "housing_instability")]
        assert StoryCode.objects.get(story=story).confirmed_by == world.member_a
    bad = client.post(code, {"categories": ["not_a_category"]})
    assert bad.status_code == 400


def test_chapter_codes_page_for_leaders(world, client_for):
    codes = url(world, "chapter-codes")
    assert client_for(world.member_a).get(codes).status_code == 403
    leader = client_for(world.leader_a)
    assert (
        leader.post(codes, {"category": "food_insecurity", "label": "Food bank hours"}).status_code
        == 302
    )
    twice = leader.post(codes, {"category": "food_insecurity", "label": "Food bank hours"})
    assert "already has this code" in twice.content.decode()
    assert "Food bank hours" in leader.get(codes).content.decode()


def test_merge_moves_stories_and_attendance(world):
    from hec.listening.models import Attendance
    from hec.people.merge import person_merge

    keep = make_person(world.chapter_a, "Rosa Keep")
    drop = make_person(world.chapter_a, "Rosa Drop")
    session = add_session(world, host=drop)
    story = add_story(world, teller=drop, collector=drop)
    with scope(chapter=world.chapter_a):
        services.attendance_add(session=session, person=drop)
        person_merge(keep=keep, drop=drop, actor=world.leader_a)
        story.refresh_from_db()
        session.refresh_from_db()
        assert story.teller == keep and story.collector == keep
        assert session.host == keep
        assert Attendance.objects.filter(session=session, person=keep).exists()


def test_story_with_archived_teller_can_still_be_edited(world, client_for):
    from hec.people.services import person_archive

    teller = make_person(world.chapter_a, "Archived Teller")
    story = add_story(world, "Before", teller=teller)
    with scope(chapter=world.chapter_a):
        person_archive(person=teller, actor=None)
    data = _edit_data(story, "After", 1) | {"teller": teller.public_id}
    response = client_for(world.leader_a).post(url(world, "story-edit", story.public_id), data)
    assert response.status_code == 302
    with scope(chapter=world.chapter_a):
        story.refresh_from_db()
        assert (story.text, story.teller) == ("After", teller)
