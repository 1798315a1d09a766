"""Profile page and personal API tokens (shown once, stored hashed, revocable, audited)."""

from __future__ import annotations

import re

import pytest
from django_scopes import scopes_disabled

from hec.api.models import ApiToken
from hec.core.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_profile_lists_chapters_and_roles(world, client_for):
    response = client_for(world.leader_a).get("/accounts/profile/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "leader.a@example.org" in body and "HEC Alpha" in body and "Chapter leader" in body
    assert "/accounts/password/change/" in body and "/accounts/2fa/" in body
    assert "HEC Beta" not in body


def test_profile_needs_sign_in(client):
    response = client.get("/accounts/profile/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_token_shown_once_stored_hashed_and_works(world, client_for):
    client = client_for(world.member_a)
    response = client.post("/accounts/api-tokens/", {"name": "import script"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    raw = re.search(r'id="new-token"[^>]*value="(hec_[^"]+)"', response.content.decode())[1]
    token = ApiToken.objects.get(user=world.member_a)
    assert token.token_hash != raw and raw not in str(ApiToken.objects.values().get())
    assert token.hint == raw[-4:]
    # not shown again
    listing = client.get("/accounts/api-tokens/").content.decode()
    assert raw not in listing and "import script" in listing and token.hint in listing
    api = client_for(None).get("/api/v1/chapters", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert api.status_code == 200
    with scopes_disabled():
        assert AuditEntry.objects.filter(
            action="account.api_token.created", actor=world.member_a, object_id=token.public_id
        ).exists()


def test_revoke_token(world, client_for):
    token, raw = ApiToken.issue(user=world.member_a, name="old")
    client = client_for(world.member_a)
    response = client.post(f"/accounts/api-tokens/{token.public_id}/revoke/")
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    api = client_for(None).get("/api/v1/chapters", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert api.status_code == 401
    with scopes_disabled():
        assert AuditEntry.objects.filter(action="account.api_token.revoked").exists()


def test_cannot_revoke_someone_elses_token(world, client_for):
    token, _ = ApiToken.issue(user=world.leader_b, name="theirs")
    response = client_for(world.member_a).post(f"/accounts/api-tokens/{token.public_id}/revoke/")
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None
    assert (
        client_for(world.member_a)
        .get(f"/accounts/api-tokens/{token.public_id}/revoke/")
        .status_code
        == 405
    )


def test_empty_name_shows_error(world, client_for):
    response = client_for(world.member_a).post("/accounts/api-tokens/", {"name": ""})
    assert response.status_code == 200 and b"errorlist" in response.content
    assert not ApiToken.objects.exists()
