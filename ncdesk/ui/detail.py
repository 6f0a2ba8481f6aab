"""The detail pane: every field of the open record with its source, its related records as
links, its chronology and its attached files. Files dropped on it are attached."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from ncdesk.store.file.history import record_history
from ncdesk.store.records.detail import Detail, Event, FieldValue, Ref, Section, detail
from ncdesk.store.store import Store
from ncdesk.ui.formatting import (
    CODES,
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
from ncdesk.ui.labels import event_label, field_label, kind_label, section_label, value_label
from ncdesk.ui.safety import history_html
from ncdesk.ui.signals import emit

SCHEME = "ncdesk"

STYLE = """
<style>
 body { font-size: 10pt; }
 h2 { margin: 0 0 4px 0; font-size: 12pt; }
 h3 { margin: 14px 0 4px 0; font-size: 11pt; color: #1f3b63; border-bottom: 1px solid #c9d3e0; }
 table.fields td { padding: 2px 8px 2px 0; vertical-align: top; }
 td.label { color: #555; white-space: nowrap; }
 span.edited { color: #9a5b00; font-size: 9pt; }
 span.src { color: #666; font-size: 8.5pt; }
 span.note { color: #666; }
 span.deleted { color: #a00; font-weight: bold; }
 table.chrono td { padding: 1px 8px 1px 0; vertical-align: top; }
 td.when { white-space: nowrap; color: #333; }
 p.event { margin: 1px 0 1px 0; }
 span.when { color: #333; }
 a { color: #1f5fa8; text-decoration: none; }
</style>
"""


def link(ref: Ref) -> str:
    text = format_value(ref.text) if ref.kind == "state" else ref.text
    return f'<a href="{SCHEME}:{html.escape(ref.kind)}/{html.escape(ref.id)}">{_e(text)}</a>'


def _e(text: object) -> str:
    """Text escaped, and in Arabic kept in one piece (`isolated`)."""
    return html.escape(isolated(str(text)))


def _value_html(f: FieldValue) -> str:
    if isinstance(f.value, Ref):
        return link(f.value)
    if isinstance(f.value, list):
        short = all(len(str(v)) <= 12 for v in f.value)
        return (", " if short else "<br>").join(_e(format_value(v)) for v in f.value)
    if f.name == "date_text" and isinstance(f.value, str):
        return _e(format_dates(f.value))
    if f.name in ("record_kind", "target_kind") and isinstance(f.value, str):  # a kind of record, not a value
        return _e(kind_label(f.value))
    if f.name in CODES:  # "HUN" stays a code: format_value would name the State
        return _e(str(f.value or ""))
    if f.name in ("un_member", "sealed", "accepted"):
        return _e(translate("DetailPane", "Yes") if f.value else translate("DetailPane", "No"))
    return _e(format_value(f.value)).replace("\n", "<br>")


def _sources_html(citations: list[dict[str, object]]) -> str:
    parts = []
    for c in citations:
        stated = f" — “{c['stated']}”" if c.get("stated") else ""
        note = f" ({c['note']})" if c.get("note") else ""
        if c.get("url"):  # where it can be read again, and the day it was read
            read = f", {translate('DetailPane', 'read on %1').replace('%1', format_date(str(c['read_on'])))}"
            note += f" <{c['url']}{read if c.get('read_on') else ''}>"
        # One piece: the sources are cited in English, and read in their order in Arabic too.
        parts.append(_e(f"{c['source_title']}, {c['locator']}{stated}{note}"))
    return "<br>".join(parts)


_DATED = frozenset({"alerts", "activities"})  # sections whose notes are dates (store.detail)


def _ref_line(section: Section, ref: Ref) -> str:
    if ref.kind == "party_event":
        day = format_date(ref.note)
        if ref.unverified:
            day = translate("DetailPane", "%1 (unverified)").replace("%1", day)
        label = f"{_e(value_label(ref.text))}{colon()}{_e(day)}"
        return label + (f' <span class="note">— {_e(ref.extra)}</span>' if ref.extra else "")
    if ref.kind == "state_note":  # information, not a party event: "Announced, not notified …: day — what"
        day = f'<a href="{SCHEME}:state_note/{html.escape(ref.id)}">{_e(format_date(ref.note))}</a>'
        return f'{_e(value_label(ref.text))}{colon()}{day} <span class="note">— {_e(ref.extra)}</span>'
    if ref.kind == "warrant":
        text = f"{value_label(ref.text)}, {format_date(ref.note)}"
        status = f" — {value_label(ref.extra)}" if ref.extra else ""
        return f'<a href="{SCHEME}:warrant/{html.escape(ref.id)}">{_e(text)}</a>{_e(status)}'
    if ref.kind in ("finding_document", "alert_step", "court_share"):
        shown = value_label(ref.note) if ref.kind == "finding_document" else format_value(ref.note)
        note = f' <span class="note">{_e(shown)}</span>'
        return f"{_e(value_label(ref.text))}{note}"
    if ref.kind == "procedure_step":
        when = f"{colon()}{format_date(ref.note)}" if ref.note else ""
        who = f" — {_e(ref.extra)}" if ref.extra else ""
        return f"{_e(value_label(ref.text))}{_e(when)}{who}"
    if ref.kind == "deadline":
        done_on = translate("DetailPane", "done on")
        done = f" — {done_on} {format_date(ref.extra)}" if ref.extra else ""
        return f"{_e(format_date(ref.note))}{colon()}{_e(ref.text)}{_e(done)}"
    if ref.kind == "resolution_paragraph":
        return f"<b>{_e(ref.text)}</b> {_e(ref.note)}"
    note = ""
    if ref.note:
        # An alert's or an activity's dates as written ("2–4 December 2026") or its ISO day.
        shown = format_dates(ref.note) if section.key in _DATED else format_value(ref.note)
        note = f' <span class="note">— {_e(shown)}</span>'
    return link(ref) + note


def _event_html(ev: Event) -> str:
    when = _e(format_dates(ev.date_text) if ev.date_text else format_date(ev.date))
    what = _e(event_label(ev.kind))
    text = link(Ref(ev.ref.kind, ev.ref.id, ev.text)) if ev.ref else _e(ev.text)
    # A paragraph per event, not a table row: Qt lays a table of a thousand rows out ten times
    # slower than as many paragraphs (a State with a thousand linked records).
    return f'<p class="event"><span class="when">{when}</span>&nbsp;&nbsp;{what}{colon()}{text}</p>'


def _alert_box(d: Detail) -> str:
    """The destination's obligation at the visit dates, prominently, with earlier findings."""
    parts = ['<table width="100%" cellpadding="6" style="background:#f3f6fa; border:1px solid #c9d3e0;">']
    for duty in d.extra.get("obligations", []):
        ob = duty.at_start
        colour = "#1b6e2d" if duty.obliged else "#8a5a00"
        verdict = (
            translate("DetailPane", "OBLIGED to arrest and surrender")
            if duty.obliged
            else translate("DetailPane", "NOT OBLIGED to arrest and surrender")
        )
        w = window_wording()
        basis = f" — {_e(ob.basis_in(w) or '')}" if ob.basis_said else ""
        later = ""
        if duty.at_end is not None:
            last_day = _e(translate("DetailPane", "On the last day of the visit:"))
            later = f'<br><span class="note">{last_day} {_e(duty.at_end.explanation_in(w))}</span>'
        findings = ""
        if duty.earlier_findings:
            items = "".join(
                f"<li>{_e(format_date(f['date']))}{colon()}{link(Ref('finding', f['id'], f['title']))}</li>"
                for f in duty.earlier_findings
            )
            earlier = translate("DetailPane", "Earlier findings against this State")
            findings = f"<br><b>{_e(earlier)}</b><ul>{items}</ul>"
        parts.append(
            f"<tr><td><b>{link(Ref('state', duty.state['id'], duty.state['name']))}</b>{colon()}"
            f'<span style="color:{colour}; font-weight:bold;">{_e(verdict)}</span>{basis}'
            f'<br><span class="note">{_e(ob.explanation_in(w))}</span>{later}{findings}</td></tr>'
        )
    for flag in d.extra.get("flags", []):
        style = "color:#b00020; font-weight:bold;" if flag.urgent else "color:#555;"
        parts.append(
            f'<tr><td><span style="{style}">{"⚠ " if flag.urgent else ""}{_e(flag_text(flag))}</span></td></tr>'
        )
    parts.append("</table>")
    return "".join(parts)


# A long list (a State's thousand alerts) shows its last SHOWN entries, and the chronology its
# last 2 × SHOWN events, under a link that shows them all: Qt needs about 50 µs a line, and the
# pane of a State with a thousand linked records would take a quarter of a second to appear.
SHOWN = 50
MORE = f"{SCHEME}-more"


def _more_link(key: str, hidden: int) -> str:
    from PySide6.QtCore import QLocale

    words = translate("DetailPane", "%n earlier, not shown here: show all").replace("%n", QLocale().toString(hidden))
    return f'<a href="{MORE}:{html.escape(key)}">… {_e(words)}</a>'


def render(d: Detail, expanded: frozenset[str] = frozenset()) -> str:
    """The detail as HTML; every piece of record text is escaped. Lists longer than SHOWN show
    their last entries, unless their key is in *expanded*."""
    out = [STYLE, f'<p><span class="note">{_e(kind_label(d.kind))}</span></p><h2>{_e(d.title)}</h2>']
    if d.deleted:
        out.append(f'<p><span class="deleted">{_e(tr_deleted())}</span></p>')
    if d.kind == "travel_alert":
        out.append(_alert_box(d))
    edited = [f for f in d.fields if f.edited]
    if d.record.get("origin") == "reference":
        note = tr_reference(len(edited))
        out.append(f'<p><span class="src">{_e(note)}</span></p>')
    out.append('<table class="fields">')
    for f in d.fields:
        if f.value in (None, "", []) and not f.edited:
            continue
        mark = f' <span class="edited">✎ {_e(tr_edited())}</span>' if f.edited else ""
        src = f'<br><span class="src">{_sources_html(f.citations)}</span>' if f.citations else ""
        label = f'<td class="label">{_e(field_label(f.name))}</td>'
        out.append(f"<tr>{cells(label, f'<td>{_value_html(f)}{mark}{src}</td>')}</tr>")
    out.append("</table>")
    for section in d.sections:
        out.append(f"<h3>{_e(section_label(section.key))}</h3><ul>")
        items = section.items
        if len(items) > SHOWN and section.key not in expanded:
            out.append(f"<li>{_more_link(section.key, len(items) - SHOWN)}</li>")
            items = items[-SHOWN:]
        out.extend(f"<li>{_ref_line(section, ref)}</li>" for ref in items)
        out.append("</ul>")
    if d.chronology:
        out.append(f"<h3>{_e(tr_chronology())}</h3>")
        events = d.chronology
        if len(events) > 2 * SHOWN and "chronology" not in expanded:
            out.append(f"<p>{_more_link('chronology', len(events) - 2 * SHOWN)}</p>")
            events = events[-2 * SHOWN :]
        out.extend(_event_html(ev) for ev in events)
    if d.attachments:
        out.append(f"<h3>{_e(kind_label('attachment', plural=True))}</h3><ul>")
        from ncdesk.ui.safety import size_text  # the sizes as the backups list writes them

        for a in d.attachments:
            size = size_text(a["size"])
            anchor = f'<a href="{SCHEME}-file:{html.escape(a["id"])}">{_e(a["filename"])}</a>'
            out.append(f'<li>{anchor} <span class="note">{size}</span></li>')
        out.append("</ul>")
    if d.citations:
        out.append(f'<h3>{_e(tr_sources())}</h3><p><span class="src">{_sources_html(d.citations)}</span></p>')
    return "".join(out)


def translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def tr_deleted() -> str:
    return translate("DetailPane", "This record was deleted. Use Edit ▸ Restore record to bring it back.")


def tr_edited() -> str:
    return translate("DetailPane", "changed by you")


def tr_reference(edited: int) -> str:
    if edited:
        return translate(
            "DetailPane", "Reference record; the fields marked ✎ are yours and later reference releases keep them."
        )
    return translate("DetailPane", "Reference record shipped with ncdesk; each fact cites its source.")


def tr_chronology() -> str:
    return translate("DetailPane", "Chronology")


def tr_sources() -> str:
    return translate("DetailPane", "Sources")


class DetailBrowser(QTextBrowser):
    """The HTML view; accepts files dropped on it."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            emit(self.files_dropped, files)
        else:
            super().dropEvent(event)


class DetailPane(QWidget):
    """Shows one record; links open records, files dropped are attached to it."""

    record_link_activated = Signal(str, str)  # kind, id
    attachment_activated = Signal(str)  # attachment id
    files_dropped = Signal(str, str, list)  # kind, id, paths
    edit_requested = Signal(str, str)
    attach_requested = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind: str | None = None
        self.record_id: str | None = None
        self.current: Detail | None = None
        self.expanded: set[str] = set()  # the long lists of this record shown in full
        self._history = ""
        self.browser = DetailBrowser(self)
        self.browser.setObjectName("detailBrowser")
        self.browser.anchorClicked.connect(self._anchor)
        self.browser.files_dropped.connect(self._dropped)
        self.edit_button = QToolButton(self)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.attach_button = QToolButton(self)
        self.attach_button.clicked.connect(lambda: self._emit(self.attach_requested))
        self.brief_button = QToolButton(self)
        self.brief_button.setObjectName("briefButton")
        self.brief_button.setEnabled(False)
        self.actions_button = QToolButton(self)
        self.actions_button.setObjectName("actionsButton")
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.hint = QLabel(self)
        self._title()
        self.hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.edit_button)
        bar.addWidget(self.attach_button)
        bar.addWidget(self.brief_button)
        bar.addWidget(self.actions_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.browser, 1)
        self.show_record(None, None)

    def _title(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        self.attach_button.setText(self.tr("Attach file…"))
        self.brief_button.setText(self.tr("Brief…"))
        self.brief_button.setToolTip(self.tr("A briefing note on this record, as PDF or Word (Ctrl+B)"))
        self.actions_button.setText(self.tr("Actions"))
        self.hint.setText(self.tr("Open a record to see it here. Drop a file on a record to attach it."))

    def retranslate(self) -> None:
        self._title()
        self.refresh()

    def _emit(self, signal: SignalInstance) -> None:
        if self.kind and self.record_id:
            emit(signal, self.kind, self.record_id)

    def show_record(self, kind: str | None, record_id: str | None) -> bool:
        """Show a record; returns False if it no longer exists."""
        self.current = detail(self.store, kind, record_id, window_wording()) if kind and record_id else None
        if self.current is None:
            self.kind = self.record_id = None
            self.browser.clear()
            self.hint.show()
            self.edit_button.setEnabled(False)
            self.attach_button.setEnabled(False)
            self.actions_button.setVisible(False)
            return kind is None
        if (kind, record_id) != (self.kind, self.record_id):
            self.expanded.clear()
        self.kind, self.record_id = kind, record_id
        self.hint.hide()
        changes = record_history(self.store, record_id) if record_id else []
        self._history = self._private_note(record_id) + history_html(self.store, kind or "", changes)
        set_direction(self.browser.document())
        self.browser.setHtml(render(self.current, frozenset(self.expanded)) + self._history)
        from ncdesk.core.forms import FORMS

        self.edit_button.setEnabled(kind in FORMS and not self.current.deleted)
        self.attach_button.setEnabled(not self.current.deleted and kind in ATTACHABLE)
        self.actions_button.setVisible(kind in ("travel_alert", "finding", "state"))
        return True

    def _private_note(self, record_id: str | None) -> str:
        """Said under the record when it is kept on this laptop only (never in a package)."""
        from ncdesk.store.records import exchange_peers

        if not record_id or not exchange_peers.is_private(self.store, record_id):
            return ""
        text = self.tr(
            "Kept on this laptop only: never shared with the other focal points (Edit ▸ Keep on this laptop only)."
        )
        return f'<p class="note">{html.escape(text)}</p>'

    def refresh(self) -> None:
        self.show_record(self.kind, self.record_id)

    def html(self) -> str:
        return self.browser.toHtml()

    def plain_text(self) -> str:
        return without_isolates(self.browser.toPlainText())

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == SCHEME:
            kind, _, rid = url.path().partition("/")
            emit(self.record_link_activated, kind, rid)
        elif url.scheme() == f"{SCHEME}-file":
            emit(self.attachment_activated, url.path())
        elif url.scheme() == MORE and self.current is not None:
            self.show_all(url.path())

    def show_all(self, key: str) -> None:
        """Show every entry of the list *key* (a section, or "chronology") of the open record."""
        if self.current is None:
            return
        self.expanded.add(key)
        position = self.browser.verticalScrollBar().value()
        set_direction(self.browser.document())
        self.browser.setHtml(render(self.current, frozenset(self.expanded)) + self._history)
        self.browser.verticalScrollBar().setValue(position)

    def _dropped(self, files: list[Path]) -> None:
        if self.kind and self.record_id and self.kind in ATTACHABLE:
            emit(self.files_dropped, self.kind, self.record_id, files)


ATTACHABLE = {
    "finding",
    "icc_case",
    "person",
    "state",
    "situation",
    "travel_alert",
    "letter",
    "activity",
    "assembly_document",
}
