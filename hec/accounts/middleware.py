"""Network admins and chapter leaders must enrol a second factor when HEC_REQUIRE_MFA is on."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect

from hec.core.permissions import MFA_CHAPTER_ROLES, MFA_NETWORK_ROLES
from hec.core.tenancy import active_memberships

# Sign-in, sign-out, password and 2FA pages must stay reachable to enrol; our own account
# pages that show network data or hand out API access do not.
EXEMPT_PREFIXES = ("/accounts/", "/static/", "/i18n/", "/healthz")
GATED_PREFIXES = ("/accounts/network/", "/accounts/api-tokens/")


def is_exempt(path: str) -> bool:
    return path.startswith(EXEMPT_PREFIXES) and not path.startswith(GATED_PREFIXES)


def must_enrol_mfa(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.network_role not in MFA_NETWORK_ROLES and not any(
        m.role in MFA_CHAPTER_ROLES for m in active_memberships(user)
    ):
        return False
    from allauth.mfa.models import Authenticator

    return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireMfaMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.HEC_REQUIRE_MFA
            and not is_exempt(request.path_info)
            and must_enrol_mfa(request.user)
        ):
            if request.path_info.startswith("/api/"):
                return JsonResponse(
                    {"detail": "Two-factor authentication must be set up first."}, status=403
                )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
