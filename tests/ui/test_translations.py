"""The window in French, Spanish and Arabic: every string the code marks has a finished translation
in each .ts, the .ts files are up to date with the code, the window and the exports read the same
.ts (one catalogue per language), and the language switch re-translates the window without closing
what is open."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ncdesk.io.translations import country_name, format_day, translate
from ncdesk.ui.i18n import current_language
from tests.ui.conftest import settled

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGS = ("fr", "es", "ar")
PLACEHOLDER = re.compile(r"%\d|%n")


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: PySide6 ships it (pip install PySide6-Essentials)")
    return path


def sources() -> list[str]:
    """Every Python file lupdate reads (the same list as resources/translations/README.md)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ncdesk").rglob("*.py"))


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the code now."""
    target = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources(), "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return messages(target)


@pytest.mark.parametrize("lang", LANGS)
def test_ts_is_up_to_date_with_the_code(fresh: dict[tuple[str, str], ET.Element], lang: str) -> None:
    committed = messages(FOLDER / f"ncdesk_{lang}.ts")
    missing = sorted(set(fresh) - set(committed))
    stale = sorted(set(committed) - set(fresh))
    hint = "run the lupdate command of resources/translations/README.md, then translate"
    assert not missing, f"ncdesk_{lang}.ts lacks {len(missing)} string(s) of the code, e.g. {missing[:5]}; {hint}"
    assert not stale, f"ncdesk_{lang}.ts has {len(stale)} string(s) the code no longer has, e.g. {stale[:5]}; {hint}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str) -> None:
    problems = []
    for (context, source), message in messages(FOLDER / f"ncdesk_{lang}.ts").items():
        element = message.find("translation")
        assert element is not None
        forms = [f.text or "" for f in element.findall("numerusform")] or [element.text or ""]
        if element.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append((context, source))
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append((context, source, form))
    assert not problems, f"{len(problems)} message(s) without a good {lang} translation: {problems[:5]}"


# What the window showed in each language when it loaded the .qm files that lrelease compiled from
# the .ts (Qt's own lookup and plural rules): (lang, context, source, n) → the words.
QT_SAID = {
    ("fr", "MainWindow", "&File", -1): "&Fichier",
    ("es", "MainWindow", "&File", -1): "&Archivo",
    ("ar", "MainWindow", "&File", -1): "&ملف",
    ("fr", "labels", "ICC number", -1): "Numéro CPI",
    ("ar", "rules", "%1 and %2", -1): "%1 و%2",
    ("fr", "DashboardView", "%n field(s) updated", 0): "0 champ mis à jour",
    ("fr", "DashboardView", "%n field(s) updated", 1): "1 champ mis à jour",
    ("fr", "DashboardView", "%n field(s) updated", 2): "2 champs mis à jour",
    ("es", "DashboardView", "%n field(s) updated", 0): "0 campos actualizados",
    ("es", "DashboardView", "%n field(s) updated", 1): "1 campo actualizado",
    ("es", "ExchangeActions", "%n record(s) added", 12): "12 registros añadidos",
    ("ar", "CountLabel", "%n record(s)", 3): "عدد السجلات: 3",
    ("fr", "MainWindow", "not a message of ncdesk", -1): "not a message of ncdesk",
    ("fr", "MainWindow", "&File", 2): "&File",  # a message without plural forms asked for one: Qt's English
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_window_says_what_it_said_with_the_qm_files(window, english, lang: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    window.set_language(lang)
    menus = [a.text() for a in window.menuBar().actions()]
    assert QT_SAID[(lang, "MainWindow", "&File", -1)] in menus
    sample = {key: said for key, said in QT_SAID.items() if key[0] == lang}
    assert len(sample) >= 3
    for (_, context, source, n), said in sample.items():
        assert QCoreApplication.translate(context, source, None, n) == said, (context, source, n)


def test_plural_forms_are_counted_as_qt_counts_them() -> None:
    """Which form a number takes, as Qt's lrelease wrote it in a .qm (French 0 and 1 singular,
    Spanish 1, Arabic's six forms: 0, 1, 2, 3–10 and 11–99 of each hundred, the rest)."""
    from ncdesk.io.catalogue import PLURAL_FORMS

    qt = {
        "fr": {0: 0, 1: 0, 2: 1, 3: 1, 100: 1},
        "es": {0: 1, 1: 0, 2: 1, 100: 1},
        "ar": {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 102: 5, 103: 3, 111: 4, 1000: 5},
    }
    for lang, forms in qt.items():
        assert {n: PLURAL_FORMS[lang](n) for n in forms} == forms, lang


def test_a_word_changed_in_the_ts_changes_in_the_window_and_the_exports(window, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from ncdesk.ui.i18n import apply_language

    edited = (FOLDER / "ncdesk_fr.ts").read_text(encoding="utf-8")
    edited = edited.replace("<translation>&amp;Fichier</translation>", "<translation>&amp;Dossier</translation>")
    edited = edited.replace("<translation>Note d&apos;information</translation>", "<translation>Fiche</translation>")
    (tmp_path / "ncdesk_fr.ts").write_text(edited, encoding="utf-8")

    assert translate("briefing", "Briefing note", "fr", tmp_path) == "Fiche"
    assert translate("briefing", "Briefing note", "fr") == "Note d'information"  # the shipped one
    apply_language("fr", tmp_path)
    window.retranslate()
    assert "&Dossier" in [a.text() for a in window.menuBar().actions()]
    assert QCoreApplication.translate("briefing", "Briefing note") == "Fiche"
    window.set_language("fr")  # the shipped words again
    assert "&Fichier" in [a.text() for a in window.menuBar().actions()]


def test_exports_read_the_same_translations() -> None:
    assert translate("briefing", "Briefing note", "fr") == "Note d'information"
    assert translate("briefing", "Briefing note", "en") == "Briefing note"
    assert format_day(dt.date(2025, 4, 3), "es") == "3 de abril de 2025"
    assert format_day(dt.date(2025, 4, 1), "fr") == "1er avril 2025"
    assert format_day(dt.date(2025, 4, 3), "ar") == "3 نيسان/أبريل 2025"
    assert country_name("Hungary", "fr") == "Hongrie"
    assert country_name("HUN", "ar") == "المجر"
    assert country_name("Hungary", "en") == "Hungary"
    assert country_name("Not a country", "es") == "Not a country"


def test_switch_language_keeps_open_forms_and_mirrors_arabic(window, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window.open_record("state", window.store.rows("state", "iso3 = ?", ["HUN"])[0]["id"])
    form = window.record_actions.new_record("person")
    menus = lambda: [a.text() for a in window.menuBar().actions()]  # noqa: E731
    assert "&File" in menus()

    window.set_language("fr")
    assert current_language() == "fr"
    assert "&Fichier" in menus()
    assert window.nav.item(0).text() == "Tableau de bord"
    assert "Hongrie" in window.detail.plain_text()
    assert window.views["states"].model.headerData(0, Qt.Orientation.Horizontal) != "ICC number"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight

    window.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert "&ملف" in menus()
    assert "المجر" in window.detail.plain_text()

    window.set_language("en")
    assert "&File" in menus()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.settings.value("ui/language") == "en"
    assert form.isVisible(), "an open form stays open through a language change"
    # The actions still work after the menus were rebuilt (one of each shortcut, no duplicates).
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))


def test_the_rules_sentences_follow_the_window_language(window, english) -> None:  # type: ignore[no-untyped-def]
    """A destination's obligation, its basis and its reasons, in the window's language."""
    person = window.store.rows("person", "name LIKE ?", ["%Netanyahu%"])[0]
    alert = window.store.rows("travel_alert", "person_id = ?", [person["id"]])[0]
    window.open_record("travel_alert", alert["id"])
    assert "Rome Statute, articles 86 and 89(1)" in window.detail.plain_text()

    window.set_language("fr")
    text = window.detail.plain_text()
    assert "Statut de Rome, article 86 et paragraphe 1 de l'article 89" in text
    assert "Hongrie : État Partie le 3 avril 2025" in text
    assert "Rome Statute, article" not in text and "was a State Party" not in text

    window.set_language("ar")
    text = window.detail.plain_text()
    assert "نظام روما الأساسي، المادتان 86 و89(1)" in text
    assert "كانت المجر دولة طرفاً" in text


def test_every_column_has_its_own_label() -> None:
    """A column's header is a marked label, not made up from its key ("Person" from "person")."""
    from ncdesk.core.labels import FIELDS
    from ncdesk.store.records.listings import SPECS

    keys = {c.key for spec in SPECS.values() for c in spec.columns}
    assert keys <= set(FIELDS), sorted(keys - set(FIELDS))


@pytest.mark.parametrize("lang", LANGS)
def test_every_views_headers_and_count_in_the_language(window, english, lang: str) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.core.labels import FIELDS
    from ncdesk.ui.models import ListingModel, SituationTreeModel
    from ncdesk.ui.team import ContactsModel

    window.set_language(lang)
    labels = {source: m.findtext("translation") for (ctx, source), m in messages(FOLDER / f"ncdesk_{lang}.ts").items()
              if ctx == "labels"}  # fmt: skip
    checked = 0
    contacts = {source: m.findtext("translation") for (ctx, source), m in messages(FOLDER / f"ncdesk_{lang}.ts").items()
                if ctx == "ContactsModel"}  # fmt: skip
    for name, view in window.views.items():
        model = getattr(view, "model", None)
        if isinstance(model, ContactsModel):  # the Team view's: its own words, not the records' fields
            english_headers = ["Name", "Fingerprint", "Verified", "Publisher", "Last package sent", "Last received"]
            for column, source in enumerate(english_headers):
                assert model.headerData(column, Qt.Orientation.Horizontal) == contacts[source], (name, source)
                checked += 1
            continue
        if isinstance(model, ListingModel):
            keys = model.keys()
            assert "record(s)" not in view.count_label.text(), name  # FindingsView, a subclass, too
        elif isinstance(model, SituationTreeModel):
            keys = ["name", "icc_number"]  # the situations' tree
        else:
            continue
        for column, key in enumerate(keys):
            shown = model.headerData(column, Qt.Orientation.Horizontal)
            assert shown == labels[FIELDS[key]], (name, key, shown)
            checked += 1
    assert checked > 40


def _left_to_right(text: str, first: str, second: str) -> bool:
    """Whether *first* is drawn left of *second* when *text* is laid out in a right-to-left line."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    # A cursor inside each piece (at a piece's edge, right to left, it may stand at either end).
    return line.cursorToX(text.index(first) + 1)[0] < line.cursorToX(text.index(second) + 1)[0]


def test_arabic_keeps_typed_dates_and_titles_in_one_piece(qtbot, window, english) -> None:  # type: ignore[no-untyped-def]
    """ "8–10 Oct. 2025 (tbc)", dates typed in words ncdesk does not read (as an earlier version or
    an import may have kept them), read so in the Arabic window's tables and detail pane (the bidi
    algorithm alone shows "Oct. 2025 (tbc) 10–8"); what Ctrl+C copies is the text as it is. (Dates
    ncdesk reads, "8–10 October 2025", are written in Arabic: tests/ui/test_language_details.py.)"""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ncdesk.ui.detail import render
    from ncdesk.ui.models import ID_ROLE

    typed = "8–10 Oct. 2025 (tbc)"
    assert not _left_to_right(typed, "10", "Oct"), "the bidi algorithm alone shows Oct. 2025 (tbc) 10–8"
    alert = window.store.rows("travel_alert", "date_text = ?", ["8–10 October 2025"])[0]
    with window.store.batch("Dates as typed"):
        window.store.update("travel_alert", alert["id"], {"date_text": typed})
    window.set_language("ar")
    view = window.views["alerts"]
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == typed)
    index = model.index(row, 0)
    option = QStyleOptionViewItem()
    view.table.itemDelegate().initStyleOption(option, index)
    assert option.text == f"\u2068{typed}\u2069"
    assert _left_to_right(option.text, "10", "Oct")
    assert index.data() == typed, "the model's text, which Ctrl+C copies, is as typed"

    window.open_record("travel_alert", index.data(ID_ROLE))
    html = render(window.detail.current)
    assert f"\u2068{typed}\u2069" in html
    # Qt's rich text does not mirror tables: the label is written after its value, to stand on its right.
    label = html.index(">التواريخ</td>")  # "Dates"
    assert html.rindex(typed, 0, label) > html.rindex("<tr>", 0, label)
    assert "\u2068" not in window.detail.plain_text()
    settled(qtbot, window)  # the dashboard is read in a worker
    board = window.dashboard.board_html(window.dashboard.board)  # latest visits: the date on the right
    cell = board.index(f"<td>\u2068{typed}\u2069</td>")
    assert board.index("</tr>", cell) == cell + len(f"<td>\u2068{typed}\u2069</td>")

    window.set_language("fr")
    assert f"\u2068{typed}" not in render(window.detail.current)


def test_arabic_selects_the_open_record_in_its_table(window, english) -> None:  # type: ignore[no-untyped-def]
    """Right to left, QTableView.selectRow selects nothing in Qt 6 (it looks for the row's first
    column past the viewport's edge): the record opened is selected in its table all the same."""
    finding = window.store.rows("finding", "title LIKE ?", ["%Jordan%"])[0]["id"]
    window.set_language("ar")
    window.open_record("finding", finding)
    view = window.views["findings"]
    assert view.current_id() == finding
    assert view.table.selectionModel().isRowSelected(view.model.row_of(finding))
