"""Who may call the API: token holders and signed-in sessions (with CSRF), nobody else."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from hec.api.models import ApiToken
from tests.api.conftest import BASE, detail

PEOPLE = f"{BASE}/chapters/alpha/people"


def bearer(raw: str) -> Client:
    return Client(headers={"Authorization": f"Bearer {raw}"})


def test_valid_token_acts_as_its_owner(world):
    token, raw = ApiToken.issue(user=world.leader_a, name="script")
    response = bearer(raw).get(f"{BASE}/chapters")
    assert response.status_code == 200
    assert [c["slug"] for c in response.json()] == ["alpha"]
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_token_needs_no_csrf_for_writes(world):
    _, raw = ApiToken.issue(user=world.leader_a, name="script")
    client = Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {raw}"})
    response = client.post(
        PEOPLE, {"name": "Tok En", "kind": "student"}, content_type="application/json"
    )
    assert response.status_code == 201, response.content


@pytest.mark.parametrize(
    "header",
    [
        "Bearer hec_wrong",
        "Bearer ",
        "Bearer not-even-prefixed",
        "Basic dXNlcjpwYXNz",
        "Bearer hec_" + "x" * 5000,
    ],
)
def test_wrong_token_is_401(world, header):
    response = Client(headers={"Authorization": header}).get(f"{BASE}/chapters")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"


def test_revoked_token_is_401(world):
    token, raw = ApiToken.issue(user=world.leader_a, name="old")
    assert bearer(raw).get(f"{BASE}/chapters").status_code == 200
    token.revoked_at = timezone.now()
    token.save()
    assert bearer(raw).get(f"{BASE}/chapters").status_code == 401
    assert bearer(raw).get(PEOPLE).status_code == 401


def test_inactive_owner_token_is_401(world):
    _, raw = ApiToken.issue(user=world.leader_a, name="t")
    world.leader_a.is_active = False
    world.leader_a.save()
    assert bearer(raw).get(f"{BASE}/chapters").status_code == 401


@pytest.mark.parametrize("path", ["/chapters", "/chapters/alpha", "/chapters/alpha/people"])
def test_anonymous_is_401_json(world, path):
    response = Client().get(BASE + path)
    assert response.status_code == 401
    assert "detail" in response.json()


def test_anonymous_write_is_401_not_csrf_403(world):
    response = Client(enforce_csrf_checks=True).post(
        f"{BASE}/chapters", {}, content_type="application/json"
    )
    # no POST on /chapters: the router answers 405 before anything else, never 500
    assert response.status_code in (401, 405)
    response = Client(enforce_csrf_checks=True).post(PEOPLE, {}, content_type="application/json")
    assert response.status_code == 401


def test_session_reads_without_csrf(world, client_for):
    response = client_for(world.member_a).get(PEOPLE)
    assert response.status_code == 200


def test_session_write_requires_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.leader_a)
    body = {"name": "Cee Sref", "kind": "student"}
    refused = client.post(PEOPLE, body, content_type="application/json")
    assert refused.status_code == 403
    assert "CSRF" in detail(refused)

    token = "a1b2c3d4" * 4  # a CSRF secret, as the csrftoken cookie holds it
    client.cookies["csrftoken"] = token
    accepted = client.post(
        PEOPLE, body, content_type="application/json", headers={"X-CSRFToken": token}
    )
    assert accepted.status_code == 201, accepted.content


def test_session_patch_requires_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.leader_a)
    url = f"{PEOPLE}/{world.person_a.public_id}"
    response = client.patch(url, {"name": "X"}, content_type="application/json")
    assert response.status_code == 403
