"""Records: the add and edit forms, delete and restore, undo and redo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ncdesk.core.forms import FORMS
from ncdesk.ui.labels import change_text
from ncdesk.ui.operations import Context
from ncdesk.ui.signals import emit
from ncdesk.ui.views import SituationsView

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up is shorter)
    from ncdesk.ui.forms import RecordForm
    from ncdesk.ui.mainwindow import MainWindow


class RecordActions(QObject):
    """Records: the add and edit forms, delete and restore, undo and redo."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def form(
        self,
        kind: str,
        record_id: str | None = None,
        defaults: dict[str, Any] | None = None,
        saver: Any = None,
    ) -> RecordForm:
        from ncdesk.ui.forms import RecordForm

        form = RecordForm(self.w.store, kind, record_id, defaults, self.w, saver)
        form.record_saved.connect(lambda k, i, f=form: self._saved(k, i, getattr(f, "return_to", None)))
        form.open_requested.connect(lambda k, i: self.w.open_record(k, i))
        return form

    def _saved(self, kind: str, record_id: str, return_to: tuple[str, str] | None = None) -> None:
        # The views showing what was saved were told by the store's batch (`_committed`).
        target_kind, target_id = return_to or (kind, record_id)
        if return_to:
            pass
        elif kind == "warrant":
            target_kind, target_id = "person", self.w.store.require("warrant", record_id)["person_id"]
        elif kind == "party_event":
            target_kind, target_id = "state", self.w.store.require("party_event", record_id)["state_id"]
        elif kind == "court_share":
            target_kind, target_id = "travel_alert", self.w.store.require("court_share", record_id)["alert_id"]
        elif kind == "procedure_step":
            step = self.w.store.require("procedure_step", record_id)
            target_kind, target_id = step["target_kind"], step["target_id"]
        elif kind == "deadline":
            d = self.w.store.require("deadline", record_id)
            target_kind, target_id = d["record_kind"], d["record_id"]
        self.w.open_record(target_kind, target_id)
        emit(self.w.record_saved, kind, record_id)
        self.w.statusBar().showMessage(self.tr("Saved."), 4000)

    def new_record(self, kind: str, defaults: dict[str, Any] | None = None, saver: Any = None) -> RecordForm:
        form = self.form(kind, None, defaults, saver)
        form.open()
        return form

    def new_in_view(self) -> RecordForm | None:
        view = self.w.current_view()
        kind = "situation" if isinstance(view, SituationsView) else view.kind
        if kind not in FORMS:
            self.w.statusBar().showMessage(self.tr("Records of this kind are not added by hand."), 5000)
            return None
        return self.new_record(kind)

    def edit_record(self, kind: str | None, record_id: str | None) -> RecordForm | None:
        if not kind or not record_id or kind not in FORMS:
            return None
        form = self.form(kind, record_id)
        form.open()
        return form

    def add_warrant(self) -> RecordForm | None:
        if self.w.detail.kind != "person" or not self.w.detail.record_id:
            return None
        return self.new_record(
            "warrant", {"person_id": self.w.detail.record_id, "kind": "arrest_warrant", "status": "at_large"}
        )

    def add_party_event(self) -> RecordForm | None:
        if self.w.detail.kind != "state" or not self.w.detail.record_id:
            return None
        return self.new_record("party_event", {"state_id": self.w.detail.record_id})

    def delete_record(self) -> bool:
        kind, rid = self.w.detail.kind, self.w.detail.record_id
        if not kind or not rid or not self.w.detail.current:
            return False
        title = self.w.detail.current.title
        question = self.tr(
            "Delete “%1”? It disappears from the tables and the search; Edit ▸ Restore brings it back."
        ).replace("%1", title)
        if not self.w.prompter.confirm(self.w, self.tr("Delete record"), question):
            return False
        self.w.store.delete(kind, rid)
        self.w.detail.show_record(kind, rid)
        self.w._update_actions()
        return True

    def restore_record(self) -> None:
        kind, rid = self.w.detail.kind, self.w.detail.record_id
        if kind and rid:
            self.w.store.restore(kind, rid)
            self.w.open_record(kind, rid)

    def undo(self) -> bool:
        return self._revert(undo=True)

    def redo(self) -> bool:
        return self._revert(undo=False)

    def _revert(self, *, undo: bool) -> bool:
        """Undo (or redo) the last change, in a worker: an import of 10,000 rows is undone as
        one change, and the window stays live meanwhile."""
        from ncdesk.store.file.history import revert

        stack = self.w.undo_stack
        side, other = (stack.undo, stack.redo) if undo else (stack.redo, stack.undo)
        label = stack.undo_label(self.w.store) if undo else stack.redo_label(self.w.store)
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
            kind, rid = self.w.detail.kind, self.w.detail.record_id
            if kind and rid and self.w.store.get(kind, rid, include_deleted=True) is None:
                self.w.detail.show_record(None, None)  # the record it made is gone again
            self.w._update_actions()
            self.w.statusBar().showMessage(said.replace("%1", change_text(label)), 6000)

        def failed(exc: BaseException) -> None:
            self.w.prompter.error(self.w, self.tr("It cannot be undone"), self.w._failure_text(exc))

        return self.w.operations.run(
            "undo" if undo else "redo", work, done, failed, writes=True,
            label=self.tr("Undoing…") if undo else self.tr("Redoing…"),
        )  # fmt: skip
