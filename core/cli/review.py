"""`rabbitsync review` (the list, with what tells twins apart), `review resolve`, `review undo`
and `rabbitsync merge`."""

from __future__ import annotations

import argparse
import json

from core.errors import EXIT_OK, UsageError
from core.i18n import _
from core.paths import ProfilePaths


def review_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    from core.store.store import Store
    from core.views.review import decision_words, review_json, review_text

    if args.review_command == "resolve":
        from core.sync.review import resolve

        if args.action == "link" and not args.local_key:
            raise UsageError(_("`link` needs the local key to link to"),
                             _("e.g. `rabbitsync review resolve r-12 link c-9`"))
        # one decision in one store transaction, said with both records' names (as the app says it)
        with Store(paths).transaction() as state:
            d = resolve(state, args.item, args.action, args.local_key)
            text = decision_words(state, d)
        print(f"{d.item}: {text}.")
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
    print(_("{decision}. {duplicate} is archived and marked merged; undo with "
            "`rabbitsync review undo`.").format(decision=text, duplicate=d.duplicate))
    return EXIT_OK
