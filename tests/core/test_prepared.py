"""Prepared queries (hec/core/prepared.py) and the session store that uses them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hec.core.prepared import PreparedQuery
from hec.core.sessions import SessionStore

pytestmark = pytest.mark.django_db


def test_session_store_reads_live_sessions_only():
    store = SessionStore()
    store["answer"] = 42
    store.save()
    key = store.session_key
    with CaptureQueriesContext(connection) as queries:
        assert SessionStore(key)["answer"] == 42
    assert len(queries) == 1
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    expired = SessionStore(key)
    assert expired.load() == {} and expired.session_key is None
    assert SessionStore("no-such-key-at-all-here").load() == {}


def test_signing_out_ends_the_session(world, client_for):
    client = client_for(world.leader_a)
    assert client.get("/accounts/profile/").status_code == 200
    key = client.cookies["sessionid"].value
    client.post("/accounts/logout/")
    assert not Session.objects.filter(session_key=key).exists()
    client.cookies["sessionid"] = key  # a copied cookie is no use either
    assert client.get("/accounts/profile/").status_code == 302


def test_prepared_query_follows_its_values(world):
    prepared = PreparedQuery(
        lambda email: type(world.leader_a).objects.filter(email=email), "sentinel@example.org"
    )
    assert prepared(world.leader_a.email) == [world.leader_a]
    assert prepared(world.member_a.email) == [world.member_a]
    assert prepared("nobody@example.org") == []


def test_prepared_query_refuses_values_it_cannot_place(world):
    model = type(world.leader_a)
    with pytest.raises(ValueError, match="cannot place"):
        PreparedQuery(lambda text: model.objects.filter(email__icontains=text), "sentinel")("x")
    with pytest.raises(ValueError, match="not every sentinel"):
        PreparedQuery(lambda a, b: model.objects.filter(email=a), "one", "two")("x", "y")


def test_layout_links_are_those_of_url_and_static(world, client_for):
    """The layout's remembered links are exactly what {% url %} and {% static %} give, in
    each language."""
    from django.template import engines
    from django.utils import translation

    engine = engines["django"]
    ours = engine.from_string(
        "{% load layout %}{% layout_url 'chapter:people-list' 'alpha' %} "
        "{% layout_url 'accounts:profile' %} {% layout_static 'css/app.css' %}"
    )
    django_s = engine.from_string(
        "{% load static %}{% url 'chapter:people-list' 'alpha' %} "
        "{% url 'accounts:profile' %} {% static 'css/app.css' %}"
    )
    for language in ("en", "es"):
        with translation.override(language):
            assert ours.render({}) == django_s.render({})
    page = client_for(world.leader_a).get("/c/alpha/").content.decode()
    assert 'href="/c/alpha/people/"' in page and 'href="/accounts/profile/"' in page
