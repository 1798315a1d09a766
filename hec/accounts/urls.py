from __future__ import annotations

from django.urls import path

from hec.accounts import views

app_name = "accounts"
urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("api-tokens/", views.api_tokens, name="api-tokens"),
    path("network/", views.network, name="network"),
]
