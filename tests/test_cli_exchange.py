"""ncdesk identity, contact, share, receive and exchange: two or three laptops (data folders)
sharing the record through package files, with the exit codes the scripts rely on (0 applied or
already received, 2 refused, 3 conflicts undecided) and nothing written when refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyrage
import pytest

from ncdesk.io import package
from ncdesk.store.file.schema import TABLES
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests import encrypted_mode as enc
from tests.cli_helpers import run
from tests.conftest import _fill
from tests.exchange_helpers import new_release

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def laptops(tmp_path: Path, reference_db: Path, request: pytest.FixtureRequest) -> dict[str, Path]:
    """Three data folders with the reference data; Mexico and Poland know each other's cards,
    Chile knows theirs but they do not know Chile's."""
    folders = {}
    for name in ("Mexico", "Poland", "Chile"):
        folders[name] = tmp_path / name
        _fill(folders[name], request, reference_db)
    return folders


def cli(capsys: Capsys, folder: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", str(folder), *args)


def _card(capsys: Capsys, folder: Path, name: str, tmp_path: Path) -> Path:
    assert cli(capsys, folder, "identity", "--name", f"{name} — focal point")[0] == 0
    target = tmp_path / f"{name}.card"
    code, out, err = cli(capsys, folder, "identity", "export", "-o", str(target))
    assert code == 0, err
    return target


def _introduce(capsys: Capsys, laptops: dict[str, Path], tmp_path: Path) -> dict[str, Path]:
    cards = {n: _card(capsys, f, n, tmp_path) for n, f in laptops.items()}
    for a, b in (("Mexico", "Poland"), ("Poland", "Mexico"), ("Chile", "Mexico"), ("Chile", "Poland")):
        code, out, err = cli(capsys, laptops[a], "contact", "add", str(cards[b]), "--verified")
        assert code == 0, err
    return cards


def _alert(capsys: Capsys, folder: Path, state: str = "Mongolia") -> str:
    code, out, err = cli(capsys, folder, "alert", "add", "--person", "Putin", "--state", state, "--from",
                         "2031-04-03", "--json")  # fmt: skip
    assert code == 0, err
    return str(json.loads(out)["id"])


def digest(folder: Path) -> str:
    """The record tables, their history and what was received. (Not field_version: a preview first
    versions this laptop's own edits made since the last look, which is bookkeeping of ours.)"""
    conn = enc.connect(folder / "ncdesk.sqlite3")
    try:
        h = hashlib.sha256()
        for table in (*TABLES, "change_log", "tombstone", "received_package", "exchange_conflict"):
            for row in sorted(repr(r) for r in conn.execute(f"SELECT * FROM {table}")):
                h.update(row.encode())
        return h.hexdigest()
    finally:
        conn.close()


def _share(capsys: Capsys, folder: Path, target: Path, *args: str) -> Path:
    target.mkdir(exist_ok=True)
    code, out, err = cli(capsys, folder, "share", *args, "-o", str(target))
    assert code == 0, err
    return Path(out.splitlines()[0].rsplit(": ", 1)[1])


def test_identity_card_contact_share_receive_and_receive_again(
    capsys: Capsys, laptops: dict[str, Path], tmp_path: Path
) -> None:
    mx, pl = laptops["Mexico"], laptops["Poland"]
    code, out, _ = cli(capsys, mx, "identity", "--name", "Mexico — focal point", "--json")
    me = json.loads(out)
    assert code == 0 and me["name"] == "Mexico — focal point" and len(me["installation_id"]) == 36
    mx_card = tmp_path / "mx.card"
    assert cli(capsys, mx, "identity", "export", "-o", str(mx_card))[0] == 0
    assert me["fingerprint"] == package.fingerprint(package.parse_card(mx_card.read_text(encoding="utf-8")))
    pl_card = _card(capsys, pl, "Poland", tmp_path)
    code, out, _ = cli(capsys, pl, "contact", "add", str(mx_card))
    assert code == 0 and me["fingerprint"] in out and "by phone" in out
    assert cli(capsys, mx, "contact", "add", str(pl_card), "--verified")[0] == 0
    code, out, _ = cli(capsys, pl, "contact", "list", "--json")
    [row] = json.loads(out)
    assert (row["name"], row["fingerprint"], row["verified"], row["last_received"]) == (
        "Mexico — focal point", me["fingerprint"], False, None)  # fmt: skip

    alert = _alert(capsys, mx)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    code, out, err = cli(capsys, mx, "share", "--to", "Poland", "-o", str(outbox))
    assert code == 0, err
    [made] = outbox.iterdir()
    assert made.name.endswith(".ncpkg") and f"with Poland — focal point: {made}" in out
    # nothing new: nothing written, exit 0
    code, out, _ = cli(capsys, mx, "share", "--to", "Poland", "-o", str(outbox))
    assert code == 0 and out.startswith("Nothing new to share with Poland — focal point since ")
    assert len(list(outbox.iterdir())) == 1

    code, out, err = cli(capsys, pl, "receive", str(made), "--json")
    assert code == 0, err
    got = json.loads(out)
    assert got["applied"] and alert in [a["id"] for a in got["added"]] and got["conflicts"] == []
    assert any(a["title"].startswith("Travel alert: Vladimir") for a in got["added"]), got["added"]
    code, out, _ = cli(capsys, pl, "alert", "show", alert[:8])
    assert code == 0 and "Mongolia" in out
    before = digest(pl)
    code, out, _ = cli(capsys, pl, "receive", str(made))
    assert code == 0 and out.startswith("Already received")
    assert digest(pl) == before
    code, out, _ = cli(capsys, pl, "contact", "list")
    assert "Mexico — focal point" in out and "NOT VERIFIED" in out and "received: never" not in out
    # --all sends again what was sent
    again = _share(capsys, mx, tmp_path / "again", "--to", "Poland", "--all")
    assert again != made


def test_conflicts_exit_3_writing_nothing_then_take_decides(
    capsys: Capsys, laptops: dict[str, Path], tmp_path: Path
) -> None:
    mx, pl = laptops["Mexico"], laptops["Poland"]
    _introduce(capsys, laptops, tmp_path)
    alert = _alert(capsys, mx)
    first = _share(capsys, mx, tmp_path / "p1", "--to", "Poland")
    assert cli(capsys, pl, "receive", str(first))[0] == 0
    for folder, purpose in ((mx, "summit"), (pl, "state visit")):
        with Store.open(folder, load_reference=False) as s:
            s.update("travel_alert", alert, {"purpose": purpose})
    second = _share(capsys, mx, tmp_path / "p2", "--to", "Poland")
    before = digest(pl)
    code, out, err = cli(capsys, pl, "receive", str(second), "--dry-run")
    assert code == 3 and "CONFLICT Travel alert: Vladimir" in out and "Dry run: nothing was written." in out
    assert "purpose: mine state visit | theirs summit" in out
    code, out, err = cli(capsys, pl, "receive", str(second))
    assert code == 3 and "1 conflict(s) wait for a decision" in err and "--take mine" in err
    code, out, _ = cli(capsys, pl, "receive", str(second), "--json")
    assert code == 3
    [conflict] = json.loads(out)["conflicts"]
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("purpose", "state visit", "summit")
    assert digest(pl) == before
    code, out, err = cli(capsys, pl, "receive", str(second), "--take", "theirs")
    assert code == 0, err
    assert "conflicts: kept theirs" in out
    code, out, _ = cli(capsys, pl, "alert", "show", alert[:8], "--json")
    assert json.loads(out)["purpose"] == "summit"


def test_take_mine_keeps_this_laptops_value_and_it_travels_back(
    capsys: Capsys, laptops: dict[str, Path], tmp_path: Path
) -> None:
    mx, pl = laptops["Mexico"], laptops["Poland"]
    _introduce(capsys, laptops, tmp_path)
    alert = _alert(capsys, mx)
    assert cli(capsys, pl, "receive", str(_share(capsys, mx, tmp_path / "p1", "--to", "Poland")))[0] == 0
    for folder, purpose in ((mx, "summit"), (pl, "state visit")):
        with Store.open(folder, load_reference=False) as s:
            s.update("travel_alert", alert, {"purpose": purpose})
    second = _share(capsys, mx, tmp_path / "p2", "--to", "Poland")
    assert cli(capsys, pl, "receive", str(second), "--take", "mine")[0] == 0
    back = _share(capsys, pl, tmp_path / "p3", "--to", "Mexico")
    code, out, err = cli(capsys, mx, "receive", str(back))
    assert code == 0, err
    for folder in (mx, pl):
        code, out, _ = cli(capsys, folder, "alert", "show", alert[:8], "--json")
        assert json.loads(out)["purpose"] == "state visit"


def test_dry_run_writes_nothing(capsys: Capsys, laptops: dict[str, Path], tmp_path: Path) -> None:
    mx, pl = laptops["Mexico"], laptops["Poland"]
    _introduce(capsys, laptops, tmp_path)
    alert = _alert(capsys, mx)
    made = _share(capsys, mx, tmp_path / "out", "--to", "Poland")
    before = digest(pl)
    code, out, _ = cli(capsys, pl, "receive", str(made), "--dry-run", "--json")
    assert code == 0
    assert alert in [a["id"] for a in json.loads(out)["added"]] and json.loads(out)["applied"] is False
    code, out, _ = cli(capsys, pl, "receive", str(made), "--dry-run")
    assert code == 0 and "add     Travel alert: Vladimir" in out
    assert digest(pl) == before
    assert cli(capsys, pl, "receive", str(made))[0] == 0
    assert digest(pl) != before


def test_a_handover_with_a_passphrase_into_a_fresh_folder(
    capsys: Capsys, laptops: dict[str, Path], tmp_path: Path
) -> None:
    """The successor's new laptop has no contacts: the package opens with the passphrase, but its
    signer is unknown, so it is refused with the predecessor's card; once the successor adds that
    card (after comparing the fingerprint by phone), the same file is received."""
    mx = laptops["Mexico"]
    mx_card = _card(capsys, mx, "Mexico", tmp_path)
    alert = _alert(capsys, mx)
    secret = tmp_path / "handover.txt"
    secret.write_text("violet harbour lantern 1987 quietly\n", encoding="utf-8")
    secret.chmod(0o600)
    made = _share(capsys, mx, tmp_path / "stick", "--passphrase-file", str(secret))
    successor = tmp_path / "successor"
    code, out, err = cli(capsys, successor, "init")
    assert code == 0, err
    before = digest(successor)
    code, out, err = cli(capsys, successor, "receive", str(made))
    assert code == 2 and "locked with a passphrase" in err and "--passphrase-file" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the right one at all, sorry", encoding="utf-8")
    wrong.chmod(0o600)
    code, out, err = cli(capsys, successor, "receive", str(made), "--passphrase-file", str(wrong))
    assert code == 2 and "The passphrase does not open this package" in err
    code, out, err = cli(capsys, successor, "receive", str(made), "--passphrase-file", str(secret))
    fingerprint = package.fingerprint(package.parse_card(mx_card.read_text(encoding="utf-8")))
    assert code == 2 and "Signed by: Mexico — focal point" in err and f"Fingerprint: {fingerprint}" in err
    assert "ncdesk contact add CARD" in err
    assert digest(successor) == before
    assert cli(capsys, successor, "contact", "add", str(mx_card), "--verified")[0] == 0
    code, out, err = cli(capsys, successor, "receive", str(made), "--passphrase-file", str(secret))
    assert code == 0, err
    assert cli(capsys, successor, "alert", "show", alert[:8])[0] == 0


def test_share_needs_a_recipient_and_a_strong_handover_passphrase(
    capsys: Capsys, laptops: dict[str, Path], tmp_path: Path
) -> None:
    mx = laptops["Mexico"]
    code, _, err = cli(capsys, mx, "share", "-o", str(tmp_path))
    assert code == 2 and "--to NAME" in err
    code, _, err = cli(capsys, mx, "share", "--to", "Nobody", "-o", str(tmp_path))
    assert code == 2 and "No contact is called Nobody" in err
    weak = tmp_path / "weak.txt"
    weak.write_text("password", encoding="utf-8")
    weak.chmod(0o600)
    code, _, err = cli(capsys, mx, "share", "--passphrase-file", str(weak), "-o", str(tmp_path))
    assert code == 2 and "Nothing was written" in err
    assert not list(tmp_path.glob("*.ncpkg"))


def test_contact_remove_then_their_packages_are_refused(
    capsys: Capsys, laptops: dict[str, Path], tmp_path: Path
) -> None:
    mx, pl = laptops["Mexico"], laptops["Poland"]
    _introduce(capsys, laptops, tmp_path)
    _alert(capsys, mx)
    made = _share(capsys, mx, tmp_path / "out", "--to", "Poland")
    code, out, _ = cli(capsys, pl, "contact", "remove", "Mex")
    assert code == 0 and out.startswith("Removed Mexico — focal point")
    code, _, err = cli(capsys, pl, "receive", str(made))
    assert code == 2 and "who is not among your contacts" in err


def test_exchange_folder_sends_and_picks_up(capsys: Capsys, laptops: dict[str, Path], tmp_path: Path) -> None:
    mx, pl = laptops["Mexico"], laptops["Poland"]
    _introduce(capsys, laptops, tmp_path)
    alert = _alert(capsys, mx)
    synced = tmp_path / "Synced"
    code, out, err = cli(capsys, mx, "exchange", "--folder", str(synced), "--json")
    assert code == 0, err
    sent = json.loads(out)["sent"]
    assert sent["to"] == ["Poland — focal point"] and sent["records"] >= 1
    code, out, err = cli(capsys, pl, "exchange", "--folder", str(synced))
    assert code == 0, err
    assert "Received from Mexico — focal point: " in out
    assert cli(capsys, pl, "alert", "show", alert[:8])[0] == 0
    # what Poland received is not sent back to its author (Mexico is its only contact)
    code, out, _ = cli(capsys, mx, "exchange", "--json")
    assert code == 0 and json.loads(out)["received"] == []
    for folder in (pl, mx):
        code, out, _ = cli(capsys, folder, "exchange")
        assert code == 0 and "Nothing new to send." in out and "Nothing new to receive." in out, out
    code, _, err = cli(capsys, laptops["Chile"], "exchange")
    assert code == 2 and "--folder PATH" in err


# --- refusals: exit 2, one sentence saying which, nothing written ------------------------------


@pytest.fixture
def delivered(capsys: Capsys, laptops: dict[str, Path], tmp_path: Path) -> tuple[Path, bytes]:
    """Poland's folder and a good package to it from Mexico."""
    _introduce(capsys, laptops, tmp_path)
    _alert(capsys, laptops["Mexico"])
    made = _share(capsys, laptops["Mexico"], tmp_path / "good", "--to", "Poland")
    return laptops["Poland"], made.read_bytes()


def _refused(capsys: Capsys, folder: Path, data: bytes, tmp_path: Path, said: str) -> None:
    target = tmp_path / "bad.ncpkg"
    target.write_bytes(data)
    before = digest(folder)
    code, out, err = cli(capsys, folder, "receive", str(target))
    assert code == 2, (out, err)
    assert said in err
    assert digest(folder) == before


def test_one_changed_byte_is_refused(capsys: Capsys, delivered: tuple[Path, bytes], tmp_path: Path) -> None:
    folder, data = delivered
    for at in (len(data) // 2, len(data) - 5, 60):
        changed = bytearray(data)
        changed[at] ^= 0x01
        _refused(capsys, folder, bytes(changed), tmp_path, "ncdesk receive: The package ")


def test_a_change_in_the_payload_is_refused_as_tampered(
    capsys: Capsys, delivered: tuple[Path, bytes], tmp_path: Path
) -> None:
    folder, data = delivered
    changed = bytearray(data)
    changed[len(data) // 2] ^= 0x40
    _refused(capsys, folder, bytes(changed), tmp_path, "was changed or damaged after it was signed")


def test_a_package_signed_by_an_unknown_key_is_refused_with_its_card(
    capsys: Capsys, laptops: dict[str, Path], tmp_path: Path
) -> None:
    _introduce(capsys, laptops, tmp_path)
    _alert(capsys, laptops["Chile"])
    made = _share(capsys, laptops["Chile"], tmp_path / "from-chile", "--to", "Poland")
    _refused(capsys, laptops["Poland"], made.read_bytes(), tmp_path, "Signed by: Chile — focal point")
    code, _, err = cli(capsys, laptops["Poland"], "receive", str(made))
    assert "who is not among your contacts" in err and "Fingerprint: " in err


def test_a_package_for_someone_else_is_refused(capsys: Capsys, laptops: dict[str, Path], tmp_path: Path) -> None:
    _introduce(capsys, laptops, tmp_path)
    _alert(capsys, laptops["Chile"])
    made = _share(capsys, laptops["Chile"], tmp_path / "to-mexico", "--to", "Mexico")
    _refused(capsys, laptops["Poland"], made.read_bytes(), tmp_path, "addressed to other focal points")


def test_a_package_from_a_newer_format_is_refused(
    capsys: Capsys, delivered: tuple[Path, bytes], tmp_path: Path
) -> None:
    folder, _ = delivered
    code, out, _ = cli(capsys, folder, "identity", "export", "-o", "-")
    card = package.parse_card(out)
    inner = package.MAGIC + b"version 2\nwhatever a later ncdesk writes\n"
    data = bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(card.age_recipient)]))
    _refused(capsys, folder, data, tmp_path, "made by a newer ncdesk (package format 2")


def test_a_truncated_package_is_refused(capsys: Capsys, delivered: tuple[Path, bytes], tmp_path: Path) -> None:
    folder, data = delivered
    _refused(capsys, folder, data[:100], tmp_path, "The package is incomplete")
    _refused(capsys, folder, data[: len(data) - 20], tmp_path, "ncdesk receive: The package ")


def test_garbage_and_an_empty_file_are_refused(capsys: Capsys, delivered: tuple[Path, bytes], tmp_path: Path) -> None:
    folder, _ = delivered
    _refused(capsys, folder, b"PK\x03\x04 not a package at all" * 20, tmp_path, "not an ncdesk package")
    _refused(capsys, folder, b"", tmp_path, "ncdesk receive: ")


def test_a_reference_release_from_the_publisher(capsys: Capsys, laptops: dict[str, Path], tmp_path: Path) -> None:
    """The Secretariat (here Chile's folder) sends a reference release; Mexico applies it only
    once Chile is marked as the publisher, and keeps its own edits."""
    cards = _introduce(capsys, laptops, tmp_path)
    release = new_release(tmp_path)
    code, out, err = cli(capsys, laptops["Chile"], "share", "--release", str(release), "--to", "Mexico",
                         "-o", str(tmp_path))  # fmt: skip
    assert code == 0 and "reference release 2099.1" in out, err
    made = Path(out.strip().rsplit(": ", 1)[1])
    code, out, err = cli(capsys, laptops["Mexico"], "contact", "add", str(cards["Chile"]), "--verified")
    assert code == 0, err
    before = digest(laptops["Mexico"])
    code, _, err = cli(capsys, laptops["Mexico"], "receive", str(made))
    assert code == 2 and "not marked as the publisher" in err
    assert digest(laptops["Mexico"]) == before
    code, out, err = cli(capsys, laptops["Mexico"], "contact", "add", str(cards["Chile"]), "--publisher")
    assert code == 0, err
    code, out, err = cli(capsys, laptops["Mexico"], "receive", str(made))
    assert code == 0 and "Reference data 2099.1 from Chile — focal point" in out, err
    code, out, _ = cli(capsys, laptops["Mexico"], "receive", str(made))
    assert code == 0 and "Already received" in out
    mx = Store.open(laptops["Mexico"], load_reference=False, key=enc.key_of(laptops["Mexico"]))
    try:
        assert mx.reference_version() == "2099.1"
        assert mx.get("person", ref_id("person", "omar-al-bashir"))["function"] == "Former Head of State"  # type: ignore[index]
    finally:
        mx.close()
