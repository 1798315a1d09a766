"""django-axes glue: which "username" a failed sign-in counts against.

allauth authenticates with `email=...`, the Django admin with `username=...` (our
USERNAME_FIELD is the e-mail); both end up as the same lower-cased e-mail address, so failures
on either form add up to one lockout.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

CREDENTIAL_KEYS = ("email", "username", "login")


def axes_username(request: HttpRequest | None, credentials: dict[str, Any] | None) -> str | None:
    values: list[Any] = [(credentials or {}).get(key) for key in CREDENTIAL_KEYS]
    if request is not None and request.method == "POST":
        values += [request.POST.get(key) for key in CREDENTIAL_KEYS]
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip().lower()
    return None
