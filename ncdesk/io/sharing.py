"""Sharing the record between laptops: the store's changes (store/records/exchange.py) in packages
(io/package.py), written to a file or an exchange folder, and received back.

What the command line and the window call; each step is one function so that both say the same:
`ensure_identity`, `add_card`, `share`/`write_package`, `open_file` → `preview` → `receive`, and
`pick_up` for an exchange folder (a folder the user's own sync tool copies between laptops).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ncdesk.core.text import Message, Typed
from ncdesk.io import package
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.file.db import read_meta, write_meta
from ncdesk.store.records import exchange, exchange_out, exchange_peers, exchange_versions
from ncdesk.store.reference import ReferenceDataError, Release, version_key
from ncdesk.store.reference_files import LOADERS, read_release, read_release_files
from ncdesk.store.store import Store

SUFFIX = ".ncpkg"
_NAME = re.compile(r"^ncdesk-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.ncpkg$")


_FILE = re.compile(r"^[a-z0-9_]+\.(toml|csv)$")


class SharingError(exchange_peers.ExchangeError):
    pass


# --- identity and cards ------------------------------------------------------------------------


def ensure_identity(store: Store, name: str | None = None) -> exchange_peers.Identity:
    """This folder's identity, made on first use (with *name*, or the user's name); renamed when
    *name* differs."""
    found = exchange_peers.identity(store)
    if found is None:
        chosen = package.check_name(name or f"{store.who} — ncdesk")
        keys = package.new_keys(chosen, str(uuid.uuid4()))
        exchange_peers.save_identity(store, keys.installation_id, keys.name, keys.signing_secret, keys.age_secret)
        exchange_versions.stamp(store)  # the first stamp versions what the user recorded so far
        return exchange_peers.require_identity(store)
    if name is not None and package.check_name(name) != found.name:
        exchange_peers.rename_identity(store, package.check_name(name))
        return exchange_peers.require_identity(store)
    return found


def keys_of(store: Store) -> package.Keys:
    me = exchange_peers.require_identity(store)
    return package.Keys(me.installation_id, me.name, me.signing_secret, me.age_secret)


def my_card(store: Store) -> package.Card:
    return package.card_of(keys_of(store))


def card_of_contact(contact: exchange_peers.Contact) -> package.Card:
    return package.Card(contact.installation_id, contact.name, contact.signing_public, contact.age_recipient)


def add_card(
    store: Store, text: str, *, name: str | None = None, verified: bool = False, publisher: bool = False
) -> tuple[exchange_peers.Contact, bool]:
    """Add the contact a card (file content or pasted text) describes; True when something changed.
    *name* is how this laptop calls them (the card's own name otherwise)."""
    card = package.parse_card(text)
    shown = package.check_name(name) if name else card.name
    changed = exchange_peers.add_contact(
        store,
        card.installation_id,
        shown,
        card.signing_public,
        card.age_recipient,
        package.card_text(card),
        verified=verified,
        publisher=publisher,
    )
    found = exchange_peers.contact(store, card.installation_id)
    assert found is not None
    return found, changed


def fingerprint_of(contact: exchange_peers.Contact) -> str:
    return package.fingerprint(card_of_contact(contact))


# --- sharing -----------------------------------------------------------------------------------


@dataclass
class Made:
    """A sealed package, not yet written."""

    data: bytes
    outgoing: exchange_out.Outgoing
    recipients: list[exchange_peers.Contact]

    @property
    def name(self) -> str:
        return f"ncdesk-{self.outgoing.package_id}{SUFFIX}"

    @property
    def records(self) -> int:
        return self.outgoing.records


def share(
    store: Store,
    to: Sequence[str] = (),
    *,
    everything: bool = False,
    only: Iterable[str] | None = None,
    passphrase: str | None = None,
) -> Made:
    """A package of what changed since the last package to the contacts named *to* (everything
    with *everything*; the records *only* when given), sealed to them, or to *passphrase* for a
    handover."""
    ensure_identity(store)
    if not to and passphrase is None:
        raise SharingError(Message("Say whom the package is for (a contact), or give a passphrase for a handover."))
    recipients = [exchange_peers.find_contact(store, n) for n in to]
    ids = [c.installation_id for c in recipients]
    out = exchange_out.make_body(store, ids, everything=everything, only=only, to_passphrase=passphrase is not None)
    body = json.dumps(out.body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    data = package.seal(
        body,
        keys_of(store),
        recipients=[card_of_contact(c) for c in recipients] if passphrase is None else (),
        passphrase=passphrase,
    )
    return Made(data, out, recipients)


def write_package(store: Store, made: Made, target: Path) -> Path:
    """Write the package (atomically: a synchronised folder never sees half of it), then remember
    that its recipients have everything up to it. *target*: a file, or a folder to put it in."""
    path = target / made.name if target.is_dir() else target
    with atomic_write(path, "wb", encoding=None) as fh:
        fh.write(made.data)
    exchange_out.mark_sent(store, [c.installation_id for c in made.recipients], made.outgoing)
    return path


# --- receiving ---------------------------------------------------------------------------------


def _content_error(what: Message) -> exchange.PackageContentError:
    return exchange.PackageContentError(
        Message("The package cannot be applied: %1.", what),
        Message("Nothing was changed. Ask the sender for a new package."),
    )


def open_bytes(
    store: Store, data: bytes, *, passphrase: str | None = None
) -> tuple[package.Opened, dict[str, Any], Release | None]:
    """Decrypt and verify a package, then read and check its content: changes, or a reference
    release from the publisher. PackageRefused or PackageContentError (both say what to do);
    nothing written."""
    ensure_identity(store)
    cards = [card_of_contact(c) for c in exchange_peers.contacts(store)]
    opened = package.open_package(data, keys_of(store), cards, passphrase=passphrase)
    try:
        raw = json.loads(opened.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _content_error(Message("its content is not readable (%1)", Typed(str(exc)[:80]))) from exc
    if isinstance(raw, dict) and raw.get("format") == exchange.RELEASE_FORMAT:
        body, release = _release_body(store, opened, raw)
    else:
        body, release = exchange.validate(store, raw), None
    if body["sender"] != opened.signer.installation_id:
        raise _content_error(
            Message("it was signed by %1 but says it comes from another installation", Typed(opened.signer.name))
        )
    return opened, body, release


def _release_body(store: Store, opened: package.Opened, raw: dict[str, Any]) -> tuple[dict[str, Any], Release]:
    """A reference release: only from a contact marked as its publisher, and checked as the
    bundled one is (every file parsed and validated) before anything is written."""
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _content_error(Message("its format version is missing"))
    if version > exchange_out.FORMAT_VERSION:
        raise exchange.PackageContentError(
            Message("The package was made by a newer ncdesk (release format %1; this ncdesk reads %2).", version,
                    exchange_out.FORMAT_VERSION),
            Message("Nothing was changed. Update ncdesk, then receive it again."),
        )  # fmt: skip
    for key in ("package", "sender", "sender_name", "created_at", "version"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise _content_error(Message("%1 is missing", Typed(key)))
    files = raw.get("files")
    if not isinstance(files, dict) or "manifest.toml" not in files:
        raise _content_error(Message("it holds no reference files"))
    sender = exchange_peers.contact(store, opened.signer.installation_id)
    if sender is None or not sender.publisher:
        raise exchange.PackageContentError(
            Message("The package is a reference release, and %1 is not marked as the publisher of reference releases.",
                    Typed(opened.signer.name)),
            Message("Nothing was changed. If they publish them (the Secretariat), mark them so: ncdesk contact add "
                    "CARD --publisher, or in the Team view."),
        )  # fmt: skip
    texts: dict[str, bytes] = {}
    for name, text in files.items():
        if not isinstance(name, str) or not _FILE.match(name) or name not in LOADERS and name != "manifest.toml":
            raise _content_error(Message("it holds a file that is not reference data (%1)", Typed(str(name)[:60])))
        if not isinstance(text, str):
            raise _content_error(Message("the file %1 is not text", Typed(name)))
        texts[name] = text.encode("utf-8", "surrogatepass")
    try:
        release = read_release_files(texts)
    except (ReferenceDataError, KeyError, ValueError, TypeError, OSError, UnicodeError) as exc:
        raise _content_error(Message("its reference data is not valid (%1)", Typed(str(exc)[:160]))) from exc
    current = store.reference_version()
    if current is not None and version_key(release.version) < version_key(current):
        raise exchange.PackageContentError(
            Message("The package holds the reference release %1, older than the one here (%2).", Typed(release.version),
                    Typed(current)),
            Message("Nothing was changed."),
        )  # fmt: skip
    body = {k: raw[k] for k in ("package", "sender", "sender_name", "created_at")}
    return body, release


def share_release(store: Store, folder: Path, to: Sequence[str]) -> Made:
    """A reference release (a folder laid out as resources/reference), checked, signed and
    sealed to the contacts named *to*: for the publisher (the Secretariat)."""
    me = ensure_identity(store)
    release = read_release(folder)  # refuses an invalid release before anyone receives it
    manifest = (folder / "manifest.toml").read_text(encoding="utf-8")
    files = {"manifest.toml": manifest}
    for name in LOADERS:
        if (folder / name).exists():
            files[name] = (folder / name).read_text(encoding="utf-8")
    recipients = [exchange_peers.find_contact(store, n) for n in to]
    if not recipients:
        raise SharingError(Message("Say whom the release is for (contacts)."))
    body = {
        "format": exchange.RELEASE_FORMAT,
        "format_version": exchange_out.FORMAT_VERSION,
        "package": str(uuid.uuid4()),
        "sender": me.installation_id,
        "sender_name": me.name,
        "created_at": store.now(),
        "version": release.version,
        "files": files,
    }
    data = package.seal(
        json.dumps(body, ensure_ascii=False).encode("utf-8"),
        keys_of(store),
        recipients=[card_of_contact(c) for c in recipients],
    )
    out = exchange_out.Outgoing(body, exchange_versions.current_seq(store), len(release.rows))
    return Made(data, out, [])


def read_file(path: Path, max_bytes: int = package.MAX_PACKAGE_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise package.PackageRefused(
                "too_large",
                Message("The file %1 is too large for a package (%2 bytes).", Typed(path), size),
            )
        return path.read_bytes()
    except OSError as exc:
        raise SharingError(Message("Cannot read %1: %2.", Typed(path), Typed(exc.strerror or str(exc)))) from exc


def preview(store: Store, data: bytes, *, passphrase: str | None = None) -> exchange.Plan:
    _, body, release = open_bytes(store, data, passphrase=passphrase)
    return exchange.plan_release(store, body, release) if release else exchange.plan(store, body)


def receive(
    store: Store,
    plan: exchange.Plan,
    *,
    take: str | None = None,
    decisions: dict[tuple[str, str], str] | None = None,
) -> exchange.Received:
    return exchange.apply(store, plan, take=take, decisions=decisions)


# --- the exchange folder -----------------------------------------------------------------------


def exchange_folder(store: Store) -> Path | None:
    value = read_meta(store.db, "exchange_folder")
    return Path(value) if value else None


def set_exchange_folder(store: Store, folder: Path | None) -> None:
    with store.batch("Exchange folder"), store._translated():
        write_meta(store.db, "exchange_folder", str(folder) if folder else "")


@dataclass
class PickedUp:
    """What a look at the exchange folder found."""

    received: list[exchange.Received] = field(default_factory=list)
    waiting: list[tuple[Path, exchange.Plan]] = field(default_factory=list)  # conflicts to decide
    refused: list[tuple[Path, str]] = field(default_factory=list)
    not_for_us: int = 0


def _skipped(store: Store) -> set[str]:
    return set(json.loads(read_meta(store.db, "exchange_skipped") or "[]"))


def pick_up(store: Store, folder: Path | None = None) -> PickedUp:
    """Receive the packages in the exchange folder addressed to this installation that are not
    received yet; one with conflicts waits for the user (nothing of it written). Packages from
    ourselves, for others, or already received are passed over without being opened again."""
    folder = folder or exchange_folder(store)
    found = PickedUp()
    if folder is None or not folder.is_dir():
        return found
    ensure_identity(store)
    received = {r[0] for r in store.db.execute("SELECT id FROM received_package")}
    skipped = _skipped(store)
    newly_skipped: set[str] = set()
    for path in sorted(folder.glob(f"ncdesk-*{SUFFIX}")):
        m = _NAME.match(path.name)
        if m is None or m[1] in received or path.name in skipped:
            continue
        try:
            opened, body, release = open_bytes(store, read_file(path))
        except package.PackageRefused as exc:
            if exc.reason == "not_for_you":
                found.not_for_us += 1
                newly_skipped.add(path.name)
            else:
                found.refused.append((path, str(exc)))
            continue
        except exchange_peers.ExchangeError as exc:
            found.refused.append((path, str(exc)))
            continue
        if opened.signer.installation_id == exchange_peers.require_identity(store).installation_id:
            newly_skipped.add(path.name)  # our own outgoing package
            continue
        p = exchange.plan_release(store, body, release) if release else exchange.plan(store, body)
        if p.conflicts:
            found.waiting.append((path, p))
            continue
        found.received.append(exchange.apply(store, p))
    if newly_skipped:
        with store.batch("Exchange folder"), store._translated():
            write_meta(store.db, "exchange_skipped", json.dumps(sorted(skipped | newly_skipped)))
    return found


def outgoing_to_folder(store: Store, folder: Path | None = None) -> Made | None:
    """Write what changed since the last package to every contact into the exchange folder;
    None when there is nothing new (or no contact, or no folder)."""
    folder = folder or exchange_folder(store)
    people = exchange_peers.contacts(store)
    if folder is None or not people:
        return None
    made = share(store, [c.installation_id for c in people])
    if made.records == 0 and not made.outgoing.body["tombstones"]:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    write_package(store, made, folder)
    return made
