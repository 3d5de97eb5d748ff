"""Shared by review, browse and history: a command palette provider that offers the screen's key
bindings as commands (every action reachable from ctrl+p as well as by key), and `go_back`."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen

from core.i18n import _, language
from tui.messages import ShowPlace


def screen_word(screen: Screen[object]) -> str:
    """The screen's name in a palette entry: its class's ("Review", "Check") in English, its
    place's in another language ("Gjennomgang")."""
    name = screen.__class__.__name__.removesuffix("Screen")
    place = getattr(screen, "PLACE", "")
    return name if language() == "en" or not place else _(place)


class ScreenBindingsProvider(Provider):
    """Commands from the screen's own bindings (not its widgets' or the app's), by description
    (the instance's bindings: in the reader's language)."""

    def _commands(self) -> list[tuple[str, str, str, object]]:
        screen = self.screen
        out: list[tuple[str, str, str, object]] = []
        seen: set[str] = set()
        for key, active in screen.active_bindings.items():
            b = active.binding
            if not b.description or b.action in seen or active.node is not screen:
                continue
            seen.add(b.action)
            title = _("{screen}: {action}").format(screen=screen_word(screen),
                                                   action=b.description)
            out.append((title, b.tooltip or "", key, partial(self._run, active.node, b.action)))
        return out

    def _run(self, node: object, action: str) -> None:
        self.app.call_later(self.app.run_action, action, node)

    async def discover(self) -> Hits:
        for title, help_text, key, run in self._commands():
            yield DiscoveryHit(f"{title}  ({key})", run, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, key, run in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(f"{title}  ({key})"), run, help=help_text)  # type: ignore[arg-type]


async def go_back(screen: Screen[object]) -> None:
    """Leave `screen`: pop it when it was pushed, else ask the app to go home (`ShowPlace`)."""
    if len(screen.app.screen_stack) > 1:
        screen.dismiss()
    else:
        screen.post_message(ShowPlace("home"))
