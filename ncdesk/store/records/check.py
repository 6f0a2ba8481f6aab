"""`ncdesk check`: is the database sound, and does the record make sense?

Errors are things that are wrong (a damaged file, a broken reference, a malformed document
number, an impossible sequence of dates); notes are things worth a look that may be right
(the Court's practice differing from the usual rule). Healthy means no errors.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ncdesk import paths
from ncdesk.core import docnums
from ncdesk.core.dates import DateError, parse_partial
from ncdesk.core.model import DEPOSIT_KINDS, AlertStatus, PartyEventKind, Referral
from ncdesk.core.obligation import memberships, standing_at
from ncdesk.core.referral import where_finding_goes
from ncdesk.store.file import fts, history
from ncdesk.store.file.migrations import schema_version
from ncdesk.store.file.schema import KINDS, TABLES
from ncdesk.store.store import Record, Store

DEADLINE_126 = dt.date(2002, 4, 11)


class Severity(StrEnum):
    ERROR = "error"
    NOTE = "note"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    table: str
    record_id: str | None
    message: str
    # What `ncdesk check --repair` does about it (None: a person must decide).
    fix: Callable[[Store], object] | None = field(default=None, compare=False, repr=False)
    fix_text: str = ""
    fix_last: bool = False  # rebuilding derived data waits for the other repairs
    damage: bool = False  # the file itself is damaged: a backup may be the way back

    def line(self) -> str:
        where = f"{self.table}" + (f" {self.record_id}" if self.record_id else "")
        repair = f" [repair: {self.fix_text}]" if self.fix else ""
        return f"{self.severity.value}: {where}: {self.message}{repair}"


def in_force_for(deposit: dt.date) -> dt.date:
    """Article 126: when the Statute enters into force for a State depositing on *deposit*."""
    if deposit <= DEADLINE_126:
        return dt.date(2002, 7, 1)
    sixtieth = deposit + dt.timedelta(days=60)
    return dt.date(sixtieth.year + (sixtieth.month == 12), sixtieth.month % 12 + 1, 1)


class _Checker:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.problems: list[Problem] = []

    def _content(self, att: Record) -> bytes:
        from ncdesk.store.file.errors import StoreError
        from ncdesk.store.records.attachments import read_bytes

        try:
            return read_bytes(self.store, att)
        except StoreError:
            return b""  # does not decrypt: reported as changed

    def error(self, table: str, rid: str | None, message: str) -> None:
        self.problems.append(Problem(Severity.ERROR, table, rid, message))

    def note(self, table: str, rid: str | None, message: str) -> None:
        self.problems.append(Problem(Severity.NOTE, table, rid, message))

    def fixable(
        self,
        table: str,
        rid: str | None,
        message: str,
        fix: Callable[[Store], object],
        text: str,
        last: bool = False,
        damage: bool = False,
    ) -> None:
        self.problems.append(Problem(Severity.ERROR, table, rid, message, fix, text, last, damage))

    # -- the file ---------------------------------------------------------------------------

    def database(self) -> bool:
        db = self.store.db
        results = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
        if results != ["ok"]:
            for r in results[:20]:
                self.problems.append(Problem(Severity.ERROR, "database", None, f"integrity check: {r}", damage=True))
            return False
        if not self.text():
            return False  # reading the record would fail on the damaged text
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
            self.error(table, str(rowid), f"refers to a missing {parent} row")
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version != schema_version():
            self.fixable(
                "database",
                None,
                f"schema version {version}, expected {schema_version()}",
                _sql(f"PRAGMA user_version = {schema_version()}"),
                "set the schema version",
            )
        rebuild = "rebuild the search index"
        try:
            db.execute(f"INSERT INTO {fts.FTS_TABLE}({fts.FTS_TABLE}) VALUES ('integrity-check')")
        except Exception as exc:  # noqa: BLE001 - any failure here means a damaged index
            self.fixable(fts.FTS_TABLE, None, f"full-text index is damaged: {exc}", _rebuild_fts, rebuild, True)
        for spec in fts.INDEXED:
            live = db.execute(f"SELECT count(*) FROM {spec.kind} WHERE deleted_at IS NULL").fetchone()[0]
            indexed = db.execute(f"SELECT count(*) FROM {fts.FTS_TABLE} WHERE kind = ?", [spec.kind]).fetchone()[0]
            if live != indexed:
                self.fixable(fts.FTS_TABLE, None, f"{spec.kind}: {indexed} indexed, {live} records", _rebuild_fts,
                             rebuild, True)  # fmt: skip
        triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for table in TABLES:
            missing = [
                a for a in ("insert", "update", "delete") if f"{history.TRIGGER_PREFIX}{table}_{a}" not in triggers
            ]
            if missing:
                self.fixable(table, None, f"changes are not recorded in the history ({', '.join(missing)})",
                             _renew_history, "renew the history triggers", True)  # fmt: skip
        if db.execute("SELECT batch_id FROM history_context").fetchone() != (None,):
            self.fixable(
                "history_context",
                None,
                "a change left open by an interrupted session",
                _close_left_open,
                "close it",
            )
        return True

    def text(self) -> bool:
        """Every text value is valid UTF-8 (SQLite stores any bytes; reading them back fails)."""
        found = damaged_text(self.store.db)
        for cell in found[:MAX_TEXT_PROBLEMS]:
            where = cell.table if cell.table != fts_content() else fts.FTS_TABLE
            self.fixable(
                where,
                cell.record_id,
                f"column {cell.column}: text that is not valid UTF-8: the file is damaged",
                _mend_text,
                "replace the damaged bytes with �",
                damage=True,
            )
        if len(found) > MAX_TEXT_PROBLEMS:
            self.fixable("database", None, f"{len(found) - MAX_TEXT_PROBLEMS} more values with text that is not "
                         "valid UTF-8: the file is damaged", _mend_text, "replace the damaged bytes with �",
                         damage=True)  # fmt: skip
        return not found

    # -- the record -------------------------------------------------------------------------

    def party_status(self) -> None:
        from ncdesk.store.records.queries import state_facts

        for state in self.store.rows("state"):
            facts = state_facts(self.store, state)
            if not facts.events:
                continue
            name = state["name"]
            used: set[tuple[dt.date, PartyEventKind]] = set()
            for m in memberships(facts):
                if m.deposited is None or m.deposit_kind is None:
                    self.error("state", state["id"], f"{name}: entry into force on {m.in_force} without a deposit")
                    continue
                used.add((m.deposited, m.deposit_kind))
                if m.deposit_kind is not PartyEventKind.SUCCESSION:
                    expected = in_force_for(m.deposited)
                    if expected != m.in_force:
                        self.error(
                            "state",
                            state["id"],
                            f"{name}: entry into force {m.in_force}, but article 126 gives {expected} for the "
                            f"deposit of {m.deposited}",
                        )
                if m.withdrawal_notified and m.withdrawal_effective and m.withdrawal_effective <= m.withdrawal_notified:
                    self.error("state", state["id"], f"{name}: withdrawal effective before it was notified")
            withdrawn = [e.date for e in facts.events if e.kind is PartyEventKind.INSTRUMENT_WITHDRAWN]
            for e in facts.events:
                if e.kind in DEPOSIT_KINDS and (e.date, e.kind) not in used:
                    if any(w >= e.date for w in withdrawn):
                        continue
                    self.note(
                        "state",
                        state["id"],
                        f"{name}: {e.kind.value} of {e.date} has no entry into force recorded "
                        f"(due {in_force_for(e.date)})",
                    )
            effective = [e for e in facts.events if e.kind is PartyEventKind.WITHDRAWAL_EFFECTIVE]
            notified = [e for e in facts.events if e.kind is PartyEventKind.WITHDRAWAL_NOTIFIED]
            if len(effective) > len(notified):
                self.error("state", state["id"], f"{name}: a withdrawal took effect without a notification")

    def findings(self) -> None:
        situations = {s["id"]: s for s in self.store.rows("situation")}
        cases = {c["id"]: c for c in self.store.rows("icc_case")}
        bound = {(b["situation_id"], b["state_id"]) for b in self.store.rows("situation_bound_state")}
        docs: dict[str, list[Record]] = {}
        for d in self.store.rows("finding_document"):
            docs.setdefault(d["finding_id"], []).append(d)
        for f in self.store.rows("finding"):
            fid = f["id"]
            sit = situations.get(f["situation_id"])
            case = cases.get(f["case_id"]) if f["case_id"] else None
            numbers = docs.get(fid, [])
            if not numbers:
                self.error("finding", fid, f"{f['title'][:60]!r} has no ICC document number")
            for d in numbers:
                try:
                    parsed = docnums.parse_icc(d["number"])
                except docnums.DocNumberError as exc:
                    self.error("finding_document", d["id"], str(exc))
                    continue
                if sit and parsed.situation_number != sit["icc_number"]:
                    self.error("finding_document", d["id"], f"{d['number']} is not in situation {sit['icc_number']}")
                if case and parsed.case_number and parsed.case_number != case["icc_number"]:
                    self.error("finding_document", d["id"], f"{d['number']} is not in case {case['icc_number']}")
            if case and sit and case["situation_id"] != sit["id"]:
                self.error("finding", fid, "its case belongs to another situation")
            if f["sc_document"]:
                try:
                    parsed = docnums.parse_un(f["sc_document"])
                    if parsed.kind != "sc_document":
                        raise docnums.DocNumberError(f"{f['sc_document']} is not a Security Council document")
                except docnums.DocNumberError as exc:
                    self.error("finding", fid, str(exc))
                if f["referred_to"] not in (Referral.SECURITY_COUNCIL, Referral.BOTH):
                    self.error("finding", fid, "has a Security Council document but was not referred to the Council")
            if f["sc_date"] and f["sc_date"] < f["date"]:
                self.error(
                    "finding", fid, f"Security Council document dated {f['sc_date']}, before the decision ({f['date']})"
                )
            if f["kind"] in ("finding",) and f["state_id"] and sit:
                rule = where_finding_goes(
                    state_is_party=self._was_party(f["state_id"], dt.date.fromisoformat(f["date"])),
                    council_referred=sit["trigger"] == "security_council",
                    council_bound=(sit["id"], f["state_id"]) in bound,
                )
                if rule.referral.value != f["referred_to"] and f["referred_to"] != Referral.DEFERRED:
                    self.note(
                        "finding",
                        fid,
                        f"{numbers[0]['number'] if numbers else f['title'][:40]}: referred to {f['referred_to']}, "
                        f"the usual rule gives {rule.referral.value}",
                    )

    def _was_party(self, state_id: str, day: dt.date) -> bool:
        from ncdesk.store.records.queries import state_facts

        state = self.store.get("state", state_id)
        return state is not None and standing_at(state_facts(self.store, state), day).is_party

    def warrants_and_cases(self) -> None:
        situations = {s["id"]: s for s in self.store.rows("situation")}
        for c in self.store.rows("icc_case"):
            sit = situations.get(c["situation_id"])
            if sit and not c["icc_number"].startswith(sit["icc_number"] + "-"):
                self.error("icc_case", c["id"], f"{c['icc_number']} is not a case of {sit['icc_number']}")
        for w in self.store.rows("warrant"):
            if w["status_since"] and w["status_since"] < w["issued_on"]:
                self.error("warrant", w["id"], "status dated before the warrant was issued")
            if w["unsealed_on"] and w["unsealed_on"] < w["issued_on"]:
                self.error("warrant", w["id"], "unsealed before it was issued")
            if w["icc_document"] and not docnums.is_valid(w["icc_document"]):
                self.error("warrant", w["id"], f"malformed document number {w['icc_document']!r}")

    def alerts_and_letters(self) -> None:
        destinations = {d["alert_id"] for d in self.store.rows("alert_destination")}
        for a in self.store.rows("travel_alert"):
            if a["id"] not in destinations:
                self.error("travel_alert", a["id"], f"{a['title'] or 'alert'} has no destination State")
            if a["outcome"] and a["status"] != "closed":
                self.note("travel_alert", a["id"], "has an outcome but is not closed")
            if a["status"] == "closed" and not a["outcome"]:
                self.error("travel_alert", a["id"], f"{a['title'] or 'alert'} is closed without an outcome")
        statuses = {s.value for s in AlertStatus}
        last_step: dict[str, str] = {}
        for row in self.store.rows("alert_step", order_by="at, rowid"):
            if row["step"] in statuses:
                last_step[row["alert_id"]] = row["step"]
        alerts = {a["id"]: a for a in self.store.rows("travel_alert")}
        for aid, last in last_step.items():
            alert = alerts.get(aid)
            if alert is not None and alert["status"] != last:
                self.error("travel_alert", aid, f"status is {alert['status']}, but its last step is {last}")
        dest_states: dict[str, set[str]] = {}
        for d in self.store.rows("alert_destination"):
            dest_states.setdefault(d["alert_id"], set()).add(d["state_id"])
        for letter in self.store.rows("letter", "alert_id IS NOT NULL"):
            if letter["alert_id"] in alerts and letter["state_id"] not in dest_states.get(letter["alert_id"], set()):
                self.error("letter", letter["id"], "is addressed to a State that is not a destination of its alert")
        for letter in self.store.rows("letter"):
            if letter["published_on"] and letter["date"] and letter["published_on"] < letter["date"]:
                self.error("letter", letter["id"], "published before it was dated")
            if letter["reply_on"] and letter["date"] and letter["reply_on"] < letter["date"]:
                self.error("letter", letter["id"], "reply dated before the letter")

    def references(self) -> None:  # noqa: PLR0912 - a branch per kind of reference checked
        live: dict[str, set[str]] = {}
        for table in TABLES:
            live[table] = {r[0] for r in self.store.db.execute(f"SELECT id FROM {table}").fetchall()}
        for link in self.store.rows("link"):
            for side in ("src", "dst"):
                kind, rid = link[f"{side}_kind"], link[f"{side}_id"]
                if kind not in live or rid not in live[kind]:
                    self.error("link", link["id"], f"its {side} {kind} {rid} does not exist")
        for step in self.store.rows("procedure_step"):
            if step["target_id"] not in live.get(step["target_kind"], set()):
                self.error("procedure_step", step["id"], f"its {step['target_kind']} does not exist")
        cited: set[str] = set()
        for c in self.store.rows("citation"):
            if c["record_kind"] not in live or c["record_id"] not in live[c["record_kind"]]:
                self.error("citation", c["id"], f"cites a missing {c['record_kind']} {c['record_id']}")
            cited.add(c["record_id"])
        for kind in KINDS:
            for r in self.store.rows(kind.table, "origin = 'reference'"):
                if r["id"] not in cited:
                    self.error(kind.table, r["id"], "reference record without a source")
        for att in self.store.rows("attachment"):
            stored = paths.attachments_dir(self.store.folder) / att["stored_name"]
            if not stored.exists():
                self.error("attachment", att["id"], f"file {att['filename']!r} is missing from the data folder")
            elif hashlib.sha256(self._content(att)).hexdigest() != att["sha256"]:
                self.error("attachment", att["id"], f"file {att['filename']!r} has changed since it was attached")
        for table in TABLES:
            columns = set(self.store.columns(table))
            for rid, fields in self.store.db.execute(f"SELECT id, user_fields FROM {table}").fetchall():
                names = json.loads(fields)
                if not isinstance(names, list):
                    self.error(table, rid, "user_fields is not a list")
                elif unknown := [n for n in names if n not in columns]:
                    kept = [n for n in names if n in columns]
                    self.fixable(
                        table,
                        rid,
                        f"marks unknown fields as edited by the user: {', '.join(map(str, unknown))}",
                        _sql(f"UPDATE {table} SET user_fields = ? WHERE id = ?", json.dumps(kept), rid),
                        "forget them",
                    )

    def dates(self) -> None:
        """Partly known dates: the first and last day match the words, and come in order."""
        for table in ("travel_alert", "activity"):
            for r in self.store.rows(table):
                if r["date_from"] and r["date_to"] and r["date_to"] < r["date_from"]:
                    self.error(table, r["id"], f"ends ({r['date_to']}) before it starts ({r['date_from']})")
                    continue
                if not r["date_text"]:
                    continue
                try:
                    pd = parse_partial(r["date_text"])
                except DateError:
                    continue  # the words are the user's; the days were checked when saved
                wanted = (pd.start.isoformat(), pd.end.isoformat(), pd.precision.value)
                if (r["date_from"], r["date_to"], r["date_precision"]) != wanted:
                    self.fixable(
                        table,
                        r["id"],
                        f"{r['date_text']!r} means {wanted[0]} to {wanted[1]}, but {r['date_from']} to "
                        f"{r['date_to']} is recorded",
                        _sql(
                            f"UPDATE {table} SET date_from = ?, date_to = ?, date_precision = ? WHERE id = ?",
                            *wanted,
                            r["id"],
                        ),
                        "set the days from the words",
                    )


def run_check(store: Store) -> list[Problem]:
    checker = _Checker(store)
    if checker.database():
        checker.party_status()
        checker.findings()
        checker.warrants_and_cases()
        checker.alerts_and_letters()
        checker.references()
        checker.dates()
    return checker.problems


MAX_TEXT_PROBLEMS = 50  # listed one by one; the rest counted


@dataclass(frozen=True)
class DamagedCell:
    table: str
    rowid: int
    record_id: str | None
    column: str
    raw: bytes


def fts_content() -> str:
    return f"{fts.FTS_TABLE}_content"


def damaged_text(db: Any) -> list[DamagedCell]:
    """The values of every table (the history and the search index's text included) stored as text
    that is not valid UTF-8, read as bytes so that reading them cannot fail."""
    found: list[DamagedCell] = []
    tables = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    for name, sql in tables:
        upper = (sql or "").upper()
        if upper.startswith("CREATE VIRTUAL") or "WITHOUT ROWID" in upper:
            continue  # the search index's text lives in its content table, read below; no rowid to mend by
        if name.startswith(f"{fts.FTS_TABLE}_") and name != fts_content():
            continue  # the index's own blobs
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{name}")').fetchall()]
        if not columns:
            continue
        raw = ", ".join(f"""CASE WHEN typeof("{c}") = 'text' THEN CAST("{c}" AS BLOB) END""" for c in columns)
        has_id = "id" in columns and name != fts_content()
        for row in db.execute(f'SELECT rowid, {raw} FROM "{name}"'):
            for column, value in zip(columns, row[1:], strict=True):
                if value is None:
                    continue
                try:
                    bytes(value).decode("utf-8")
                except UnicodeDecodeError:
                    rid = row[1 + columns.index("id")] if has_id else None
                    record_id = bytes(rid).decode("utf-8", "replace") if rid is not None else f"row {row[0]}"
                    found.append(DamagedCell(name, int(row[0]), record_id, column, bytes(value)))
    return found


def _mend_text(store: Store) -> None:
    """Each damaged value again as text, its invalid bytes replaced with U+FFFD. Mending a record
    writes its old value into the history (a trigger), which the next pass mends in turn; the
    search index is rebuilt from the mended records."""
    for _ in range(5):
        found = damaged_text(store.db)
        if not found:
            break
        for cell in found:
            if cell.table == fts_content():
                continue
            store.db.execute(
                f'UPDATE "{cell.table}" SET "{cell.column}" = ? WHERE rowid = ?',
                [cell.raw.decode("utf-8", "replace"), cell.rowid],
            )
    fts.rebuild(store.db)


def _sql(sql: str, *args: object) -> Callable[[Store], object]:
    return lambda store: store.db.execute(sql, list(args))


def _close_left_open(store: Store) -> None:
    # The repair's own batch is what is open now; Store.batch() closes it when done.
    store.db.execute("UPDATE history_context SET batch_id = ? WHERE id = 1", [store.current_batch])


def _rebuild_fts(store: Store) -> None:
    fts.rebuild(store.db)


def _renew_history(store: Store) -> None:
    store.db.execute("DELETE FROM meta WHERE key = 'history_definition'")
    history.ensure(store.db)


@dataclass(frozen=True)
class RepairReport:
    repaired: list[Problem]
    remaining: list[Problem]


def repair(store: Store) -> RepairReport:
    """Fix what can be fixed without a person's judgement, in one transaction; then check again."""
    problems = run_check(store)
    fixes = sorted((p for p in problems if p.fix is not None), key=lambda p: p.fix_last)
    if fixes:
        with store.batch(f"Repair: {len(fixes)} problem(s)", kind="repair"):
            done: set[Callable[[Store], object]] = set()
            for p in fixes:
                assert p.fix is not None
                if p.fix in done:  # one rebuild serves every problem of the index
                    continue
                p.fix(store)
                done.add(p.fix)
    return RepairReport(fixes, run_check(store))


def last_good_backup(store: Store, problems: list[Problem]) -> str | None:
    """When the file itself is damaged: the name of the newest backup that passes its check."""
    if not any(p.damage for p in problems):
        return None
    from ncdesk.store.file.backups import latest_good

    found = latest_good(store.folder, store.key)
    return found[0].path.name if found else None


def healthy(problems: list[Problem]) -> bool:
    return not any(p.severity is Severity.ERROR for p in problems)
