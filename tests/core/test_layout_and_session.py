"""What every signed-in page shares: the session ends with sign-out, and the layout's
remembered links are Django's own."""

from __future__ import annotations

import pytest
from django.contrib.sessions.models import Session

pytestmark = pytest.mark.django_db


def test_signing_out_ends_the_session(world, client_for):
    client = client_for(world.leader_a)
    assert client.get("/accounts/profile/").status_code == 200
    key = client.cookies["sessionid"].value
    client.post("/accounts/logout/")
    assert not Session.objects.filter(session_key=key).exists()
    client.cookies["sessionid"] = key  # a copied cookie is no use either
    assert client.get("/accounts/profile/").status_code == 302


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
