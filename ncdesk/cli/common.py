"""What the commands share: opening the store (and the passphrase an encrypted one asks for),
an alert found by the first characters of its id, a day given as an option, a form's errors
in one line, the terminal's shipped words in the user's language (`say`, context "cli"), and
running a command with its errors turned into one line and an exit code (`run`)."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ncdesk import paths
from ncdesk.cli.exits import EXIT_BAD_INPUT, EXIT_PROBLEM, BadInput, Command, fail
from ncdesk.core.dates import DateError, parse_day
from ncdesk.core.wording import render
from ncdesk.core.wording import say as wording_say
from ncdesk.io.translations import wording
from ncdesk.store.file import crypto, engine
from ncdesk.store.file.backups import auto_backup, last_good_name
from ncdesk.store.file.crypto import PassphraseRequiredError
from ncdesk.store.file.errors import DatabaseCorruptError, StoreError, read_only_note, translate
from ncdesk.store.file.folder import needs_passphrase_to_start_anew
from ncdesk.store.records.merge import merged_by_prefix
from ncdesk.store.reference import ReferenceDataError
from ncdesk.store.store import Store

if TYPE_CHECKING:  # for the annotation only: `ncdesk show` does not load the forms' checks
    from ncdesk.store.records.editing import ValidationError


@contextmanager
def open_store(args: argparse.Namespace, *, load_reference: bool = True, new: bool = False) -> Iterator[Store]:
    """The store for one command; after a command that changed something, an automatic
    backup (at most one every ten minutes). With *new* (`init --new`), a new database where
    the damaged one was moved aside: in an encrypted folder, with the folder's passphrase."""
    folder = paths.data_dir(args.data_dir)
    warning = paths.folder_warning(folder)
    if warning:
        print(f"ncdesk: warning: {warning}", file=sys.stderr)
    if new:
        key = None
        if needs_passphrase_to_start_anew(folder):
            args._passphrase = current_passphrase(args)
    else:
        key = unlock(args, folder)
    # Without a key but with the passphrase, the database is damaged (see `unlock`): the open
    # moves it aside and names the last good backup.
    store = Store.open(
        folder, load_reference=load_reference, key=key, passphrase=getattr(args, "_passphrase", None), new=new
    )
    if store.read_only:  # a write-protected stick, a colleague's copy: reads and exports only
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


def read_passphrase_file(name: str, what: str) -> str:
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


def current_passphrase(args: argparse.Namespace) -> str:
    """From --passphrase-file, else $NCDESK_PASSPHRASE_FILE, else a prompt on the terminal."""
    cached = getattr(args, "_passphrase", None)
    if cached is not None:  # asked once per command
        return str(cached)
    name = getattr(args, "passphrase_file", None) or os.environ.get("NCDESK_PASSPHRASE_FILE")
    if name:
        text = read_passphrase_file(name, "passphrase")
    elif not sys.stdin.isatty():
        raise PassphraseRequiredError("The database is encrypted and there is no terminal to ask for the passphrase.")
    else:
        text = getpass.getpass("Passphrase: ")
    return text


def unlock(args: argparse.Namespace, folder: Path) -> crypto.Key | None:
    """The key of an encrypted database (asking up to three times at a terminal), or None: the
    database is plain, or it does not decrypt with this folder's passphrase (damaged; the
    passphrase is kept in args for `Store.open`, which moves the file aside)."""
    if not crypto.is_encrypted(folder):
        return None
    crypto.require_kdf(folder)
    interactive = not (getattr(args, "passphrase_file", None) or _env_passphrase_file()) and sys.stdin.isatty()
    for attempt in range(3 if interactive else 1):
        passphrase = current_passphrase(args)
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
    return os.environ.get("NCDESK_PASSPHRASE_FILE")


def find_alert(store: Store, text: str) -> dict[str, Any]:
    key = text.strip().lower()
    if len(key) < 4:
        fail(f"{text!r}: give at least the first 4 characters of the alert's id (see ncdesk alert list)")
    found = store.rows("travel_alert", "lower(id) LIKE ?", [key + "%"])
    if not found:
        merged = merged_by_prefix(store, "travel_alert", key)
        if len({survivor for _, survivor in merged}) == 1:  # merged away: its id leads to the one kept
            print(f"Alert {merged[0][0][:8]} was merged into {merged[0][1][:8]}.", file=sys.stderr)
            found = store.rows("travel_alert", "id = ?", [merged[0][1]])
    if not found:
        fail(f"no travel alert has an id starting with {text!r} (see ncdesk alert list)")
    if len(found) > 1:
        fail(f"{text!r} matches {len(found)} alerts; give more characters of the id")
    return dict(found[0])


def day_arg(text: str | None, what: str) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return parse_day(text)
    except DateError as exc:
        fail(f"{what}: {exc}")


def validation(exc: ValidationError) -> NoReturn:
    fail("; ".join(f"{name.replace('_', ' ')}: {message}" for name, message in exc.errors.items()))


def say(lang: str, text: str, *args: object) -> str:
    """Shipped English words (context cli, placeholders %1…) in *lang*, arguments as given."""
    return render(wording_say(text, *args, context="cli"), wording(lang))


def _failed_path(args: argparse.Namespace, exc: BaseException) -> Path | None:
    """The file an error is about: the one the system named, else the database."""
    if isinstance(exc, OSError):
        return Path(exc.filename) if exc.filename else None
    return paths.database_path(paths.data_dir(getattr(args, "data_dir", None)))


def run(args: argparse.Namespace, command: Command) -> int:
    """Run *command*: input the user can correct, a store's error, a damaged file or a full disk
    said in one line (`ncdesk COMMAND: …`) with its exit code."""
    read_failed: tuple[type[Exception], ...] = (OSError, *engine.Error)
    try:
        return command(args)
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
