"""The chapter's relational network: people as nodes; one-to-ones (person ↔ person) and
memberships of organizations (person → organization) as edges.

A tie *crosses disciplines* when both people have a discipline and they differ; it *reaches
community* when either side is a community member or is linked to an organization. The
summary (the seed of the silo index) is computed over every tie that matches the filters,
before the drawing is capped to the most connected people. Three queries in all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q

from hec.people.models import Discipline, Organization, Person, PersonKind
from hec.relational.models import Meeting
from hec.relational.queries import members

MAX_NODES = 500
TOP_TABLE = 25
COMMUNITY = PersonKind.COMMUNITY


@dataclass
class Tie:
    a: int
    b: int
    weight: int
    crosses_discipline: bool
    reaches_community: bool


@dataclass
class Graph:
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    summary: dict[str, Any]
    top: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "edges": self.edges, "summary": self.summary}


def _side(row: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {
        "discipline": row[f"{prefix}__discipline"],
        "kind": row[f"{prefix}__kind"],
        "organization": row[f"{prefix}__organization_id"],
    }


def _reaches(person: dict[str, Any]) -> bool:
    return person["kind"] == COMMUNITY or person["organization"] is not None


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def relational_graph(filters: dict[str, Any], max_nodes: int = MAX_NODES) -> Graph:
    """The graph for the chapter in scope. `filters`: discipline, kind (of the people whose
    ties are shown), date_from, date_to (of the one-to-ones)."""
    meetings = Meeting.objects.filter(
        organizer__archived_at__isnull=True, counterpart__archived_at__isnull=True
    )
    if filters.get("date_from"):
        meetings = meetings.filter(held_on__gte=filters["date_from"])
    if filters.get("date_to"):
        meetings = meetings.filter(held_on__lte=filters["date_to"])
    person_q = Q()
    for name in ("discipline", "kind"):
        if filters.get(name):
            person_q &= Q(**{name: filters[name]})
    if person_q:
        either = Q()
        for prefix in ("organizer", "counterpart"):
            side = Q()
            for name in ("discipline", "kind"):
                if filters.get(name):
                    side &= Q(**{f"{prefix}__{name}": filters[name]})
            either |= side
        meetings = meetings.filter(either)
    columns = ["discipline", "kind", "organization_id"]
    rows = (
        meetings.values(
            "organizer_id",
            "counterpart_id",
            *[f"organizer__{c}" for c in columns],
            *[f"counterpart__{c}" for c in columns],
        )
        .annotate(n=Count("id"))
        .order_by()
    )

    ties: dict[tuple[int, int], Tie] = {}
    degree: dict[int, int] = {}
    for row in rows:
        a, b = row["organizer_id"], row["counterpart_id"]
        key = (min(a, b), max(a, b))
        tie = ties.get(key)
        if tie is None:
            left, right = _side(row, "organizer"), _side(row, "counterpart")
            crosses = bool(left["discipline"] and right["discipline"]) and (
                left["discipline"] != right["discipline"]
            )
            tie = ties[key] = Tie(key[0], key[1], 0, crosses, _reaches(left) or _reaches(right))
            degree[a] = degree.get(a, 0) + 1
            degree[b] = degree.get(b, 0) + 1
        tie.weight += row["n"]

    # Members matching the filters appear even without ties (who has not been met yet).
    for pk in members().filter(person_q).values_list("pk", flat=True)[:max_nodes]:
        degree.setdefault(pk, 0)

    kept = sorted(degree, key=lambda pk: (-degree[pk], pk))[:max_nodes]
    people = {
        p["pk"]: p
        for p in Person.objects.filter(pk__in=kept).values(
            "pk",
            "public_id",
            "name",
            "discipline",
            "kind",
            "organization_id",
            "organization__public_id",
            "organization__name",
            "organization__kind",
        )
    }
    disciplines = dict(Discipline.choices)
    kinds = dict(PersonKind.choices)
    org_kinds = dict(Organization.Kind.choices)
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    orgs: dict[str, dict[str, Any]] = {}
    person_nodes: list[tuple[int, dict[str, Any]]] = []
    for pk in kept:
        p = people.get(pk)
        if p is None:
            continue
        node = {
            "id": p["public_id"],
            "label": p["name"],
            "discipline": p["discipline"],
            "discipline_label": str(disciplines.get(p["discipline"], "")),
            "kind": p["kind"],
            "kind_label": str(kinds.get(p["kind"], "")),
            "community_org": p["organization_id"] is not None,
            "degree": degree[pk],
        }
        nodes.append(node)
        person_nodes.append((pk, node))
        if p["organization_id"] is not None:
            org_id = p["organization__public_id"]
            orgs.setdefault(
                org_id,
                {
                    "id": org_id,
                    "label": p["organization__name"],
                    "discipline": "",
                    "discipline_label": "",
                    "kind": "organization",
                    "kind_label": str(org_kinds.get(p["organization__kind"], "")),
                    "community_org": True,
                    "degree": 0,
                },
            )["degree"] += 1
            edges.append(
                {
                    "source": p["public_id"],
                    "target": org_id,
                    "kind": "membership",
                    "weight": 1,
                    "crosses_discipline": False,
                    "reaches_community": True,
                }
            )
    for tie in ties.values():
        a, b = people.get(tie.a), people.get(tie.b)
        if a is None or b is None:
            continue
        edges.append(
            {
                "source": a["public_id"],
                "target": b["public_id"],
                "kind": "meeting",
                "weight": tie.weight,
                "crosses_discipline": tie.crosses_discipline,
                "reaches_community": tie.reaches_community,
            }
        )
    nodes.extend(orgs.values())

    total = len(ties)
    crossing = sum(1 for t in ties.values() if t.crosses_discipline)
    reaching = sum(1 for t in ties.values() if t.reaches_community)
    summary = {
        "ties": total,
        "people": len(degree),
        "shown_people": len([n for n in nodes if n["kind"] != "organization"]),
        "capped": len(degree) > max_nodes,
        "crossing": crossing,
        "crossing_share": _share(crossing, total),
        "reaching": reaching,
        "reaching_share": _share(reaching, total),
        "organizations": len(orgs),
    }
    cross_by_person: dict[int, int] = {}
    for t in ties.values():
        if t.crosses_discipline:
            cross_by_person[t.a] = cross_by_person.get(t.a, 0) + 1
            cross_by_person[t.b] = cross_by_person.get(t.b, 0) + 1
    top = [
        {**node, "crossing": cross_by_person.get(pk, 0)}
        for pk, node in person_nodes
        if node["degree"] > 0
    ][:TOP_TABLE]
    return Graph(nodes=nodes, edges=edges, summary=summary, top=top)
