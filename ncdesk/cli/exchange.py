"""Sharing the record between laptops (io/sharing.py): `identity`, `contact`, `share`
(packages, handovers, reference releases), `receive`, `exchange` (the synced folder)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ncdesk.cli.common import open_store, read_passphrase_file
from ncdesk.cli.exits import EXIT_BAD_INPUT, EXIT_CONFLICTS, EXIT_OK, fail
from ncdesk.io import package, sharing
from ncdesk.store.file import crypto
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.records import exchange, exchange_peers
from ncdesk.store.reference import ReferenceDataError


def _short(value: object, width: int = 60) -> str:
    text = "(empty)" if value is None or value == "" else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _day(iso: str | None) -> str:
    return iso[:10] if iso else "never"


def cmd_identity(args: argparse.Namespace) -> int:
    if args.output and args.action != "export":
        fail("-o is for `ncdesk identity export -o CARD`")
    if args.action == "export" and not args.output:
        fail("say where to write the card: ncdesk identity export -o CARD ('-' prints it)")
    with open_store(args) as store:
        try:
            me = sharing.ensure_identity(store, args.name)
        except package.CardError as exc:
            fail(str(exc))
        card = sharing.my_card(store)
    text = package.card_text(card)
    if args.action == "export":
        if args.output == "-":
            print(text, end="" if text.endswith("\n") else "\n")
            return EXIT_OK
        target = Path(args.output)
        if target.is_dir():
            target = target / "ncdesk-card.txt"

        with atomic_write(target, "w") as fh:
            fh.write(text)
        print(f"Wrote your card to {target}: send it to the other focal points, then read them your fingerprint")
        print(f"by phone: {package.fingerprint(card)}")
        return EXIT_OK
    if args.json:
        print(
            json.dumps(
                {
                    "name": me.name,
                    "installation_id": me.installation_id,
                    "fingerprint": package.fingerprint(card),
                    "created_at": me.created_at,
                },
                indent=2,
            )
        )
        return EXIT_OK
    print(f"Name:         {me.name}")
    print(f"Installation: {me.installation_id}")
    print(f"Fingerprint:  {package.fingerprint(card)}")
    print("Send your card with: ncdesk identity export -o CARD")
    return EXIT_OK


def cmd_contact(args: argparse.Namespace) -> int:
    if args.contact_command == "add":
        if args.card == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(args.card).read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                fail(f"cannot read the card {args.card}: {exc.strerror or exc}")
        with open_store(args) as store:
            sharing.ensure_identity(store)
            try:
                found, changed = sharing.add_card(
                    store, text, name=args.name, verified=args.verified, publisher=args.publisher
                )
            except package.CardError as exc:
                fail(str(exc))
            except exchange_peers.ExchangeError as exc:
                fail(str(exc))
        verb = "Added" if changed else "Already had"
        print(f"{verb} {found.name}; fingerprint: {sharing.fingerprint_of(found)}")
        if not found.verified:
            print("Compare this fingerprint with them by phone (they read theirs: `ncdesk identity`), then run")
            print(f"ncdesk contact add {args.card if args.card != '-' else 'CARD'} --verified")
        return EXIT_OK
    if args.contact_command == "remove":
        with open_store(args) as store:
            try:
                found = exchange_peers.find_contact(store, args.name)
            except exchange_peers.ExchangeError as exc:
                fail(str(exc))
            exchange_peers.remove_contact(store, found.installation_id)
        print(f"Removed {found.name}: their packages are refused from now on.")
        return EXIT_OK
    with open_store(args) as store:
        people = exchange_peers.contacts(store)
    rows: list[dict[str, Any]] = [
        {"name": c.name, "installation_id": c.installation_id, "fingerprint": sharing.fingerprint_of(c),
         "verified": c.verified, "publisher": c.publisher, "last_sent": c.last_sent_at,
         "last_received": c.last_received_at}
        for c in people
    ]  # fmt: skip
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print("No contacts yet: add a focal point's card with ncdesk contact add CARD")
        return EXIT_OK
    for r in rows:
        marks = ("verified" if r["verified"] else "NOT VERIFIED") + (", publisher" if r["publisher"] else "")
        print(f"{r['name']}  {r['fingerprint']}  ({marks})  sent: {_day(r['last_sent'])}  "
              f"received: {_day(r['last_received'])}")  # fmt: skip
    return EXIT_OK


def _package_passphrase(args: argparse.Namespace) -> str | None:
    name = getattr(args, "package_passphrase_file", None)
    return read_passphrase_file(name, "package passphrase") if name else None


def cmd_share(args: argparse.Namespace) -> int:
    if args.release:
        return _share_release(args)
    passphrase = _package_passphrase(args)
    if passphrase is not None:
        if args.to:
            fail("a handover package is locked with a passphrase, not sealed to contacts: give one or the other")
        try:
            crypto.check_passphrase(passphrase)
        except crypto.WeakPassphraseError as exc:
            fail(f"{exc} Nothing was written")
    elif not args.to:
        fail("say whom the package is for: --to NAME (a contact; repeat for several), or a handover passphrase "
             "with --passphrase-file FILE after the command")  # fmt: skip
    target = Path(args.output)
    with open_store(args) as store:
        try:
            made = sharing.share(store, args.to, everything=args.all, passphrase=passphrase)
        except exchange_peers.ExchangeError as exc:
            fail(str(exc))
        names = ", ".join(c.name for c in made.recipients)
        if made.records == 0 and not made.outgoing.body["tombstones"]:
            since = max((c.last_sent_at or "" for c in made.recipients), default="")
            when = f" since {_day(since)}" if since else ""
            print(f"Nothing new to share with {names or 'anyone'}{when}; nothing was written (use --all to send "
                  "every shared record).")  # fmt: skip
            return EXIT_OK
        path = sharing.write_package(store, made, target)
    removed = len(made.outgoing.body["tombstones"])
    extra = f" and {removed} removal(s)" if removed else ""
    if passphrase is not None:
        print(f"Shared {made.records} record(s){extra} for a handover, locked with the passphrase: {path}")
        print("Give the passphrase to your successor separately (by phone, not with the file).")
    else:
        print(f"Shared {made.records} record(s){extra} with {names}: {path}")
    return EXIT_OK


def _share_release(args: argparse.Namespace) -> int:
    if not args.to:
        fail("say whom the release is for: --to NAME (repeat for several)")
    with open_store(args) as store:
        try:
            made = sharing.share_release(store, Path(args.release).expanduser(), args.to)
        except (exchange_peers.ExchangeError, ReferenceDataError, OSError, KeyError, ValueError) as exc:
            fail(f"the release cannot be sent: {exc}. Nothing was written")
        path = sharing.write_package(store, made, Path(args.output))
    version = made.outgoing.body["version"]
    print(f"Shared the reference release {version} ({made.records} rows) with {', '.join(args.to)}: {path}")
    return EXIT_OK


def _plan_json(p: exchange.Plan) -> dict[str, Any]:
    def change(c: exchange.FieldChange) -> dict[str, Any]:
        return {"table": c.table, "id": c.record_id, "title": c.title, "field": c.field, "mine": c.mine,
                "theirs": c.theirs}  # fmt: skip

    return {
        "package": p.package_id, "from": p.sender_name, "sender": p.sender, "created_at": p.created_at,
        "already": p.already,
        "added": [{"table": t, "id": i, "title": title} for t, i, title in p.added],
        "updated": [change(c) for c in p.updated],
        "conflicts": [change(c) for c in p.conflicts],
        "removed": [{"table": t, "id": i, "title": title} for t, i, title in p.removed],
        "reference_release": p.release.version if p.release is not None else None,
    }  # fmt: skip


def _print_plan(p: exchange.Plan) -> None:
    if p.release is not None:
        print(f"Package {p.package_id[:8]} from {p.sender_name}, made {_day(p.created_at)}: the reference "
              f"release {p.release.version} ({len(p.release.rows)} rows), applied as a bundled one (your edits "
              "kept)")  # fmt: skip
        return
    print(
        f"Package {p.package_id[:8]} from {p.sender_name}, made {_day(p.created_at)}: {len(p.added)} to add, "
        f"{len(p.updated)} field(s) to update, {len(p.removed)} to remove, {len(p.conflicts)} conflict(s)"
    )
    for _, _, title in p.added:
        print(f"  add     {title}")
    for c in p.updated:
        print(f"  update  {c.title}: {c.field}: {_short(c.mine, 30)} → {_short(c.theirs, 30)}")
    for _, _, title in p.removed:
        print(f"  remove  {title}")
    for c in p.conflicts:
        print(f"  CONFLICT {c.title}: {c.field}: mine {_short(c.mine)} | theirs {_short(c.theirs)}")


def _refused(args: argparse.Namespace, exc: Exception) -> int:
    print(f"ncdesk {args.command}: {exc}", file=sys.stderr)
    if isinstance(exc, package.PackageRefused):
        if exc.reason == "unknown_signer" and exc.card is not None:
            print(f"Signed by: {exc.card.name}\nFingerprint: {package.fingerprint(exc.card)}", file=sys.stderr)
            print("Ask them for their card, compare this fingerprint with them by phone, add it with "
                  "`ncdesk contact add CARD --verified`, then receive the package again.", file=sys.stderr)  # fmt: skip
        elif exc.reason in ("passphrase_needed", "wrong_passphrase"):
            print(
                "Give it after the command: ncdesk receive PACKAGE --passphrase-file FILE.",
                file=sys.stderr,
            )
    return EXIT_BAD_INPUT


def cmd_receive(args: argparse.Namespace) -> int:
    passphrase = _package_passphrase(args)
    path = Path(args.file)
    with open_store(args) as store:
        try:
            data = sharing.read_file(path)
            plan = sharing.preview(store, data, passphrase=passphrase)
        except (package.PackageRefused, exchange_peers.ExchangeError) as exc:
            return _refused(args, exc)
        if args.json and (args.dry_run or plan.already or (plan.conflicts and not args.take)):
            print(json.dumps({**_plan_json(plan), "applied": False}, indent=2, ensure_ascii=False, default=str))
        if plan.already:
            if not args.json:
                print(f"Already received: package {plan.package_id[:8]} from {plan.sender_name}; nothing to do.")
            return EXIT_OK
        if not args.json:
            _print_plan(plan)
        if args.dry_run:
            if not args.json:
                print("Dry run: nothing was written.")
            return EXIT_CONFLICTS if plan.conflicts and not args.take else EXIT_OK
        try:
            got = sharing.receive(store, plan, take=args.take)
        except exchange.ConflictsUndecided as exc:
            print(f"ncdesk {args.command}: {exc}", file=sys.stderr)
            print("Receive it again with --take mine or --take theirs, or decide each in the window.", file=sys.stderr)
            return EXIT_CONFLICTS
        except exchange_peers.ExchangeError as exc:
            return _refused(args, exc)
    if args.json:
        print(json.dumps({**_plan_json(plan), "applied": True, "take": args.take}, indent=2, ensure_ascii=False,
                         default=str))  # fmt: skip
        return EXIT_OK
    if got.release is not None:
        print(f"Reference data {plan.release.version if plan.release else ''} from {got.sender_name}: "
              f"{got.release.inserted} added, {got.release.updated} updated, {got.release.kept_user_edits} kept "
              "with your edits.")  # fmt: skip
        return EXIT_OK
    kept = f"; conflicts: kept {args.take}" if got.conflicts else ""
    print(f"Received from {got.sender_name}: {got.added} added, {got.updated} field(s) updated, {got.removed} "
          f"removed{kept}.")  # fmt: skip
    return EXIT_OK


def cmd_exchange(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.folder:
            folder = Path(args.folder).expanduser().resolve()
            folder.mkdir(parents=True, exist_ok=True)
            sharing.set_exchange_folder(store, folder)
        folder_now = sharing.exchange_folder(store)
        if folder_now is None:
            fail("no exchange folder yet: give one with --folder PATH (a folder your sync tool copies)")
        try:
            got = sharing.pick_up(store)  # first: what arrives is passed on to the others in the same run
            made = sharing.outgoing_to_folder(store)
        except exchange_peers.ExchangeError as exc:
            fail(str(exc))
    result = {
        "folder": str(folder_now),
        "sent": None if made is None else {"file": made.name, "records": made.records,
                                           "to": [c.name for c in made.recipients]},
        "received": [{"package": r.package_id, "from": r.sender_name, "added": r.added, "updated": r.updated,
                      "removed": r.removed} for r in got.received],
        "waiting": [{"file": str(path), **_plan_json(p)} for path, p in got.waiting],
        "refused": [{"file": str(path), "reason": text} for path, text in got.refused],
        "not_for_us": got.not_for_us,
    }  # fmt: skip
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        return EXIT_OK
    print(f"Exchange folder: {folder_now}")
    if made is None:
        print("Nothing new to send.")
    else:
        print(f"Sent {made.records} record(s) to {', '.join(c.name for c in made.recipients)}: {made.name}")
    for r in got.received:
        print(f"Received from {r.sender_name}: {r.added} added, {r.updated} field(s) updated, {r.removed} removed.")
    for path, p in got.waiting:
        print(
            f"Waits for a decision: {path.name} from {p.sender_name}: {len(p.conflicts)} conflict(s); nothing of it "
            f"was written. Receive it with `ncdesk receive {path} --take mine|theirs`, or in the window."
        )
    for path, text in got.refused:
        print(f"Refused: {path.name}: {text}")
    if not (got.received or got.waiting or got.refused):
        print("Nothing new to receive.")
    return EXIT_OK
