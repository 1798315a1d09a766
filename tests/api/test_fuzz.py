"""A quick schemathesis pass: cases generated from our own OpenAPI schema, valid and invalid,
sent to every operation with real chapter-A ids. None may answer 5xx.

(schemathesis' pytest plugin does not run under pytest 9, so its Hypothesis strategies are
driven through Django's test client here. The fuller run is `schemathesis run` in CI.)
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import schemathesis
from django.test import Client
from django_scopes import scope, scopes_disabled
from hypothesis import HealthCheck, given, settings
from schemathesis.core import NOT_SET
from schemathesis.generation import GenerationMode

from hec.api.models import ApiToken
from hec.listening.models import ListeningSession
from hec.listening.services import story_create
from hec.people.models import Membership, Organization, Partnership, Person
from hec.relational.models import Meeting

EXAMPLES = 15


def real_ids(world) -> dict[str, str]:
    organization = Organization.objects.create(name="Fuzz Org", kind="other")
    with scopes_disabled():
        partnership = Partnership.objects.create(chapter=world.chapter_a, organization=organization)
        membership = Membership.objects.filter(chapter=world.chapter_a).first()
    with scope(chapter=world.chapter_a):
        me = Person.objects.get(user=world.leader_a)
        meeting = Meeting.objects.create(
            chapter=world.chapter_a, organizer=me, counterpart=world.person_a
        )
        session = ListeningSession.objects.create(chapter=world.chapter_a, title="S", host=me)
        story = story_create(
            chapter=world.chapter_a,
            actor=None,
            collector=me,
            text="Fuzz story",
            language="en",
            consent="chapter",
        )
    return {
        "meeting_id": meeting.public_id,
        "session_id": session.public_id,
        "story_id": story.public_id,
        "chapter_slug": "alpha",
        "person_id": world.person_a.public_id,
        "membership_id": membership.public_id,
        "partnership_id": partnership.public_id,
    }


def send(client: Client, case, ids: dict[str, str]):
    for name in list(case.path_parameters or {}):
        if name in ids:
            case.path_parameters[name] = ids[name]
    url = case.formatted_path
    if case.query:
        url += "?" + urlencode(case.query, doseq=True)
    if case.method == "GET":
        return client.get(url)
    body = case.body
    raw = b"" if body is NOT_SET else body if isinstance(body, bytes) else json.dumps(body)
    return getattr(client, case.method.lower())(url, raw, content_type="application/json")


def test_generated_requests_never_answer_5xx(world):
    schema = schemathesis.openapi.from_dict(Client().get("/api/v1/openapi.json").json())
    _, token = ApiToken.issue(user=world.leader_a, name="fuzz")
    client = Client(headers={"Authorization": f"Bearer {token}"})
    ids = real_ids(world)
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def check(case):
                response = send(client, case, ids)
                if response.status_code >= 500:
                    failures.append(f"{case.method} {case.formatted_path} {case.body!r:.200}")

            check()
    assert not failures, failures
