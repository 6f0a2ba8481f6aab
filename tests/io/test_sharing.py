"""Sharing end to end below the window and the command line: identities, cards, a sealed
package written to a file or an exchange folder, received on the other laptop (io/sharing.py)."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

import pytest

from ncdesk import paths
from ncdesk.io import package, sharing
from ncdesk.store.records import exchange
from ncdesk.store.reference import ref_id
from tests.exchange_helpers import alert, laptop, new_release


def test_an_alert_travels_through_an_exchange_folder(tmp_path: Path, reference_db: Path) -> None:
    mx, pl = laptop(tmp_path, reference_db, "Mexico"), laptop(tmp_path, reference_db, "Poland")
    folder = tmp_path / "Synced"
    for a, b in ((mx, pl), (pl, mx)):
        sharing.add_card(a, package.card_text(sharing.my_card(b)), verified=True)
        sharing.set_exchange_folder(a, folder)
    record = alert(mx)
    made = sharing.outgoing_to_folder(mx)
    assert made is not None and made.records >= 3
    assert sharing.outgoing_to_folder(mx) is None  # nothing new since
    assert sharing.pick_up(mx).received == []  # its own package is passed over
    got = sharing.pick_up(pl)
    assert [r.added for r in got.received] == [made.records]
    assert pl.get("travel_alert", record) is not None
    assert sharing.pick_up(pl).received == []  # once
    lately = exchange.received_packages(pl)
    assert [(r["sender_name"], r["added"], r["fields_updated"]) for r in lately] == [
        ("Mexico — focal point", {"travel_alert": 1}, 0)
    ]
    history = pl.db.execute("SELECT label, kind FROM change_batch WHERE kind = 'receive'").fetchall()
    assert history == [(f"Received from Mexico — focal point, package {made.outgoing.package_id[:8]}", "receive")]
    mx.close()
    pl.close()


def test_a_package_from_an_unknown_sender_is_refused_with_its_card(tmp_path: Path, reference_db: Path) -> None:
    mx, pl = laptop(tmp_path, reference_db, "Mexico"), laptop(tmp_path, reference_db, "Poland")
    sharing.add_card(mx, package.card_text(sharing.my_card(pl)))
    alert(mx)
    made = sharing.share(mx, ["Poland"])
    before = pl.count("travel_alert")
    with pytest.raises(package.PackageRefused) as refused:
        sharing.preview(pl, made.data)
    assert refused.value.reason == "unknown_signer" and refused.value.card is not None
    assert pl.count("travel_alert") == before
    mx.close()
    pl.close()


def test_a_reference_release_from_the_publisher_is_applied_and_kept(tmp_path: Path, reference_db: Path) -> None:
    sec, mx = laptop(tmp_path, reference_db, "Secretariat"), laptop(tmp_path, reference_db, "Mexico")
    bashir = ref_id("person", "omar-al-bashir")
    sharing.add_card(sec, package.card_text(sharing.my_card(mx)))
    made = sharing.share_release(sec, new_release(tmp_path), ["Mexico"])
    # not yet marked as the publisher: refused, nothing written
    sharing.add_card(mx, package.card_text(sharing.my_card(sec)))
    with pytest.raises(exchange.PackageContentError, match="not marked as the publisher"):
        sharing.preview(mx, made.data)
    mx.update("person", bashir, {"notes": "our own note"})
    sharing.add_card(mx, package.card_text(sharing.my_card(sec)), publisher=True)
    plan = sharing.preview(mx, made.data)
    assert plan.release is not None and plan.release.version == "2099.1"
    got = sharing.receive(mx, plan)
    assert got.release is not None and got.release.updated >= 1
    person = mx.get("person", bashir)
    assert person is not None and (person["function"], person["notes"]) == ("Former Head of State", "our own note")
    assert mx.reference_version() == "2099.1"
    assert sharing.receive(mx, sharing.preview(mx, made.data)).already
    # the next start does not take the record back to the (older) bundled release
    mx.apply_reference()
    assert mx.get("person", bashir)["function"] == "Former Head of State"  # type: ignore[index]
    sec.close()
    mx.close()


def test_an_attached_file_travels_with_its_record(tmp_path: Path, reference_db: Path) -> None:
    from ncdesk.store.records import attachments, check

    mx, pl = laptop(tmp_path, reference_db, "Mexico"), laptop(tmp_path, reference_db, "Poland")
    for a, b in ((mx, pl), (pl, mx)):
        sharing.add_card(a, package.card_text(sharing.my_card(b)), verified=True)
    record = alert(mx)
    cable = tmp_path / "cable.txt"
    cable.write_bytes(b"Embassy cable: the visit is confirmed.")
    att = attachments.attach(mx, "travel_alert", record, cable)
    made = sharing.share(mx, ["Poland"])
    assert att in made.outgoing.body["files"]
    got = sharing.receive(pl, sharing.preview(pl, made.data))
    assert got.added >= 4
    row = pl.get("attachment", att)
    assert row is not None and attachments.read_bytes(pl, row) == cable.read_bytes()
    assert not [p for p in check.run_check(pl) if p.table == "attachment"]
    # a file that does not match its fingerprint: the whole package is refused, nothing stored
    tampered = dict(made.outgoing.body)
    tampered["package"] = str(uuid.uuid4())
    tampered["files"] = {att: base64.b64encode(b"something else").decode()}
    other = laptop(tmp_path, reference_db, "Vanuatu")
    sharing.add_card(other, package.card_text(sharing.my_card(mx)), verified=True)
    with pytest.raises(exchange.PackageContentError, match="does not match its fingerprint"):
        exchange.plan(other, exchange.validate(other, tampered))
    assert not list(paths.attachments_dir(other.folder).glob("*"))
    for s in (mx, pl, other):
        s.close()
