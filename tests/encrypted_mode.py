"""The encrypted mode of the test suite (`NCDESK_TEST_ENCRYPTED=1`; RELIABILITY.md, "at rest").

Every ncdesk data folder the tests open is encrypted: `Store.open` is wrapped so that a plain
database is encrypted with the suite's passphrase (`PASS`, Argon2id at its cheapest) right
after it is opened, and a canary is planted in it (a `meta` row, `test_canary`); a later open
from test code finds the key with the passphrase (a user typing it again). Code in `ncdesk`
itself gets no such help: the command line reads `NCDESK_PASSPHRASE_FILE`, the window asks
its prompter (the tests' FakePrompter answers `PASS`).

Two markers set tests apart:

- `plain_only(reason)`: the test is about a plain database (the standard library's sqlite3,
  the plain SQLite header, converting a plain folder); skipped in encrypted mode.
- `manages_encryption`: the test encrypts, re-keys or decrypts folders itself; in encrypted
  mode it runs as in the normal mode (its folders are not encrypted for it, and hold no canary).

The canary must not appear, in clear, in any file ncdesk wrote: every file of every data
folder the suite used, and everything in the session's temporary folder (`TMPDIR`), is
scanned at the end of the session; files deleted during the run (Python's `os.remove`,
`os.unlink`, `shutil.rmtree`) are scanned just before they go, through an audit hook. A few
texts of the reference data (in every database) are looked for too, in the temporary folder
and in what was written to a data folder since it was encrypted (a file older than its
`encryption.json` is from before: a plain database's files, which the kill harness can leave).
Exports written outside a data folder are exempt: they are plaintext by design.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENABLED = os.environ.get("NCDESK_TEST_ENCRYPTED") == "1"
PASS = "the test suite's own passphrase"
CANARY_KEY = "test_canary"
# One word of hex digits: the search index would keep it whole; found in any letter case.
CANARY = "NCDESK-CANARY-" + secrets.token_hex(10)
DATA_MARKERS = ("ncdesk.sqlite3", "encryption.json", "ncdesk.lock")
_READ_LIMIT = 1 << 30  # a file larger than this is read in chunks


def needles(canary: str) -> list[bytes]:
    """The canary's distinctive part (its random digits), as UTF-8 and UTF-16 (both byte
    orders), lower and upper case."""
    token = canary.rsplit("-", 1)[-1]
    forms = {token.lower(), token.upper()}
    return sorted({f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le", "utf-16-be")})


# Text every database of the suite holds (the reference data): found in clear in an encrypted
# data folder or the temporary folder, it would be the database's content written in clear (a
# dump, an export's temporary file), which would hold the user's text too.
REFERENCE_TEXTS = (
    "Omar Hassan Ahmad Al Bashir",
    "Vladimir Vladimirovich Putin",
    "Decision informing the United Nations Security Council",
)


def text_needles(texts: Iterable[str]) -> list[bytes]:
    return sorted({t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le", "utf-16-be")})


def file_hit(path: Path, wanted: Iterable[bytes]) -> bytes | None:
    """The first needle found in *path*, or None (also when it cannot be read)."""
    wanted = list(wanted)
    longest = max(len(n) for n in wanted)
    try:
        with path.open("rb") as fh:
            tail = b""
            while chunk := fh.read(64 << 20):
                data = tail + chunk
                for needle in wanted:
                    if needle in data:
                        return needle
                tail = data[-longest:]
    except OSError:
        return None
    return None


def files_under(root: Path) -> Iterator[Path]:
    """Every regular file under *root* (symbolic links not followed)."""
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            p = Path(dirpath) / name
            try:
                if stat.S_ISREG(p.lstat().st_mode):
                    yield p
            except OSError:
                continue


def is_data_folder(folder: Path) -> bool:
    return any((folder / m).exists() for m in DATA_MARKERS)


def data_folders(root: Path) -> list[Path]:
    """Every folder under *root* (itself included) that holds an ncdesk database, its key-
    derivation file or its instance lock."""
    found = []
    for dirpath, _dirs, names in os.walk(root):
        if any(m in names for m in DATA_MARKERS):
            found.append(Path(dirpath))
    return found


@dataclass
class ScanResult:
    hits: list[str] = field(default_factory=list)
    files: int = 0
    folders: int = 0
    databases: int = 0
    bytes: int = 0


def scan(
    folders: Iterable[Path], loose: Iterable[Path], wanted: list[bytes] | Callable[[Path, Path], list[bytes]]
) -> ScanResult:
    """Scan every file of each data folder in *folders* (recursively) and every file under each
    of *loose* for the needles in *wanted* (or `wanted(root, file)`)."""
    result = ScanResult()
    seen: set[Path] = set()
    roots = [(f, True) for f in folders] + [(f, False) for f in loose]
    for root, is_folder in roots:
        if not root.is_dir():
            continue
        result.folders += is_folder
        for path in files_under(root):
            if path in seen:
                continue
            seen.add(path)
            result.files += 1
            with contextlib.suppress(OSError):
                result.bytes += path.stat().st_size
            if path.name.endswith(".sqlite3"):
                result.databases += 1
            needle = file_hit(path, wanted(root, path) if callable(wanted) else wanted)
            if needle is not None:
                result.hits.append(f"{path} (holds {needle!r})")
    return result


# --- the session's state ------------------------------------------------------------------------


@dataclass
class Session:
    basetemp: Path | None = None
    tmpdir: Path | None = None
    passphrase_file: Path | None = None
    auto: bool = False  # the current test wants its folders encrypted
    current: str = ""  # the current test's node id
    opened: dict[Path, bool] = field(default_factory=dict)  # data folder -> encrypted for the test
    encrypted: int = 0  # folders the suite encrypted
    deleted_hits: list[str] = field(default_factory=list)
    deleted_scanned: int = 0
    deleted_in_tmpdir: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    pid: int = field(default_factory=os.getpid)

    @property
    def child_hits_file(self) -> Path | None:
        """Where a forked child (the crash harness) writes what it found: its memory dies with it."""
        return None if self.basetemp is None else self.basetemp / "canary-hits-in-children.txt"


SESSION = Session()


def _resolve(p: Path) -> Path:
    try:
        return p.resolve()
    except OSError:
        return p.absolute()


def since_encrypted(folder: Path, path: Path) -> bool:
    """Was *path* written since *folder* was encrypted (not before its encryption.json)?"""
    try:
        return path.stat().st_mtime_ns >= (folder / "encryption.json").stat().st_mtime_ns
    except OSError:
        return False


def encrypted_needles(folder: Path, path: Path) -> list[bytes]:
    """The canary, and the reference text in what was written since the folder was encrypted."""
    return _STRICT if since_encrypted(folder, path) else _NEEDLES


def needles_for(path: Path) -> list[bytes] | None:
    """What to look for in *path*: the canary and the reference text in the session's temporary
    folder and in the data folders encrypted for the tests; the canary alone in any other data
    folder; nothing elsewhere (the tests' own files, exports) or in the folders of tests that
    manage encryption themselves."""
    s = SESSION
    if s.tmpdir is not None and (path == s.tmpdir or s.tmpdir in path.parents):
        return _STRICT
    if s.basetemp is None or s.basetemp not in path.parents:
        return None
    for parent in path.parents:
        if parent == s.basetemp:
            return None
        if parent in s.opened:
            return encrypted_needles(parent, path) if s.opened[parent] else None
        if is_data_folder(parent):
            return _NEEDLES
    return None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in {"os.remove", "shutil.rmtree"}:
        return
    s = SESSION
    if s.basetemp is None or not s.auto:  # a test that manages encryption itself runs as in the normal mode
        return
    try:
        raw, dir_fd = args[0], args[1]
        if isinstance(raw, int):
            return
        path = Path(os.fsdecode(os.fspath(raw)))
        if dir_fd is not None and not path.is_absolute():
            path = Path(f"/proc/self/fd/{dir_fd}").readlink() / path
        path = _resolve(path) if path.is_absolute() else _resolve(Path.cwd() / path)
        if event == "shutil.rmtree":
            candidates = list(files_under(path)) if path.is_dir() else []
        else:
            candidates = [path] if path.is_file() else []
        for p in candidates:
            wanted = needles_for(p)
            if wanted is None:
                continue
            needle = file_hit(p, wanted)
            with s.lock:
                s.deleted_scanned += 1
                s.deleted_in_tmpdir += s.tmpdir is not None and s.tmpdir in p.parents
                if needle is not None:
                    hit = f"{p} (deleted during {s.current or 'set-up'}; held {needle!r})"
                    s.deleted_hits.append(hit)
                    if os.getpid() != s.pid and s.child_hits_file is not None:
                        with s.child_hits_file.open("a", encoding="utf-8") as fh:
                            fh.write(f"{hit} [in a child process]\n")
    except Exception as exc:  # noqa: BLE001 - an audit hook must never break the operation
        with s.lock:
            s.deleted_hits.append(f"(the audit hook failed on {event} {args!r}: {exc!r})")


_NEEDLES = needles(CANARY)
_STRICT = _NEEDLES + text_needles(REFERENCE_TEXTS)
_hook_installed = False


def install_audit_hook() -> None:
    global _hook_installed
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True


# --- opening stores: encrypted, with the canary -------------------------------------------------


def fast_params() -> Any:
    from ncdesk.store.file.crypto import KdfParams

    return KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def encrypt_and_plant(store: Any) -> None:
    """Encrypt the plain database of *store* with PASS, then plant the canary in it (never in
    clear, even for a moment: a kill cannot leave it in a plain file)."""
    from ncdesk.store.file import encryption
    from ncdesk.store.file.db import write_meta

    encryption.encrypt(store, PASS, params=fast_params())
    write_meta(store.db, CANARY_KEY, CANARY)
    SESSION.encrypted += 1


_original_open: Any = None


def _open(cls: Any, folder: Path, **kwargs: Any) -> Any:
    from ncdesk.store.file import crypto

    s = SESSION
    place = _resolve(Path(folder))
    s.opened.setdefault(place, s.auto)
    if not s.auto:
        return _original_open(cls, folder, **kwargs)
    s.opened[place] = True
    caller = sys._getframe(1).f_globals.get("__name__", "")
    if (
        not caller.startswith("ncdesk.")
        and kwargs.get("key") is None
        and kwargs.get("passphrase") is None
        and crypto.is_encrypted(Path(folder))
        and crypto.key_for(Path(folder)) is None
    ):
        kwargs["passphrase"] = PASS  # the user types it again
    store = _original_open(cls, folder, **kwargs)
    if store.key is None:
        try:
            encrypt_and_plant(store)
        except BaseException:
            store.close()
            raise
    return store


def install_store_wrapper() -> None:
    global _original_open
    from ncdesk.store.store import Store

    if _original_open is None:
        _original_open = Store.open.__func__  # type: ignore[attr-defined]
        Store.open = classmethod(_open)  # type: ignore[method-assign,assignment]


def open_plain(folder: Path, **kwargs: Any) -> Any:
    """Store.open as ncdesk has it (no encryption, no canary)."""
    from ncdesk.store.store import Store

    if _original_open is None:
        return Store.open(folder, **kwargs)
    return _original_open(Store, folder, **kwargs)


def copy_database(source: Path, dest: Path) -> None:
    """Copy the database of the data folder *source* into the folder *dest*, with its
    key-derivation file (and that file's copy in backups/) when it has one."""
    import shutil

    dest.mkdir(parents=True, exist_ok=True)
    for name in ("encryption.json", "backups/encryption.json"):
        if (source / name).exists():
            (dest / name).parent.mkdir(exist_ok=True)
            shutil.copyfile(source / name, dest / name)
    shutil.copyfile(source / "ncdesk.sqlite3", dest / "ncdesk.sqlite3")  # after: "written since encrypted"


def key_of(folder: Path, path: Path | None = None) -> Any:
    """The key of *folder*'s encrypted database (or of *path*, one of its files) from PASS, or
    None when that file is plain."""
    from ncdesk import paths
    from ncdesk.store.file import crypto

    target = path or paths.database_path(folder)
    if not crypto.looks_encrypted(target):
        return None
    return crypto.unlock(folder, PASS, target)


def connect(path: Path, folder: Path | None = None, *, read_only: bool = False, **kwargs: Any) -> Any:
    """`engine.connect` to a database file of a data folder, keyed with the suite's passphrase
    when the file is encrypted (a plain file as it is). *folder* defaults to the file's own
    folder (its data folder's for a file in backups/ or damaged/)."""
    from ncdesk.store.file import crypto, engine

    path = Path(path)
    if folder is None:
        folder = path.parent.parent if path.parent.name in ("backups", "damaged") else path.parent
    key = crypto.unlock(folder, PASS, path) if crypto.looks_encrypted(path) else None
    opening = engine.Opening.READ if read_only else engine.Opening.WRITE
    return engine.connect(path, opening=opening, key=key.sqlcipher if key is not None else None, **kwargs)


# --- the end of the session ------------------------------------------------------------------------


@dataclass
class FinalReport:
    failed: bool
    lines: list[str]


def canary_inside(folder: Path) -> bool | None:
    """Does the encrypted database of *folder* hold the canary (read with PASS)? None when the
    folder's database is not encrypted or cannot be read."""
    from ncdesk import paths
    from ncdesk.store.file import crypto

    db = paths.database_path(folder)
    if not crypto.is_encrypted(folder):
        return None
    try:
        conn = connect(db, folder, read_only=True)
    except Exception:  # noqa: BLE001 - counted as unreadable
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [CANARY_KEY]).fetchone()
        return row is not None and row[0] == CANARY
    except Exception:  # noqa: BLE001
        return None
    finally:
        conn.close()


def plain_files(folder: Path) -> list[str]:
    """Files of the encrypted data *folder* that are not encrypted: a database file (the
    database, a backup, a copy moved aside, a partial copy) with the plain SQLite header, or a
    stored attachment that is not sealed."""
    from ncdesk.store.file.encryption import is_sealed

    found = []
    for path in files_under(folder):
        try:
            with path.open("rb") as fh:
                head = fh.read(32)
        except OSError:
            continue
        if head.startswith(b"SQLite format 3\x00"):
            found.append(f"{path} (a plain SQLite database)")
        elif path.parent.name == "attachments" and not path.name.startswith(".") and not is_sealed(path):
            found.append(f"{path} (an attachment stored in clear)")
    return found


MIN_FOLDERS_FULL_RUN = 300  # a whole run encrypts about 600 data folders


def final_scan(*, full_run: bool) -> FinalReport:
    """Scan every data folder the suite used and the session's temporary folder for the canary;
    then check the canary really is inside the encrypted databases."""
    s = SESSION
    assert s.basetemp is not None
    found = {_resolve(f) for f in data_folders(s.basetemp) if s.tmpdir is None or s.tmpdir not in f.parents}
    exempt = {f for f, encrypted in s.opened.items() if not encrypted}
    folders = sorted((found | {f for f, e in s.opened.items() if e}) - exempt)
    loose = [s.tmpdir] if s.tmpdir is not None else []
    strict = [f for f in folders if s.opened.get(f)]
    result = scan(strict, [], encrypted_needles)
    result_tmp = scan([], loose, _STRICT)
    for name in ("files", "folders", "databases", "bytes"):
        setattr(result, name, getattr(result, name) + getattr(result_tmp, name))
    result.hits += result_tmp.hits
    other = scan([f for f in folders if not s.opened.get(f)], [], _NEEDLES)
    for name in ("files", "folders", "databases", "bytes"):
        setattr(result, name, getattr(result, name) + getattr(other, name))
    hits = result.hits + other.hits + s.deleted_hits
    if s.child_hits_file is not None and s.child_hits_file.exists():
        hits += s.child_hits_file.read_text(encoding="utf-8").splitlines()
    encrypted = [f for f in strict if (f / "ncdesk.sqlite3").exists()]
    lacking = [f for f in encrypted if not canary_inside(f)]  # e.g. restored from a backup made before it
    holding = len(encrypted) - len(lacking)
    from ncdesk.store.file import crypto

    unencrypted = [p for f in encrypted if crypto.is_encrypted(f) for p in plain_files(f)]
    still_plain = [f for f in encrypted if (f / "ncdesk.sqlite3").exists() and not crypto.is_encrypted(f)]
    lines = [
        f"canary {CANARY!r} (and {len(REFERENCE_TEXTS)} texts of the reference data in the temporary folder and "
        "what was written to the encrypted folders since their encryption): "
        f"scanned {result.files} files ({result.bytes / 1e6:.0f} MB) in {result.folders} data folders "
        f"({result.databases} database files) and the session's temporary folder {s.tmpdir}, and "
        f"{s.deleted_scanned} files just before they were deleted ({s.deleted_in_tmpdir} in the temporary folder)",
        f"{s.encrypted} data folders encrypted for the tests (and the template copied for most); "
        f"{len(encrypted)} used encrypted still hold a database, {holding} of them (read with the passphrase) "
        "hold the canary; "
        f"{len(exempt)} used by tests that manage encryption themselves (not scanned)",
    ]
    if lacking:
        lines.append(
            f"(without the canary: {', '.join(str(f) for f in lacking[:5])}{' …' if len(lacking) > 5 else ''})"
        )
    failed = False
    if hits:
        failed = True
        lines.append(f"FAILED: the canary is in clear in {len(hits)} file(s) ncdesk wrote:")
        lines += [f"  {h}" for h in hits[:200]]
    if unencrypted:
        failed = True
        lines.append(f"FAILED: {len(unencrypted)} file(s) in clear in encrypted data folders:")
        lines += [f"  {u}" for u in unencrypted[:200]]
    if still_plain:
        lines.append(
            f"note: {len(still_plain)} data folder(s) encrypted for their test ended plain (decrypted by it?):"
        )
        lines += [f"  {f}" for f in still_plain[:20]]
    minimum = MIN_FOLDERS_FULL_RUN if full_run else 1
    if encrypted and holding < max(minimum, len(encrypted) // 2):
        failed = True
        lines.append(
            f"FAILED: only {holding} encrypted databases hold the canary (at least {minimum}, and half of "
            f"{len(encrypted)}, expected): the scan may have looked for nothing"
        )
    if full_run and result.files < 1000:
        failed = True
        lines.append(f"FAILED: only {result.files} files scanned: the scan may have missed the data folders")
    if not failed:
        lines.append("ok: the canary appears in clear in no file ncdesk wrote")
    return FinalReport(failed, lines)


def damaged_bytes(size: int = 8000) -> bytes:
    """A database file damaged beyond reading, as the folder would hold one: in encrypted mode
    without the SQLite header (an encrypted file's first page overwritten), otherwise a plain
    header over garbage; never a plain database in an encrypted folder (the canary scan)."""
    return b"\x07" * (size + 16) if ENABLED else b"SQLite format 3\x00" + b"\x07" * size
