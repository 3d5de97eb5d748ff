"""Where rabbitsync keeps its files.

`RABBITSYNC_HOME=DIR` relocates every config, data, state and log file under DIR; otherwise
platformdirs decides. Paths are computed when called, never at import, so tests that set
`RABBITSYNC_HOME` per test work.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from core.i18n import _

APP = "rabbitsync"
_PROFILE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def valid_profile(name: str) -> bool:
    """A profile name is a safe file name: letters, digits, `_`, `.`, `-`."""
    return bool(_PROFILE_RE.fullmatch(name))  # (not `match`: `$` also matches before a "\n")


@dataclass(frozen=True)
class ProfilePaths:
    """Every file of one profile."""

    profile: str
    config_dir: Path
    data_dir: Path
    state_dir: Path
    log_dir: Path
    root: Path | None = None  # the profile's folder when RABBITSYNC_HOME holds everything

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.json"

    @property
    def store_file(self) -> Path:
        return self.data_dir / "store.json"

    @property
    def journal_file(self) -> Path:
        """What writes changed since store.json was last written whole (core.store.journal)."""
        return self.data_dir / "store.journal"

    @property
    def lock_file(self) -> Path:
        return self.state_dir / "sync.lock"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "rabbitsync.log"

    def ensure(self) -> None:
        """Create the folders, private to the user (0700); under `RABBITSYNC_HOME` the profile's
        own folder that holds them is private too."""
        folders = [self.config_dir, self.data_dir, self.state_dir, self.log_dir]
        # under RABBITSYNC_HOME, `profiles/` too: its entries are named after client companies
        mine = [self.root.parent, self.root] if self.root else []
        for d in mine + folders:
            d.mkdir(parents=True, exist_ok=True, mode=0o700)
            with contextlib.suppress(OSError):
                os.chmod(d, 0o700)


def profile_paths(profile: str = "default") -> ProfilePaths:
    """The paths of `profile`, under `RABBITSYNC_HOME` when it is set."""
    if not valid_profile(profile):
        raise ValueError(_("bad profile name {name!r}: use letters, digits, '_', '.', '-'")
                         .format(name=profile))
    home = os.environ.get("RABBITSYNC_HOME")
    if home:
        root = Path(home).expanduser() / "profiles" / profile
        return ProfilePaths(
            profile, root / "config", root / "data", root / "state", root / "log", root
        )
    return ProfilePaths(
        profile,
        Path(platformdirs.user_config_dir(APP)) / profile,
        Path(platformdirs.user_data_dir(APP)) / profile,
        Path(platformdirs.user_state_dir(APP)) / profile,
        Path(platformdirs.user_log_dir(APP)) / profile,
    )


def profile_names() -> list[str]:
    """The profiles that have a configuration file, sorted (under `RABBITSYNC_HOME` when it is
    set): what `sync --all` runs and what `companies` looks through."""
    home = os.environ.get("RABBITSYNC_HOME")
    if home:
        root = Path(home).expanduser() / "profiles"
        found = (d.name for d in _dirs(root) if (d / "config" / "config.json").is_file())
    else:
        root = Path(platformdirs.user_config_dir(APP))
        found = (d.name for d in _dirs(root) if (d / "config.json").is_file())
    return sorted(name for name in found if valid_profile(name))


def _dirs(root: Path) -> list[Path]:
    try:
        return [d for d in root.iterdir() if d.is_dir()]
    except OSError:  # not there yet, or not readable: no profiles
        return []
