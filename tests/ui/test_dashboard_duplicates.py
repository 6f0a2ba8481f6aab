"""Records a package brings that may be one with records here (issue 24): seen in the package's
preview, listed on the dashboard once received, with links to both."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ncdesk.store.records import dashboard, duplicates, exchange, exchange_peers
from ncdesk.store.records.alerts import create_alert
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store
from ncdesk.ui.dashboard import DashboardView
from ncdesk.ui.detail import SCHEME
from ncdesk.ui.formatting import without_isolates
from ncdesk.ui.team_receive import PreviewDialog
from tests.store.test_exchange import Clock, introduce, laptop, send

PUTIN = ref_id("person", "vladimir-putin")
MNG, KGZ = ref_id("state", "MNG"), ref_id("state", "KGZ")


def _alert(store: Store, date: str, *states: str) -> str:
    return create_alert(
        store, {"person_id": PUTIN, "date": date, "destinations": list(states), "reliability": "probable"}
    )


@pytest.fixture
def two(tmp_path: Path, reference_db: Path) -> Iterator[tuple[Store, Store]]:
    clock = Clock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))
    stores = (laptop(tmp_path, reference_db, "Mexico", clock), laptop(tmp_path, reference_db, "Poland", clock))
    introduce(*stores)
    yield stores
    for s in stores:
        s.close()


def test_a_package_that_brings_the_same_visit_is_seen_before_and_after_it_is_received(
    qtbot,
    two: tuple[Store, Store],  # type: ignore[no-untyped-def]
) -> None:
    mexico, poland = two
    here = _alert(mexico, "2031-05-10/2031-05-12", MNG)
    theirs = _alert(poland, "2031-05-11", MNG, KGZ)  # logged independently on the other laptop
    assert duplicates.pairs(mexico, received_only=True) == []  # nothing received yet
    body = exchange.validate(mexico, json.loads(json.dumps(send(poland, mexico).body)))
    p = exchange.plan(mexico, body)
    (pair,) = duplicates.in_package(mexico, p)
    poland_id = exchange_peers.require_identity(poland).installation_id
    assert (pair.first.id, pair.second.id, pair.second.title) == (
        here,
        theirs,
        "Vladimir Vladimirovich Putin to Mongolia, Kyrgyzstan",
    )
    assert (pair.first_origin, pair.second_origin) == ("", poland_id) and pair.across_origins
    dialog = PreviewDialog(p, None, "", duplicates.in_package(mexico, p))
    qtbot.addWidget(dialog)
    assert without_isolates(dialog.alike.text()) == (
        "May be one with a record here: Vladimir Vladimirovich Putin to Mongolia, Kyrgyzstan, 11 May 2031 (received) "
        "and Vladimir Vladimirovich Putin to Mongolia, 10–12 May 2031 (here)"
    )
    assert not dialog.alike.isHidden()
    exchange.apply(mexico, p)
    (after,) = duplicates.pairs(mexico, received_only=True)
    assert (after.first.id, after.second.id, after.second_origin) == (here, theirs, poland_id)
    board = dashboard.build(mexico, dt.date(2031, 5, 1))
    assert [(d.first.id, d.second.id) for d in board.duplicates] == [(here, theirs)]
    view = DashboardView(mexico, today=dt.date(2031, 5, 1))
    view.show_board(board)
    text = view.plain_text()
    assert "Received records that may be one with yours" in text
    assert "2 alerts may be the same visit: Vladimir Vladimirovich Putin to Mongolia — Vladimir" in text
    assert f"{SCHEME}:travel_alert/{theirs}" in view.browser.toHtml()
    # two alerts typed on this laptop (the form warned about them) are not listed as received
    _alert(mexico, "2031-05-11", MNG)
    assert len(duplicates.pairs(mexico, received_only=True)) == 2  # the received one pairs with both
    assert len(duplicates.pairs(mexico)) == 3
