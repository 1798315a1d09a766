"""django-axes locks an e-mail + address pair after AXES_FAILURE_LIMIT failures, on both forms."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def _fail(client: Client, url: str, field: str, email: str, times: int) -> None:
    for attempt in range(1, times + 1):
        response = client.post(url, {field: email, "password": "wrong password"})
        # the form again with an error; the failure that reaches the limit shows the lock page
        expected = 429 if attempt >= settings.AXES_FAILURE_LIMIT else 200
        assert response.status_code == expected, attempt


def test_allauth_login_locks_after_limit(world):
    client = Client()
    email = world.member_a.email
    _fail(client, "/accounts/login/", "login", email, settings.AXES_FAILURE_LIMIT)
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 429
    assert b"Sign-in temporarily locked" in response.content
    assert "_auth_user_id" not in client.session


def test_lockout_ignores_email_case(world):
    client = Client()
    _fail(client, "/accounts/login/", "login", world.member_a.email.upper(), 5)
    response = client.post(
        "/accounts/login/", {"login": world.member_a.email, "password": PASSWORD}
    )
    assert response.status_code == 429


def test_fewer_failures_then_success_signs_in(world):
    client = Client()
    _fail(client, "/accounts/login/", "login", world.member_a.email, 4)
    response = client.post(
        "/accounts/login/", {"login": world.member_a.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(world.member_a.pk)


def test_other_accounts_are_not_locked(world):
    client = Client()
    _fail(client, "/accounts/login/", "login", world.member_a.email, 5)
    response = client.post(
        "/accounts/login/", {"login": world.leader_a.email, "password": PASSWORD}
    )
    assert response.status_code == 302


def test_admin_login_locks_after_limit(world):
    world.network_admin.is_staff = True
    world.network_admin.save()
    client = Client()
    email = world.network_admin.email
    _fail(client, "/admin/login/", "username", email, settings.AXES_FAILURE_LIMIT)
    response = client.post("/admin/login/", {"username": email, "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_failures_on_both_forms_add_up(world):
    client = Client()
    email = world.member_a.email
    _fail(client, "/admin/login/", "username", email, 3)
    for _ in range(2):
        client.post("/accounts/login/", {"login": email, "password": "wrong"})
    response = client.post("/accounts/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 429
