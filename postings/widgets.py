"""Choice widgets that write their options in Python, the same HTML as Django's.

Django renders each <option> and each checkbox through a template of its own: the listing's
filter form has 140 of them (101 départements), about 6 ms of every listing page. These
widgets escape each choice's value and label once per process and join strings; the HTML is
exactly Django's (tests/test_listing_widgets.py compares them), so the field group templates,
labels and error messages stay Django's. Grouped choices fall back to Django's templates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from django import forms
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

SELECTED = " selected"


@lru_cache(maxsize=64)
def escaped_choices(choices: tuple[tuple[Any, Any], ...]) -> tuple[tuple[str, str, str], ...]:
    """(value as submitted, escaped value, escaped label) of each choice, once per process."""
    found = []
    for value, label in choices:
        text = "" if value is None else str(value)
        found.append((text, conditional_escape(text), conditional_escape(label)))
    return tuple(found)


def html_attributes(attrs: Mapping[str, Any]) -> str:
    """Attributes as django/forms/widgets/attrs.html writes them (False ones left out)."""
    return "".join(
        f" {name}" if value is True else f' {name}="{conditional_escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


class FastChoicesMixin:
    """Renders the options without templates when the choices are flat (no groups)."""

    def render(
        self, name: str, value: Any, attrs: dict | None = None, renderer: Any = None
    ) -> SafeString:
        choices = tuple(self.choices)
        if any(isinstance(label, list | tuple) for _, label in choices):
            return super().render(name, value, attrs, renderer)
        attrs = self.build_attrs(self.attrs, attrs)
        picked = self.picked(self.format_value(value), choices)
        return mark_safe(self.write(name, attrs, escaped_choices(choices), picked))  # noqa: S308

    def picked(self, values: list[str], choices: Iterable[tuple[Any, Any]]) -> set[int]:
        """Indexes of the selected choices (the first match only for a single select)."""
        picked = set()
        for index, (choice, _) in enumerate(choices):
            if ("" if choice is None else str(choice)) in values:
                picked.add(index)
                if not self.allow_multiple_selected:
                    break
        return picked


class FastSelect(FastChoicesMixin, forms.Select):
    def write(
        self,
        name: str,
        attrs: dict[str, Any],
        choices: tuple[tuple[str, str, str], ...],
        picked: set[int],
    ) -> str:
        if self.allow_multiple_selected:
            attrs["multiple"] = True
        # The newlines are those of Django's select.html and select_option.html.
        options = "".join(
            f'\n  <option value="{value}"{SELECTED if index in picked else ""}>{label}</option>\n'
            for index, (_, value, label) in enumerate(choices)
        )
        opening = f'<select name="{conditional_escape(name)}"{html_attributes(attrs)}>'
        return f"{opening}{options}\n</select>"


class FastSelectMultiple(FastSelect, forms.SelectMultiple):
    pass


class FastCheckboxSelectMultiple(FastChoicesMixin, forms.CheckboxSelectMultiple):
    def write(
        self,
        name: str,
        attrs: dict[str, Any],
        choices: tuple[tuple[str, str, str], ...],
        picked: set[int],
    ) -> str:
        box_id = attrs.get("id")
        boxes = []
        for index, (_, value, label) in enumerate(choices):
            box_attrs = dict(attrs)
            if index in picked:
                box_attrs.update(self.checked_attribute)
            if "id" in box_attrs:
                box_attrs["id"] = self.id_for_label(box_attrs["id"], str(index))
            label_for = (
                f' for="{conditional_escape(box_attrs["id"])}"' if box_attrs.get("id") else ""
            )
            # The newlines are those of Django's input.html, input_option.html and
            # checkbox_option.html.
            boxes.append(
                f"<div>\n    <label{label_for}>"
                f'<input type="{self.input_type}" name="{conditional_escape(name)}" '
                f'value="{value}"{html_attributes(box_attrs)}>\n {label}</label>\n\n</div>'
            )
        opening = f' id="{conditional_escape(box_id)}"' if box_id else ""
        if attrs.get("class"):
            opening += f' class="{conditional_escape(attrs["class"])}"'
        return f"<div{opening}>{''.join(boxes)}\n</div>"
