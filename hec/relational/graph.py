"""The chapter's relational network: people as nodes; one-to-ones (person ↔ person) and
memberships of organizations (person → organization) as edges.

A tie *crosses disciplines* when both people have a discipline and they differ; it *reaches
community* when either side is a community member or is linked to an organization. The
summary (the seed of the silo index) is computed over every tie that matches the filters,
before the drawing is capped to the most connected people. Three queries in all: the
chapter's current people, its one-to-ones grouped by pair, and its members.
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


PERSON_COLUMNS = (
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


def _reaches(person: dict[str, Any]) -> bool:
    return person["kind"] == COMMUNITY or person["organization_id"] is not None


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _matches(person: dict[str, Any], filters: dict[str, Any]) -> bool:
    return all(
        person[name] == filters[name] for name in ("discipline", "kind") if filters.get(name)
    )


def relational_graph(filters: dict[str, Any], max_nodes: int = MAX_NODES) -> Graph:
    """The graph for the chapter in scope. `filters`: discipline, kind (of the people whose
    ties are shown), date_from, date_to (of the one-to-ones)."""
    # The chapter's current people, once; the one-to-ones are then grouped by pair alone, with
    # no join: the joins and a `pk__in` list of the drawn people cost more than reading them all.
    people = {
        p["pk"]: p for p in Person.objects.filter(archived_at__isnull=True).values(*PERSON_COLUMNS)
    }
    meetings = Meeting.objects.all()
    if filters.get("date_from"):
        meetings = meetings.filter(held_on__gte=filters["date_from"])
    if filters.get("date_to"):
        meetings = meetings.filter(held_on__lte=filters["date_to"])
    pairs = (
        meetings.values_list("organizer_id", "counterpart_id").annotate(n=Count("id")).order_by()
    )

    # per person: discipline, whether they reach community, whether they match the filters
    facts = {pk: (p["discipline"], _reaches(p), _matches(p, filters)) for pk, p in people.items()}
    ties: dict[tuple[int, int], Tie] = {}
    degree: dict[int, int] = {}
    for a, b, n in pairs:
        left, right = facts.get(a), facts.get(b)
        if left is None or right is None or not (left[2] or right[2]):
            continue  # an archived side, or neither side is among the people filtered for
        key = (a, b) if a < b else (b, a)
        tie = ties.get(key)
        if tie is None:
            crosses = bool(left[0] and right[0]) and left[0] != right[0]
            tie = ties[key] = Tie(key[0], key[1], 0, crosses, left[1] or right[1])
            degree[a] = degree.get(a, 0) + 1
            degree[b] = degree.get(b, 0) + 1
        tie.weight += n

    # Members matching the filters appear even without ties (who has not been met yet).
    person_q = Q(**{name: filters[name] for name in ("discipline", "kind") if filters.get(name)})
    for pk in members().filter(person_q).values_list("pk", flat=True)[:max_nodes]:
        degree.setdefault(pk, 0)

    kept = sorted(degree, key=lambda pk: (-degree[pk], pk))[:max_nodes]
    disciplines = {value: str(label) for value, label in Discipline.choices}
    kinds = {value: str(label) for value, label in PersonKind.choices}
    org_kinds = {value: str(label) for value, label in Organization.Kind.choices}
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
            "discipline_label": disciplines.get(p["discipline"], ""),
            "kind": p["kind"],
            "kind_label": kinds.get(p["kind"], ""),
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
                    "kind_label": org_kinds.get(p["organization__kind"], ""),
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
    drawn = set(kept)
    for tie in ties.values():
        if tie.a not in drawn or tie.b not in drawn:
            continue
        a, b = people[tie.a], people[tie.b]
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
