"""The Setup screen: where Tripletex is, the two tokens, the company id and the sync interval.

Each value is checked as it is typed (`core.config.validate_value`), with a one-line error under
its field. ctrl+o (Client companies) lists the companies an accounting office's key may act for
(core.sync.office) in a picker (tui.screens.companies) and makes a profile for each chosen. Tokens are password fields and are never shown again: once saved, the field is empty
with the masked token as placeholder, and an empty field keeps the saved token.

The language (bokmål, English, or the environment's) is the profile's `language` setting; saved,
the app speaks it at once (tui.app's `speak`: every place made anew), unless `--lang` was given:
then it applies from the next start, and the status line says so in that language.
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
from core.i18n import LANGUAGE_NAMES, N_, _, choose, language, number, set_language
from core.paths import ProfilePaths
from core.sync.office import CompanyRow, MadeProfile, list_companies, make_profiles
from core.tripletex.endpoints import ENVIRONMENTS, environment_of
from core.words import plural
from tui.errors import app_fix, split_error
from tui.i18n import Translated
from tui.messages import ConfigSaved, ProfilesChanged
from tui.screens.base import PlaceScreen, footer, title_bar
from tui.screens.home import missing_words

log = logging.getLogger("rabbitsync.tui")

FIELDS = (  # attr, label, password (labels, hints and notes are translated where shown: `_`)
    ("base_url", N_("Custom URL"), False),
    ("consumer_token", N_("Consumer token"), True),
    ("employee_token", N_("API key"), True),
    ("company_id", N_("Company id"), False),
    ("sync_interval_minutes", N_("Sync every (min)"), False),
)
# where each value comes from, under its field (an error takes the place while there is one);
# Tripletex's menu paths as Tripletex writes them (in Norwegian), glossed in English
HINTS = {
    "base_url": N_("a sandbox or a proxy; the address ends in /v2"),
    "consumer_token": N_("the integration's token from Tripletex, not your own key"),
    "employee_token": N_("Bruker – Min profil – Mer – API Tilgang → Ny nøkkel, appnavn "
                         "rabbitsync → Tilpasset oppsett → Alle tilganger"),
    "company_id": N_("an accounting office's key: its client company (ctrl+o)"),
    "sync_interval_minutes": N_("between automatic syncs while the app runs"),
}
# (under the form: the form above fits 80x24 as it is; the English glosses of the menu paths,
# and the language, are below it)
API_SWITCH = N_("In Tripletex, Selskap – Vår kundeside: API 2.0 (Integrasjoner) must be on "
                "(Company – Our customer page: tick API 2.0; Integrasjoner on newer plans). "
                "The API key: Bruker – Min profil – Mer – API Tilgang → Ny nøkkel → Tilpasset "
                "oppsett → Alle tilganger (User – My profile – More – API access → New key → "
                "Custom setup → All access).")
ENVIRONMENT_LABELS = (("production", N_("Production")), ("test", N_("Test environment")),
                      ("custom", N_("Custom URL")))
# the profile's `language` setting: (value, label); a language is named in itself, untranslated
LANGUAGE_CHOICES = (("nb", LANGUAGE_NAMES["nb"]), ("en", LANGUAGE_NAMES["en"]),
                    ("", N_("From the environment")))
LANGUAGE_LABEL = N_("Language")
LANGUAGE_HINT = N_("the app's language, at once when saved (started with --lang: from the next start)")


def in_language(lang: str, message: str) -> str:
    """`message` in `lang` rather than the language the app speaks now (what a new language
    setting says of itself)."""
    before = language()
    set_language(lang)
    try:
        return _(message)
    finally:
        set_language(before)


class SetupScreen(Translated, PlaceScreen):
    """Enter and save the profile's connection settings; ctrl+s saves."""

    PLACE = N_("Setup")

    # the language choice: laid out as the environment's (tui/app.tcss #environment)
    DEFAULT_CSS = """
    #language {
        layout: horizontal;
        border: none;
        height: 1;
        width: 1fr;
        padding: 0;
        background: transparent;
    }
    #language:focus {
        border: none;
        background: $primary 15%;
    }
    #language > RadioButton {
        width: auto;
        margin-right: 2;
        padding: 0;
        border: none;
        background: transparent;
    }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save"), id="setup.save",
                tooltip=N_("Check and save the settings")),
        Binding("ctrl+t", "save_and_test", N_("Save+test"), id="setup.save_test",
                tooltip=N_("Save the settings, then test the connection to Tripletex")),
        Binding("ctrl+o", "companies", N_("Companies"), id="setup.companies",
                tooltip=N_("An accounting office's key: list the client companies it may act "
                           "for and make a profile for each one chosen (saves the settings "
                           "first)")),
    ]

    def __init__(self, paths: ProfilePaths, *, cursor_blink: bool = True) -> None:
        super().__init__(paths.profile, id="setup-screen")
        self.PLACE = _(type(self).PLACE)  # the title bar names the place in the reader's words
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
                yield Label(_("Environment"), classes="field-label")
                with RadioSet(id="environment"):
                    env = environment_of(self.cfg.base_url)
                    for key, label in ENVIRONMENT_LABELS:
                        yield RadioButton(_(label), value=key == env, id=f"env-{key}")
            for attr, label, password in FIELDS:
                with Vertical(classes="field", id=f"field-{attr}"):
                    with Horizontal(classes="field-row"):
                        yield Label(_(label), classes="field-label")
                        yield Input(
                            value=self._initial(attr),
                            placeholder=self._placeholder(attr),
                            password=password,
                            id=f"input-{attr}",
                            classes="field-input",
                        )
                    yield Static(_(HINTS[attr]), id=f"error-{attr}", classes="field-error",
                                 markup=False)
            with Horizontal(id="setup-buttons"):
                yield Button(_("Save (^s)"), id="save", variant="primary")
                yield Button(_("Save and test (^t)"), id="save-test")
                yield Button(_("Client companies (^o)"), id="companies")
            yield Static(self._status_text(), id="setup-status", markup=False)
            yield Static(_(API_SWITCH), id="setup-note", markup=False)
            # (last: the settings above fill 80x24; this one is a tab or a scroll away)
            with Vertical(classes="field", id="field-language"):
                with Horizontal(classes="field-row"):
                    yield Label(_(LANGUAGE_LABEL), classes="field-label")
                    with RadioSet(id="language"):
                        for value, label in LANGUAGE_CHOICES:
                            yield RadioButton(_(label), value=value == self.cfg.language,
                                              id=f"lang-{value or 'env'}")
                yield Static(_(LANGUAGE_HINT), id="language-hint", classes="field-error",
                             markup=False)
        yield footer()

    def on_mount(self) -> None:
        super().on_mount()
        for inp in self.query(Input):
            inp.cursor_blink = self.cursor_blink
        self._custom_enabled(environment_of(self.cfg.base_url) == "custom")
        if self.load_error:
            self._status(self.load_error, error=True)
        self.query_one("#environment", RadioSet).focus()

    # ---- what the fields show ---------------------------------------------------------------
    def _initial(self, attr: str) -> str:
        if attr in SECRET_ATTRS:
            return ""  # a token is never put back on screen
        if attr == "base_url":
            return self.cfg.base_url if environment_of(self.cfg.base_url) == "custom" else ""
        return str(getattr(self.cfg, attr))

    def _placeholder(self, attr: str) -> str:
        env_note = (" " + _("(from {variable})").format(variable=ENV_OVERRIDES[attr])
                    if self.cfg.sources.get(attr) == "env" else "")
        if attr in SECRET_ATTRS:
            token = getattr(self.cfg, attr)
            return (_("{masked}  empty keeps it").format(masked=mask(token)) if token
                    else _("paste the token")) + env_note
        if attr == "base_url":
            return _("e.g. {url}").format(url="http://127.0.0.1:8765/v2")
        if attr == "company_id":
            return _("empty = the key's own company") + env_note
        return ""

    def _status_text(self) -> str:
        if self.load_error:
            return self.load_error
        if not self.paths.config_file.exists():
            return _("Not configured yet. Fill in the fields and press ctrl+s (or Save).")
        return _("Profile {profile}. Change a value and press ctrl+s (or Save).").format(
            profile=self.paths.profile)

    def _status(self, text: str, *, error: bool = False) -> None:
        status = self.query_one("#setup-status", Static)
        status.update(text)
        status.set_class(error, "error")
        # below the fold at 80x24 when the form is long or scrolled (the language, last): the
        # outcome of what was asked comes into view
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
        err.update(text or _(HINTS[attr]))
        err.set_class(bool(text), "error")

    def environment(self) -> str:
        pressed = self.query_one("#environment", RadioSet).pressed_button
        return (pressed.id or "env-production").removeprefix("env-") if pressed else "production"

    def language_setting(self) -> str:
        """The language chosen: "nb", "en", or "" (the environment's)."""
        pressed = self.query_one("#language", RadioSet).pressed_button
        if pressed is None:
            return self.cfg.language
        value = (pressed.id or "").removeprefix("lang-")
        return "" if value == "env" else value

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

    @on(RadioSet.Changed, "#environment")
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
                errors.append(_("Custom URL: {error}").format(error=exc.one_line()))
        else:
            values["base_url"] = ENVIRONMENTS[env]
        for attr, label, _pw in FIELDS[1:]:
            raw = self.query_one(f"#input-{attr}", Input).value
            value, err = self._check(attr, raw)
            if err:
                self._show_error(attr, err)
                errors.append(_("{field}: {error}").format(field=_(label), error=err))
            elif value is not None:
                values[attr] = value
            elif attr in SECRET_ATTRS and not getattr(self.cfg, attr):
                errors.append(_("{field}: required").format(field=_(label)))
                self._show_error(attr, _("required: paste the token from Tripletex"))
        values["language"] = validate_value("language", self.language_setting())
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
            changed.append(_("Environment") if env != saved_env else _("Custom URL"))
        for attr, label, _pw in FIELDS[1:]:
            value = self.query_one(f"#input-{attr}", Input).value.strip()
            if attr in SECRET_ATTRS:
                if value:
                    changed.append(_(label))
            elif value != str(getattr(self.cfg, attr)):
                changed.append(_(label))
        if self.language_setting() != self.cfg.language:
            changed.append(_(LANGUAGE_LABEL))
        return changed

    # ---- actions ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check the form and save it; True when saved."""
        cfg, errors = self.collect()
        if cfg is None:
            # the fields show their errors, the status line the first; no toast covers them
            text = _("Not saved: {error}").format(error=errors[0])
            if len(errors) > 1:
                text += " " + _("(and {count} more above)").format(count=number(len(errors) - 1))
            self._status(text, error=True)
            return False
        try:
            save_config(self.paths, cfg)
        except (RabbitError, OSError) as exc:  # never a crash: a traceback shows its locals
            text = exc.one_line() if isinstance(exc, RabbitError) else _(
                "the settings could not be written to {path} ({reason}). Fix: check that disk "
                "and the folder's permissions, then save again").format(
                path=self.paths.config_file, reason=exc.strerror or type(exc).__name__)
            self._status(_("Not saved: {error}").format(error=text), error=True)
            return False
        language_before = self.cfg.language
        self.cfg = load_config(self.paths)
        self.load_error = None
        for attr in SECRET_ATTRS:
            inp = self.query_one(f"#input-{attr}", Input)
            inp.value = ""
            inp.placeholder = self._placeholder(attr)
        saved = _("Saved to {path} (readable only by you).").format(path=self.paths.config_file)
        if self.cfg.language != language_before:
            # the app chose its language when it started: the new one speaks from the next
            spoken = choose(None, self.cfg.language)
            if spoken != language():
                saved += "\n" + in_language(spoken, N_(
                    "The language is now {language}: it applies from the next start of "
                    "rabbitsync.")).format(language=LANGUAGE_NAMES[spoken])
        self._status(saved)
        self.notify(_("Settings saved."), title=self.PLACE)
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
            self._status(_("No company list: not configured ({missing} missing). Fix: fill in "
                           "the fields and press ctrl+o again.").format(
                missing=missing_words(self.cfg.missing())), error=True)
            return
        self._status(_("Asking Tripletex for the companies this key may act for…"))
        self._list_companies()

    @work(exclusive=True, group="companies", exit_on_error=False)
    async def _list_companies(self) -> None:
        try:
            rows = await list_companies(self.cfg)
        except RabbitError as exc:
            self._status(_("No company list. {error}").format(
                error=self._app_words(exc.one_line())), error=True)
            return
        except Exception:  # never a traceback on screen (its locals hold the tokens)
            log.exception("listing the client companies failed unexpectedly")
            self._status(_("No company list: unexpected error. Fix: see the log file {path}, "
                           "then try again").format(path=self.paths.log_file), error=True)
            return
        from tui.screens.companies import CompanyPickerScreen

        self._status(_("{companies} listed.").format(
            companies=plural(len(rows), "client company")))
        self.app.push_screen(CompanyPickerScreen(rows, self.paths.profile), self._chosen)

    @staticmethod
    def _app_words(error: str) -> str:
        cause, fix, request_id = split_error(error)
        text = _("Cause: {cause}.").format(cause=cause)
        if fix:
            text += " " + _("Fix: {fix}.").format(fix=app_fix(fix))
        if request_id:
            text += " " + _("(Tripletex requestId: {id})").format(id=request_id)
        return text

    def _chosen(self, rows: list[CompanyRow] | None) -> None:
        if not rows:
            self._status(_("No profile made. ctrl+o opens the company list again."))
            return
        try:
            made = make_profiles(self.cfg, rows)
        except RabbitError as exc:
            self._status(_("Not all made. {error}").format(
                error=self._app_words(exc.one_line())), error=True)
            self.post_message(ProfilesChanged([]))  # (those made before it stand)
            return
        self._status(made_text(made))
        status = self.query_one("#setup-status", Static)
        self.call_after_refresh(status.scroll_visible, animate=False)  # (below the fold)
        self.post_message(ProfilesChanged([m.profile for m in made if m.created]))


def made_text(made: list[MadeProfile]) -> str:
    """What the company list made, naming each profile (as `rabbitsync companies --add` says
    it), and where to find them."""
    return cli_made_text(made) + "\n" + _(
        "Home (0) lists the profiles: enter there opens one; press y to confirm its first sync.")
