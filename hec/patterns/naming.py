"""Theme names in the reader's language.

The engine names a theme "<category>: <its words>" ("New pattern: <words>" when it fits no
category) in English, and runs store that as the theme's automatic label. The words are the
stories' own and stay as they are; the category part is shown in the reader's language. A
name a person gave is shown as they wrote it.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from hec.listening.taxonomy import CATEGORY_LABELS
from hec.patterns.engine.data import CATEGORY_BY_ID
from hec.patterns.engine.themes import NEW_PATTERN_LABEL

SEPARATOR = ": "
HEADS: dict[str, Promise] = {c.label: CATEGORY_LABELS[cid] for cid, c in CATEGORY_BY_ID.items()}
HEADS[NEW_PATTERN_LABEL] = _("New pattern")


def theme_name(label: str, auto_label: str = "", label_edited: bool = False) -> str:
    """``label`` as the reader sees it: an automatic label with its category in the reader's
    language; a person's name for the theme (or any other text) unchanged."""
    if label_edited or (auto_label and label != auto_label):
        return label
    head, sep, words = label.partition(SEPARATOR)
    shown = HEADS.get(head)
    if shown is None:
        return label
    return f"{shown}{sep}{words}"
