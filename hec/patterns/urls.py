from __future__ import annotations

from django.urls import path

from hec.patterns.views import chain, network, runs, themes

urlpatterns = [
    path("themes/", themes.theme_list, name="theme-list"),
    path("themes/chain/", chain.theme_chain, name="theme-chain"),
    path("themes/network/", network.theme_network, name="theme-network"),
    path(
        "themes/network/<str:theme_id>/",
        network.theme_network_detail,
        name="theme-network-detail",
    ),
    path("themes/runs/new/", runs.pattern_run_create, name="pattern-run-create"),
    path("themes/runs/<str:run_id>/", runs.pattern_run_detail, name="pattern-run-detail"),
    path(
        "themes/runs/<str:run_id>/progress/",
        runs.pattern_run_progress,
        name="pattern-run-progress",
    ),
    path("themes/<str:theme_id>/", themes.theme_detail, name="theme-detail"),
    path("themes/<str:theme_id>/edit/", themes.theme_edit, name="theme-edit"),
    path("themes/<str:theme_id>/merge/", themes.theme_merge, name="theme-merge"),
    path("themes/<str:theme_id>/split/", themes.theme_split, name="theme-split"),
]
