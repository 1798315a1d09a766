"""The chain view of a chapter's themes: downstream effects ← categories ← themes."""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from hec.core.tenancy import ChapterRequest, require
from hec.listening.taxonomy import category_choices
from hec.patterns import chain


class ChainFilterForm(forms.Form):
    category = forms.ChoiceField(label=_("Category"), required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["category"]
        field.choices = [
            ("", _("All categories")),
            *category_choices(),
            (chain.NEW_PATTERN, _("New pattern")),
        ]


@require_GET
@require("themes.view")
def theme_chain(request: ChapterRequest, chapter_slug: str) -> HttpResponse:
    form = ChainFilterForm(request.GET)
    category = form.cleaned_data["category"] if form.is_valid() else ""
    themes = chain.chapter_themes(request.chapter)
    slug = request.chapter.slug

    def href(theme) -> str:
        return reverse("chapter:theme-detail", args=[slug, theme.public_id])

    flows = chain.theme_flows(
        themes, href=href, effect_counts=chain.chapter_effect_counts(themes[: chain.MAX_THEMES * 4])
    )
    context = chain.chain_context(flows, category=category, chain_id="chapter-chain")
    context.update({"form": form, "category": category, "themes_count": len(themes)})
    return render(request, "patterns/theme_chain.html", context)
