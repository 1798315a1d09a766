from __future__ import annotations

from django.urls import path

from hec.relational import views

urlpatterns = [
    path("one-to-ones/", views.meeting_list, name="meeting-list"),
    path("one-to-ones/new/", views.meeting_log, name="meeting-log"),
    path("one-to-ones/people/", views.people_search, name="meeting-people-search"),
    path("one-to-ones/follow-ups/", views.follow_ups, name="follow-ups"),
    path("one-to-ones/counts/", views.meeting_counts, name="meeting-counts"),
    path("one-to-ones/<str:meeting_id>/", views.meeting_detail, name="meeting-detail"),
    path("one-to-ones/<str:meeting_id>/edit/", views.meeting_edit, name="meeting-edit"),
    path(
        "one-to-ones/<str:meeting_id>/follow-up-done/",
        views.follow_up_done,
        name="follow-up-done",
    ),
    path("network-graph/", views.network_graph, name="network-graph"),
    path("network-graph/data.json", views.network_graph_data, name="network-graph-data"),
]
