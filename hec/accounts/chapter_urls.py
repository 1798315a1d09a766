from __future__ import annotations

from django.urls import path

from hec.accounts import views

urlpatterns = [
    path("invitations/", views.invitation_list, name="invitation-list"),
    path(
        "invitations/<str:invitation_id>/revoke/",
        views.invitation_revoke,
        name="invitation-revoke",
    ),
]
