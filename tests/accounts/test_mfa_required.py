"""HEC_REQUIRE_MFA: leaders and network admins must enrol TOTP before using the app."""

from __future__ import annotations

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import override_settings

from hec.api.models import ApiToken

pytestmark = pytest.mark.django_db

SETUP = "/accounts/2fa/totp/activate/"


@override_settings(HEC_REQUIRE_MFA=True)
@pytest.mark.parametrize("who", ["leader_a", "network_admin"])
def test_leaders_and_admins_are_sent_to_setup(world, client_for, who):
    client = client_for(getattr(world, who))
    for url in ("/", "/c/alpha/", "/accounts/network/", "/accounts/api-tokens/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == SETUP, url
    # account pages stay reachable (to enrol, sign out, reset)
    assert client.get("/accounts/2fa/").status_code == 200


@override_settings(HEC_REQUIRE_MFA=True)
def test_api_answers_403_json_until_enrolled(world, client_for):
    _, raw = ApiToken.issue(user=world.leader_a, name="script")
    response = client_for(None).get("/api/v1/chapters", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 403
    assert "Two-factor" in response.json()["detail"]
    assert client_for(world.leader_a).get("/api/v1/chapters").status_code == 403


@override_settings(HEC_REQUIRE_MFA=True)
def test_members_are_not_asked(world, client_for):
    client = client_for(world.member_a)
    assert client.get("/c/alpha/").status_code == 200
    assert client.get("/api/v1/chapters").status_code == 200


@override_settings(HEC_REQUIRE_MFA=True)
def test_enrolled_leader_passes(world, client_for):
    TOTP.activate(world.leader_a, generate_totp_secret())
    client = client_for(world.leader_a)
    response = client.get("/c/alpha/")
    assert response.status_code == 200
    assert b"two-factor authentication is not required" not in response.content
    assert client.get("/api/v1/chapters").status_code == 200


@override_settings(HEC_REQUIRE_MFA=False)
def test_demo_without_requirement_is_flagged(world, client_for):
    response = client_for(world.leader_a).get("/c/alpha/")
    assert response.status_code == 200
    assert b"two-factor authentication is not required here" in response.content
