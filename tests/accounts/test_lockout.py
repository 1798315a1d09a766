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


def test_admin_login_goes_through_the_locked_sign_in(world):
    """/admin/login/ has no password form of its own (it would skip MFA and lockout): it
    sends people to the allauth sign-in, which is the one that locks."""
    world.network_admin.is_staff = world.network_admin.is_superuser = True
    world.network_admin.save()
    client = Client()
    email = world.network_admin.email
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post("/admin/login/", {"username": email, "password": "wrong"})
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    # the right password posted to the admin form signs nobody in either
    client.post("/admin/login/", {"username": email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    # the sign-in form locks the admin like anyone else, and then the admin stays closed
    _fail(client, "/accounts/login/", "login", email, settings.AXES_FAILURE_LIMIT)
    response = client.post("/accounts/login/?next=/admin/", {"login": email, "password": PASSWORD})
    assert response.status_code == 429
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_admin_reached_after_sign_in(world):
    world.network_admin.is_staff = world.network_admin.is_superuser = True
    world.network_admin.save()
    client = Client()
    response = client.post(
        "/accounts/login/?next=/admin/",
        {"login": world.network_admin.email, "password": PASSWORD},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_admin_credentials_count_against_the_same_address():
    """Should a password form ever post `username=` (the Django admin's field), failures
    count against the same lower-cased e-mail as allauth's `email=`."""
    from hec.accounts.lockout import axes_username

    assert axes_username(None, {"username": "A@Example.org "}) == "a@example.org"
    assert axes_username(None, {"email": "a@example.org"}) == "a@example.org"
    assert axes_username(None, {}) is None
