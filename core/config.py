"""A profile's configuration: base URL, tokens, company id and app settings.

The file is JSON, written with mode 0600 through a temp file and `os.replace`. Environment
variables `RABBITSYNC_BASE_URL`, `RABBITSYNC_CONSUMER_TOKEN`, `RABBITSYNC_EMPLOYEE_TOKEN` and
`RABBITSYNC_COMPANY_ID` override the file. A file that cannot be read is never overwritten:
the user gets its path and the cause.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from core.disk import write_error
from core.errors import ConfigError, UsageError
from core.i18n import LANGUAGES, _
from core.paths import ProfilePaths
from core.secret import Secret
from core.tripletex.endpoints import PRODUCTION_URL, check_base_url, environment_name

ENV_OVERRIDES = {
    "base_url": "RABBITSYNC_BASE_URL",
    "consumer_token": "RABBITSYNC_CONSUMER_TOKEN",
    "employee_token": "RABBITSYNC_EMPLOYEE_TOKEN",
    "company_id": "RABBITSYNC_COMPANY_ID",
}
# command-line key -> attribute
KEYS = {
    "base-url": "base_url",
    "consumer-token": "consumer_token",
    "employee-token": "employee_token",
    "company-id": "company_id",
    "sync-interval": "sync_interval_minutes",
    "language": "language",
}
SECRET_ATTRS = ("consumer_token", "employee_token")
DEFAULT_SYNC_INTERVAL_MINUTES = 15


@dataclass
class Config:
    """One profile's settings. Tokens are secrets: print them only through `mask`; they are
    held as `Secret`, whose repr masks them (so does this dataclass's repr)."""

    base_url: str = PRODUCTION_URL
    consumer_token: str = ""
    employee_token: str = ""
    company_id: str = ""  # empty or "0": the token owner's own company
    sync_interval_minutes: int = DEFAULT_SYNC_INTERVAL_MINUTES
    language: str = ""  # "en", "nb", or empty: the environment's (core.i18n.choose)
    sources: dict[str, str] = field(default_factory=dict, compare=False)  # attr -> "env"/"file"

    def __setattr__(self, name: str, value: object) -> None:
        if name in SECRET_ATTRS and isinstance(value, str) and not isinstance(value, Secret):
            value = Secret(value)  # however it is set: __init__, replace, load_config
        super().__setattr__(name, value)

    def secrets(self) -> list[str]:
        """Every secret in this config, for redaction."""
        return [s for s in (self.consumer_token, self.employee_token) if s]

    def missing(self) -> list[str]:
        """The command-line keys that must be set before Tripletex can be reached."""
        out = []
        if not self.base_url:
            out.append("base-url")
        if not self.consumer_token:
            out.append("consumer-token")
        if not self.employee_token:
            out.append("employee-token")
        return out

    def environment_name(self) -> str:
        """`production`, `test` or the custom URL's host."""
        return environment_name(self.base_url)

    def shown(self) -> dict[str, str]:
        """The values as `config show` prints them: tokens masked (and the notes in the reader's
        language: `config show --json` runs in English)."""
        out = {}
        for key, attr in KEYS.items():
            value = getattr(self, attr)
            text = mask(value) if attr in SECRET_ATTRS else str(value)
            src = self.sources.get(attr)
            if src == "env":
                text += "  " + _("(from {variable})").format(variable=ENV_OVERRIDES[attr])
            out[key] = text
        return out


def mask(token: str) -> str:
    """Show that a token is set and its last four characters, never more."""
    if not token:
        return _("(not set)")
    if len(token) <= 8:
        return "•" * 8
    return "•" * 8 + token[-4:]


def validate_base_url(url: str) -> str:
    """A base URL as `config set` and Setup take it (`core.tripletex.endpoints.check_base_url`)."""
    return check_base_url(url, UsageError)


def validate_value(attr: str, value: str) -> str | int:
    """Check one value as `config set` and the setup screen take it."""
    value = value.strip()
    if attr == "base_url":
        return validate_base_url(value)
    if attr in SECRET_ATTRS:
        if not value or any(c.isspace() or not c.isprintable() for c in value):
            raise UsageError(
                _("a token cannot be empty or contain spaces or control characters"),
                _("paste the token exactly as Tripletex shows it"),
            )
        if value == "-":  # `config set employee-token -` reads the token; it is never one
            raise UsageError(_("- is not a token"),
                             _("paste the token exactly as Tripletex shows it"))
        return value
    if attr == "company_id":
        if value and not (value.isascii() and value.isdigit()):
            raise UsageError(
                _("company id {value!r} is not a number").format(value=value),
                _("give the client company's numeric id, or 0 for the token owner's own "
                  "company"),
            )
        return value
    if attr == "sync_interval_minutes":
        if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= 1440:
            raise UsageError(_("sync interval must be whole minutes from 1 to 1440"),
                             _("e.g. 15"))
        return int(value)
    if attr == "language":
        if value and value not in LANGUAGES:
            raise UsageError(_("language {value!r} is not one we have").format(value=value),
                             _("nb (norsk bokmål), en (English), or empty for the environment's"))
        return value
    raise UsageError(_("unknown config key {key!r}").format(key=attr),
                     _("keys: {keys}").format(keys=", ".join(KEYS)))


def load_config(paths: ProfilePaths, *, env: bool = True) -> Config:
    """Read the profile's config file (absent = defaults) and apply environment overrides."""
    cfg = Config()
    path = paths.config_file
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError(_("the top level is not an object"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ConfigError(
                _("config file {path} cannot be read ({error}: {detail})").format(
                    path=path, error=type(exc).__name__, detail=_short(exc)),
                _("fix or remove the file, then run `rabbitsync config set` again; it was left "
                  "as it is"),
            ) from None
        for attr in ("base_url", "consumer_token", "employee_token", "company_id"):
            v = raw.get(attr)
            if isinstance(v, str):
                setattr(cfg, attr, v)
                cfg.sources[attr] = "file"
        if isinstance(raw.get("sync_interval_minutes"), int):
            cfg.sync_interval_minutes = raw["sync_interval_minutes"]
        if raw.get("language") in LANGUAGES:
            cfg.language = raw["language"]
    if env:
        for attr, var in ENV_OVERRIDES.items():
            v = os.environ.get(var)
            if v:
                setattr(cfg, attr, v.strip())
                cfg.sources[attr] = "env"
    return cfg


def save_config(paths: ProfilePaths, cfg: Config) -> None:
    """Write the file-held values (env overrides are not written) atomically, mode 0600;
    ConfigError (cause and fix) when the disk refuses."""
    try:
        paths.ensure()
    except OSError as exc:
        raise write_error(exc, paths.config_file, _("the configuration"), ConfigError) from None
    on_disk = load_config(paths, env=False) if paths.config_file.exists() else Config()
    data = asdict(cfg)
    data.pop("sources", None)
    for attr, src in cfg.sources.items():
        if src == "env":  # never persist what came from the environment
            data[attr] = getattr(on_disk, attr)
    try:
        write_private_json(paths.config_file, data)
    except OSError as exc:  # a full or read-only disk: the file stays as it was
        raise write_error(exc, paths.config_file, _("the configuration"), ConfigError) from None


def set_value(paths: ProfilePaths, key: str, value: str) -> Config:
    """`config set KEY VALUE`."""
    attr = KEYS.get(key)
    if attr is None:
        raise UsageError(_("unknown config key {key!r}").format(key=key),
                         _("keys: {keys}").format(keys=", ".join(KEYS)))
    cfg = load_config(paths, env=False)
    setattr(cfg, attr, validate_value(attr, value))
    save_config(paths, cfg)
    return cfg


def with_values(cfg: Config, **values: object) -> Config:
    """A copy of `cfg` with some values replaced (for the setup screen)."""
    return replace(cfg, **values)


def write_private_json(path: Path, data: object) -> None:
    """Write JSON through a temp file, fsync and `os.replace`, mode 0600."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:160] if str(exc) else _("unreadable")
