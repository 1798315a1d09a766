from __future__ import annotations

from django.contrib.auth.hashers import Argon2PasswordHasher


class TestArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2 with tiny costs, for the test suite only: same algorithm and code path,
    without 100 MB and ~0.1 s per hash on every test user."""

    time_cost = 1
    memory_cost = 256
    parallelism = 1
