"""Django's database session store, reading the session with a prepared query.

Every signed-in request loads its session; Django compiled `Session.objects.get(...)` each
time. Same table, same lookup (key and not expired), same result; writes are Django's own.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session
from django.core.exceptions import SuspiciousOperation
from django.utils import timezone

from hec.core.prepared import PreparedQuery


def _live_session(session_key: str, now: datetime) -> Any:
    return Session.objects.filter(session_key=session_key, expire_date__gt=now)


_prepared_session = PreparedQuery(
    _live_session, "prepared-sentinel-key", datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC)
)


class SessionStore(DatabaseSessionStore):
    def _get_session_from_db(self) -> Any:
        try:
            found = _prepared_session(self.session_key, timezone.now())
        except SuspiciousOperation as e:  # as Django's store does
            logging.getLogger(f"django.security.{e.__class__.__name__}").warning(str(e))
            found = []
        if not found:
            self._session_key = None
            return None
        return found[0]
