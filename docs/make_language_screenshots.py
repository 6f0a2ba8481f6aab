"""Screenshots of ncdesk in French, Spanish and Arabic (the main window, the dashboard, the
Travel alerts view with the visits in the language, a finding's form saying what is wrong), and a
page of a briefing note in French and in Arabic, for the README's "Languages" section and for review.

    .venv/bin/python docs/make_language_screenshots.py [OUTPUT_FOLDER]

Like make_screenshots.py: a fresh data folder with the shipped reference data, offscreen. The
briefing-note pages are rendered with pdftoppm (poppler-utils) from the PDF ncdesk writes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCREEN = HERE.parent / "tests" / "offscreen-screen.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
os.environ.setdefault("LANG", "C.UTF-8")


def main(out: Path) -> list[Path]:
    import datetime as dt

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ncdesk.io.briefing.export import export_note
    from ncdesk.io.briefing.model import ExportOptions
    from ncdesk.store.records.alerts import create_alert
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
        today = dt.date.today()
        visit = create_alert(
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

        def shot(name: str) -> None:
            app.processEvents()  # type: ignore[union-attr]
            target = out / f"{name}.png"
            window.grab().save(str(target))
            saved.append(target)

        for lang in ("fr", "es", "ar"):
            window.set_language(lang)
            window.show_view("dashboard")
            shot(f"dashboard-{lang}")
            window.show_view("findings")
            window.open_record("finding", ref_id("finding", "ICC-02/05-01/09-309"))
            shot(f"main-window-{lang}")
            window.show_view("alerts")  # visits in the language; dates typed in words ("early September 2024") as typed
            window.open_record("travel_alert", visit)
            shot(f"alerts-{lang}")
            # A finding's form with what a delegate gets wrong: the checks say it in the language.
            form = window.record_actions.new_record("finding")
            form.set_value("situation_id", ref_id("situation", "ICC-01/22"))
            form.set_value("title", "Décision / Decisión / قرار")
            form.set_value("date", "3 March 2025")
            form.set_value("sc_date", "2 March 2025")
            form.set_value("documents", "ICC-01/18-900\nICC-01/22-901-eng")
            form.set_value("sc_document", "S/RES/1593 (2005)")
            form.revalidate(show_all=True)
            app.processEvents()  # type: ignore[union-attr]
            target = out / f"form-finding-{lang}.png"
            form.grab().save(str(target))
            saved.append(target)
            form.reject()
        window.set_language("en")

        hungary = ref_id("state", "HUN")
        for lang in ("fr", "ar"):
            pdf = Path(tmp) / f"brief-{lang}.pdf"
            export_note(store, "state", hungary, pdf, ExportOptions(language=lang))
            stem = out / f"brief-state-{lang}"
            subprocess.run(["pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-singlefile", "-png", str(pdf), str(stem)],
                           check=True)  # fmt: skip
            saved.append(stem.with_suffix(".png"))
        window.close()
        store.close()
    return saved


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "images"):
        print(path)
