"""Files attached to records: copied into the data folder, fingerprinted, searchable by text.

Copying (and extracting text) can take a while for a large file, so it is separate from
recording: the window copies in a worker thread, then records the attachment in one write.
In an encrypted data folder the stored copy is encrypted (see `encryption`); `read_bytes`
gives the content back. The fingerprint is always of the original content.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from ncdesk import paths
from ncdesk.core.text import Message, Typed
from ncdesk.store.file.conversion import attachment_key
from ncdesk.store.file.encryption import seal, unseal
from ncdesk.store.store import Record, Store

MAX_TEXT = 2_000_000  # characters of extracted text kept for search


@dataclass(frozen=True)
class StoredFile:
    filename: str
    stored_name: str
    sha256: str
    size: int
    media_type: str


def stored_path(store: Store, attachment: Record) -> Path:
    return paths.attachments_dir(store.folder) / str(attachment["stored_name"])


def file_key(store: Store) -> bytes | None:
    """The key stored copies are encrypted with (None in a plain data folder)."""
    return attachment_key(store)


def read_bytes(store: Store, attachment: Record) -> bytes:
    """The content of an attachment as it was attached (decrypted)."""
    path = stored_path(store, attachment)
    return unseal(path.read_bytes(), file_key(store), path.name)


def copy_in(folder: Path, source: Path, key: bytes | None = None) -> StoredFile:
    """Copy *source* into the data folder's attachments (atomically, encrypted with *key* if
    given); no database work."""
    source = Path(source)
    if not source.is_file():
        raise FileNotFoundError(Message("%1 is not a file", Typed(source)))
    target_dir = paths.attachments_dir(folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4()}{source.suffix.lower()}"
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(prefix=".attach.", dir=target_dir)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            if key is None:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
            else:
                data = src.read()
                digest.update(data)
                out.write(seal(data, key, stored_name))
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(target_dir / stored_name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return StoredFile(
        filename=source.name,
        stored_name=stored_name,
        sha256=digest.hexdigest(),
        size=(target_dir / stored_name).stat().st_size,
        media_type=mimetypes.guess_type(source.name)[0] or "application/octet-stream",
    )


STORED_NAME = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z0-9]{1,12})?$")


def write_received(store: Store, stored_name: str, data: bytes) -> Path:
    """Store an attached file received in a package under the name its record gives (checked to be
    one ncdesk makes: no path), encrypted with this folder's key if it has one; atomically."""
    if not STORED_NAME.match(stored_name):
        raise ValueError(f"not a stored file name: {stored_name!r}")
    target_dir = paths.attachments_dir(store.folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / stored_name
    if target.exists():
        raise FileExistsError(stored_name)
    key = file_key(store)
    if key is not None:
        data = seal(data, key, stored_name)
    fd, tmp = tempfile.mkstemp(prefix=".attach.", dir=target_dir)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def record(store: Store, record_kind: str, record_id: str, stored: StoredFile, text: str = "") -> str:
    """Record a copied file against a record; returns the attachment's id."""
    if store.get(record_kind, record_id) is None:
        (paths.attachments_dir(store.folder) / stored.stored_name).unlink(missing_ok=True)
        raise ValueError(f"no {record_kind} {record_id} to attach to")
    try:
        return store.insert(
            "attachment",
            {
                "record_kind": record_kind,
                "record_id": record_id,
                "filename": stored.filename,
                "stored_name": stored.stored_name,
                "sha256": stored.sha256,
                "size": stored.size,
                "media_type": stored.media_type,
                "text": text[:MAX_TEXT],
            },
        )
    except BaseException:
        (paths.attachments_dir(store.folder) / stored.stored_name).unlink(missing_ok=True)
        raise


def attach(store: Store, record_kind: str, record_id: str, source: Path, text: str = "") -> str:
    """Copy and record in one go (the command line and tests)."""
    if store.get(record_kind, record_id) is None:
        raise ValueError(f"no {record_kind} {record_id} to attach to")
    return record(store, record_kind, record_id, copy_in(store.folder, source, file_key(store)), text)
