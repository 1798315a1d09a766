"""Translatable labels for the sixteen categories and the downstream effects.

Ids, domains and ICD-10-CM Z codes come from `hec.patterns.engine` (never re-typed here);
this module only gives each id a label the interface can translate, and looks up Z code
titles in `simple_icd_10_cm` (imported lazily: it costs about a second).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from hec.patterns.engine import CATEGORIES, DOWNSTREAM

CATEGORY_LABELS: dict[str, Promise] = {
    "work_conditions": _("Work and working conditions"),
    "income_poverty": _("Income, debt and financial strain"),
    "food_insecurity": _("Food insecurity"),
    "housing_instability": _("Housing cost, instability and eviction"),
    "homelessness": _("Homelessness, shelters and encampments"),
    "housing_quality": _("Unsafe or unhealthy housing"),
    "transportation": _("Transportation"),
    "environment": _("Environmental exposures"),
    "safety_violence": _("Neighborhood safety and violence"),
    "education": _("Education and literacy"),
    "language_access": _("Language access and health literacy"),
    "care_access": _("Health care access, coverage and cost"),
    "discrimination": _("Discrimination and racism"),
    "isolation": _("Social isolation and exclusion"),
    "immigration_legal": _("Immigration status, incarceration and legal problems"),
    "family_caregiving": _("Family stress and caregiving"),
}

DOMAIN_LABELS: dict[str, Promise] = {
    "Economic Stability": _("Economic Stability"),
    "Neighborhood and Built Environment": _("Neighborhood and Built Environment"),
    "Education Access and Quality": _("Education Access and Quality"),
    "Health Care Access and Quality": _("Health Care Access and Quality"),
    "Social and Community Context": _("Social and Community Context"),
}

EFFECT_LABELS: dict[str, Promise] = {
    "delayed_care": _("Delayed or skipped care"),
    "medication_problems": _("Medication problems (rationing, missed doses, cost)"),
    "chronic_disease": _("Chronic disease worsened"),
    "respiratory": _("Respiratory problems"),
    "infection_spread": _("Infection spread"),
    "mental_health": _("Mental health"),
    "injury": _("Injury"),
    "emergency_use": _("Emergency care use"),
    "maternal_child": _("Maternal and child health"),
    "substance_use": _("Substance use"),
    "nutrition": _("Nutrition"),
}


@dataclass(frozen=True)
class ZCode:
    code: str
    title: str


@dataclass(frozen=True)
class CategoryView:
    id: str
    label: str
    domain: str
    z_codes: tuple[ZCode, ...]


def category_ids() -> set[str]:
    return {c.id for c in CATEGORIES}


def effect_ids() -> set[str]:
    return set(DOWNSTREAM)


def category_label(category_id: str) -> str:
    return str(CATEGORY_LABELS.get(category_id, category_id))


def effect_label(effect_id: str) -> str:
    return str(EFFECT_LABELS.get(effect_id, DOWNSTREAM.get(effect_id, effect_id)))


@cache
def z_code_title(code: str) -> str:
    """The ICD-10-CM title of a Z code (English, from the maintained package)."""
    import simple_icd_10_cm as cm

    try:
        return str(cm.get_description(code))
    except ValueError:
        return ""


def categories_by_domain() -> list[tuple[str, list[CategoryView]]]:
    """The categories grouped by Healthy People 2030 domain, in the engine's order."""
    groups: dict[str, list[CategoryView]] = {}
    for c in CATEGORIES:
        view = CategoryView(
            id=c.id,
            label=category_label(c.id),
            domain=str(DOMAIN_LABELS.get(c.domain, c.domain)),
            z_codes=tuple(ZCode(z, z_code_title(z)) for z in c.z_codes),
        )
        groups.setdefault(c.domain, []).append(view)
    return [(str(DOMAIN_LABELS.get(d, d)), views) for d, views in groups.items()]


def effects() -> list[tuple[str, str]]:
    return [(key, effect_label(key)) for key in DOWNSTREAM]


def category_choices() -> list[tuple[str, str]]:
    return [(c.id, category_label(c.id)) for c in CATEGORIES]
