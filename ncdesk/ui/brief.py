"""Brief…: choose the marking and the paper, preview, save. The note is built and rendered in a
worker thread over a read-only connection, so the window stays responsive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ncdesk.core.dates import DateError, parse_day
from ncdesk.core.text import said
from ncdesk.io.briefing.model import MARKINGS, ExportOptions
from ncdesk.store.file.errors import StoreError
from ncdesk.store.records.lookup import title_of
from ncdesk.store.store import Store
from ncdesk.ui.formatting import error_text, format_date, message_text
from ncdesk.ui.i18n import LANGUAGES, SETTING, current_language, system_language
from ncdesk.ui.prompts import Prompter
from ncdesk.ui.signals import emit
from ncdesk.ui.workers import Runner

NOTE_KIND = {
    "state": "state",
    "person": "person",
    "icc_case": "case",
    "situation": "situation",
    "travel_alert": "alert",
}


def export_settings(settings: QSettings) -> tuple[str, str]:
    marking = str(settings.value("export/marking", "Restricted") or "Restricted")
    paper = str(settings.value("export/paper", "a4") or "a4")
    return marking, paper if paper in ("a4", "letter") else "a4"


def chosen_marking(box: QComboBox) -> str:
    """The marking chosen ("Restricted", one of the proposed ones, whatever the window's language) or typed."""
    text = box.currentText().strip()
    found = box.findText(text)
    return str(box.itemData(found)) if found >= 0 and box.itemData(found) else text or "Restricted"


def export_choosers(
    settings: QSettings, parent: QWidget, marking_name: str, paper_name: str
) -> tuple[QComboBox, QComboBox]:
    """The classification marking (editable) and paper choosers, set to the saved defaults."""
    marking, paper = export_settings(settings)
    markings = QComboBox(parent)
    markings.setObjectName(marking_name)
    markings.setEditable(True)
    for m in MARKINGS:  # the proposed markings in the window's language; the document prints them in its own
        markings.addItem(QCoreApplication.translate("briefing", m), m)
    found = markings.findData(marking)
    if found >= 0:
        markings.setCurrentIndex(found)
    else:
        markings.setCurrentText(marking)
    papers = QComboBox(parent)
    papers.setObjectName(paper_name)
    papers.addItem(QCoreApplication.translate("BriefDialog", "A4"), "a4")
    papers.addItem(QCoreApplication.translate("BriefDialog", "US Letter"), "letter")
    papers.setCurrentIndex(max(papers.findData(paper), 0))
    return markings, papers


def record_export(parent: QWidget, store: Store, prompter: Prompter, what: str, target: Path, **details: Any) -> bool:
    """Record an export just written in the history (store/records/exports.py); when the database cannot
    take it, say so: the file is there, but nobody would know it was taken out."""
    from ncdesk.store.records import exports

    try:
        exports.record_export(store, what, target, **details)
    except StoreError as exc:
        prompter.error(
            parent, QCoreApplication.translate("BriefDialog", "The export was not recorded"), error_text(exc)
        )
        return False
    return True


class PreviewDialog(QDialog):
    """The pages as they will be saved, one under the other."""

    def __init__(self, images: list[QImage], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", title))
        self.setObjectName("previewDialog")
        self.resize(860, 1000)
        self.images = images
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setSpacing(14)
        for image in images:
            page = QLabel(inner)
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("border: 1px solid #b9c4d3; background: white;")
            column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setObjectName("previewPages")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("background: #5f6b7a;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)

    def page_count(self) -> int:
        return len(self.images)


class BriefDialog(QDialog):
    """Export one note, a meeting pack, or the report draft."""

    exported = Signal(str)  # path
    previewed = Signal(int)  # pages

    def __init__(  # noqa: PLR0915 - a window built in one place: a statement per widget and connection
        self,
        store: Store,
        refs: list[tuple[str, str]] | None,
        settings: QSettings,
        prompter: Prompter,
        parent: QWidget | None = None,
        report: bool = False,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.refs = refs or []
        self.report = report
        self.prompter = prompter
        self.runner = Runner(self)
        self.preview: PreviewDialog | None = None
        self._recording: tuple[str, str, list[str]] = ("", "", [])
        self.setObjectName("briefDialog")
        self.setMinimumWidth(460)
        if report:
            self.setWindowTitle(self.tr("Draft report of the Bureau"))
        elif len(self.refs) > 1:
            self.setWindowTitle(self.tr("Meeting pack of %n note(s)", "", len(self.refs)))
        else:
            self.setWindowTitle(self.tr("Briefing note: %1").replace("%1", title))
        self.subject = QLabel(self)
        self.subject.setObjectName("briefSubject")
        self.subject.setWordWrap(True)
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        if report:
            self.subject.setText(
                self.tr("The Bureau's report on non-cooperation (sections II to VII) for the period below.")
            )
        else:
            self.subject.setText(
                self.tr("Notes on: %1").replace(
                    "%1", title if title and len(self.refs) == 1 else "; ".join(self._title(k, i) for k, i in self.refs)
                )
            )
        self.marking, self.paper = export_choosers(settings, self, "marking", "paper")
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        self.format.addItem("PDF", ".pdf")
        self.format.addItem(self.tr("Word (.docx)"), ".docx")
        self.language = language_chooser(self, current_language())
        form = QFormLayout()
        form.addRow(self.tr("Classification marking"), self.marking)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language of the document"), self.language)
        today = dt.date.today()
        self.date_from = QLineEdit(dt.date(today.year - 1, 12, 1).isoformat(), self)
        self.date_from.setObjectName("from")
        self.date_to = QLineEdit(today.isoformat(), self)
        self.date_to.setObjectName("to")
        if report:
            form.addRow(self.tr("From"), self.date_from)
            form.addRow(self.tr("To"), self.date_to)
        else:
            self.date_from.hide()
            self.date_to.hide()
        self.status = QLabel(self)
        self.status.setObjectName("briefStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.start_preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.start_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(
            lambda _=None: self.preview_button.setEnabled(self.format.currentData() == ".pdf")
        )

    def _title(self, kind: str, record_id: str) -> str:
        record = self.store.get(kind, record_id)
        if record is None:
            return record_id
        if kind == "travel_alert":
            return self.tr("travel alert %1").replace("%1", record_id[:8])
        return title_of(kind, record)

    def options(self) -> ExportOptions:
        marking = chosen_marking(self.marking)
        return ExportOptions(marking=marking, paper=self.paper.currentData(), language=self.language.currentData())

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = parse_day(self.date_from.text()), parse_day(self.date_to.text())
        if end < start:
            raise DateError(
                self.tr("The period ends (%1) before it starts (%2).")
                .replace("%1", format_date(end.isoformat()))
                .replace("%2", format_date(start.isoformat()))
            )
        return start, end

    def _job(self, fmt: str, preview: bool = False) -> Callable[[], object]:
        """The work for the thread: the document laid out in a child process (ui/briefing/child:
        Qt's layout holds Python's lock for a second on a long note, which would freeze the
        window), its bytes or the preview's page images."""
        from ncdesk.io.briefing import child

        period = self.period() if self.report else None
        spec = child.job(
            self.store.folder,
            self.store.key,
            fmt,
            self.options(),
            refs=[(NOTE_KIND.get(k, k), rid) for k, rid in self.refs],
            period=(period[0].isoformat(), period[1].isoformat()) if period else None,
            preview=preview,
        )

        def work() -> object:
            made = child.run(spec)
            if preview:
                assert isinstance(made, list), "a preview is its pages"
                return [QImage.fromData(page) for page in made]  # PNG, read from the data's signature
            return made

        return work

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.progress.show()
        self.buttons.setEnabled(False)

    def _idle(self, text: str = "") -> None:
        self.status.setText(text)
        self.progress.hide()
        self.buttons.setEnabled(True)

    def start_preview(self) -> None:
        try:
            job = self._job(".pdf", preview=True)
        except DateError as exc:
            self._idle(message_text(said(exc)))
            return
        self._busy(self.tr("Preparing the preview…"))
        self.runner.run(job, self._show_preview, self._failed)

    def _show_preview(self, images: list[QImage]) -> None:
        self._idle()
        self.preview = PreviewDialog(images, self.windowTitle(), self)
        self.preview.show()
        emit(self.previewed, self.preview.page_count())

    def start_save(self) -> None:
        fmt = self.format.currentData()
        suggested = str(Path.home() / f"ncdesk-{dt.date.today().isoformat()}{fmt}")
        target = self.prompter.save_file(
            self, self.tr("Save"), suggested, "PDF (*.pdf)" if fmt == ".pdf" else "Word (*.docx)"
        )
        if target is None:
            return
        if target.suffix.lower() != fmt:
            target = target.with_suffix(fmt)
        try:
            from ncdesk.io.briefing.export import check_target, describe

            check_target(target)
            job = self._job(fmt)
            refs = [(NOTE_KIND.get(k, k), rid) for k, rid in self.refs]
            what = describe(self.store, period=self.period()) if self.report else describe(self.store, refs)
        except (ValueError, DateError) as exc:
            self._idle(error_text(exc))
            return
        self._recording = (what, self.options().marking, [rid for _, rid in self.refs])

        def work() -> str:
            from ncdesk.store.file.atomic import atomic_write

            data = job()
            assert isinstance(data, bytes)
            with atomic_write(target, "wb", encoding=None, folder=self.store.folder) as fh:
                fh.write(data)
            return str(target)

        self._busy(self.tr("Writing %1…").replace("%1", str(target)))
        self.runner.run(work, self._saved, self._failed)

    def _saved(self, path: str) -> None:
        what, marking, subjects = self._recording
        recorded = record_export(self, self.store, self.prompter, what, Path(path), marking=marking, subjects=subjects)
        text = self.tr("Saved %1") if recorded else self.tr("Saved %1 (not recorded in the history)")
        self._idle(text.replace("%1", path))
        emit(self.exported, path)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionError):
            message = self.tr(
                "The file cannot be written (no permission, or it is open in another program). "
                "Any existing file was left as it was."
            )
        else:
            message = error_text(exc)
        self._idle(message)
        self.prompter.error(self, self.tr("The document could not be written"), message)


def language_chooser(parent: QWidget, current: str, system: str = "") -> QComboBox:
    """The four languages, each in its own words; with *system*, "the system's" first."""
    box = QComboBox(parent)
    box.setObjectName("language")
    if system:
        words = QCoreApplication.translate("SettingsDialog", "The system's (%1)")
        box.addItem(words.replace("%1", LANGUAGES[system]), "")
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


class SettingsDialog(QDialog):
    """Settings: the window's language; the classification marking and paper proposed for every export."""

    language_chosen = Signal(str)  # "" for the system's

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.marking, self.paper = export_choosers(settings, self, "defaultMarking", "defaultPaper")
        self.language = language_chooser(self, str(settings.value(SETTING, "") or ""), system_language())
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Classification marking of exports"), self.marking)
        form.addRow(self.tr("Paper"), self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.settings.setValue("export/marking", chosen_marking(self.marking))
        self.settings.setValue("export/paper", self.paper.currentData())
        language = self.language.currentData()
        changed = language != str(self.settings.value(SETTING, "") or "")
        self.settings.setValue(SETTING, language)
        self.settings.sync()
        self.accept()
        if changed:
            emit(self.language_chosen, language)
