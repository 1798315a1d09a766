from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from hec.api.models import ApiToken

BASE = "/api/v1"


class Api:
    """A JSON client for /api/v1/, authenticated by a personal API token."""

    def __init__(self, client: Client):
        self.client = client

    def get(self, path: str, params: dict[str, Any] | None = None):
        return self.client.get(BASE + path, params or {})

    def post(self, path: str, body: Any = None, raw: str | None = None):
        data = raw if raw is not None else json.dumps({} if body is None else body)
        return self.client.post(BASE + path, data, content_type="application/json")

    def patch(self, path: str, body: Any = None, raw: str | None = None):
        data = raw if raw is not None else json.dumps({} if body is None else body)
        return self.client.patch(BASE + path, data, content_type="application/json")

    def put(self, path: str, body: Any = None, raw: str | None = None):
        data = raw if raw is not None else json.dumps({} if body is None else body)
        return self.client.put(BASE + path, data, content_type="application/json")

    def delete(self, path: str):
        return self.client.delete(BASE + path)


@pytest.fixture
def api_for(db):
    """api_for(user) -> an Api client using a fresh token of that user."""

    def make(user) -> Api:
        _, raw = ApiToken.issue(user=user, name="tests")
        return Api(Client(headers={"Authorization": f"Bearer {raw}"}))

    return make


def detail(response) -> str:
    body = response.json()
    assert set(body) >= {"detail", "errors"}, body
    return body["detail"]
