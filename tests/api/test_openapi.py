"""The OpenAPI schema and the docs page: complete, offline, and within our CSP."""

from __future__ import annotations

import re

from django.test import Client

EXPECTED = {
    "/api/v1/chapters": {"get"},
    "/api/v1/chapters/{chapter_slug}": {"get"},
    "/api/v1/chapters/{chapter_slug}/people": {"get", "post"},
    "/api/v1/chapters/{chapter_slug}/people/{person_id}": {"get", "patch"},
    "/api/v1/chapters/{chapter_slug}/people/{person_id}/archive": {"post"},
    "/api/v1/chapters/{chapter_slug}/memberships": {"get", "post"},
    "/api/v1/chapters/{chapter_slug}/memberships/{membership_id}": {"patch"},
    "/api/v1/chapters/{chapter_slug}/organizations": {"get", "post"},
    "/api/v1/chapters/{chapter_slug}/partnerships/{partnership_id}": {"patch"},
    "/api/v1/chapters/{chapter_slug}/meetings": {"get", "post"},
    "/api/v1/chapters/{chapter_slug}/meetings/{meeting_id}": {"get", "patch"},
    "/api/v1/chapters/{chapter_slug}/sessions": {"get", "post"},
    "/api/v1/chapters/{chapter_slug}/sessions/{session_id}": {"get", "patch"},
    "/api/v1/chapters/{chapter_slug}/sessions/{session_id}/attendees": {"post"},
    "/api/v1/chapters/{chapter_slug}/sessions/{session_id}/attendees/{person_id}": {"delete"},
    "/api/v1/chapters/{chapter_slug}/stories": {"get", "post"},
    "/api/v1/chapters/{chapter_slug}/stories/{story_id}": {"get", "patch"},
    "/api/v1/chapters/{chapter_slug}/stories/{story_id}/consent": {"post"},
    "/api/v1/chapters/{chapter_slug}/stories/{story_id}/withdraw": {"post"},
    "/api/v1/chapters/{chapter_slug}/stories/{story_id}/codes": {"put"},
    "/api/v1/chapters/{chapter_slug}/network-stories": {"get"},
    "/api/v1/chapters/{chapter_slug}/themes": {"get"},
    "/api/v1/chapters/{chapter_slug}/themes/{theme_id}": {"get", "patch"},
    "/api/v1/chapters/{chapter_slug}/pattern-runs": {"post"},
    "/api/v1/chapters/{chapter_slug}/pattern-runs/{run_id}": {"get"},
    "/api/v1/chapters/{chapter_slug}/stories/suggest": {"post"},
    "/api/v1/chapters/{chapter_slug}/stories/{story_id}/suggestions": {"get"},
    "/api/v1/chapters/{chapter_slug}/stories/{story_id}/suggestions/{code_id}/accept": {"post"},
    "/api/v1/chapters/{chapter_slug}/stories/{story_id}/suggestions/{code_id}/reject": {"post"},
    "/api/v1/chapters/{chapter_slug}/network-themes": {"get"},
    "/api/v1/chapters/{chapter_slug}/network-themes/{network_theme_id}": {"get"},
    "/api/v1/chapters/{chapter_slug}/priorities": {"get"},
    "/api/v1/chapters/{chapter_slug}/assemblies": {"get"},
    "/api/v1/chapters/{chapter_slug}/assemblies/{assembly_id}": {"get"},
    "/api/v1/chapters/{chapter_slug}/assemblies/{assembly_id}/dots": {"post"},
}


def test_schema_is_json_with_every_path(db):
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = {path: set(ops) for path, ops in schema["paths"].items()}
    assert paths == EXPECTED
    schemes = schema["components"]["securitySchemes"]
    assert schemes["ApiToken"] == {"type": "http", "scheme": "bearer"}
    assert "Session" in schemes


def test_schema_documents_constraints_errors_and_permissions(db):
    schema = Client().get("/api/v1/openapi.json").json()
    components = schema["components"]["schemas"]
    person_in = components["PersonIn"]
    assert person_in["properties"]["name"]["maxLength"] == 200
    assert person_in["additionalProperties"] is False
    assert set(components["PersonKind"]["enum"]) >= {"student", "ally", "community"}
    archive = schema["paths"]["/api/v1/chapters/{chapter_slug}/people/{person_id}/archive"]
    assert archive["post"]["x-capability"] == "people.archive"
    assert {"401", "403", "404", "422"} <= set(archive["post"]["responses"])
    listing = schema["paths"]["/api/v1/chapters/{chapter_slug}/people"]["get"]
    params = {p["name"]: p for p in listing["parameters"]}
    assert params["limit"]["schema"]["maximum"] == 200
    assert {"q", "discipline", "program_level", "kind", "role", "stage", "archived"} <= set(params)


def test_schema_never_exposes_row_ids(db):
    schema = Client().get("/api/v1/openapi.json").json()
    for name, component in schema["components"]["schemas"].items():
        assert "pk" not in component.get("properties", {}), name


def test_network_story_schema_has_no_identifying_field(db):
    components = Client().get("/api/v1/openapi.json").json()["components"]["schemas"]
    fields = set(components["NetworkStoryOut"]["properties"])
    assert fields == {
        "id",
        "chapter_name",
        "city",
        "text",
        "language",
        "translation",
        "told_month",
        "consent",
        "categories",
    }
    assert {"teller_id", "teller_name", "teller_descriptor"} <= set(
        components["StoryOut"]["properties"]
    )


def test_docs_page_is_self_contained(db):
    response = Client().get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>" in html
    assert "/api/v1/chapters/{chapter_slug}/people" in html
    assert "people.archive" in html
    # nothing from elsewhere, no inline script or style (our CSP forbids them)
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert "style=" not in html
    assert "cdn" not in html.lower()
    assert "'unsafe-inline'" not in response.get("Content-Security-Policy", "")


def test_status_enums_of_different_models_keep_their_own_values():
    """Partnerships, candidate issues and assemblies each have a nested ``Status``; in the
    schema one must not overwrite another (a 201 with "active" once failed validation)."""
    from hec.api.api import api
    from hec.people.models import Partnership
    from hec.priorities.models import Assembly

    schemas = api.get_openapi_schema()["components"]["schemas"]
    assert set(schemas["Status"]["enum"]) == set(Partnership.Status.values)
    assembly_enums = [
        prop["enum"]
        for schema in schemas.values()
        for prop in schema.get("properties", {}).values()
        if "enum" in prop
    ]
    assert list(Assembly.Status.values) in assembly_enums
