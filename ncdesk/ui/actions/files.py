"""Files: attachments, exports (JSON, CSV, Excel, calendar) and imports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from ncdesk.io import tabular
from ncdesk.store.file.errors import StoreError
from ncdesk.store.records import attachments
from ncdesk.store.store import Store
from ncdesk.ui.formatting import error_text
from ncdesk.ui.operations import Context
from ncdesk.ui.signals import emit

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up is shorter)
    from ncdesk.io.calendar import CalendarExport
    from ncdesk.store.records.attachments import StoredFile
    from ncdesk.ui.importer import ImportDialog
    from ncdesk.ui.mainwindow import MainWindow


class FileActions(QObject):
    """Files: attachments, exports (JSON, CSV, Excel, calendar) and imports."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def export_calendar(self) -> None:
        target = self.w.prompter.save_file(
            self.w, self.tr("Export the calendar"), str(Path.home() / "ncdesk.ics"), "iCalendar (*.ics)"
        )
        if target is None:
            return
        language = self.w.language  # the events in the window's language

        def work(ctx: Context) -> CalendarExport:
            from ncdesk.io.calendar import write_calendar

            return write_calendar(ctx.reader(), target, lang=language)

        def done(export: CalendarExport) -> None:
            from ncdesk.store.records.calendar_events import remember
            from ncdesk.ui.brief import record_export

            try:  # what was sent: the next export raises the sequence of what changed
                remember(self.w.store, export.events)
            except StoreError as exc:
                self.w.prompter.error(self.w, self.tr("The calendar was written but not recorded"), error_text(exc))
            count = export.count
            record_export(self.w, self.w.store, self.w.prompter, "calendar of visits and deadlines", target, fmt="ics",
                          records=count)  # fmt: skip
            self.w.statusBar().showMessage(self.tr("%n event(s) written to the calendar.", "", count), 8000)
            emit(self.w.calendar_exported, str(target))

        self.w.operations.run("export calendar", work, done, label=self.tr("Exporting…"))

    def attach_files(self, kind: str | None, record_id: str | None, files: list[Path] | None) -> None:
        if not kind or not record_id:
            return
        if files is None:
            files = self.w.prompter.open_files(self.w, self.tr("Attach files to this record"))
        from ncdesk.io.textextract import extract_text

        folder = self.w.store.folder
        key = attachments.file_key(self.w.store)

        def work() -> list[tuple[StoredFile, str]]:
            out = []
            for path in files or []:
                stored = attachments.copy_in(folder, path, key)
                out.append((stored, extract_text(path)))
            return out

        def done(result: list[tuple[StoredFile, str]]) -> None:
            last = ""
            for stored, text in result:
                last = attachments.record(self.w.store, kind, record_id, stored, text)
            if self.w.detail.record_id == record_id:
                self.w.detail.refresh()
            self.w.statusBar().showMessage(self.tr("%n file(s) attached.", "", len(result)), 5000)
            if last:
                emit(self.w.attachment_added, last)

        if files:
            self.w.statusBar().showMessage(self.tr("Attaching…"))
            self.w.operations.run(
                "attach", lambda _ctx: work(), done, self.w._worker_failed, label=self.tr("Attaching…"), writes=True
            )

    def open_attachment(self, attachment_id: str) -> None:
        att = self.w.store.get("attachment", attachment_id)
        if att is None:
            return
        path = attachments.stored_path(self.w.store, att)
        if not path.exists():
            self.w.prompter.error(
                self.w,
                self.tr("File missing"),
                self.tr("The file %1 is no longer in the data folder.").replace("%1", att["filename"]),
            )
            return
        if self.w.store.key is not None:
            self._save_attachment_copy(att)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _save_attachment_copy(self, att: dict[str, Any]) -> None:
        """Encrypted attachments are not opened from a plaintext temporary file: the user chooses
        where the decrypted copy goes (an export, recorded in the history)."""
        from ncdesk.store.file.atomic import atomic_write

        target = self.w.prompter.save_file(
            self.w,
            self.tr("Save a decrypted copy of %1").replace("%1", att["filename"]),
            str(Path.home() / att["filename"]),
            self.tr("All files (*)"),
        )
        if target is None:
            return
        try:
            data = attachments.read_bytes(self.w.store, att)
            with atomic_write(target, "wb", folder=self.w.store.folder) as fh:
                fh.write(data)
        except (StoreError, OSError) as exc:
            self.w.prompter.error(self.w, self.tr("The copy was not saved"), error_text(exc))
            return
        from ncdesk.ui.brief import record_export

        record_export(self.w, self.w.store, self.w.prompter, f"attachment {att['filename']}", target, fmt="file",
                      subjects=[att["record_id"]])  # fmt: skip
        self.w.statusBar().showMessage(self.tr("Saved a decrypted copy to %1").replace("%1", str(target)), 8000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def export_json(self) -> None:
        target = self.w.prompter.save_file(
            self.w, self.tr("Export everything as JSON"), str(Path.home() / "ncdesk-export.json"), "JSON (*.json)"
        )
        if target is None:
            return
        folder = self.w.store.folder
        from ncdesk.ui.brief import export_settings, record_export

        marking, counts = export_settings(self.w.settings)[0], {}

        def work() -> str:
            from ncdesk.io.export_json import write_json

            reader = Store.open_readonly(folder)
            try:
                counts.update(write_json(reader, target, marking))
            finally:
                reader.close()
            return str(target)

        def done(path: str) -> None:
            record_export(self.w, self.w.store, self.w.prompter, "every record", target, fmt="json", marking=marking,
                          records=sum(counts.values()))  # fmt: skip
            self.w.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)
            emit(self.w.export_finished, path)

        self.w.statusBar().showMessage(self.tr("Exporting…"))
        self.w.operations.run(
            "export json", lambda _ctx: work(), done, self.w._worker_failed, label=self.tr("Exporting…")
        )

    def _save_template(self, kind: str) -> None:
        from ncdesk.ui import importer

        importer.save_template(self.w, self.w.prompter, kind)

    def import_records(self) -> ImportDialog:
        from ncdesk.ui.importer import ImportDialog

        dialog = ImportDialog(self.w.store, self.w.prompter, self.w)
        dialog.open()
        return dialog

    def export_tables(self, suffix: str) -> None:
        """Excel: a sheet per kind; CSV: the kind of the table shown."""
        from ncdesk.ui import importer

        kind: str | None = getattr(self.w.current_view(), "kind", None)
        if suffix == ".csv" and kind not in tabular.KINDS:
            self.w.statusBar().showMessage(
                self.tr("Open the table of persons, findings, travel alerts, letters or activities first."), 6000
            )
            return
        kinds = [kind] if suffix == ".csv" and kind is not None else list(tabular.KINDS)
        target = self.w.prompter.save_file(
            self.w,
            self.tr("Export as CSV") if suffix == ".csv" else self.tr("Export as an Excel workbook"),
            importer.suggested_name(kind if suffix == ".csv" else None, suffix),
            "CSV (*.csv)" if suffix == ".csv" else self.tr("Excel workbook (*.xlsx)"),
        )
        if target is None:
            return
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)

        from ncdesk.ui.brief import export_settings, record_export

        marking = export_settings(self.w.settings)[0] if suffix == ".xlsx" else None
        counts: dict[str, int] = {}

        def done(path: str) -> None:
            what = ("table of " if len(kinds) == 1 else "tables of ") + ", ".join(
                tabular.sheet_name(k).lower() for k in kinds
            )
            record_export(
                self.w, self.w.store, self.w.prompter, what, target, marking=marking, records=sum(counts.values())
            )
            self.w.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)
            emit(self.w.export_finished, path)

        store = self.w.store

        def work() -> str:
            counts.update(importer.export_tables(store, target, kinds, marking))
            return str(target)

        self.w.statusBar().showMessage(self.tr("Exporting…"))
        self.w.operations.run(
            "export tables", lambda _ctx: work(), done, self.w._worker_failed, label=self.tr("Exporting…")
        )
