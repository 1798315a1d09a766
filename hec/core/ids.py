"""Public identifiers: short, random, not enumerable. Row ids never leave the database."""

from __future__ import annotations

import secrets

from django.db import models

ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: easy to read aloud
LENGTH = 12  # 31**12 ≈ 7.9e17 values


def new_public_id() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


class PublicIdField(models.CharField):
    """A unique, indexed, random public id used in URLs and the API."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", LENGTH)
        kwargs.setdefault("unique", True)
        kwargs.setdefault("editable", False)
        kwargs.setdefault("default", new_public_id)
        super().__init__(*args, **kwargs)
