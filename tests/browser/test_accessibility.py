"""axe-core on every main page of the registry in hec/scale/pages.py, at desktop and phone
width: no serious or critical violations."""

from __future__ import annotations

import pytest

from hec.scale.pages import PAGES, Target
from tests.browser.axe import AXE, RUN_AXE, describe, serious

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAIN_PAGES = [p for p in PAGES if p.accessibility and not p.api]
WIDTHS = {"desktop": 1280, "phone": 360}


@pytest.mark.parametrize("width", WIDTHS.values(), ids=WIDTHS.keys())
@pytest.mark.parametrize("registered", MAIN_PAGES, ids=[p.name for p in MAIN_PAGES])
def test_page_has_no_serious_violations(registered, width, page, live_server, bworld, sign_in):
    assert AXE.exists(), "node_modules/axe-core is missing: run `make install`"
    path = registered.path(Target.for_chapter(bworld.chapter_a))
    if path is None:
        pytest.skip(f"{registered.name}: no such URL in this code base yet")
    users = {"leader": bworld.leader_a, "member": bworld.member_a, "admin": bworld.network_admin}
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(users[registered.user], path)
    response = page.goto(live_server.url + path)
    assert response is not None and response.status == 200, (
        f"{path}: {response and response.status}"
    )
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(RUN_AXE)
    violations = serious(results)
    assert not violations, f"{registered.name} at {width}px:\n{describe(violations)}"


def test_every_main_page_is_checked():
    # The registry is the single list: a page added there is checked here automatically.
    assert {"people list", "person detail"} <= {p.name for p in MAIN_PAGES}
