"""The chain view: downstream effects ← categories ← themes, as a Sankey diagram.

Three columns, read from right to left: each theme (right) flows into the categories its
stories fall in (middle), which flow into the downstream health effects (left). Band widths
are numbers of stories.

- theme → category: the theme's size × the category's share (`Theme.categories`). A story
  may be coded in several categories, so the shares may add up to more than 1: they are then
  scaled to add up to 1, so that a theme's node is as tall as its number of stories (a theme
  of 7 stories never looks bigger than one of 8 because its stories carry more codes). A theme
  with no standard category flows into one "New pattern" node.
- category → effect: each theme's category flow is split over the theme's effects, in
  proportion to the effect codes confirmed on its stories, or evenly over the first
  `MAX_EFFECTS` effects of `Theme.downstream` when none are confirmed. So what flows into a
  category from the themes flows out of it to the effects (unless a theme has no effect).

`build_chain` and `layout` are pure (no database, no Django request); `theme_flows` and
`chapter_effect_counts` read the models. The SVG is rendered by
`patterns/_chain_svg.html` from the layout.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from hec.listening.models import Consent, StoryCode
from hec.listening.taxonomy import category_label, effect_label
from hec.patterns.engine import CATEGORY_IDS

THEME, CATEGORY, EFFECT = "theme", "category", "effect"
COLUMNS = {EFFECT: 0, CATEGORY: 1, THEME: 2}  # left to right
NEW_PATTERN = "new_pattern"
MAX_EFFECTS = 3  # effects of a theme's downstream list used when no effect is confirmed
MAX_THEMES = 20  # the chart stays readable; the page says when it shows fewer themes

# Okabe & Ito (2008) without black, then Paul Tol's "muted" scheme: colours told apart with the
# common colour-vision deficiencies. Category i (in the engine's fixed order) always gets
# colour i, whatever the chapter or the filter. Colour is never the only cue: every node and
# band has a text label, a <title> and a row in the table.
PALETTE = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#CC6677",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#332288",
    "#DDCC77",
    "#117733",
    "#88CCEE",
    "#882255",
    "#44AA99",
    "#999933",
    "#AA4499",
    "#F0E442",
)
THEME_COLOR = "#4D4D4D"
EFFECT_COLOR = "#7A7A7A"
NEW_PATTERN_COLOR = "#BBBBBB"


def category_color(category_id: str) -> str:
    if category_id in CATEGORY_IDS:
        return PALETTE[CATEGORY_IDS.index(category_id) % len(PALETTE)]
    return NEW_PATTERN_COLOR


# ---------------------------------------------------------------- the graph (pure)


@dataclass(frozen=True)
class ThemeFlow:
    """What the chain needs of one theme."""

    id: str
    label: str
    size: float
    categories: tuple[tuple[str, float], ...]  # (category id, share)
    effects: tuple[tuple[str, float], ...]  # (effect id, weight); only proportions matter
    href: str = ""


@dataclass(frozen=True)
class ChainNode:
    key: str  # "theme:<public id>", "category:<id>", "effect:<id>"
    kind: str
    id: str
    label: str
    color: str
    href: str = ""


@dataclass(frozen=True)
class ChainLink:
    source: str  # node key, the theme or category
    target: str  # node key, the category or effect
    weight: float  # stories
    color: str  # the category's colour


@dataclass(frozen=True)
class Chain:
    nodes: tuple[ChainNode, ...]
    links: tuple[ChainLink, ...]

    def node(self, key: str) -> ChainNode:
        return next(n for n in self.nodes if n.key == key)


def _theme_categories(flow: ThemeFlow) -> list[tuple[str, float]]:
    """(category, share of the theme's stories), shares adding up to at most 1."""
    shares = [(c, s) for c, s in flow.categories if s > 0]
    if not shares:
        return [(NEW_PATTERN, 1.0)]
    total = sum(s for _c, s in shares)
    if total > 1:
        return [(c, s / total) for c, s in shares]
    return shares


def _effect_split(flow: ThemeFlow) -> list[tuple[str, float]]:
    total = sum(w for _e, w in flow.effects if w > 0)
    if not total:
        return []
    return [(e, w / total) for e, w in flow.effects if w > 0]


def build_chain(flows: Sequence[ThemeFlow], *, category: str | None = None) -> Chain:
    """The nodes and weighted links for these themes (in the order given: biggest first).
    With `category`, only the flows through that category are kept."""
    theme_links: dict[tuple[str, str], float] = defaultdict(float)
    effect_links: dict[tuple[str, str], float] = defaultdict(float)
    themes: list[ThemeFlow] = []
    for flow in flows:
        used = False
        for cat, share in _theme_categories(flow):
            if category and cat != category:
                continue
            weight = flow.size * share
            if weight <= 0:
                continue
            used = True
            theme_links[(flow.id, cat)] += weight
            for effect, part in _effect_split(flow):
                effect_links[(cat, effect)] += weight * part
        if used:
            themes.append(flow)

    categories = sorted({c for _t, c in theme_links}, key=_category_order)
    effects = sorted({e for _c, e in effect_links})
    nodes = [
        ChainNode(f"{THEME}:{t.id}", THEME, t.id, t.label, THEME_COLOR, t.href) for t in themes
    ]
    nodes += [
        ChainNode(
            f"{CATEGORY}:{c}",
            CATEGORY,
            c,
            _("New pattern") if c == NEW_PATTERN else category_label(c),
            category_color(c),
        )
        for c in categories
    ]
    nodes += [ChainNode(f"{EFFECT}:{e}", EFFECT, e, effect_label(e), EFFECT_COLOR) for e in effects]
    links = [
        ChainLink(f"{THEME}:{t}", f"{CATEGORY}:{c}", round(w, 3), category_color(c))
        for (t, c), w in theme_links.items()
    ]
    links += [
        ChainLink(f"{CATEGORY}:{c}", f"{EFFECT}:{e}", round(w, 3), category_color(c))
        for (c, e), w in sorted(
            effect_links.items(), key=lambda kv: (_category_order(kv[0][0]), kv[0][1])
        )
    ]
    return Chain(tuple(nodes), tuple(links))


def _category_order(category_id: str) -> tuple[int, str]:
    if category_id in CATEGORY_IDS:
        return (CATEGORY_IDS.index(category_id), category_id)
    return (len(CATEGORY_IDS), category_id)


# ---------------------------------------------------------------- the layout (pure)


@dataclass(frozen=True)
class NodeBox:
    node: ChainNode
    column: int
    value: float  # stories through the node: max(in, out)
    x: float
    y: float
    width: float
    height: float
    label: str  # shortened to fit; the full label is in the node's <title>
    label_x: float
    label_y: float
    anchor: str  # text-anchor

    @property
    def key(self) -> str:
        return self.node.key


@dataclass(frozen=True)
class LinkBand:
    link: ChainLink
    source_label: str
    target_label: str
    thickness: float
    path: str  # a closed band: two cubic Bézier edges


@dataclass(frozen=True)
class SankeyLayout:
    width: float
    height: float
    scale: float  # px per story
    nodes: tuple[NodeBox, ...]
    links: tuple[LinkBand, ...]
    heading_x: tuple[float, float, float] = field(default=(0.0, 0.0, 0.0))

    @property
    def empty(self) -> bool:
        return not self.links


def _fmt(value: float) -> str:
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def node_values(chain: Chain) -> dict[str, float]:
    incoming: dict[str, float] = defaultdict(float)
    outgoing: dict[str, float] = defaultdict(float)
    for link in chain.links:
        outgoing[link.source] += link.weight
        incoming[link.target] += link.weight
    return {n.key: max(incoming[n.key], outgoing[n.key]) for n in chain.nodes}


def layout(
    chain: Chain,
    *,
    width: float = 1000,
    node_width: float = 14,
    gap: float = 14,
    row: float = 30,
    min_height: float = 240,
    pad: float = 8,
    top: float = 28,
    gutters: tuple[float, float] = (200, 250),
    label_chars: tuple[int, int, int] = (26, 32, 33),
) -> SankeyLayout:
    """Place the nodes in three columns (effects, categories, themes) with heights
    proportional to the stories through them, and draw each link as a band whose thickness is
    proportional to its weight. Deterministic: the same chain always gives the same layout."""
    values = node_values(chain)
    columns: list[list[ChainNode]] = [[], [], []]
    for node in chain.nodes:
        columns[COLUMNS[node.kind]].append(node)
    count = max((len(c) for c in columns), default=0)
    inner = max(min_height, count * row)
    totals = [sum(values[n.key] for n in col) for col in columns]
    scales = [
        (inner - (len(col) - 1) * gap) / totals[i]
        for i, col in enumerate(columns)
        if col and totals[i] > 0
    ]
    scale = min(scales) if scales else 0.0
    right = width - gutters[1] - node_width
    xs = (gutters[0], (gutters[0] + right) / 2, right)

    weights: dict[tuple[str, str], float] = {
        (lk.source, lk.target): lk.weight for lk in chain.links
    }
    centers: dict[str, float] = {}

    def barycenter(node: ChainNode) -> float:
        """The weighted mean centre of the node's sources (already placed, to its right)."""
        total = acc = 0.0
        for (source, target), weight in weights.items():
            if target == node.key and source in centers:
                total += weight
                acc += weight * centers[source]
        return acc / total if total else float("inf")

    boxes: dict[str, NodeBox] = {}
    for column in (2, 1, 0):  # themes keep the given order; the others follow their sources
        nodes = columns[column]
        if column != 2:
            nodes = sorted(nodes, key=lambda n: (barycenter(n), n.key))
        used = sum(values[n.key] for n in nodes) * scale + max(0, len(nodes) - 1) * gap
        y = top + pad + (inner - used) / 2
        for node in nodes:
            height = values[node.key] * scale
            x = xs[column]
            # effects: label in the left gutter; categories and themes: to the right
            label_x, anchor = (x - 6, "end") if column == 0 else (x + node_width + 6, "start")
            boxes[node.key] = NodeBox(
                node=node,
                column=column,
                value=values[node.key],
                x=x,
                y=y,
                width=node_width,
                height=height,
                label=shorten(node.label, label_chars[column]),
                label_x=label_x,
                label_y=y + height / 2,
                anchor=anchor,
            )
            centers[node.key] = y + height / 2
            y += height + gap

    # Bands leave a source from its top down, in the order of their targets, and enter a
    # target from its top down, in the order of their sources: no band crosses itself.
    out_offset: dict[str, float] = defaultdict(float)
    in_offset: dict[str, float] = defaultdict(float)
    ordered = sorted(
        chain.links,
        key=lambda lk: (
            boxes[lk.source].column,
            boxes[lk.source].y,
            boxes[lk.target].y,
            lk.source,
            lk.target,
        ),
    )
    placed: dict[tuple[str, str], tuple[float, float]] = {}
    for lk in ordered:
        thickness = lk.weight * scale
        source = boxes[lk.source]
        placed[(lk.source, lk.target)] = (source.y + out_offset[lk.source], thickness)
        out_offset[lk.source] += thickness
    bands: list[LinkBand] = []
    for lk in sorted(
        chain.links,
        key=lambda lk: (
            boxes[lk.target].column,
            boxes[lk.target].y,
            boxes[lk.source].y,
            lk.source,
            lk.target,
        ),
    ):
        source, target = boxes[lk.source], boxes[lk.target]
        sy0, thickness = placed[(lk.source, lk.target)]
        ty0 = target.y + in_offset[lk.target]
        in_offset[lk.target] += thickness
        x0, x1 = source.x, target.x + target.width
        xm = (x0 + x1) / 2
        sy1, ty1 = sy0 + thickness, ty0 + thickness
        f = _fmt
        path = (
            f"M{f(x0)} {f(sy0)}C{f(xm)} {f(sy0)} {f(xm)} {f(ty0)} {f(x1)} {f(ty0)}"
            f"L{f(x1)} {f(ty1)}C{f(xm)} {f(ty1)} {f(xm)} {f(sy1)} {f(x0)} {f(sy1)}Z"
        )
        bands.append(LinkBand(lk, source.node.label, target.node.label, thickness, path))
    node_order = [boxes[n.key] for col in (2, 1, 0) for n in columns[col]]
    node_order.sort(key=lambda b: (b.column, b.y))
    return SankeyLayout(
        width=width,
        height=top + inner + 2 * pad,
        scale=scale,
        nodes=tuple(node_order),
        links=tuple(bands),
        heading_x=(xs[0] + node_width, xs[1] + node_width / 2, xs[2]),
    )


@dataclass(frozen=True)
class TableRow:
    source: str
    target: str
    weight: float
    href: str  # the source theme's page, if any


def table_rows(chain: Chain) -> list[TableRow]:
    """Every link as a row (themes → categories first, then categories → effects): the
    chart's text alternative."""
    nodes = {n.key: n for n in chain.nodes}
    return [
        TableRow(nodes[lk.source].label, nodes[lk.target].label, lk.weight, nodes[lk.source].href)
        for lk in chain.links
    ]


# ---------------------------------------------------------------- from the models


def theme_flows(
    themes: Iterable[Any],
    *,
    href: Callable[[Any], str] | None = None,
    effect_counts: Mapping[int, Counter[str]] | None = None,
    sizes: Mapping[int, float] | None = None,
) -> list[ThemeFlow]:
    """ThemeFlows from Theme rows; `effect_counts` (theme pk -> effect counts) when the
    stories' confirmed effect codes may be read, `sizes` to override `Theme.size` (e.g. the
    stories a network page may count)."""
    flows = []
    for theme in themes:
        categories = tuple(
            (str(c.get("id", "")), float(c.get("share") or 0))
            for c in (theme.categories or [])
            if isinstance(c, dict) and c.get("id")
        )
        counted = (effect_counts or {}).get(theme.pk)
        effects: tuple[tuple[str, float], ...]
        if counted:
            effects = tuple(
                (e, float(n)) for e, n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))
            )
        else:
            effects = tuple((str(e), 1.0) for e in (theme.downstream or [])[:MAX_EFFECTS])
        size = (sizes or {}).get(theme.pk, theme.size)
        flows.append(
            ThemeFlow(
                id=theme.public_id,
                label=theme.name,
                size=float(size),
                categories=categories,
                effects=effects,
                href=href(theme) if href else "",
            )
        )
    return flows


def chapter_effect_counts(themes: Sequence[Any]) -> dict[int, Counter[str]]:
    """Per theme, how many of its stories carry each confirmed effect code. Inside the
    chapter's scope; private and withdrawn stories are left out, as in a chapter run.

    Two plain reads joined here: in one query SQLite probed every theme for every code."""
    from hec.patterns.models import ThemeStory

    effects: dict[int, set[str]] = defaultdict(set)
    rows = (
        StoryCode.objects.filter(
            kind=StoryCode.Kind.EFFECT,
            confirmed_at__isnull=False,
            story__withdrawn_at__isnull=True,
        )
        .exclude(story__consent=Consent.PRIVATE)
        .values_list("story_id", "code")
    )
    for story_id, code in rows:
        effects[story_id].add(code)
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    members = ThemeStory.objects.filter(theme__in=[t.pk for t in themes]).values_list(
        "theme_id", "story_id"
    )
    for theme_id, story_id in members:
        counts[theme_id].update(effects.get(story_id, ()))
    return dict(counts)


def chapter_themes(chapter: Any) -> list[Any]:
    """The chapter's live themes, biggest first (inside the chapter's scope)."""
    from hec.patterns.models import Scope, Theme

    return list(
        Theme.objects.filter(
            scope=Scope.CHAPTER,
            chapter=chapter,
            merged_into__isnull=True,
            retired_at__isnull=True,
        ).order_by("-size", "label", "id")
    )


def chain_context(
    flows: Sequence[ThemeFlow], *, category: str = "", chain_id: str = "chain", title: str = ""
) -> dict[str, Any]:
    """What `patterns/_chain_figure.html` needs: the chain of the biggest `MAX_THEMES`
    themes (those touching `category` when one is given), its layout and its table."""
    if category:
        flows = [f for f in flows if category in {c for c, _s in _theme_categories(f)}]
    shown = list(flows[:MAX_THEMES])
    chain = build_chain(shown, category=category or None)
    note = ""
    if len(flows) > len(shown):
        note = _("Showing the %(shown)d largest of %(total)d themes.") % {
            "shown": len(shown),
            "total": len(flows),
        }
    return {
        "chain": chain,
        "sankey": layout(chain),
        "chain_rows": table_rows(chain),
        "chain_id": chain_id,
        "chain_title": title or _("Chain: downstream effects ← categories ← themes"),
        "chain_note": note,
    }
