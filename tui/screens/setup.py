"""The Setup screen: where Tripletex is, the two tokens, the company id and the sync interval.

Each value is checked as it is typed (`core.config.validate_value`), with a one-line error under
its field. Tokens are password fields and are never shown again: once saved, the field is empty
with the masked token as placeholder, and an empty field keeps the saved token.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

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
from core.tripletex.endpoints import ENVIRONMENTS, environment_of
from tui.messages import ConfigSaved
from tui.screens.base import PlaceScreen, footer, title_bar

FIELDS = (  # attr, label, password
    ("base_url", "Custom URL", False),
    ("consumer_token", "Consumer token", True),
    ("employee_token", "Employee token", True),
    ("company_id", "Company id", False),
    ("sync_interval_minutes", "Sync every (min)", False),
)
ENVIRONMENT_LABELS = (("production", "Production"), ("test", "Test environment"), ("custom", "Custom URL"))


class SetupScreen(PlaceScreen):
    """Enter and save the profile's connection settings; ctrl+s saves."""

    PLACE = "Setup"

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="setup.save", tooltip="Check and save the settings"),
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
                    yield Static("", id=f"error-{attr}", classes="field-error", markup=False)
            with Horizontal(id="setup-buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Save and test", id="save-test")
            yield Static(self._status_text(), id="setup-status", markup=False)
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
            return "accountant keys only; empty = own company" + env_note
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

    def _custom_enabled(self, enabled: bool) -> None:
        self.query_one("#input-base_url", Input).disabled = not enabled
        if not enabled:
            self._show_error("base_url", "")

    def _show_error(self, attr: str, text: str) -> None:
        err = self.query_one(f"#error-{attr}", Static)
        err.update(text)
        err.display = bool(text)

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
            return None, exc.cause

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

    # ---- actions ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check the form and save it; True when saved."""
        cfg, errors = self.collect()
        if cfg is None:
            self._status(f"Not saved: {errors[0]}", error=True)
            self.notify("; ".join(errors), title="Not saved", severity="error")
            return False
        try:
            save_config(self.paths, cfg)
        except (RabbitError, OSError) as exc:  # never a crash: a traceback shows its locals
            text = exc.one_line() if isinstance(exc, RabbitError) else (
                f"the settings could not be written to {self.paths.config_file} "
                f"({exc.strerror or type(exc).__name__}). Fix: check that disk and the "
                "folder's permissions, then save again")
            self._status(f"Not saved: {text}", error=True)
            self.notify(text, title="Not saved", severity="error")
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
