"""Travel alerts: a new alert, its steps, the share with the Court, the President's letter and its
draft, procedure steps and deadlines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ncdesk.store.records import alerts
from ncdesk.ui.operations import Context
from ncdesk.ui.signals import emit

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up is shorter)
    from ncdesk.ui.forms import RecordForm
    from ncdesk.ui.mainwindow import MainWindow
    from ncdesk.ui.steps import StepDialog


class AlertActions(QObject):
    """Travel alerts: a new alert, its steps, the share with the Court, the President's letter and its
    draft, procedure steps and deadlines."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def new_alert(self) -> RecordForm:
        defaults: dict[str, Any] = {"reliability": "unknown", "received_at": dt.date.today().isoformat()}
        if self.w.detail.kind == "person" and self.w.detail.record_id:
            defaults["person_id"] = self.w.detail.record_id
        if self.w.detail.kind == "state" and self.w.detail.record_id:
            defaults["destinations"] = [self.w.detail.record_id]
        return self.w.record_actions.new_record(
            "travel_alert", defaults, saver=lambda store, raw, _rid: alerts.create_alert(store, raw)
        )

    def _open_alert(self) -> dict[str, Any] | None:
        if self.w.detail.kind != "travel_alert" or not self.w.detail.record_id:
            return None
        return self.w.store.get("travel_alert", self.w.detail.record_id)

    def next_step(self) -> StepDialog | None:
        alert = self._open_alert()
        if alert is None or alert["status"] == "closed":
            return None
        from ncdesk.ui.steps import StepDialog

        dialog = StepDialog(self.w.store, alert["id"], parent=self.w)
        dialog.step_taken.connect(lambda aid, step: self.w.record_actions._saved("travel_alert", aid))
        dialog.open()
        return dialog

    def merge_with(self) -> Any:
        """Alerts ▸ Merge with…: the open alert (or letter, activity) and another recorded for it."""
        kind, record_id = self.w.detail.kind, self.w.detail.record_id
        if kind not in ("travel_alert", "letter", "activity") or not record_id:
            return None
        from ncdesk.ui.merging import MergeDialog

        dialog = MergeDialog(self.w.store, kind, record_id, parent=self.w)
        dialog.merged.connect(lambda table, kept: self.w.record_actions._saved(table, kept))
        dialog.open()
        return dialog

    def reopen_alert(self) -> None:
        alert = self._open_alert()
        if alert is None:
            return
        if self.w.prompter.confirm(self.w, self.tr("Reopen"), self.tr("Reopen this alert? Its outcome is cleared.")):
            alerts.reopen(self.w.store, alert["id"], at=dt.date.today())
            self.w.record_actions._saved("travel_alert", alert["id"])

    def share_alert(self) -> RecordForm | None:
        alert = self._open_alert()
        if alert is None:
            return None
        defaults = {"alert_id": alert["id"], "shared_at": dt.date.today().isoformat()}
        form = self.w.record_actions.new_record(
            "court_share", defaults, saver=lambda store, raw, _rid: alerts.share_with_court(store, alert["id"], raw)
        )
        form.return_to = ("travel_alert", alert["id"])
        return form

    def record_letter(self) -> RecordForm | None:
        alert = self._open_alert()
        if alert is None:
            return None
        states = alerts.destinations(self.w.store, alert["id"])
        person = self.w.store.require("person", alert["person_id"])
        sender, office = alerts.current_president(self.w.store)
        defaults: dict[str, Any] = {
            "alert_id": alert["id"],
            "date": dt.date.today().isoformat(),
            "sender_name": sender,
            "sender_office": self.tr("President of the Assembly of States Parties")
            if office == "President of the Assembly of States Parties"
            else office,
            "subject": self.tr("Visit of %1").replace("%1", person["name"]),
        }
        if states:
            duties = alerts.obligations(self.w.store, alert)
            defaults["state_id"] = states[0]["id"]
            defaults["addressee_office"] = self.tr("Minister of Foreign Affairs")
            if duties and duties[0].at_start.ground.value == "state_party":
                defaults["articles_recalled"] = ["86", "89(1)"]
        form = self.w.record_actions.new_record(
            "letter", defaults, saver=lambda store, raw, _rid: alerts.record_letter(store, alert["id"], raw)
        )
        form.return_to = ("travel_alert", alert["id"])
        return form

    def draft_letter(self) -> None:
        alert = self._open_alert()
        if alert is None:
            return
        person = self.w.store.require("person", alert["person_id"])
        suggested = str(Path.home() / f"letter-{person['name'].split()[-1].lower()}-{dt.date.today().isoformat()}.docx")
        target = self.w.prompter.save_file(self.w, self.tr("Draft the letter"), suggested, "Word (*.docx)")
        if target is None:
            return
        language = self.w.language  # the letter in the window's language

        def work(ctx: Context) -> str:
            from ncdesk.io.letters import draft_letter

            draft_letter(ctx.reader(), alert["id"], target, lang=language)
            return str(target)

        def done(path: str) -> None:
            from ncdesk.io.briefing.export import subject_title
            from ncdesk.ui.brief import record_export

            what = f"letter draft for {subject_title(self.w.store, 'alert', alert['id'])}"
            record_export(self.w, self.w.store, self.w.prompter, what, target, subjects=[alert["id"]])
            self.w.statusBar().showMessage(self.tr("Drafted %1").replace("%1", path), 8000)
            emit(self.w.letter_drafted, path)

        def failed(exc: BaseException) -> None:
            self.w.prompter.error(self.w, self.tr("The letter could not be drafted"), self.w._failure_text(exc))

        self.w.operations.run("draft letter", work, done, failed, label=self.tr("Drafting the letter…"))

    def add_procedure_step(self) -> RecordForm | None:
        kind, rid = self.w.detail.kind, self.w.detail.record_id
        if kind not in ("travel_alert", "finding") or not rid:
            return None
        return self.w.record_actions.new_record(
            "procedure_step", {"target_kind": kind, "target_id": rid, "date": dt.date.today().isoformat()}
        )

    def add_deadline(self) -> RecordForm | None:
        kind, rid = self.w.detail.kind, self.w.detail.record_id
        if not kind or not rid:
            return None
        defaults: dict[str, Any] = {"record_kind": kind, "record_id": rid}
        if kind == "state":
            defaults["state_id"] = rid
        elif kind == "finding":
            defaults["state_id"] = self.w.store.require("finding", rid)["state_id"]
        return self.w.record_actions.new_record("deadline", defaults)
