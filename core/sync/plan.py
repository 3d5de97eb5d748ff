"""Planning a sync: bring the local registry in line with the Tripletex records seen so far.

The planner works on a `StoreState` in memory and records what it did (counts, links, per-item
outcomes, overwritten local values). It does no I/O: the engine fetches, calls the planner, and
writes the state once (or, for a dry run, throws it away). Every run evaluates the whole Tripletex
snapshot, so a run that was interrupted and repeated converges to the same registry.

Rules (DESIGN.md): an existing link wins; new records are matched by org number, number, exact
name (each unique on both sides), otherwise they go to review with ranked candidates, or are
created when nothing local resembles them. Level-1 projects become projects, level-2 sub-projects;
deeper ones are skipped with their path. Inactive customers and closed projects are archived,
never deleted; local-only records are never touched.
"""

from __future__ import annotations

from core.matching.hierarchy import levels_of, with_descendants
from core.matching.index import Scope
from core.matching.kin import project_kin, with_kin
from core.matching.match import MatchResult, match_customers, match_projects
from core.matching.normalize import normalize_number
from core.matching.words import words_of
from core.models import LocalCustomer, LocalProject, TxCustomer, TxProject
from core.store.state import Skipped, StoreState
from core.sync.edit import Editor
from core.text import clean_text

MAX_LEVEL = 2
DEPTH = "level "  # how the reason of a project skipped for its depth begins


def renamed(state: StoreState) -> dict[str, list[str]]:
    """The local names that Tripletex's overwrote, by local key."""
    out: dict[str, list[str]] = {}
    for o in state.overwrites:
        if o.field == "name" and isinstance(o.old, str):
            out.setdefault(o.local_key, []).append(o.old)
    return out


def scope_words(state: StoreState, scope: Scope, old_names: dict[str, list[str]]
                ) -> frozenset[str]:
    """The words of a project scope's customer (its name now, in Tripletex and before, and its
    numbers) and main project, which people write into project names ("Lia BRL - Fasade
    2025"): matching sets them aside (`core.matching.resemble.strip_words`). `old_names`: `renamed`."""
    names: list[str] = []
    numbers: list[str | None] = []
    customer_key, parent_key = scope
    for key, table, snap in ((customer_key, state.customers, state.tx_customers),
                             (parent_key, state.projects, state.tx_projects)):
        rec = table.get(key or "")
        if rec is None:
            continue
        names.append(rec.name)
        names.extend(old_names.get(rec.key, ()))
        numbers.append(rec.number)
        tx = snap.get(rec.tripletex_id) if rec.tripletex_id is not None else None
        if tx:
            names.append(tx.get("name") or "")
            numbers.append(tx.get("number"))
    words = {w for n in names if n for w in words_of(n)}
    words.update(n for x in numbers if (n := normalize_number(x)))
    return frozenset(words)


class Planner:
    """Decides what becomes of Tripletex's records in `state` (see the module docstring); its
    `edit` (core.sync.edit.Editor) makes each change and is the only one that writes the
    state, the snapshots, the kept indexes and the write hint."""

    def __init__(self, state: StoreState, *, run_id: str | None, now: str,
                 projects_later: bool = False) -> None:
        """`projects_later`: the snapshot's projects are not all there when the customers are
        planned (the engine plans them while the projects are listed): the customers that no
        sure rule links wait for `settle_unsure`, which the engine calls once they are."""
        self.state = state
        self.edit = Editor(state, run_id=run_id, now=now)
        self._scope_cache: dict[Scope, frozenset[str]] = {}
        self._old_names: dict[str, list[str]] | None = None
        self.projects_later = projects_later
        self._unsure: list[tuple[TxCustomer, MatchResult]] = []

    # ---- customers --------------------------------------------------------------------------
    def plan_customers(
        self, gone: set[int] = frozenset(), only: set[int] | None = None  # type: ignore[assignment]
    ) -> None:
        """Bring local customers in line with the snapshot: every one, or with `only` just those
        Tripletex ids (the rest are as the last run left them)."""
        st, res = self.state, self.edit.result
        counts = res.customers
        linked = st.customer_by_tx()
        fresh: list[TxCustomer] = []
        ids = sorted(st.tx_customers) if only is None else sorted(only & st.tx_customers.keys())
        if only is not None:
            counts["unchanged"] += len((linked.keys() & st.tx_customers.keys()) - only)
        for tx_id in ids:
            tx = self.edit.tx_customer(tx_id)
            local = linked.get(tx_id)
            if local is not None:
                changed = self.edit.update_customer(local, tx)
                if changed == "archived":
                    counts["archived"] += 1
                elif changed:
                    counts["updated"] += 1
                else:
                    counts["unchanged"] += 1
                continue
            if ("customer", tx_id) in st.ignored:
                continue
            item = self.edit.open_review("customer", tx_id)
            if item is not None:
                self.edit.refresh_review(item, tx)
                continue
            fresh.append(tx)
        for tx_id in sorted(gone):
            counts["archived"] += self.edit.gone("customer", tx_id, linked.get(tx_id))
        if not fresh:
            return
        unlinked = [c for c in st.customers.values() if c.tripletex_id is None and not c.archived]
        if not unlinked:  # nothing local to match against: each one is new
            for tx in sorted(fresh, key=lambda t: t.id):
                self.edit.create("customer", tx)
                counts["created"] += 1
            return
        by_id = {t.id: t for t in fresh}
        # (uniqueness counts every Tripletex customer: a second one of a name or org number
        # that arrives later is asked about, as if both had come in one run)
        others = [self.edit.tx_customer(i) for i in st.tx_customers if i not in by_id]
        for m in match_customers(fresh, unlinked, others):
            if m.local_key is None:
                self._unsure.append((by_id[m.tripletex_id], m))
            else:
                self.edit.settle("customer", by_id[m.tripletex_id], m)
        if not self.projects_later:
            self.settle_unsure()

    def settle_unsure(self) -> None:
        """Queue or create the customers planned that no sure rule linked, once the snapshot
        has their projects: each is also asked about the unlinked local customer whose projects
        it has (`core.matching.kin`: a former name, an English name, a brand)."""
        unsure, self._unsure = self._unsure, []
        if not unsure:
            return
        st = self.state
        unlinked = {c.key: c for c in st.customers.values()
                    if c.tripletex_id is None and not c.archived}
        kin = project_kin(
            ((p.get("customer_id"), p.get("name") or "", p.get("number"))
             for p in st.tx_projects.values()),
            ((p.customer_key, p.name, p.number) for p in st.projects.values()),
            {tx.id for tx, _m in unsure}, unlinked) if unlinked else {}
        for tx, m in unsure:
            if (found := kin.get(tx.id)) is not None:
                m = with_kin(m, tx, found, unlinked)
            self.edit.settle("customer", tx, m)

    # ---- projects ---------------------------------------------------------------------------
    def plan_projects(
        self, gone: set[int] = frozenset(), only: set[int] | None = None,  # type: ignore[assignment]
        customers: set[int] | None = None,
    ) -> None:
        """As `plan_customers`, for projects. With `only`, their sub-projects are planned too,
        and so are the projects skipped so far whose customer is among `customers` (the ones
        planned in this run), and theirs: what became of a parent or a customer can change them.
        A skipped project whose own record, parents and customer are as they were stays as it
        was (`only` is for runs where nothing else changed since the last; see the engine)."""
        st, res = self.state, self.edit.result
        counts = res.projects
        snap = st.tx_projects
        cust_links = st.customer_by_tx()
        proj_links = st.project_by_tx()
        skipped: dict[int, Skipped] = {}
        if only is None:
            todo = list(snap)
        else:
            again = {i for i, s in st.skipped.items()
                     if (snap.get(i) or {}).get("customer_id") in (customers or ())}
            # (the sub-projects of one gone from Tripletex too: their main project is missing)
            todo = [i for i in with_descendants(self.edit.sub_projects(), only | gone | again) if i in snap]
            planned = set(todo)
            counts["unchanged"] += len((proj_links.keys() & snap.keys()) - planned)
            skipped = {i: s for i, s in st.skipped.items() if i in snap and i not in planned}
        levels, paths = levels_of(snap, todo)
        fresh: dict[int, list[TxProject]] = {1: [], 2: []}
        # (looked up once: a complete run asks for each of 30,000 projects; neither changes
        # before the new projects are matched, below)
        ignored = {i for kind, i in st.ignored if kind == "project"}
        in_review = self.edit.open_ids("project")
        by_level: dict[int | None, list[int]] = {}
        for i in sorted(todo):
            by_level.setdefault(levels.get(i), []).append(i)
        # parents first, so a level-2 project sees what became of its parent in this run
        for tx_id in (i for lv in sorted(by_level, key=lambda v: 99 if v is None else v) for i in by_level[lv]):
            tx = self.edit.tx_project(tx_id)
            local = proj_links.get(tx_id)
            level, cid, pid = levels.get(tx_id), tx.customer_id, tx.main_project_id
            if (cid is None or cid in cust_links) and (level == 1 or level == 2 and (
                pid is None or pid not in skipped and pid not in ignored
                and (pid in proj_links or pid not in in_review)
            )):
                why = None  # the usual case: `_why_not_synced` would say so too
            else:
                why = self._why_not_synced(tx, level, cust_links, proj_links, skipped)
            if why is not None:
                reason, depth = why
                skipped[tx_id] = Skipped(tx_id, clean_text(tx.name), reason, paths.get(tx_id, ""))
                if local is not None:
                    counts["archived"] += self.edit.archive("project", local, tx_id, reason)
                continue
            if local is not None:
                customer = cust_links.get(tx.customer_id) if tx.customer_id else None
                customer_key = customer.key if customer else None
                parent = proj_links.get(tx.main_project_id) if tx.main_project_id else None
                outcome = self.edit.update_project(local, tx, customer_key, parent.key if parent else None)
                counts[outcome or "unchanged"] += 1
            elif tx_id in ignored:
                continue
            elif tx_id in in_review and (item := self.edit.open_review("project", tx_id)) is not None:
                self.edit.refresh_review(item, tx)
            else:
                fresh[levels[tx_id]].append(tx)
        for tx_id in sorted(gone):
            counts["archived"] += self.edit.gone("project", tx_id, proj_links.get(tx_id))
        # new projects: level 1 first, since a sub-project is matched within its parent
        for level in (1, 2):
            if not fresh[level]:
                continue
            batch, scopes = [], {}
            for tx in fresh[level]:
                customer = cust_links.get(tx.customer_id) if tx.customer_id else None
                customer_key = customer.key if customer else None
                parent_key = None
                if level == 2:
                    # (the kept index: it has the links made for level 1 just now)
                    parent = proj_links.get(tx.main_project_id)  # type: ignore[arg-type]
                    if parent is None:  # its parent went to review in this run
                        reason = "its main project awaits review; synced once that is decided"
                        skipped[tx.id] = Skipped(tx.id, clean_text(tx.name), reason, paths.get(tx.id, ""))
                        continue
                    parent_key = parent.key
                batch.append(tx)
                scopes[tx.id] = (customer_key, parent_key)
            if not batch:
                continue
            unlinked = [p for p in st.projects.values() if p.tripletex_id is None and not p.archived]
            if not unlinked:  # nothing local to match against: each one is new
                for tx in sorted(batch, key=lambda t: t.id):
                    self.edit.create("project", tx, scope=scopes[tx.id])
                    counts["created"] += 1
                continue
            by_id = {t.id: t for t in batch}
            # (level 1 may have linked and renamed a main project: its scope's words anew)
            self._scope_cache.clear()
            self._old_names = None
            # (a customer or main project linked in this run: its two lists are new side by side)
            linked_now = {(link.kind, link.local_key) for link in self.edit.result.links
                          if link.method != "created"}
            for m in match_projects(batch, unlinked, lambda t, s=scopes: s[t.id],
                                    self._known_projects(batch, scopes), self.strip_words,
                                    linked_now):
                self.edit.settle("project", by_id[m.tripletex_id], m, scope=scopes[m.tripletex_id])
        st.skipped = skipped
        counts["skipped_depth"] = sum(1 for x in skipped.values() if x.reason.startswith(DEPTH))

    def _known_projects(self, batch: list[TxProject], scopes: dict[int, Scope]
                        ) -> list[tuple[Scope, TxProject]]:
        """The other Tripletex projects of the scopes `batch` is matched in, with their scopes
        (uniqueness counts them: a second project of a name in one customer is asked about)."""
        by_parent = {(tx.customer_id, tx.main_project_id): scopes[tx.id] for tx in batch}
        ids = {tx.id for tx in batch}
        return [(by_parent[where], self.edit.tx_project(i))
                for i, d in self.state.tx_projects.items()
                if (where := (d.get("customer_id"), d.get("main_project_id"))) in by_parent
                and i not in ids]

    def strip_words(self, scope: Scope) -> frozenset[str]:
        """`scope_words` of a project scope (kept for a matching pass)."""
        got = self._scope_cache.get(scope)
        if got is None:
            if self._old_names is None:
                self._old_names = renamed(self.state)
            got = self._scope_cache[scope] = scope_words(self.state, scope, self._old_names)
        return got

    def _why_not_synced(
        self,
        tx: TxProject,
        level: int | None,
        cust_links: dict[int, LocalCustomer],
        proj_links: dict[int, LocalProject],
        skipped: dict[int, Skipped],
    ) -> tuple[str, bool] | None:
        """(reason, is_depth) when `tx` is not synced now, else None."""
        st = self.state
        if level is None:
            return ("its main project is not visible in Tripletex (missing or a loop)", False)
        if level > MAX_LEVEL:
            return (f"{DEPTH}{level} in Tripletex; the time tracker has two project levels", True)
        if tx.customer_id is not None and tx.customer_id not in cust_links:
            if ("customer", tx.customer_id) in st.ignored:
                return ("its customer is ignored", False)
            if self.edit.open_review("customer", tx.customer_id) is not None:
                return ("its customer awaits review; synced once that is decided", False)
            return (f"its customer {tx.customer_id} is not synced", False)
        if level == 2 and tx.main_project_id is not None:
            parent_id = tx.main_project_id
            if parent_id in skipped:
                return (f"its main project is not synced ({skipped[parent_id].reason})", False)
            if ("project", parent_id) in st.ignored:
                return ("its main project is ignored", False)
            if parent_id not in proj_links and self.edit.open_review("project", parent_id) is not None:
                return ("its main project awaits review; synced once that is decided", False)
        return None
