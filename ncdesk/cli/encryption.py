"""Encryption at rest from the command line: `encrypt`, `passwd`, `decrypt`, and the new passphrase they ask for."""

from __future__ import annotations

import argparse
import getpass
import sys

from ncdesk import paths
from ncdesk.cli.common import open_store, read_passphrase_file
from ncdesk.cli.exits import EXIT_OK, EXIT_PROBLEM, fail
from ncdesk.store.file import crypto, encryption
from ncdesk.store.file.crypto import WeakPassphraseError, check_passphrase, passphrase_warning
from ncdesk.store.store import Store


def cmd_encrypt(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    if crypto.is_encrypted(folder):
        if not encryption.plain_copies(folder):
            fail("the database is already encrypted; change its passphrase with `ncdesk passwd`")
        # Plain copies left by an earlier `encrypt` (refused, or interrupted): convert or remove them.
        with open_store(args) as store:
            report = encryption.finish(store, progress=_progress)
            _remove_unreadable(args, store, report)
        print("The database was already encrypted.")
        return _encrypt_summary(report, database=False)
    new = _new_passphrase(args)
    with open_store(args) as store:
        report = encryption.encrypt(store, new, progress=_progress)
        _remove_unreadable(args, store, report)
    code = _encrypt_summary(report)
    print("Keep the passphrase safe: without it the data cannot be recovered.")
    return code


def _new_passphrase(args: argparse.Namespace) -> str:
    if args.new_passphrase_file:
        new = read_passphrase_file(args.new_passphrase_file, "new passphrase")
    elif not sys.stdin.isatty():
        fail("give the new passphrase with --new-passphrase-file FILE (there is no terminal to ask)")
    else:
        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("New passphrase again: ") != new:
            fail("the two passphrases differ; nothing was changed")
    try:
        check_passphrase(new)
    except WeakPassphraseError as exc:
        fail(f"{exc} Nothing was changed")
    if warning := passphrase_warning(new):
        print(f"ncdesk: warning: {warning}", file=sys.stderr)
        if not args.new_passphrase_file and input("Use it anyway? [y/N] ").strip().lower() not in ("y", "yes"):
            fail("nothing was changed; choose a stronger passphrase")
    return new


def _remove_unreadable(args: argparse.Namespace, store: Store, report: encryption.Report) -> None:
    """Remove the plain copies `encrypt` could not read (report.unreadable) if the user agrees:
    --remove-unreadable, or yes at a terminal; without either they stay, and the summary says so."""
    if not report.unreadable:
        return
    print(f"{len(report.unreadable)} copy(ies) in the data folder are too damaged to be encrypted and stay readable:")
    for path in report.unreadable:
        print(f"  {path}")
    print("They may hold records that no backup has (restore from one first if you need them).")
    agreed = args.remove_unreadable
    if not agreed and sys.stdin.isatty():
        answer = input("Remove them? [y/N] ")
        agreed = answer.strip().lower() in ("y", "yes")
    if agreed:
        report.removed = encryption.remove_plain(store, report.unreadable)
        report.unreadable = tuple(encryption.plain_copies(store.folder))


def _encrypt_summary(report: encryption.Report, *, database: bool = True) -> int:
    print(" ".join(report.summary(database=database)))
    if report.unreadable:
        print(
            "error: plain copies remain (listed above). Remove them with `ncdesk encrypt --remove-unreadable`, "
            "or delete those files yourself.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    if not crypto.is_encrypted(folder):
        fail("the database is not encrypted; encrypt it with `ncdesk encrypt`")
    with open_store(args) as store:
        new = _new_passphrase(args)
        report = encryption.change_passphrase(store, new, progress=_progress)
    print(f"Changed the passphrase of {paths.database_path(folder)} and {report.backups} backup(s).")
    if report.skipped:
        print(f"{len(report.skipped)} older backup(s) keep an earlier passphrase: {', '.join(report.skipped)}")
    if report.unreadable:  # left by an `encrypt` whose removal the user refused
        print(
            f"{len(report.unreadable)} plain copy(ies) stay readable: {', '.join(map(str, report.unreadable))}. "
            "Remove them with `ncdesk encrypt --remove-unreadable`."
        )
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    folder = paths.data_dir(args.data_dir)
    if not crypto.is_encrypted(folder):
        fail("the database is not encrypted")
    with open_store(args) as store:
        if not args.yes:
            if not sys.stdin.isatty():
                fail("removing the encryption needs --yes (there is no terminal to ask)")
            answer = input("Remove the encryption? Anyone with this computer's files could read them. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was changed.")
                return EXIT_OK
        report = encryption.decrypt(store, progress=_progress)
    print(
        f"Removed the encryption of {paths.database_path(folder)}, {report.backups} backup(s) and "
        f"{report.attachments} attachment(s)."
    )
    return EXIT_OK


def _progress(message: str) -> None:
    if sys.stderr.isatty():
        print(message, file=sys.stderr, flush=True)
