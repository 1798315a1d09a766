from __future__ import annotations

from django.urls import path

from hec.people import views

urlpatterns = [
    path("people/", views.person_list, name="people-list"),
    path("partners/", views.organization_list, name="organization-list"),
]
