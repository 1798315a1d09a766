"""Network and affiliate themes: shown only with 3+ distinct tellers, quoting only shared,
non-withdrawn stories, anonymized, to the right people."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from hec.patterns import network
from hec.patterns.counts import refresh_counts
from hec.patterns.models import Theme
from tests.patterns import fixtures_network as fx

pytestmark = pytest.mark.django_db

NEVER = (
    "TELLERNAME",
    "DESCRIPTOR",
    "COLLECTORNAME",
    "SESSIONTITLE",
    "BETAMARKER",  # chapter B's teller person_b, "Zed BETAMARKER"
    "CHAPTERONLY",
    "PRIVATEONLY",
    "WITHDRAWNONLY",
    "Lena Alpha",
    "Lou Beta",
)


@pytest.fixture
def nw(world):
    return fx.build(world)


def chapter_list(slug="alpha"):
    return reverse("chapter:theme-network", args=[slug])


def chapter_detail(theme, slug="alpha"):
    return reverse("chapter:theme-network-detail", args=[slug, theme.public_id])


def admin_detail(theme):
    return reverse("accounts:network-theme-detail", args=[theme.public_id])


def assert_anonymous(content: bytes) -> None:
    """No one is named in the page's content (the header names the viewer themself)."""
    text = content.decode()
    text = text[text.index("<main") : text.index("</main>")]
    for marker in NEVER:
        assert marker not in text, marker


# --- who is shown -------------------------------------------------------------------------


def test_theme_with_two_tellers_is_not_shown_with_three_it_is(nw, client_for):
    member = client_for(nw.world.member_a)
    page = member.get(chapter_list())
    assert page.status_code == 200
    assert "Pharmacy labels not in my language" in page.content.decode()
    assert "Two people only" not in page.content.decode()
    assert member.get(chapter_detail(nw.pair)).status_code == 404
    assert member.get(chapter_detail(nw.shared)).status_code == 200
    admin = client_for(nw.world.network_admin)
    assert "Two people only" not in admin.get(reverse("accounts:network-themes")).content.decode()
    assert admin.get(admin_detail(nw.pair)).status_code == 404
    assert admin.get(admin_detail(nw.shared)).status_code == 200


def test_a_third_teller_makes_the_pair_theme_appear(nw, client_for):
    with scopes_disabled():
        extra = fx.story(nw.world.chapter_b, "PAIRSTORY four", descriptor="Someone new")
        nw.pair.memberships.create(story=extra, chapter=extra.chapter)
    assert client_for(nw.world.member_a).get(chapter_detail(nw.pair)).status_code == 404
    refresh_counts([nw.pair.pk])  # what the run that placed it does
    assert client_for(nw.world.member_a).get(chapter_detail(nw.pair)).status_code == 200


def test_tellers_count_only_shared_live_stories(nw):
    """The chapter-consent, private and withdrawn stories have their own tellers, but do not
    count: three tellers remain (a person, person_b and a description)."""
    shown = {t.public_id: t for t in network.themes_for_user(nw.world.network_admin)}
    theme = shown[nw.shared.public_id]
    assert (theme.stories, theme.tellers, theme.chapters) == (3, 3, 2)
    # withdraw one of the three: the theme drops below the threshold everywhere
    with scopes_disabled():
        nw.quotable[0].withdrawn_at = timezone.now()
        nw.quotable[0].save()
    assert nw.shared.public_id not in {
        t.public_id for t in network.themes_for_user(nw.world.network_admin)
    }


def test_stories_without_teller_or_description_count_as_one_per_chapter(world):
    a = world.chapter_a
    stories = [fx.story(a, f"Unknown teller {i}") for i in range(4)]
    fx.theme("Unknown tellers", stories)
    assert network.themes_for_user(world.network_admin) == []


def test_merged_and_retired_themes_are_not_shown(nw, client_for):
    with scopes_disabled():
        Theme.objects.filter(pk=nw.shared.pk).update(retired_at=timezone.now())
    assert client_for(nw.world.member_a).get(chapter_detail(nw.shared)).status_code == 404


# --- what is shown ------------------------------------------------------------------------


def test_only_shared_live_stories_are_quoted_and_nobody_is_named(nw, client_for):
    for client, url in (
        (client_for(nw.world.member_a), chapter_detail(nw.shared)),
        (client_for(nw.world.leader_a), chapter_detail(nw.shared)),
        (client_for(nw.world.leader_b), chapter_detail(nw.shared, "beta")),
        (client_for(nw.world.network_admin), admin_detail(nw.shared)),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        for s in nw.quotable:
            assert s.text in text
        assert_anonymous(response.content)


def test_the_page_shows_chapters_categories_effects_and_trend(nw, client_for):
    text = client_for(nw.world.network_admin).get(admin_detail(nw.shared)).content.decode()
    assert "HEC Alpha" in text and "HEC Beta" in text  # spans two chapters: named
    assert "Language access and health literacy" in text
    assert "Z55.6" in text or "Z60.3" in text or "<code>" in text  # its Z codes
    assert "Medication problems" in text
    assert "Trend" in text
    assert 'class="chain-svg"' in text  # the theme's own chain
    page = network.theme_page(
        network.find(network.themes_for_user(nw.world.network_admin), nw.shared.public_id)
    )
    assert sum(m.stories for m in page.trend) == 3
    assert [c.stories for c in page.chapters] == [2, 1]


def test_a_one_chapter_theme_names_no_chapter(world):
    a = world.chapter_a
    only_a = fx.theme(
        "Bus cuts", [fx.story(a, f"Bus story {i}", teller=fx.teller(a, 10 + i)) for i in range(3)]
    )
    shown = network.find(network.themes_for_user(world.network_admin), only_a.public_id)
    assert network.theme_page(shown).chapters == []


def test_lists_are_anonymous_and_carry_the_chain(nw, client_for):
    for client, url in (
        (client_for(nw.world.member_a), chapter_list()),
        (client_for(nw.world.network_admin), reverse("accounts:network-themes")),
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert_anonymous(response.content)
        text = response.content.decode()
        assert "<svg" in text and "chain-svg" in text
        assert chapter_detail(nw.shared) in text or admin_detail(nw.shared) in text


def test_lists_show_one_page_of_themes_and_chain_them_all(nw, client_for, monkeypatch):
    """A network has hundreds of themes: the table pages them, the chain draws the largest of
    all of them on every page."""
    from hec.patterns.views import network as views

    b = nw.world.chapter_b
    for n in range(2):
        fx.theme(
            f"Paged theme {n}",
            [
                fx.story(b, f"Paged {n}.{i}", teller=fx.teller(b, 200 + 10 * n + i))
                for i in range(4)
            ],
        )
    for client, url in (
        (client_for(nw.world.member_a), chapter_list()),
        (client_for(nw.world.network_admin), reverse("accounts:network-themes")),
    ):
        everything = client.get(url).context
        total = len(everything["rows"])
        assert total >= 2
        monkeypatch.setattr(views, "PAGE_SIZE", 1)
        first, second = client.get(url), client.get(url + "?page=2")
        monkeypatch.undo()
        assert [len(r.context["rows"]) for r in (first, second)] == [1, 1]
        assert first.context["rows"][0] != second.context["rows"][0]
        assert first.context["page"].paginator.count == total
        assert 'rel="next"' in first.content.decode() and 'rel="prev"' in second.content.decode()
        for response in (first, second):
            assert response.context["chain"] == everything["chain"]


def test_quotes_never_load_teller_columns(nw):
    theme = network.find(network.themes_for_user(nw.world.network_admin), nw.shared.public_id)
    with CaptureQueriesContext(connection) as queries:
        quotes = network.quotes(theme)
    assert {q.text for q in quotes} == {s.text for s in nw.quotable}
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    for column in ("teller_id", "teller_descriptor", "collector_id", "session_id"):
        assert column not in sql


# --- who may look -------------------------------------------------------------------------


def test_chapter_a_member_sees_network_theme_without_chapter_b_identities(nw, client_for):
    client = client_for(nw.world.member_a)
    response = client.get(chapter_detail(nw.shared))
    assert response.status_code == 200
    assert "Nobody could read the dosage" in response.content.decode()  # chapter B's words
    assert_anonymous(response.content)
    assert b"Zed" not in response.content


def test_affiliate_organizer_sees_own_affiliate_and_network_only(nw, client_for):
    world = nw.world
    other, delta = fx.second_affiliate(world)
    ours = fx.theme(
        "Sound affiliate theme",
        [
            fx.story(world.chapter_a, f"Ours {i}", teller=fx.teller(world.chapter_a, 20 + i))
            for i in range(3)
        ],
        scope="affiliate",
        affiliate=world.affiliate,
    )
    theirs = fx.theme(
        "Other affiliate theme",
        [fx.story(delta, f"Theirs {i}", teller=fx.teller(delta, 30 + i)) for i in range(3)],
        scope="affiliate",
        affiliate=other,
    )
    client = client_for(fx.organizer(world.affiliate))
    text = client.get(reverse("accounts:network-themes")).content.decode()
    assert "Sound affiliate theme" in text
    assert "Pharmacy labels not in my language" in text
    assert "Other affiliate theme" not in text
    assert client.get(admin_detail(ours)).status_code == 200
    assert client.get(admin_detail(theirs)).status_code == 404
    # the admin sees both; a chapter member of Sound Alliance sees only their affiliate's
    admin = client_for(world.network_admin)
    assert admin.get(admin_detail(theirs)).status_code == 200
    member = client_for(world.member_a)
    assert member.get(chapter_detail(ours)).status_code == 200
    assert member.get(chapter_detail(theirs)).status_code == 404


def test_people_without_the_capability_are_refused(nw, client_for):
    assert client_for(fx.partner(nw.world)).get(chapter_list()).status_code == 403
    assert client_for(nw.world.member_a).get(reverse("accounts:network-themes")).status_code == 403
    anonymous = client_for(None).get(reverse("accounts:network-themes"))
    assert anonymous.status_code == 302


def test_a_chapter_theme_id_goes_to_its_own_page_or_nowhere(nw, client_for):
    own = fx.theme(
        "Alpha's own theme",
        [fx.story(nw.world.chapter_a, "Own", consent="chapter")],
        scope="chapter",
        chapter=nw.world.chapter_a,
    )
    member = client_for(nw.world.member_a)
    response = member.get(chapter_detail(own))
    assert response.status_code == 302
    assert response["Location"] == reverse("chapter:theme-detail", args=["alpha", own.public_id])
    # another chapter's theme: not found, from either side
    assert client_for(nw.world.leader_b).get(chapter_detail(own, "beta")).status_code == 404
    assert client_for(nw.world.network_admin).get(admin_detail(own)).status_code == 404


def test_network_list_offers_the_run_button_to_who_may_run(nw, client_for):
    text = client_for(nw.world.network_admin).get(reverse("accounts:network-themes")).content
    assert b"run-button" in text
    assert reverse("accounts:network-pattern-run-create").encode() in text


def test_pages_take_the_same_number_of_queries_with_more_themes_and_stories(nw, client_for):
    admin = client_for(nw.world.network_admin)
    urls = [reverse("accounts:network-themes"), admin_detail(nw.shared)]

    def counts() -> list[int]:
        result = []
        for url in urls:
            with CaptureQueriesContext(connection) as ctx:
                assert admin.get(url).status_code == 200
            result.append(len(ctx.captured_queries))
        return result

    counts()  # warm-up
    before = counts()
    b = nw.world.chapter_b
    for n in range(4):
        fx.theme(
            f"More theme {n}",
            [fx.story(b, f"More {n}.{i}", teller=fx.teller(b, 100 + 10 * n + i)) for i in range(4)],
        )
    with scopes_disabled():
        for i in range(5):
            extra = fx.story(b, f"Extra shared {i}", descriptor=f"Extra {i}")
            nw.shared.memberships.create(story=extra, chapter=b)
    assert counts() == before
