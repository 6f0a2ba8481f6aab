"""Sharing the record with the other focal points: packages made, received, previewed, the exchange
folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ncdesk.io import sharing
from ncdesk.io.package import PackageRefused
from ncdesk.store.file.errors import StoreError
from ncdesk.store.file.history import Batch
from ncdesk.store.records import duplicates, exchange, exchange_peers
from ncdesk.ui.formatting import error_text, message_text
from ncdesk.ui.signals import emit
from ncdesk.ui.team_folder import ExchangeDialog, auto_exchange
from ncdesk.ui.team_receive import PreviewDialog
from ncdesk.ui.team_share import ShareDialog, ShareRequest

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up is shorter)
    from ncdesk.ui.mainwindow import MainWindow


class ExchangeActions(QObject):
    """Sharing the record with the other focal points: packages made, received, previewed, the exchange
    folder."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def share_package(self, preselected: str | None = None) -> ShareDialog | None:
        if self.w.store.read_only:
            return None
        if not exchange_peers.contacts(self.w.store):
            self.w.show_view("team")
            self.w.prompter.info(
                self.w,
                self.tr("Share"),
                self.tr(
                    "Add a contact first (Team ▸ Add contact…, from the card they sent you), or share everything "
                    "with a passphrase for a one-off handover."
                ),
            )
        dialog = ShareDialog(
            self.w.store,
            self.w.selected_ids(),
            sharing.exchange_folder(self.w.store),
            self.w,
            preselected if isinstance(preselected, str) else None,
        )
        dialog.accepted.connect(lambda: self.start_share(dialog.request()))
        dialog.open()
        return dialog

    def start_share(self, request: ShareRequest) -> None:
        """Make and seal the package off the GUI thread (sealing to a passphrase takes seconds),
        then ask where it goes and write it."""
        if self.w.operations.writing():
            self.w.statusBar().showMessage(self.tr("Wait: another operation is running."), 5000)
            return
        store = self.w.store

        def work() -> tuple[sharing.Made, list[Batch]]:
            writer = store.open_writer()
            batches: list[Batch] = []
            writer.listeners.append(batches.append)
            try:
                made = sharing.share(
                    writer,
                    request.to,
                    everything=request.what == "everything",
                    only=request.only if request.what == "selected" else None,
                    passphrase=request.passphrase,
                )
            finally:
                writer.close()
            return made, batches

        def done(result: tuple[sharing.Made, list[Batch]]) -> None:
            made, batches = result
            for batch in batches:
                self.w.store.announce(batch)
            self._set_busy(False)
            folder = sharing.exchange_folder(self.w.store)
            if request.to_folder and folder is not None:
                target: Path | None = folder
            else:
                target = self.w.prompter.save_file(
                    self.w,
                    self.tr("Save the package"),
                    str(Path.home() / made.name),
                    self.tr("ncdesk package (*.ncpkg)"),
                )
            if target is None:
                self.w.statusBar().showMessage(self.tr("Nothing was shared."), 6000)
                return
            try:
                path = sharing.write_package(self.w.store, made, target)
            except (StoreError, OSError) as exc:
                self.w.prompter.error(self.w, self.tr("The package was not written"), error_text(exc))
                return
            whom = ", ".join(c.name for c in made.recipients) or self.tr("whoever has the passphrase")
            self.w.statusBar().showMessage(
                self.tr("%n record(s) shared with %1, in %2", "", made.records)
                .replace("%1", whom)
                .replace("%2", str(path)),
                15000,
            )
            self.w.team.refresh()
            emit(self.w.package_shared, str(path))

        self._set_busy(True, self.tr("Sealing the package…"))
        self.w.operations.run(
            "share", lambda _ctx: work(), done, self._share_failed, label=self.tr("Making the package…"), writes=True
        )

    def _share_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.w._worker_failed(exc)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        """While a package is made or received: a busy cursor, the conflicting actions blocked."""
        for action in self.w._menu_actions:
            if action.objectName() in ("share_package", "receive_package", "exchange_settings"):
                action.setEnabled(not busy and not self.w.store.read_only)
        self.w.team.share_button.setEnabled(not busy and bool(self.w.team.model.rows))
        self.w.team.pick_up_button.setEnabled(not busy)
        if busy:
            self.w.statusBar().showMessage(text)
        else:
            self.w.statusBar().clearMessage()

    def receive_package(self) -> None:
        files = self.w.prompter.open_files(self.w, self.tr("Receive a package"))
        if files:
            self.receive_file(files[0])

    def receive_file(self, path: Path, passphrase: str | None = None) -> None:
        """Open, verify and compare a package off the GUI thread, then show what it would do."""
        if self.w.operations.writing():
            self.w.statusBar().showMessage(self.tr("Wait: another operation is running."), 5000)
            return
        store = self.w.store

        def work() -> tuple[exchange.Plan, list[duplicates.Pair]]:
            data = sharing.read_file(path)
            writer = store.open_writer()
            try:
                p = sharing.preview(writer, data, passphrase=passphrase)
                return p, duplicates.in_package(writer, p)
            finally:
                writer.close()

        def done(result: tuple[exchange.Plan, list[duplicates.Pair]]) -> None:
            self._set_busy(False)
            self.show_preview(result[0], path, result[1])

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._refused(exc, path, passphrase)

        self._set_busy(True, self.tr("Opening %1…").replace("%1", path.name))
        self.w.operations.run("open package", lambda _ctx: work(), done, failed, label=self.tr("Opening the package…"))

    def _refused(self, exc: BaseException, path: Path, passphrase: str | None) -> None:
        title = self.tr("The package was not received")
        if isinstance(exc, PackageRefused) and exc.reason in ("passphrase_needed", "wrong_passphrase"):
            text = self.tr("This package is sealed with a passphrase. Type the passphrase it was given with.")
            if exc.reason == "wrong_passphrase":
                text = error_text(exc) + "\n\n" + text
            answer = self.w.prompter.passphrase(self.w, "unlock", self.tr("Receive a package"), text,
                                              accept_label=self.tr("Open"))  # fmt: skip
            if answer is not None and answer[0]:
                self.receive_file(path, answer[0])
            return
        if isinstance(exc, PackageRefused) and exc.reason == "unknown_signer" and exc.card is not None:
            from ncdesk.io import package

            question = self.tr(
                "%1 is not one of your contacts, so the package cannot be trusted yet. Add them as a contact? "
                "You will see their card's fingerprint, to compare with them by phone first."
            ).replace("%1", exc.card.name)
            if self.w.prompter.confirm(self.w, title, question):
                dialog = self.w.team.add_contact(package.card_text(exc.card))
                dialog.contact_added.connect(lambda _id: self.receive_file(path, passphrase))
            return
        if isinstance(exc, (PackageRefused, StoreError)):
            self.w.prompter.error(self.w, title, error_text(exc))
            return
        self.w._worker_failed(exc)

    def show_preview(
        self, p: exchange.Plan, path: Path | None = None, alike: list[duplicates.Pair] | None = None
    ) -> PreviewDialog:
        dialog = PreviewDialog(p, self.w, path.name if path else "", alike or [])
        dialog.accepted.connect(lambda: self.apply_package(p, dialog.decisions(), path))
        dialog.open()
        emit(self.w.preview_shown, dialog)
        return dialog

    def apply_package(self, p: exchange.Plan, decisions: dict[tuple[str, str], str], path: Path | None) -> None:
        store = self.w.store

        def work() -> tuple[exchange.Received, list[Batch]]:
            writer = store.open_writer()
            batches: list[Batch] = []
            writer.listeners.append(batches.append)
            try:
                return sharing.receive(writer, p, decisions=decisions), batches
            finally:
                writer.close()

        def done(result: tuple[exchange.Received, list[Batch]]) -> None:
            received, batches = result
            self._set_busy(False)
            self._received([received], batches)
            if path is not None:
                self.w.team.set_waiting([(w, q) for w, q in self.w.team.waiting if w != path])

        self._set_busy(True, self.tr("Receiving…"))
        self.w.operations.run(
            "receive", lambda _ctx: work(), done, self._share_failed, label=self.tr("Receiving…"), writes=True
        )

    def _received(self, received: list[exchange.Received], batches: list[Batch]) -> None:
        for batch in batches:
            self.w.store.announce(batch)
        if any(not r.already for r in received):
            self.w.refresh_all()
            self.w.dashboard.refresh()
        for r in received:
            if r.already:
                text = self.tr("This package from %1 was received before.").replace("%1", r.sender_name)
            else:
                text = (
                    self.tr("Received from %1:").replace("%1", r.sender_name)
                    + " "
                    + ", ".join(
                        (
                            self.tr("%n record(s) added", "", r.added),
                            self.tr("%n field(s) updated", "", r.updated),
                            self.tr("%n removed", "", r.removed),
                            self.tr("%n conflict(s) decided", "", r.conflicts),
                        )
                    )
                )
            self.w.statusBar().showMessage(text, 15000)
            emit(self.w.package_received, r)
        self.w.team.refresh()

    def open_waiting(self, path: str) -> None:
        """A package that waits for a decision: opened again, so that its preview is of the record as
        it is now (a plan made earlier is refused by the store if anything changed since)."""
        for where, _ in self.w.team.waiting:
            if str(where) == path:
                self.receive_file(where)
                return

    def _exchange_box(self, parent: QWidget) -> QGroupBox:
        """Settings ▸ Exchange: where packages travel between the laptops, and the button to change it."""
        box = QGroupBox(self.tr("Exchange with the other focal points"), parent)
        box.setObjectName("exchangeBox")
        folder = sharing.exchange_folder(self.w.store)
        if folder is None:
            said = self.tr("No exchange folder: packages are shared and received as files (File ▸ Share…, Receive…).")
        elif auto_exchange(self.w.settings):
            said = self.tr("Exchange folder: %1 (picked up at start and every few minutes).").replace("%1", str(folder))
        else:
            said = self.tr("Exchange folder: %1 (automatic exchange off).").replace("%1", str(folder))
        label = QLabel(said, box)
        label.setWordWrap(True)
        button = QPushButton(self.tr("Exchange folder…"), box)
        button.setObjectName("exchangeFolderButton")
        button.clicked.connect(self.open_exchange_settings)
        row = QHBoxLayout(box)
        row.addWidget(label, 1)
        row.addWidget(button)
        return box

    def open_exchange_settings(self) -> ExchangeDialog:
        dialog = ExchangeDialog(self.w.store, self.w.settings, self.w.prompter, self.w)
        dialog.accepted.connect(self._arm_exchange)
        dialog.accepted.connect(self.w.team.refresh)
        dialog.open()
        return dialog

    def _arm_exchange(self) -> None:
        if auto_exchange(self.w.settings) and not self.w.store.read_only:
            self.w.exchange_timer.start()
        else:
            self.w.exchange_timer.stop()
            self.w.exchange_soon.stop()

    def exchange_tick(self, force: bool = False) -> bool:
        """Write what changed into the exchange folder and pick up what came, off the GUI thread.
        Run by the timers (and Pick up now); False when nothing was started."""
        if self.w.store.is_locked or self.w.store.read_only or not self.w.store.is_open or self.w.operations.writing():
            return False
        if not (force or auto_exchange(self.w.settings)) or sharing.exchange_folder(self.w.store) is None:
            return False
        store = self.w.store

        def work() -> tuple[sharing.Made | None, sharing.PickedUp, list[Batch]]:
            writer = store.open_writer()
            batches: list[Batch] = []
            writer.listeners.append(batches.append)
            try:
                picked = sharing.pick_up(writer)
                made = sharing.outgoing_to_folder(writer)
            finally:
                writer.close()
            return made, picked, batches

        def done(result: tuple[sharing.Made | None, sharing.PickedUp, list[Batch]]) -> None:
            made, picked, batches = result
            self.w.team.set_waiting(picked.waiting)
            self._received(picked.received, batches)
            if picked.refused:
                self.w.statusBar().showMessage(
                    self.tr("%n package(s) in the exchange folder refused: %1", "", len(picked.refused)).replace(
                        "%1", "; ".join(f"{p.name}: {message_text(t)}" for p, t in picked.refused)
                    ),
                    20000,
                )
            elif picked.waiting:
                self.w.statusBar().showMessage(
                    self.tr("%n package(s) wait for your decision (Team view).", "", len(picked.waiting)), 20000
                )
            elif made is not None and not picked.received:
                self.w.statusBar().showMessage(
                    self.tr("%n record(s) written to the exchange folder.", "", made.records), 8000
                )
            emit(self.w.exchange_picked_up, picked)

        def failed(exc: BaseException) -> None:  # shown, not modal: the work goes on
            self.w.statusBar().showMessage(
                self.tr("The exchange folder could not be read or written: %1").replace("%1", error_text(exc)), 15000
            )

        self.w.operations.run("exchange", lambda _ctx: work(), done, failed, label=self.tr("Exchanging…"), writes=True)
        return True

    def toggle_private(self, on: bool) -> None:
        """Edit ▸ Keep on this laptop only: the record is never put in a package."""
        rid = self.w.detail.record_id
        if not rid:
            return
        exchange_peers.set_private(self.w.store, [rid], bool(on))
        self.w.detail.refresh()
        self.w._update_actions()
        self.w.statusBar().showMessage(
            self.tr("Kept on this laptop only: never shared.") if on else self.tr("Shared with your contacts again."),
            6000,
        )
