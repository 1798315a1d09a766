from __future__ import annotations

from django.urls import path

from hec.people import views

urlpatterns = [
    path("people/", views.person_list, name="people-list"),
    path("people/new/", views.person_create, name="person-create"),
    path("people/duplicates/", views.person_duplicates, name="people-duplicates"),
    path("people/merge/", views.person_merge, name="people-merge"),
    path("people/<str:person_id>/", views.person_detail, name="person-detail"),
    path("people/<str:person_id>/edit/", views.person_edit, name="person-edit"),
    path("people/<str:person_id>/archive/", views.person_archive, name="person-archive"),
    path("people/<str:person_id>/restore/", views.person_restore, name="person-restore"),
    path(
        "people/<str:person_id>/memberships/new/",
        views.membership_create,
        name="membership-create",
    ),
    path("memberships/<str:membership_id>/edit/", views.membership_edit, name="membership-edit"),
    path("memberships/<str:membership_id>/end/", views.membership_end, name="membership-end"),
    path("partners/", views.organization_list, name="organization-list"),
    path("partners/new/", views.partnership_create, name="partnership-create"),
    path("partners/<str:partnership_id>/edit/", views.partnership_edit, name="partnership-edit"),
    path(
        "organizations/<str:organization_id>/",
        views.organization_detail,
        name="organization-detail",
    ),
]
