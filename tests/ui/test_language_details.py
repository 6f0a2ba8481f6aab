"""The window's language down to the details: a visit's days in the language (from the ISO dates
they were entered as), French punctuation, the Findings chart right to left and Western digits in
Arabic, as in the exports."""

from __future__ import annotations

import datetime as dt

import pytest

from ncdesk.store.records.alerts import create_alert
from ncdesk.store.store import Store
from ncdesk.ui.formatting import without_isolates
from tests.ui.conftest import settled

RANGE = {
    "en": "2–4 December 2026",
    "fr": "2–4 décembre 2026",
    "es": "2–4 de diciembre de 2026",
    "ar": "2–4 كانون الأول/ديسمبر 2026",
}


def _iso_visit(store: Store) -> str:
    """A visit entered as an ISO range, as the alert form and `ncdesk alert add --from --to` take it."""
    person = store.rows("person", "name LIKE ?", ["%Putin%"])[0]["id"]
    mongolia = store.rows("state", "iso3 = ?", ["MNG"])[0]["id"]
    raw = {
        "person_id": person,
        "destinations": [mongolia],
        "date": "2026-12-02/2026-12-04",
        "reliability": "probable",
        "received_at": "2026-11-20",
    }
    return create_alert(store, raw, status="verified", at=dt.date(2026, 11, 20))


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_a_visit_entered_as_an_iso_range_is_shown_in_the_language(qtbot, window, english, lang: str) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.ui.models import ListingModel

    alert_id = _iso_visit(window.store)
    assert window.store.require("travel_alert", alert_id)["date_text"] == "2–4 December 2026", "stored as before"
    window.set_language(lang)
    expected = RANGE[lang]

    window.show_view("alerts")
    model = window.views["alerts"].model
    assert isinstance(model, ListingModel)
    model.refresh()
    row = model.row_of(alert_id)
    assert row is not None
    column = model.keys().index("date_text")
    assert model.index(row, column).data() == expected

    window.open_record("travel_alert", alert_id)
    pane = without_isolates(window.detail.plain_text())
    assert expected in pane
    mongolia = window.store.rows("state", "iso3 = ?", ["MNG"])[0]["id"]
    window.open_record("state", mongolia)  # the State's alerts and chronology
    assert expected in without_isolates(window.detail.plain_text())

    window.dashboard.today_override = dt.date(2026, 11, 25)
    window.dashboard.refresh()
    settled(qtbot, window)  # read in a worker
    board = without_isolates(window.dashboard.plain_text())
    assert expected in board
    if lang != "en":
        assert "December" not in pane and "December" not in board


def test_dates_in_words_stay_as_entered() -> None:
    from ncdesk.io.translations import format_dates

    assert format_dates("mid-October 2025", "fr") == "mid-October 2025"
    assert format_dates("early September 2024", "ar") == "early September 2024"
    assert format_dates("the week of the summit", "es") == "the week of the summit"
    # What ncdesk wrote for the days entered, in each language.
    assert format_dates("28 March – 2 April 2025", "fr") == "28 mars – 2 avril 2025"
    assert format_dates("28 March – 2 April 2025", "es") == "28 de marzo – 2 de abril de 2025"
    assert format_dates("30 December 2025 – 2 January 2026", "ar") == (
        "30 كانون الأول/ديسمبر 2025 – 2 كانون الثاني/يناير 2026"
    )
    assert format_dates("1–3 June 2030", "fr") == "1er–3 juin 2030"
    assert format_dates("December 2026", "es") == "diciembre de 2026"
    assert format_dates("3 April 2025", "ar") == "3 نيسان/أبريل 2025"
    assert format_dates("2026-12-02/2026-12-04", "en") == "2–4 December 2026"
    for lang, text in RANGE.items():
        assert format_dates("2–4 December 2026", lang) == text


def test_french_puts_a_no_break_space_before_a_colon(qtbot, window, english) -> None:  # type: ignore[no-untyped-def]
    """ "Statut : …", as the French translations and the French exports write it: a no-break space,
    so that the colon never starts a line."""
    from ncdesk.io.briefing.notes import build_note
    from ncdesk.io.briefing.templates import load_template
    from ncdesk.ui.detail import render

    alert_id = _iso_visit(window.store)
    window.set_language("fr")
    window.open_record("travel_alert", alert_id)
    html = render(window.detail.current)
    assert "Mongolie</a></b>\u00a0: " in html, "the verdict composed in the window"
    mongolia = window.store.rows("state", "iso3 = ?", ["MNG"])[0]["id"]
    window.open_record("state", mongolia)
    html = render(window.detail.current)
    assert "Adhésion\u00a0: " in html or "Ratification\u00a0: " in html, "a party event's date"
    window.dashboard.today_override = dt.date(2026, 11, 25)
    window.dashboard.refresh()
    settled(qtbot, window)  # read in a worker
    assert "Mongolie</a>\u00a0: " in window.dashboard.board_html(window.dashboard.board)
    for text in (html, window.dashboard.board_html(window.dashboard.board)):
        assert " : " not in text.replace("&nbsp;", "\u00a0")

    note = build_note(window.store, "state", mongolia, dt.date(2026, 11, 25), load_template(window.store.folder, "fr"))
    assert "Note d'information\u00a0: Mongolie" in note.text()

    window.set_language("en")
    assert "Mongolia</a>: " in window.dashboard.board_html(window.dashboard.board)


def test_the_findings_chart_runs_right_to_left_in_arabic(window, english, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Right to left, the years run from right to left, the counts stand on the right and the
    legend on the left; a click on a bar still picks its year."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor

    from ncdesk.ui.plot import PALETTE

    view = window.views["findings"]
    window.show_view("findings")
    plot = view.plot

    def layout() -> tuple[list[float], list[int], int]:
        plot.repaint()
        xs = [rect.center().x() for rect, _ in plot._bars]
        image = plot.grab().toImage()
        first = QColor(PALETTE[0])
        # Where the legend's first square is: the columns of the top rows painted in its colour.
        columns = [c for c in range(image.width()) for r in range(8, 22) if image.pixelColor(c, r).rgb() == first.rgb()]
        return xs, [year for _, year in plot._bars], min(columns)

    xs, years, legend = layout()
    assert xs == sorted(xs) and years == sorted(years), "left to right: the earliest year on the left"
    assert legend > plot.width() / 2, "the legend on the right"

    window.set_language("ar")
    assert plot.layoutDirection() == Qt.LayoutDirection.RightToLeft
    xs, years, legend = layout()
    assert years == sorted(years) and xs == sorted(xs, reverse=True), "the earliest year on the right"
    assert legend < plot.width() / 2, "the legend on the left"
    rect, year = plot._bars[-1]
    qtbot.mouseClick(plot, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert view.year_box.currentData() == str(year)


def test_the_arabic_window_writes_western_digits_as_the_exports_do(qtbot, window, english) -> None:  # type: ignore[no-untyped-def]
    """Numbers and dates in Western digits in the Arabic window, as in the Assembly's Arabic
    documents and ncdesk's Arabic exports (Qt's "ar" locale would write Arabic-Indic digits)."""
    from PySide6.QtCore import QDate, QLocale, Qt

    from ncdesk.io.translations import format_day
    from ncdesk.ui.formatting import format_date

    arabic_indic = set("٠١٢٣٤٥٦٧٨٩")
    window.set_language("ar")
    locale = QLocale()
    assert locale.language() == QLocale.Language.Arabic
    assert locale.textDirection() == Qt.LayoutDirection.RightToLeft
    assert locale.toString(1234) == "1,234"
    assert locale.toString(QDate(2025, 4, 3), "d MMMM yyyy") == "3 أبريل 2025"
    assert format_date("2025-04-03") == format_day(dt.date(2025, 4, 3), "ar") == "3 نيسان/أبريل 2025"

    window.dashboard.today_override = dt.date(2026, 11, 25)
    window.dashboard.refresh()
    settled(qtbot, window)  # read in a worker
    mongolia = window.store.rows("state", "iso3 = ?", ["MNG"])[0]["id"]
    window.open_record("state", mongolia)
    window.show_view("alerts")
    table = window.views["alerts"].model
    shown = [
        str(table.index(r, c).data() or "")
        for r in range(min(20, table.rowCount()))
        for c in range(table.columnCount())
    ]
    for text in (window.dashboard.plain_text(), window.detail.plain_text(), window.dashboard.title.text(), *shown):
        assert not arabic_indic & set(text), text
    assert "2026" in window.dashboard.title.text()
