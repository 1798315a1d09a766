"""schemathesis against /api/v1/openapi.json, in-process through the WSGI app, with bearer
tokens of chapter A's leader and member and of the network admin.

For every operation, bounded examples: no 5xx, responses match the schema (status code,
content type, body), and nothing of chapter B's ever shows up (BETAMARKER, seeded by
tests/factories.py). Path arguments point at chapter A, at chapter B (must be 404) or are
random; ids are chapter B's samples (tests/url_samples.py) or random.
"""

from __future__ import annotations

import itertools

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import checks

from hec.api.models import ApiToken
from hec.wsgi import application
from tests.url_samples import SAMPLES

MARKER = "BETAMARKER"
MAX_EXAMPLES = 12


# Loaded at collection (the schema view needs no database); `from_fixture` trips on pytest 9.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


def no_foreign_data(ctx, response, case) -> None:
    """Chapter B's marker string must not reach chapter A's users or the network admin."""
    if MARKER in response.text:
        raise AssertionError(f"{case.method} {case.formatted_path} leaked chapter B's data")


CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    no_foreign_data,
]
_turn = itertools.count()


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Requests go through the raw WSGI app, whose request signals close "old" connections;
    inside the test's transaction that would close it (on PostgreSQL). Django's test Client
    disconnects the same handler."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def tokens(world) -> list[str]:
    users = (world.leader_a, world.member_a, world.network_admin)
    return [ApiToken.issue(user=user, name="fuzz")[1] for user in users]


def aim(case, world, tokens: list[str]) -> str:
    """Point path arguments at chapter A, chapter B or nothing, in turn; returns the token of
    the user (A's leader, A's member, the network admin) making this call."""
    turn = next(_turn)
    params = case.path_parameters or {}
    if "chapter_slug" in params:
        params["chapter_slug"] = ("alpha", "beta", params["chapter_slug"])[turn % 3]
    for name in params:
        if name != "chapter_slug" and name in SAMPLES and turn % 2 == 0:
            params[name] = SAMPLES[name](world)
    return tokens[(turn // 3) % len(tokens)]


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_fuzz(case, world, tokens):
    bearer = aim(case, world, tokens)
    case.call_and_validate(headers={"Authorization": f"Bearer {bearer}"}, checks=CHECKS)
