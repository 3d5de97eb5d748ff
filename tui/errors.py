"""Errors as the app shows them: in the screen body, as cause, fix and Tripletex's requestId, with
fixes that name the app's keys where the CLI's name a command.

Every error is made once, in `core`, with a fix a CLI user can type ("run `rabbitsync config set
employee-token -`"). `app_fix` says the same in the app's words ("press s, …"); the command hints
it knows are the ones core writes (tests/test_tui_errors.py holds it to every one of them).
"""

from __future__ import annotations

import re

_REQUEST_ID = re.compile(r"\s*\(Tripletex requestId: ([^)]*)\)\s*$")

_SETTING = {"base-url": "the environment or URL", "consumer-token": "the consumer token",
            "employee-token": "the API key (employee token)", "company-id": "the company id"}


def _config_set(m: re.Match[str]) -> str:
    return f"in Setup (press s), set {_SETTING.get(m.group(1), 'what is missing')}"


# a command hint as core writes it ("run `rabbitsync …`") → the app's way to do the same
_COMMANDS: tuple[tuple[re.Pattern[str], object], ...] = tuple((re.compile(p), r) for p, r in (
    (r"run `rabbitsync config set employee-token[^`]*`(?: and paste it)?",
     "in Setup (press s), paste it as the API key; ctrl+t saves and tests it"),
    (r"run `rabbitsync config set` again", "save the settings again in Setup (press s)"),
    (r"run `rabbitsync config set ([A-Za-z-]+)[^`]*`", _config_set),
    (r"\(`rabbitsync config show`\)", "(Setup, press s)"),
    (r"`rabbitsync config show`", "Setup (press s)"),
    (r"run `rabbitsync sync --yes` to confirm, or `rabbitsync sync --dry-run` to preview",
     "press y and confirm, or preview with ctrl+p Dry run"),
    (r"run `rabbitsync sync --full`", "run a full sync (ctrl+p Full sync)"),
    (r"run `rabbitsync sync`", "sync (press y)"),
    (r"run `rabbitsync test`", "test the connection (press t)"),
    (r"run `rabbitsync review` to list the (?:pending )?items", "see them in Review (press r)"),
    (r"`rabbitsync review resolve [^ `]+ create`", "create a new one (c)"),
    (r"run `rabbitsync sync --profiles [^`]*` to confirm \(or add --yes to this command\), or "
     r"`rabbitsync --profile [^`]*` to preview",
     "open that profile from Home and press y to confirm its first sync"),
    (r"\(`rabbitsync sync --all` runs every one\)", "(Home lists them)"),
    (r"run `rabbitsync companies` again", "open the company list in Setup again (press s, then ctrl+o)"),
    (r"`rabbitsync companies` lists those it has, and makes a profile for each",
     "Setup's company list (press s, then ctrl+o) shows those it has, and makes a profile for each"),
    (r"with `rabbitsync merge`", "with merge in Browse (press b, then m)"),
    (r"see the keys with `rabbitsync export` \(or in the app's Browse\)", "see the keys in Browse (press b)"),
    (r"\(see `rabbitsync export`\)", "(see Browse, press b)"),
))


def split_error(text: str) -> tuple[str, str, str | None]:
    """`cause. Fix: fix (Tripletex requestId: X)` → (cause, fix, requestId)."""
    request_id = None
    m = _REQUEST_ID.search(text)
    if m:
        request_id = m.group(1).strip() or None
        text = text[: m.start()]
    cause, sep, fix = text.partition(". Fix: ")
    if not sep:
        cause, sep, fix = text.partition("Fix: ")
    return cause.strip().rstrip("."), fix.strip(), request_id


def app_fix(fix: str) -> str:
    """A fix as the app says it: the keys to press instead of the command to run."""
    for pattern, instead in _COMMANDS:
        fix = pattern.sub(instead, fix)  # type: ignore[call-overload]
    return fix


def error_block(text: str, *, request_id: str | None = None, fallback_fix: str = "",
                from_tripletex: bool = False) -> str:
    """An error (its one line) as the screen body shows it: cause, fix and requestId on lines
    of their own, the fix in the app's words. `from_tripletex`: say so when Tripletex gave no
    requestId (it never answered)."""
    cause, fix, rid = split_error(text)
    rid = request_id or rid
    lines = [f"Cause: {cause}"]
    fix = app_fix(fix) or fallback_fix
    if fix:
        lines.append(f"Fix:   {fix}")
    if rid:
        lines.append(f"Tripletex requestId: {rid}")
    elif from_tripletex:
        lines.append("Tripletex requestId: none (no answer from Tripletex)")
    return "\n".join(lines)
