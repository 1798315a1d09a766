"""Form widgets shared by every app."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

FILTER_FROM = 20  # options from which a list gets a box that narrows it (hec/static/js/app.js)


def _attrs(attrs: dict[str, Any]) -> SafeString:
    """HTML attributes as Django's attrs.html writes them: in order, True as a bare name,
    False left out."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", k) if v is True else format_html(' {}="{}"', k, str(v)),)
            for k, v in attrs.items()
            if v is not False
        ),
    )


class QuickSelect(forms.Select):
    """A `<select>` with the same markup as Django's, built in Python.

    Django renders every option through a template include (about 0.2 ms each): a chapter's
    people list of a thousand names made that most of a page's time. Used for the selects
    that list people, sessions or organizations.

    A single-choice list of FILTER_FROM options or more, without groups, also carries the
    (translated) words app.js needs to put a box above it that narrows it as you type: a
    phone's picker has no search, and a chapter has hundreds of names."""

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        wanted = {str(v) for v in self.format_value(value)}
        left = [True]  # a single select marks only its first match, as Django does
        counted = {"options": 0, "groups": 0}

        def options(choices: Any) -> str:
            out: list[str] = []
            for option_value, label in choices:
                if isinstance(label, list | tuple):
                    counted["groups"] += 1
                    out.append(
                        format_html(
                            '<optgroup label="{}">{}</optgroup>',
                            option_value,
                            mark_safe(options(label)),  # noqa: S308
                        )
                    )
                    continue
                counted["options"] += 1
                text = "" if option_value is None else str(option_value)
                chosen = text in wanted and (self.allow_multiple_selected or left[0])
                if chosen and not self.allow_multiple_selected:
                    left[0] = False
                mark = " selected" if chosen else ""
                out.append(
                    f'<option value="{escape(text)}"{mark}>{conditional_escape(label)}</option>'
                )
            return "".join(out)

        body = options(self.choices)
        final = self.build_attrs(self.attrs, attrs)
        if (
            counted["options"] >= FILTER_FROM
            and not counted["groups"]
            and not self.allow_multiple_selected
        ):
            final["data-filter"] = _("Type to narrow the list")
            final["data-filter-status"] = _("%(shown)s of %(total)s shown")
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            _attrs(final),
            mark_safe(body),  # noqa: S308 (each part escaped above)
        )
