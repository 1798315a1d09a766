"""The Z codes the interface shows: every engine code titled, in English as ICD-10-CM
words it, and in Spanish."""

from __future__ import annotations

import simple_icd_10_cm as cm
from django.utils import translation

from hec.listening.taxonomy import Z_CODE_TITLES, categories_by_domain, z_code_title
from hec.patterns.engine import CATEGORIES


def test_every_engine_z_code_has_the_classification_title_in_english():
    codes = {z for c in CATEGORIES for z in c.z_codes}
    assert codes == set(Z_CODE_TITLES)
    with translation.override("en"):
        for code in codes:
            assert z_code_title(code) == cm.get_description(code)


def test_z_code_titles_follow_the_active_language():
    with translation.override("es"):
        spanish = {
            z.code: z.title for _, views in categories_by_domain() for v in views for z in v.z_codes
        }
    with translation.override("en"):
        english = {
            z.code: z.title for _, views in categories_by_domain() for v in views for z in v.z_codes
        }
    assert spanish["Z59.41"] == "Inseguridad alimentaria"
    assert english["Z59.41"] == "Food insecurity"
    assert all(spanish[code] != english[code] for code in english)


def test_a_code_outside_the_engine_takes_the_packages_title_or_none():
    assert z_code_title("Z59.3") == cm.get_description("Z59.3")
    assert z_code_title("Z99.999") == ""
