"""Read-only views of the local state for the app and the CLI: `registry` (browse rows, search,
one score per pair) and `review` (the review list as `rabbitsync review` shows it, decisions in
words). No I/O, no Textual."""
