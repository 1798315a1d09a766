from __future__ import annotations

from django_scopes import scope

from hec.priorities import services
from tests.api.conftest import detail


def test_list_priorities_with_status_and_themes(world, api_for, issues_a, theme_a):
    response = api_for(world.member_a).get("/chapters/alpha/priorities")
    assert response.status_code == 200
    items = {i["title"]: i for i in response.json()["items"]}
    assert set(items) == {theme_a.label, "Paid sick leave", "Interpreters at the pharmacy"}
    from_theme = items[theme_a.label]
    assert from_theme["status"] == "candidate"
    assert from_theme["theme_ids"] == [theme_a.public_id]
    assert len(from_theme["stories"]) == 2 and from_theme["stories_hidden"] == 1
    assert all(s["quote"] and not s["private"] for s in from_theme["stories"])


def test_assembly_with_results_and_casting_dots(world, api_for, assembly_a, issues_a, partner_a):
    a, b, c = (i.public_id for i in issues_a)
    path = f"/chapters/alpha/assemblies/{assembly_a.public_id}"
    api = api_for(partner_a)
    response = api.post(path + "/dots", {"dots": {a: 2, c: 1}})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["my_dots"] == {a: 2, c: 1} and body["voters"] == 1
    results = {r["candidate_id"]: r for r in body["results"]}
    assert results[a]["online"] == 2 and results[a]["total"] == 2
    with scope(chapter=world.chapter_a):
        services.enter_tally(
            assembly=assembly_a, actor=world.leader_a, candidate=issues_a[1], dots=7
        )
    body = api_for(world.member_a).get(path).json()
    assert body["results"][0] == {
        "candidate_id": b,
        "title": "Paid sick leave",
        "online": 0,
        "tallied": 7,
        "total": 7,
    }
    assert body["my_dots"] == {} and sorted(body["candidate_ids"]) == sorted([a, b, c])
    listing = api.get("/chapters/alpha/assemblies").json()
    assert listing["items"][0]["id"] == assembly_a.public_id


def test_dots_refused_with_reasons(world, api_for, assembly_a, issues_a):
    a, b, _c = (i.public_id for i in issues_a)
    path = f"/chapters/alpha/assemblies/{assembly_a.public_id}/dots"
    api = api_for(world.member_a)
    over = api.post(path, {"dots": {a: 2, b: 2}})
    assert over.status_code == 422 and detail(over) == "Invalid input."
    assert "you gave 4" in over.json()["errors"][0]["msg"]
    unknown = api.post(path, {"dots": {"zzzzzzzzzzzz": 1}})
    assert unknown.status_code == 422
    negative = api.post(path, {"dots": {a: -1}})
    assert negative.status_code == 422
    assert api.post(path, {"votes": {a: 1}}).status_code == 422
    assert api.post(path, raw="not json").status_code in (400, 422)
    missing = api.post("/chapters/alpha/assemblies/zzzzzzzzzzzz/dots", {"dots": {}})
    assert missing.status_code == 404
    with scope(chapter=world.chapter_a):
        services.close_assembly(assembly=assembly_a, actor=world.leader_a, chosen=issues_a[:1])
    closed = api.post(path, {"dots": {a: 1}})
    assert closed.status_code == 422 and "closed" in closed.json()["errors"][0]["msg"]


def test_other_chapters_assembly_is_404(world, api_for):
    from tests.priorities.samples import assembly_id

    beta = assembly_id(world)
    api = api_for(world.leader_a)
    assert api.get(f"/chapters/alpha/assemblies/{beta}").status_code == 404
    assert api.post(f"/chapters/alpha/assemblies/{beta}/dots", {"dots": {}}).status_code == 404
    assert api.get(f"/chapters/beta/assemblies/{beta}").status_code == 404
    assert api.get("/chapters/beta/priorities").status_code == 404


def test_garbage_answers_json_4xx(world, api_for, assembly_a, issues_a):
    from tests.api.test_garbage import JSON_BODIES, RAW_BODIES, assert_json_4xx

    api = api_for(world.member_a)
    path = f"/chapters/alpha/assemblies/{assembly_a.public_id}/dots"
    for raw in RAW_BODIES:
        assert_json_4xx(api.post(path, raw=raw), f"raw {raw[:20]!r}")
    bodies = [
        *JSON_BODIES,
        {"dots": []},
        {"dots": "all"},
        {"dots": {issues_a[0].public_id: 10**30}},
        {"dots": {issues_a[0].public_id: 1.5}},
        {"dots": {issues_a[0].public_id: True}},
        {"dots": {"' OR 1=1 --": 1}},
        {"dots": {issues_a[0].public_id: None}},
    ]
    for body in bodies:
        assert_json_4xx(api.post(path, body), str(body)[:60])
    for bad in ("x", "a" * 500, "%00", "null"):
        assert_json_4xx(api.get(f"/chapters/alpha/assemblies/{bad}"), bad)
    assert api.get("/chapters/alpha/priorities", {"limit": "abc"}).status_code == 422
