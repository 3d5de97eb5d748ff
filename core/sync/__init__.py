"""One sync and the decisions around it: `run` (a sync from start to end: fetch, plan, apply,
report), `fetch` (what changed in Tripletex), `plan` (the planner: what the registry should
become), `edit` (the editor: every change to the registry, recorded), `report` (what a run
did), and the user's decisions: `review` (decide an entry and what waited for it), `merge`
(repair a duplicate), `changes` (what undo puts back), `writer` (decisions stored in order
while the app goes on). A run reports its progress through core.progress."""
