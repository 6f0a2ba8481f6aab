"""The database file: `init` (and `init --new`), `check` (and `--repair`), `backup`, `backups`, `restore`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from ncdesk import paths
from ncdesk.cli.common import current_passphrase, open_store, unlock
from ncdesk.cli.exits import EXIT_OK, EXIT_PROBLEM, fail
from ncdesk.core.labels import kind_noun
from ncdesk.store.file import crypto, recovery
from ncdesk.store.file.backups import (
    DAMAGED,
    Verified,
    find_copy,
    kept_now,
    list_copies,
    make_backup,
    restore,
    verify,
)
from ncdesk.store.file.errors import DatabaseCorruptError, DatabaseDamagedError
from ncdesk.store.file.folder import needs_passphrase_to_start_anew, restore_in_place
from ncdesk.store.records.check import Severity, healthy, last_good_backup, repair, run_check


def cmd_init(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    with open_store(args, load_reference=False, new=args.new) as store:
        if args.new:
            print(f"Started a new database in {folder}" + (" (encrypted)." if store.key is not None else "."))
        report = store.apply_reference()
        counts = {
            t: store.count(t)
            for t in ("state", "situation", "icc_case", "person", "finding", "travel_alert", "letter", "activity")
        }
        print(f"Data folder: {folder}")
        print(f"Database:    {store.path}")
        print(
            f"Reference data {store.reference_version()}: "
            + ", ".join(f"{n} {_plural(t, n)}" for t, n in counts.items())
        )
        if report.applied:
            print(
                f"Loaded: {report.inserted} added, {report.updated} updated, {report.retired} retired, "
                f"{report.kept_user_edits} kept as edited by you."
            )
        else:
            print("Already up to date.")
    return EXIT_OK


def _plural(table: str, n: int) -> str:
    """ "1 situation", "193 States", "12 findings": a table's name as the command line counts it."""
    return kind_noun(table, plural=n != 1, tables=True)


def cmd_check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.repair:
            report = repair(store)
            problems = report.remaining
            if not args.json:
                for p in report.repaired:
                    print(f"repaired: {p.line()}")
                print(f"Repaired {len(report.repaired)} problem(s) in one transaction.")
        else:
            problems = run_check(store)
        path = store.path
        backup = last_good_backup(store, problems)
    ok = healthy(problems)
    if args.json:
        print(
            json.dumps(
                {
                    "healthy": ok,
                    "database": str(path),
                    "problems": [
                        {"severity": p.severity.value, "table": p.table, "id": p.record_id, "message": p.message}
                        for p in problems
                    ],
                    "last_good_backup": backup,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        errors = [p for p in problems if p.severity is Severity.ERROR]
        notes = [p for p in problems if p.severity is Severity.NOTE]
        for p in errors + notes:
            print(p.line())
        print(f"{path}: {'healthy' if ok else 'NOT healthy'} ({len(errors)} errors, {len(notes)} notes)")
        if any(p.damage for p in problems):
            ways = ["`ncdesk check --repair` mends what is marked [repair: …]"] if any(p.fix for p in problems) else []
            if backup:
                ways.append(f"restore the last good backup: ncdesk restore {backup}")
            no_backup = "" if backup else " (there is no good backup to restore)"
            print(f"The file is damaged: {'; or '.join(ways) or 'nothing can mend it here'}{no_backup}.")
    return EXIT_OK if ok else EXIT_PROBLEM


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def _local(when: dt.datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def cmd_backup(args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser().resolve() if args.output else None
    if target is not None and target.is_dir():
        fail(f"{target} is a folder; give a file name, e.g. {target / 'ncdesk-backup.sqlite3'}")
    with open_store(args) as store:
        info = make_backup(store, "manual", target=target)
        checked = verify(info.path, store.key)
    print(f"Backed up to {info.path} ({_size(info.size)}, {checked.records} records; checked: {checked.message})")
    return EXIT_OK


KEPT_TEXT = {
    "recovery": "kept: named for recovery",
    "lacking": "kept: holds records the database lacks",
}


def cmd_backups(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    key = unlock(args, folder)

    def checked(path: Path) -> Verified:
        # A backup under another salt of the folder's passphrase (one from before `init --new`)
        # is checked with its own key, as `ncdesk restore` opens it.
        if key is not None and (not crypto.looks_encrypted(path) or crypto.file_salt(path) == key.salt):
            return verify(path, key)
        return _verify_alone(args, folder, path)

    found = [(b, checked(b.path)) for b in list_copies(folder)]
    kept = kept_now(folder, key)
    if args.json:
        print(
            json.dumps(
                [
                    {"file": str(b.path), "made_at": b.at.isoformat(), "kind": b.kind, "bytes": b.size,
                     "sound": v.ok, "check": v.message, "records": v.records,
                     "kept": kept.get(b.path) if kept.get(b.path) in KEPT_TEXT else None}
                    for b, v in found
                ],
                indent=2,
            )
        )  # fmt: skip
        return EXIT_OK
    if not found:
        print(f"No backups yet in {paths.backups_dir(folder)}.")
        return EXIT_OK
    for b, v in found:
        state = f"{v.records} records" if v.ok else f"NOT USABLE: {v.message}"
        reason = KEPT_TEXT.get(kept.get(b.path, ""))
        note = f"  ({reason})" if reason else ""
        shown = b.path.name if b.kind != DAMAGED else f"{recovery.damaged_dir(folder).name}/{b.path.name}"
        print(f"{_local(b.at)}  {b.kind:<16} {_size(b.size):>8}  {state}  {shown}{note}")
    damaged = sum(1 for b, _ in found if b.kind == DAMAGED)
    count = f"{len(found) - damaged} backup(s) in {paths.backups_dir(folder)}"
    if damaged:
        count += f" and {damaged} damaged copy(ies) in {recovery.damaged_dir(folder)}"
    print(f"{count}; restore one with: ncdesk restore NAME")
    return EXIT_OK


def _verify_alone(args: argparse.Namespace, folder: Path, path: Path) -> Verified:
    """A backup's check when there is no database key to check it with (the database is plain,
    or was moved aside as damaged): an encrypted backup is unlocked with the passphrase itself."""
    if not crypto.looks_encrypted(path):
        return verify(path)
    if not crypto.kdf_path(folder).exists() and not crypto.kdf_copy_path(folder).exists():
        # Not SQLite, and nothing to decrypt it with: in a folder that was never encrypted, a
        # damaged file (its first page overwritten), not an encrypted one.
        return Verified(
            False, "cannot be read: it does not start as an SQLite file, and the folder has no encryption.json"
        )
    try:
        passphrase = current_passphrase(args)
    except crypto.PassphraseRequiredError:
        return Verified(False, "is encrypted: give the passphrase (--passphrase-file FILE) to check it")
    args._passphrase = passphrase  # asked once
    keys: dict[bytes, crypto.Key | Verified] = args.__dict__.setdefault("_backup_keys", {})  # one derivation per salt
    salt = crypto.file_salt(path)
    if salt not in keys:
        try:
            keys[salt] = crypto.unlock(folder, passphrase, path)
        except crypto.WrongPassphraseError:
            keys[salt] = Verified(
                False, "does not open with the passphrase given (an earlier one, or another folder's?)"
            )
        except DatabaseCorruptError:
            keys[salt] = Verified(False, "is damaged: it does not decrypt with this folder's passphrase")
    found = keys[salt]
    return found if isinstance(found, Verified) else verify(path, found)


def cmd_restore(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    source = Path(args.file).expanduser()
    if not source.exists():
        copy = find_copy(folder, Path(args.file).name)
        if copy is not None:
            source = copy.path
    if not source.is_file():
        fail(f"no backup {args.file!r}; `ncdesk backups` lists them")

    damaged = source.resolve().parent == recovery.damaged_dir(folder).resolve()
    what = f"The damaged copy {source.name}" if damaged else str(source)

    key = None
    kdf = crypto.read_kdf(folder) if crypto.looks_encrypted(source) else None
    if kdf is not None:
        if crypto.file_salt(source).hex() not in kdf.checks:  # no passphrase of this folder can open it
            fail(
                f"{what} is not a backup of this data folder (not an ncdesk database, damaged, or encrypted "
                "in another data folder); nothing was changed. Choose another backup (`ncdesk backups`)"
            )
        passphrase = current_passphrase(args)
        key = crypto.unlock(folder, passphrase, path=source)
        args._passphrase = passphrase  # the database's own unlock does not ask again
    checked = verify(source, key)
    if not checked.ok and damaged:
        fail(
            f"{what} {checked.message}: it cannot be restored (it stays in {source.parent}); nothing was "
            "changed. Choose a backup instead (`ncdesk backups`)"
        )
    if not checked.ok:
        fail(f"{source} {checked.message}; nothing was changed. Choose another backup (`ncdesk backups`)")
    db = paths.database_path(folder)
    if db.exists():
        # A backup encrypted with another salt of this folder's passphrase (one from before
        # `init --new`) cannot be read with the open database's key: it is put in place as a file.
        other_salt = key is not None and crypto.looks_encrypted(db) and crypto.file_salt(db) != key.salt
        try:
            with open_store(args) as store:
                before = make_backup(store, "before-restore") if other_salt else restore(store, source.resolve())
        except DatabaseDamagedError as exc:  # moved aside: the backup takes its place (one run)
            print(f"ncdesk restore: {exc.args[0]}", file=sys.stderr)
        else:
            if other_salt:
                restore_in_place(folder, source.resolve(), key, replace=True)
            print(f"Restored {source.name}. The database as it was just before is kept in {before.path}.")
            return EXIT_OK
    if key is None and needs_passphrase_to_start_anew(folder):
        # A plain backup in an encrypted folder: restored into a new database encrypted with the
        # folder's passphrase, never put in place as it is.
        args._passphrase = current_passphrase(args)
        with open_store(args, new=True) as store:
            restore(store, source.resolve())
        print(f"Restored {source.name} as the database of {folder}, encrypted with the folder's passphrase.")
        return EXIT_OK
    restore_in_place(folder, source.resolve(), key)
    print(f"Restored {source.name} as the database of {folder}.")
    return EXIT_OK
