"""How failures inside a write function reach the client: JSON 4xx, never a 500."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError

from hec.api.routers import people as people_router
from tests.api.conftest import detail


def url(world) -> str:
    return f"/chapters/alpha/people/{world.person_a.public_id}"


def test_integrity_error_is_409(world, api_for, monkeypatch):
    def collide(**kwargs):
        raise IntegrityError("UNIQUE constraint failed: people_person.secret_column")

    monkeypatch.setattr(people_router, "person_update", collide)
    response = api_for(world.leader_a).patch(url(world), {"name": "New"})
    assert response.status_code == 409
    assert detail(response) == "This conflicts with data that already exists."
    assert b"secret_column" not in response.content  # database details stay in the log


def test_field_validation_error_is_422_with_loc(world, api_for, monkeypatch):
    def refuse(**kwargs):
        raise ValidationError({"name": ["Too similar to someone else."], "__all__": ["No."]})

    monkeypatch.setattr(people_router, "person_update", refuse)
    response = api_for(world.leader_a).patch(url(world), {"name": "New"})
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert {
        "loc": ["body", "name"],
        "msg": "Too similar to someone else.",
        "type": "invalid",
    } in errors
    assert {"loc": ["body"], "msg": "No.", "type": "invalid"} in errors


def test_plain_validation_error_is_422(world, api_for, monkeypatch):
    def refuse(**kwargs):
        raise ValidationError("Not now.")

    monkeypatch.setattr(people_router, "person_update", refuse)
    response = api_for(world.leader_a).patch(url(world), {"name": "New"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["msg"] == "Not now."


def test_malformed_json_is_400(world, api_for):
    response = api_for(world.leader_a).patch(url(world), raw="{not json")
    assert response.status_code == 400
    assert detail(response) == "Cannot parse request body"
