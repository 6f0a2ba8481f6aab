"""The dashboard, the first screen: upcoming visits with the destination's obligation, alerts
that need action, deadlines, and the Court's recent decisions. Overdue items stand out."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ncdesk.store.records import dashboard
from ncdesk.store.store import Store
from ncdesk.ui.detail import SCHEME, STYLE
from ncdesk.ui.formatting import (
    cells,
    flag_text,
    format_date,
    format_value,
    isolated,
    set_direction,
    window_wording,
    without_isolates,
)
from ncdesk.ui.i18n import colon, format_dates
from ncdesk.ui.labels import kind_noun, value_label
from ncdesk.ui.signals import emit


def _e(text: object) -> str:
    """Text escaped, and in Arabic kept in one piece (`isolated`)."""
    return html.escape(isolated(str(text)))


def _a(kind: str, rid: str, text: str) -> str:
    text = format_value(text) if kind == "state" else text
    return f'<a href="{SCHEME}:{html.escape(kind)}/{html.escape(rid)}">{_e(text)}</a>'


def _row(*contents: str) -> str:
    """A table row of these cells (HTML), the first on the right in Arabic."""
    return "<tr>" + cells(*(f"<td>{c}</td>" for c in contents)) + "</tr>"


EXTRA_STYLE = """
<style>
 td.urgent, span.urgent { color: #b00020; font-weight: bold; }
 span.ok { color: #1b6e2d; font-weight: bold; }
 span.no { color: #8a5a00; font-weight: bold; }
 table.board td { padding: 3px 10px 3px 0; vertical-align: top; }
 p.empty { color: #666; }
</style>
"""


class DashboardView(QWidget):
    record_selected = Signal(str, str)
    record_activated = Signal(str, str)
    new_alert_requested = Signal()
    calendar_requested = Signal()
    kinds: tuple[str, ...] = ()
    kind = "dashboard"

    def __init__(self, store: Store, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today_override = today
        self.board: dashboard.Dashboard | None = None
        # Runs a read in a worker (the window's operations; None: read on this thread).
        self.loader: Callable[[str, Callable[[Any], Any], Callable[[Any], None]], Any] | None = None
        self._generation = 0
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("dashboardBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        title = QLabel(self)
        title.setObjectName("dashboardTitle")
        self.title = title
        new_alert = QPushButton(self)
        self.new_alert_button = new_alert
        new_alert.setObjectName("newAlertButton")
        new_alert.clicked.connect(self.new_alert_requested)
        calendar = QPushButton(self)
        self.calendar_button = calendar
        calendar.setObjectName("calendarButton")
        calendar.clicked.connect(self.calendar_requested)
        bar = QHBoxLayout()
        bar.addWidget(title, 1)
        bar.addWidget(new_alert)
        bar.addWidget(calendar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_alert_button.setText(self.tr("New travel alert…"))
        self.calendar_button.setText(self.tr("Export calendar (.ics)…"))
        self.refresh()

    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    def refresh(self) -> None:
        """Read the dashboard again: in a worker once the window gives a loader (a save on a
        10× record would otherwise wait 200 ms for it), at once before (the first paint)."""
        today = self.today()
        if self.loader is None:
            self.show_board(dashboard.build(self.store, today))
            return
        self._generation += 1
        generation = self._generation

        def done(board: dashboard.Dashboard) -> None:
            if generation == self._generation and self.store.is_open:
                self.show_board(board)

        self.loader("dashboard", lambda ctx: dashboard.build(ctx.reader(), today), done)

    def clear(self) -> None:
        """Nothing shown (the window locked); a reading under way is not shown when it comes."""
        self._generation += 1
        self.board = None
        self.browser.clear()

    def show_board(self, board: dashboard.Dashboard) -> None:
        self.board = board
        self.title.setText(self.tr("Today, %1").replace("%1", format_date(self.today().isoformat())))
        set_direction(self.browser.document())
        self.browser.setHtml(self.board_html(board))

    def board_html(self, board: dashboard.Dashboard) -> str:  # noqa: PLR0912, PLR0915 - the board's sections in reading order
        """The board as the pane's HTML (not `render`, which is QWidget's painting)."""
        out = [STYLE, EXTRA_STYLE]
        out.extend(self._received())
        out.extend(self._duplicates(board))
        words = self.tr("Visits expected in the next 30 days")
        out.append(f"<h3>{_e(words)}</h3>")
        if not board.upcoming:
            words = self.tr("No visit expected in the next 30 days.")
            out.append(f'<p class="empty">{_e(words)}</p>')
        else:
            out.append('<table class="board">')
            for v in board.upcoming:
                duties = []
                for d in v.obligations:
                    if d.obliged:
                        words = self.tr("obliged to arrest and surrender")
                        verdict = f'<span class="ok">{_e(words)}</span>'
                    else:
                        words = self.tr("not obliged")
                        verdict = f'<span class="no">{_e(words)}</span>'
                    said = d.at_start.basis_in(window_wording())
                    basis = f" ({_e(said)})" if said else ""
                    findings = (
                        " — " + _e(self.tr("%n earlier finding(s)", "", len(d.earlier_findings)))
                        if d.earlier_findings
                        else ""
                    )
                    duties.append(f"{_a('state', d.state['id'], d.state['name'])}{colon()}{verdict}{basis}{findings}")
                flags = "".join(f'<br><span class="urgent">⚠ {_e(flag_text(f))}</span>' for f in v.flags if f.urgent)
                what = f"{_a('travel_alert', v.alert['id'], v.person['name'])} — {_e(value_label(v.alert['status']))}"
                out.append(_row(_e(format_dates(v.alert["date_text"])), f"{what}<br>{'<br>'.join(duties)}{flags}"))
            out.append("</table>")
            out.append(self._more(board.upcoming_total - len(board.upcoming)))

        words = self.tr("Alerts needing action")
        out.append(f"<h3>{_e(words)}</h3>")
        if not board.needing_action:
            words = self.tr("Nothing to do on the open alerts.")
            out.append(f'<p class="empty">{_e(words)}</p>')
        else:
            out.append('<table class="board">')
            for a in board.needing_action:
                messages = "<br>".join(
                    f'<span class="{"urgent" if f.urgent else "note"}">{"⚠ " if f.urgent else ""}'
                    f"{_e(flag_text(f))}</span>"
                    for f in a.flags
                )
                who = _a("travel_alert", a.alert["id"], a.person["name"])
                out.append(_row(_e(format_dates(a.alert["date_text"])), f"{who}<br>{messages}"))
            out.append("</table>")
            out.append(self._more(board.needing_action_total - len(board.needing_action)))

        words = self.tr("Deadlines")
        out.append(f"<h3>{_e(words)}</h3>")
        if not board.deadlines:
            words = self.tr("No open deadline.")
            out.append(f'<p class="empty">{_e(words)}</p>')
        else:
            out.append('<table class="board">')
            for due in board.deadlines:
                when = format_date(due.deadline["due_on"])
                if due.overdue:
                    status = self.tr("overdue by %n day(s)", "", -due.days_left)
                    cell = f'<td class="urgent">{_e(when)}<br>{_e(status)}</td>'
                else:
                    soon = self.tr("in %n day(s)", "", due.days_left)
                    cell = f"<td>{_e(when)}<br>{_e(soon)}</td>"
                who = f"{_a('state', due.state['id'], due.state['name'])}{colon()}" if due.state else ""
                text = (
                    _a(due.about[0], due.about[1], due.deadline["description"])
                    if due.about
                    else _e(due.deadline["description"])
                )
                out.append(f"<tr>{cells(cell, f'<td>{who}{text}</td>')}</tr>")
            out.append("</table>")

        words = self.tr("The Court’s recent decisions on non-cooperation")
        out.append(f"<h3>{_e(words)}</h3>")
        out.append('<table class="board">')
        names = {s["id"]: format_value(s["name"]) for s in self.store.rows("state")}
        for f in board.recent_findings:
            state = names.get(f["state_id"], "")
            out.append(_row(_e(format_date(f["date"])), _e(state), _a("finding", f["id"], f["title"])))
        out.append("</table>")
        out.append(self._more(board.recent_findings_total - len(board.recent_findings), "findings"))

        if board.latest_visits:
            words = self.tr("Latest recorded visits")
            out.append(f'<h3>{_e(words)}</h3><table class="board">')
            for visit, person in board.latest_visits:
                outcome = value_label(visit["outcome"]) if visit["outcome"] else ""
                title = _a("travel_alert", visit["id"], visit["title"] or (person["name"] if person else ""))
                out.append(_row(_e(format_dates(visit["date_text"])), title, _e(outcome)))
            out.append("</table>")
        return "".join(out)

    def _received(self) -> list[str]:
        """What the other focal points sent lately (the last five packages received)."""
        from ncdesk.store.records import exchange

        got = exchange.received_packages(self.store, limit=5)
        if not got:
            return []
        words = self.tr("Received from your contacts")
        out = [f'<h3>{_e(words)}</h3><table class="board">']
        for r in got:
            parts = [f"{n} {kind_noun(t, plural=n != 1)}" for t, n in sorted(r["added"].items())]
            if r["fields_updated"]:
                parts.append(self.tr("%n field(s) updated", "", int(r["fields_updated"])))
            if not parts:
                parts.append(self.tr("nothing new"))
            what = self.tr("Received from %1: %2").replace("%1", r["sender_name"]).replace("%2", ", ".join(parts))
            out.append(_row(_e(format_value(r["at"])), _e(what)))
        out.append("</table>")
        return out

    def _duplicates(self, board: dashboard.Dashboard) -> list[str]:
        """Records received that may be one with a record here: each pair with links to both."""
        if not board.duplicates:
            return []
        words = self.tr("Received records that may be one with yours")
        out = [f'<h3>{_e(words)}</h3><table class="board">']
        for p in board.duplicates:
            if p.table == "travel_alert":
                said = self.tr("2 alerts may be the same visit")
            elif p.table == "letter":
                said = self.tr("2 letters may be the same letter")
            else:
                said = self.tr("2 activities may be the same activity")
            links = " — ".join(_a(p.table, r.id, r.title) for r in (p.first, p.second))
            when = format_date(p.first.date_text) if p.table == "letter" else format_dates(p.first.date_text)
            out.append(_row(_e(when), f'<span class="urgent">{_e(said)}</span>{colon()}{links}'))
        out.append("</table>")
        return out

    def _more(self, hidden: int, view: str = "alerts") -> str:
        """The line under a list cut at dashboard.SHOWN rows: how many more, and where they are."""
        if hidden <= 0:
            return ""
        if view == "findings":
            words = self.tr("… and %n more: the Findings view lists them all.", "", hidden)
        else:
            words = self.tr("… and %n more: the Travel alerts view lists them all.", "", hidden)
        return f'<p class="empty">{_e(words)}</p>'

    def plain_text(self) -> str:
        return without_isolates(self.browser.toPlainText())

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == SCHEME:
            kind, _, rid = url.path().partition("/")
            emit(self.record_activated, kind, rid)

    # The view protocol of the main window.
    def current_id(self) -> str | None:
        return None

    def select(self, record_id: str, emit: bool = True, reveal: bool = True) -> bool:
        return False

    def focus_filter(self) -> None:
        self.browser.setFocus()

    def clear_filters(self) -> None:
        return None

    def save_state(self, settings: QSettings) -> None:
        return None

    def restore_state(self, settings: QSettings) -> None:
        return None
