"""`show`: a record by its document number (ICC, ASP, UN), UUID or ISO code.

On its own so that `ncdesk show`, the command run most, loads only the lookup it needs."""

from __future__ import annotations

import argparse
import json

from ncdesk.cli.common import open_store
from ncdesk.cli.exits import EXIT_OK, fail
from ncdesk.store.records.lookup import find_by_reference


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            found = find_by_reference(store, args.ref)
        except ValueError as exc:
            fail(str(exc))
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return EXIT_OK
    for item in found:
        record = item["record"]
        print(f"{item['label']}: {item['title']}")
        for key, value in record.items():
            if value in (None, "", []) or key in ("user_fields",):
                continue
            print(f"  {key}: {value}")
        for c in item["citations"]:
            field = f" [{c['field']}]" if c["field"] else ""
            print(f"  source{field}: {c['source_title']}, {c['locator']}: {c['stated']}")
        print()
    return EXIT_OK
