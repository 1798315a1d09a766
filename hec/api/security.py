"""Who is calling: a personal API token, or the signed-in browser session (with CSRF).

`hec.api.auth.ApiTokenMiddleware` checks `Authorization: Bearer hec_...` before the tenancy
middleware runs (a wrong or revoked token already answered 401 there) and marks the request;
these classes only tell django-ninja who the caller is and document both schemes in OpenAPI.
"""

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth


class ApiToken(HttpBearer):
    """A personal API token (Account → API tokens), acting with its owner's permissions."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        if getattr(request, "api_token_auth", False):
            return request.user
        return None


class Session(SessionAuth):
    """The browser session. Unsafe methods need the CSRF token (header `X-CSRFToken`)."""

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None  # anonymous: 401, not a CSRF 403
        return super()._get_key(request)  # runs Django's CSRF check for unsafe methods


AUTH = [ApiToken(), Session(csrf=True)]
