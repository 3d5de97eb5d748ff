"""The Setup screen: where Tripletex is, the two tokens, the company id and the sync interval.

Each value is checked as it is typed (`core.config.validate_value`), with a one-line error under
its field. ctrl+o (Client companies) lists the companies an accounting office's key may act for
(core.sync.office) in a picker (tui.screens.companies) and makes a profile for each chosen. Tokens are password fields and are never shown again: once saved, the field is empty
with the masked token as placeholder, and an empty field keeps the saved token.
"""

from __future__ import annotations

import logging

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from core.cli.companies import made_text as cli_made_text
from core.config import (
    ENV_OVERRIDES,
    SECRET_ATTRS,
    Config,
    load_config,
    mask,
    save_config,
    validate_value,
    with_values,
)
from core.errors import RabbitError
from core.paths import ProfilePaths
from core.sync.office import CompanyRow, MadeProfile, list_companies, make_profiles
from core.tripletex.endpoints import ENVIRONMENTS, environment_of
from tui.errors import app_fix, split_error
from tui.messages import ConfigSaved, ProfilesChanged
from tui.screens.base import PlaceScreen, footer, title_bar

log = logging.getLogger("rabbitsync.tui")

FIELDS = (  # attr, label, password
    ("base_url", "Custom URL", False),
    ("consumer_token", "Consumer token", True),
    ("employee_token", "API key", True),
    ("company_id", "Company id", False),
    ("sync_interval_minutes", "Sync every (min)", False),
)
# where each value comes from, under its field (an error takes the place while there is one)
HINTS = {
    "base_url": "a sandbox or a proxy; the address ends in /v2",
    "consumer_token": "the integration's token from Tripletex, not your own key",
    "employee_token": "Bruker – Min profil – Mer – API Tilgang → Ny nøkkel, appnavn "
                      "rabbitsync → Tilpasset oppsett → Alle tilganger",
    "company_id": "an accounting office's key: its client company (ctrl+o)",
    "sync_interval_minutes": "between automatic syncs while the app runs",
}
API_SWITCH = "In Tripletex, Selskap – Vår kundeside: API 2.0 (Integrasjoner) must be on."
ENVIRONMENT_LABELS = (("production", "Production"), ("test", "Test environment"), ("custom", "Custom URL"))


class SetupScreen(PlaceScreen):
    """Enter and save the profile's connection settings; ctrl+s saves."""

    PLACE = "Setup"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="setup.save", tooltip="Check and save the settings"),
        Binding("ctrl+t", "save_and_test", "Save+test", id="setup.save_test",
                tooltip="Save the settings, then test the connection to Tripletex"),
        Binding("ctrl+o", "companies", "Companies", id="setup.companies",
                tooltip="An accounting office's key: list the client companies it may act for "
                "and make a profile for each one chosen (saves the settings first)"),
    ]

    def __init__(self, paths: ProfilePaths, *, cursor_blink: bool = True) -> None:
        super().__init__(paths.profile, id="setup-screen")
        self.paths = paths
        self.cursor_blink = cursor_blink
        self.cfg = Config()
        self.load_error: str | None = None
        try:
            self.cfg = load_config(paths)
        except RabbitError as exc:
            self.load_error = exc.one_line()

    def compose(self) -> ComposeResult:
        yield title_bar()
        with VerticalScroll(id="setup-form"):
            with Horizontal(classes="field-row"):
                yield Label("Environment", classes="field-label")
                with RadioSet(id="environment"):
                    env = environment_of(self.cfg.base_url)
                    for key, label in ENVIRONMENT_LABELS:
                        yield RadioButton(label, value=key == env, id=f"env-{key}")
            for attr, label, password in FIELDS:
                with Vertical(classes="field", id=f"field-{attr}"):
                    with Horizontal(classes="field-row"):
                        yield Label(label, classes="field-label")
                        yield Input(
                            value=self._initial(attr),
                            placeholder=self._placeholder(attr),
                            password=password,
                            id=f"input-{attr}",
                            classes="field-input",
                        )
                    yield Static(HINTS[attr], id=f"error-{attr}", classes="field-error",
                                 markup=False)
            with Horizontal(id="setup-buttons"):
                yield Button("Save (^s)", id="save", variant="primary")
                yield Button("Save and test (^t)", id="save-test")
                yield Button("Client companies (^o)", id="companies")
            yield Static(self._status_text(), id="setup-status", markup=False)
            yield Static(API_SWITCH, id="setup-note", markup=False)
        yield footer()

    def on_mount(self) -> None:
        super().on_mount()
        for inp in self.query(Input):
            inp.cursor_blink = self.cursor_blink
        self._custom_enabled(environment_of(self.cfg.base_url) == "custom")
        if self.load_error:
            self._status(self.load_error, error=True)
        self.query_one(RadioSet).focus()

    # ---- what the fields show ---------------------------------------------------------------
    def _initial(self, attr: str) -> str:
        if attr in SECRET_ATTRS:
            return ""  # a token is never put back on screen
        if attr == "base_url":
            return self.cfg.base_url if environment_of(self.cfg.base_url) == "custom" else ""
        return str(getattr(self.cfg, attr))

    def _placeholder(self, attr: str) -> str:
        env_note = f" (from {ENV_OVERRIDES[attr]})" if self.cfg.sources.get(attr) == "env" else ""
        if attr in SECRET_ATTRS:
            token = getattr(self.cfg, attr)
            return (f"{mask(token)}  empty keeps it" if token else "paste the token") + env_note
        if attr == "base_url":
            return "e.g. http://127.0.0.1:8765/v2"
        if attr == "company_id":
            return "empty = the key's own company" + env_note
        return ""

    def _status_text(self) -> str:
        if self.load_error:
            return self.load_error
        if not self.paths.config_file.exists():
            return "Not configured yet. Fill in the fields and press ctrl+s (or Save)."
        return f"Profile {self.paths.profile}. Change a value and press ctrl+s (or Save)."

    def _status(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#setup-status", Static)
        status.update(text)
        status.set_class(error, "error")
        if error:  # below the fold at 80x24 when the form is long: bring it into view
            self.call_after_refresh(status.scroll_visible, animate=False)

    def _custom_enabled(self, enabled: bool) -> None:
        url = self.query_one("#input-base_url", Input)
        url.disabled = not enabled
        if not enabled:
            url.value = ""  # an environment chosen: its URL is Tripletex's, not the custom one
            self._show_error("base_url", "")
        self.query_one("#error-base_url", Static).display = enabled

    def _show_error(self, attr: str, text: str) -> None:
        """`text` under the field in the error colour, or its hint when there is no error."""
        err = self.query_one(f"#error-{attr}", Static)
        err.update(text or HINTS[attr])
        err.set_class(bool(text), "error")

    def environment(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return (pressed.id or "env-production").removeprefix("env-") if pressed else "production"

    # ---- checking -----------------------------------------------------------------------------
    def _check(self, attr: str, value: str) -> tuple[object | None, str]:
        """(the valid value or None for "keep", error text)."""
        if attr in SECRET_ATTRS and not value.strip():
            return None, ""  # empty keeps the saved token
        if attr == "company_id" and not value.strip():
            return "", ""
        try:
            return validate_value(attr, value), ""
        except RabbitError as exc:
            return None, exc.one_line()

    @on(Input.Changed, ".field-input")
    def _changed(self, event: Input.Changed) -> None:
        attr = (event.input.id or "").removeprefix("input-")
        if attr == "base_url" and not event.value.strip():
            self._show_error(attr, "")
            return
        self._show_error(attr, self._check(attr, event.value)[1])

    @on(RadioSet.Changed)
    def _env_changed(self, event: RadioSet.Changed) -> None:
        custom = self.environment() == "custom"
        self._custom_enabled(custom)
        if custom:
            self.query_one("#input-base_url", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.focus_next()

    def collect(self) -> tuple[Config | None, list[str]]:
        """The config the form describes, or None and the errors (field: cause. Fix: …)."""
        values: dict[str, object] = {}
        errors: list[str] = []
        env = self.environment()
        if env == "custom":
            raw = self.query_one("#input-base_url", Input).value
            try:
                values["base_url"] = validate_value("base_url", raw)
            except RabbitError as exc:
                self._show_error("base_url", exc.cause)
                errors.append(f"Custom URL: {exc.one_line()}")
        else:
            values["base_url"] = ENVIRONMENTS[env]
        for attr, label, _pw in FIELDS[1:]:
            raw = self.query_one(f"#input-{attr}", Input).value
            value, err = self._check(attr, raw)
            if err:
                self._show_error(attr, err)
                errors.append(f"{label}: {err}")
            elif value is not None:
                values[attr] = value
            elif attr in SECRET_ATTRS and not getattr(self.cfg, attr):
                errors.append(f"{label}: required")
                self._show_error(attr, "required: paste the token from Tripletex")
        if errors:
            return None, errors
        cfg = with_values(self.cfg, **values)
        cfg.sources = {a: s for a, s in self.cfg.sources.items() if a not in values
                       or values[a] == getattr(self.cfg, a)}
        return cfg, []

    def unsaved_edits(self) -> list[str]:
        """The fields whose value on screen differs from the saved settings."""
        changed: list[str] = []
        saved_env = environment_of(self.cfg.base_url)
        env = self.environment()
        url = self.query_one("#input-base_url", Input).value.strip().rstrip("/")
        if env != saved_env or (env == "custom" and url != self.cfg.base_url):
            changed.append("Environment" if env != saved_env else "Custom URL")
        for attr, label, _pw in FIELDS[1:]:
            value = self.query_one(f"#input-{attr}", Input).value.strip()
            if attr in SECRET_ATTRS:
                if value:
                    changed.append(label)
            elif value != str(getattr(self.cfg, attr)):
                changed.append(label)
        return changed

    # ---- actions ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check the form and save it; True when saved."""
        cfg, errors = self.collect()
        if cfg is None:
            # the fields show their errors, the status line the first; no toast covers them
            self._status(f"Not saved: {errors[0]}" + (f" (and {len(errors) - 1} more above)"
                                                      if len(errors) > 1 else ""), error=True)
            return False
        try:
            save_config(self.paths, cfg)
        except (RabbitError, OSError) as exc:  # never a crash: a traceback shows its locals
            text = exc.one_line() if isinstance(exc, RabbitError) else (
                f"the settings could not be written to {self.paths.config_file} "
                f"({exc.strerror or type(exc).__name__}). Fix: check that disk and the "
                "folder's permissions, then save again")
            self._status(f"Not saved: {text}", error=True)
            return False
        self.cfg = load_config(self.paths)
        self.load_error = None
        for attr in SECRET_ATTRS:
            inp = self.query_one(f"#input-{attr}", Input)
            inp.value = ""
            inp.placeholder = self._placeholder(attr)
        self._status(f"Saved to {self.paths.config_file} (readable only by you).")
        self.notify("Settings saved.", title="Setup")
        self.post_message(ConfigSaved(self.cfg))
        return True

    def action_save(self) -> None:
        self.save()

    async def action_save_and_test(self) -> None:
        if self.save():
            await self.app.run_action("test")

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.save()
        elif event.button.id == "save-test":
            await self.action_save_and_test()
        elif event.button.id == "companies":
            self.action_companies()

    # ---- an accounting office's clients -----------------------------------------------------------
    def action_companies(self) -> None:
        """Save what was changed, then ask Tripletex which companies the key may act for."""
        if self.unsaved_edits() and not self.save():
            return
        if self.cfg.missing():
            self._status(f"No company list: not configured ({', '.join(self.cfg.missing())} "
                         "missing). Fix: fill in the fields and press ctrl+o again.", error=True)
            return
        self._status("Asking Tripletex for the companies this key may act for…")
        self._list_companies()

    @work(exclusive=True, group="companies", exit_on_error=False)
    async def _list_companies(self) -> None:
        try:
            rows = await list_companies(self.cfg)
        except RabbitError as exc:
            self._status(f"No company list. {self._app_words(exc.one_line())}", error=True)
            return
        except Exception:  # never a traceback on screen (its locals hold the tokens)
            log.exception("listing the client companies failed unexpectedly")
            self._status("No company list: unexpected error. Fix: see the log file "
                         f"{self.paths.log_file}, then try again", error=True)
            return
        from tui.screens.companies import CompanyPickerScreen

        self._status(f"{len(rows)} client compan{'y' if len(rows) == 1 else 'ies'} listed.")
        self.app.push_screen(CompanyPickerScreen(rows, self.paths.profile), self._chosen)

    @staticmethod
    def _app_words(error: str) -> str:
        cause, fix, request_id = split_error(error)
        text = f"Cause: {cause}." + (f" Fix: {app_fix(fix)}." if fix else "")
        return text + (f" (Tripletex requestId: {request_id})" if request_id else "")

    def _chosen(self, rows: list[CompanyRow] | None) -> None:
        if not rows:
            self._status("No profile made. ctrl+o opens the company list again.")
            return
        try:
            made = make_profiles(self.cfg, rows)
        except RabbitError as exc:
            self._status(f"Not all made. {self._app_words(exc.one_line())}", error=True)
            self.post_message(ProfilesChanged([]))  # (those made before it stand)
            return
        self._status(made_text(made))
        status = self.query_one("#setup-status", Static)
        self.call_after_refresh(status.scroll_visible, animate=False)  # (below the fold)
        self.post_message(ProfilesChanged([m.profile for m in made if m.created]))


def made_text(made: list[MadeProfile]) -> str:
    """What the company list made, naming each profile (as `rabbitsync companies --add` says
    it), and where to find them."""
    return (cli_made_text(made) + "\nHome (0) lists the profiles: enter there opens one; press y "
            "to confirm its first sync.")
