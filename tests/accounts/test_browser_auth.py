"""Sign-in and 2FA pages in a real browser: axe-clean at phone width, and the TOTP QR code
shows under the real CSP (no violations reported by the browser)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django_scopes import scope

from hec.accounts import services
from tests.browser.axe import describe, serious
from tests.browser.conftest import CHROMIUM
from tests.factories import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing"),
]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return serious(page.evaluate("async () => await axe.run(document)"))


@pytest.mark.parametrize("path", ["/accounts/login/", "/accounts/password/reset/"])
def test_anonymous_pages_accessible_at_360(page, live_server, path):
    page.set_viewport_size({"width": 360, "height": 800})
    response = page.goto(live_server.url + path)
    assert response.status == 200
    violations = axe_violations(page)
    assert not violations, describe(violations)


def test_invitation_accept_page_accessible(page, live_server, bworld):
    with scope(chapter=bworld.chapter_a):
        _, raw = services.invitation_create(
            chapter=bworld.chapter_a, actor=bworld.leader_a, email="new@example.org", role="member"
        )
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{live_server.url}/accounts/invite/{raw}/")
    violations = axe_violations(page)
    assert not violations, describe(violations)
    page.get_by_label("Your name").fill("Nova New")
    page.get_by_label(re.compile(r"^Password:?$")).fill("a sturdy lantern river 8")
    page.get_by_label("Password again").fill("a sturdy lantern river 8")
    page.get_by_role("button", name="Create account and join").click()
    page.wait_for_load_state()
    assert page.url.endswith("/c/alpha/")


def test_totp_page_works_under_real_csp(browser, live_server, bworld):
    context = browser.new_context(bypass_csp=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}/accounts/login/?next=/accounts/2fa/totp/activate/")
    page.get_by_label("Email").fill(bworld.leader_a.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    if "/reauthenticate/" in page.url:
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Confirm").click()
        page.wait_for_load_state()
    assert "/2fa/totp/activate/" in page.url, page.url
    qr = page.get_by_alt_text("QR code for your authenticator app")
    width = qr.evaluate("img => img.naturalWidth")
    assert width > 0, "QR image did not load"
    assert not [p for p in problems if "Content Security Policy" in p], json.dumps(problems)
    context.close()
