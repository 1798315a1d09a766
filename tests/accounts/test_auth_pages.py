"""Sign-in pages: our layout, CSP-clean, and the flows behind them (reset, rotation, MFA)."""

from __future__ import annotations

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.core import mail
from django.test import Client

from hec.accounts.models import User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>", re.I)


def assert_page_ok(response, *, status: int = 200) -> str:
    assert response.status_code == status
    body = response.content
    assert b"<h1>" in body or b"<h1 " in body
    assert not INLINE_SCRIPT.search(body), "inline script (blocked by our CSP)"
    assert b" style=" not in body, "inline style (blocked by our CSP)"
    assert b'class="skip-link"' in body  # rendered inside our base.html
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    return body.decode()


def sign_in(client: Client, email: str, password: str = PASSWORD):
    return client.post("/accounts/login/", {"login": email, "password": password})


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


@pytest.mark.parametrize(
    "url",
    ["/accounts/login/", "/accounts/password/reset/", "/accounts/password/reset/done/"],
)
def test_anonymous_pages_render_in_our_layout(client, url):
    body = assert_page_ok(client.get(url))
    assert "Sign up" not in body


def test_signup_is_closed(client):
    body = assert_page_ok(client.get("/accounts/signup/"))
    assert "invitation" in body


def test_login_form_is_labelled(client):
    body = assert_page_ok(client.get("/accounts/login/"))
    for field in ("id_login", "id_password"):
        assert f'for="{field}"' in body and f'id="{field}"' in body


@pytest.mark.parametrize(
    "url", ["/accounts/password/change/", "/accounts/logout/", "/accounts/2fa/"]
)
def test_signed_in_pages_render(world, client_for, url):
    assert_page_ok(client_for(world.member_a).get(url))


def test_login_rotates_session_key(world):
    client = Client()
    client.get("/accounts/login/")
    client.session.save()
    before = client.session.session_key
    assert before
    response = sign_in(client, world.member_a.email)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(world.member_a.pk)
    assert client.session.session_key != before


def test_passwords_are_hashed_with_argon2(world):
    assert world.member_a.password.startswith("argon2$")
    user = User.objects.create_user(email="z@example.org", password="another fine pass 9")
    assert User.objects.get(pk=user.pk).password.startswith("argon2$argon2id$")


def test_password_reset_mail_and_new_password(world, client):
    response = client.post("/accounts/password/reset/", {"email": world.member_a.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [world.member_a.email]
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", message.body)
    assert link
    page = client.get(link.group(1), follow=True)
    body = assert_page_ok(page)
    assert "Choose a new password" in body
    new = "the quiet orchard wakes 31"
    response = client.post(page.redirect_chain[-1][0], {"password1": new, "password2": new})
    assert response.status_code == 302
    world.member_a.refresh_from_db()
    assert world.member_a.check_password(new)


def test_password_reset_for_unknown_address_sends_nothing_revealing(client):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302  # same answer as for a known address
    assert all("reset/key" not in m.body for m in mail.outbox)


def test_totp_enrolment_flow_and_qr_is_data_uri(world):
    client = Client()
    sign_in(client, world.leader_a.email)
    # allauth asks for the password again before changing the second factor
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 302 and "/accounts/reauthenticate/" in response["Location"]
    assert_page_ok(client.get(response["Location"]))
    client.post(response["Location"], {"password": PASSWORD})
    page = client.get("/accounts/2fa/totp/activate/")
    body = assert_page_ok(page)
    assert 'src="data:image/svg+xml;base64,' in body  # allowed by img-src 'self' data:
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', body)
    assert secret, body
    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret[1])})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=world.leader_a, type="totp").exists()
    codes = client.get("/accounts/2fa/recovery-codes/")
    assert_page_ok(codes)
    # the next sign-in asks for the code
    other = Client()
    response = sign_in(other, world.leader_a.email)
    assert response.status_code == 302 and "/2fa/authenticate" in response["Location"]
    assert_page_ok(other.get(response["Location"]))
    assert "_auth_user_id" not in other.session
