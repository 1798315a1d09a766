"""What is linked to a person: blocks of the person page that any app can register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from hec.people.models import Person


@dataclass
class PersonSection:
    """One block of the person page's "What's linked" part, rendered with `template`."""

    key: str
    title: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)


PersonSectionProvider = Callable[[Person, Any], "PersonSection | None"]
PERSON_SECTION_PROVIDERS: list[PersonSectionProvider] = []


def register_person_section(provider: PersonSectionProvider) -> PersonSectionProvider:
    """Other apps add a block to the person page: call this (e.g. as a decorator in the
    app's `AppConfig.ready`) with a function (person, access) -> PersonSection | None.
    Return None when the viewer may not see it or there is nothing to show."""
    if provider not in PERSON_SECTION_PROVIDERS:
        PERSON_SECTION_PROVIDERS.append(provider)
    return provider


def _merged_records_section(person: Person, access: Any) -> PersonSection | None:
    merged = list(Person.objects.filter(merged_into=person).order_by("name"))
    if not merged:
        return None
    return PersonSection(
        key="merged",
        title=_("Records merged into this one"),
        template="people/sections/merged.html",
        context={"merged": merged},
    )


def _history_section(person: Person, access: Any) -> PersonSection | None:
    from hec.core.models import AuditEntry

    if access is None or not access.can("audit.view"):
        return None
    entries = list(
        AuditEntry.objects.filter(object_type="person", object_id=person.public_id)
        .select_related("actor")
        .order_by("-created_at", "-id")[:10]
    )
    return PersonSection(
        key="history",
        title=_("Recent changes"),
        template="people/sections/history.html",
        context={"entries": entries},
    )


register_person_section(_merged_records_section)
register_person_section(_history_section)


def person_sections(person: Person, access: Any) -> list[PersonSection]:
    """The "What's linked" blocks of the person page, from every registered provider."""
    sections = (provider(person, access) for provider in PERSON_SECTION_PROVIDERS)
    return [s for s in sections if s is not None]
