"""The network themes API follows the network theme pages' rules: 3+ tellers, shared live
stories only, nobody named."""

from __future__ import annotations

import json

import pytest

from tests.api.conftest import api_for  # noqa: F401 (fixture)
from tests.patterns import fixtures_network as fx
from tests.patterns.test_network_themes import NEVER

pytestmark = pytest.mark.django_db

URL = "/chapters/alpha/network-themes"


@pytest.fixture
def nw(world):
    return fx.build(world)


def test_list_shows_only_themes_told_by_three_people(nw, api_for):  # noqa: F811
    response = api_for(nw.world.member_a).get(URL)
    assert response.status_code == 200
    ids = {t["id"] for t in response.json()["items"]}
    assert nw.shared.public_id in ids and nw.pair.public_id not in ids
    shared = next(t for t in response.json()["items"] if t["id"] == nw.shared.public_id)
    assert shared["tellers"] == 3 and shared["stories"] == 3


def test_detail_quotes_only_shared_live_stories_and_names_nobody(nw, api_for):  # noqa: F811
    response = api_for(nw.world.member_a).get(f"{URL}/{nw.shared.public_id}")
    assert response.status_code == 200
    body = response.json()
    quoted = {q["story_id"] for q in body["quotes"]}
    assert quoted and quoted <= {s.public_id for s in nw.quotable}
    text = json.dumps(body)
    for marker in NEVER:
        assert marker not in text, marker
    assert body["category_details"][0]["z_codes"], "categories carry their Z codes"


def test_pair_theme_and_unknown_ids_are_404(nw, api_for):  # noqa: F811
    api = api_for(nw.world.member_a)
    assert api.get(f"{URL}/{nw.pair.public_id}").status_code == 404
    assert api.get(f"{URL}/nosuchtheme").status_code == 404


def test_partner_is_refused(nw, api_for):  # noqa: F811
    from hec.core.permissions import ChapterRole
    from tests.factories import make_member, make_user

    partner = make_user("partner-nt@example.org")
    make_member(nw.world.chapter_a, partner, ChapterRole.COMMUNITY_PARTNER, "Pat Partner")
    assert api_for(partner).get(URL).status_code == 403
