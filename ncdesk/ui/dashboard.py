"""The dashboard, the first screen: upcoming visits with the destination's obligation, alerts
that need action, deadlines, and the Court's recent decisions. Overdue items stand out."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QSettings, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ncdesk.store import dashboard
from ncdesk.store.store import Store
from ncdesk.ui.detail import SCHEME, STYLE
from ncdesk.ui.formatting import format_date
from ncdesk.ui.labels import value_label
from ncdesk.ui.signals import emit


def _e(text: object) -> str:
    return html.escape(str(text))


def _a(kind: str, rid: str, text: str) -> str:
    return f'<a href="{SCHEME}:{_e(kind)}/{_e(rid)}">{_e(text)}</a>'


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
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("dashboardBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        title = QLabel(self)
        title.setObjectName("dashboardTitle")
        self.title = title
        new_alert = QPushButton(self.tr("New travel alert…"), self)
        new_alert.setObjectName("newAlertButton")
        new_alert.clicked.connect(self.new_alert_requested)
        calendar = QPushButton(self.tr("Export calendar (.ics)…"), self)
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
        self.refresh()

    def today(self) -> dt.date:
        return self.today_override or dt.date.today()

    def refresh(self) -> None:
        self.board = dashboard.build(self.store, self.today())
        self.title.setText(self.tr("Today, %1").replace("%1", format_date(self.today().isoformat())))
        self.browser.setHtml(self.render(self.board))

    def render(self, board: dashboard.Dashboard) -> str:
        out = [STYLE, EXTRA_STYLE]
        out.append(f"<h3>{_e(self.tr('Visits expected in the next 30 days'))}</h3>")
        if not board.upcoming:
            out.append(f'<p class="empty">{_e(self.tr("No visit expected in the next 30 days."))}</p>')
        else:
            out.append('<table class="board">')
            for v in board.upcoming:
                duties = []
                for d in v.obligations:
                    if d.obliged:
                        verdict = f'<span class="ok">{_e(self.tr("obliged to arrest and surrender"))}</span>'
                    else:
                        verdict = f'<span class="no">{_e(self.tr("not obliged"))}</span>'
                    basis = f" ({_e(d.at_start.basis)})" if d.at_start.basis else ""
                    findings = (
                        " — " + _e(self.tr("%n earlier finding(s)", "", len(d.earlier_findings)))
                        if d.earlier_findings
                        else ""
                    )
                    duties.append(f"{_a('state', d.state['id'], d.state['name'])}: {verdict}{basis}{findings}")
                flags = "".join(f'<br><span class="urgent">⚠ {_e(f.message)}</span>' for f in v.flags if f.urgent)
                out.append(
                    f"<tr><td>{_e(v.alert['date_text'])}</td>"
                    f"<td>{_a('travel_alert', v.alert['id'], v.person['name'])} — {_e(value_label(v.alert['status']))}"
                    f"<br>{'<br>'.join(duties)}{flags}</td></tr>"
                )
            out.append("</table>")

        out.append(f"<h3>{_e(self.tr('Alerts needing action'))}</h3>")
        if not board.needing_action:
            out.append(f'<p class="empty">{_e(self.tr("Nothing to do on the open alerts."))}</p>')
        else:
            out.append('<table class="board">')
            for a in board.needing_action:
                messages = "<br>".join(
                    f'<span class="{"urgent" if f.urgent else "note"}">{"⚠ " if f.urgent else ""}{_e(f.message)}</span>'
                    for f in a.flags
                )
                out.append(
                    f"<tr><td>{_e(a.alert['date_text'])}</td><td>{_a('travel_alert', a.alert['id'], a.person['name'])}"
                    f"<br>{messages}</td></tr>"
                )
            out.append("</table>")

        out.append(f"<h3>{_e(self.tr('Deadlines'))}</h3>")
        if not board.deadlines:
            out.append(f'<p class="empty">{_e(self.tr("No open deadline."))}</p>')
        else:
            out.append('<table class="board">')
            for d in board.deadlines:
                when = format_date(d.deadline["due_on"])
                if d.overdue:
                    status = self.tr("overdue by %n day(s)", "", -d.days_left)
                    cell = f'<td class="urgent">{_e(when)}<br>{_e(status)}</td>'
                else:
                    cell = f"<td>{_e(when)}<br>{_e(self.tr('in %n day(s)', '', d.days_left))}</td>"
                who = f"{_a('state', d.state['id'], d.state['name'])}: " if d.state else ""
                text = (
                    _a(d.about[0], d.about[1], d.deadline["description"]) if d.about else _e(d.deadline["description"])
                )
                out.append(f"<tr>{cell}<td>{who}{text}</td></tr>")
            out.append("</table>")

        out.append(f"<h3>{_e(self.tr('The Court’s recent decisions on non-cooperation'))}</h3>")
        out.append('<table class="board">')
        names = {s["id"]: s["name"] for s in self.store.rows("state")}
        for f in board.recent_findings:
            state = names.get(f["state_id"], "")
            out.append(
                f"<tr><td>{_e(format_date(f['date']))}</td><td>{_e(state)}</td>"
                f"<td>{_a('finding', f['id'], f['title'])}</td></tr>"
            )
        out.append("</table>")

        closed = self.store.rows("travel_alert", "status = 'closed'", order_by="date_to DESC")[:5]
        if closed:
            out.append(f'<h3>{_e(self.tr("Latest recorded visits"))}</h3><table class="board">')
            persons = {p["id"]: p["name"] for p in self.store.rows("person")}
            for a in closed:
                outcome = value_label(a["outcome"]) if a["outcome"] else ""
                out.append(
                    f"<tr><td>{_e(a['date_text'])}</td>"
                    f"<td>{_a('travel_alert', a['id'], a['title'] or persons.get(a['person_id'], ''))}</td>"
                    f"<td>{_e(outcome)}</td></tr>"
                )
            out.append("</table>")
        return "".join(out)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

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
