"""Views of one-to-ones: logging and lists, follow-ups, counts, the relational network."""

from hec.relational.views.counts import meeting_counts
from hec.relational.views.graph import network_graph, network_graph_data
from hec.relational.views.meetings import (
    follow_up_done,
    follow_ups,
    meeting_detail,
    meeting_edit,
    meeting_list,
    meeting_log,
    people_search,
)

__all__ = [
    "follow_up_done",
    "follow_ups",
    "meeting_counts",
    "meeting_detail",
    "meeting_edit",
    "meeting_list",
    "meeting_log",
    "network_graph",
    "network_graph_data",
    "people_search",
]
