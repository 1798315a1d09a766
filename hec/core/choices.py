"""Choice labels, translated once per language instead of on every `get_FOO_display()`.

Django's own `_get_FIELD_display` rebuilds a dict of every (lazily translated) choice label on
each call, which made a 50-row list spend most of its time in gettext. Models with choice
fields inherit `ChoiceLabelsModel` instead of `models.Model`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.db import models
from django.utils.translation import get_language


@lru_cache(maxsize=1024)
def choice_labels(field: models.Field, language: str | None) -> dict[Any, str]:
    return {value: str(label) for value, label in field.flatchoices}


class ChoiceLabelsModel(models.Model):
    class Meta:
        abstract = True

    def _get_FIELD_display(self, field: models.Field) -> str:  # noqa: N802 - Django's name
        value = getattr(self, field.attname)
        try:
            return choice_labels(field, get_language()).get(value, value)
        except TypeError:  # an unhashable value (e.g. a list): Django's way
            return super()._get_FIELD_display(field)  # type: ignore[misc]
