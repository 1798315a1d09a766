"""The lists an organizer or an admin opens on a phone (people, one-to-ones, stories, listening
sessions, partners, invitations, the audit log, API tokens, possible duplicates, network
themes) stack their rows at 360 px: nothing scrolls sideways and every cell says which column
it belongs to, in English and in Spanish. At desktop width they stay tables."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# who opens them -> path -> (English, Spanish) name of the first column, shown before the
# first cell of a row
LISTS = {
    "leader": {
        "/c/alpha/people/": ("Name", "Nombre"),
        "/c/alpha/one-to-ones/": ("Date", "Fecha"),
        "/c/alpha/stories/": ("Told on", "Contada el"),
        "/c/alpha/sessions/": ("Date", "Fecha"),
        "/c/alpha/partners/": ("Organization", "Organización"),
        "/c/alpha/invitations/": ("E-mail", "Correo electrónico"),
        "/c/alpha/audit/": ("When", "Cuándo"),
        "/c/alpha/people/duplicates/": ("Record kept", "Registro conservado"),
        "/c/alpha/themes/network/": ("Theme", "Tema"),
        "/accounts/api-tokens/": ("Name", "Nombre"),
    },
    "admin": {
        "/accounts/network/": ("Chapter", "Capítulo"),
        "/accounts/network/themes/": ("Theme", "Tema"),
    },
}

# lists with number columns (stories, tellers, chapters): right-aligned in a table, beside
# their label when stacked
WITH_NUMBERS = {"/c/alpha/themes/network/", "/accounts/network/themes/"}

# Every stacking table on the page: whether its box scrolls sideways, how many body cells lack
# a column name (an empty list's one "nothing yet" cell would too), how its first cell shows
# and what it says before it, and how its number columns are aligned.
LAYOUT = """() => ({
  pageWidth: document.documentElement.scrollWidth,
  tables: [...document.querySelectorAll('table.stack')].map(table => {
    const wrap = table.closest('.table-wrap');
    const cells = [...table.tBodies[0].rows].flatMap(row => [...row.cells]);
    const numbers = cells.filter(cell => cell.classList.contains('number'));
    return {
      wrapScrolls: wrap.scrollWidth > wrap.clientWidth,
      unlabelled: cells.filter(cell => !cell.hasAttribute('data-label')).length,
      cellDisplay: getComputedStyle(cells[0]).display,
      label: getComputedStyle(cells[0], '::before').content,
      numbers: numbers.length,
      numbersRight: numbers.filter(cell => getComputedStyle(cell).textAlign === 'right').length,
    };
  }),
})"""


def _add_records(world) -> None:
    """What bworld lacks for these lists to have a row: an invitation, an API token, a
    possible duplicate of Ana, and a network theme (three tellers' stories shared with the
    network, the fewest the network pages show)."""
    from django_scopes import scope, scopes_disabled

    from hec.accounts import services as accounts
    from hec.core.permissions import ChapterRole
    from hec.listening import services as listening
    from hec.patterns.counts import refresh_counts
    from hec.patterns.models import Scope, Theme, ThemeStory
    from hec.patterns.network import MIN_TELLERS
    from hec.people.models import Person
    from tests.factories import make_person

    accounts.api_token_create(user=world.leader_a, name="Spreadsheet sync")
    make_person(world.chapter_a, "Ana Alphaperson", email=world.person_a.email)
    with scope(chapter=world.chapter_a):
        accounts.invitation_create(
            chapter=world.chapter_a,
            actor=world.leader_a,
            email="noa.new@example.org",
            name="Noa New",
            role=ChapterRole.MEMBER,
        )
        collector = Person.objects.get(user=world.leader_a)
        stories = [
            listening.story_create(
                chapter=world.chapter_a,
                actor=world.leader_a,
                collector=collector,
                teller=make_person(world.chapter_a, f"Teller {n}"),
                language="en",
                consent="network",
                text=f"The pharmacy label was only in English ({n}).",
            )
            for n in range(MIN_TELLERS)
        ]
    with scopes_disabled():
        theme = Theme.objects.create(
            scope=Scope.NETWORK,
            label="Medicine labels people cannot read",
            keywords=["pharmacy", "label"],
            categories=[{"id": "language_access", "share": 1.0}],
        )
        for story in stories:
            ThemeStory.objects.create(theme=theme, story=story, chapter=world.chapter_a)
    refresh_counts([theme.pk])


def _users(world):
    return {"leader": world.leader_a, "admin": world.network_admin}


@pytest.mark.parametrize("user", LISTS)
@pytest.mark.parametrize("language", ["en", "es"])
def test_lists_stack_on_a_phone(language, user, page, live_server, bworld, sign_in):
    _add_records(bworld)
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(_users(bworld)[user])
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    for path, names in LISTS[user].items():
        response = page.goto(live_server.url + path)
        assert response is not None and response.status == 200, path
        layout = page.evaluate(LAYOUT)
        assert layout["pageWidth"] <= 360, (path, layout)
        assert layout["tables"], (path, "no table.stack")
        for table in layout["tables"]:
            assert not table["wrapScrolls"], (path, table)
            assert table["unlabelled"] == 0, (path, table)
            assert table["cellDisplay"] == "block", (path, table)
            assert table["numbersRight"] == 0, (path, table)
        assert (layout["tables"][0]["numbers"] > 0) == (path in WITH_NUMBERS), (path, layout)
        name = names[language == "es"]
        assert layout["tables"][0]["label"] == f'"{name}: "', (path, layout)


@pytest.mark.parametrize("user", LISTS)
def test_lists_stay_tables_on_a_desktop(user, page, live_server, bworld, sign_in):
    _add_records(bworld)
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(_users(bworld)[user])
    for path in LISTS[user]:
        page.goto(live_server.url + path)
        layout = page.evaluate(LAYOUT)
        assert layout["tables"], (path, "no table.stack")
        for table in layout["tables"]:
            assert table["cellDisplay"] == "table-cell", (path, table)
            assert table["label"] == "none", (path, table)
            assert table["numbersRight"] == table["numbers"], (path, table)
        assert (layout["tables"][0]["numbers"] > 0) == (path in WITH_NUMBERS), (path, layout)
