"""The domain, the store and the exports work without Qt."""

import subprocess
import sys


def test_core_store_and_io_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import ncdesk.core.obligation, ncdesk.core.dates, ncdesk.core.docnums, ncdesk.core.referral\n"
        "import ncdesk.store.store, ncdesk.store.records.queries, ncdesk.store.records.check\n"
        "import ncdesk.store.records.lookup, ncdesk.store.file.db\n"
        "import ncdesk.io.export_json, ncdesk.cli, ncdesk.paths, ncdesk.io.calendar, ncdesk.io.letters\n"
        "import ncdesk.io.briefing.notes, ncdesk.io.briefing.report, ncdesk.io.briefing.docx\n"
        "import ncdesk.io.briefing.export, ncdesk.io.briefing.pdf, ncdesk.io.textextract\n"
        "import ncdesk.io.readers, ncdesk.io.tabular, ncdesk.io.importing, ncdesk.io.full_import\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(qt)\n"
        "raise SystemExit(1 if qt else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
