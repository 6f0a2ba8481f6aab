"""The command line's parser: every command and sub-command, its options and their help (`build_parser`)."""

from __future__ import annotations

import argparse
from typing import TypeAlias

from ncdesk import __version__

# What `add_subparsers` returns, to which each command's parser is added (generic for the type
# checker only, hence the string).
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


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


KINDS_HELP = "travel_alert (alert), letter, activity, person, finding"


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
    p.add_argument("--kind", help=f"csv/xlsx: only this kind ({KINDS_HELP})")

    p = sub.add_parser("import", help="import records from CSV, Excel (.xlsx) or JSON, all or nothing")
    _data_dir_arg(p, top=False)
    p.add_argument("file", help="the file: .csv, .xlsx, .json (records, or a complete ncdesk export)")
    p.add_argument("--kind", help=f"what the rows are ({KINDS_HELP}); default: from sheet names or columns")
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
    p.add_argument("kind", help=KINDS_HELP)
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
    # After `share` and `receive`, --passphrase-file is the package's (as the contract
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


def _sharing_parsers(sub: SubParsers) -> None:
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


def _merge_args(sub: SubParsers, kind: str) -> None:
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
