from __future__ import annotations

from django.urls import path

from hec.priorities import views

urlpatterns = [
    path("priorities/", views.priority_list, name="priority-list"),
    path("priorities/new/", views.candidate_create, name="candidate-create"),
    path("priorities/<str:candidate_id>/", views.candidate_detail, name="candidate-detail"),
    path("priorities/<str:candidate_id>/status/", views.candidate_status, name="candidate-status"),
    path("assemblies/new/", views.assembly_create, name="assembly-create"),
    path("assemblies/<str:assembly_id>/", views.assembly_detail, name="assembly-detail"),
    path("assemblies/<str:assembly_id>/vote/", views.assembly_vote, name="assembly-vote"),
    path("assemblies/<str:assembly_id>/tally/", views.assembly_tally, name="assembly-tally"),
    path("assemblies/<str:assembly_id>/close/", views.assembly_close, name="assembly-close"),
]
