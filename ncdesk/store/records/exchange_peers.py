"""Who a data folder exchanges with: its own identity for sharing, its contacts (the other
installations, their keys and names), the records kept private (never shared), and the errors of
exchange. The rest of the exchange is `exchange_versions` (clocks and versions),
`exchange_out` (making a package) and `exchange` (a package received).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ncdesk.core.text import Message, Typed
from ncdesk.store.file.errors import StoreError

if TYPE_CHECKING:
    from ncdesk.store.store import Store


class ExchangeError(StoreError):
    what_to_do = Message("Nothing was changed.")


class NoIdentityError(ExchangeError):
    what_to_do = Message("Create it first: ncdesk identity --name NAME.")


@dataclass(frozen=True)
class Identity:
    installation_id: str
    name: str
    signing_secret: bytes
    age_secret: str
    created_at: str


def identity(store: Store) -> Identity | None:
    row = store.db.execute(
        "SELECT installation_id, name, signing_secret, age_secret, created_at FROM identity WHERE id = 1"
    ).fetchone()
    return Identity(row[0], row[1], bytes(row[2]), row[3], row[4]) if row else None


def document_author(store: Store) -> str:
    """Who the documents exported from this folder name as their author (Word, Excel, PDF
    metadata): the folder's identity for sharing if it has one, else the user's login name."""
    found = identity(store)
    if found is not None and found.name.strip():
        return found.name.strip()
    return store.who if store.who and store.who != "unknown" else "ncdesk"


def require_identity(store: Store) -> Identity:
    found = identity(store)
    if found is None:
        raise NoIdentityError(Message("This data folder has no identity for sharing yet."))
    return found


def save_identity(store: Store, installation_id: str, name: str, signing_secret: bytes, age_secret: str) -> None:
    """Record this installation's identity (made once; later only its name changes)."""
    with store.batch("Identity"), store._translated():
        store.db.execute(
            "INSERT INTO identity(id, installation_id, name, signing_secret, age_secret, created_at) "
            "VALUES (1, ?, ?, ?, ?, ?)",
            [installation_id, name, signing_secret, age_secret, store.now()],
        )


def rename_identity(store: Store, name: str) -> None:
    with store.batch("Identity"), store._translated():
        store.db.execute("UPDATE identity SET name = ? WHERE id = 1", [name])


@dataclass(frozen=True)
class Contact:
    installation_id: str
    name: str
    signing_public: bytes
    age_recipient: str
    card: str
    verified: bool
    publisher: bool
    added_at: str
    sent_seq: int
    last_sent_at: str | None
    last_received_at: str | None
    received_hlc: int
    acked_hlc: int


_CONTACT_COLUMNS = (
    "installation_id, name, signing_public, age_recipient, card, verified, publisher, added_at, sent_seq, "
    "last_sent_at, last_received_at, received_hlc, acked_hlc"
)


def _contact(row: Any) -> Contact:
    return Contact(row[0], row[1], bytes(row[2]), row[3], row[4], bool(row[5]), bool(row[6]), *row[7:])


def contacts(store: Store) -> list[Contact]:
    rows = store.db.execute(f"SELECT {_CONTACT_COLUMNS} FROM contact ORDER BY name COLLATE NOCASE").fetchall()
    return [_contact(r) for r in rows]


def contact(store: Store, installation_id: str) -> Contact | None:
    row = store.db.execute(
        f"SELECT {_CONTACT_COLUMNS} FROM contact WHERE installation_id = ?", [installation_id]
    ).fetchone()
    return _contact(row) if row else None


def find_contact(store: Store, name: str) -> Contact:
    """The contact called *name* (exactly, then ignoring case, then by a unique beginning)."""
    every = contacts(store)
    tests: list[Callable[[Contact], bool]] = [
        lambda c: name in (c.name, c.installation_id),
        lambda c: c.name.casefold() == name.casefold(),
        lambda c: c.name.casefold().startswith(name.casefold()),
    ]
    for test in tests:
        found = [c for c in every if test(c)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ExchangeError(
                Message("%1 names several contacts: %2.", Typed(name), Typed(", ".join(c.name for c in found))),
                Message("Give the whole name."),
            )
    known = ", ".join(c.name for c in every) or Message("none yet")
    raise ExchangeError(Message("No contact is called %1 (contacts: %2).", Typed(name), Typed(known)))


def add_contact(
    store: Store,
    installation_id: str,
    name: str,
    signing_public: bytes,
    age_recipient: str,
    card: str,
    *,
    verified: bool = False,
    publisher: bool = False,
) -> bool:
    """Add or renew a contact; False when the same card was already there (nothing changed)."""
    me = identity(store)
    if me is not None and me.installation_id == installation_id:
        raise ExchangeError(Message("This card is this data folder's own card."))
    current = contact(store, installation_id)
    if current is not None and current.signing_public != signing_public:
        raise ExchangeError(
            Message(
                "The contact %1 is already recorded with other keys: a card that claims to be theirs "
                "with different keys may not come from them.",
                Typed(current.name),
            ),
            Message("Compare the fingerprint with them by phone; if they made new keys, remove the contact first."),
        )
    other = store.db.execute(
        "SELECT name FROM contact WHERE signing_public = ? AND installation_id != ?", [signing_public, installation_id]
    ).fetchone()
    if other is not None:
        raise ExchangeError(Message("These keys are already the contact %1's.", Typed(other[0])))
    with store.batch("Contact"), store._translated():
        if current is None:
            store.db.execute(
                "INSERT INTO contact(installation_id, name, signing_public, age_recipient, card, verified, publisher, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    installation_id,
                    name,
                    signing_public,
                    age_recipient,
                    card,
                    int(verified),
                    int(publisher),
                    store.now(),
                ],
            )
            return True
        store.db.execute(
            "UPDATE contact SET name = ?, age_recipient = ?, card = ?, verified = max(verified, ?), "
            "publisher = max(publisher, ?) WHERE installation_id = ?",
            [name, age_recipient, card, int(verified), int(publisher), installation_id],
        )
        return (name, age_recipient, verified, publisher) != (
            current.name,
            current.age_recipient,
            current.verified,
            current.publisher,
        )


def set_contact(
    store: Store, installation_id: str, *, verified: bool | None = None, publisher: bool | None = None
) -> None:
    with store.batch("Contact"), store._translated():
        if verified is not None:
            store.db.execute(
                "UPDATE contact SET verified = ? WHERE installation_id = ?", [int(verified), installation_id]
            )
        if publisher is not None:
            store.db.execute(
                "UPDATE contact SET publisher = ? WHERE installation_id = ?", [int(publisher), installation_id]
            )


def remove_contact(store: Store, installation_id: str) -> None:
    with store.batch("Contact"), store._translated():
        store.db.execute("DELETE FROM contact WHERE installation_id = ?", [installation_id])


def set_private(store: Store, record_ids: Iterable[str], private: bool = True) -> None:
    """Keep records on this laptop only (never shared), or share them again."""
    with store.batch("Private" if private else "Shared"), store._translated():
        for rid in record_ids:
            if private:
                store.db.execute("INSERT OR IGNORE INTO private_record(record_id) VALUES (?)", [rid])
            else:
                store.db.execute("DELETE FROM private_record WHERE record_id = ?", [rid])


def is_private(store: Store, record_id: str) -> bool:
    return store.db.execute("SELECT 1 FROM private_record WHERE record_id = ?", [record_id]).fetchone() is not None
