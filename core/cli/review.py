"""`rabbitsync review` (the list, with what tells twins apart), `review resolve`, `review undo`
and `rabbitsync merge`."""

from __future__ import annotations

import argparse
import json

from core.errors import EXIT_OK, UsageError
from core.paths import ProfilePaths


def review_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    from core.store.store import Store
    from core.views.review import review_json, review_text, settled_words

    if args.review_command == "resolve":
        from core.sync.review import decide

        if args.action == "link" and not args.local_key:
            raise UsageError("`link` needs the local key to link to", "e.g. `rabbitsync review resolve r-12 link c-9`")
        d = decide(paths, args.item, args.action, args.local_key)
        target = f" -> {d.local_key}" if d.local_key else ""
        print(f"{d.item}: {d.action}{target}{settled_words(d)}")
        return EXIT_OK
    if args.review_command == "undo":
        from core.sync.review import undo_last
        from core.views.review import undone_words

        with Store(paths).transaction() as state:
            print(undone_words(state, undo_last(state)) + ".")
        return EXIT_OK
    state = Store(paths).read()
    if args.json:
        print(json.dumps(review_json(state), ensure_ascii=False))
    else:
        print(review_text(state))
    return EXIT_OK




def merge_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    from core.store.store import Store
    from core.sync.merge import merge
    from core.views.review import decision_words

    with Store(paths).transaction() as state:
        d = merge(state, args.duplicate_key, args.into_key)
        text = decision_words(state, d)
    print(f"{text}. {d.duplicate} is archived and marked merged; undo with "
          "`rabbitsync review undo`.")
    return EXIT_OK
