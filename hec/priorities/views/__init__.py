"""Web pages for shared priorities: candidate issues, assemblies, voting and results."""

from hec.priorities.views.assemblies import (
    assembly_close,
    assembly_create,
    assembly_detail,
    assembly_tally,
    assembly_vote,
)
from hec.priorities.views.issues import (
    candidate_create,
    candidate_detail,
    candidate_status,
    priority_list,
)

__all__ = [
    "assembly_close",
    "assembly_create",
    "assembly_detail",
    "assembly_tally",
    "assembly_vote",
    "candidate_create",
    "candidate_detail",
    "candidate_status",
    "priority_list",
]
