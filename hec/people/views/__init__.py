"""Views of the people app, split by area: people, duplicates & merge, partners."""

from hec.people.views.duplicates import person_duplicates, person_merge
from hec.people.views.memberships import membership_create, membership_edit, membership_end
from hec.people.views.partners import (
    organization_detail,
    organization_list,
    partnership_create,
    partnership_edit,
)
from hec.people.views.people import (
    person_archive,
    person_create,
    person_detail,
    person_edit,
    person_list,
    person_restore,
)

__all__ = [
    "membership_create",
    "membership_edit",
    "membership_end",
    "organization_detail",
    "organization_list",
    "partnership_create",
    "partnership_edit",
    "person_archive",
    "person_create",
    "person_detail",
    "person_duplicates",
    "person_edit",
    "person_list",
    "person_merge",
    "person_restore",
]
