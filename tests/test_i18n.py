"""The language a person reads: how it is chosen, the catalog's completeness, and numbers and
dates as each language writes them (Babel)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core import i18n
from core.config import set_value
from core.i18n import _, choose, day, number, percent, retell, set_language, when
from core.paths import profile_paths
from tests.i18n_tools import catalog, missing

NBSP = "\u00a0"


@pytest.mark.parametrize(("flag", "setting", "env", "expected"), [
    ("nb", "en", {"LANG": "en_US.UTF-8"}, "nb"),  # the flag first
    ("en", "nb", {"LANG": "nb_NO.UTF-8"}, "en"),
    (None, "nb", {"LANG": "en_US.UTF-8"}, "nb"),  # then the profile's setting
    (None, "en", {"LC_ALL": "nb_NO.UTF-8"}, "en"),
    (None, None, {"LANG": "nb_NO.UTF-8"}, "nb"),  # then the environment
    (None, None, {"LC_MESSAGES": "nb_NO.UTF-8", "LANG": "en_GB.UTF-8"}, "nb"),
    (None, None, {"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"}, "en"),
    (None, None, {"LC_ALL": "C", "LANG": "nb_NO.UTF-8"}, "en"),  # LC_ALL=C decides: English
    (None, None, {"LANG": "nn_NO.UTF-8"}, "nb"),  # nynorsk readers get bokmål before English
    (None, None, {"LANG": "no_NO"}, "nb"),
    (None, None, {"LANG": "de_DE.UTF-8"}, "en"),  # then the fallback
    (None, None, {}, "en"),
    (None, "", {}, "en"),
])
def test_the_language_is_the_flag_then_the_setting_then_the_environment_then_english(
        flag, setting, env, expected) -> None:
    assert choose(flag, setting, env) == expected


def test_the_profiles_setting_is_saved_and_checked() -> None:
    paths = profile_paths("default")
    assert set_value(paths, "language", "nb").language == "nb"
    from core.config import load_config

    assert load_config(paths).language == "nb"
    from core.errors import UsageError

    with pytest.raises(UsageError, match="language 'de'"):
        set_value(paths, "language", "de")


def test_numbers_are_written_as_each_language_writes_them() -> None:
    set_language("en")
    assert number(1998) == "1,998"
    assert number(0.956, decimals=2) == "0.96"
    assert percent(0.163, 1) == "16.3%"
    set_language("nb")
    assert number(1998) == f"1{NBSP}998"
    assert number(1234567) == f"1{NBSP}234{NBSP}567"
    assert number(0.956, decimals=2) == "0,96"
    assert percent(0.163, 1) == f"16,3{NBSP}%"


def test_dates_and_times_are_written_as_each_language_writes_them() -> None:
    moment = datetime(2026, 12, 5, 14, 30)
    set_language("en")
    assert when(moment) == "5 Dec 2026, 14:30"
    assert day(date(2026, 5, 17)) == "17 May 2026"
    set_language("nb")
    assert when(moment) == "5. des. 2026 kl. 14:30"
    assert when(moment, seconds=True) == "5. des. 2026 kl. 14:30:00"
    assert day(date(2026, 5, 17)) == "17. mai 2026"


def test_a_stored_english_text_is_retold_in_bokmal_and_kept_otherwise() -> None:
    templates = ("Fix: {fix}",)
    set_language("en")
    assert retell("Fix: run it again", templates) == "Fix: run it again"
    set_language("nb")
    assert retell("Fix: run it again", templates) == "Løsning: run it again"
    assert retell("something else", templates) == "something else"
    assert _("Fix: {fix}") == "Løsning: {fix}"


def test_every_marked_string_has_a_bokmal_translation() -> None:
    """Walk the code for every string marked for translation (and every word counted with
    core.words.plural) and the bokmål catalog: none may be missing."""
    gaps = missing()
    listed = "\n".join(f"{where[0]}: {msg!r}" for msg, where in list(gaps.items())[:40])
    assert not gaps, f"{len(gaps)} strings without a bokmål translation:\n{listed}"


def test_the_catalog_keeps_every_field_of_each_message() -> None:
    """A translation that loses or renames a {field} would fail (or say less) at run time."""
    import re

    field = re.compile(r"\{(\w*)[^{}]*\}")
    bad = []
    for msg in catalog():
        if not msg.id or not msg.string:
            continue
        ids = msg.id if isinstance(msg.id, tuple | list) else (msg.id,)
        strings = msg.string if isinstance(msg.string, tuple | list) else (msg.string,)
        want = set(field.findall(ids[0])) | set(field.findall(ids[-1]))
        for s in strings:
            got = set(field.findall(s))
            if got - want or (len(ids) == 1 and got != want):
                bad.append((ids[0], s))
        pct = set(re.findall(r"%\(\w+\)[sdr]", ids[0]))
        if pct and any(set(re.findall(r"%\(\w+\)[sdr]", s)) != pct for s in strings):
            bad.append((ids[0], strings[0]))
    assert not bad, bad[:20]


def test_a_built_catalog_is_read_and_a_checkout_without_one_reads_the_po(
        tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`pip install` builds rabbitsync.mo beside the .po (hatch_build.py); without it, or when
    the .po is newer, the .po is read."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import write_po

    folder = tmp_path / "nb" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    original = i18n.LOCALE_DIR
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)

    def catalog_of(text: str) -> Catalog:
        cat = Catalog(locale="nb")
        cat.add("Home", text)
        return cat

    with (folder / "rabbitsync.po").open("wb") as f:
        write_po(f, catalog_of("Hjem (po)"))
    set_language("nb")
    i18n._translations.cache_clear()
    assert _("Home") == "Hjem (po)"
    with (folder / "rabbitsync.mo").open("wb") as f:
        write_mo(f, catalog_of("Hjem (mo)"))
    i18n._translations.cache_clear()
    assert _("Home") == "Hjem (mo)"
    monkeypatch.setattr(i18n, "LOCALE_DIR", original)
    i18n._translations.cache_clear()  # the next test reads the real catalog again
