"""Compile the message catalogs (core/locale/*/LC_MESSAGES/*.po → .mo) whenever the package is
built, editable installs included, so that `pip install` gives every language with no extra
step. The `.mo` files are build output (ignored by git, shipped in the wheel as artifacts)."""

from __future__ import annotations

from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogBuildHook(BuildHookInterface):
    PLUGIN_NAME = "catalogs"

    def initialize(self, version: str, build_data: dict) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in sorted(Path(self.root, "core", "locale").glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as f:
                catalog = read_po(f)
            with po.with_suffix(".mo").open("wb") as f:
                write_mo(f, catalog)
