"""docs/permissions.md and hec/core/permissions.py must say the same thing."""

from __future__ import annotations

from pathlib import Path

from hec.core.permissions import (
    CHAPTER_PERMISSIONS,
    NETWORK_PERMISSIONS,
    ChapterRole,
    NetworkRole,
    role_can,
)
from hec.core.tenancy import ChapterAccess

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"


def doc_table(heading: str) -> dict[str, list[bool]]:
    text = DOC.read_text().split(heading, 1)[1]
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| `"):
            rows[cells[0].strip("`")] = [c == "✓" for c in cells[1:-1]]
        elif rows and not line.startswith("|"):
            break
    return rows


def test_chapter_matrix_matches_the_doc():
    roles = [
        ChapterRole.LEADER,
        ChapterRole.MEMBER,
        ChapterRole.FACULTY_ALLY,
        ChapterRole.COMMUNITY_PARTNER,
    ]
    table = doc_table("## Chapter roles")
    assert set(table) == set(CHAPTER_PERMISSIONS)
    for capability, marks in table.items():
        assert marks == [role in CHAPTER_PERMISSIONS[capability] for role in roles], capability


def test_network_matrix_matches_the_doc():
    table = doc_table("## Network roles")
    assert set(table) == set(NETWORK_PERMISSIONS)
    for capability, marks in table.items():
        expected = [
            r in NETWORK_PERMISSIONS[capability]
            for r in (NetworkRole.NETWORK_ADMIN, NetworkRole.AFFILIATE_ORGANIZER)
        ]
        assert marks == expected, capability


def test_access_combines_roles_and_refuses_unknown_capabilities():
    access = ChapterAccess(chapter=None, roles=frozenset({ChapterRole.FACULTY_ALLY}))
    assert access.can("people.create") and not access.can("people.edit")
    both = ChapterAccess(
        chapter=None, roles=frozenset({ChapterRole.FACULTY_ALLY, ChapterRole.LEADER})
    )
    assert both.can("people.merge") and both.role == ChapterRole.LEADER
    assert "audit.view" in both.capability_names
    try:
        role_can(ChapterRole.LEADER, "people.delete")
    except KeyError:
        pass
    else:
        raise AssertionError("an unknown capability must not be silently refused or granted")
