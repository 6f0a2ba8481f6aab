"""The main window: navigation, the master tables, the detail pane, menus and shortcuts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ncdesk import __version__
from ncdesk.core.forms import FORMS
from ncdesk.io import sharing, tabular
from ncdesk.io.package import PackageRefused
from ncdesk.store import alerts, attachments, backups, exchange
from ncdesk.store.errors import StoreError, translate
from ncdesk.store.history import Batch, Touched, UndoStack
from ncdesk.store.store import Store
from ncdesk.ui.brief import NOTE_KIND, BriefDialog, SettingsDialog
from ncdesk.ui.clipboard import ClipboardGuard, copy_selection
from ncdesk.ui.dashboard import DashboardView
from ncdesk.ui.detail import DetailPane
from ncdesk.ui.formatting import error_text, isolated, message_text
from ncdesk.ui.history import NavigationHistory
from ncdesk.ui.i18n import SETTING, apply_language, chosen_language, current_language
from ncdesk.ui.labels import change_text, kind_label
from ncdesk.ui.models import ID_ROLE, KIND_ROLE
from ncdesk.ui.operations import Context, Operations
from ncdesk.ui.prompts import Prompter
from ncdesk.ui.search import SearchDialog
from ncdesk.ui.security import IdleWatcher, LockedPanel, SecurityBox, lock_minutes
from ncdesk.ui.signals import emit
from ncdesk.ui.team import (
    ExchangeDialog,
    PreviewDialog,
    ShareDialog,
    ShareRequest,
    TeamView,
    auto_exchange,
)
from ncdesk.ui.views import FindingsView, RecordView, SituationsView

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up is shorter)
    from ncdesk.store.attachments import StoredFile
    from ncdesk.ui.forms import RecordForm
    from ncdesk.ui.importer import ImportDialog
    from ncdesk.ui.safety import RestoreDialog
    from ncdesk.ui.steps import StepDialog

VIEW_OF_KIND = {
    "situation": "situations",
    "icc_case": "situations",
    "finding": "findings",
    "person": "persons",
    "state": "states",
    "travel_alert": "alerts",
    "letter": "letters",
    "activity": "activities",
    "assembly_document": "documents",
}


class MainWindow(QMainWindow):
    record_opened = Signal(str, str)  # kind, id
    record_saved = Signal(str, str)
    attachment_added = Signal(str)  # attachment id
    export_finished = Signal(str)  # path
    letter_drafted = Signal(str)  # path
    brief_exported = Signal(str)  # path
    backup_made = Signal(str)  # path
    calendar_exported = Signal(str)  # path
    package_shared = Signal(str)  # path
    package_received = Signal(object)  # exchange.Received
    exchange_picked_up = Signal(object)  # sharing.PickedUp
    preview_shown = Signal(object)  # the PreviewDialog of a package opened

    def __init__(self, store: Store, prompter: Prompter | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.store = store
        self.prompter = prompter or Prompter()
        self.settings = settings or QSettings(str(store.folder / "settings.ini"), QSettings.Format.IniFormat)
        self.language = apply_language(chosen_language(self.settings))
        self._menu_actions: list[QAction] = []
        self.history = NavigationHistory()
        self._navigating = False
        # Long work runs off the GUI thread, through `operations` (see ui/operations.py).
        self.operations = Operations(store, self._worker_failed, self._say, self)
        self.runner = self.operations.runner
        self._stale: set[str] = set()  # views hidden when something they show changed
        self._converting = False  # an encryption change runs: the database is closed meanwhile
        self._conversion_result: Any = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("ncdesk — non-cooperation"))
        self.resize(1400, 860)

        self.dashboard = DashboardView(store, self)
        self.dashboard.setObjectName("dashboard")
        self.views: dict[str, Any] = {
            "dashboard": self.dashboard,
            "situations": SituationsView(store, self),
            "findings": FindingsView(store, self),
            "persons": RecordView(store, "person", self),
            "states": RecordView(store, "state", self),
            "alerts": RecordView(store, "travel_alert", self),
            "letters": RecordView(store, "letter", self),
            "activities": RecordView(store, "activity", self),
            "documents": RecordView(store, "assembly_document", self),
        }
        self.team = TeamView(store, self.prompter, self)
        self.team.setObjectName("team")
        self.views["team"] = self.team
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget(self)
        for i, (key, view) in enumerate(self.views.items()):
            item = QListWidgetItem()
            item.setToolTip(_view_shortcut(i))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(view)
            view.record_selected.connect(self._view_selected)
            view.record_activated.connect(self.open_record)
            if isinstance(view, RecordView):  # its rows are read in a worker
                view.model.loader = self._read_rows
        self._title_views()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._view_shown)
        self.dashboard.new_alert_requested.connect(self.new_alert)
        self.dashboard.calendar_requested.connect(self.export_calendar)
        self.team.share_requested.connect(self.share_package)
        self.team.pick_up_requested.connect(lambda: self.exchange_tick(force=True))
        self.team.waiting_opened.connect(self.open_waiting)

        self.detail = DetailPane(store, self)
        self.detail.setObjectName("detailPane")
        self.detail.record_link_activated.connect(self.open_record)
        self.detail.attachment_activated.connect(self.open_attachment)
        self.detail.files_dropped.connect(self.attach_files)
        self.detail.edit_requested.connect(self.edit_record)
        self.detail.attach_requested.connect(lambda k, i: self.attach_files(k, i, None))

        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([190, 720, 520])
        self.locked_panel = LockedPanel(self)
        self.locked_panel.unlock_requested.connect(self.unlock)
        self.central = QStackedWidget(self)
        self.central.setObjectName("central")
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.locked_panel)
        self.setCentralWidget(self.central)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.idle.session_locked.connect(self.lock)
        self._search: SearchDialog | None = None  # made when first opened (start-up is shorter)
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.operations.indicator)
        self.statusBar().addPermanentWidget(self.status_label)
        self.operations.changed.connect(self._update_actions)
        self.clipboard_guard = ClipboardGuard(self, status=self.statusBar())  # the idle lock calls clear_now()
        self.undo_stack = UndoStack()
        store.listeners.append(self._committed)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.periodic_backup)
        self.backup_timer.start()
        # The exchange folder: outgoing packages shortly after a change, pick-up every few minutes.
        self.exchange_timer = QTimer(self)
        self.exchange_timer.setInterval(EXCHANGE_EVERY_MS)
        self.exchange_timer.timeout.connect(self.exchange_tick)
        self.exchange_soon = QTimer(self)
        self.exchange_soon.setSingleShot(True)
        self.exchange_soon.setInterval(EXCHANGE_AFTER_CHANGE_MS)
        self.exchange_soon.timeout.connect(self.exchange_tick)
        self._build_menus()
        self.detail.brief_button.clicked.connect(self.brief_record)
        self._add_context_actions()
        self.nav.setCurrentRow(0)
        self._restore()
        self._update_actions()
        self.status_label.setText(self.tr("Data folder: %1").replace("%1", isolated(str(store.folder))))
        self._arm_idle_lock()
        if store.read_only:
            self._read_only_mode()
        else:
            self._arm_exchange()
            if auto_exchange(self.settings):
                QTimer.singleShot(0, self.exchange_tick)  # what arrived while ncdesk was closed

    # -- language -----------------------------------------------------------------------------

    def _title_views(self) -> None:
        titles = {
            "dashboard": self.tr("Dashboard"),
            "situations": self.tr("Situations and cases"),
            "findings": self.tr("Findings"),
            "persons": self.tr("Persons"),
            "states": self.tr("States"),
            "alerts": self.tr("Travel alerts"),
            "letters": self.tr("Letters"),
            "activities": self.tr("Activities"),
            "documents": self.tr("Assembly documents"),
            "team": self.tr("Team"),
        }
        for i, key in enumerate(self.views):
            self.nav.item(i).setText(titles[key])

    def set_language(self, lang: str) -> None:
        """Speak *lang* from now on ("" for the system's); open forms stay open."""
        self.settings.setValue(SETTING, lang)
        self.settings.sync()
        apply_language(chosen_language(self.settings))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        # A window whose database is closed (being torn down) or locked has nothing to redraw from.
        if event.type() == QEvent.Type.LanguageChange and self.language != current_language() and self.store.is_open:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every word of the window again, in the language now applied: the menus are rebuilt,
        the views, their headers, the detail pane and the dashboard redrawn. Nothing is closed."""
        self.language = current_language()
        self.setWindowTitle(self._main_title())
        self._title_views()
        for action in self._menu_actions:
            self.removeAction(action)
            for view in self.views.values():
                table = getattr(view, "table", None) or getattr(view, "tree", None)
                if table is not None:
                    table.removeAction(action)
            action.deleteLater()
        self._menu_actions.clear()
        self.menuBar().clear()
        self._build_menus()
        self._add_context_actions()
        for view in self.views.values():
            retranslate = getattr(view, "retranslate", None)
            if retranslate is not None:
                retranslate()
            else:
                view.refresh()
        self.detail.retranslate()
        self.locked_panel.retranslate()
        if self._search is not None:
            self._search.retranslate()
        if not self.status_label.styleSheet():
            self.status_label.setText(self.tr("Data folder: %1").replace("%1", isolated(str(self.store.folder))))
        self._update_actions()

    @property
    def search(self) -> SearchDialog:
        """The Ctrl+K search dialog (built the first time it is asked for)."""
        if self._search is None:
            self._search = SearchDialog(self.store, self)
            self._search.record_chosen.connect(self.open_record)
        return self._search

    def _add_context_actions(self) -> None:
        for view in self.views.values():
            table = getattr(view, "table", None) or getattr(view, "tree", None)
            if table is not None:
                table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
                table.addActions([self.act_copy, self.act_pack, self.act_edit])

    # -- menus ------------------------------------------------------------------------------

    def _action(
        self, menu: QMenu, text: str, slot: Any, shortcut: QKeySequence | str | None = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        self.addAction(action)
        self._menu_actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        new_menu = file_menu.addMenu(self.tr("&New"))
        for kind in ("situation", "icc_case", "person", "finding"):
            self._action(
                new_menu, kind_label(kind) + "…", lambda _=False, k=kind: self.new_record(k), name=f"new_{kind}"
            )
        self.act_new = self._action(
            file_menu, self.tr("New record of this kind…"), self.new_in_view, QKeySequence.StandardKey.New, "new_here"
        )
        file_menu.addSeparator()
        self.act_attach = self._action(
            file_menu,
            self.tr("&Attach file to this record…"),
            lambda: self.attach_files(self.detail.kind, self.detail.record_id, None),
            "Ctrl+Shift+A",
            "attach",
        )
        self.act_brief = self._action(file_menu, self.tr("&Brief this record…"), self.brief_record, "Ctrl+B", "brief")
        self.act_pack = self._action(
            file_menu, self.tr("Meeting &pack of the selected records…"), self.brief_selection, "Ctrl+Shift+B", "pack"
        )
        self._action(file_menu, self.tr("Draft &report of the Bureau…"), self.draft_report, "Ctrl+R", "report")
        file_menu.addSeparator()
        self.act_export = self._action(
            file_menu, self.tr("&Export everything as JSON…"), self.export_json, "Ctrl+Shift+E", "export_json"
        )
        self._action(file_menu, self.tr("&Import…"), self.import_records, "Ctrl+I", "import")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("S&hare…"), self.share_package, "Ctrl+Shift+X", "share_package")
        self._action(file_menu, self.tr("Recei&ve…"), self.receive_package, "Ctrl+Shift+R", "receive_package")
        self._action(file_menu, self.tr("Exchange &folder…"), self.open_exchange_settings, None, "exchange_settings")
        xlsx, csv = self.tr("Export as E&xcel workbook…"), self.tr("Export this table as &CSV…")
        self._action(file_menu, xlsx, lambda: self.export_tables(".xlsx"), None, "export_xlsx")
        self._action(file_menu, csv, lambda: self.export_tables(".csv"), None, "export_csv")
        templates = file_menu.addMenu(self.tr("Save an import &template"))
        for kind in tabular.KINDS:
            save = lambda _=False, k=kind: self._save_template(k)  # noqa: E731
            self._action(templates, kind_label(kind, plural=True) + "…", save, None, f"template_{kind}")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Back up now"), self.backup_now, "Ctrl+Shift+K", "backup_now")
        self._action(file_menu, self.tr("Res&tore a backup…"), self.open_restore, None, "restore_backup")
        self._action(file_menu, self.tr("Open the data &folder"), self.open_data_folder, None, "open_folder")
        self._action(file_menu, self.tr("&Settings…"), self.open_settings, "Ctrl+,", "settings")
        self.act_lock = self._action(file_menu, self.tr("&Lock now"), self.lock, "Ctrl+L", "lock")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self._action(edit_menu, self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo, "undo")
        self.act_redo = self._action(edit_menu, self.tr("&Redo"), self.redo, "Ctrl+Shift+Z", "redo")
        edit_menu.addSeparator()
        self.act_copy = self._action(
            edit_menu, self.tr("&Copy"), self.copy_selection, QKeySequence.StandardKey.Copy, "copy"
        )
        edit_menu.addSeparator()
        self.act_edit = self._action(
            edit_menu,
            self.tr("&Edit this record…"),
            lambda: self.edit_record(self.detail.kind, self.detail.record_id),
            "Ctrl+E",
            "edit",
        )
        self.act_add_warrant = self._action(
            edit_menu, self.tr("Add a &warrant to this person…"), self.add_warrant, "Ctrl+Shift+W", "add_warrant"
        )
        self.act_add_event = self._action(
            edit_menu,
            self.tr("Add a &party-status event to this State…"),
            self.add_party_event,
            "Ctrl+Shift+P",
            "add_party_event",
        )
        self.act_delete = self._action(
            edit_menu, self.tr("&Delete this record…"), self.delete_record, QKeySequence.StandardKey.Delete, "delete"
        )
        self.act_restore = self._action(
            edit_menu, self.tr("&Restore this record"), self.restore_record, None, "restore"
        )
        self.act_private = self._action(
            edit_menu, self.tr("&Keep on this laptop only"), self.toggle_private, None, "keep_private"
        )
        self.act_private.setCheckable(True)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Search everything…"), lambda: self.search.open_search(), "Ctrl+K", "search")
        self._action(
            edit_menu, self.tr("&Filter this table"), self.focus_filter, QKeySequence.StandardKey.Find, "filter"
        )

        view_menu = bar.addMenu(self.tr("&View"))
        for i, key in enumerate(self.views):
            title = self.nav.item(i).text()
            self._action(
                view_menu, title, lambda _=False, n=i: self.nav.setCurrentRow(n), _view_shortcut(i), f"view_{key}"
            )
        view_menu.addSeparator()
        self.act_back = self._action(view_menu, self.tr("&Back"), self.go_back, "Alt+Left", "back")
        self.act_forward = self._action(view_menu, self.tr("&Forward"), self.go_forward, "Alt+Right", "forward")
        self._action(view_menu, self.tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh, "refresh")

        record_menu = bar.addMenu(self.tr("&Alerts"))
        self.record_menu = record_menu
        act = self._action
        self.act_new_alert = act(record_menu, self.tr("&New travel alert…"), self.new_alert, "Ctrl+T", "new_alert")
        self.act_step = act(
            record_menu, self.tr("Next &step of this alert…"), self.next_step, "Ctrl+Shift+S", "next_step"
        )
        self.act_share = act(record_menu, self.tr("Shared with the &Court…"), self.share_alert, "Ctrl+Shift+C", "share")
        self.act_letter = act(
            record_menu, self.tr("Record the President's &letter…"), self.record_letter, "Ctrl+Shift+L", "record_letter"
        )
        self.act_draft = act(
            record_menu, self.tr("&Draft the letter (Word)…"), self.draft_letter, "Ctrl+Shift+D", "draft_letter"
        )
        self.act_reopen = act(record_menu, self.tr("&Reopen this alert"), self.reopen_alert, None, "reopen")
        record_menu.addSeparator()
        self.act_procedure = act(
            record_menu, self.tr("Add a &procedure step…"), self.add_procedure_step, None, "procedure_step"
        )
        self.act_deadline = act(record_menu, self.tr("Add a dead&line…"), self.add_deadline, None, "deadline")
        act(record_menu, self.tr("New &activity…"), lambda: self.new_record("activity"), None, "new_activity")
        record_menu.addSeparator()
        self._action(record_menu, self.tr("Export the &calendar (.ics)…"), self.export_calendar, None, "calendar")
        self.detail.actions_button.setMenu(record_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About ncdesk"), self.about, None, "about")

    def _update_actions(self) -> None:
        self.act_lock.setEnabled(self.store.key is not None)
        undo, redo = self.undo_stack.undo_label(self.store), self.undo_stack.redo_label(self.store)
        self.act_undo.setEnabled(undo is not None)
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", change_text(undo)) if undo else self.tr("&Undo"))
        self.act_redo.setEnabled(redo is not None)
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", change_text(redo)) if redo else self.tr("&Redo"))
        kind, rid = self.detail.kind, self.detail.record_id
        deleted = bool(self.detail.current and self.detail.current.deleted)
        self.act_edit.setEnabled(bool(rid) and kind in FORMS and not deleted)
        self.act_attach.setEnabled(bool(rid) and not deleted)
        self.act_delete.setEnabled(bool(rid) and not deleted and kind in FORMS)
        self.act_restore.setEnabled(bool(rid) and deleted)
        self.act_add_warrant.setEnabled(kind == "person" and not deleted)
        self.act_add_event.setEnabled(kind == "state" and not deleted)
        self.act_brief.setEnabled(bool(rid) and kind in NOTE_KIND and not deleted)
        self.detail.brief_button.setEnabled(self.act_brief.isEnabled())
        alert_open = kind == "travel_alert" and not deleted
        status = self.detail.current.record.get("status") if alert_open and self.detail.current else None
        self.act_step.setEnabled(alert_open and status != "closed")
        self.act_share.setEnabled(alert_open)
        self.act_letter.setEnabled(alert_open)
        self.act_draft.setEnabled(alert_open)
        self.act_reopen.setEnabled(alert_open and status == "closed")
        self.act_procedure.setEnabled(kind in ("travel_alert", "finding") and not deleted)
        self.act_deadline.setEnabled(bool(rid) and kind in ("travel_alert", "finding", "state") and not deleted)
        self.act_private.setEnabled(bool(rid) and kind in FORMS and not deleted)
        self.act_private.setChecked(bool(rid) and self.store.is_open and not self.store.is_locked
                                    and exchange.is_private(self.store, rid or ""))  # fmt: skip
        self.act_back.setEnabled(self.history.can_go_back())
        self.act_forward.setEnabled(self.history.can_go_forward())
        if self.store.read_only:
            for action in self._writing_actions():
                action.setEnabled(False)
            self.detail.edit_button.setEnabled(False)
            self.detail.attach_button.setEnabled(False)

    # -- a read-only data folder (a write-protected stick, a colleague's copy) ---------------

    _WRITING = {"new_situation", "new_icc_case", "new_person", "new_finding", "import", "backup_now", "restore_backup",
                "share_package", "receive_package", "exchange_settings", "keep_private"}  # fmt: skip

    def _writing_actions(self) -> list[QAction]:
        """The actions that save something (what else would save is refused by the store, with the note)."""
        named = [a for a in self._menu_actions if a.objectName() in self._WRITING]
        return [
            *named,
            *(self.act_new, self.act_attach, self.act_undo, self.act_redo, self.act_edit, self.act_add_warrant),
            *(self.act_add_event, self.act_delete, self.act_restore, self.act_new_alert, self.act_step),
            *(self.act_share, self.act_letter, self.act_reopen, self.act_procedure, self.act_deadline),
        ]

    def _read_only_mode(self) -> None:
        """Opened read-only: a note that stays in the status bar, no automatic backup, the
        actions that would save disabled (reading, searching, briefing and exporting stay)."""
        from ncdesk.store.errors import read_only_note

        self.backup_timer.stop()
        self.read_only_note = QLabel("⚠ " + message_text(read_only_note(self.store.folder)), self)
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 2px 8px; }")
        self.statusBar().insertPermanentWidget(0, self.read_only_note, 1)
        self.setWindowTitle(self._main_title())
        self._update_actions()

    def _main_title(self) -> str:
        if self.store.read_only:
            return self.tr("ncdesk — non-cooperation (read-only)")
        return self.tr("ncdesk — non-cooperation")

    # -- navigation -------------------------------------------------------------------------

    def _view_selected(self, kind: str, record_id: str) -> None:
        if not self._navigating:
            self.open_record(kind, record_id)

    def current_view(self) -> Any:
        return self.stack.currentWidget()

    def show_view(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.views).index(key))

    def open_record(self, kind: str, record_id: str, *, remember: bool = True) -> bool:
        """Show a record in the detail pane, select it in its table, and remember it for Back."""
        if kind == "attachment":
            att = self.store.get("attachment", record_id)
            if att is None:
                return False
            kind, record_id = att["record_kind"], att["record_id"]
        shown = self.detail.show_record(kind, record_id)
        if not shown:
            self.statusBar().showMessage(self.tr("That record no longer exists."), 5000)
            self._update_actions()
            return False
        view_key = VIEW_OF_KIND.get(kind)
        if view_key:
            view = self.views[view_key]
            self._navigating = True
            try:
                if self.current_view() is not view:
                    self.show_view(view_key)
                if view.current_id() != record_id:
                    if isinstance(view, SituationsView):
                        view.select(record_id, emit=False, kind=kind)
                    else:
                        view.select(record_id, emit=False)
            finally:
                self._navigating = False
        if remember:
            self.history.visit((kind, record_id))
        self._update_actions()
        emit(self.record_opened, kind, record_id)
        return True

    def go_back(self) -> None:
        place = self.history.back()
        if place:
            self.open_record(*place, remember=False)

    def go_forward(self) -> None:
        place = self.history.forward()
        if place:
            self.open_record(*place, remember=False)

    def focus_filter(self) -> None:
        self.current_view().focus_filter()

    def copy_selection(self) -> bool:
        """Edit ▸ Copy: the selected cells (tab-separated) or text, cleared from the clipboard later."""
        view = self.current_view()
        table = getattr(view, "table", None) or getattr(view, "tree", None)
        return copy_selection(self.clipboard_guard, self.focusWidget(), table)

    def refresh_all(self) -> None:
        """Read everything again (after a restore, an unlock, a change of language)."""
        self.refresh_changed(None)

    def refresh_changed(self, touched: Touched | None) -> None:
        """Refresh what shows what a batch changed (*touched*; None: everything): the views on
        screen at once (their rows are read in a worker), the hidden ones when next shown."""
        for key, view in self.views.items():
            tables = view.tables() if hasattr(view, "tables") else None
            if touched is not None and tables is not None and not tables & touched.tables:
                continue
            if view is self.current_view():
                view.refresh(touched) if tables is not None else view.refresh()
            else:
                self._stale.add(key)
        self.detail.refresh()
        self._update_actions()

    def _view_shown(self, row: int) -> None:
        key = list(self.views)[row] if 0 <= row < len(self.views) else None
        if key in self._stale:
            self._stale.discard(key)
            self.views[key].refresh()

    def _read_rows(self, name: str, work: Any, done: Any) -> None:
        """A table's ids read in a worker (a sort, a filter, an edit that may move rows)."""
        self.operations.run(name, work, done, label=self.tr("Reading the table…"))

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- editing ----------------------------------------------------------------------------

    def form(
        self,
        kind: str,
        record_id: str | None = None,
        defaults: dict[str, Any] | None = None,
        saver: Any = None,
    ) -> RecordForm:
        from ncdesk.ui.forms import RecordForm

        form = RecordForm(self.store, kind, record_id, defaults, self, saver)
        form.record_saved.connect(lambda k, i, f=form: self._saved(k, i, getattr(f, "return_to", None)))
        return form

    def _saved(self, kind: str, record_id: str, return_to: tuple[str, str] | None = None) -> None:
        # The views showing what was saved were told by the store's batch (`_committed`).
        target_kind, target_id = return_to or (kind, record_id)
        if return_to:
            pass
        elif kind == "warrant":
            target_kind, target_id = "person", self.store.require("warrant", record_id)["person_id"]
        elif kind == "party_event":
            target_kind, target_id = "state", self.store.require("party_event", record_id)["state_id"]
        elif kind == "court_share":
            target_kind, target_id = "travel_alert", self.store.require("court_share", record_id)["alert_id"]
        elif kind == "procedure_step":
            step = self.store.require("procedure_step", record_id)
            target_kind, target_id = step["target_kind"], step["target_id"]
        elif kind == "deadline":
            d = self.store.require("deadline", record_id)
            target_kind, target_id = d["record_kind"], d["record_id"]
        self.open_record(target_kind, target_id)
        emit(self.record_saved, kind, record_id)
        self.statusBar().showMessage(self.tr("Saved."), 4000)

    def new_record(self, kind: str, defaults: dict[str, Any] | None = None, saver: Any = None) -> RecordForm:
        form = self.form(kind, None, defaults, saver)
        form.open()
        return form

    # -- travel alerts ----------------------------------------------------------------------

    def new_alert(self) -> RecordForm:
        defaults: dict[str, Any] = {"reliability": "unknown", "received_at": dt.date.today().isoformat()}
        if self.detail.kind == "person" and self.detail.record_id:
            defaults["person_id"] = self.detail.record_id
        if self.detail.kind == "state" and self.detail.record_id:
            defaults["destinations"] = [self.detail.record_id]
        return self.new_record("travel_alert", defaults, saver=lambda store, raw, _rid: alerts.create_alert(store, raw))

    def _open_alert(self) -> dict[str, Any] | None:
        if self.detail.kind != "travel_alert" or not self.detail.record_id:
            return None
        return self.store.get("travel_alert", self.detail.record_id)

    def next_step(self) -> StepDialog | None:
        alert = self._open_alert()
        if alert is None or alert["status"] == "closed":
            return None
        from ncdesk.ui.steps import StepDialog

        dialog = StepDialog(self.store, alert["id"], parent=self)
        dialog.step_taken.connect(lambda aid, step: self._saved("travel_alert", aid))
        dialog.open()
        return dialog

    def reopen_alert(self) -> None:
        alert = self._open_alert()
        if alert is None:
            return
        if self.prompter.confirm(self, self.tr("Reopen"), self.tr("Reopen this alert? Its outcome is cleared.")):
            alerts.reopen(self.store, alert["id"], at=dt.date.today())
            self._saved("travel_alert", alert["id"])

    def share_alert(self) -> RecordForm | None:
        alert = self._open_alert()
        if alert is None:
            return None
        defaults = {"alert_id": alert["id"], "shared_at": dt.date.today().isoformat()}
        form = self.new_record(
            "court_share", defaults, saver=lambda store, raw, _rid: alerts.share_with_court(store, alert["id"], raw)
        )
        form.return_to = ("travel_alert", alert["id"])  # type: ignore[attr-defined]
        return form

    def record_letter(self) -> RecordForm | None:
        alert = self._open_alert()
        if alert is None:
            return None
        states = alerts.destinations(self.store, alert["id"])
        person = self.store.require("person", alert["person_id"])
        sender, office = alerts.current_president(self.store)
        defaults: dict[str, Any] = {
            "alert_id": alert["id"],
            "date": dt.date.today().isoformat(),
            "sender_name": sender,
            "sender_office": self.tr("President of the Assembly of States Parties")
            if office == "President of the Assembly of States Parties"
            else office,
            "subject": self.tr("Visit of %1").replace("%1", person["name"]),
        }
        if states:
            duties = alerts.obligations(self.store, alert)
            defaults["state_id"] = states[0]["id"]
            defaults["addressee_office"] = self.tr("Minister of Foreign Affairs")
            if duties and duties[0].at_start.ground.value == "state_party":
                defaults["articles_recalled"] = ["86", "89(1)"]
        form = self.new_record(
            "letter", defaults, saver=lambda store, raw, _rid: alerts.record_letter(store, alert["id"], raw)
        )
        form.return_to = ("travel_alert", alert["id"])  # type: ignore[attr-defined]
        return form

    def draft_letter(self) -> None:
        alert = self._open_alert()
        if alert is None:
            return
        person = self.store.require("person", alert["person_id"])
        suggested = str(Path.home() / f"letter-{person['name'].split()[-1].lower()}-{dt.date.today().isoformat()}.docx")
        target = self.prompter.save_file(self, self.tr("Draft the letter"), suggested, "Word (*.docx)")
        if target is None:
            return
        language = self.language  # the letter in the window's language

        def work(ctx: Context) -> str:
            from ncdesk.io.letters import draft_letter

            draft_letter(ctx.reader(), alert["id"], target, lang=language)
            return str(target)

        def done(path: str) -> None:
            from ncdesk.io.briefing.export import subject_title
            from ncdesk.ui.brief import record_export

            what = f"letter draft for {subject_title(self.store, 'alert', alert['id'])}"
            record_export(self, self.store, self.prompter, what, target, subjects=[alert["id"]])
            self.statusBar().showMessage(self.tr("Drafted %1").replace("%1", path), 8000)
            emit(self.letter_drafted, path)

        def failed(exc: BaseException) -> None:
            self.prompter.error(self, self.tr("The letter could not be drafted"), self._failure_text(exc))

        self.operations.run("draft letter", work, done, failed, label=self.tr("Drafting the letter…"))

    def add_procedure_step(self) -> RecordForm | None:
        kind, rid = self.detail.kind, self.detail.record_id
        if kind not in ("travel_alert", "finding") or not rid:
            return None
        return self.new_record(
            "procedure_step", {"target_kind": kind, "target_id": rid, "date": dt.date.today().isoformat()}
        )

    def add_deadline(self) -> RecordForm | None:
        kind, rid = self.detail.kind, self.detail.record_id
        if not kind or not rid:
            return None
        defaults: dict[str, Any] = {"record_kind": kind, "record_id": rid}
        if kind == "state":
            defaults["state_id"] = rid
        elif kind == "finding":
            defaults["state_id"] = self.store.require("finding", rid)["state_id"]
        return self.new_record("deadline", defaults)

    # -- briefing notes -----------------------------------------------------------------------

    def brief_record(self) -> BriefDialog | None:
        kind, rid = self.detail.kind, self.detail.record_id
        if not kind or not rid or kind not in NOTE_KIND or not self.detail.current:
            return None
        return self._brief([(kind, rid)], title=self.detail.current.title)

    def selected_records(self) -> list[tuple[str, str]]:
        view = self.current_view()
        if isinstance(view, RecordView):
            rows = sorted({i.row() for i in view.table.selectionModel().selectedRows()})
            return [(view.kind, rid) for rid in (view.model.id_at(r) for r in rows) if rid and view.kind in NOTE_KIND]
        if isinstance(view, SituationsView):
            out = []
            for index in view.tree.selectionModel().selectedRows():
                kind, rid = index.data(KIND_ROLE), index.data(ID_ROLE)
                if kind in NOTE_KIND:
                    out.append((kind, rid))
            return out
        return []

    def brief_selection(self) -> BriefDialog | None:
        refs = self.selected_records()
        if not refs and self.detail.kind in NOTE_KIND and self.detail.record_id:
            refs = [(self.detail.kind, self.detail.record_id)]
        if not refs:
            self.statusBar().showMessage(self.tr("Select States, persons, cases, situations or alerts first."), 6000)
            return None
        return self._brief(refs, title="")

    def draft_report(self) -> BriefDialog:
        dialog = BriefDialog(self.store, None, self.settings, self.prompter, self, report=True)
        dialog.exported.connect(lambda path: emit(self.brief_exported, path))
        dialog.open()
        return dialog

    def _brief(self, refs: list[tuple[str, str]], title: str) -> BriefDialog:
        dialog = BriefDialog(self.store, refs, self.settings, self.prompter, self, title=title)
        dialog.exported.connect(lambda path: emit(self.brief_exported, path))
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        box = SecurityBox(self, self.settings, self.encrypted(), dialog)
        dialog.security = box  # type: ignore[attr-defined]
        layout = dialog.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.count() - 1, box)
            layout.insertWidget(layout.count() - 1, self._exchange_box(dialog))
        dialog.accepted.connect(box.save)
        dialog.accepted.connect(self._arm_idle_lock)
        dialog.language_chosen.connect(self.set_language)
        dialog.open()
        return dialog

    # -- encryption and the idle lock ---------------------------------------------------------

    def encrypted(self) -> bool:
        return self.store.key is not None or self.store.is_locked

    def _arm_idle_lock(self) -> None:
        self.idle.set_minutes(lock_minutes(self.settings) if self.encrypted() else 0)

    def _quiesce(self) -> None:
        """Let background work finish, and its results be delivered, before the database is
        closed or converted."""
        self.operations.wait()
        QApplication.sendPostedEvents()

    def _convert(self, title: str, work: Any) -> bool:
        """Run an encryption change, *work(store, progress)*, in a worker on a connection of its
        own: the window's is closed meanwhile, the records leave the screen, the window stays
        live with the progress in a dialog, and nothing else can start."""
        self.backup_timer.stop()
        self.exchange_timer.stop()
        self.exchange_soon.stop()
        self._quiesce()
        store = self.store
        dialog = QProgressDialog(title, "", 0, 0, self)
        dialog.setObjectName("conversionProgress")
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._converting = True
        self._lock_actions(True)
        self.central.setCurrentWidget(self.locked_panel)
        self.locked_panel.setEnabled(False)
        store.suspend()

        def job(ctx: Context) -> tuple[Any, BaseException | None, Any]:
            writer = store.open_writer()
            try:
                try:
                    result = work(writer, ctx.progress)
                except BaseException as exc:  # noqa: BLE001 - reported once the window's connection is back
                    return None, exc, writer.key
                return result, None, writer.key
            finally:
                writer.db.close()

        def said(text: str, done: int, total: int) -> None:
            dialog.setLabelText(text)
            self.statusBar().showMessage(text)

        try:
            result, error, key = self.operations.run_and_wait(
                "encryption", job, label=title, writes=True, progress=said
            )
        except BaseException as exc:  # noqa: BLE001 - the worker itself failed to open the database
            result, error, key = None, exc, store.key
        store.resume(key)  # the window's connection again, under the key the database now has
        dialog.close()
        self._converting = False
        self.locked_panel.setEnabled(True)
        self.central.setCurrentWidget(self.splitter)
        self._lock_actions(False)
        self.backup_timer.start()
        self._arm_exchange()
        self.statusBar().clearMessage()
        if error is not None:
            if not isinstance(error, (StoreError, OSError)):
                raise error
            self.prompter.error(self, title, error_text(error))
            return False
        self._conversion_result = result
        self.refresh_all()
        self.dashboard.refresh()
        self._arm_idle_lock()
        self._update_actions()
        return True

    def encrypt_database(self) -> bool:
        from ncdesk.store import encryption

        if self.encrypted():
            return False
        title = self.tr("Encrypt this database")
        answer = self.prompter.passphrase(
            self,
            "new",
            title,
            self.tr(
                "Choose a passphrase. The database, its backups and the files attached to records will be "
                "encrypted with it, and ncdesk will ask for it at every start and after the idle lock."
            ),
            accept_label=self.tr("Encrypt"),
        )
        if answer is None:
            return False
        if not self._convert(title, lambda store, progress: encryption.encrypt(store, answer[1], progress=progress)):
            return False
        report = self._conversion_result
        if report.unreadable and self.prompter.confirm(self, self.tr("Remove the copies that stay readable?"), (
            self.tr(
                "These copies in the data folder are too damaged to be encrypted: anyone who has this computer's "
                "files could read what is left in them. They may hold records that no backup has; once removed, "
                "they are gone.\n\nRemove them?"
            ) + "\n\n" + "\n".join(str(p) for p in report.unreadable)
        )):  # fmt: skip
            report.removed = encryption.remove_plain(self.store, report.unreadable)
            report.unreadable = tuple(encryption.plain_copies(self.store.folder))
        self.statusBar().showMessage(self.tr("The database is encrypted."), 8000)
        said = [message_text(line) for line in report.summary()]
        if report.unreadable:
            said.append(
                self.tr(
                    "Delete these files yourself once you no longer need them, or run "
                    "ncdesk encrypt --remove-unreadable."
                )
            )
        said.append(self.tr("Keep the passphrase safe: without it the data cannot be recovered."))
        (self.prompter.warn if report.unreadable else self.prompter.info)(self, title, "\n\n".join(said))
        return True

    def _check_current(self, passphrase: str) -> str | None:
        from ncdesk.store import crypto

        try:
            crypto.unlock(self.store.folder, passphrase).wipe()
        except StoreError as exc:
            return error_text(exc)
        return None

    def change_passphrase(self) -> bool:
        from ncdesk.store import encryption

        if self.store.key is None:
            return False
        title = self.tr("Change the passphrase")
        answer = self.prompter.passphrase(
            self,
            "change",
            title,
            self.tr("Type the current passphrase, then the new one twice. The backups are re-encrypted too."),
            check=self._check_current,
            accept_label=self.tr("Change"),
        )
        if answer is None:
            return False
        if not self._convert(
            title, lambda store, progress: encryption.change_passphrase(store, answer[1], progress=progress)
        ):
            return False
        self.statusBar().showMessage(self.tr("The passphrase was changed."), 8000)
        return True

    def remove_encryption(self) -> bool:
        from ncdesk.store import encryption

        if self.store.key is None:
            return False
        title = self.tr("Remove the encryption")
        if not self.prompter.confirm(
            self,
            title,
            self.tr(
                "The database, its backups and attached files will be written in clear: anyone who gets this "
                "computer's files could read them. Remove the encryption?"
            ),
        ):
            return False
        answer = self.prompter.passphrase(
            self,
            "unlock",
            title,
            self.tr("Type the passphrase to confirm."),
            check=self._check_current,
            accept_label=self.tr("Remove encryption"),
        )
        if answer is None:
            return False
        if not self._convert(title, lambda store, progress: encryption.decrypt(store, progress=progress)):
            return False
        self.statusBar().showMessage(self.tr("The database is no longer encrypted."), 8000)
        return True

    def lock(self) -> bool:
        """Close the database, forget the key, clear the clipboard and the views (encrypted only)."""
        if self.store.key is None or self.store.is_locked:
            return False
        if self._converting:
            return False
        self.backup_timer.stop()
        self.exchange_timer.stop()
        self.exchange_soon.stop()
        self._quiesce()
        # The records leave the screen first; the backup is made in a worker meanwhile.
        self.central.setCurrentWidget(self.locked_panel)
        self.locked_panel.setEnabled(False)
        self._lock_actions(True)
        try:
            self.operations.run_and_wait(
                "backup at lock",
                lambda ctx: backups.auto_backup(ctx.reader(), min_interval=dt.timedelta(minutes=10)),
                label=self.tr("Backing up…"),
            )
        except Exception:  # noqa: BLE001,S110 - a backup is not worth keeping the database open for
            pass
        self.locked_panel.setEnabled(True)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.clipboard_guard.clear_now()
        for view in self.views.values():
            model = getattr(view, "model", None)
            if hasattr(model, "clear"):
                model.clear()
        self.dashboard.browser.clear()
        self.detail.show_record(None, None)
        if self._search is not None:
            self._search.model.set_results([], self._search.order)
            self._search.edit.clear()
        self.store.lock()
        self._lock_actions(True)
        self.central.setCurrentWidget(self.locked_panel)
        self.locked_panel.reset()
        self.setWindowTitle(self.tr("ncdesk — locked"))
        return True

    def _lock_actions(self, locked: bool) -> None:
        for action in self.actions():
            if action.objectName() != "quit":
                action.setEnabled(not locked)
        self.menuBar().setEnabled(not locked)
        if not locked:
            self._update_actions()

    def unlock(self, passphrase: str) -> bool:
        from ncdesk.store import crypto

        if not self.store.is_locked:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = crypto.unlock(self.store.folder, passphrase)
            self.store.unlock(key)
        except StoreError as exc:
            QApplication.restoreOverrideCursor()
            self.locked_panel.reset(error_text(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.central.setCurrentWidget(self.splitter)
        self.setWindowTitle(self._main_title())
        self._lock_actions(False)
        self.refresh_all()
        self.dashboard.refresh()
        self.backup_timer.start()
        self._arm_exchange()
        self._arm_idle_lock()
        return True

    def export_calendar(self) -> None:
        target = self.prompter.save_file(
            self, self.tr("Export the calendar"), str(Path.home() / "ncdesk.ics"), "iCalendar (*.ics)"
        )
        if target is None:
            return
        language = self.language  # the events in the window's language

        def work(ctx: Context) -> int:
            from ncdesk.io.calendar import write_ics

            return write_ics(ctx.reader(), target, lang=language)

        def done(count: int) -> None:
            from ncdesk.ui.brief import record_export

            record_export(self, self.store, self.prompter, "calendar of visits and deadlines", target, fmt="ics",
                          records=count)  # fmt: skip
            self.statusBar().showMessage(self.tr("%n event(s) written to the calendar.", "", count), 8000)
            emit(self.calendar_exported, str(target))

        self.operations.run("export calendar", work, done, label=self.tr("Exporting…"))

    def new_in_view(self) -> RecordForm | None:
        view = self.current_view()
        kind = "situation" if isinstance(view, SituationsView) else view.kind
        if kind not in FORMS:
            self.statusBar().showMessage(self.tr("Records of this kind are not added by hand."), 5000)
            return None
        return self.new_record(kind)

    def edit_record(self, kind: str | None, record_id: str | None) -> RecordForm | None:
        if not kind or not record_id or kind not in FORMS:
            return None
        form = self.form(kind, record_id)
        form.open()
        return form

    def add_warrant(self) -> RecordForm | None:
        if self.detail.kind != "person" or not self.detail.record_id:
            return None
        return self.new_record(
            "warrant", {"person_id": self.detail.record_id, "kind": "arrest_warrant", "status": "at_large"}
        )

    def add_party_event(self) -> RecordForm | None:
        if self.detail.kind != "state" or not self.detail.record_id:
            return None
        return self.new_record("party_event", {"state_id": self.detail.record_id})

    def delete_record(self) -> bool:
        kind, rid = self.detail.kind, self.detail.record_id
        if not kind or not rid or not self.detail.current:
            return False
        title = self.detail.current.title
        question = self.tr(
            "Delete “%1”? It disappears from the tables and the search; Edit ▸ Restore brings it back."
        ).replace("%1", title)
        if not self.prompter.confirm(self, self.tr("Delete record"), question):
            return False
        self.store.delete(kind, rid)
        self.detail.show_record(kind, rid)
        self._update_actions()
        return True

    def restore_record(self) -> None:
        kind, rid = self.detail.kind, self.detail.record_id
        if kind and rid:
            self.store.restore(kind, rid)
            self.open_record(kind, rid)

    # -- undo, backups, restore -----------------------------------------------------------

    def _committed(self, batch: Batch) -> None:
        self.undo_stack.pushed(batch)
        self.refresh_changed(batch.touched)
        if batch.kind != "receive" and self.exchange_timer.isActive():
            self.exchange_soon.start()  # restarted by each change: one package after a burst of edits

    def undo(self) -> bool:
        return self._revert(undo=True)

    def redo(self) -> bool:
        return self._revert(undo=False)

    def _revert(self, *, undo: bool) -> bool:
        """Undo (or redo) the last change, in a worker: an import of 10,000 rows is undone as
        one change, and the window stays live meanwhile."""
        from ncdesk.store.history import revert

        stack = self.undo_stack
        side, other = (stack.undo, stack.redo) if undo else (stack.redo, stack.undo)
        label = stack.undo_label(self.store) if undo else stack.redo_label(self.store)
        if label is None:
            return False
        batch_id = side[-1]
        said = self.tr("Undone: %1") if undo else self.tr("Redone: %1")

        def work(ctx: Context) -> str:
            return revert(ctx.writer(), batch_id, kind="undo" if undo else "redo")

        def done(new_id: str) -> None:
            if side and side[-1] == batch_id:
                side.pop()
            other.append(new_id)
            kind, rid = self.detail.kind, self.detail.record_id
            if kind and rid and self.store.get(kind, rid, include_deleted=True) is None:
                self.detail.show_record(None, None)  # the record it made is gone again
            self._update_actions()
            self.statusBar().showMessage(said.replace("%1", change_text(label)), 6000)

        def failed(exc: BaseException) -> None:
            self.prompter.error(self, self.tr("It cannot be undone"), self._failure_text(exc))

        return self.operations.run(
            "undo" if undo else "redo", work, done, failed, writes=True,
            label=self.tr("Undoing…") if undo else self.tr("Redoing…"),
        )  # fmt: skip

    def backup_now(self) -> bool:
        """File ▸ Back up now: a checked copy made in a worker, the window live meanwhile."""
        try:
            self.store.require_writable()  # a read-only folder: refused at once, with the note
        except StoreError as exc:
            self.prompter.error(self, self.tr("No backup was made"), error_text(exc))
            return False

        def work(ctx: Context) -> str:
            return str(backups.make_backup(ctx.reader(), "manual").path)

        def done(path: str) -> None:
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", path), 8000)
            emit(self.backup_made, path)

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            self.prompter.error(self, self.tr("No backup was made"), self._failure_text(exc))

        return self.operations.run("backup", work, done, failed, label=self.tr("Backing up…"))

    def _failure_text(self, exc: BaseException) -> str:
        exc = translate(exc, self.store.path) or exc  # a read that met damaged text, a full disk
        if isinstance(exc, (StoreError, OSError, ValueError)):
            return error_text(exc)
        return f"{type(exc).__name__}: {exc}"

    def periodic_backup(self) -> None:
        """Every so often, if something changed: an automatic backup, made off the GUI thread."""
        if self.store.is_locked or self.store.read_only:
            return
        if self.operations.busy() or not backups.needs_backup(self.store):
            return
        folder, clock = self.store.folder, self.store.clock

        def work() -> str:
            reader = Store.open_readonly(folder, clock)
            try:
                return str(backups.make_backup(reader, "auto").path)
            finally:
                reader.close()

        def done(path: str) -> None:
            emit(self.backup_made, path)

        def failed(exc: BaseException) -> None:  # shown, not modal: the work goes on
            self.statusBar().showMessage(
                self.tr("The automatic backup failed: %1").replace("%1", error_text(exc)), 15000
            )

        self.operations.run("auto backup", lambda _ctx: work(), done, failed, label=self.tr("Backing up…"))

    def open_restore(self) -> RestoreDialog:
        from ncdesk.ui.safety import RestoreDialog

        dialog = RestoreDialog(self.store, self.prompter, self)
        dialog.restored.connect(self._after_restore)
        dialog.open()
        return dialog

    def _after_restore(self, path: str) -> None:
        self.undo_stack.undo.clear()
        self.undo_stack.redo.clear()
        self.detail.show_record(None, None)
        self.refresh_all()
        self.dashboard.refresh()
        self.statusBar().showMessage(self.tr("Restored %1").replace("%1", Path(path).name), 8000)

    # -- files ------------------------------------------------------------------------------

    def attach_files(self, kind: str | None, record_id: str | None, files: list[Path] | None) -> None:
        if not kind or not record_id:
            return
        if files is None:
            files = self.prompter.open_files(self, self.tr("Attach files to this record"))
        from ncdesk.io.textextract import extract_text

        folder = self.store.folder
        key = attachments.file_key(self.store)

        def work() -> list[tuple[StoredFile, str]]:
            out = []
            for path in files or []:
                stored = attachments.copy_in(folder, path, key)
                out.append((stored, extract_text(path)))
            return out

        def done(result: list[tuple[StoredFile, str]]) -> None:
            last = ""
            for stored, text in result:
                last = attachments.record(self.store, kind, record_id, stored, text)
            if self.detail.record_id == record_id:
                self.detail.refresh()
            self.statusBar().showMessage(self.tr("%n file(s) attached.", "", len(result)), 5000)
            if last:
                emit(self.attachment_added, last)

        if files:
            self.statusBar().showMessage(self.tr("Attaching…"))
            self.operations.run(
                "attach", lambda _ctx: work(), done, self._worker_failed, label=self.tr("Attaching…"), writes=True
            )

    def open_attachment(self, attachment_id: str) -> None:
        att = self.store.get("attachment", attachment_id)
        if att is None:
            return
        path = attachments.stored_path(self.store, att)
        if not path.exists():
            self.prompter.error(
                self,
                self.tr("File missing"),
                self.tr("The file %1 is no longer in the data folder.").replace("%1", att["filename"]),
            )
            return
        if self.store.key is not None:
            self._save_attachment_copy(att)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _save_attachment_copy(self, att: dict[str, Any]) -> None:
        """Encrypted attachments are not opened from a plaintext temporary file: the user chooses
        where the decrypted copy goes (an export, recorded in the history)."""
        from ncdesk.io.atomic import atomic_write

        target = self.prompter.save_file(
            self,
            self.tr("Save a decrypted copy of %1").replace("%1", att["filename"]),
            str(Path.home() / att["filename"]),
            self.tr("All files (*)"),
        )
        if target is None:
            return
        try:
            data = attachments.read_bytes(self.store, att)
            with atomic_write(target, "wb", folder=self.store.folder) as fh:
                fh.write(data)
        except (StoreError, OSError) as exc:
            self.prompter.error(self, self.tr("The copy was not saved"), error_text(exc))
            return
        from ncdesk.ui.brief import record_export

        record_export(self, self.store, self.prompter, f"attachment {att['filename']}", target, fmt="file",
                      subjects=[att["record_id"]])  # fmt: skip
        self.statusBar().showMessage(self.tr("Saved a decrypted copy to %1").replace("%1", str(target)), 8000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def export_json(self) -> None:
        target = self.prompter.save_file(
            self, self.tr("Export everything as JSON"), str(Path.home() / "ncdesk-export.json"), "JSON (*.json)"
        )
        if target is None:
            return
        folder = self.store.folder
        from ncdesk.ui.brief import export_settings, record_export

        marking, counts = export_settings(self.settings)[0], {}

        def work() -> str:
            from ncdesk.io.export_json import write_json

            reader = Store.open_readonly(folder)
            try:
                counts.update(write_json(reader, target, marking))
            finally:
                reader.close()
            return str(target)

        def done(path: str) -> None:
            record_export(self, self.store, self.prompter, "every record", target, fmt="json", marking=marking,
                          records=sum(counts.values()))  # fmt: skip
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)
            emit(self.export_finished, path)

        self.statusBar().showMessage(self.tr("Exporting…"))
        self.operations.run("export json", lambda _ctx: work(), done, self._worker_failed, label=self.tr("Exporting…"))

    def _save_template(self, kind: str) -> None:
        from ncdesk.ui import importer

        importer.save_template(self, self.prompter, kind)

    def import_records(self) -> ImportDialog:
        from ncdesk.ui.importer import ImportDialog

        dialog = ImportDialog(self.store, self.prompter, self)
        dialog.open()
        return dialog

    def export_tables(self, suffix: str) -> None:
        """Excel: a sheet per kind; CSV: the kind of the table shown."""
        from ncdesk.ui import importer

        kind = getattr(self.current_view(), "kind", None)
        if suffix == ".csv" and kind not in tabular.KINDS:
            self.statusBar().showMessage(
                self.tr("Open the table of persons, findings, travel alerts, letters or activities first."), 6000
            )
            return
        kinds = [kind] if suffix == ".csv" else list(tabular.KINDS)
        target = self.prompter.save_file(
            self,
            self.tr("Export as CSV") if suffix == ".csv" else self.tr("Export as an Excel workbook"),
            importer.suggested_name(kind if suffix == ".csv" else None, suffix),
            "CSV (*.csv)" if suffix == ".csv" else self.tr("Excel workbook (*.xlsx)"),
        )
        if target is None:
            return
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)

        from ncdesk.ui.brief import export_settings, record_export

        marking = export_settings(self.settings)[0] if suffix == ".xlsx" else None
        counts: dict[str, int] = {}

        def done(path: str) -> None:
            what = ("table of " if len(kinds) == 1 else "tables of ") + ", ".join(
                tabular.KIND_LABELS[k][1].lower() for k in kinds
            )
            record_export(self, self.store, self.prompter, what, target, marking=marking, records=sum(counts.values()))
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)
            emit(self.export_finished, path)

        store = self.store

        def work() -> str:
            counts.update(importer.export_tables(store, target, kinds, marking))
            return str(target)

        self.statusBar().showMessage(self.tr("Exporting…"))
        self.operations.run(
            "export tables", lambda _ctx: work(), done, self._worker_failed, label=self.tr("Exporting…")
        )

    # -- sharing with the other focal points ---------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The ids of the records selected in the current table (for Share ▸ the selected records)."""
        view = self.current_view()
        if isinstance(view, RecordView):
            rows = sorted({i.row() for i in view.table.selectionModel().selectedRows()})
            return [rid for rid in (view.model.id_at(r) for r in rows) if rid]
        if isinstance(view, SituationsView):
            return [str(i.data(ID_ROLE)) for i in view.tree.selectionModel().selectedRows() if i.data(ID_ROLE)]
        return []

    def share_package(self, preselected: str | None = None) -> ShareDialog | None:
        if self.store.read_only:
            return None
        if not exchange.contacts(self.store):
            self.show_view("team")
            self.prompter.info(
                self,
                self.tr("Share"),
                self.tr(
                    "Add a contact first (Team ▸ Add contact…, from the card they sent you), or share everything "
                    "with a passphrase for a one-off handover."
                ),
            )
        dialog = ShareDialog(
            self.store,
            self.selected_ids(),
            sharing.exchange_folder(self.store),
            self,
            preselected if isinstance(preselected, str) else None,
        )
        dialog.accepted.connect(lambda: self.start_share(dialog.request()))
        dialog.open()
        return dialog

    def start_share(self, request: ShareRequest) -> None:
        """Make and seal the package off the GUI thread (sealing to a passphrase takes seconds),
        then ask where it goes and write it."""
        if self.operations.writing():
            self.statusBar().showMessage(self.tr("Wait: another operation is running."), 5000)
            return
        store = self.store

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
                self.store.announce(batch)
            self._set_busy(False)
            folder = sharing.exchange_folder(self.store)
            if request.to_folder and folder is not None:
                target: Path | None = folder
            else:
                target = self.prompter.save_file(
                    self, self.tr("Save the package"), str(Path.home() / made.name), self.tr("ncdesk package (*.ncpkg)")
                )
            if target is None:
                self.statusBar().showMessage(self.tr("Nothing was shared."), 6000)
                return
            try:
                path = sharing.write_package(self.store, made, target)
            except (StoreError, OSError) as exc:
                self.prompter.error(self, self.tr("The package was not written"), error_text(exc))
                return
            whom = ", ".join(c.name for c in made.recipients) or self.tr("whoever has the passphrase")
            self.statusBar().showMessage(
                self.tr("%n record(s) shared with %1, in %2", "", made.records)
                .replace("%1", whom)
                .replace("%2", str(path)),
                15000,
            )
            self.team.refresh()
            emit(self.package_shared, str(path))

        self._set_busy(True, self.tr("Sealing the package…"))
        self.operations.run(
            "share", lambda _ctx: work(), done, self._share_failed, label=self.tr("Making the package…"), writes=True
        )

    def _share_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._worker_failed(exc)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        """While a package is made or received: a busy cursor, the conflicting actions blocked."""
        for action in self._menu_actions:
            if action.objectName() in ("share_package", "receive_package", "exchange_settings"):
                action.setEnabled(not busy and not self.store.read_only)
        self.team.share_button.setEnabled(not busy and bool(self.team.model.rows))
        self.team.pick_up_button.setEnabled(not busy)
        if busy:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def receive_package(self) -> None:
        files = self.prompter.open_files(self, self.tr("Receive a package"))
        if files:
            self.receive_file(files[0])

    def receive_file(self, path: Path, passphrase: str | None = None) -> None:
        """Open, verify and compare a package off the GUI thread, then show what it would do."""
        if self.operations.writing():
            self.statusBar().showMessage(self.tr("Wait: another operation is running."), 5000)
            return
        store = self.store

        def work() -> exchange.Plan:
            data = sharing.read_file(path)
            writer = store.open_writer()
            try:
                return sharing.preview(writer, data, passphrase=passphrase)
            finally:
                writer.close()

        def done(p: exchange.Plan) -> None:
            self._set_busy(False)
            self.show_preview(p, path)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._refused(exc, path, passphrase)

        self._set_busy(True, self.tr("Opening %1…").replace("%1", path.name))
        self.operations.run("open package", lambda _ctx: work(), done, failed, label=self.tr("Opening the package…"))

    def _refused(self, exc: BaseException, path: Path, passphrase: str | None) -> None:
        title = self.tr("The package was not received")
        if isinstance(exc, PackageRefused) and exc.reason in ("passphrase_needed", "wrong_passphrase"):
            text = self.tr("This package is sealed with a passphrase. Type the passphrase it was given with.")
            if exc.reason == "wrong_passphrase":
                text = error_text(exc) + "\n\n" + text
            answer = self.prompter.passphrase(self, "unlock", self.tr("Receive a package"), text,
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
            if self.prompter.confirm(self, title, question):
                dialog = self.team.add_contact(package.card_text(exc.card))
                dialog.contact_added.connect(lambda _id: self.receive_file(path, passphrase))
            return
        if isinstance(exc, (PackageRefused, StoreError)):
            self.prompter.error(self, title, error_text(exc))
            return
        self._worker_failed(exc)

    def show_preview(self, p: exchange.Plan, path: Path | None = None) -> PreviewDialog:
        dialog = PreviewDialog(p, self, path.name if path else "")
        dialog.accepted.connect(lambda: self.apply_package(p, dialog.decisions(), path))
        dialog.open()
        emit(self.preview_shown, dialog)
        return dialog

    def apply_package(self, p: exchange.Plan, decisions: dict[tuple[str, str], str], path: Path | None) -> None:
        store = self.store

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
                self.team.set_waiting([(w, q) for w, q in self.team.waiting if w != path])

        self._set_busy(True, self.tr("Receiving…"))
        self.operations.run(
            "receive", lambda _ctx: work(), done, self._share_failed, label=self.tr("Receiving…"), writes=True
        )

    def _received(self, received: list[exchange.Received], batches: list[Batch]) -> None:
        for batch in batches:
            self.store.announce(batch)
        if any(not r.already for r in received):
            self.refresh_all()
            self.dashboard.refresh()
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
            self.statusBar().showMessage(text, 15000)
            emit(self.package_received, r)
        self.team.refresh()

    def open_waiting(self, path: str) -> None:
        """A package that waits for a decision: opened again, so that its preview is of the record as
        it is now (a plan made earlier is refused by the store if anything changed since)."""
        for where, _ in self.team.waiting:
            if str(where) == path:
                self.receive_file(where)
                return

    def _exchange_box(self, parent: QWidget) -> QGroupBox:
        """Settings ▸ Exchange: where packages travel between the laptops, and the button to change it."""
        box = QGroupBox(self.tr("Exchange with the other focal points"), parent)
        box.setObjectName("exchangeBox")
        folder = sharing.exchange_folder(self.store)
        if folder is None:
            said = self.tr("No exchange folder: packages are shared and received as files (File ▸ Share…, Receive…).")
        elif auto_exchange(self.settings):
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
        dialog = ExchangeDialog(self.store, self.settings, self.prompter, self)
        dialog.accepted.connect(self._arm_exchange)
        dialog.accepted.connect(self.team.refresh)
        dialog.open()
        return dialog

    def _arm_exchange(self) -> None:
        if auto_exchange(self.settings) and not self.store.read_only:
            self.exchange_timer.start()
        else:
            self.exchange_timer.stop()
            self.exchange_soon.stop()

    def exchange_tick(self, force: bool = False) -> bool:
        """Write what changed into the exchange folder and pick up what came, off the GUI thread.
        Run by the timers (and Pick up now); False when nothing was started."""
        if self.store.is_locked or self.store.read_only or not self.store.is_open or self.operations.busy():
            return False
        if not (force or auto_exchange(self.settings)) or sharing.exchange_folder(self.store) is None:
            return False
        store = self.store

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
            self.team.set_waiting(picked.waiting)
            self._received(picked.received, batches)
            if picked.refused:
                self.statusBar().showMessage(
                    self.tr("%n package(s) in the exchange folder refused: %1", "", len(picked.refused)).replace(
                        "%1", "; ".join(f"{p.name}: {message_text(t)}" for p, t in picked.refused)
                    ),
                    20000,
                )
            elif picked.waiting:
                self.statusBar().showMessage(
                    self.tr("%n package(s) wait for your decision (Team view).", "", len(picked.waiting)), 20000
                )
            elif made is not None and not picked.received:
                self.statusBar().showMessage(
                    self.tr("%n record(s) written to the exchange folder.", "", made.records), 8000
                )
            emit(self.exchange_picked_up, picked)

        def failed(exc: BaseException) -> None:  # shown, not modal: the work goes on
            self.statusBar().showMessage(
                self.tr("The exchange folder could not be read or written: %1").replace("%1", error_text(exc)), 15000
            )

        self.operations.run("exchange", lambda _ctx: work(), done, failed, label=self.tr("Exchanging…"), writes=True)
        return True

    def toggle_private(self, on: bool) -> None:
        """Edit ▸ Keep on this laptop only: the record is never put in a package."""
        rid = self.detail.record_id
        if not rid:
            return
        exchange.set_private(self.store, [rid], bool(on))
        self.detail.refresh()
        self._update_actions()
        self.statusBar().showMessage(
            self.tr("Kept on this laptop only: never shared.") if on else self.tr("Shared with your contacts again."),
            6000,
        )

    def _worker_failed(self, exc: BaseException) -> None:
        self.statusBar().clearMessage()
        self.prompter.error(self, self.tr("It did not work"), self._failure_text(exc))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.folder)))

    def about(self) -> None:
        text = self.tr(
            "<b>ncdesk %1</b><br>The offline desk of the focal points on non-cooperation of the Assembly of "
            "States Parties to the Rome Statute.<br><br>Data folder: %2<br>Database: %3<br>Reference data: %4"
        )
        for i, value in enumerate(
            (__version__, str(self.store.folder), str(self.store.path), self.store.reference_version() or "—"), start=1
        ):
            text = text.replace(f"%{i}", value)
        self.prompter.info(self, self.tr("About ncdesk"), text)

    # -- layout memory ----------------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        for view in self.views.values():
            view.restore_state(s)
        row = s.value("window/view")
        if row is not None:
            self.nav.setCurrentRow(int(row))

    def save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/view", self.nav.currentRow())
        for view in self.views.values():
            view.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.backup_timer.stop()
        self.exchange_timer.stop()
        self.exchange_soon.stop()
        self.operations.wait(10000)
        if self.store.is_open and not self.store.read_only and not self._converting:
            self._backup_on_close()
        super().closeEvent(event)

    def _backup_on_close(self) -> None:
        """What changed in this session, kept: made in a worker, with a progress dialog."""
        if not backups.needs_backup(self.store):
            return
        dialog = QProgressDialog(self.tr("Backing up before closing…"), "", 0, 0, self)
        dialog.setObjectName("closingBackup")
        dialog.setWindowTitle(self.tr("Closing ncdesk"))
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setMinimumDuration(300)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        try:
            self.operations.run_and_wait(
                "backup at close", lambda ctx: backups.auto_backup(ctx.reader()), label=self.tr("Backing up…")
            )
        except Exception as exc:  # noqa: BLE001 - said, and the window closes
            dialog.close()
            self.prompter.error(self, self.tr("No backup was made on closing"), self._failure_text(exc))
        dialog.close()


def open_window(store: Store, prompter: Prompter | None = None) -> MainWindow:
    window = MainWindow(store, prompter)
    window.show()
    return window


BACKUP_EVERY_MS = 10 * 60 * 1000
EXCHANGE_EVERY_MS = 5 * 60 * 1000
EXCHANGE_AFTER_CHANGE_MS = 60 * 1000


def _view_shortcut(i: int) -> str:
    """Ctrl+1 … Ctrl+9 for the first nine views, Ctrl+0 for the tenth (the Team)."""
    return f"Ctrl+{i + 1}" if i < 9 else "Ctrl+0"


__all__ = ["MainWindow", "open_window", "QWidget"]
