from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    """Nobody signs up on their own: accounts are created by accepting a chapter invitation."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False
