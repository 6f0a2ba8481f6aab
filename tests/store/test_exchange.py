"""The shared record's database side (store/records/exchange.py): versions, packages' content, merge."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from ncdesk.store.records import exchange, exchange_out, exchange_peers
from ncdesk.store.records.alerts import create_alert, take_step
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from tests import encrypted_mode as enc

PUTIN = ref_id("person", "vladimir-putin")


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


def laptop(tmp_path: Path, reference_db: Path, name: str, clock: Clock) -> Store:
    folder = tmp_path / name
    folder.mkdir()
    shutil.copyfile(reference_db, folder / "ncdesk.sqlite3")
    store = enc.open_plain(folder, clock=clock, load_reference=False)
    exchange_peers.save_identity(
        store, str(uuid.uuid4()), f"{name} — focal point", os.urandom(32), "AGE-SECRET-KEY-TEST"
    )
    return store


def introduce(*stores: Store) -> None:
    for a in stores:
        for b in stores:
            if a is not b:
                me = exchange_peers.require_identity(b)
                exchange_peers.add_contact(a, me.installation_id, me.name, os.urandom(32), "age1test", "card")


def send(src: Store, dst: Store, **kwargs: object) -> exchange_out.Outgoing:
    to = exchange_peers.require_identity(dst).installation_id
    out = exchange_out.make_body(src, [to], **kwargs)  # type: ignore[arg-type]
    exchange_out.mark_sent(src, [to], out)
    return out


def receive(dst: Store, out: exchange_out.Outgoing, **kwargs: object) -> exchange.Received:
    body = exchange.validate(dst, json.loads(json.dumps(out.body)))
    return exchange.apply(dst, exchange.plan(dst, body), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def three(tmp_path: Path, reference_db: Path) -> Iterator[tuple[Store, Store, Store]]:
    clock = Clock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))
    stores = tuple(laptop(tmp_path, reference_db, n, clock) for n in ("Mexico", "Poland", "Vanuatu"))
    introduce(*stores)
    yield stores  # type: ignore[misc]
    for s in stores:
        s.close()


def _alert(store: Store, source: str) -> str:
    return create_alert(
        store,
        {"person_id": PUTIN, "date": "2030-01-02", "source_description": source, "reliability": "probable",
         "destinations": [ref_id("state", "MNG")]},
        at=dt.date(2026, 11, 2),
    )  # fmt: skip


def test_an_alert_logged_on_one_laptop_reaches_the_others_with_its_steps(three: tuple[Store, Store, Store]) -> None:
    mx, pl, vu = three
    alert = _alert(mx, "Embassy cable")
    take_step(mx, alert, "verified", at=dt.date(2026, 11, 3))
    out = send(mx, pl)
    titles = sorted(t for _, _, t in exchange.plan(pl, exchange.validate(pl, out.body)).added)
    assert titles == [
        "Alert destination: Mongolia",
        "Alert step: reported, 2026-11-02",
        "Alert step: verified, 2026-11-03",
        "Travel alert: Vladimir Vladimirovich Putin, 2 January 2030",
    ]
    got = receive(pl, out)
    assert got.added >= 2 and got.conflicts == 0
    assert pl.get("travel_alert", alert)["status"] == "verified"
    assert len(pl.rows("alert_step", "alert_id = ?", [alert])) == 2
    # received twice: nothing more
    again = send(mx, pl, everything=True)
    assert receive(pl, again).added == 0
    # Poland relays it to Vanuatu
    receive(vu, send(pl, vu))
    assert vu.get("travel_alert", alert)["status"] == "verified"


def test_concurrent_edits_of_one_field_are_a_conflict_of_another_field_are_not(
    three: tuple[Store, Store, Store],
) -> None:
    mx, pl, _ = three
    alert = _alert(mx, "Embassy cable")
    receive(pl, send(mx, pl))
    mx.update("travel_alert", alert, {"purpose": "summit", "title": "Mexico's title"})
    pl.update("travel_alert", alert, {"purpose": "visit", "notes": "Poland's note"})
    out = send(mx, pl)
    p = exchange.plan(pl, exchange.validate(pl, out.body))
    assert [(c.field, c.mine, c.theirs) for c in p.conflicts] == [("purpose", "visit", "summit")]
    with pytest.raises(exchange.ConflictsUndecided):
        exchange.apply(pl, p)
    assert pl.get("travel_alert", alert)["title"] == ""  # nothing written
    exchange.apply(pl, exchange.plan(pl, exchange.validate(pl, out.body)), take="mine")
    rec = pl.get("travel_alert", alert)
    assert (rec["purpose"], rec["title"], rec["notes"]) == ("visit", "Mexico's title", "Poland's note")
    assert exchange.conflicts_of(pl, alert)[0]["theirs"] == "summit"
    # Poland's decision travels back and wins on Mexico without a new conflict
    back = exchange.plan(mx, exchange.validate(mx, send(pl, mx).body))
    assert back.conflicts == []
    exchange.apply(mx, back)
    assert mx.get("travel_alert", alert)["purpose"] == "visit"
    assert mx.get("travel_alert", alert)["notes"] == "Poland's note"


def test_a_record_is_not_sent_back_to_its_author(three: tuple[Store, Store, Store]) -> None:
    mx, pl, vu = three
    alert = _alert(mx, "Embassy cable")
    receive(pl, send(mx, pl))
    back = send(pl, mx)
    assert alert not in {r["id"] for r in back.body["records"]}
    onward = send(pl, vu)  # but relayed to the third
    assert alert in {r["id"] for r in onward.body["records"]}
    pl.update("travel_alert", alert, {"purpose": "summit"})  # once Poland edits it, it goes back
    assert alert in {r["id"] for r in send(pl, mx).body["records"]}


def test_a_preview_made_before_an_edit_is_not_applied_over_it(three: tuple[Store, Store, Store]) -> None:
    mx, pl, _ = three
    alert = _alert(mx, "Embassy cable")
    receive(pl, send(mx, pl))
    mx.update("travel_alert", alert, {"purpose": "summit"})
    p = exchange.plan(pl, exchange.validate(pl, send(mx, pl).body))
    assert [c.field for c in p.updated] == ["purpose"]
    pl.update("travel_alert", alert, {"purpose": "visit"})  # while the preview is open
    with pytest.raises(exchange_peers.ExchangeError, match="changed since the package was previewed"):
        exchange.apply(pl, p)
    assert pl.get("travel_alert", alert)["purpose"] == "visit"  # type: ignore[index]
    again = exchange.plan(pl, p._body)  # opened again: now a conflict
    assert [c.field for c in again.conflicts] == ["purpose"]
