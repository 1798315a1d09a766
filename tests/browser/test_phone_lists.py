"""The lists an organizer opens on a phone right after a meeting (people, one-to-ones,
stories, listening sessions) stack their rows at 360 px: nothing scrolls sideways and every
cell says which column it belongs to, in English and in Spanish. At desktop width they stay
tables."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# path -> (English, Spanish) name of the first column, shown before the first cell of a row
LISTS = {
    "/c/alpha/people/": ("Name", "Nombre"),
    "/c/alpha/one-to-ones/": ("Date", "Fecha"),
    "/c/alpha/stories/": ("Told on", "Contada el"),
    "/c/alpha/sessions/": ("Date", "Fecha"),
}

LAYOUT = """() => {
  const wrap = document.querySelector('.table-wrap');
  const cell = document.querySelector('table.stack tbody td');
  return {
    pageWidth: document.documentElement.scrollWidth,
    wrapScrolls: wrap.scrollWidth > wrap.clientWidth,
    cellDisplay: getComputedStyle(cell).display,
    label: getComputedStyle(cell, '::before').content,
  };
}"""


@pytest.mark.parametrize("language", ["en", "es"])
def test_lists_stack_on_a_phone(language, page, live_server, bworld, sign_in):
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(bworld.leader_a)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    for path, names in LISTS.items():
        page.goto(live_server.url + path)
        layout = page.evaluate(LAYOUT)
        assert layout["pageWidth"] <= 360, (path, layout)
        assert not layout["wrapScrolls"], (path, layout)
        assert layout["cellDisplay"] == "block", (path, layout)
        name = names[language == "es"]
        assert layout["label"] == f'"{name}: "', (path, layout)


def test_lists_stay_tables_on_a_desktop(page, live_server, bworld, sign_in):
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(bworld.leader_a)
    for path in LISTS:
        page.goto(live_server.url + path)
        layout = page.evaluate(LAYOUT)
        assert layout["cellDisplay"] == "table-cell", (path, layout)
        assert layout["label"] == "none", (path, layout)
