"""Translatable labels for the sixteen categories and the downstream effects.

Ids, domains and ICD-10-CM Z codes come from `hec.patterns.engine` (never re-typed here);
this module gives each id a label the interface can translate, and each of the engine's Z
codes its ICD-10-CM title, translatable too (a test holds the English titles to the
`simple_icd_10_cm` package, which also titles any other code).
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

# The ICD-10-CM titles of the engine's Z codes, word for word.
Z_CODE_TITLES: dict[str, Promise] = {
    "Z55": _("Problems related to education and literacy"),
    "Z55.6": _("Problems related to health literacy"),
    "Z56": _("Problems related to employment and unemployment"),
    "Z57": _("Occupational exposure to risk factors"),
    "Z58": _("Problems related to physical environment"),
    "Z59.00": _("Homelessness unspecified"),
    "Z59.01": _("Sheltered homelessness"),
    "Z59.02": _("Unsheltered homelessness"),
    "Z59.1": _("Inadequate housing"),
    "Z59.2": _("Discord with neighbors, lodgers and landlord"),
    "Z59.41": _("Food insecurity"),
    "Z59.48": _("Other specified lack of adequate food"),
    "Z59.5": _("Extreme poverty"),
    "Z59.6": _("Low income"),
    "Z59.71": _("Insufficient health insurance coverage"),
    "Z59.81": _("Housing instability, housed"),
    "Z59.82": _("Transportation insecurity"),
    "Z59.86": _("Financial insecurity"),
    "Z59.87": _("Material hardship due to limited financial resources, not elsewhere classified"),
    "Z60.2": _("Problems related to living alone"),
    "Z60.3": _("Acculturation difficulty"),
    "Z60.4": _("Social exclusion and rejection"),
    "Z60.5": _("Target of (perceived) adverse discrimination and persecution"),
    "Z63": _("Other problems related to primary support group, including family circumstances"),
    "Z65.1": _("Imprisonment and other incarceration"),
    "Z65.2": _("Problems related to release from prison"),
    "Z65.3": _("Problems related to other legal circumstances"),
    "Z65.4": _("Victim of crime and terrorism"),
    "Z75.3": _("Unavailability and inaccessibility of health-care facilities"),
    "Z77": _("Other contact with and (suspected) exposures hazardous to health"),
    "Z91.120": _(
        "Patient's intentional underdosing of medication regimen due to financial hardship"
    ),
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


def z_code_title(code: str) -> str:
    """The ICD-10-CM title of a Z code, in the active language for the engine's codes."""
    title = Z_CODE_TITLES.get(code)
    return str(title) if title is not None else icd_title(code)


@cache
def icd_title(code: str) -> str:
    """A code's English title from the maintained ICD-10-CM package ("" if unknown); it is
    imported here, lazily, because loading it takes about a second."""
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
