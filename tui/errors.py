"""Errors as the app shows them: in the screen body, as cause, fix and Tripletex's requestId, with
fixes that name the app's keys where the CLI's name a command.

Every error is made once, in `core`, with a fix a CLI user can type ("run `rabbitsync config set
employee-token -`"). `app_fix` says the same in the app's words ("press s, …"); the command hints
it knows are the ones core writes (tests/test_tui_errors.py holds it to every one of them).

In the reader's language (core.i18n): an error's one line says "Fix:" or the language's word for it
("Løsning:", core.errors.RabbitError.one_line), and a command hint "run `…`" or "kjør `…`"; the
app's words for the fix are translated.
"""

from __future__ import annotations

import re
from functools import cache

from core.i18n import N_, _

_FIX_TEMPLATE = "Fix: {fix}"  # core.errors.RabbitError.one_line's (and its translation's)
_REQUEST_ID_TEMPLATE = "(Tripletex requestId: {id})"

_SETTING = {"base-url": N_("the environment or URL"), "consumer-token": N_("the consumer token"),
            "employee-token": N_("the API key (employee token)"),
            "company-id": N_("the company id")}


def _config_set(m: re.Match[str]) -> str:
    return _("in Setup (press s), set {what}").format(
        what=_(_SETTING.get(m.group(1), N_("what is missing"))))


@cache
def _labels(told_fix: str, told_request_id: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The fix's labels ("Fix: ", and the language's "Løsning: "), and the requestId's pattern,
    from core's templates and their translations."""
    fixes = tuple(dict.fromkeys(t.split("{fix}")[0] for t in (told_fix, _FIX_TEMPLATE)))
    ids = "|".join(re.escape(t.split("{id}")[0]) for t in dict.fromkeys(
        (told_request_id, _REQUEST_ID_TEMPLATE)))
    return fixes, re.compile(r"\s*(?:" + ids + r")([^)]*)\)\s*$")


# a command hint as core writes it ("run `rabbitsync …`") → the app's way to do the same
# (core's hints in either language: "run" is "kjør (så)", "and paste it" "og lim den inn",
# "again" "igjen" in bokmål)
def _either(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("run `", "(?:run|kjør(?: så)?) `")
                      .replace("(?: and paste it)?", "(?: and paste it| og lim den inn)?")
                      .replace("` again", "` (?:again|igjen)"))


_COMMANDS: tuple[tuple[re.Pattern[str], object], ...] = tuple((
    _either(p), r) for p, r in (
    (r"run `rabbitsync config set employee-token[^`]*`(?: and paste it)?",
     N_("in Setup (press s), paste it as the API key; ctrl+t saves and tests it")),
    (r"run `rabbitsync config set` again", N_("save the settings again in Setup (press s)")),
    (r"run `rabbitsync config set ([A-Za-z-]+)[^`]*`", _config_set),
    (r"\(`rabbitsync config show`\)", N_("(Setup, press s)")),
    (r"`rabbitsync config show`", N_("Setup (press s)")),
    (r"run `rabbitsync sync --yes` to confirm, or `rabbitsync sync --dry-run` to preview",
     N_("press y and confirm, or preview with ctrl+p Dry run")),
    (r"run `rabbitsync sync --full`", N_("run a full sync (ctrl+p Full sync)")),
    (r"run `rabbitsync sync`", N_("sync (press y)")),
    (r"run `rabbitsync test`", N_("test the connection (press t)")),
    (r"run `rabbitsync review` to list the (?:pending )?items",
     N_("see them in Review (press r)")),
    (r"`rabbitsync review resolve [^ `]+ create`", N_("create a new one (c)")),
    (r"run `rabbitsync sync --profiles [^`]*` to confirm \(or add --yes to this command\), or "
     r"`rabbitsync --profile [^`]*` to preview",
     N_("open that profile from Home and press y to confirm its first sync")),
    (r"\(`rabbitsync sync --all` runs every one\)", N_("(Home lists them)")),
    (r"run `rabbitsync companies` again",
     N_("open the company list in Setup again (press s, then ctrl+o)")),
    (r"`rabbitsync companies` lists those it has, and makes a profile for each",
     N_("Setup's company list (press s, then ctrl+o) shows those it has, and makes a profile "
        "for each")),
    (r"with `rabbitsync merge`", N_("with merge in Browse (press b, then m)")),
    (r"see the keys with `rabbitsync export` \(or in the app's Browse\)",
     N_("see the keys in Browse (press b)")),
    (r"\(see `rabbitsync export`\)", N_("(see Browse, press b)")),
))


def split_error(text: str) -> tuple[str, str, str | None]:
    """`cause. Fix: fix (Tripletex requestId: X)` → (cause, fix, requestId); "Fix:" in English
    or in the reader's language ("Løsning:")."""
    fixes, request_id_pattern = _labels(_(_FIX_TEMPLATE), _(_REQUEST_ID_TEMPLATE))
    request_id = None
    m = request_id_pattern.search(text)
    if m:
        request_id = m.group(1).strip() or None
        text = text[: m.start()]
    for seps in ([". " + f for f in fixes], list(fixes)):  # the first label in the text
        found = [(i, sep) for sep in seps if (i := text.find(sep)) >= 0]
        if found:
            i, sep = min(found)
            return text[:i].strip().rstrip("."), text[i + len(sep):].strip(), request_id
    return text.strip().rstrip("."), "", request_id


def app_fix(fix: str) -> str:
    """A fix as the app says it: the keys to press instead of the command to run."""
    for pattern, instead in _COMMANDS:
        if isinstance(instead, str):
            instead = _(instead).replace("\\", "\\\\")  # (no group references in the words)
        fix = pattern.sub(instead, fix)  # type: ignore[call-overload]
    return fix


def error_block(text: str, *, request_id: str | None = None, fallback_fix: str = "",
                from_tripletex: bool = False) -> str:
    """An error (its one line) as the screen body shows it: cause, fix and requestId on lines
    of their own, the fix in the app's words. `from_tripletex`: say so when Tripletex gave no
    requestId (it never answered)."""
    cause, fix, rid = split_error(text)
    rid = request_id or rid
    lines = [_("Cause: {cause}").format(cause=cause)]
    fix = app_fix(fix) or fallback_fix
    if fix:
        lines.append(_("Fix:   {fix}").format(fix=fix))
    if rid:
        lines.append(_("Tripletex requestId: {id}").format(id=rid))
    elif from_tripletex:
        lines.append(_("Tripletex requestId: none (no answer from Tripletex)"))
    return "\n".join(lines)
