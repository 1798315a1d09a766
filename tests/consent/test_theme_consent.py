"""Consent on every surface of issue 5 (themes, the chain, network themes, priorities), checked
against a reference written here from the rules, independently of `hec.listening.visibility`,
`hec.patterns` and `hec.priorities`.

The world: 3 chapters in 2 affiliates (north and south in "tide", east in "ridge"); in each,
4 consent levels x withdrawn or not x 5 collectors (each chapter role, or a volunteer without
a login): 120 stories, tellers alternately named people and anonymous descriptors. Every story
text, teller name, descriptor, collector name and session title carries a unique marker.

The themes are written straight to the models, *after* the withdrawals, as a run that read the
stories a moment earlier would have left them, and adversarially: the stories a viewer must
not see are representatives with the highest scores, so a surface that forgets a consent
filter quotes them first. Their counts are then stored as the app stores them
(`hec.patterns.counts.refresh_counts`, which runs, edits and consent changes call): a network
or affiliate theme counts only its shared, live stories, and the network pages read those
counts. (The app never leaves an unshared story in a network theme — a consent change takes it
out — so these are harsher than anything the app can hold.)
- per chapter: one theme holding all its 40 stories, and 14 small themes of at most 3 stories
  (as many as a theme page quotes), so that every story is quoted wherever it may be;
- network: one theme holding all 120 stories; 10 themes each holding 3 shared, live stories
  of 3 distinct tellers (not representatives, low score) and 9 others (private, chapter-only
  or withdrawn: representatives, top score); a theme holding all unshared stories and only 2
  shared ones of 2 tellers ("tinymark"), which must never show; one theme per affiliate
  holding all 120 stories;
- priorities per chapter: two candidate issues whose stories are all 40 of the chapter's,
  an assembly with both on the ballot, closed with the first chosen.

Viewers: one user per chapter role per chapter (12), a network admin and one affiliate
organizer per affiliate. Each fetches every surface it has a URL for. A *case* is one
(viewer, surface answer, story) comparison, plus one per answer for its status code, plus one
per (viewer, network-side answer, non-chapter theme) for whether the theme shows. The rules:
- chapter surfaces (theme list, theme page, theme API list/detail, chain, split page, new
  issue from a theme, priorities list, issue page, assembly page, priorities API, assembly
  API) show a story (its marker or its id) only if the viewer may read it in full: not
  withdrawn; a private story only to its collector and the chapter's leaders; chapter consent
  and up to the chapter's members; community partners read no stories; never another
  chapter's story. A teller or descriptor marker only with a story the viewer may read.
- network surfaces (chapter:theme-network*, accounts:network-theme*) show a story only if its
  consent is network or public and it is not withdrawn, and never any teller, descriptor,
  collector or session marker; a theme shows only with >= 3 distinct tellers among such
  stories; affiliate themes only to their affiliate's chapters and organizer and to network
  admins.
- where a surface exists to list them, it does: the priorities pages list every story behind
  an issue the viewer may read; a small theme's page quotes each of its stories the viewer may
  read that is not private; a shown network theme quotes its shared stories (3 per small one).

`test_every_viewer_every_theme_surface` sweeps it all (147,960 cases) and asserts 0
mismatches (`-s` prints the counts); `test_checker_catches_a_leak` lets everything through the
consent functions the theme pages, the network pages and the priorities pages use and asserts
that the same checker reports mismatches on each; `test_themes_found_by_real_pattern_runs`
applies the same checker to the themes that real chapter, affiliate and network runs find,
after a shared story is withdrawn and another narrowed to its chapter.

A story's marker is written `storymark-020`: the pattern engine keeps only the first 8
characters of a word's stem and drops numbers, so the words of a theme's keywords never carry
the number. (With `storymark020`, every story shared the stem "storymar", and the keywords
showed the spelling of the first story that had it — even after that story was withdrawn:
keywords and labels are made of the theme's words when a run finds it and stay until the next
run. They are words many stories share, not quotes; this test does not count them.)
"""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from hec.api.models import ApiToken
from hec.core.permissions import ChapterRole, NetworkRole
from hec.listening.models import ListeningSession, Story
from hec.listening.services import consent_change, consent_withdraw, story_create
from hec.patterns import runs
from hec.patterns.counts import refresh_counts
from hec.patterns.engine import CATEGORY_IDS
from hec.patterns.models import PatternRun, Scope, Theme, ThemeStory
from hec.people.models import Affiliate, Chapter
from hec.priorities import services as priorities
from hec.priorities.models import CandidateIssue
from tests.factories import make_member, make_person, make_user

LEADER, MEMBER, ALLY, PARTNER = (
    ChapterRole.LEADER.value,
    ChapterRole.MEMBER.value,
    ChapterRole.FACULTY_ALLY.value,
    ChapterRole.COMMUNITY_PARTNER.value,
)
ROLES = (LEADER, MEMBER, ALLY, PARTNER)
ADMIN, ORGANIZER = "network admin", "affiliate organizer"
CONSENTS = ("private", "chapter", "network", "public")
SHARED = ("network", "public")
AFFILIATE_OF = {"north": "tide", "south": "tide", "east": "ridge"}
TEXTS = (  # four kinds of story, so that real pattern runs find several themes
    "The pharmacy label was only in English and I could not read the dose.",
    "Mold in the apartment, and the landlord never fixed the heat all winter.",
    "The clinic closes at five, so I skip care when I work late shifts.",
    "The bus to the hospital takes two hours and I missed my appointment.",
)
SMALL = 3  # stories per small chapter theme: all of them fit among a theme page's quotes
MARKERS = re.compile(
    rb"(storymark|tellermark|descmark|collectormark|sessionmark|thememark)-?(\d{3})"
)

# What each chapter role may do, from the capability table of issue 5 and docs/permissions.md.
THEMES_VIEW = {LEADER, MEMBER, ALLY}
THEMES_EDIT = {LEADER, MEMBER}
PRIORITIES_MANAGE = {LEADER}
NETWORK_STORIES = {LEADER, MEMBER, ALLY}


# --- the world -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryRow:
    n: int
    public_id: str
    chapter: str
    consent: str
    withdrawn: bool
    collector_role: str  # a chapter role, or "" for a volunteer without a login
    named_teller: bool

    @property
    def identity(self) -> bytes:
        return (b"tellermark" if self.named_teller else b"descmark") + b"%03d" % self.n

    @property
    def shared(self) -> bool:
        return self.consent in SHARED and not self.withdrawn


@dataclass(frozen=True)
class ThemeRow:
    public_id: str
    scope: str
    chapter: str  # a chapter theme's chapter, else ""
    affiliate: str  # an affiliate theme's affiliate slug, else ""
    members: tuple[int, ...]
    small: bool  # every story it holds fits among its page's quotes
    label: str


@dataclass(frozen=True)
class Viewer:
    kind: str  # a chapter role, ADMIN or ORGANIZER
    chapter: str  # "" for network viewers
    affiliate: str  # the chapter's affiliate, or the organizer's
    user: Any

    @property
    def name(self) -> str:
        return f"{self.kind}@{self.chapter or self.affiliate or 'network'}"


@dataclass
class ConsentWorld:
    stories: list[StoryRow]
    themes: list[ThemeRow]
    viewers: list[Viewer]
    issues: dict[str, list[str]]  # chapter slug -> candidate issue public ids
    assemblies: dict[str, str]  # chapter slug -> the closed assembly
    web: Callable[[Viewer], Client]
    api: Callable[[Viewer], Client]

    def theme_members(self, theme: ThemeRow) -> list[StoryRow]:
        return [self.stories[n] for n in theme.members]


def _theme(
    rows: list[ThemeRow],
    stories: list[Story],
    members: Iterable[int],
    *,
    scope_: str,
    chapter: Chapter | None = None,
    affiliate: Affiliate | None = None,
    hide_first: Callable[[int], bool],
    small: bool = False,
) -> None:
    """A theme whose stories that `hide_first` picks are representatives with the top score."""
    members = tuple(members)
    label = f"Theme thememark{len(rows):03d}"
    with scopes_disabled():
        theme = Theme.objects.create(
            scope=scope_,
            chapter=chapter,
            affiliate=affiliate,
            label=label,
            auto_label=label,
            keywords=["clinic", "rent"],
            categories=[{"id": CATEGORY_IDS[len(rows) % 3], "share": 1.0}],
            downstream=["delayed_care"],
        )
        ThemeStory.objects.bulk_create(
            ThemeStory(
                theme=theme,
                story=stories[n],
                chapter_id=stories[n].chapter_id,
                score=1.0 if hide_first(n) else 0.1,
                representative=hide_first(n),
            )
            for n in members
        )
        refresh_counts([theme.pk])  # the counts the app stores, which the network pages read
    rows.append(
        ThemeRow(
            theme.public_id,
            scope_,
            chapter.slug if chapter else "",
            affiliate.slug if affiliate else "",
            members,
            small,
            label,
        )
    )


def handmade_themes(
    rows: list[StoryRow],
    stories: list[Story],
    chapters: dict[str, Chapter],
    affiliates: dict[str, Affiliate],
) -> list[ThemeRow]:
    """The themes described at the top, written straight to the models."""

    def unshared(i: int) -> bool:
        return not rows[i].shared

    def private_or_withdrawn(i: int) -> bool:
        return rows[i].consent == "private" or rows[i].withdrawn

    themes: list[ThemeRow] = []
    everything = range(len(rows))
    for slug, chapter in chapters.items():
        own = [r.n for r in rows if r.chapter == slug]
        _theme(themes, stories, own, scope_=Scope.CHAPTER, chapter=chapter, hide_first=unshared)
        for start in range(0, len(own), SMALL):
            _theme(
                themes,
                stories,
                own[start : start + SMALL],
                scope_=Scope.CHAPTER,
                chapter=chapter,
                hide_first=private_or_withdrawn,
                small=True,
            )
    shared = [r.n for r in rows if r.shared]
    hidden = [r.n for r in rows if not r.shared]
    assert len(shared) == 30 and len(hidden) == 90
    _theme(themes, stories, everything, scope_=Scope.NETWORK, hide_first=unshared)
    for g in range(10):
        group = shared[3 * g : 3 * g + 3] + hidden[9 * g : 9 * g + 9]
        _theme(themes, stories, group, scope_=Scope.NETWORK, hide_first=unshared, small=True)
    _theme(themes, stories, shared[:2] + hidden, scope_=Scope.NETWORK, hide_first=unshared)
    for affiliate in affiliates.values():
        _theme(
            themes,
            stories,
            everything,
            scope_=Scope.AFFILIATE,
            affiliate=affiliate,
            hide_first=unshared,
        )

    return themes


def build(*, handmade: bool = True) -> ConsentWorld:
    affiliates = {
        slug: Affiliate.objects.create(name=f"Alliance {slug}", slug=slug, city="Tacoma")
        for slug in ("tide", "ridge")
    }
    viewers: list[Viewer] = []
    rows: list[StoryRow] = []
    stories: list[Story] = []
    chapters: dict[str, Chapter] = {}
    n = 0
    marks = iter(range(1000))
    for slug, affiliate_slug in AFFILIATE_OF.items():
        chapter = Chapter.objects.create(
            name=f"HEC {slug}",
            slug=slug,
            institution="U",
            city="Tacoma",
            affiliate=affiliates[affiliate_slug],
        )
        chapters[slug] = chapter
        collectors = {}
        for role in ROLES:
            user = make_user(f"{role}@{slug}.example", name=f"{role} {slug}")
            collectors[role] = make_member(
                chapter, user, role, f"Collector collectormark{next(marks):03d}"
            )
            viewers.append(Viewer(role, slug, affiliate_slug, user))
        collectors[""] = make_person(chapter, f"Volunteer collectormark{next(marks):03d}")
        with scope(chapter=chapter):
            sessions = [
                ListeningSession.objects.create(
                    chapter=chapter,
                    title=f"Session sessionmark{next(marks):03d}",
                    host=collectors[LEADER],
                )
                for _ in range(2)
            ]
            for consent in CONSENTS:
                for withdrawn in (False, True):
                    for collector_role, collector in collectors.items():
                        named = n % 2 == 0
                        story = story_create(
                            chapter=chapter,
                            actor=None,
                            collector=collector,
                            text=f"storymark-{n:03d} {TEXTS[n % len(TEXTS)]}",
                            language=("en", "es")[n % 2],
                            consent=consent,
                            teller=make_person(chapter, f"Teller tellermark{n:03d}")
                            if named
                            else None,
                            teller_descriptor="" if named else f"60s, descmark{n:03d}",
                            session=sessions[n % 2],
                        )
                        if withdrawn:
                            consent_withdraw(story=story, actor=None, method="verbal")
                        stories.append(story)
                        rows.append(
                            StoryRow(
                                n,
                                story.public_id,
                                slug,
                                consent,
                                withdrawn,
                                collector_role,
                                named,
                            )
                        )
                        n += 1
    viewers.append(
        Viewer(
            ADMIN, "", "", make_user("admin@net.example", network_role=NetworkRole.NETWORK_ADMIN)
        )
    )
    for affiliate_slug, affiliate in affiliates.items():
        organizer = make_user(
            f"organizer@{affiliate_slug}.example",
            network_role=NetworkRole.AFFILIATE_ORGANIZER,
            affiliate=affiliate,
        )
        viewers.append(Viewer(ORGANIZER, "", affiliate_slug, organizer))

    themes = handmade_themes(rows, stories, chapters, affiliates) if handmade else []
    whole = {  # chapter slug -> its theme holding all its stories
        slug: [t.public_id for t in themes if t.chapter == slug and not t.small]
        for slug in chapters
    }

    issues: dict[str, list[str]] = {}
    assemblies: dict[str, str] = {}
    for slug, chapter in chapters.items():
        own_stories = [s for s, r in zip(stories, rows, strict=True) if r.chapter == slug]
        with scope(chapter=chapter):
            made = []
            for title in ("Rent gouging", "Clinic hours"):
                issue = CandidateIssue.objects.create(chapter=chapter, title=title)
                issue.themes.set(Theme.objects.filter(public_id__in=whole[slug]))
                issue.stories.set(own_stories)  # withdrawn ones too: as if withdrawn later
                made.append(issue)
            assembly = priorities.assembly_create(
                chapter=chapter,
                actor=None,
                title="Spring assembly",
                held_on=datetime.date(2026, 3, 1),
                candidates=made,
            )
            priorities.close_assembly(assembly=assembly, actor=None, chosen=made[:1])
        issues[slug] = [i.public_id for i in made]
        assemblies[slug] = assembly.public_id

    @cache
    def web(viewer: Viewer) -> Client:
        client = Client()
        client.force_login(viewer.user)
        return client

    @cache
    def api(viewer: Viewer) -> Client:
        _, raw = ApiToken.issue(user=viewer.user, name="theme consent test")
        return Client(headers={"Authorization": f"Bearer {raw}"})

    return ConsentWorld(rows, themes, viewers, issues, assemblies, web, api)


# --- the reference (from the rules, not from the code) --------------------------------------


def reads_in_full(viewer: Viewer, story: StoryRow) -> bool:
    """May this viewer read the story itself (with its teller), on a chapter surface?"""
    if story.withdrawn or viewer.kind not in ROLES or viewer.kind == PARTNER:
        return False
    if story.chapter != viewer.chapter:
        return False  # another chapter's story never shows on a chapter surface
    if story.consent == "private":
        return viewer.kind == LEADER or story.collector_role == viewer.kind
    return True


def sees_network(viewer: Viewer) -> bool:
    return viewer.kind in (ADMIN, ORGANIZER) or viewer.kind in NETWORK_STORIES & THEMES_VIEW


def sees_shared(viewer: Viewer, story: StoryRow) -> bool:
    """May this story show (anonymized) on a network surface this viewer can open?"""
    return sees_network(viewer) and story.consent in SHARED and not story.withdrawn


def distinct_shared_tellers(world: ConsentWorld, theme: ThemeRow) -> int:
    # every story of this world has its own teller or descriptor
    return sum(1 for s in world.theme_members(theme) if s.consent in SHARED and not s.withdrawn)


def sees_theme(world: ConsentWorld, viewer: Viewer, theme: ThemeRow) -> bool:
    """Does this network or affiliate theme show to this viewer on the network pages?"""
    if theme.scope == Scope.CHAPTER or not sees_network(viewer):
        return False
    if distinct_shared_tellers(world, theme) < 3:
        return False
    if theme.scope == Scope.NETWORK or viewer.kind == ADMIN:
        return True
    return theme.affiliate == viewer.affiliate


# --- what an answer showed, and the check ----------------------------------------------------


@dataclass
class Seen:
    """One answer: its status, story numbers shown (by marker or id) and the other markers."""

    status: int
    stories: set[int] = field(default_factory=set)
    identities: set[bytes] = field(default_factory=set)  # teller and descriptor markers
    others: set[bytes] = field(default_factory=set)  # collector and session markers
    content: bytes = b""

    @classmethod
    def of(cls, response: Any, public_ids: dict[bytes, int]) -> Seen:
        assert response.status_code in (200, 403, 404), response.status_code
        seen = cls(response.status_code)
        if response.status_code == 200:
            seen.content = content = response.content
            for kind, number in MARKERS.findall(content):
                if kind == b"storymark":
                    seen.stories.add(int(number))
                elif kind in (b"tellermark", b"descmark"):
                    seen.identities.add(kind + number)
                elif kind != b"thememark":
                    seen.others.add(kind + number)
            seen.stories |= {n for public_id, n in public_ids.items() if public_id in content}
        return seen


@dataclass
class Answer:
    """One surface's answer to one viewer, with what the rules expect of it."""

    surface: str
    network: bool  # a network surface: anonymized, shared stories only
    seen: Seen
    status: int  # the status the rules expect
    must_show: frozenset[int] = frozenset()  # stories it exists to show to this viewer
    theme: ThemeRow | None = None  # a theme page's theme


@dataclass
class Tally:
    cases: int = 0
    failures: list[str] = field(default_factory=list)
    shown: dict[str, int] = field(default_factory=dict)  # surface -> stories shown, over all

    def fail(self, viewer: Viewer, answer: Answer, what: str) -> None:
        theme = f" [{answer.theme.label}]" if answer.theme else ""
        self.failures.append(f"{answer.surface}{theme}: {viewer.name}: {what}")


def check(world: ConsentWorld, viewer: Viewer, answer: Answer, tally: Tally) -> None:
    seen = answer.seen
    tally.cases += 1
    if seen.status != answer.status:
        tally.fail(viewer, answer, f"status {seen.status}, expected {answer.status}")
    tally.shown[answer.surface] = tally.shown.get(answer.surface, 0) + len(seen.stories)
    for story in world.stories:
        tally.cases += 1
        shown = story.n in seen.stories
        allowed = sees_shared(viewer, story) if answer.network else reads_in_full(viewer, story)
        about = (
            f"story {story.n} ({story.chapter}, {story.consent}, "
            f"{'withdrawn' if story.withdrawn else 'live'}, collected by {story.collector_role!r})"
        )
        if shown and not allowed:
            tally.fail(viewer, answer, f"{about} shown")
        if story.n in answer.must_show and not shown:
            tally.fail(viewer, answer, f"{about} missing")
        if story.identity in seen.identities and (answer.network or not allowed):
            tally.fail(viewer, answer, f"{about}: teller identity shown")
    if answer.network and seen.others:
        tally.fail(viewer, answer, f"names collectors or sessions {sorted(seen.others)[:3]}")


def theme_shown(world: ConsentWorld, viewer: Viewer, answer: Answer, tally: Tally) -> None:
    """Which themes an answer shows (by id or label). A chapter surface: only its chapter's
    own themes. A network surface: never a chapter theme; on a list, the network and
    affiliate themes the viewer may see, all of them; on a theme's page, that theme only."""
    for theme in world.themes:
        tally.cases += 1
        content = answer.seen.content
        by_label = b"thememark" in theme.label.encode() and theme.label.encode() in content
        shown = by_label or theme.public_id.encode() in content
        if not answer.network:
            if answer.theme == theme:
                shown = by_label  # its id was in the URL, which pages repeat (e.g. "next")
            if shown and not (theme.scope == Scope.CHAPTER and theme.chapter == viewer.chapter):
                tally.fail(viewer, answer, f"theme {theme.label} ({theme.scope}) shown")
            continue
        other_page = answer.theme is not None and answer.theme != theme
        expected = theme.scope != Scope.CHAPTER and not other_page
        expected = expected and sees_theme(world, viewer, theme)
        if shown != expected:
            tally.fail(viewer, answer, f"theme {theme.label} ({theme.scope}) shown={shown}")


# --- the surfaces ----------------------------------------------------------------------------


def status(allowed: bool, refused: int = 403) -> int:
    return 200 if allowed else refused


def chapter_answers(world: ConsentWorld, viewer: Viewer) -> list[Answer]:
    """Every chapter surface of issue 5, as this chapter member sees it."""
    web, api, slug, role = world.web(viewer), world.api(viewer), viewer.chapter, viewer.kind
    ids = {s.public_id.encode(): s.n for s in world.stories}
    base = f"/api/v1/chapters/{slug}"

    def seen(response: Any) -> Seen:
        return Seen.of(response, ids)

    def readable_unprivate(theme: ThemeRow) -> frozenset[int]:
        return frozenset(
            s.n
            for s in world.theme_members(theme)
            if reads_in_full(viewer, s) and s.consent != "private"
        )

    answers = []
    for theme in world.themes:
        if theme.scope != Scope.CHAPTER:
            continue
        own = theme.chapter == slug
        if not own and theme.small:
            continue  # another chapter's theme: its big one stands for all (a 404 each)
        page_status = status(role in THEMES_VIEW and own, 404 if role in THEMES_VIEW else 403)
        must = readable_unprivate(theme) if theme.small and page_status == 200 else frozenset()
        tid = theme.public_id
        answers += [
            Answer(
                "web theme page",
                False,
                seen(web.get(f"/c/{slug}/themes/{tid}/")),
                page_status,
                must,
                theme,
            ),
            Answer(
                "API theme detail",
                False,
                seen(api.get(f"{base}/themes/{tid}")),
                page_status,
                must,
                theme,
            ),
        ]
        if not theme.small:  # "new issue from a theme", given the chapter's or another's
            answers.append(
                Answer(
                    "web issue from theme",
                    False,
                    seen(web.get(f"/c/{slug}/priorities/new/", {"theme": tid})),
                    status(role in PRIORITIES_MANAGE),
                    theme=theme,
                )
            )
        if own and not theme.small:
            edit = role in THEMES_EDIT
            answers.append(
                Answer(
                    "web theme split",
                    False,
                    seen(web.get(f"/c/{slug}/themes/{tid}/split/")),
                    status(edit),
                    readable_unprivate(theme) if edit else frozenset(),
                    theme,
                )
            )
    themes_status = status(role in THEMES_VIEW)
    answers += [
        Answer("web theme list", False, seen(web.get(f"/c/{slug}/themes/")), themes_status),
        Answer(
            "API theme list", False, seen(api.get(f"{base}/themes", {"limit": 100})), themes_status
        ),
        Answer("web chain", False, seen(web.get(f"/c/{slug}/themes/chain/")), themes_status),
    ]
    readable = frozenset(s.n for s in world.stories if reads_in_full(viewer, s))
    answers += [
        Answer("web priorities", False, seen(web.get(f"/c/{slug}/priorities/")), 200, readable),
        Answer(
            "API priorities",
            False,
            seen(api.get(f"{base}/priorities", {"limit": 100})),
            200,
            readable,
        ),
        Answer(
            "web assembly page",
            False,
            seen(web.get(f"/c/{slug}/assemblies/{world.assemblies[slug]}/")),
            200,
            readable,
        ),
        Answer(
            "API assembly",
            False,
            seen(api.get(f"{base}/assemblies/{world.assemblies[slug]}")),
            200,
        ),
    ]
    for issue in world.issues[slug]:
        answers.append(
            Answer(
                "web issue page",
                False,
                seen(web.get(f"/c/{slug}/priorities/{issue}/")),
                200,
                readable,
            )
        )
    return answers


def network_answers(world: ConsentWorld, viewer: Viewer) -> list[Answer]:
    """The network theme list and every network or affiliate theme's page: the chapter side
    for a chapter member, the network side for a network admin or an affiliate organizer."""
    client = world.web(viewer)
    ids = {s.public_id.encode(): s.n for s in world.stories}
    if viewer.chapter:
        list_url = reverse("chapter:theme-network", args=[viewer.chapter])
        refused = 403  # a member without the right to see network themes

        def detail_url(public_id: str) -> str:
            return reverse("chapter:theme-network-detail", args=[viewer.chapter, public_id])

        side = "chapter"
    else:
        list_url = reverse("accounts:network-themes")
        refused = 403

        def detail_url(public_id: str) -> str:
            return reverse("accounts:network-theme-detail", args=[public_id])

        side = "network"
    answers = [
        Answer(
            f"{side} network themes",
            True,
            Seen.of(client.get(list_url), ids),
            status(sees_network(viewer), refused),
        )
    ]
    for theme in world.themes:
        if theme.scope == Scope.CHAPTER and (theme.small or theme.chapter == viewer.chapter):
            continue  # (the chapter's own theme: the chapter side sends it to its own page)
        shown = sees_theme(world, viewer, theme)
        must = frozenset(
            s.n for s in world.theme_members(theme) if theme.small and shown and s.shared
        )
        answers.append(
            Answer(
                f"{side} network theme page",
                True,
                Seen.of(client.get(detail_url(theme.public_id)), ids),
                status(shown, 404 if sees_network(viewer) else refused),
                must,
                theme,
            )
        )
    return answers


def sweep(world: ConsentWorld, viewers: Iterable[Viewer]) -> Tally:
    tally = Tally()
    for viewer in viewers:
        answers = []
        if viewer.chapter:
            answers += chapter_answers(world, viewer)
        answers += network_answers(world, viewer)
        for answer in answers:
            check(world, viewer, answer, tally)
            theme_shown(world, viewer, answer, tally)
    return tally


# --- the tests -------------------------------------------------------------------------------


@pytest.fixture
def consent_world(db) -> ConsentWorld:
    started = time.process_time()
    world = build()
    print(f"world built in {time.process_time() - started:.1f} s of CPU")
    return world


def test_reference_on_hand_picked_rows():
    def viewer(kind: str, chapter: str = "north") -> Viewer:
        return Viewer(kind, chapter, AFFILIATE_OF.get(chapter, ""), None)

    def story(chapter: str, consent: str, withdrawn: bool = False, collector: str = "") -> StoryRow:
        return StoryRow(0, "x", chapter, consent, withdrawn, collector, True)

    assert reads_in_full(viewer(LEADER), story("north", "private"))
    assert reads_in_full(viewer(MEMBER), story("north", "private", collector=MEMBER))
    assert not reads_in_full(viewer(MEMBER), story("north", "private"))
    assert reads_in_full(viewer(ALLY), story("north", "chapter"))
    assert not reads_in_full(viewer(PARTNER), story("north", "public", collector=PARTNER))
    assert not reads_in_full(viewer(LEADER), story("south", "public"))
    assert not reads_in_full(viewer(LEADER), story("north", "public", withdrawn=True))
    assert sees_shared(viewer(MEMBER), story("south", "network"))
    assert sees_shared(Viewer(ADMIN, "", "", None), story("east", "public"))
    assert not sees_shared(viewer(PARTNER), story("south", "network"))
    assert not sees_shared(viewer(LEADER), story("north", "chapter"))
    assert not sees_shared(viewer(LEADER), story("south", "public", withdrawn=True))


def test_every_viewer_every_theme_surface(consent_world):
    world = consent_world
    tally = sweep(world, world.viewers)
    print(
        f"theme consent sweep: {tally.cases} cases, {len(tally.failures)} mismatches; "
        f"{len(world.viewers)} viewers, {len(world.stories)} stories, {len(world.themes)} themes; "
        f"stories shown per surface {tally.shown}"
    )
    assert not tally.failures, "\n".join(tally.failures[:40])
    # the checks are not vacuous: every surface meant to show stories showed some
    for surface in (
        "web theme page",
        "API theme detail",
        "web theme split",
        "web issue from theme",
        "web priorities",
        "API priorities",
        "web assembly page",
        "web issue page",
        "chapter network theme page",
        "network network theme page",
    ):
        assert tally.shown.get(surface), (surface, tally.shown)
    # answers: a chapter member gets 47 chapter ones (15 own themes and 2 other chapters',
    # web and API; split; issue from its own and 2 other chapters' themes; 3 lists; 4
    # priorities surfaces and 2 issue pages)
    # and 17 network ones (list, 14 network/affiliate themes, 2 other chapters' themes); a
    # network viewer 18 (list, 14 themes, 3 chapters' themes). Each answer: a status, 120
    # stories, 59 themes.
    answers = 12 * (47 + 17) + 3 * 18
    assert tally.cases == answers * (1 + 120 + 59) == 147_960, tally.cases


def test_checker_catches_a_leak(consent_world, monkeypatch):
    """Let every story through the consent functions that the theme pages, the network pages
    and the priorities pages use: the same sweep must now report mismatches on each."""
    world = consent_world

    def every_story(access: Any) -> Any:
        return Story.objects.filter(chapter=access.chapter)

    def every_membership() -> Any:
        return ThemeStory.objects.all()

    monkeypatch.setattr("hec.patterns.queries.quotable_stories", every_story)
    monkeypatch.setattr("hec.patterns.network.shared_memberships", every_membership)
    monkeypatch.setattr("hec.priorities.queries.chapter_stories", every_story)
    viewers = [v for v in world.viewers if v.name in ("member@north", "network admin@network")]
    tally = sweep(world, viewers)
    print(f"deliberate leak: {tally.cases} cases, {len(tally.failures)} mismatches")
    failing = {failure.split(" [")[0].split(":")[0] for failure in tally.failures}
    assert {
        "web theme page",
        "API theme detail",
        "web priorities",
        "API priorities",
        "chapter network theme page",
        "network network theme page",
    } <= failing, failing
    assert any("withdrawn" in f and "shown" in f for f in tally.failures)


def themes_in_db(world: ConsentWorld) -> list[ThemeRow]:
    """The live themes the runs left, as the checker describes them."""
    number = {s.public_id: s.n for s in world.stories}
    found = []
    with scopes_disabled():
        live = Theme.objects.filter(merged_into__isnull=True, retired_at__isnull=True)
        for theme in live.select_related("chapter", "affiliate"):
            members = ThemeStory.objects.filter(theme=theme).values_list(
                "story__public_id", flat=True
            )
            found.append(
                ThemeRow(
                    theme.public_id,
                    theme.scope,
                    theme.chapter.slug if theme.chapter else "",
                    theme.affiliate.slug if theme.affiliate else "",
                    tuple(sorted(number[m] for m in members)),
                    False,
                    theme.label,
                )
            )
    return found


def test_themes_found_by_real_pattern_runs(db):
    """The same rules over the themes real pattern runs find (chapter, affiliate and network
    runs), after which one shared story is withdrawn and another narrowed to its chapter."""
    world = build(handmade=False)
    with scopes_disabled():
        chapters = list(Chapter.objects.filter(slug__in=AFFILIATE_OF))
        affiliates = list(Affiliate.objects.filter(slug__in=("tide", "ridge")))
    done = [runs.start_run(Scope.CHAPTER, chapter) for chapter in chapters]
    done += [runs.start_run(Scope.AFFILIATE, affiliate=a) for a in affiliates]
    done.append(runs.start_run(Scope.NETWORK))
    assert all(r.status == PatternRun.Status.DONE for r in done), [r.error for r in done]
    first, second = [r for r in world.stories if r.shared and r.chapter == "north"][:2]
    with scopes_disabled():
        consent_withdraw(
            story=Story.objects.get(public_id=first.public_id), actor=None, method="verbal"
        )
        consent_change(
            story=Story.objects.get(public_id=second.public_id),
            actor=None,
            to_level="chapter",
            method="verbal",
        )
    later = {first.n: replace(first, withdrawn=True), second.n: replace(second, consent="chapter")}
    world.stories = [later.get(r.n, r) for r in world.stories]
    world.themes = themes_in_db(world)
    assert {t.scope for t in world.themes} == {Scope.CHAPTER, Scope.AFFILIATE, Scope.NETWORK}
    viewers = [
        v
        for v in world.viewers
        if v.chapter == "north" or v.kind in (ADMIN, ORGANIZER) or v.name == "member@east"
    ]
    tally = sweep(world, viewers)
    print(
        f"real runs: {len(world.themes)} themes, {tally.cases} cases, "
        f"{len(tally.failures)} mismatches; stories shown per surface {tally.shown}"
    )
    assert not tally.failures, "\n".join(tally.failures[:40])
    assert tally.shown.get("web theme page") and tally.shown.get("chapter network theme page")
