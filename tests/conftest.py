from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import World, build_world


@pytest.fixture
def world(db) -> World:
    return build_world()


@pytest.fixture
def client_for(db):
    """client_for(user) -> a Client signed in as that user (None: anonymous)."""

    def make(user) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture(autouse=True)
def _fresh_chapter_models():
    """Chapter models are cached per chapter pk for a while; tests reuse pks after rollback, so
    a test must not inherit the examples confirmed in an earlier one."""
    from hec.patterns.coding import forget_models

    forget_models()
    yield
