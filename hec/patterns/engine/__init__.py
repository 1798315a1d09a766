"""HEC pattern engine: code stories into SDOH categories and discover themes.

Plain Python, no Django.  Runtime needs only numpy (for theme discovery).
"""

from __future__ import annotations

from .chapter import ChapterModel
from .coder import Coding, code_story
from .cues import story_language
from .data import CATEGORIES, CATEGORY_BY_ID, CATEGORY_IDS, DOWNSTREAM, Category
from .text import detect_language

__all__ = [
    "CATEGORIES",
    "CATEGORY_BY_ID",
    "CATEGORY_IDS",
    "DOWNSTREAM",
    "Category",
    "ChapterModel",
    "Coding",
    "code_story",
    "detect_language",
    "story_language",
    "discover_themes",
    "Theme",
    "ThemeItem",
]


def __getattr__(name: str):
    if name in ("discover_themes", "Theme", "ThemeItem"):
        from . import themes

        return getattr(themes, name)
    raise AttributeError(name)
