"""The chain view: the graph, the Sankey layout, the SVG and its table, and the chapter page."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_scopes import scopes_disabled

from hec.listening.models import StoryCode
from hec.patterns import chain
from hec.patterns.chain import ThemeFlow
from tests.patterns import fixtures_network as fx

FLOWS = [
    ThemeFlow(
        "t1",
        "Pharmacy labels not in my language",
        12,
        (("language_access", 0.75), ("care_access", 0.25)),
        (("medication_problems", 2.0), ("delayed_care", 1.0)),
        "/themes/t1/",
    ),
    ThemeFlow("t2", "Rent up again", 8, (("housing_instability", 1.0),), (("mental_health", 1),)),
    ThemeFlow(
        "t3",
        "Mold in the walls",
        5,
        (("housing_quality", 0.6), ("housing_instability", 0.4)),
        (("respiratory", 1.0),),
    ),
    ThemeFlow("t4", "Something new", 3, (), (("mental_health", 1.0),)),
]


def flows_through(c: chain.Chain) -> tuple[dict[str, float], dict[str, float]]:
    incoming: dict[str, float] = defaultdict(float)
    outgoing: dict[str, float] = defaultdict(float)
    for link in c.links:
        outgoing[link.source] += link.weight
        incoming[link.target] += link.weight
    return incoming, outgoing


# --- the graph ----------------------------------------------------------------------------


def test_theme_to_category_weights_are_size_times_share():
    c = chain.build_chain(FLOWS)
    weights = {(lk.source, lk.target): lk.weight for lk in c.links}
    assert weights[("theme:t1", "category:language_access")] == pytest.approx(9)
    assert weights[("theme:t1", "category:care_access")] == pytest.approx(3)
    assert weights[("theme:t3", "category:housing_instability")] == pytest.approx(2)
    assert weights[("theme:t4", "category:new_pattern")] == pytest.approx(3)
    # category → effect: the theme's flow split by its effect weights (2:1)
    assert weights[("category:language_access", "effect:medication_problems")] == pytest.approx(6)
    assert weights[("category:language_access", "effect:delayed_care")] == pytest.approx(3)
    assert weights[("category:housing_instability", "effect:mental_health")] == pytest.approx(8)


def test_flows_are_conserved():
    c = chain.build_chain(FLOWS)
    incoming, outgoing = flows_through(c)
    for node in c.nodes:
        if node.kind == chain.THEME:
            share = sum(s for _c, s in next(f for f in FLOWS if f.id == node.id).categories)
            size = next(f for f in FLOWS if f.id == node.id).size
            assert outgoing[node.key] == pytest.approx(size * min(share or 1, 1))
        elif node.kind == chain.CATEGORY:
            assert incoming[node.key] == pytest.approx(outgoing[node.key]), node.key
    total_themes = sum(outgoing[n.key] for n in c.nodes if n.kind == chain.THEME)
    total_effects = sum(incoming[n.key] for n in c.nodes if n.kind == chain.EFFECT)
    assert total_effects == pytest.approx(total_themes)


def test_shares_adding_up_to_more_than_one_are_scaled_to_the_theme_size():
    """7 stories, all environmental and 3 of them also housing: the theme's node is 7 tall."""
    flow = ThemeFlow("t", "Smoke", 7, (("environment", 1.0), ("housing_quality", 3 / 7)), ())
    c = chain.build_chain([flow])
    weights = {lk.target: lk.weight for lk in c.links}
    assert sum(weights.values()) == pytest.approx(7, abs=0.01)
    assert weights["category:environment"] == pytest.approx(4.9)
    assert weights["category:housing_quality"] == pytest.approx(2.1)


def test_a_theme_without_effects_ends_at_its_category():
    c = chain.build_chain([ThemeFlow("t", "No effects", 4, (("transportation", 1.0),), ())])
    assert [(lk.source, lk.target) for lk in c.links] == [("theme:t", "category:transportation")]


def test_category_filter_keeps_only_its_flows():
    c = chain.build_chain(FLOWS, category="housing_instability")
    assert {n.id for n in c.nodes if n.kind == chain.THEME} == {"t2", "t3"}
    assert {n.id for n in c.nodes if n.kind == chain.CATEGORY} == {"housing_instability"}
    assert {n.id for n in c.nodes if n.kind == chain.EFFECT} == {"mental_health", "respiratory"}


def test_category_colours_are_stable_and_distinct():
    one = {n.id: n.color for n in chain.build_chain(FLOWS).nodes if n.kind == chain.CATEGORY}
    two = {n.id: n.color for n in chain.build_chain(FLOWS[1:2]).nodes if n.kind == chain.CATEGORY}
    assert one["housing_instability"] == two["housing_instability"]
    assert len(set(chain.PALETTE)) == 16
    colours = [chain.category_color(c) for c in chain.CATEGORY_IDS]
    assert len(set(colours)) == len(colours)


# --- the layout ---------------------------------------------------------------------------


def test_node_heights_are_proportional_to_their_flow():
    c = chain.build_chain(FLOWS)
    sankey = chain.layout(c)
    values = chain.node_values(c)
    for box in sankey.nodes:
        assert box.height == pytest.approx(values[box.key] * sankey.scale)
    for band in sankey.links:
        assert band.thickness == pytest.approx(band.link.weight * sankey.scale)


def test_three_columns_effects_left_themes_right_inside_the_viewbox():
    sankey = chain.layout(chain.build_chain(FLOWS))
    xs = {kind: {b.x for b in sankey.nodes if b.node.kind == kind} for kind in chain.COLUMNS}
    assert all(len(v) == 1 for v in xs.values())
    assert max(xs[chain.EFFECT]) < min(xs[chain.CATEGORY]) < min(xs[chain.THEME])
    for box in sankey.nodes:
        assert box.y >= 0 and box.y + box.height <= sankey.height
        assert box.x >= 0 and box.x + box.width <= sankey.width


def test_nodes_do_not_overlap_and_bands_fill_their_nodes():
    c = chain.build_chain(FLOWS)
    sankey = chain.layout(c)
    for column in (0, 1, 2):
        boxes = sorted((b for b in sankey.nodes if b.column == column), key=lambda b: b.y)
        for upper, lower in zip(boxes, boxes[1:], strict=False):
            assert upper.y + upper.height < lower.y
    # each band starts at its source's left edge and ends at its target's right edge
    boxes = {b.key: b for b in sankey.nodes}
    for band in sankey.links:
        numbers = [float(n) for n in re.findall(r"-?\d+\.\d", band.path)]
        source, target = boxes[band.link.source], boxes[band.link.target]
        assert numbers[0] == pytest.approx(source.x, abs=0.06)
        assert numbers[6] == pytest.approx(target.x + target.width, abs=0.06)


def test_the_biggest_theme_comes_first_and_categories_follow_their_themes():
    sankey = chain.layout(chain.build_chain(FLOWS))
    themes = [b.node.id for b in sankey.nodes if b.column == 2]
    assert themes == ["t1", "t2", "t3", "t4"]
    categories = [b.node.id for b in sankey.nodes if b.column == 1]
    assert categories[-1] == "new_pattern"  # only t4, the last theme, flows there


def test_an_empty_chain_lays_out_to_nothing():
    sankey = chain.layout(chain.build_chain([]))
    assert sankey.empty and sankey.nodes == ()


# --- the SVG and its table ------------------------------------------------------------------


def render(flows=FLOWS, **extra) -> str:
    return render_to_string("patterns/_chain_figure.html", chain.chain_context(flows, **extra))


def test_svg_is_deterministic():
    assert render() == render()
    assert render(FLOWS) == render(list(FLOWS))


def test_svg_is_accessible_and_uses_no_style_attribute():
    html = render()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'viewBox="0 0 1000 ' in svg
    assert "<title id=" in svg and "<desc id=" in svg and "aria-labelledby=" in svg
    assert "style=" not in html and "<script" not in html
    c = chain.build_chain(FLOWS)
    assert svg.count("<path ") == len(c.links)
    assert svg.count("<rect ") == len(c.nodes)
    # every node and every band has its own title
    assert svg.count("<title>") == len(c.links) + len(c.nodes)
    assert '<a href="/themes/t1/"' in svg


def test_every_link_is_in_the_table():
    html = render()
    table = html[html.index("<table") : html.index("</table>")]
    rows = re.findall(
        r"<tr><td>(.*?)</td><td>(.*?)</td><td class=\"number\">(.*?)</td></tr>", table
    )
    c = chain.build_chain(FLOWS)
    assert len(rows) == len(c.links)
    for (source, target, weight), link in zip(rows, c.links, strict=True):
        assert re.sub(r"<[^>]+>", "", source) == c.node(link.source).label
        assert target.replace("&#x27;", "'") == c.node(link.target).label
        assert float(weight) == pytest.approx(round(link.weight, 1))


def test_coordinates_are_not_localized():
    with translation.override("es"):
        html = render()
    assert 'viewBox="0 0 1000 ' in html
    for value in re.findall(r' (?:x|y|width|height)="([^"]*)"', html):
        assert "," not in value


def test_long_labels_are_shortened_in_the_chart_but_whole_in_titles_and_table():
    label = "A very long theme label that goes on and on about pharmacy labels in English"
    html = render([ThemeFlow("t", label, 4, (("language_access", 1.0),), ())])
    assert "…</text>" in html
    assert f"<title>{label}, stories: 4</title>" in html
    assert f"<td>{label}</td>" in html


# --- the chapter page --------------------------------------------------------------------


@pytest.mark.django_db
def test_chapter_chain_page_links_each_theme_to_its_page(world, client_for):
    a = world.chapter_a
    stories = [fx.story(a, f"Label story {i}", consent="chapter") for i in range(3)]
    rent = fx.theme(
        "Rent",
        stories,
        scope="chapter",
        chapter=a,
        categories=[{"id": "housing_instability", "share": 1.0}],
    )
    fx.theme(
        "BETAMARKER theme",
        [fx.story(world.chapter_b, "Beta story", consent="chapter")],
        scope="chapter",
        chapter=world.chapter_b,
    )
    with scopes_disabled():
        for s in stories[:2]:
            StoryCode.objects.create(
                chapter=a, story=s, kind="effect", code="nutrition", confirmed_at=timezone.now()
            )
    url = reverse("chapter:theme-chain", args=["alpha"])
    response = client_for(world.member_a).get(url)
    assert response.status_code == 200
    text = response.content.decode()
    assert reverse("chapter:theme-detail", args=["alpha", rent.public_id]) in text
    assert "BETAMARKER" not in text
    # the confirmed effect codes decide where the flow goes
    assert "Nutrition" in text and "Medication problems" not in text
    filtered = client_for(world.member_a).get(url, {"category": "transportation"})
    assert filtered.status_code == 200
    assert reverse("chapter:theme-detail", args=["alpha", rent.public_id]) not in (
        filtered.content.decode()
    )
    # an unknown category is ignored, not an error
    assert client_for(world.member_a).get(url, {"category": "nope"}).status_code == 200


@pytest.mark.django_db
def test_chapter_chain_needs_themes_view(world, client_for):
    url = reverse("chapter:theme-chain", args=["alpha"])
    assert client_for(fx.partner(world)).get(url).status_code == 403
    assert client_for(world.leader_b).get(url).status_code == 404
    assert client_for(world.member_a).get(url).status_code == 200
