from __future__ import annotations

from django.urls import path

from hec.listening import views

urlpatterns = [
    path("sessions/", views.session_list, name="session-list"),
    path("sessions/new/", views.session_create, name="session-create"),
    path("sessions/<str:session_id>/", views.session_detail, name="session-detail"),
    path("sessions/<str:session_id>/edit/", views.session_edit, name="session-edit"),
    path("sessions/<str:session_id>/attendance/", views.attendance, name="session-attendance"),
    path(
        "sessions/<str:session_id>/attendance/toggle/",
        views.attendance_toggle,
        name="session-attendance-toggle",
    ),
    path(
        "sessions/<str:session_id>/attendance/new/",
        views.attendance_new_person,
        name="session-attendance-new",
    ),
    path("sessions/<str:session_id>/stories/", views.session_stories, name="session-stories"),
    path("stories/", views.story_list, name="story-list"),
    path("stories/new/", views.story_create, name="story-create"),
    path("stories/network/", views.network_story_list, name="story-network"),
    path("stories/suggest/", views.story_suggest, name="story-suggest"),
    path("stories/<str:story_id>/", views.story_detail, name="story-detail"),
    path("stories/<str:story_id>/edit/", views.story_edit, name="story-edit"),
    path("stories/<str:story_id>/consent/", views.story_consent, name="story-consent"),
    path("stories/<str:story_id>/withdraw/", views.story_withdraw, name="story-withdraw"),
    path("stories/<str:story_id>/coding/", views.story_code, name="story-code"),
    path(
        "stories/<str:story_id>/suggestions/<str:code_id>/",
        views.story_suggestion,
        name="story-suggestion",
    ),
    path("codes/", views.chapter_codes, name="chapter-codes"),
]
