"""Briefing notes, meeting packs and the report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ncdesk.ui.brief import NOTE_KIND, BriefDialog
from ncdesk.ui.signals import emit

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up is shorter)
    from ncdesk.ui.mainwindow import MainWindow


class BriefActions(QObject):
    """Briefing notes, meeting packs and the report."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def brief_record(self) -> BriefDialog | None:
        kind, rid = self.w.detail.kind, self.w.detail.record_id
        if not kind or not rid or kind not in NOTE_KIND or not self.w.detail.current:
            return None
        return self._brief([(kind, rid)], title=self.w.detail.current.title)

    def brief_selection(self) -> BriefDialog | None:
        refs = self.w.selected_records()
        if not refs and self.w.detail.kind in NOTE_KIND and self.w.detail.record_id:
            refs = [(self.w.detail.kind, self.w.detail.record_id)]
        if not refs:
            self.w.statusBar().showMessage(self.tr("Select States, persons, cases, situations or alerts first."), 6000)
            return None
        return self._brief(refs, title="")

    def draft_report(self) -> BriefDialog:
        dialog = BriefDialog(self.w.store, None, self.w.settings, self.w.prompter, self.w, report=True)
        dialog.exported.connect(lambda path: emit(self.w.brief_exported, path))
        dialog.open()
        return dialog

    def _brief(self, refs: list[tuple[str, str]], title: str) -> BriefDialog:
        dialog = BriefDialog(self.w.store, refs, self.w.settings, self.w.prompter, self.w, title=title)
        dialog.exported.connect(lambda path: emit(self.w.brief_exported, path))
        dialog.open()
        return dialog
