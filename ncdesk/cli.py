"""The command line: the same store, rules and exports as the window, for scripts and checks.

Exit codes: 0 success; 1 the database or the check found a problem; 2 bad input (unknown
State or person, impossible date, malformed document number), with one line saying what was
wrong and the closest matches, and nothing written (`receive`: a package refused); 3 (`receive`)
conflicts wait for a decision, nothing written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ncdesk import __version__, paths

if TYPE_CHECKING:  # for the annotations only: the commands import what they use when they run
    from ncdesk.store.store import Store

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_BAD_INPUT = 2
EXIT_CONFLICTS = 3  # `receive`: conflicts wait for a decision; nothing was written


class BadInput(Exception):
    """Input the user can correct; reported in one line with exit code 2."""


def _data_dir_arg(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="the data folder (default: $NCDESK_DATA_DIR, else the platform's user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=None if top else argparse.SUPPRESS,
        help="an encrypted database's passphrase, read from FILE (default: $NCDESK_PASSPHRASE_FILE, else a prompt)",
    )


_KINDS_HELP = "travel_alert (alert), letter, activity, person, finding"


def build_parser() -> argparse.ArgumentParser:  # noqa: PLR0915 - the whole command line's parser, a statement per option
    parser = argparse.ArgumentParser(
        prog="ncdesk",
        description="The offline desk of the ASP focal points on non-cooperation. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"ncdesk {__version__}")
    _data_dir_arg(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create the data folder and database with the reference data (idempotent)")
    _data_dir_arg(p, top=False)
    p.add_argument(
        "--new",
        action="store_true",
        help="start a new, empty database where the damaged one was moved aside (instead of `ncdesk restore NAME`); "
        "in an encrypted folder it is encrypted with the folder's passphrase",
    )

    p = sub.add_parser("export", help="export records: everything as JSON, or tables as CSV or Excel")
    _data_dir_arg(p, top=False)
    p.add_argument(
        "--format",
        choices=["json", "csv", "xlsx"],
        default="json",
        help="json: every record (default); csv: one file per kind; xlsx: one workbook, a sheet per kind",
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE_OR_DIR", help="file to write (csv without --kind: a folder)"
    )
    p.add_argument("--kind", help=f"csv/xlsx: only this kind ({_KINDS_HELP})")

    p = sub.add_parser("import", help="import records from CSV, Excel (.xlsx) or JSON, all or nothing")
    _data_dir_arg(p, top=False)
    p.add_argument("file", help="the file: .csv, .xlsx, .json (records, or a complete ncdesk export)")
    p.add_argument("--kind", help=f"what the rows are ({_KINDS_HELP}); default: from sheet names or columns")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="check the file and show what it would add, and what it asks (with the option that answers it); "
        "write nothing",
    )
    p.add_argument(
        "--map-column",
        action="append",
        default=[],
        metavar="HEADER=COLUMN",
        help='a header the importer does not know is this column ("Destination=destinations"); '
        '"HEADER=" ignores it (repeat for each)',
    )
    p.add_argument(
        "--map-value",
        action="append",
        default=[],
        metavar="[COLUMN:]TEXT=VALUE",
        help="what a value of the file means: a State, a person, a closed list's value "
        '("Ivory Coast=Côte d\'Ivoire", "reliability:Likely=probable"; repeat for each)',
    )
    order = p.add_mutually_exclusive_group()
    order.add_argument(
        "--day-first", action="store_true", help="numeric dates such as 10/09/2027 are day first (10 September)"
    )
    order.add_argument(
        "--month-first", action="store_true", help="numeric dates such as 10/09/2027 are month first (9 October)"
    )

    p = sub.add_parser("template", help="an import template for a kind: the columns and one example row")
    _data_dir_arg(p, top=False)
    p.add_argument("kind", help=_KINDS_HELP)
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")

    p = sub.add_parser("search", help="full-text search across every kind of record")
    _data_dir_arg(p, top=False)
    p.add_argument("text", nargs="+", help="words to look for (case and accents ignored)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")

    p = sub.add_parser("obligation", help="must this State arrest and surrender this person on that day, and why?")
    _data_dir_arg(p, top=False)
    p.add_argument("--state", required=True, help="State: name, alias or ISO code")
    p.add_argument("--person", required=True, help="person: name or alias")
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day in question")
    p.add_argument("--json", action="store_true", help="print JSON")
    _lang_arg(p, "the answer")

    p = sub.add_parser("check", help="check the database and the record; exit 0 when healthy")
    _data_dir_arg(p, top=False)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--repair", action="store_true", help="fix what needs no judgement (marked [repair: ...]) in one transaction"
    )

    p = sub.add_parser("backup", help="back up the database now (checked, then renamed into place)")
    _data_dir_arg(p, top=False)
    p.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: the backups folder)")

    p = sub.add_parser("backups", help="list the backups, newest first")
    _data_dir_arg(p, top=False)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is backed up first)")
    _data_dir_arg(p, top=False)
    p.add_argument("file", metavar="FILE", help="a backup file, or a name from `ncdesk backups`")

    alert = sub.add_parser("alert", help="suspect-travel alerts: add, list, show, step, share")
    alert_sub = alert.add_subparsers(dest="alert_command", metavar="ACTION", required=True)
    p = alert_sub.add_parser("add", help="log a travel alert")
    _data_dir_arg(p, top=False)
    p.add_argument("--person", required=True, help="the person: name or alias")
    p.add_argument("--state", required=True, action="append", help="destination State (repeat for several)")
    p.add_argument(
        "--from",
        dest="date_from",
        required=True,
        metavar="DATE",
        help="first day, or a partial date: 2025-10-08, 8 October 2025, mid-October 2025",
    )
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day, if a range")
    p.add_argument("--source", default="", help="where the information comes from")
    p.add_argument("--reliability", default="unknown", help="confirmed, probable, possible, doubtful, unknown")
    p.add_argument("--purpose", default="", help="purpose of the visit")
    p.add_argument("--status", default="reported", help="reported (default), verified, focal_points_activated, ...")
    p.add_argument("--received", metavar="DATE", help="when the information was received (default: today)")
    p.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="log it even if an alert for the same person, overlapping dates and a shared destination is recorded",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p = alert_sub.add_parser("duplicates", help="pairs of alerts, letters and activities that may be one")
    _data_dir_arg(p, top=False)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = alert_sub.add_parser("list", help="list travel alerts")
    _data_dir_arg(p, top=False)
    p.add_argument("--open", action="store_true", help="only alerts not closed")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = alert_sub.add_parser("show", help="show an alert with the destination's obligation")
    _data_dir_arg(p, top=False)
    p.add_argument("id", help="the alert's id (or its first characters)")
    p.add_argument("--json", action="store_true", help="print JSON")
    _lang_arg(p, "the alert's labels, obligations and flags")
    p = alert_sub.add_parser("step", help="move an alert to its next step")
    _data_dir_arg(p, top=False)
    p.add_argument("id", help="the alert's id (or its first characters)")
    p.add_argument("step", help="verified, focal_points_activated, letter_sent, court_informed, closed")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="when (default: today)")
    p.add_argument("--outcome", help="when closing: cancelled, arrested, not_arrested, unknown")
    p.add_argument("--by", default="", help="who took the step")
    p.add_argument("--note", default="", help="a note")
    p = alert_sub.add_parser("share", help="record that the alert was shared with the Court")
    _data_dir_arg(p, top=False)
    p.add_argument("id", help="the alert's id (or its first characters)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="when (default: today)")
    p.add_argument("--channel", required=True, help="how: e-mail to the Registry, meeting, ...")
    p.add_argument("--by", default="", help="who shared it")
    p.add_argument("--to", dest="recipient", default="", help="who received it at the Court")

    _merge_args(alert_sub, "alert")

    letter = sub.add_parser("letter", help="the President's letters: add, list, draft")
    letter_sub = letter.add_subparsers(dest="letter_command", metavar="ACTION", required=True)
    p = letter_sub.add_parser("add", help="record a letter")
    _data_dir_arg(p, top=False)
    p.add_argument("--state", required=True, help="the State written to")
    p.add_argument("--date", required=True, metavar="DATE", help="the letter's date")
    p.add_argument("--to-office", required=True, help="the addressee's office, e.g. Minister of Foreign Affairs")
    p.add_argument("--alert", help="the travel alert it answers (id or first characters)")
    p.add_argument("--published", metavar="DATE", help="when it was published")
    p.add_argument("--channel", default="", help="where it was published")
    p.add_argument("--subject", default="", help="subject")
    p.add_argument("--reference", default="", help="reference number")
    p.add_argument("--sender", help="sender's name (default: the President of the Assembly)")
    p.add_argument("--articles", default="", help="articles recalled, comma-separated: 86,89(1)")
    p.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="record it even if a letter to the same State, of the same day, to the same addressee is recorded",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    _merge_args(letter_sub, "letter")
    p = letter_sub.add_parser("list", help="the letter register")
    _data_dir_arg(p, top=False)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = letter_sub.add_parser("draft", help="draft the President's letter for an alert (.docx)")
    _data_dir_arg(p, top=False)
    p.add_argument("--alert", required=True, help="the alert (id or first characters)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    _lang_arg(p, "the letter")

    deadline = sub.add_parser("deadline", help="deadlines (a State invited to respond, a report due): add, list")
    deadline_sub = deadline.add_subparsers(dest="deadline_command", metavar="ACTION", required=True)
    p = deadline_sub.add_parser("add", help="add a deadline to an alert, a finding or a State")
    _data_dir_arg(p, top=False)
    p.add_argument("--due", required=True, metavar="DATE", help="the day it is due: 2026-03-31 or 31 March 2026")
    p.add_argument("--description", required=True, help="what is due, e.g. Reply to the President's letter")
    about = p.add_mutually_exclusive_group()
    about.add_argument("--alert", help="the travel alert it belongs to (id or first characters)")
    about.add_argument("--finding", metavar="DOCUMENT", help="the finding it belongs to: its ICC document number or id")
    p.add_argument("--state", help="the State concerned (alone: the deadline belongs to the State)")
    p.add_argument("--notes", default="", help="notes")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = deadline_sub.add_parser("list", help="the open deadlines, soonest first")
    _data_dir_arg(p, top=False)
    p.add_argument("--all", action="store_true", help="also those done")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("brief", help="a briefing note on a State, person, case, situation or alert (.pdf or .docx)")
    _data_dir_arg(p, top=False)
    p.add_argument("kind", choices=["state", "person", "case", "situation", "alert"])
    p.add_argument("ref", help="name, alias, ISO code, ICC number, or an alert's id")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.docx")
    _export_args(p)

    p = sub.add_parser("pack", help="several briefing notes in one file, with a cover and contents")
    _data_dir_arg(p, top=False)
    p.add_argument("refs", nargs="+", metavar="REF", help="KIND:REF (state:Hungary person:Putin alert:1a2b) or a name")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.docx")
    _export_args(p)

    p = sub.add_parser("report", help="the draft report of the Bureau on non-cooperation for a period")
    _data_dir_arg(p, top=False)
    p.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.docx")
    _export_args(p)

    p = sub.add_parser("calendar", help="upcoming visits and deadlines as an .ics calendar")
    _data_dir_arg(p, top=False)
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    _lang_arg(p, "the events' titles and descriptions")

    p = sub.add_parser("show", help="show a record by document number (ICC, ASP, UN), UUID or ISO code")
    _data_dir_arg(p, top=False)
    p.add_argument("ref", help="e.g. ICC-02/05-01/09-309, ICC-ASP/23/31, S/2016/716, HUN")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser(
        "encrypt", help="encrypt the database, its backups, damaged copies and attachments with a passphrase"
    )
    _data_dir_arg(p, top=False)
    _new_passphrase_arg(p)
    p.add_argument(
        "--remove-unreadable",
        action="store_true",
        help="remove the plain copies that are too damaged to be encrypted without asking (they may hold "
        "records no backup has; default: ask at a terminal, keep them without one)",
    )
    p = sub.add_parser("passwd", help="change the passphrase of an encrypted database")
    _data_dir_arg(p, top=False)
    _new_passphrase_arg(p)
    p = sub.add_parser("decrypt", help="remove the encryption: the database, backups and attachments in clear")
    _data_dir_arg(p, top=False)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _sharing_parsers(sub)
    return parser


def _package_passphrase_arg(p: argparse.ArgumentParser, what: str) -> None:
    # After `share` and `receive`, --passphrase-file is the package's (as the issue's contract
    # says); an encrypted database's passphrase is then given before the command
    # (`ncdesk --passphrase-file DB share …`) or by $NCDESK_PASSPHRASE_FILE.
    p.add_argument(
        "--passphrase-file", "--package-passphrase-file", dest="package_passphrase_file", metavar="FILE", help=what
    )


def _data_dir_only(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the data folder (default: $NCDESK_DATA_DIR, else the platform's user data folder)",
    )


def _sharing_parsers(sub: Any) -> None:
    p = sub.add_parser("identity", help="this data folder's identity for sharing (made on first use); export its card")
    _data_dir_arg(p, top=False)
    p.add_argument("action", nargs="?", choices=["export"], help="export: write the card to send to the others")
    p.add_argument("--name", help="the name the others see, e.g. 'Mexico — focal point' (renames when given)")
    p.add_argument("-o", "--output", metavar="CARD", help="export: the card file to write ('-': print it)")
    p.add_argument("--json", action="store_true", help="print JSON")

    contact = sub.add_parser("contact", help="the other focal points' cards: add, list, remove")
    contact_sub = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    p = contact_sub.add_parser("add", help="add a focal point's card (compare its fingerprint with them by phone)")
    _data_dir_arg(p, top=False)
    p.add_argument("card", metavar="CARD", help="the card file, or '-' to paste it")
    p.add_argument("--name", help="how this laptop calls them (default: the card's name)")
    p.add_argument("--verified", action="store_true", help="you compared the fingerprint with them by phone")
    p.add_argument("--publisher", action="store_true", help="they publish the reference record to the group")
    p = contact_sub.add_parser("list", help="the contacts, their fingerprints, what was sent and received")
    _data_dir_arg(p, top=False)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = contact_sub.add_parser("remove", help="remove a contact (their packages are refused from then on)")
    _data_dir_arg(p, top=False)
    p.add_argument("name", help="the contact's name (or its beginning)")

    p = sub.add_parser("share", help="a package of what changed since the last one, sealed to contacts")
    _data_dir_only(p)
    p.add_argument("--to", action="append", default=[], metavar="NAME", help="a contact (repeat for several)")
    p.add_argument("--all", action="store_true", help="every shared record, not only what changed since last time")
    _package_passphrase_arg(
        p, "a handover: lock the package with the passphrase in FILE instead of to contacts (everything)"
    )
    p.add_argument(
        "--release",
        metavar="FOLDER",
        help="the publisher (the Secretariat): send a reference release (a folder laid out as resources/reference)",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE_OR_DIR", help="the package file, or a folder")

    p = sub.add_parser("receive", help="receive a package: added, updated, conflicts; all or nothing")
    _data_dir_only(p)
    p.add_argument("file", metavar="FILE", help="the package (.ncpkg)")
    p.add_argument("--dry-run", action="store_true", help="show what it would change; write nothing")
    p.add_argument(
        "--take", choices=["mine", "theirs"], help="decide every conflict: keep this laptop's value, or the sender's"
    )
    _package_passphrase_arg(p, "a handover package's passphrase, read from FILE")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("exchange", help="write outgoing changes to the exchange folder and receive what is there")
    _data_dir_arg(p, top=False)
    p.add_argument("--folder", metavar="PATH", help="set the exchange folder (a folder your sync tool copies)")
    p.add_argument("--json", action="store_true", help="print JSON")


def _new_passphrase_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--new-passphrase-file", metavar="FILE", help="the new passphrase, read from FILE (default: a prompt, twice)"
    )


def _lang_arg(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--lang",
        choices=["en", "fr", "es", "ar"],
        default="en",
        help=f"language of {what} (default: en); text you typed is printed as typed",
    )


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--marking", help="classification marking on every page (default: Settings, else Restricted)")
    p.add_argument("--paper", choices=["a4", "letter"], help="paper size (default: Settings, else A4)")
    p.add_argument(
        "--lang",
        choices=["en", "fr", "es", "ar"],
        default="en",
        help="language of the headings, labels and dates (default: en); text you typed is printed as typed",
    )


def _merge_args(sub: Any, kind: str) -> None:
    p = sub.add_parser(
        "merge",
        help=f"merge two {kind}s recorded for one and the same (the other's id then leads to the one kept)",
    )
    _data_dir_arg(p, top=False)
    p.add_argument("keep", metavar="KEEP", help=f"the {kind} kept (id or first characters)")
    p.add_argument("other", metavar="OTHER", help=f"the {kind} merged into it (id or first characters)")
    p.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="keep|other|FIELD=keep|other",
        help="for a field both hold differently: whose value (default: keep's); repeat per field",
    )
    p.add_argument("--json", action="store_true", help="print JSON")


def fail(message: str) -> NoReturn:
    raise BadInput(message)


@contextmanager
def _open_store(args: argparse.Namespace, *, load_reference: bool = True, new: bool = False) -> Iterator[Store]:
    """The store for one command; after a command that changed something, an automatic
    backup (at most one every ten minutes). With *new* (`init --new`), a new database where
    the damaged one was moved aside: in an encrypted folder, with the folder's passphrase."""
    from ncdesk.store.file.backups import auto_backup
    from ncdesk.store.file.errors import StoreError
    from ncdesk.store.file.folder import needs_passphrase_to_start_anew
    from ncdesk.store.store import Store

    folder = paths.data_dir(args.data_dir)
    warning = paths.folder_warning(folder)
    if warning:
        print(f"ncdesk: warning: {warning}", file=sys.stderr)
    if new:
        key = None
        if needs_passphrase_to_start_anew(folder):
            args._passphrase = _current_passphrase(args)
    else:
        key = _unlock(args, folder)
    # Without a key but with the passphrase, the database is damaged (see `_unlock`): the open
    # moves it aside and names the last good backup.
    store = Store.open(
        folder, load_reference=load_reference, key=key, passphrase=getattr(args, "_passphrase", None), new=new
    )
    if store.read_only:  # a write-protected stick, a colleague's copy: reads and exports only
        from ncdesk.store.file.errors import read_only_note

        print(f"ncdesk: note: {read_only_note(folder)}", file=sys.stderr)
    try:
        yield store
        if not store.read_only:
            try:
                auto_backup(store, min_interval=dt.timedelta(minutes=10))
            except StoreError as exc:
                print(f"ncdesk: warning: {exc}", file=sys.stderr)
    finally:
        store.close()


def _read_passphrase_file(name: str, what: str) -> str:
    path = Path(name).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        fail(f"cannot read the {what} file {path}: {exc.strerror or exc}")
    except UnicodeDecodeError:
        fail(f"the {what} file {path} is not UTF-8 text")
    if sys.platform != "win32" and path.stat().st_mode & 0o077:
        print(f"ncdesk: warning: {path} can be read by other users (chmod 600 {path})", file=sys.stderr)
    return text.removesuffix("\n").removesuffix("\r")


def _current_passphrase(args: argparse.Namespace) -> str:
    """From --passphrase-file, else $NCDESK_PASSPHRASE_FILE, else a prompt on the terminal."""
    import getpass
    import os

    from ncdesk.store.file.crypto import PassphraseRequiredError

    cached = getattr(args, "_passphrase", None)
    if cached is not None:  # asked once per command
        return str(cached)
    name = getattr(args, "passphrase_file", None) or os.environ.get("NCDESK_PASSPHRASE_FILE")
    if name:
        text = _read_passphrase_file(name, "passphrase")
    elif not sys.stdin.isatty():
        raise PassphraseRequiredError("The database is encrypted and there is no terminal to ask for the passphrase.")
    else:
        text = getpass.getpass("Passphrase: ")
    return text


def _new_passphrase(args: argparse.Namespace) -> str:
    import getpass

    from ncdesk.store.file.crypto import WeakPassphraseError, check_passphrase, passphrase_warning

    if args.new_passphrase_file:
        new = _read_passphrase_file(args.new_passphrase_file, "new passphrase")
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


def _unlock(args: argparse.Namespace, folder: Path) -> Any:
    """The key of an encrypted database (asking up to three times at a terminal), or None: the
    database is plain, or it does not decrypt with this folder's passphrase (damaged; the
    passphrase is kept in args for `Store.open`, which moves the file aside)."""
    from ncdesk.store.file import crypto
    from ncdesk.store.file.errors import DatabaseCorruptError

    if not crypto.is_encrypted(folder):
        return None
    crypto.require_kdf(folder)
    interactive = not (getattr(args, "passphrase_file", None) or _env_passphrase_file()) and sys.stdin.isatty()
    for attempt in range(3 if interactive else 1):
        passphrase = _current_passphrase(args)
        try:
            key = crypto.unlock(folder, passphrase)
            args._passphrase = passphrase
            return key
        except DatabaseCorruptError:
            args._passphrase = passphrase
            return None
        except crypto.WrongPassphraseError:
            if not interactive or attempt == 2:
                raise
            print("The passphrase is wrong; try again.", file=sys.stderr)
    return None


def _env_passphrase_file() -> str | None:
    import os

    return os.environ.get("NCDESK_PASSPHRASE_FILE")


def cmd_encrypt(args: argparse.Namespace) -> int:
    from ncdesk.store.file import crypto, encryption

    folder = paths.data_dir(args.data_dir)
    if crypto.is_encrypted(folder):
        if not encryption.plain_copies(folder):
            fail("the database is already encrypted; change its passphrase with `ncdesk passwd`")
        # Plain copies left by an earlier `encrypt` (refused, or interrupted): convert or remove them.
        with _open_store(args) as store:
            report = encryption.finish(store, progress=_progress)
            _remove_unreadable(args, store, report)
        print("The database was already encrypted.")
        return _encrypt_summary(report, database=False)
    new = _new_passphrase(args)
    with _open_store(args) as store:
        report = encryption.encrypt(store, new, progress=_progress)
        _remove_unreadable(args, store, report)
    code = _encrypt_summary(report)
    print("Keep the passphrase safe: without it the data cannot be recovered.")
    return code


def _remove_unreadable(args: argparse.Namespace, store: Store, report: Any) -> None:
    """Remove the plain copies `encrypt` could not read (report.unreadable) if the user agrees:
    --remove-unreadable, or yes at a terminal; without either they stay, and the summary says so."""
    from ncdesk.store.file import encryption

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


def _encrypt_summary(report: Any, *, database: bool = True) -> int:
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
    from ncdesk.store.file import crypto, encryption

    folder = paths.data_dir(args.data_dir)
    if not crypto.is_encrypted(folder):
        fail("the database is not encrypted; encrypt it with `ncdesk encrypt`")
    with _open_store(args) as store:
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
    from ncdesk.store.file import crypto, encryption

    folder = paths.data_dir(args.data_dir)
    if not crypto.is_encrypted(folder):
        fail("the database is not encrypted")
    with _open_store(args) as store:
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


def cmd_init(args: argparse.Namespace) -> int:

    folder = paths.data_dir(args.data_dir)
    with _open_store(args, load_reference=False, new=args.new) as store:
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


_LABELS = {
    "state": ("State", "States"),
    "situation": ("situation", "situations"),
    "icc_case": ("case", "cases"),
    "person": ("person", "persons"),
    "finding": ("finding", "findings"),
    "travel_alert": ("travel alert", "travel alerts"),
    "letter": ("letter", "letters"),
    "activity": ("activity", "activities"),
}


def _plural(table: str, n: int) -> str:
    one, many = _LABELS.get(table, (table, table + "s"))
    return one if n == 1 else many


def _kind_arg(text: str | None) -> str | None:
    from ncdesk.io.tabular import kind_named

    if text is None:
        return None
    kind = kind_named(text)
    if kind is None:
        fail(f"{text!r} is not a kind of record that can be imported or exported as a table; kinds: {_KINDS_HELP}")
    return kind


def cmd_export(args: argparse.Namespace) -> int:
    from ncdesk.io import tabular
    from ncdesk.io.briefing.settings import export_defaults
    from ncdesk.io.export_json import write_json
    from ncdesk.store.records.exports import record_export

    target = Path(args.output)
    kind = _kind_arg(args.kind)
    if args.format == "json":
        if kind:
            fail("--kind is for csv and xlsx; the JSON export holds every record")
        if target.is_dir():
            fail(f"{target} is a folder; give a file name, e.g. {target / 'ncdesk-export.json'}")
        with _open_store(args) as store:
            marking: str | None = export_defaults(store.folder)[0]
            counts = write_json(store, target, marking)
            record_export(store, "every record", target, fmt="json", marking=marking, records=sum(counts.values()))
        print(f"Exported {sum(counts.values())} records to {target}")
        return EXIT_OK
    kinds = [kind] if kind else list(tabular.KINDS)
    with _open_store(args) as store:
        marking = None
        if args.format == "xlsx":
            if target.is_dir() or target.suffix.lower() != ".xlsx":
                fail(f"{target}: give a file name ending in .xlsx")
            marking = export_defaults(store.folder)[0]
            counts = tabular.write_xlsx(store, target, kinds, marking)
        elif kind and not target.is_dir() and target.suffix:
            counts = {kind: tabular.write_csv(store, kind, target)}
        else:
            if target.exists() and not target.is_dir():
                fail(f"{target} is a file; CSV of every kind goes into a folder (or give --kind)")
            target.mkdir(parents=True, exist_ok=True)
            counts = tabular.write_csv_folder(store, target, kinds)
        what = ("table of " if len(counts) == 1 else "tables of ") + ", ".join(
            tabular.KIND_LABELS[k][1].lower() for k in counts
        )
        record_export(store, what, target, fmt=args.format, marking=marking, records=sum(counts.values()))
    for k, n in counts.items():
        print(f"{tabular.KIND_LABELS[k][1]}: {n}")
    print(f"Exported {sum(counts.values())} records to {target}")
    return EXIT_OK


def _import_mapping(args: argparse.Namespace) -> Any:
    """The answers given on the command line (--map-column, --map-value, --day-first/--month-first)."""
    from ncdesk.io.tabular import COLUMNS, KINDS, column_named
    from ncdesk.io.values import DAY_FIRST, IGNORED, MONTH_FIRST, Mapping

    mapping = Mapping(dates=DAY_FIRST if args.day_first else MONTH_FIRST if args.month_first else None)
    for given in args.map_column:
        header, sep, column = given.partition("=")
        if not sep or not header.strip():
            fail(f"--map-column {given!r}: write it as HEADER=COLUMN (or HEADER= to ignore the column)")
        column = column.strip()
        if column and column.lower() != "ignore" and not any(column_named(k, column) for k in KINDS):
            fail(f"--map-column {given!r}: {column!r} is not a column of any kind (see docs/IMPORT_FORMAT.md)")
        if column.lower() == "ignore":
            column = IGNORED
        mapping.columns[header.strip()] = column
    names = {c.name for k in KINDS for c in COLUMNS[k]}
    for given in args.map_value:
        text, sep, value = given.partition("=")
        if not sep or not text.strip() or not value.strip():
            fail(f"--map-value {given!r}: write it as TEXT=VALUE, or COLUMN:TEXT=VALUE for one column")
        column, colon, rest = text.partition(":")
        if colon and column.strip() in names:
            mapping.values[(column.strip(), rest.strip())] = value.strip()
        else:
            mapping.values[("", text.strip())] = value.strip()
    return mapping


def _print_questions(plan: Any) -> None:
    """What the file leaves open, each with its answers and the option that gives one."""
    from ncdesk.io.values import DAY_FIRST, both_readings

    print(f"{len(plan.questions)} question(s) to answer, then import again:", file=sys.stderr)
    for q in plan.questions:
        cells = f" ({q.count} cells)" if q.count > 1 else ""
        if q.what == "date_order":
            first, second = both_readings(q.text)
            answers = " or ".join(f"{q.answer_flag(o)} ({first if o == DAY_FIRST else second})" for o in q.suggestions)
            print(f"  {q.where()}: dates such as {q.text!r}{cells}: {answers}", file=sys.stderr)
            continue
        what = "column" if q.what == "column" else q.column
        if q.suggestions:
            answer = q.answer_flag()
            others = f"; or {', '.join(q.suggestions[1:])}" if len(q.suggestions) > 1 else ""
        else:
            answer, others = q.answer_flag("…"), ""
        ignore = f"; or ignore it: {q.answer_flag('')}" if q.what == "column" else ""
        print(f"  {q.where()}: {what} {q.text!r}{cells}: {answer}{others}{ignore}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from ncdesk.io.importing import Mapping, mapping_for, read, rehearse, remember_mapping

    path = Path(args.file)
    kind = _kind_arg(args.kind)
    given = _import_mapping(args)
    folder = paths.data_dir(args.data_dir)
    # A complete export restores into a new data folder exactly, without the reference data
    # loaded first; anything else names States and persons, so it needs them.
    fresh = not paths.database_path(folder).exists()
    plan = read(path, kind)
    with _open_store(args, load_reference=not fresh) as store:
        if fresh and plan.format != "export":
            store.apply_reference()
        remembered = mapping_for(store, plan) if plan.format not in ("", "export") else None
        plan.mapping = remembered.merged(given) if remembered is not None else given
        # Checked and written in one pass, all or nothing: nobody reads the preview in between.
        rehearse(store, plan, commit=not args.dry_run)
        print(plan.summary())
        if remembered is not None:
            print("  note: the answers given before for files of these columns are used")
        for note in plan.notes:
            print(f"  note: {note}")
        problems = plan.problems
        if not problems and not args.dry_run and plan.writes() and given != Mapping(dates=given.dates):
            remember_mapping(store, plan, plan.mapping)
    if problems:
        for p in problems:
            print(p.line(), file=sys.stderr)
        if plan.questions:
            _print_questions(plan)
        fail(f"import rejected: {len(problems)} problem(s) in {path.name}; nothing was written")
    if plan.format == "export":  # a complete export merges: say what became of its rows
        if args.dry_run:
            print(f"Dry run: nothing was written; the import would give {plan.totals()}.")
        elif plan.writes():
            print(f"Imported {path.name}: {plan.totals()}.")
        else:
            print(f"Nothing new to import: nothing was written ({plan.totals()}).")
    elif args.dry_run:
        print("Dry run: nothing was written.")
    elif plan.total("add"):
        print(f"Imported {plan.total('add')} record(s) from {path.name}.")
    else:
        print("Nothing new to import: nothing was written.")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from ncdesk.io.tabular import write_template

    kind = _kind_arg(args.kind)
    assert kind is not None
    target = Path(args.output)
    if target.is_dir() or target.suffix.lower() not in (".csv", ".xlsx"):
        fail(f"{target}: give a file name ending in .csv or .xlsx")
    write_template(kind, target)
    print(f"Wrote {target}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from ncdesk.core.wording import render
    from ncdesk.store.file.schema import KIND_BY_TABLE
    from ncdesk.store.records.queries import result_phrase

    text = " ".join(args.text)
    if not re.search(r"\w", text):
        fail(f"nothing to search for in {text!r}")
    with _open_store(args) as store:
        results = store.search(text, limit=args.limit)
        for r in results:  # named as a delegate names it, not by its id
            r["name"] = render(result_phrase(store, r["kind"], r["record_id"], r["title"]))
    grouped: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        grouped.setdefault(r["kind"], []).append(r)
    order = [k.table for k in KIND_BY_TABLE.values()]
    grouped = {k: grouped[k] for k in order if k in grouped}
    if args.json:
        payload = {
            "query": text,
            "count": len(results),
            "groups": [
                {
                    "kind": kind,
                    "label": KIND_BY_TABLE[kind].plural,
                    "results": [
                        {"id": r["record_id"], "name": r["name"], "title": r["title"], "snippet": r["snippet"]}
                        for r in rows
                    ],
                }
                for kind, rows in grouped.items()
            ],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not results:
        print(f"No record matches {text!r}.")
        return EXIT_OK
    for kind, rows in grouped.items():
        print(f"{KIND_BY_TABLE[kind].plural} ({len(rows)})")
        for r in rows:
            print(f"  {r['name']}")
    return EXIT_OK


def cmd_obligation(args: argparse.Namespace) -> int:
    from ncdesk.core.dates import DateError, parse_iso_day
    from ncdesk.core.obligation import arrest_obligation
    from ncdesk.store.records.queries import LookupProblem, person_facts, resolve_person, resolve_state, state_facts

    try:
        day = parse_iso_day(args.date)
    except DateError as exc:
        fail(str(exc))
    with _open_store(args) as store:
        try:
            state = resolve_state(store, args.state)
            person = resolve_person(store, args.person)
        except LookupProblem as exc:
            fail(str(exc))
        result = arrest_obligation(state_facts(store, state), person_facts(store, person), day)
    if args.json:
        payload = {
            "obliged": result.obliged,
            "basis": result.basis,
            "ground": result.ground.value,
            "explanation": result.explanation,
            "reasons": list(result.reasons),
            "state": {"id": state["id"], "iso3": state["iso3"], "name": state["name"]},
            "person": {"id": person["id"], "name": person["name"]},
            "date": day.isoformat(),
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    from ncdesk.core.wording import render
    from ncdesk.io.translations import country_name, wording
    from ncdesk.io.translations import format_day as day_in

    w = wording(args.lang)
    verdict = (
        QT_TRANSLATE_NOOP("cli", "OBLIGED to arrest and surrender")
        if result.obliged
        else QT_TRANSLATE_NOOP("cli", "NOT OBLIGED to arrest and surrender")
    )
    said = result.basis_in(w)
    print(f"{country_name(state['name'], args.lang)} / {person['name']} / {day_in(day, args.lang)}")
    print(_say(args.lang, verdict) + (f" ({said})" if said else ""))
    for reason in result.reasons_said:
        print(f"- {render(reason, w)}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from ncdesk.store.records.check import Severity, healthy, last_good_backup, repair, run_check

    with _open_store(args) as store:
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


def cmd_show(args: argparse.Namespace) -> int:
    from ncdesk.store.records.lookup import find_by_reference

    with _open_store(args) as store:
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


def _find_alert(store: Store, text: str) -> dict[str, Any]:
    key = text.strip().lower()
    if len(key) < 4:
        fail(f"{text!r}: give at least the first 4 characters of the alert's id (see ncdesk alert list)")
    found = store.rows("travel_alert", "lower(id) LIKE ?", [key + "%"])
    if not found:
        from ncdesk.store.records.merge import merged_by_prefix

        merged = merged_by_prefix(store, "travel_alert", key)
        if len({survivor for _, survivor in merged}) == 1:  # merged away: its id leads to the one kept
            print(f"Alert {merged[0][0][:8]} was merged into {merged[0][1][:8]}.", file=sys.stderr)
            found = store.rows("travel_alert", "id = ?", [merged[0][1]])
    if not found:
        fail(f"no travel alert has an id starting with {text!r} (see ncdesk alert list)")
    if len(found) > 1:
        fail(f"{text!r} matches {len(found)} alerts; give more characters of the id")
    return dict(found[0])


def _find_record(store: Store, table: str, text: str) -> dict[str, Any]:
    """A record by its id or its first characters (a record merged away: the one it leads to)."""
    if table == "travel_alert":
        return _find_alert(store, text)
    from ncdesk.store.records.merge import merged_by_prefix

    key = text.strip().lower()
    word = table.replace("_", " ")
    if len(key) < 4:
        fail(f"{text!r}: give at least the first 4 characters of the {word}'s id")
    found = store.rows(table, "lower(id) LIKE ?", [key + "%"])
    if not found:
        survivors = {survivor for _, survivor in merged_by_prefix(store, table, key)}
        if len(survivors) == 1:
            found = store.rows(table, "id = ?", [survivors.pop()])
    if not found:
        fail(f"no {word} has an id starting with {text!r}")
    if len(found) > 1:
        fail(f"{text!r} matches {len(found)} {word}s; give more characters of the id")
    return dict(found[0])


def alert_merge(args: argparse.Namespace) -> int:
    return record_merge(args, "travel_alert")


def letter_merge(args: argparse.Namespace) -> int:
    return record_merge(args, "letter")


def record_merge(args: argparse.Namespace, table: str) -> int:
    """`alert merge` / `letter merge`: one record where two were recorded for one."""
    from ncdesk.store.records.merge import SIDES, MergeError, differences, merge

    take = "keep"
    fields: dict[str, str] = {}
    for item in args.take:
        name, _, side = item.rpartition("=")
        if side not in SIDES:
            fail(f"--take {item}: say keep or other, for all fields or as FIELD=keep|other")
        if name:
            fields[name.strip()] = side
        else:
            take = side
    with _open_store(args) as store:
        keep, other = _find_record(store, table, args.keep), _find_record(store, table, args.other)
        if keep["id"] == other["id"]:
            fail("these are one record already: there is nothing to merge")
        columns = set(store.columns(table))
        unknown = sorted(set(fields) - columns)
        if unknown:
            fail(f"--take: no field {', '.join(unknown)}; fields: {', '.join(sorted(columns))}")
        chosen = [
            (d.field, fields.get(d.field, take), d.keep if fields.get(d.field, take) == "keep" else d.other)
            for d in differences(store, table, keep["id"], other["id"])
        ]
        try:
            done = merge(store, table, keep["id"], other["id"], take=take, fields=fields)
        except MergeError as exc:
            fail(str(exc))
    if args.json:
        print(
            json.dumps(
                {"merge": done.merge_id, "kept": done.survivor, "merged": done.merged_away,
                 "fields": {f: {"from": side, "value": v} for f, side, v in chosen}},
                ensure_ascii=False, indent=2,
            )
        )  # fmt: skip
        return EXIT_OK
    print(f"Merged: {done.merged_away[:8]} now leads to {done.survivor[:8]} (Edit ▸ Undo in the window takes it back).")
    for f, side, value in chosen:
        print(f"  {f.replace('_', ' ')}: {value!s} (from {side})")
    return EXIT_OK


def _day_arg(text: str | None, what: str) -> Any:
    import datetime as dt

    from ncdesk.core.dates import DateError, parse_day

    if not text:
        return dt.date.today()
    try:
        return parse_day(text)
    except DateError as exc:
        fail(f"{what}: {exc}")


def _validation(exc: Any) -> NoReturn:
    fail("; ".join(f"{name.replace('_', ' ')}: {message}" for name, message in exc.errors.items()))


def cmd_alert(args: argparse.Namespace) -> int:
    return {
        "add": alert_add,
        "list": alert_list,
        "show": alert_show,
        "step": alert_step,
        "share": alert_share,
        "duplicates": alert_duplicates,
        "merge": alert_merge,
    }[args.alert_command](args)


def _refuse_duplicate(store: Store, table: str, found: list[str], what: str) -> None:
    """Exit 2 naming the recorded record(s) a new one resembles (store/records/duplicates.py)."""
    from ncdesk.store.records.duplicates import describe

    if not found:
        return
    named = "; ".join(
        ", ".join(t for t in (r.title, r.date_text, r.status.replace("_", " ")) if t) + f" (id {r.id[:8]})"
        for r in describe(store, table, found)
    )
    fail(f"already recorded: {named}. To record this {what} anyway, add --allow-duplicate")


def alert_duplicates(args: argparse.Namespace) -> int:
    from ncdesk.store.records.duplicates import pairs

    with _open_store(args) as store:
        found = pairs(store)
    if args.json:
        out = [
            {
                "kind": p.table,
                "first": {**asdict(p.first), "origin": p.first_origin or None},
                "second": {**asdict(p.second), "origin": p.second_origin or None},
            }
            for p in found
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print("No two alerts, letters or activities look like one.")
    for p in found:
        print(f"{p.table.replace('_', ' ')}: {p.first.date_text}")
        for r in (p.first, p.second):
            status = f" — {r.status.replace('_', ' ')}" if r.status else ""
            print(f"  {r.id[:8]}  {r.title}, {r.date_text}{status}")
    return EXIT_OK


def alert_add(args: argparse.Namespace) -> int:
    from ncdesk.core.dates import DateError, parse_partial
    from ncdesk.store.records.alerts import create_alert
    from ncdesk.store.records.editing import ValidationError
    from ncdesk.store.records.queries import LookupProblem, resolve_person, resolve_state

    try:
        first = parse_partial(args.date_from)
        last = parse_partial(args.date_to) if args.date_to else None
    except DateError as exc:
        fail(str(exc))
    if last is not None and last.end < first.start:
        fail(f"the visit ends ({last.text}) before it starts ({first.text})")
    date_text = first.text if last is None else f"{first.start.isoformat()}/{last.end.isoformat()}"
    received = _day_arg(args.received, "--received")
    with _open_store(args) as store:
        try:
            person = resolve_person(store, args.person)
            states = [resolve_state(store, s) for s in args.state]
        except LookupProblem as exc:
            fail(str(exc))
        if not args.allow_duplicate:
            from ncdesk.store.records.duplicates import alert_matches

            last_day = (last or first).end
            found = alert_matches(store, person["id"], first.start, last_day, [s["id"] for s in states])
            _refuse_duplicate(store, "travel_alert", found, "alert")
        raw = {
            "person_id": person["id"],
            "destinations": [s["id"] for s in states],
            "date": date_text,
            "purpose": args.purpose,
            "source_description": args.source,
            "reliability": args.reliability,
            "received_at": received.isoformat(),
        }
        try:
            alert_id = create_alert(store, raw, status=args.status, at=received)
        except ValidationError as exc:
            _validation(exc)
        return _print_alert(store, alert_id, args.json, added=True)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


# What the terminal says about an alert needing action, in the context cli of the translations.
FLAGS = {
    "visit_passed_open": QT_TRANSLATE_NOOP(
        "cli", "the visit dates have passed: record the outcome and close the alert"
    ),
    "not_shared": QT_TRANSLATE_NOOP(
        "cli", "verified but not yet shared with the Court (the Assembly asks that it be shared promptly)"
    ),
    "verified_no_letter": QT_TRANSLATE_NOOP("cli", "the visit is in %1 day(s) and no letter has been sent"),
    "unverified_close": QT_TRANSLATE_NOOP("cli", "the visit is in %1 day(s) and the report is not yet verified"),
}


def _say(lang: str, text: str, *args: object) -> str:
    """Shipped English words (context cli, placeholders %1…) in *lang*, arguments as given."""
    from ncdesk.core.wording import Phrase, render
    from ncdesk.io.translations import wording

    return render(Phrase(text, tuple(args), "cli"), wording(lang))


def _code_in(value: str, lang: str) -> str:
    """A stored code (verified, not_arrested) as the terminal says it: in English as it is, else
    in the words of the window."""
    from ncdesk.io.briefing.notes import LABELS
    from ncdesk.io.translations import translate

    if lang == "en" or value not in LABELS:
        return value.replace("_", " ")
    return translate("labels", LABELS[value], lang)


def _print_alert(store: Store, alert_id: str, as_json: bool, added: bool = False, lang: str = "en") -> int:
    from ncdesk.io.translations import country_name, format_dates, wording
    from ncdesk.store.records.alerts import obligations, summary
    from ncdesk.store.records.detail import alert_title

    alert = store.require("travel_alert", alert_id)
    data = summary(store, alert)
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    w = wording(lang)
    title = alert_title(data["person"]["name"], [d["name"] for d in data["destinations"]], w)
    print(
        _say(lang, QT_TRANSLATE_NOOP("cli", "Logged %1") if added else QT_TRANSLATE_NOOP("cli", "Alert %1"), data["id"])
    )
    print("  " + _say(lang, QT_TRANSLATE_NOOP("cli", "%1, %2"), title, format_dates(data["dates"]["text"], lang)))
    status = _say(lang, QT_TRANSLATE_NOOP("cli", "status: %1"), _code_in(data["status"], lang))
    print(f"  {status}" + (f" ({_code_in(data['outcome'], lang)})" if data["outcome"] else ""))
    for o, d in zip(data["obligations"], obligations(store, alert), strict=True):
        state = country_name(o["state"], lang)
        if d.obliged:
            verdict = _say(lang, QT_TRANSLATE_NOOP("cli", "%1: OBLIGED to arrest and surrender"), state)
        else:
            verdict = _say(lang, QT_TRANSLATE_NOOP("cli", "%1: NOT OBLIGED to arrest and surrender"), state)
        basis = d.at_start.basis_in(w) or (d.at_end.basis_in(w) if d.at_end else None)
        print(f"  {verdict}" + (f" ({basis})" if basis else ""))
        explanation = d.at_start.explanation_in(w)
        if d.at_end:
            explanation += _say(lang, QT_TRANSLATE_NOOP("cli", " On the last day: %1"), d.at_end.explanation_in(w))
        print(f"    {explanation}")
        for f in o["earlier_findings"]:
            print("    " + _say(lang, QT_TRANSLATE_NOOP("cli", "earlier finding %1: %2"), f["date"], f["title"]))
    for step in data["steps"]:
        said = _say(lang, QT_TRANSLATE_NOOP("cli", "step %1: %2"), step["at"], _code_in(step["step"], lang))
        print(f"  {said}" + (f" — {step['notes']}" if step["notes"] else ""))
    for share in data["shared_with_court"]:
        print(
            "  " + _say(lang, QT_TRANSLATE_NOOP("cli", "shared with the Court %1 by %2"), share["at"], share["channel"])
        )
    for letter in data["letters"]:
        print("  " + _say(lang, QT_TRANSLATE_NOOP("cli", "letter %1 to %2"), letter["date"], letter["to"]))
    for flag in data["flags"]:
        days = re.search(r"in (-?\d+) day", flag["message"])
        text = (
            _say(lang, FLAGS[flag["code"]], days.group(1) if days else "") if flag["code"] in FLAGS else flag["message"]
        )
        print(f"  {'!' if flag['urgent'] else '-'} {text}")
    return EXIT_OK


def alert_list(args: argparse.Namespace) -> int:
    from ncdesk.store.records.alerts import summary

    with _open_store(args) as store:
        where = "status != 'closed'" if args.open else ""
        rows = [
            summary(store, a) for a in store.rows("travel_alert", where, order_by="date_from DESC, created_at DESC")
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("No travel alert recorded.")
    for a in rows:
        states = ", ".join(d["iso3"] for d in a["destinations"])
        flag = " !" if any(f["urgent"] for f in a["flags"]) else ""
        outcome = f" ({a['outcome'].replace('_', ' ')})" if a["outcome"] else ""
        print(
            f"{a['id'][:8]}  {a['dates']['text']:<28} {a['person']['name']:<34} {states:<10} "
            f"{a['status']}{outcome}{flag}"
        )
    return EXIT_OK


def alert_show(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        return _print_alert(store, _find_alert(store, args.id)["id"], args.json, lang=args.lang)


def alert_step(args: argparse.Namespace) -> int:
    from ncdesk.core.alerts import StepError
    from ncdesk.core.model import AlertOutcome, AlertStatus
    from ncdesk.store.records.alerts import take_step

    statuses = [s.value for s in AlertStatus]
    if args.step not in statuses:
        fail(f"{args.step!r} is not a step; steps: {', '.join(statuses[1:])}")
    if args.outcome and args.outcome not in [o.value for o in AlertOutcome]:
        fail(f"{args.outcome!r} is not an outcome; outcomes: {', '.join(o.value for o in AlertOutcome)}")
    day = _day_arg(args.date, "--date")
    with _open_store(args) as store:
        alert = _find_alert(store, args.id)
        try:
            take_step(store, alert["id"], args.step, at=day, by_whom=args.by, notes=args.note, outcome=args.outcome)
        except StepError as exc:
            fail(str(exc))
        print(f"Alert {alert['id'][:8]}: {args.step.replace('_', ' ')} on {day.isoformat()}")
    return EXIT_OK


def alert_share(args: argparse.Namespace) -> int:
    from ncdesk.core.alerts import StepError
    from ncdesk.store.records.alerts import share_with_court
    from ncdesk.store.records.editing import ValidationError

    day = _day_arg(args.date, "--date")
    with _open_store(args) as store:
        alert = _find_alert(store, args.id)
        try:
            share_with_court(
                store,
                alert["id"],
                {
                    "shared_at": day.isoformat(),
                    "channel": args.channel,
                    "shared_by": args.by,
                    "recipient": args.recipient,
                },
            )
        except ValidationError as exc:
            _validation(exc)
        except StepError as exc:
            fail(str(exc))
        print(f"Alert {alert['id'][:8]}: shared with the Court on {day.isoformat()} ({args.channel})")
    return EXIT_OK


def cmd_letter(args: argparse.Namespace) -> int:
    return {
        "add": letter_add,
        "list": letter_list,
        "draft": letter_draft,
        "merge": letter_merge,
    }[args.letter_command](args)


def letter_add(args: argparse.Namespace) -> int:
    from ncdesk.core.alerts import StepError
    from ncdesk.store.records.alerts import current_president, record_letter
    from ncdesk.store.records.editing import ValidationError, save
    from ncdesk.store.records.queries import LookupProblem, resolve_state

    day = _day_arg(args.date, "--date")
    published = _day_arg(args.published, "--published") if args.published else None
    with _open_store(args) as store:
        try:
            state = resolve_state(store, args.state)
        except LookupProblem as exc:
            fail(str(exc))
        alert = _find_alert(store, args.alert) if args.alert else None
        if not args.allow_duplicate:
            from ncdesk.store.records.duplicates import letter_matches

            found = letter_matches(store, state["id"], day, args.to_office)
            _refuse_duplicate(store, "letter", found, "letter")
        sender, office = current_president(store, day)
        raw = {
            "state_id": state["id"],
            "addressee_office": args.to_office,
            "date": day.isoformat(),
            "sender_name": args.sender or sender,
            "sender_office": office,
            "subject": args.subject,
            "reference": args.reference,
            "articles_recalled": [a.strip() for a in args.articles.split(",") if a.strip()],
            "published_on": published.isoformat() if published else None,
            "publication_channel": args.channel,
        }
        try:
            letter_id = record_letter(store, alert["id"], raw) if alert else save(store, "letter", raw)
        except ValidationError as exc:
            _validation(exc)
        except StepError as exc:
            fail(str(exc))
        record = store.require("letter", letter_id)
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
    else:
        print(f"Recorded letter {letter_id} of {day.isoformat()} to the {args.to_office} of {state['name']}")
    return EXIT_OK


def letter_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        names = {s["id"]: s["name"] for s in store.rows("state")}
        letters = store.rows("letter", order_by="date DESC")
    if args.json:
        print(json.dumps(letters, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not letters:
        print("No letter recorded.")
    for x in letters:
        published = f", published {x['published_on']}" if x["published_on"] else ""
        print(f"{x['date'] or '????-??-??'}  {names.get(x['state_id'], ''):<22} {x['addressee_office']}{published}")
        if x["subject"]:
            print(f"            {x['subject']}")
    return EXIT_OK


def cmd_deadline(args: argparse.Namespace) -> int:
    return {"add": deadline_add, "list": deadline_list}[args.deadline_command](args)


def _strict_day(text: str, what: str) -> Any:
    """A day given on the command line, which must be one day (no "March 2026", no default)."""
    from ncdesk.core.dates import DateError, parse_day

    try:
        return parse_day(text)
    except DateError as exc:
        fail(f"{what}: {exc}")


def _find_finding(store: Store, text: str) -> dict[str, Any]:
    from ncdesk.store.records.lookup import find_by_reference

    try:
        found = [item["record"] for item in find_by_reference(store, text) if item["table"] == "finding"]
    except ValueError as exc:
        fail(f"--finding: {exc}")
    if not found:
        fail(f"--finding: {text!r} is not a finding's document number or id (see ncdesk show)")
    if len(found) > 1:
        fail(f"--finding: {text!r} designates {len(found)} findings; give the full document number or the id")
    return dict(found[0])


def deadline_add(args: argparse.Namespace) -> int:
    from ncdesk.store.records.editing import ValidationError, save
    from ncdesk.store.records.queries import LookupProblem, resolve_state

    due = _strict_day(args.due, "--due")
    if not args.description.strip():
        fail("--description: say what is due")
    if not (args.alert or args.finding or args.state):
        fail("say what the deadline belongs to: --alert ID, --finding DOCUMENT or --state STATE")
    with _open_store(args) as store:
        state = None
        if args.state:
            try:
                state = resolve_state(store, args.state)
            except LookupProblem as exc:
                fail(f"--state: {exc}")
        if args.alert:
            kind, record = "travel_alert", _find_alert(store, args.alert)
        elif args.finding:
            kind, record = "finding", _find_finding(store, args.finding)
        else:
            assert state is not None
            kind, record = "state", state
        if state is None and kind == "finding" and record["state_id"]:
            state = store.require("state", record["state_id"])
        raw = {
            "record_kind": kind,
            "record_id": record["id"],
            "description": args.description.strip(),
            "due_on": due.isoformat(),
            "state_id": state["id"] if state else None,
            "notes": args.notes,
        }
        try:
            deadline_id = save(store, "deadline", raw)
        except ValidationError as exc:
            _validation(exc)
        saved = store.require("deadline", deadline_id)
    if args.json:
        print(json.dumps(saved, ensure_ascii=False, indent=2))
    else:
        where = f" ({state['name']})" if state else ""
        print(f"Added deadline {deadline_id}: {saved['description']}{where}, due {saved['due_on']}")
    return EXIT_OK


def deadline_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        today = store.today()
        names = {s["id"]: s["name"] for s in store.rows("state")}
        where = "" if args.all else "done_on IS NULL"
        deadlines = store.rows("deadline", where, order_by="due_on, id")
    if args.json:
        print(json.dumps(deadlines, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not deadlines:
        print("No deadline." if args.all else "No open deadline.")
    for d in deadlines:
        if d["done_on"]:
            mark = f"done {d['done_on']}"
        else:
            mark = "OVERDUE" if dt.date.fromisoformat(d["due_on"]) < today else ""
        state = names.get(d["state_id"], "") if d["state_id"] else ""
        print(f"{d['due_on']}  {d['id'][:8]}  {state:<22} {d['description']}{'  [' + mark + ']' if mark else ''}")
    return EXIT_OK


def letter_draft(args: argparse.Namespace) -> int:
    from ncdesk.io.briefing.export import subject_title
    from ncdesk.io.letters import draft_letter
    from ncdesk.store.records.exports import record_export

    target = Path(args.output)
    if target.suffix.lower() != ".docx":
        fail(f"{target}: the draft is a Word file; give a name ending in .docx")
    with _open_store(args) as store:
        alert = _find_alert(store, args.alert)
        try:
            draft_letter(store, alert["id"], target, lang=args.lang)
        except ValueError as exc:
            fail(str(exc))
        what = f"letter draft for {subject_title(store, 'alert', alert['id'])}"
        record_export(store, what, target, subjects=[alert["id"]])
    print(f"Drafted {target}")
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    from ncdesk.io.calendar import write_ics
    from ncdesk.store.records.exports import record_export

    target = Path(args.output)
    if target.is_dir():
        fail(f"{target} is a folder; give a file name such as {target / 'ncdesk.ics'}")
    with _open_store(args) as store:
        count = write_ics(store, target, lang=args.lang)
        record_export(store, "calendar of visits and deadlines", target, fmt="ics", records=count)
    print(f"Wrote {count} event(s) to {target}")
    return EXIT_OK


def _options(args: argparse.Namespace, folder: Path) -> Any:
    from ncdesk.io.briefing.model import ExportOptions
    from ncdesk.io.briefing.settings import export_defaults

    marking, paper = export_defaults(folder)
    marking = (args.marking or marking).strip()
    if not marking:
        fail("--marking cannot be empty")
    return ExportOptions(marking=marking, paper=args.paper or paper, language=getattr(args, "lang", "en") or "en")


KIND_RESOLVERS = ("state", "person", "situation", "case", "alert")


def _lookup(store: Store, kind: str, text: str) -> tuple[str, str]:
    """(kind, id) of the record of that kind named by text; raises LookupProblem."""
    from ncdesk.store.records import queries

    resolver = {
        "state": queries.resolve_state,
        "person": queries.resolve_person,
        "case": queries.resolve_case,
        "situation": queries.resolve_situation,
        "alert": queries.resolve_alert,
    }[kind]
    return kind, resolver(store, text)["id"]


def _resolve_ref(store: Store, kind: str, text: str) -> tuple[str, str]:
    from ncdesk.store.records.queries import LookupProblem

    try:
        return _lookup(store, kind, text)
    except LookupProblem as exc:
        fail(str(exc))


def _export(action: Any, target: Path) -> None:
    from ncdesk.io.briefing.export import check_target

    try:
        check_target(target)
        action()
    except ValueError as exc:
        fail(str(exc))
    except PermissionError:
        fail(
            f"{target} cannot be written (no permission, or open in another program); "
            "any existing file was left as it was"
        )


def _record(store: Store, what: str, target: Path, options: Any, subjects: Sequence[str] = ()) -> None:
    from ncdesk.store.records.exports import record_export

    record_export(store, what, target, marking=options.marking, subjects=subjects)


def cmd_brief(args: argparse.Namespace) -> int:
    from ncdesk.io.briefing.export import describe, export_note

    target = Path(args.output)
    with _open_store(args) as store:
        options = _options(args, store.folder)
        kind, rid = _resolve_ref(store, args.kind, args.ref)
        _export(lambda: export_note(store, kind, rid, target, options), target)
        _record(store, describe(store, [(kind, rid)]), target, options, [rid])
    print(f"Wrote {target}")
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    from ncdesk.io.briefing.export import describe, export_pack
    from ncdesk.store.records.queries import LookupProblem

    target = Path(args.output)
    with _open_store(args) as store:
        options = _options(args, store.folder)
        refs: list[tuple[str, str]] = []
        for text in args.refs:
            kind, _, rest = text.partition(":")
            if rest and kind in KIND_RESOLVERS:
                refs.append(_resolve_ref(store, kind, rest))
                continue
            found = []
            for k in ("state", "person", "situation", "case"):
                try:
                    found.append(_lookup(store, k, text))
                except LookupProblem:
                    continue
            if not found:
                fail(f"{text!r} is not a State, person, situation or case; write KIND:REF, e.g. state:{text}")
            if len(found) > 1:
                fail(f"{text!r} names a {found[0][0]} and a {found[1][0]}; write KIND:REF, e.g. {found[0][0]}:{text}")
            refs.append(found[0])
        _export(lambda: export_pack(store, refs, target, options), target)
        _record(store, describe(store, refs), target, options, [rid for _, rid in refs])
    print(f"Wrote {target} ({len(refs)} notes)")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from ncdesk.core.dates import DateError, parse_iso_day
    from ncdesk.io.briefing.export import describe, export_report

    try:
        start, end = parse_iso_day(args.date_from), parse_iso_day(args.date_to)
    except DateError as exc:
        fail(str(exc))
    if end < start:
        fail(f"the period ends ({end}) before it starts ({start})")
    target = Path(args.output)
    with _open_store(args) as store:
        options = _options(args, store.folder)
        _export(lambda: export_report(store, start, end, target, options), target)
        _record(store, describe(store, period=(start, end)), target, options)
    print(f"Wrote {target}")
    return EXIT_OK


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def _local(when: dt.datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def cmd_backup(args: argparse.Namespace) -> int:
    from ncdesk.store.file.backups import make_backup, verify

    target = Path(args.output).expanduser().resolve() if args.output else None
    if target is not None and target.is_dir():
        fail(f"{target} is a folder; give a file name, e.g. {target / 'ncdesk-backup.sqlite3'}")
    with _open_store(args) as store:
        info = make_backup(store, "manual", target=target)
        checked = verify(info.path, store.key)
    print(f"Backed up to {info.path} ({_size(info.size)}, {checked.records} records; checked: {checked.message})")
    return EXIT_OK


KEPT_TEXT = {
    "recovery": "kept: named for recovery",
    "lacking": "kept: holds records the database lacks",
}


def cmd_backups(args: argparse.Namespace) -> int:
    from ncdesk.store.file import recovery
    from ncdesk.store.file.backups import DAMAGED, kept_now, list_copies, verify

    folder = paths.data_dir(args.data_dir)
    key = _unlock(args, folder)
    from ncdesk.store.file import crypto

    def checked(path: Path) -> Any:
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


def _verify_alone(args: argparse.Namespace, folder: Path, path: Path) -> Any:
    """A backup's check when there is no database key to check it with (the database is plain,
    or was moved aside as damaged): an encrypted backup is unlocked with the passphrase itself."""
    from ncdesk.store.file import crypto
    from ncdesk.store.file.backups import Verified, verify
    from ncdesk.store.file.errors import DatabaseCorruptError

    if not crypto.looks_encrypted(path):
        return verify(path)
    if not crypto.kdf_path(folder).exists() and not crypto.kdf_copy_path(folder).exists():
        # Not SQLite, and nothing to decrypt it with: in a folder that was never encrypted, a
        # damaged file (its first page overwritten), not an encrypted one.
        return Verified(
            False, "cannot be read: it does not start as an SQLite file, and the folder has no encryption.json"
        )
    try:
        passphrase = _current_passphrase(args)
    except crypto.PassphraseRequiredError:
        return Verified(False, "is encrypted: give the passphrase (--passphrase-file FILE) to check it")
    args._passphrase = passphrase  # asked once
    keys: dict[bytes, Any] = args.__dict__.setdefault("_backup_keys", {})  # one derivation per salt
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
    from ncdesk.store.file import recovery
    from ncdesk.store.file.backups import find_copy, make_backup, restore, verify
    from ncdesk.store.file.errors import DatabaseDamagedError
    from ncdesk.store.file.folder import needs_passphrase_to_start_anew, restore_in_place

    folder = paths.data_dir(args.data_dir)
    source = Path(args.file).expanduser()
    if not source.exists():
        copy = find_copy(folder, Path(args.file).name)
        if copy is not None:
            source = copy.path
    if not source.is_file():
        fail(f"no backup {args.file!r}; `ncdesk backups` lists them")
    from ncdesk.store.file import crypto

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
        passphrase = _current_passphrase(args)
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
            with _open_store(args) as store:
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
        args._passphrase = _current_passphrase(args)
        with _open_store(args, new=True) as store:
            restore(store, source.resolve())
        print(f"Restored {source.name} as the database of {folder}, encrypted with the folder's passphrase.")
        return EXIT_OK
    restore_in_place(folder, source.resolve(), key)
    print(f"Restored {source.name} as the database of {folder}.")
    return EXIT_OK


# --- sharing the record (io/sharing.py) ---------------------------------------------------------


def _short(value: Any, width: int = 60) -> str:
    text = "(empty)" if value is None or value == "" else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _day(iso: str | None) -> str:
    return iso[:10] if iso else "never"


def cmd_identity(args: argparse.Namespace) -> int:
    from ncdesk.io import package, sharing

    if args.output and args.action != "export":
        fail("-o is for `ncdesk identity export -o CARD`")
    if args.action == "export" and not args.output:
        fail("say where to write the card: ncdesk identity export -o CARD ('-' prints it)")
    with _open_store(args) as store:
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
        from ncdesk.store.file.atomic import atomic_write

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
    from ncdesk.io import package, sharing
    from ncdesk.store.records import exchange_peers

    if args.contact_command == "add":
        if args.card == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(args.card).read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                fail(f"cannot read the card {args.card}: {exc.strerror or exc}")
        with _open_store(args) as store:
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
        with _open_store(args) as store:
            try:
                found = exchange_peers.find_contact(store, args.name)
            except exchange_peers.ExchangeError as exc:
                fail(str(exc))
            exchange_peers.remove_contact(store, found.installation_id)
        print(f"Removed {found.name}: their packages are refused from now on.")
        return EXIT_OK
    with _open_store(args) as store:
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
    return _read_passphrase_file(name, "package passphrase") if name else None


def cmd_share(args: argparse.Namespace) -> int:
    from ncdesk.io import sharing
    from ncdesk.store.file import crypto
    from ncdesk.store.records import exchange_peers

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
    with _open_store(args) as store:
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
    from ncdesk.io import sharing
    from ncdesk.store.records import exchange_peers
    from ncdesk.store.reference import ReferenceDataError

    if not args.to:
        fail("say whom the release is for: --to NAME (repeat for several)")
    with _open_store(args) as store:
        try:
            made = sharing.share_release(store, Path(args.release).expanduser(), args.to)
        except (exchange_peers.ExchangeError, ReferenceDataError, OSError, KeyError, ValueError) as exc:
            fail(f"the release cannot be sent: {exc}. Nothing was written")
        path = sharing.write_package(store, made, Path(args.output))
    version = made.outgoing.body["version"]
    print(f"Shared the reference release {version} ({made.records} rows) with {', '.join(args.to)}: {path}")
    return EXIT_OK


def _plan_json(p: Any) -> dict[str, Any]:
    def change(c: Any) -> dict[str, Any]:
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


def _print_plan(p: Any) -> None:
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
    from ncdesk.io import package

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
    from ncdesk.io import package, sharing
    from ncdesk.store.records import exchange, exchange_peers

    passphrase = _package_passphrase(args)
    path = Path(args.file)
    with _open_store(args) as store:
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
    from ncdesk.io import sharing
    from ncdesk.store.records import exchange_peers

    with _open_store(args) as store:
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


COMMANDS = {
    "init": cmd_init,
    "export": cmd_export,
    "import": cmd_import,
    "template": cmd_template,
    "search": cmd_search,
    "obligation": cmd_obligation,
    "check": cmd_check,
    "show": cmd_show,
    "alert": cmd_alert,
    "letter": cmd_letter,
    "deadline": cmd_deadline,
    "calendar": cmd_calendar,
    "brief": cmd_brief,
    "pack": cmd_pack,
    "report": cmd_report,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "encrypt": cmd_encrypt,
    "passwd": cmd_passwd,
    "decrypt": cmd_decrypt,
    "identity": cmd_identity,
    "contact": cmd_contact,
    "share": cmd_share,
    "receive": cmd_receive,
    "exchange": cmd_exchange,
}


def _window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether *argv* only opens the window (nothing, or `--data-dir DIR`), and the folder: the
    window's start then does not build every command's parser (20 ms of a 0.6 s start)."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return True, argv[0].removeprefix("--data-dir=")
    return False, None


def _failed_path(args: argparse.Namespace, exc: BaseException) -> Path | None:
    """The file an error is about: the one the system named, else the database."""
    if isinstance(exc, OSError):
        return Path(exc.filename) if exc.filename else None
    return paths.database_path(paths.data_dir(getattr(args, "data_dir", None)))


def main(argv: Sequence[str] | None = None, window: Callable[[str | None], int] | None = None) -> int:
    """Run the command in *argv*; without one, open the window with *window* (`app.run_gui`, which
    `app.main` passes: the window lies above the command line, which does not import it)."""
    only_window, data_dir = _window_only(sys.argv[1:] if argv is None else list(argv))
    if not only_window:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is not None:
            return _run(args)
        data_dir = args.data_dir
    if window is None:
        print("ncdesk: no command given (ncdesk --help lists them).", file=sys.stderr)
        return EXIT_BAD_INPUT
    return window(data_dir)


def _run(args: argparse.Namespace) -> int:
    from ncdesk.store.file import engine
    from ncdesk.store.file.backups import last_good_name
    from ncdesk.store.file.errors import StoreError, translate
    from ncdesk.store.reference import ReferenceDataError

    read_failed: tuple[type[Exception], ...] = (OSError, *engine.Error)
    try:
        return COMMANDS[args.command](args)
    except BadInput as exc:
        print(f"ncdesk {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as exc:
        print(f"ncdesk {args.command}: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except ReferenceDataError as exc:
        print(f"ncdesk {args.command}: the bundled reference data is damaged: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except read_failed as exc:
        # A read outside the store's own guard (a listing, an export): damaged text, a full disk, a lock.
        known = translate(exc, _failed_path(args, exc), last_good_name)
        if known is not None:
            print(f"ncdesk {args.command}: {known}", file=sys.stderr)
            return EXIT_PROBLEM
        if not isinstance(exc, OSError):
            raise
        print(f"ncdesk {args.command}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_PROBLEM
