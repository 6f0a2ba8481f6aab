"""The one way the window runs long work (ui/operations.py), and the refresh of only what changed."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from ncdesk.store.file.history import Batch
from ncdesk.store.store import Store
from ncdesk.ui.mainwindow import MainWindow
from ncdesk.ui.models import ListingModel
from ncdesk.ui.operations import Context, Operations
from tests.ui.conftest import settled


def test_work_runs_in_a_worker_on_its_own_connection_and_its_batches_are_announced(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    ops = Operations(store, errors.append)
    heard: list[tuple[Batch, int]] = []
    store.listeners.append(lambda b: heard.append((b, threading.get_ident())))
    seen: dict[str, object] = {}

    def work(ctx: Context) -> str:
        seen["thread"] = threading.get_ident()
        writer = ctx.writer()
        seen["same connection"] = writer.db.conn is store.db.conn
        with writer.batch("Add a person"):
            return writer.insert("person", {"name": "Worker Person"})

    with qtbot.waitSignal(ops.finished, timeout=10000) as finished:
        assert ops.run("add", work, lambda rid: seen.update(result=rid), writes=True)
        assert ops.busy() and ops.writing()
    assert finished.args == ["add"] and not errors
    assert seen["thread"] != threading.get_ident() and seen["same connection"] is False
    assert store.get("person", str(seen["result"]))["name"] == "Worker Person"
    ((batch, thread),) = heard  # announced once, on the GUI thread, with what it changed
    assert thread == threading.get_ident() and batch.label == "Add a person"
    assert batch.touched is not None and batch.touched.ids("person") == {seen["result"]}
    assert "person" in batch.touched.rows
    assert not ops.busy() and ops.ran == ["add"]


def test_a_second_writing_operation_waits_for_the_first(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    ops = Operations(store, lambda exc: None, said.append)
    release = threading.Event()
    assert ops.run("first", lambda ctx: release.wait(10), label="Importing", writes=True)
    assert not ops.run("second", lambda ctx: None, writes=True)  # refused, and said why
    assert said == ["Wait until this is finished: Importing"]
    assert ops.run("a read", lambda ctx: ctx.reader().count("state"))  # reads go on
    release.set()
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10000)
    assert ops.ran == ["first", "a read"]


def test_a_failure_is_delivered_on_the_gui_thread_and_the_connections_closed(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    ops = Operations(store, errors.append)
    opened: list[Store] = []

    def work(ctx: Context) -> None:
        opened.append(ctx.reader())
        raise ValueError("no such thing")

    with qtbot.waitSignal(ops.finished, timeout=10000):
        ops.run("fails", work)
    assert [str(e) for e in errors] == ["no such thing"]
    assert ops.indicator.isHidden()
    try:
        opened[0].db.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001
        assert "closed" in str(exc)
    else:
        raise AssertionError("the worker's connection was left open")


def test_run_and_wait_returns_the_result_with_the_event_loop_running(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    ops = Operations(store, lambda exc: None)
    progress: list[tuple[str, int, int]] = []

    def work(ctx: Context) -> int:
        ctx.progress("half", 1, 2)
        return ctx.reader().count("state")

    count = ops.run_and_wait("count", work, progress=lambda *a: progress.append(a))
    assert count == store.count("state") and progress == [("half", 1, 2)]


def test_back_up_now_runs_through_the_operations(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.backup_made, timeout=20000) as made:
        assert window.backup_actions.backup_now()
    assert window.operations.ran[-1] == "backup" and Path(made.args[0]).exists()
    assert "Backed up to" in window.statusBar().currentMessage()


def test_a_save_refreshes_only_the_views_of_what_it_touched(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.show_view("persons")
    refreshed: list[str] = []
    for key, view in window.views.items():
        original = view.refresh
        view.refresh = lambda *a, key=key, original=original: (refreshed.append(key), original(*a))[1]  # type: ignore[method-assign]
    person = store.require("person", store.rows("person")[0]["id"])
    with store.batch("Rename"):
        store.update("person", person["id"], {"notes": "seen in the window"})
    # The persons table (on screen) read again; the alerts (they show persons) only when next shown.
    assert refreshed == ["persons"]
    assert "alerts" in window._stale and "letters" not in window._stale and "findings" not in window._stale
    window.show_view("alerts")
    assert refreshed == ["persons", "alerts"]
    window.show_view("letters")
    assert refreshed == ["persons", "alerts"]  # letters show no person: nothing read again


def test_an_edit_that_keeps_the_order_repaints_without_reading_the_ids(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.show_view("alerts")
    view = window.views["alerts"]
    model: ListingModel = view.model
    rid = model.id_at(1)
    assert rid is not None
    view.select(rid)
    ids_before = model.listing._ids
    with store.batch("Note"):
        store.update("travel_alert", rid, {"purpose": "changed in place"})
    assert model.listing._ids is ids_before  # the same ordered ids: only the rows repainted
    assert view.current_id() == rid


def test_a_large_table_sorts_and_refreshes_in_a_worker_keeping_its_selection(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    window.show_view("alerts")
    view = window.views["alerts"]
    rid = view.model.id_at(3)
    assert rid is not None
    view.select(rid)
    view.model.SYNC_ROWS = 0  # as a table of 100,000 alerts does
    view.table.sortByColumn(view.model.keys().index("person"), Qt.SortOrder.AscendingOrder)
    assert view.model.loading  # the GUI thread did not read the ids
    settled(qtbot, window)
    assert "sort travel_alert" in window.operations.ran
    assert view.model.listing.sort_key == "person" and view.current_id() == rid
    # A new alert moves rows: the ids are read again in a worker, the selection kept.
    person = store.rows("person")[0]["id"]
    with store.batch("Add"):
        store.insert("travel_alert", {"person_id": person, "date_text": "1 May 2026", "status": "reported"})
    assert view.model.loading
    settled(qtbot, window)
    assert window.operations.ran[-1] == "refresh travel_alert" and view.current_id() == rid


def test_the_dashboard_is_read_again_in_a_worker_after_a_change(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    window.show_view("dashboard")
    settled(qtbot, window)
    before = window.dashboard.board
    with store.batch("Add"):
        store.insert("person", {"name": "Dashboard Person"})
    assert window.dashboard.board is before  # not read on the GUI thread
    settled(qtbot, window)
    assert window.operations.ran[-1] == "dashboard" and window.dashboard.board is not before
