from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from hec.core.tenancy import chapters_for


def navigation(request: HttpRequest) -> dict[str, Any]:
    """Layout context: the chapter switcher's chapters and the current chapter's access."""
    user = getattr(request, "user", None)
    return {
        "my_chapters": chapters_for(user) if user is not None else [],
        "current_chapter": getattr(request, "chapter", None),
        "access": getattr(request, "chapter_access", None),
        "mfa_required": settings.HEC_REQUIRE_MFA,
        "hec_env": settings.HEC_ENV,
    }
