"""Read-only views of a `StoreState` that the screens show: browse rows with link state and
duplicate marks, and fuzzy search over local records not yet linked (a run's outcomes and totals
in words: core.views.outcomes).

Fast enough for 40,000 records per keystroke: search texts are built once per state (`RegistryIndex`)
and a query returns at most `limit` rows plus the total number of matches. No I/O, no Textual.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from core.i18n import _
from core.matching.match import corpus_rarity, score_pair
from core.matching.normalize import fold
from core.matching.rarity import Rarity
from core.models import KINDS, LocalCustomer, LocalProject, ReviewItem
from core.store.state import StoreState
from core.sync.plan import renamed, scope_words
from core.words import method_words, reason_words

TABS = ("customers", "projects", "skipped")


@dataclass(frozen=True)
class BrowseRow:
    """One line of the browse list (a local customer, project, or a skipped Tripletex project)."""

    key: str  # local key, or "tx-<id>" for a skipped project
    name: str
    number: str  # "" when none
    org_or_parent: str  # org number (customers), customer/parent names (projects), path (skipped)
    state: str  # "linked by org number", "local only", "archived", "skipped: <reason>" ...
    duplicate: bool = False  # another record of this tab has the same (folded) name


def link_state(rec: LocalCustomer | LocalProject) -> str:
    """How a local record stands towards Tripletex, in a few words ("archived" first: it is
    what a narrow column must not cut)."""
    if rec.tripletex_id is not None:
        text = method_words(rec.link_method)  # "linked by org number", "created by the sync"
    elif rec.local_only:
        text = _("local only")
    else:
        text = _("not linked")
    return _("archived, {state}").format(state=text) if rec.archived else text


def _name_key(name: str) -> str:
    return fold(name) or name.casefold()


class RegistryIndex:
    """Browse rows of one state, built once, filtered per query."""

    def __init__(self, state: StoreState) -> None:
        self.state = state
        self._rows: dict[str, list[BrowseRow]] = {}
        self._texts: dict[str, list[str]] = {}

    def rows(self, tab: str) -> list[BrowseRow]:
        """Every row of `tab` (customers, projects, skipped), sorted by name then key."""
        if tab not in self._rows:
            rows = self._build(tab)
            self._rows[tab] = rows
            self._texts[tab] = [
                " ".join((r.key, fold(r.name), r.name.casefold(), r.number, r.org_or_parent.casefold()))
                for r in rows
            ]
        return self._rows[tab]

    def search(self, tab: str, query: str, limit: int | None = None
               ) -> tuple[list[BrowseRow], int]:
        """Rows whose key, name, number or org contain every word of `query` (case and accent
        folded): all of them, or the first `limit`; and the total count."""
        rows = self.rows(tab)
        if limit is None:
            limit = len(rows)
        if not query.strip():
            return rows[:limit], len(rows)
        words = fold(query).split() or [query.casefold().strip()]
        out: list[BrowseRow] = []
        total = 0
        for row, text in zip(rows, self._texts[tab], strict=True):
            if all(w in text for w in words):
                total += 1
                if len(out) < limit:
                    out.append(row)
        return out, total

    def _build(self, tab: str) -> list[BrowseRow]:
        st = self.state
        if tab == "customers":
            counts = Counter(_name_key(c.name) for c in st.customers.values())
            rows = [
                BrowseRow(c.key, c.name, c.number or "", c.organization_number or "",
                          link_state(c), counts[_name_key(c.name)] > 1)
                for c in st.customers.values()
            ]
        elif tab == "projects":
            # twins: projects of one name under one customer and main project (the same name
            # under two customers tells itself apart by its customer)
            def scope(p: LocalProject) -> tuple[str | None, str | None, str]:
                return (p.customer_key, p.parent_key, _name_key(p.name))

            counts = Counter(scope(p) for p in st.projects.values())
            rows = []
            for p in st.projects.values():
                owner = st.customers.get(p.customer_key or "")
                parent = st.projects.get(p.parent_key or "")
                where = " > ".join(x.name for x in (owner, parent) if x is not None)
                rows.append(BrowseRow(p.key, p.name, p.number or "", where, link_state(p),
                                      counts[scope(p)] > 1))
        elif tab == "skipped":
            rows = [
                BrowseRow(f"tx-{s.tripletex_id}", s.name, "", s.path,
                          _("skipped: {reason}").format(reason=reason_words(s.reason)))
                for s in st.skipped.values()
            ]
        else:
            raise ValueError(f"unknown tab {tab!r}; one of {', '.join(TABS)}")
        rows.sort(key=lambda r: (r.name.casefold(), r.number, r.key))
        return rows


@dataclass(frozen=True)
class LocalChoice:
    """A local record offered in review's search: unlinked, of the item's kind."""

    key: str
    name: str
    number: str | None
    organization_number: str | None
    score: float


def unlinked(state: StoreState, kind: str) -> list[LocalCustomer | LocalProject]:
    """Local records of `kind` that are not linked to Tripletex (a link target in review)."""
    return [r for r in KINDS[kind].records(state).values() if r.tripletex_id is None]


def search_unlinked(state: StoreState, kind: str, query: str, limit: int = 50) -> list[LocalChoice]:
    """Unlinked local records of `kind`, best fuzzy match on name/number/org first; without a
    query, by name."""
    recs = unlinked(state, kind)

    def choice(r: LocalCustomer | LocalProject, score: float) -> LocalChoice:
        org = r.organization_number if isinstance(r, LocalCustomer) else None
        return LocalChoice(r.key, r.name, r.number, org, score)

    q = fold(query)
    if not q:
        recs.sort(key=lambda r: (r.name.casefold(), r.key))
        return [choice(r, 0.0) for r in recs[:limit]]
    texts = [
        " ".join(x for x in (fold(r.name), r.number or "", getattr(r, "organization_number", None) or "", r.key) if x)
        for r in recs
    ]
    hits = process.extract(q, texts, scorer=fuzz.WRatio, limit=limit, score_cutoff=50)
    return [choice(recs[i], float(score)) for _t, score, i in hits]


def pair_scores(state: StoreState, item: ReviewItem, keys: list[str],
                rarity: Rarity | None = None) -> dict[str, tuple[float, tuple[str, ...]]]:
    """The one score (and what matched) of each local record in `keys` against the Tripletex
    record of review entry `item`: the candidate's own where it is one, else made as matching
    makes a candidate's (`core.matching.match.score_pair`), so every screen shows one score a pair."""
    out: dict[str, tuple[float, tuple[str, ...]]] = {}
    given = {c.local_key: c for c in item.candidates}
    rest = [k for k in keys if k not in given]
    for k in keys:
        if k in given:
            out[k] = (given[k].score, given[k].why)
    if not rest:
        return out
    rarity = rarity or names_rarity(state, item.kind)
    rec = item.record
    old = renamed(state) if item.kind == "project" else {}
    for k in rest:
        if item.kind == "customer":
            c = state.customers.get(k)
            if c is None:
                continue
            out[k] = score_pair("customer", item.name, c.name, tx_number=rec.get("number"),
                                local_number=c.number, tx_org=rec.get("organization_number"),
                                local_org=c.organization_number, rarity=rarity)
        else:
            p = state.projects.get(k)
            if p is None:
                continue
            strip = scope_words(state, (p.customer_key, p.parent_key), old)
            out[k] = score_pair("project", item.name, p.name, tx_number=rec.get("number"),
                                local_number=p.number, rarity=rarity, strip=strip,
                                scope=(p.customer_key, p.parent_key))
    return out


def names_rarity(state: StoreState, kind: str) -> Rarity:
    """The word rarities of both registries' names of `kind` (what matching weighs words by)."""
    if kind == "customer":
        names = [c.name for c in state.customers.values()]
        names += [d.get("name") or "" for d in state.tx_customers.values()]
    else:
        names = [p.name for p in state.projects.values()]
        names += [d.get("name") or "" for d in state.tx_projects.values()]
        # (and by scope: a Tripletex project's is its linked customer's and main project's)
        customers = {c.tripletex_id: c.key for c in state.customers.values() if c.tripletex_id}
        projects = {p.tripletex_id: p.key for p in state.projects.values() if p.tripletex_id}
        scoped = [((p.customer_key, p.parent_key), p.name) for p in state.projects.values()
                  if p.tripletex_id is None and not p.archived]
        scoped += [((customers.get(d.get("customer_id")), projects.get(d.get("main_project_id"))),
                    d.get("name") or "") for d in state.tx_projects.values()]
        return corpus_rarity(names, kind, scoped)
    return corpus_rarity(names, kind)
