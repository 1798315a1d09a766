"""Django admin: accounts for staff, and a read-only view of the audit log.

The audit log cannot be edited through the app: no view writes it except the write
functions, the model refuses updates and deletes, and this admin grants no add/change/delete.
"""

from __future__ import annotations

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from hec.accounts.models import User
from hec.core.models import AuditEntry


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "name", "network_role", "is_staff", "is_active", "last_login"]
    list_filter = ["network_role", "is_staff", "is_active"]
    search_fields = ["email", "name"]
    readonly_fields = ["last_login", "date_joined"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Profile"), {"fields": ("name", "network_role", "affiliate")}),
        (_("Access"), {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "chapter", "actor", "action", "object_type", "summary"]
    search_fields = ["action", "summary", "object_id"]
    date_hierarchy = None
    list_select_related = ["chapter", "actor"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def get_queryset(self, request: HttpRequest):
        # Staff read across chapters, explicitly (the model's manager is chapter-scoped).
        with scopes_disabled():
            return super().get_queryset(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


# One sign-in form for everything: the admin's own password form would skip the second
# factor, so /admin/login/ sends people to the allauth sign-in (lockout and MFA apply there)
# and comes back to the admin afterwards.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]
