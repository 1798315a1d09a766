from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from hec.api.api import api
from hec.core import views as core_views

# Everything under /c/<chapter_slug>/ is resolved and scoped by hec.core.tenancy.ChapterMiddleware.
chapter_patterns = [
    path("", core_views.chapter_home, name="chapter-home"),
    path("audit/", core_views.audit_log, name="audit-log"),
    path("", include("hec.people.urls")),
    path("", include("hec.accounts.chapter_urls")),
    path("", include("hec.listening.urls")),
    path("", include("hec.relational.urls")),
    path("", include("hec.patterns.urls")),
    path("", include("hec.priorities.urls")),
]

urlpatterns = [
    path("", core_views.home, name="home"),
    path("healthz", core_views.healthz, name="healthz"),
    path("c/<slug:chapter_slug>/", include((chapter_patterns, "chapter"))),
    path("accounts/", include("hec.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
