from __future__ import annotations

from django.urls import path

from hec.accounts import views
from hec.patterns.views import network as network_themes
from hec.patterns.views import runs as pattern_runs

app_name = "accounts"
urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("api-tokens/", views.api_tokens, name="api-tokens"),
    path("api-tokens/<str:token_id>/revoke/", views.api_token_revoke, name="api-token-revoke"),
    path("invite/<str:token>/", views.invitation_accept, name="invitation-accept"),
    path("network/", views.network, name="network"),
    path("network/chapters/new/", views.chapter_create, name="network-chapter-create"),
    path("network/chapters/<str:chapter_id>/", views.chapter_edit, name="network-chapter-edit"),
    path("network/affiliates/new/", views.affiliate_create, name="network-affiliate-create"),
    path(
        "network/affiliates/<str:affiliate_id>/",
        views.affiliate_edit,
        name="network-affiliate-edit",
    ),
    path("network/themes/", network_themes.network_themes, name="network-themes"),
    path(
        "network/themes/runs/new/",
        pattern_runs.network_pattern_run_create,
        name="network-pattern-run-create",
    ),
    path(
        "network/themes/runs/<str:run_id>/",
        pattern_runs.network_pattern_run_detail,
        name="network-pattern-run-detail",
    ),
    path(
        "network/themes/<str:theme_id>/",
        network_themes.network_theme_detail,
        name="network-theme-detail",
    ),
]
