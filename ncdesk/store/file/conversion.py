"""A database written whole to a new file under another key (or none) and checked, and the key the
stored attachments are sealed with: what encrypting a folder (`encryption`) and restoring a backup
of another form (`backups.restore`) both need."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ncdesk import paths
from ncdesk.core.text import Message, Typed
from ncdesk.store.file import crypto, engine
from ncdesk.store.file.crypto import Key
from ncdesk.store.file.db import APPLICATION_ID, read_meta
from ncdesk.store.file.errors import EncryptionError

if TYPE_CHECKING:
    from ncdesk.store.file.opened import OpenStore

ATTACHMENT_KEY = "attachment_key"


def export_copy(conn: Any, dest: Path, key: Key | None) -> None:
    """Write the whole database of *conn* to the new file *dest*, encrypted with *key* or plain,
    then check the copy (integrity and the row count of every table) and flush it to disk."""
    dest.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        dest.with_name(dest.name + suffix).unlink(missing_ok=True)
    paths.create_private_file(dest)  # ATTACH would create it with the umask's mode
    value = engine.key_pragma(*key.sqlcipher) if key else "''"
    conn.execute(f"ATTACH DATABASE ? AS ncdesk_copy KEY {value}", [str(dest)])
    try:
        # sqlcipher_export commits once per table: flushing each commit took seconds. The copy
        # is flushed once, after its check (below), before it is renamed into place.
        conn.execute("PRAGMA ncdesk_copy.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('ncdesk_copy')")
        for pragma in ("user_version", "application_id"):
            current = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA ncdesk_copy.{pragma} = {current}")
        conn.commit()
    finally:
        conn.execute("DETACH DATABASE ncdesk_copy")
    _check_copy(conn, dest, key)
    with dest.open("rb") as fh:
        os.fsync(fh.fileno())


def _counts(conn: Any) -> dict[str, int]:
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def _check_copy(source: Any, dest: Path, key: Key | None) -> None:
    copy = engine.connect(dest, opening=engine.Opening.READ, key=key.sqlcipher if key else None)
    try:
        result = copy.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise EncryptionError(
                Message("The converted copy %1 failed its check (%2).", Typed(dest.name), Typed(result))
            )
        if _counts(copy) != _counts(source):
            raise EncryptionError(Message("The converted copy %1 does not hold every record.", Typed(dest.name)))
        if int(copy.execute("PRAGMA application_id").fetchone()[0]) not in (0, APPLICATION_ID):
            raise EncryptionError(Message("The converted copy %1 is not marked as ncdesk's.", Typed(dest.name)))
    finally:
        copy.close()
    if key is not None and crypto.file_salt(dest) != key.salt:
        raise EncryptionError(Message("The converted copy %1 was not encrypted with the new key.", Typed(dest.name)))


def attachment_key(store: OpenStore) -> bytes | None:
    """The key stored attachments are encrypted with (inside the encrypted database), or None."""
    if store.key is None:
        return None
    value = read_meta(store.db, ATTACHMENT_KEY)
    return bytes.fromhex(value) if value else None
