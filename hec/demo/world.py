"""The demo world (filled in below)."""

from __future__ import annotations


def build_demo_world(progress: bool = False) -> None:
    pass


def print_logins(base_url: str) -> None:
    pass
