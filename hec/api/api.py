"""The REST API: /api/v1/, OpenAPI schema at /api/v1/openapi.json, docs at /api/v1/docs.

Every failure answers JSON `{"detail": "...", "errors": [...]}` with a 4xx status: a request,
however malformed, never causes a 500.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.signals import got_request_exception
from django.db import IntegrityError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Router
from ninja.errors import AuthenticationError, HttpError, ValidationError

from hec.api.docs import SchemaDocs
from hec.api.routers import (
    chapters,
    meetings,
    memberships,
    network,
    network_themes,
    organizations,
    pattern_runs,
    people,
    priorities,
    sessions,
    stories,
    themes,
)
from hec.api.security import AUTH

logger = logging.getLogger(__name__)

api = NinjaAPI(
    title="HEC Organizer API",
    version="1",
    description="Chapters, people, memberships, partner organizations, one-to-ones, "
    "listening sessions and stories (consent decides who reads which). "
    "Authenticate with a personal API token: `Authorization: Bearer hec_...`.",
    urls_namespace="api",
    auth=AUTH,
    docs=SchemaDocs(),
)


def document_capabilities(router: Router) -> Router:
    """Say in each operation's docs which permission it needs (from its @require)."""
    for path_view in router.path_operations.values():
        for op in path_view.operations:
            capability = getattr(op.view_func, "required_capability", None)
            if capability:
                note = f"Requires the `{capability}` permission in the chapter."
                op.description = f"{op.description}\n\n{note}".strip()
                op.openapi_extra = {**(op.openapi_extra or {}), "x-capability": capability}
    return router


for module in (
    chapters,
    people,
    memberships,
    organizations,
    meetings,
    sessions,
    stories,
    network,
    themes,
    network_themes,
    priorities,
    pattern_runs,
):
    api.add_router("", document_capabilities(module.router))


def error(request: HttpRequest, status: int, detail: str, errors: Any = ()) -> HttpResponse:
    return api.create_response(request, {"detail": detail, "errors": list(errors)}, status=status)


@api.exception_handler(ValidationError)
def invalid_input(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    # Keep where, what and why; drop `input` (it can be huge) and `ctx` (not always JSON).
    errors = [
        {"loc": list(e.get("loc", [])), "msg": str(e.get("msg", "")), "type": e.get("type", "")}
        for e in exc.errors
    ]
    return error(request, 422, "Invalid input.", errors)


@api.exception_handler(DjangoValidationError)
def rejected(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    """A write function refused the change (model validation)."""
    if hasattr(exc, "error_dict"):
        errors = [
            {
                "loc": ["body"] if field == NON_FIELD_ERRORS else ["body", field],
                "msg": message,
                "type": "invalid",
            }
            for field, messages in exc.message_dict.items()
            for message in messages
        ]
    else:
        errors = [{"loc": ["body"], "msg": m, "type": "invalid"} for m in exc.messages]
    return error(request, 422, "Invalid input.", errors)


@api.exception_handler(IntegrityError)
def conflict(request: HttpRequest, exc: IntegrityError) -> HttpResponse:
    logger.info("API integrity conflict on %s: %s", request.path, exc)
    return error(request, 409, "This conflicts with data that already exists.")


@api.exception_handler(AuthenticationError)
def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error(request, 401, "Authentication required.")


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # e.g. 400 "Cannot parse request body", 403 "CSRF check Failed"
    return error(request, exc.status_code, str(exc))


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error(request, 404, "Not found.")


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error(request, 403, str(exc) or "Your role in this chapter does not allow this.")


@api.exception_handler(Exception)
def server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    """A bug. Logged and signalled like any Django 500 (the test client re-raises it)."""
    logger.exception("API error on %s %s", request.method, request.path)
    got_request_exception.send(sender=None, request=request)
    return error(request, 500, "Server error.")
