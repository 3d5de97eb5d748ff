"""The language a person reads: English or Norwegian bokmål, chosen once per command or app.

Every string shown to a person is written in English in the source and passed through `_`
(or `ngettext`) where it is shown; `N_` marks a string kept in a constant, to be translated
where it is used (`_(CONSTANT)`). The bokmål texts live in a gettext catalog,
`core/locale/nb/LC_MESSAGES/rabbitsync.po`, compiled to `rabbitsync.mo` when the package is
built (hatch_build.py); a checkout without the compiled file reads the `.po` itself.

Numbers, dates and times go through Babel in the language's locale (`number`, `when`, `day`):
"1 998" and "5. des. 2026 kl. 14:30" in bokmål, "1,998" and "5 Dec 2026, 14:30" in English.

The language is chosen (`choose`) from, in order: `--lang`, the profile's `language` setting,
`LC_ALL`, `LC_MESSAGES`, `LANG`, then English. JSON outputs, exit codes and files never change
with it. No I/O but reading the catalog; no Textual.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache, lru_cache
from pathlib import Path

LANGUAGES = ("en", "nb")
DEFAULT = "en"
LANGUAGE_NAMES = {"en": "English", "nb": "Norsk (bokmål)"}
DOMAIN = "rabbitsync"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_BABEL_LOCALE = {"en": "en_GB", "nb": "nb_NO"}

_current = DEFAULT


def N_(message: str) -> str:  # noqa: N802 - gettext's name for "mark, translate later"
    """Mark `message` for the catalog without translating it now (a constant's text)."""
    return message


def normalize(value: str | None) -> str | None:
    """"nb", "no", "nn", "nb_NO.UTF-8", "norsk" → "nb"; "en", "en_US" → "en"; else None."""
    if not value:
        return None
    v = value.strip().lower().replace("-", "_")
    v = v.split(".", 1)[0].split("@", 1)[0]
    head = v.split("_", 1)[0]
    if head in ("nb", "no", "nn", "norsk", "bokmal", "bokmål", "norwegian"):
        return "nb"
    if head in ("en", "english"):
        return "en"
    return None


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of `LC_ALL`, else `LC_MESSAGES`, else `LANG`, as POSIX reads them (the
    first one set decides, even when it names a language we do not have: then None)."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return normalize(value)
    return None


def choose(flag: str | None = None, setting: str | None = None,
           environ: Mapping[str, str] | None = None) -> str:
    """`--lang`, then the profile's setting, then the environment, then English."""
    for value in (flag, setting):
        got = normalize(value)
        if got:
            return got
    return from_environment(environ) or DEFAULT


def set_language(lang: str) -> str:
    """Make `lang` ("en"/"nb") the language of every text from now on; returns it."""
    global _current
    _current = lang if lang in LANGUAGES else DEFAULT
    return _current


def language() -> str:
    return _current


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    mo, po = folder / f"{DOMAIN}.mo", folder / f"{DOMAIN}.po"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as f:
            return gettext.GNUTranslations(f)
    if po.exists():  # a checkout that was not built: compile the catalog in memory
        return _compile(po)
    return gettext.NullTranslations()


def _compile(po: Path) -> gettext.NullTranslations:
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        catalog = read_po(f)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def _(message: str) -> str:
    """`message` in the current language."""
    if _current == "en" or not message:
        return message
    return _translations(_current).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a text for `n`, in the current language."""
    if _current == "en":
        return singular if n == 1 else plural
    return _translations(_current).ngettext(singular, plural, n)


# ---- numbers, dates and times (Babel) ------------------------------------------------------------


def locale_name(lang: str | None = None) -> str:
    return _BABEL_LOCALE[lang or _current]


def number(n: int | float, *, decimals: int | None = None) -> str:
    """A count or amount as the language writes it: "1,998" / "1 998"; `decimals`: exactly that
    many ("0.96" / "0,96")."""
    return _number(_current, n, decimals)


@lru_cache(maxsize=8192)
def _number(lang: str, n: int | float, decimals: int | None) -> str:
    # (Babel takes some microseconds a number; a screen of counts asks for the same ones often)
    from babel.numbers import format_decimal

    if decimals is None:
        return format_decimal(n, locale=_BABEL_LOCALE[lang])
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(n, format=fmt, locale=_BABEL_LOCALE[lang])


def percent(value: float, decimals: int = 0) -> str:
    """A share 0-1 as a percentage: "12%" / "12 %"."""
    from babel import Locale
    from babel.numbers import format_percent

    pattern = Locale.parse(locale_name()).percent_formats[None].pattern  # "#,##0 %" in nb
    fmt = pattern.replace("#,##0", "#,##0" + ("." + "0" * decimals if decimals else ""), 1)
    return format_percent(value, format=fmt, locale=locale_name())


_WHEN = {"en": "d MMM y, HH:mm", "nb": "d. MMM y 'kl.' HH:mm"}
_WHEN_SECONDS = {"en": "d MMM y, HH:mm:ss", "nb": "d. MMM y 'kl.' HH:mm:ss"}
_DAY = {"en": "d MMM y", "nb": "d. MMM y"}


def when(dt: datetime, *, seconds: bool = False) -> str:
    """A moment, in local time when it has a zone: "5 Dec 2026, 14:30" / "5. des. 2026 kl. 14:30"."""
    from babel.dates import format_datetime

    if dt.tzinfo is not None:
        dt = dt.astimezone()
    pattern = (_WHEN_SECONDS if seconds else _WHEN)[_current]
    return format_datetime(dt, pattern, locale=locale_name())


_STAMP = {"en": "yyyy-MM-dd HH:mm", "nb": "dd.MM.y HH:mm"}


def stamp(iso: str | None, *, seconds: bool = False) -> str:
    """A stored moment (ISO text, shown as kept, no zone conversion) in a table's 16 columns:
    "2026-03-02 12:00" / "02.03.2026 12:00"; with `seconds`, ":00" more. Text that is not a
    moment is shown as it is."""
    if not iso:
        return ""
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return iso[:19].replace("T", " ")
    from babel.dates import format_datetime

    pattern = _STAMP[_current] + (":ss" if seconds else "")
    return format_datetime(dt.replace(tzinfo=None), pattern, locale=locale_name())


def day(d: date) -> str:
    """A date: "5 Dec 2026" / "5. des. 2026"."""
    from babel.dates import format_date

    return format_date(d, _DAY[_current], locale=locale_name())


def clock(dt: datetime, *, seconds: bool = False) -> str:
    """A time of day, local when it has a zone: "14:30" (the same in both languages)."""
    if dt.tzinfo is not None:
        dt = dt.astimezone()
    return dt.strftime("%H:%M:%S" if seconds else "%H:%M")


# ---- texts kept in English (the store, JSON), told in the reader's language -----------------


@cache
def _pattern(template: str):
    import re

    parts = re.split(r"\{(\w+)\}", template)
    rx = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(rx + r"\Z", re.S)


def fields_of(template: str, text: str) -> dict[str, str] | None:
    """The fields of `text` when it is `template` (English, with `{fields}`) filled in, else
    None: how a text kept in English is known again to be told in another language."""
    if "{" not in template:
        return {} if text == template else None
    m = _pattern(template).match(text)
    return m.groupdict() if m else None


def retell(text: str, templates: tuple[str, ...]) -> str:
    """A text the store or a JSON output keeps in English, in the reader's language: the first
    of `templates` (English, marked with `N_`, with `{fields}`) that `text` is, translated and
    filled with the same fields; `text` itself when none is."""
    if _current == "en" or not text:
        return text
    for template in templates:
        found = fields_of(template, text)
        if found is not None:
            return _(template).format(**{k: retell_word(v) for k, v in found.items()})
    return text




def retell_word(value: str) -> str:
    """A field of a retold text: translated when it is itself a whole message ("customer")."""
    return _(value) if value and not value[0].isdigit() else value
