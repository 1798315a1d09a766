"""Bearer-token authentication for /api/, done before tenancy so it applies the same rules."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse


class ApiTokenMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        header = request.headers.get("Authorization", "")
        if request.path_info.startswith("/api/") and header:
            from hec.api.models import ApiToken

            scheme, _, raw = header.partition(" ")
            user = ApiToken.authenticate(raw.strip()) if scheme.lower() == "bearer" else None
            if user is None:
                return JsonResponse({"detail": "Invalid or revoked API token."}, status=401)
            request.user = user
            request.api_token_auth = True  # type: ignore[attr-defined]
            # Token requests carry no cookies to forge; CSRF protects cookie sessions only.
            request._dont_enforce_csrf_checks = True  # type: ignore[attr-defined]
        return self.get_response(request)
