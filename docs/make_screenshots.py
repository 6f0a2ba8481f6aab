"""Screenshots of the real application for the README and for review.

    .venv/bin/python docs/make_screenshots.py [OUTPUT_FOLDER]

Opens ncdesk over a fresh data folder (the shipped reference data), offscreen, and saves a
PNG of each view and dialog into docs/images/ (or OUTPUT_FOLDER). Nothing is written to the
user's own data folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCREEN = HERE.parent / "tests" / "offscreen-screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
os.environ.setdefault("LANG", "C.UTF-8")


def main(out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ncdesk.store.reference import ref_id
    from ncdesk.store.store import Store
    from ncdesk.ui.fonts import default_font, load_fonts
    from ncdesk.ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts()
    app.setFont(default_font())  # type: ignore[union-attr]
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "data")
        window = MainWindow(store, settings=QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1600, 940)
        window.show()

        def shot(name: str, widget: object | None = None) -> None:
            app.processEvents()  # type: ignore[union-attr]
            target = out / f"{name}.png"
            (widget or window).grab().save(str(target))  # type: ignore[attr-defined]
            saved.append(target)

        import datetime as dt

        from ncdesk.store.records.alerts import create_alert

        today = dt.date.today()
        soon = create_alert(
            store,
            {
                "person_id": ref_id("person", "vladimir-putin"),
                "destinations": [ref_id("state", "MNG"), ref_id("state", "KGZ")],
                "date": f"{today + dt.timedelta(days=9)}/{today + dt.timedelta(days=11)}",
                "purpose": "Regional summit",
                "source_description": "Press reports, confirmed by a delegation",
                "reliability": "probable",
                "received_at": today.isoformat(),
            },
            status="verified",
        )
        window.dashboard.refresh()
        window.show_view("dashboard")
        shot("dashboard")
        window.open_record("travel_alert", soon)
        shot("view-alert")
        form = window.alert_actions.new_alert()
        form.set_value("person_id", ref_id("person", "omar-al-bashir"))
        form.set_value("destinations", [ref_id("state", "KEN"), ref_id("state", "ETH")])
        form.set_value("date", "mid-January 2027")
        form.set_value("source_description", "A delegation, by telephone")
        shot("dialog-alert-form", form)
        form.reject()
        step = window.alert_actions.next_step()
        assert step is not None
        shot("dialog-alert-step", step)
        step.reject()
        letter = window.alert_actions.record_letter()
        assert letter is not None
        shot("dialog-letter-form", letter)
        letter.reject()
        window.open_record("letter", ref_id("letter", "letter-tajikistan-2025-10-07"))
        shot("view-letters")
        window.open_record("activity", ref_id("activity", "bureau-2025-09-03-hungary"))
        shot("view-activities")
        window.open_record("finding", ref_id("finding", "ICC-02/05-01/09-309"))
        shot("main-window")
        window.open_record("situation", ref_id("situation", "ICC-01/22"))
        shot("view-situations")
        window.open_record("person", ref_id("person", "omar-al-bashir"))
        shot("view-persons")
        window.open_record("state", ref_id("state", "HUN"))
        shot("view-states")
        window.open_record("assembly_document", ref_id("assembly_document", "ICC-ASP/23/Res.1"))
        shot("view-documents")
        window.search.open_search("Tajikistan")
        shot("dialog-search", window.search)
        window.search.hide()
        form = window.record_actions.edit_record("finding", ref_id("finding", "ICC-01/18-462"))
        assert form is not None
        form.set_value("date", "31 February 2025")
        form.set_value("sc_document", "S/RES/1593 (2005)")
        shot("dialog-finding-form", form)
        form.reject()
        window.open_record("state", ref_id("state", "HUN"))
        brief = window.brief_actions.brief_record()
        assert brief is not None
        brief.marking.setCurrentText("Restricted")
        shot("dialog-brief", brief)
        brief.start_preview()
        while brief.preview is None:
            app.processEvents()  # type: ignore[union-attr]
        brief.preview.resize(900, 1000)
        shot("dialog-brief-preview", brief.preview)
        brief.preview.images[0].save(str(out / "brief-state.png"))
        saved.append(out / "brief-state.png")
        brief.preview.reject()
        brief.reject()
        report = window.brief_actions.draft_report()
        shot("dialog-report", report)
        report.reject()
        settings = window.open_settings()
        shot("dialog-settings", settings)
        settings.reject()
        from ncdesk.store.file import backups
        from ncdesk.store.records.editing import save

        backups.make_backup(store, "manual")
        putin = ref_id("person", "vladimir-putin")
        save(store, "person", {"function": "President of the Russian Federation (since 2000; re-elected 2024)"}, putin)
        window.open_record("person", putin)
        window.detail.browser.verticalScrollBar().setValue(window.detail.browser.verticalScrollBar().maximum())
        shot("view-history")
        backups.make_backup(store, "auto")
        restore = window.backup_actions.open_restore()
        restore.table.selectRow(1)
        shot("dialog-restore", restore)
        restore.reject()
        sample = Path(tmp) / "travel-alerts.csv"
        sample.write_text(
            "person,destinations,date,purpose,reliability,received_at\n"
            "Vladimir Putin,Mongolia; Kyrgyzstan,3–6 April 2031,Regional summit,probable,2031-03-20\n"
            "Omar Al Bashir,Narnia,31 February 2031,,sure,\n"
            "Netanyahu,Hungary,mid-May 2031,Official visit,possible,2031-04-28\n"
            "Vladimir Putin,mongolia; KGZ,2031-04-03/2031-04-06,,,\n",
            encoding="utf-8",
        )
        importing = window.file_actions.import_records()
        importing.load(sample)
        while importing.plan is None:
            app.processEvents()  # type: ignore[union-attr]
        shot("dialog-import", importing)
        importing.reject()
        # The shared record: a second laptop in the same process, a package each way, a conflict.
        from ncdesk.io import package, sharing
        from ncdesk.ui.team_receive import PreviewDialog

        poland = Store.open(Path(tmp) / "poland")
        sharing.ensure_identity(store, "Mexico — focal point")
        sharing.ensure_identity(poland, "Poland — focal point")
        sharing.add_card(store, package.card_text(sharing.my_card(poland)), verified=True)
        sharing.add_card(poland, package.card_text(sharing.my_card(store)), verified=True)
        made = sharing.write_package(store, sharing.share(store, ["Poland"]), Path(tmp))
        sharing.receive(poland, sharing.preview(poland, made.read_bytes()))
        store.update("travel_alert", soon, {"purpose": "Regional summit (SCO)"})
        poland.update("travel_alert", soon, {"purpose": "State visit", "notes": "Confirmed by our embassy"})
        back = sharing.share(poland, ["Mexico"])
        window.team.refresh()
        window.show_view("team")
        shot("view-team")
        preview = PreviewDialog(sharing.preview(store, back.data), window, source=back.name)
        preview.resize(1000, 520)
        preview.show()
        shot("dialog-receive-conflicts", preview)
        preview.reject()
        poland.close()
        from ncdesk.store.file import crypto, encryption
        from ncdesk.ui.security import PassphraseDialog

        crypto.DEFAULT_PARAMS = crypto.KdfParams(1, 1024, 1)  # quick; the pictures are the same
        encryption.encrypt(store, "correct horse battery staple")
        window.security_actions._arm_idle_lock()
        settings = window.open_settings()
        shot("dialog-settings-security", settings)
        settings.reject()
        unlock = PassphraseDialog(
            "unlock", "Unlock ncdesk", f"The database in {store.folder} is encrypted. Type its passphrase."
        )
        unlock.current.setText("not it")
        unlock.error.setText("The passphrase is wrong. Type it again (it is case-sensitive); nothing was changed.")
        unlock.show()
        shot("dialog-unlock", unlock)
        unlock.reject()
        change = PassphraseDialog(
            "change", "Change the passphrase", "Type the current passphrase, then the new one twice."
        )
        change.show()
        shot("dialog-passphrase-change", change)
        change.reject()
        window.security_actions.lock()
        shot("window-locked")
        window.security_actions.unlock("correct horse battery staple")
        window.close()
        store.close()
    return saved


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "images"
    for path in main(folder):
        print(path)
