from __future__ import annotations

from tests.factories import make_member, make_user


def test_my_chapters(world, api_for):
    user = make_user("both@example.org")
    make_member(world.chapter_a, user, "member", "Bo Th")
    make_member(world.chapter_b, user, "leader", "Bo Th")
    response = api_for(user).get("/chapters")
    assert response.status_code == 200
    assert [c["slug"] for c in response.json()] == ["alpha", "beta"]
    assert api_for(world.network_admin).get("/chapters").json() == []


def test_chapter_detail(world, api_for):
    body = api_for(world.member_a).get("/chapters/alpha").json()
    assert body["id"] == world.chapter_a.public_id
    assert body["name"] == "HEC Alpha" and "pk" not in body
    assert api_for(world.member_a).get("/chapters/beta").status_code == 404
    assert api_for(world.member_a).get("/chapters/nope").status_code == 404
