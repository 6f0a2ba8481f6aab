"""Keys: a passphrase becomes a 256-bit key through Argon2id; the key is never written anywhere.

Every encrypted file ncdesk writes (the database and its backups) is an SQLCipher 4 database
keyed with a raw key. The Argon2id salt is the file's own SQLCipher salt, the 16 bytes at the
start of the file (not secret; SQLCipher keeps them in clear by design), so a file carries
what is needed to derive its key from the passphrase and a passphrase change is a single
rename of one file.

`encryption.json` in the data folder (the key-derivation file; a copy is kept in `backups/`)
records the Argon2id parameters and, for each salt in use, a check value: the first 16 bytes
of HMAC-SHA256(key, "ncdesk passphrase check"). It tells a wrong passphrase ("the passphrase
is wrong, nothing was changed") from a damaged file (the passphrase is right but the file
does not decrypt). It holds no key and nothing from which a key can be computed without the
passphrase.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from ncdesk import paths
from ncdesk.core.text import Message, Typed
from ncdesk.store.file import engine
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.file.engine import SQLITE_HEADER
from ncdesk.store.file.errors import DatabaseCorruptError, StoreError

KDF_FILENAME = "encryption.json"
FORMAT = "ncdesk-encryption/1"
SALT_BYTES = 16
KEY_BYTES = 32
_CHECK_TEXT = b"ncdesk passphrase check"
MIN_PASSPHRASE = 8


class WrongPassphraseError(StoreError):
    what_to_do = Message("Type it again (it is case-sensitive); nothing was changed.")


class PassphraseRequiredError(StoreError):
    what_to_do = Message(
        "Give the passphrase: at the prompt, or with --passphrase-file FILE or NCDESK_PASSPHRASE_FILE."
    )


class KeyFileMissingError(StoreError):
    """The database is encrypted but its key-derivation file is gone."""


class WeakPassphraseError(ValueError):
    pass


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: 3 passes over 64 MiB with 2 lanes (about a quarter of a second here)."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2

    def as_json(self) -> dict[str, Any]:
        return {"kdf": "argon2id", "time_cost": self.time_cost, "memory_kib": self.memory_kib,
                "parallelism": self.parallelism, "key_bytes": KEY_BYTES}  # fmt: skip


DEFAULT_PARAMS = KdfParams()


@dataclass
class Key:
    """A derived key and the salt it was derived with. `wipe()` overwrites it in memory."""

    raw: bytearray
    salt: bytes
    check: str = field(init=False)

    def __post_init__(self) -> None:
        self.check = check_value(bytes(self.raw))

    @property
    def sqlcipher(self) -> tuple[bytes, bytes]:
        return bytes(self.raw), self.salt

    def wipe(self) -> None:
        for i in range(len(self.raw)):
            self.raw[i] = 0

    def __repr__(self) -> str:  # never print the key
        return f"Key(salt={self.salt.hex()[:8]}…)"


def check_value(raw: bytes) -> str:
    return hmac.new(raw, _CHECK_TEXT, hashlib.sha256).hexdigest()[:32]


GUESSABLE = 1  # zxcvbn's score (0-4) at or below which a passphrase is refused: guessed in under ~10^6 tries
WEAK = 2  # at or below which it is taken with a warning: under ~10^8 tries, an offline attack's afternoon
_STRENGTH_LENGTH = 72  # zxcvbn refuses longer ones (its time grows with the length); their start is judged


def strength(passphrase: str) -> int:
    """zxcvbn's estimate, 0 (among the commonest passwords) to 4 (very unlikely to be guessed)."""
    from zxcvbn import zxcvbn  # its dictionaries take 0.1 s to load: only when a passphrase is chosen

    return int(zxcvbn(passphrase[:_STRENGTH_LENGTH])["score"])


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short, or too easy to guess, to protect anything ("password", "12345678")."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphraseError(Message("The passphrase must have at least %1 characters.", MIN_PASSPHRASE))
    if not passphrase.strip():
        raise WeakPassphraseError(Message("The passphrase cannot be only spaces."))
    if strength(passphrase) <= GUESSABLE:
        raise WeakPassphraseError(
            Message(
                "The passphrase is one of the commonest or close to one: it would be guessed at once. "
                "Add another word or two; uncommon words are best."
            )
        )


def passphrase_warning(passphrase: str) -> str | None:
    """A warning for a passphrase that `check_passphrase` takes but that could be guessed with some effort."""
    if strength(passphrase) > WEAK:
        return None
    return Message(
        "The passphrase is weak: someone with the laptop could guess it with some effort. "
        "A sentence of four or more uncommon words is much safer."
    )


def derive(passphrase: str, salt: bytes, params: KdfParams | None = None) -> Key:
    params = params or DEFAULT_PARAMS
    raw = hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return Key(bytearray(raw), salt)


def new_key(passphrase: str, params: KdfParams | None = None) -> Key:
    return derive(passphrase, secrets.token_bytes(SALT_BYTES), params)


# --- the key-derivation file -----------------------------------------------------------------


def kdf_path(folder: Path) -> Path:
    return folder / KDF_FILENAME


def kdf_copy_path(folder: Path) -> Path:
    return folder / "backups" / KDF_FILENAME


@dataclass
class KdfFile:
    params: KdfParams
    checks: dict[str, str]  # salt (hex) -> check value

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, **self.params.as_json(), "checks": self.checks}


def read_kdf(folder: Path) -> KdfFile | None:
    """The key-derivation file (or its copy in backups/), or None if there is neither."""
    for path in (kdf_path(folder), kdf_copy_path(folder)):
        if path.exists():
            return _parse_kdf(path)
    return None


def _parse_kdf(path: Path) -> KdfFile:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("kdf") != "argon2id":
            raise ValueError(f"unknown format {data.get('format')!r}")
        params = KdfParams(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))
        checks = {str(k): str(v) for k, v in dict(data.get("checks", {})).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise StoreError(
            Message("The key-derivation file %1 cannot be read (%2).", Typed(path), Typed(exc)),
            Message(
                "Put back the copy kept in the backups folder, or restore it from your own copy; nothing was changed."
            ),
        ) from exc
    return KdfFile(params, checks)


def write_kdf(folder: Path, kdf: KdfFile) -> None:
    """Write encryption.json (and its copy in backups/) atomically."""
    text = json.dumps(kdf.to_json(), indent=2, sort_keys=True) + "\n"
    for path in (kdf_path(folder), kdf_copy_path(folder)):
        with atomic_write(path) as fh:
            fh.write(text)
    _fsync_dir(folder)


def remove_kdf(folder: Path) -> None:
    for path in (kdf_path(folder), kdf_copy_path(folder)):
        path.unlink(missing_ok=True)
    _fsync_dir(folder)


def add_check(folder: Path, key: Key, params: KdfParams | None = None) -> None:
    params = params or DEFAULT_PARAMS
    kdf = read_kdf(folder) or KdfFile(params, {})
    kdf.checks[key.salt.hex()] = key.check
    write_kdf(folder, KdfFile(params, kdf.checks))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- which files are encrypted, and unlocking ------------------------------------------------


def file_salt(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(SALT_BYTES)


def looks_encrypted(path: Path) -> bool:
    """A non-empty file that does not start as plain SQLite (encrypted, or damaged)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return len(head) == 16 and head != SQLITE_HEADER


def is_encrypted(folder: Path) -> bool:
    """Is the database of *folder* encrypted? Its header is not plain SQLite, and the folder
    has a key-derivation file (or its copy), or encrypted backups: without either, a file that
    is not plain SQLite is a damaged one."""
    db = paths.database_path(folder)
    if not looks_encrypted(db):
        return False
    if kdf_path(folder).exists() or kdf_copy_path(folder).exists():
        return True
    backups = paths.backups_dir(folder)
    return backups.is_dir() and any(looks_encrypted(p) for p in backups.glob("ncdesk-*.sqlite3"))


def require_kdf(folder: Path) -> KdfFile:
    if kdf_path(folder).exists():
        return _parse_kdf(kdf_path(folder))
    copy = kdf_copy_path(folder)
    db = paths.database_path(folder)
    if copy.exists():
        raise KeyFileMissingError(
            Message(
                "The database %1 is encrypted, but its key-derivation file %2 is missing.",
                Typed(db),
                Typed(kdf_path(folder)),
            ),
            Message(
                "A copy is kept at %1: copy it back into the data folder, then open ncdesk again. Nothing was changed.",
                Typed(copy),
            ),
        )
    raise KeyFileMissingError(
        Message(
            "The database %1 is encrypted, but its key-derivation file %2 is missing.",
            Typed(db),
            Typed(kdf_path(folder)),
        ),
        Message("Put it back from your own copy; nothing was changed."),
    )


def unlock(folder: Path, passphrase: str, path: Path | None = None) -> Key:
    """The key of the encrypted database of *folder* (or of *path*, one of its backups), checked
    against the key-derivation file. Writes nothing.

    A file whose salt has a check value: the passphrase is right if it gives that value
    (WrongPassphraseError otherwise). A file whose salt has none (one ncdesk did not encrypt
    here, or one whose first 16 bytes are damaged): the passphrase is right if the file opens
    with it (`Store.open` then records its check value). If it does not, but the passphrase is
    this folder's (it gives one of the recorded check values), the file is damaged:
    DatabaseCorruptError (`Store.open` moves it aside and offers the last good backup).
    Otherwise WrongPassphraseError."""
    target = path or paths.database_path(folder)
    kdf = require_kdf(folder)
    salt = file_salt(target)
    key = derive(passphrase, salt, kdf.params)
    expected = kdf.checks.get(salt.hex())
    if expected is not None:
        if not hmac.compare_digest(expected, key.check):
            key.wipe()
            raise WrongPassphraseError(Message("The passphrase is wrong."))
        return key
    if _opens_with(target, key):
        return key
    key.wipe()
    if not kdf.checks:
        raise WrongPassphraseError(
            Message("%1 was encrypted with a passphrase ncdesk has no record of.", Typed(target.name)),
            Message("It may be damaged, or come from another data folder; nothing was changed."),
        )
    if not _one_of_this_folders(passphrase, kdf):
        raise WrongPassphraseError(Message("The passphrase is wrong."))
    raise DatabaseCorruptError(
        Message(
            "The file %1 is damaged: its first 16 bytes (the salt its key is made from) match no key made "
            "in this data folder, and it does not open with this folder's passphrase (or it was copied here from a "
            "data folder with another passphrase).",
            Typed(target),
        )
    )


def _opens_with(path: Path, key: Key) -> bool:
    """Does *path* decrypt with *key*? Reads its first page only (read-only, without locking:
    SQLCipher authenticates every page it reads); writes nothing."""
    try:
        conn = engine.connect(path, opening=engine.Opening.READ_IMMUTABLE, key=key.sqlcipher)
    except engine.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except engine.Error:
        return False
    finally:
        conn.close()
    return True


def _one_of_this_folders(passphrase: str, kdf: KdfFile) -> bool:
    """Does *passphrase* give one of the check values recorded in *kdf*?"""
    for salt_hex, expected in kdf.checks.items():
        try:
            salt = bytes.fromhex(salt_hex)
        except ValueError:
            continue
        key = derive(passphrase, salt, kdf.params)
        try:
            if hmac.compare_digest(expected, key.check):
                return True
        finally:
            key.wipe()
    return False


def record_check(folder: Path, key: Key) -> None:
    """Record *key*'s check value if the key-derivation file has none for its salt (a database
    that opened with the passphrase but was not encrypted here), with the folder's parameters."""
    kdf = read_kdf(folder)
    if kdf is not None and key.salt.hex() not in kdf.checks:
        add_check(folder, key, kdf.params)


# --- the keys of the databases unlocked in this process --------------------------------------

_unlocked: dict[Path, Key] = {}


def remember(folder: Path, key: Key) -> None:
    _unlocked[Path(folder).resolve()] = key


def key_for(folder: Path) -> Key | None:
    return _unlocked.get(Path(folder).resolve())


def forget(folder: Path) -> None:
    key = _unlocked.pop(Path(folder).resolve(), None)
    if key is not None:
        key.wipe()
