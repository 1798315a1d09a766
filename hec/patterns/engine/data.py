"""The sixteen story categories and the downstream health effects.

Ids, labels, Healthy People 2030 domains and ICD-10-CM Z codes follow the project's
category table; the descriptions are our own short wording.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    domain: str
    z_codes: tuple[str, ...]
    description: str


_ES = "Economic Stability"
_NB = "Neighborhood and Built Environment"
_ED = "Education Access and Quality"
_HC = "Health Care Access and Quality"
_SC = "Social and Community Context"

CATEGORIES: tuple[Category, ...] = (
    Category(
        "work_conditions",
        "Work and working conditions",
        _ES,
        ("Z56", "Z57"),
        "Jobs that harm health: hours, pay, leave, safety, losing work.",
    ),
    Category(
        "income_poverty",
        "Income, debt and financial strain",
        _ES,
        ("Z59.5", "Z59.6", "Z59.86", "Z59.87"),
        "Not enough money for basics, bills, debt, shut-offs, lost benefits.",
    ),
    Category(
        "food_insecurity",
        "Food insecurity",
        _ES,
        ("Z59.41", "Z59.48"),
        "Not enough food, or not enough healthy food.",
    ),
    Category(
        "housing_instability",
        "Housing cost, instability and eviction",
        _ES,
        ("Z59.81", "Z59.2"),
        "Keeping a home: rent, eviction, moving, landlords, doubling up.",
    ),
    Category(
        "homelessness",
        "Homelessness, shelters and encampments",
        _ES,
        ("Z59.00", "Z59.01", "Z59.02"),
        "No home: outside, in a vehicle, shelters, camps.",
    ),
    Category(
        "housing_quality",
        "Unsafe or unhealthy housing",
        _NB,
        ("Z59.1",),
        "The home itself harms health: damp, pests, no heat, repairs, crowding.",
    ),
    Category(
        "transportation",
        "Transportation",
        _NB,
        ("Z59.82",),
        "Getting places: no car, transit, distance, cost of travel.",
    ),
    Category(
        "environment",
        "Environmental exposures",
        _NB,
        ("Z58", "Z77"),
        "Smoke, heat, dirty air or water, polluting neighbours.",
    ),
    Category(
        "safety_violence",
        "Neighborhood safety and violence",
        _NB,
        ("Z65.4",),
        "Violence, crime, abuse, streets that feel unsafe.",
    ),
    Category(
        "education",
        "Education and literacy",
        _ED,
        ("Z55",),
        "School, literacy and finishing an education.",
    ),
    Category(
        "language_access",
        "Language access and health literacy",
        _HC,
        ("Z55.6", "Z60.3"),
        "Care and paperwork not in one's language; not understanding instructions.",
    ),
    Category(
        "care_access",
        "Health care access, coverage and cost",
        _HC,
        ("Z59.71", "Z75.3", "Z91.120"),
        "Insurance, cost of care and medicine, waits, no clinic available.",
    ),
    Category(
        "discrimination",
        "Discrimination and racism",
        _SC,
        ("Z60.5",),
        "Treated worse for who one is.",
    ),
    Category(
        "isolation",
        "Social isolation and exclusion",
        _SC,
        ("Z60.2", "Z60.4"),
        "Alone, nobody to turn to, shut out.",
    ),
    Category(
        "immigration_legal",
        "Immigration status, incarceration and legal problems",
        _SC,
        ("Z65.1", "Z65.2", "Z65.3"),
        "Status, fear of enforcement, jail, records, courts.",
    ),
    Category(
        "family_caregiving",
        "Family stress and caregiving",
        _SC,
        ("Z63",),
        "Caring for relatives, childcare, loss, family conflict or separation.",
    ),
)

CATEGORY_IDS: tuple[str, ...] = tuple(c.id for c in CATEGORIES)
CATEGORY_BY_ID: dict[str, Category] = {c.id: c for c in CATEGORIES}

DOWNSTREAM: dict[str, str] = {
    "delayed_care": "Delayed or skipped care",
    "medication_problems": "Medication problems (rationing, missed doses, cost)",
    "chronic_disease": "Chronic disease worsened",
    "respiratory": "Respiratory problems",
    "infection_spread": "Infection spread",
    "mental_health": "Mental health",
    "injury": "Injury",
    "emergency_use": "Emergency care use",
    "maternal_child": "Maternal and child health",
    "substance_use": "Substance use",
    "nutrition": "Nutrition",
}
