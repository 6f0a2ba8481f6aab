"""The main window: navigation, the master tables, the detail pane, menus and shortcuts. What it
remembers between sessions is ui/layout_memory.py's; its actions, by domain, are in ui/actions/."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ncdesk import __version__
from ncdesk.core.forms import FORMS
from ncdesk.io import tabular
from ncdesk.store.file.history import Batch, Touched, UndoStack
from ncdesk.store.records import exchange_peers
from ncdesk.store.records.merge import resolve as resolve_merged
from ncdesk.store.store import Store
from ncdesk.ui.actions.alerts import AlertActions
from ncdesk.ui.actions.backups import BackupActions
from ncdesk.ui.actions.briefs import BriefActions
from ncdesk.ui.actions.exchange import ExchangeActions
from ncdesk.ui.actions.files import FileActions
from ncdesk.ui.actions.records import RecordActions
from ncdesk.ui.actions.security import SecurityActions
from ncdesk.ui.brief import NOTE_KIND, SettingsDialog
from ncdesk.ui.clipboard import ClipboardGuard, copy_selection
from ncdesk.ui.dashboard import DashboardView
from ncdesk.ui.detail import DetailPane
from ncdesk.ui.formatting import failure_text, isolated, message_text
from ncdesk.ui.history import NavigationHistory
from ncdesk.ui.i18n import SETTING, apply_language, chosen_language, current_language
from ncdesk.ui.labels import change_text, kind_label
from ncdesk.ui.layout_memory import LayoutMemory
from ncdesk.ui.models import ID_ROLE, KIND_ROLE
from ncdesk.ui.operations import Operations
from ncdesk.ui.prompts import Prompter
from ncdesk.ui.search import SearchDialog
from ncdesk.ui.security import IdleWatcher, LockedPanel, SecurityBox
from ncdesk.ui.signals import emit
from ncdesk.ui.team import TeamView
from ncdesk.ui.team_folder import auto_exchange
from ncdesk.ui.views import FindingsView, RecordView, SituationsView

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


class MainWindow(LayoutMemory):
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

    def __init__(self, store: Store, prompter: Prompter | None = None, settings: QSettings | None = None) -> None:  # noqa: PLR0915 - a window built in one place: a statement per widget and connection
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
        # The actions, by domain (ui/actions/).
        self.alert_actions = AlertActions(self)
        self.record_actions = RecordActions(self)
        self.security_actions = SecurityActions(self)
        self.backup_actions = BackupActions(self)
        self.file_actions = FileActions(self)
        self.exchange_actions = ExchangeActions(self)
        self.brief_actions = BriefActions(self)
        self._stale: set[str] = set()  # views hidden when something they show changed
        self._detail_soon = QTimer(self)
        self._detail_soon.setSingleShot(True)
        self._detail_soon.setInterval(0)
        self._detail_soon.timeout.connect(self._refresh_detail)
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
        self.dashboard.loader = self._read_rows  # read again in a worker after a change
        self.dashboard.new_alert_requested.connect(self.alert_actions.new_alert)
        self.dashboard.calendar_requested.connect(self.file_actions.export_calendar)
        self.team.share_requested.connect(self.exchange_actions.share_package)
        self.team.pick_up_requested.connect(lambda: self.exchange_actions.exchange_tick(force=True))
        self.team.waiting_opened.connect(self.exchange_actions.open_waiting)

        self.detail = DetailPane(store, self)
        self.detail.setObjectName("detailPane")
        self.detail.record_link_activated.connect(self.open_record)
        self.detail.attachment_activated.connect(self.file_actions.open_attachment)
        self.detail.files_dropped.connect(self.file_actions.attach_files)
        self.detail.edit_requested.connect(self.record_actions.edit_record)
        self.detail.attach_requested.connect(lambda k, i: self.file_actions.attach_files(k, i, None))

        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([190, 720, 520])
        self.locked_panel = LockedPanel(self)
        self.locked_panel.unlock_requested.connect(self.security_actions.unlock)
        self.central = QStackedWidget(self)
        self.central.setObjectName("central")
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.locked_panel)
        # While an encryption change runs (the database closed): what is happening, no records.
        self.working_panel = QLabel(self)
        self.working_panel.setObjectName("workingPanel")
        self.working_panel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.working_panel.setWordWrap(True)
        self.central.addWidget(self.working_panel)
        self.setCentralWidget(self.central)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.security_actions.lock)
        self.idle.session_locked.connect(self.security_actions.lock)
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
        self.backup_timer.timeout.connect(self.backup_actions.periodic_backup)
        self.backup_timer.start()
        # The exchange folder: outgoing packages shortly after a change, pick-up every few minutes.
        self.exchange_timer = QTimer(self)
        self.exchange_timer.setInterval(EXCHANGE_EVERY_MS)
        self.exchange_timer.timeout.connect(self.exchange_actions.exchange_tick)
        self.exchange_soon = QTimer(self)
        self.exchange_soon.setSingleShot(True)
        self.exchange_soon.setInterval(EXCHANGE_AFTER_CHANGE_MS)
        self.exchange_soon.timeout.connect(self.exchange_actions.exchange_tick)
        self._build_menus()
        self.detail.brief_button.clicked.connect(self.brief_actions.brief_record)
        self._add_context_actions()
        self.nav.setCurrentRow(0)
        self._restore()
        self._update_actions()
        self.status_label.setText(self.tr("Data folder: %1").replace("%1", isolated(str(store.folder))))
        self.security_actions._arm_idle_lock()
        if store.read_only:
            self._read_only_mode()
        else:
            self.exchange_actions._arm_exchange()
            if auto_exchange(self.settings):
                QTimer.singleShot(0, self.exchange_actions.exchange_tick)  # what arrived while ncdesk was closed

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
        self,
        menu: QMenu,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
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

    def _build_menus(self) -> None:  # noqa: PLR0915 - a window built in one place: a statement per widget and connection
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        new_menu = file_menu.addMenu(self.tr("&New"))
        for kind in ("situation", "icc_case", "person", "finding"):
            self._action(
                new_menu,
                kind_label(kind) + "…",
                lambda _=False, k=kind: self.record_actions.new_record(k),
                name=f"new_{kind}",
            )
        self.act_new = self._action(
            file_menu,
            self.tr("New record of this kind…"),
            self.record_actions.new_in_view,
            QKeySequence.StandardKey.New,
            "new_here",
        )
        file_menu.addSeparator()
        self.act_attach = self._action(
            file_menu,
            self.tr("&Attach file to this record…"),
            lambda: self.file_actions.attach_files(self.detail.kind, self.detail.record_id, None),
            "Ctrl+Shift+A",
            "attach",
        )
        self.act_brief = self._action(
            file_menu, self.tr("&Brief this record…"), self.brief_actions.brief_record, "Ctrl+B", "brief"
        )
        self.act_pack = self._action(
            file_menu,
            self.tr("Meeting &pack of the selected records…"),
            self.brief_actions.brief_selection,
            "Ctrl+Shift+B",
            "pack",
        )
        self._action(
            file_menu, self.tr("Draft &report of the Bureau…"), self.brief_actions.draft_report, "Ctrl+R", "report"
        )
        file_menu.addSeparator()
        self.act_export = self._action(
            file_menu,
            self.tr("&Export everything as JSON…"),
            self.file_actions.export_json,
            "Ctrl+Shift+E",
            "export_json",
        )
        self._action(file_menu, self.tr("&Import…"), self.file_actions.import_records, "Ctrl+I", "import")
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("S&hare…"), self.exchange_actions.share_package, "Ctrl+Shift+X", "share_package"
        )
        self._action(
            file_menu, self.tr("Recei&ve…"), self.exchange_actions.receive_package, "Ctrl+Shift+R", "receive_package"
        )
        self._action(
            file_menu,
            self.tr("Exchange &folder…"),
            self.exchange_actions.open_exchange_settings,
            None,
            "exchange_settings",
        )
        xlsx, csv = self.tr("Export as E&xcel workbook…"), self.tr("Export this table as &CSV…")
        self._action(file_menu, xlsx, lambda: self.file_actions.export_tables(".xlsx"), None, "export_xlsx")
        self._action(file_menu, csv, lambda: self.file_actions.export_tables(".csv"), None, "export_csv")
        templates = file_menu.addMenu(self.tr("Save an import &template"))
        for kind in tabular.KINDS:
            save = lambda _=False, k=kind: self.file_actions._save_template(k)  # noqa: E731
            self._action(templates, kind_label(kind, plural=True) + "…", save, None, f"template_{kind}")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Back up now"), self.backup_actions.backup_now, "Ctrl+Shift+K", "backup_now")
        self._action(file_menu, self.tr("Res&tore a backup…"), self.backup_actions.open_restore, None, "restore_backup")
        self._action(file_menu, self.tr("Open the data &folder"), self.open_data_folder, None, "open_folder")
        self._action(file_menu, self.tr("&Settings…"), self.open_settings, "Ctrl+,", "settings")
        self.act_lock = self._action(file_menu, self.tr("&Lock now"), self.security_actions.lock, "Ctrl+L", "lock")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self._action(
            edit_menu, self.tr("&Undo"), self.record_actions.undo, QKeySequence.StandardKey.Undo, "undo"
        )
        self.act_redo = self._action(edit_menu, self.tr("&Redo"), self.record_actions.redo, "Ctrl+Shift+Z", "redo")
        edit_menu.addSeparator()
        self.act_copy = self._action(
            edit_menu, self.tr("&Copy"), self.copy_selection, QKeySequence.StandardKey.Copy, "copy"
        )
        edit_menu.addSeparator()
        self.act_edit = self._action(
            edit_menu,
            self.tr("&Edit this record…"),
            lambda: self.record_actions.edit_record(self.detail.kind, self.detail.record_id),
            "Ctrl+E",
            "edit",
        )
        self.act_add_warrant = self._action(
            edit_menu,
            self.tr("Add a &warrant to this person…"),
            self.record_actions.add_warrant,
            "Ctrl+Shift+W",
            "add_warrant",
        )
        self.act_add_event = self._action(
            edit_menu,
            self.tr("Add a &party-status event to this State…"),
            self.record_actions.add_party_event,
            "Ctrl+Shift+P",
            "add_party_event",
        )
        self.act_delete = self._action(
            edit_menu,
            self.tr("&Delete this record…"),
            self.record_actions.delete_record,
            QKeySequence.StandardKey.Delete,
            "delete",
        )
        self.act_restore = self._action(
            edit_menu, self.tr("&Restore this record"), self.record_actions.restore_record, None, "restore"
        )
        self.act_private = self._action(
            edit_menu, self.tr("&Keep on this laptop only"), self.exchange_actions.toggle_private, None, "keep_private"
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
        self.act_new_alert = act(
            record_menu, self.tr("&New travel alert…"), self.alert_actions.new_alert, "Ctrl+T", "new_alert"
        )
        self.act_step = act(
            record_menu, self.tr("Next &step of this alert…"), self.alert_actions.next_step, "Ctrl+Shift+S", "next_step"
        )
        self.act_share = act(
            record_menu, self.tr("Shared with the &Court…"), self.alert_actions.share_alert, "Ctrl+Shift+C", "share"
        )
        self.act_letter = act(
            record_menu,
            self.tr("Record the President's &letter…"),
            self.alert_actions.record_letter,
            "Ctrl+Shift+L",
            "record_letter",
        )
        self.act_draft = act(
            record_menu,
            self.tr("&Draft the letter (Word)…"),
            self.alert_actions.draft_letter,
            "Ctrl+Shift+D",
            "draft_letter",
        )
        self.act_reopen = act(
            record_menu, self.tr("&Reopen this alert"), self.alert_actions.reopen_alert, None, "reopen"
        )
        self.act_merge = act(record_menu, self.tr("&Merge with…"), self.alert_actions.merge_with, None, "merge_with")
        record_menu.addSeparator()
        self.act_procedure = act(
            record_menu,
            self.tr("Add a &procedure step…"),
            self.alert_actions.add_procedure_step,
            None,
            "procedure_step",
        )
        self.act_deadline = act(
            record_menu, self.tr("Add a dead&line…"), self.alert_actions.add_deadline, None, "deadline"
        )
        act(
            record_menu,
            self.tr("New &activity…"),
            lambda: self.record_actions.new_record("activity"),
            None,
            "new_activity",
        )
        record_menu.addSeparator()
        self._action(
            record_menu, self.tr("Export the &calendar (.ics)…"), self.file_actions.export_calendar, None, "calendar"
        )
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
                                    and exchange_peers.is_private(self.store, rid or ""))  # fmt: skip
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
        from ncdesk.store.file.errors import read_only_note

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
        record_id = resolve_merged(self.store, kind, record_id)  # a record merged away: the one kept
        shown = self.detail.show_record(kind, record_id)
        self._detail_soon.stop()  # just read
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
        self._refresh_detail()

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
        # The detail pane once this turn of the event loop is over, unless a record is opened
        # meanwhile (a save opens the record saved: it was read twice, 120 ms for a person at 10×).
        self._detail_soon.start()
        self._update_actions()

    def _refresh_detail(self) -> None:
        self._detail_soon.stop()
        self.detail.refresh()
        self._update_actions()

    def _view_shown(self, row: int) -> None:
        key = list(self.views)[row] if 0 <= row < len(self.views) else None
        if key in self._stale:
            self._stale.discard(key)
            self.views[key].refresh()

    def _read_rows(self, name: str, work: Any, done: Any) -> None:
        """A view read in a worker: a table's ids (a sort, a filter, an edit that may move rows),
        the dashboard."""
        self.operations.run(name, work, done, label=self.tr("Reading the table…"))

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    # -- briefing notes -----------------------------------------------------------------------

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

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        box = SecurityBox(self, self.settings, self.security_actions.encrypted(), dialog)
        dialog.security = box  # type: ignore[attr-defined]  # tests reach the box here; settings.py knows no SecurityBox
        layout = dialog.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(layout.count() - 1, box)
            layout.insertWidget(layout.count() - 1, self.exchange_actions._exchange_box(dialog))
        dialog.accepted.connect(box.save)
        dialog.accepted.connect(self.security_actions._arm_idle_lock)
        dialog.language_chosen.connect(self.set_language)
        dialog.open()
        return dialog

    # -- encryption and the idle lock ---------------------------------------------------------

    def _quiesce(self) -> None:
        """Let background work finish, and its results be delivered, before the database is
        closed or converted."""
        self.operations.wait()
        QApplication.sendPostedEvents()

    # -- undo, backups, restore -----------------------------------------------------------

    def _committed(self, batch: Batch) -> None:
        self.undo_stack.pushed(batch)
        self.refresh_changed(batch.touched)
        if batch.kind != "receive" and self.exchange_timer.isActive():
            self.exchange_soon.start()  # restarted by each change: one package after a burst of edits

    def _failure_text(self, exc: BaseException) -> str:
        return failure_text(exc, self.store.path)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.backup_timer.stop()
        self.exchange_timer.stop()
        self.exchange_soon.stop()
        self.operations.wait(10000)
        if self.store.is_open and not self.store.read_only and not self.security_actions.converting:
            self.backup_actions._backup_on_close()
        super().closeEvent(event)


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
