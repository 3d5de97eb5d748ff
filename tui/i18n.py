"""The app's texts in the reader's language (core.i18n), where Textual keeps them itself.

A class's BINDINGS are made when the class is defined, in English (their descriptions marked
with `N_` for the catalog); `Translated` gives each instance its bindings in the language
chosen at start, so that footers, help and the palette speak it.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from core.i18n import N_, _, language, retell

# Texts that `tui.keys.tab_bindings` writes from its arguments, as templates: told again in the
# reader's language from them (the words filled in are marked where they are given)
BINDING_TEMPLATES = (N_("Previous {label}"), N_("The previous tab: {what}"),
                     N_("The next tab: {what}"))


def tell(text: str) -> str:
    """A binding's text in the current language: a template's, else the text's own."""
    told = retell(text, BINDING_TEMPLATES)
    return told if told != text else _(text)


def translated_binding(binding: Binding) -> Binding:
    """`binding` (a class's, in English) with its description and tooltip in the current
    language."""
    return replace(binding, description=tell(binding.description),
                   tooltip=tell(binding.tooltip) if binding.tooltip else binding.tooltip)


def translate_bindings(node: DOMNode) -> None:
    """Put `node`'s own bindings (its instance copy of the class's) in the current language."""
    if language() == "en":
        return  # (the class's are in English)
    table = node._bindings.key_to_bindings  # Textual keeps an instance's bindings here
    for key, bindings in list(table.items()):
        table[key] = [translated_binding(b) for b in bindings]


class Translated:
    """Mixin for a screen, widget or app with BINDINGS: its bindings in the reader's language."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self)  # type: ignore[arg-type]
