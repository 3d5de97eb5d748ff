"""Profiles of an accounting office's client companies: which profile syncs a company, and
making one for each company chosen (the `companies` command and the app's picker).

A profile syncs a company when its config has the same base URL and that company id. A profile
made for a company gets the same base URL and tokens as the config the companies were listed
with, the company's id, and a name made from the company's name (`Fjordkraft AS` →
`fjordkraft-as`; `fjordkraft-as-2` when that is taken). Tokens that came from the environment
are not written (no token given in the environment is ever persisted): the new profile then
needs the same variables when it syncs, which `MadeProfile.unsaved` says.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from core.config import SECRET_ATTRS, Config, load_config, save_config
from core.errors import ConfigError
from core.paths import profile_names, profile_paths, valid_profile

NAME_MAX = 60  # characters of a made profile name (the rule allows 64: room for "-NN")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ß": "ss", "&": "-"})


class CompanyLike(Protocol):
    """What a profile is made from: a company's id and name (core.tripletex.companies.Company,
    or a row of core.views.companies)."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


@dataclass(frozen=True)
class MadeProfile:
    """A profile for a company: made now (`created`), or the one that already synced it."""

    profile: str
    company_id: int
    company_name: str
    created: bool
    unsaved: list[str] = field(default_factory=list)  # config keys left to the environment


def company_id_of(cfg: Config) -> int | None:
    """The client company a config acts in; None for the token owner's own company."""
    cid = str(cfg.company_id or "").strip()
    return int(cid) if cid.isascii() and cid.isdigit() and int(cid) != 0 else None


def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/").casefold() == b.rstrip("/").casefold()


def profiles_by_company(base_url: str) -> dict[int, str]:
    """Company id → the profile that syncs it at `base_url` (the first by name when several
    do). Profiles whose config cannot be read are left out. The files' values count, not the
    environment's (which would give every profile the same company)."""
    out: dict[int, str] = {}
    for name in profile_names():
        try:
            cfg = load_config(profile_paths(name), env=False)
        except ConfigError:
            continue
        cid = company_id_of(cfg)
        if cid is not None and _same_url(cfg.base_url, base_url):
            out.setdefault(cid, name)
    return out


def profile_slug(company_name: str, company_id: int) -> str:
    """A profile name from a company's name: lower case, æ/ø/å spelt out, accents dropped,
    words joined with `-` (`Bjørnstad & Sønn AS` → `bjornstad-sonn-as`)."""
    text = unicodedata.normalize("NFKD", company_name.casefold().translate(_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    slug = _NOT_WORD.sub("-", text).strip("-")[:NAME_MAX].strip("-")
    return slug if slug and valid_profile(slug) else f"company-{company_id}"


def unique_name(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base-2`, `base-3`, … : the first not in `taken`."""
    used = set(taken)
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def make_profiles(cfg: Config, companies: Sequence[CompanyLike]) -> list[MadeProfile]:
    """A profile for each company (in order) that no profile syncs yet at `cfg`'s base URL,
    with `cfg`'s base URL, tokens and sync interval and the company's id; a company already
    synced gets its profile back (`created` False). ConfigError when a file cannot be written
    (the profiles made before it stay)."""
    by_company = profiles_by_company(cfg.base_url)
    taken = set(profile_names())
    unsaved = [attr.replace("_", "-") for attr in SECRET_ATTRS if cfg.sources.get(attr) == "env"]
    out: list[MadeProfile] = []
    for company in companies:
        existing = by_company.get(company.id)
        if existing is not None:
            out.append(MadeProfile(existing, company.id, company.name, created=False))
            continue
        name = unique_name(profile_slug(company.name, company.id), taken)
        made = Config(
            base_url=cfg.base_url,
            consumer_token="" if "consumer-token" in unsaved else cfg.consumer_token,
            employee_token="" if "employee-token" in unsaved else cfg.employee_token,
            company_id=str(company.id),
            sync_interval_minutes=cfg.sync_interval_minutes,
        )
        save_config(profile_paths(name), made)
        taken.add(name)
        by_company[company.id] = name
        out.append(MadeProfile(name, company.id, company.name, created=True, unsaved=unsaved))
    return out


def office_profiles(names: Iterable[str]) -> list[str]:
    """Of `names`, the profiles that hold an accounting office's key: no company id of their
    own, and the same base URL and tokens as a profile that has a client's company id. With
    company id 0 such a key lists its clients and syncs nothing (API-NOTES.md §2), so
    `sync --all` leaves these out (a company's own key has no clients to share it with)."""
    configs: dict[str, Config] = {}
    for name in names:
        try:
            configs[name] = load_config(profile_paths(name))
        except ConfigError:
            continue

    def pair(cfg: Config) -> tuple[str, str, str]:
        return (cfg.base_url.rstrip("/").casefold(), cfg.consumer_token, cfg.employee_token)

    clients = {pair(c) for c in configs.values() if company_id_of(c) is not None}
    return [n for n, c in configs.items()
            if company_id_of(c) is None and c.employee_token and pair(c) in clients]
