"""The rows of an import checked and written (issue 23, split from `importing`): `RowWriter` runs
each row through the route a form takes (names resolved to records, its values read, the record
validated, duplicates looked for, saved in a savepoint), collecting problems and the questions the
file leaves open (`closed_choices`: the values a closed list offers). `importing` runs it inside
the transaction it keeps or rolls back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ncdesk.core.dates import DateError
from ncdesk.core.forms import FORMS, FieldType
from ncdesk.core.labels import kind_noun
from ncdesk.core.model import AlertOutcome, AlertStatus
from ncdesk.core.text import KindName, Message, StateName, Typed, loose, said
from ncdesk.core.wording import or_list
from ncdesk.io import full_import
from ncdesk.io.import_plan import ImportPlan, Progress, RowPlan, SectionPlan
from ncdesk.io.readers_tables import Limits, Problem
from ncdesk.io.tabular import COLUMNS, Column, column_named, date_columns, day_of, split_many, unescape_formula
from ncdesk.io.values import (
    DATE_ORDERS,
    DAY_FIRST,
    DateOrderProblem,
    both_readings,
    closed_suggestions,
    closed_value,
    in_order,
    order_evidence,
    shared_state_name,
    swappable,
)
from ncdesk.store.file import engine
from ncdesk.store.file.schema import TABLES
from ncdesk.store.records import duplicates
from ncdesk.store.records.editing import ValidationError, save, validate
from ncdesk.store.records.queries import RESOLVABLE, LookupProblem, Resolver, resolve_alert
from ncdesk.store.store import Store

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

_MESSAGE_CHARS = 300


class TooMany(Exception):
    pass


class _Ask(LookupProblem):
    """A value the file does not say clearly: asked (a `Question`), and a problem until answered."""

    def __init__(self, what: str, text: str, message: str, suggestions: list[str]) -> None:
        super().__init__(message, suggestions)
        self.what = what
        self.text = text


class _Asks(Exception):
    """Several values of one list cell asked (at most three; *more*: the items not looked at)."""

    def __init__(self, asks: list[_Ask], more: Message | None) -> None:
        super().__init__(said(asks[0]))
        self.asks = asks
        self.more = more


def closed_choices(kind: str, name: str) -> tuple[str, ...]:
    """The values of a closed list (a form's choice, or a travel alert's status or outcome)."""
    if kind == "travel_alert" and name == "status":
        return tuple(s.value for s in AlertStatus)
    if kind == "travel_alert" and name == "outcome":
        return tuple(o.value for o in AlertOutcome)
    spec = FORMS[kind]
    found = next((f for f in spec.fields if f.name == name), None)
    return found.choices if found is not None and found.type is FieldType.ENUM else ()


class RowWriter:
    """Rows of tables written one by one, each in a savepoint, problems collected."""

    def __init__(self, store: Store, plan: ImportPlan, limits: Limits, progress: Progress | None, total: int):
        self.store = store
        self.plan = plan
        self.limits = limits
        self.progress = progress
        self.total = total
        self.done = 0
        self.resolver = Resolver(store)
        self.added: dict[str, tuple[SectionPlan, int]] = {}  # id -> (section, row number) added by this import
        self._person_keys: dict[str, str] | None = None
        # References found live: the import deletes nothing, so each is checked once.
        self.live: set[tuple[str, str]] = set()
        self.mapping = plan.mapping
        # Numeric dates that can be read only one way (25/09/2027): which order the file uses.
        self.evidence = dict.fromkeys(DATE_ORDERS, 0)

    def run(self) -> None:
        csv_like = self.plan.format == "csv"
        try:
            self._sections(csv_like)
        finally:
            for q in self.plan.questions:
                if q.what == "date_order":
                    q.suggestions.sort(key=lambda order: -self.evidence[order])

    def _sections(self, csv_like: bool) -> None:
        for section in self.plan.sections:
            columns = section.columns or {h: c for h in section.header if h and (c := column_named(section.kind, h))}
            for row in section.rows:
                cells = {}
                for h, text in zip(section.header, row.cells, strict=False):
                    col = columns.get(h)
                    if col is not None:
                        cells[col.name] = (h, unescape_formula(text) if csv_like else text)
                self._row(section, row, cells)
                self.done += 1
                if self.progress is not None:
                    self.progress(self.done, self.total)

    def problem(
        self, section: SectionPlan, row: RowPlan, column: str | None, message: str, *, asked: bool = False
    ) -> None:
        if len(message) > _MESSAGE_CHARS and not isinstance(message, Message):  # it quotes what was written
            message = message[: _MESSAGE_CHARS - 1] + "…"
        p = Problem(self.plan.name, row.number, column, message, section.title)
        row.action = "rejected"
        row.problems += (p,)
        self.plan.problems.append(p)
        if asked:
            self.plan.asked.append(p)
        if len(self.plan.problems) >= self.limits.problems:
            raise TooMany

    def ask(
        self, section: SectionPlan, row: RowPlan, col: Column, where: str, asks: list[_Ask], more: Message | None = None
    ) -> None:
        """Each of *asks* a question of the file, and together a problem of the cell until answered
        (*more*: the items of the cell not looked at)."""
        for a in asks:
            self.plan.ask(a.what, col.name, a.text, a.suggestions, (section.title, row.number, where))
        joined = said(asks[0])
        for other in [*map(said, asks[1:]), *([more] if more is not None else [])]:
            joined = Message("%1; %2", joined, other)
        self.problem(section, row, where, joined, asked=True)

    # -- one row -----------------------------------------------------------------------------

    def _row(self, section: SectionPlan, row: RowPlan, cells: dict[str, tuple[str, str]]) -> None:  # noqa: PLR0912, PLR0915 - a branch per kind of cell the import maps, in the row's order
        kind = section.kind

        def where(col: str) -> str:
            return cells[col][0] if col in cells else col

        raw: dict[str, Any] = {}
        extra: dict[str, str] = {}
        bad: set[str] = set()  # fields already found wrong
        form_fields = {f.name for f in FORMS[kind].fields}
        for col in COLUMNS[kind]:
            text = cells[col.name][1].strip() if col.name in cells else ""
            if not text and col.default:
                text = col.default
            try:
                text = self._text(kind, col, text)
            except _Ask as exc:
                self.ask(section, row, col, where(col.name), [exc])
                bad.add(col.field)
                continue
            except DateOrderProblem as exc:
                self.problem(section, row, where(col.name), said(exc))
                bad.add(col.field)
                continue
            if col.field not in form_fields:
                extra[col.field] = text
                continue
            if col.name not in cells and not text:
                continue
            try:
                raw[col.field] = self._value(col, text)
            except _Ask as exc:
                self.ask(section, row, col, where(col.name), [exc])
                bad.add(col.field)
            except _Asks as exc:
                self.ask(section, row, col, where(col.name), exc.asks, exc.more)
                bad.add(col.field)
            except LookupProblem as exc:
                self.problem(section, row, where(col.name), said(exc))
                bad.add(col.field)
        new_id = extra.get("id") or None
        if new_id and not _UUID.match(new_id):
            self.problem(
                section, row, where("id"), Message("expected a record id (a UUID); leave it empty for a new record")
            )
            new_id = None
        if new_id and not row.problems and self._same_id(section, row, kind, new_id, raw, extra, where):
            return
        values, errors = validate(self.store, kind, {k: v for k, v in raw.items() if k not in bad}, live=self.live)
        if not row.problems:
            # "already the number of …" is said better as a duplicate
            bad.update(self._duplicates(section, row, kind, values, where))
        for name, message in errors.items():
            if name in bad:
                continue
            column = next((c for c in COLUMNS[kind] if c.field == name), None)
            unknown = self._unknown_value(kind, name, raw.get(name))
            if column is not None and unknown is not None:
                self.ask(section, row, column, where(column.name), [unknown])
            else:
                self.problem(section, row, where(column.name) if column else name, message)
        if kind == "travel_alert" and not bad & {"status", "outcome"}:
            self._check_status(section, row, extra, where)
        if row.problems:
            row.action = "rejected"
            return
        try:
            with self.store.db.atomic():
                row.record_id = save(self.store, kind, raw, new_id=new_id, checked=values)
                if kind == "travel_alert":
                    self._alert_status(row.record_id, values, extra)
        except ValidationError as exc:  # the database changed between validate and save
            for name, message in exc.errors.items():
                self.problem(section, row, name, message)
        except engine.IntegrityError as exc:  # a rule of the database the checks above missed: said in words
            broken, message = full_import.constraint_problem(kind, exc, raw)
            named = next((c.name for c in COLUMNS[kind] if c.field == broken), broken)
            self.problem(section, row, where(named) if named else None, message)
        if row.problems:
            row.action = "rejected"
            return
        assert row.record_id is not None
        row.action = "add"
        self.added[row.record_id] = (section, row.number)
        if kind == "person":
            self.resolver.forget("person")
            self._person_keys = None

    def _text(self, kind: str, col: Column, text: str) -> str:
        """A cell's text as mapped, its closed list's value read, its numeric dates in the file's
        order; raises _Ask for what the file must say, DateOrderProblem."""
        if not text or col.ref:
            return text
        dated = col.name in date_columns(kind)
        if dated:  # a column mapped by hand is not one the reader knew to hold dates
            text = day_of(text)
        mapped = self.mapping.value(col.name, text)
        if mapped is not None:
            text = mapped
        if dated:
            return self._dates(text)
        choices = closed_choices(kind, col.field)
        if choices:  # a value not of the list is left as typed: the checks say so, and it is asked
            return closed_value(choices, text) or text
        return text

    def _ask_value(self, name: str, text: str) -> _Ask:
        found = self._unknown_value("travel_alert", name, text)
        assert found is not None
        return found

    def _unknown_value(self, kind: str, name: str, text: Any) -> _Ask | None:
        """The question for *text* when it is not a value of the closed list of field *name*."""
        choices = closed_choices(kind, name)
        if not choices or not isinstance(text, str) or not text.strip() or closed_value(choices, text) is not None:
            return None
        message = Message("%1 is not one of %2", repr(text), ", ".join(choices))
        return _Ask("value", text, message, closed_suggestions(choices, text))

    def _dates(self, text: str) -> str:
        evidence = order_evidence(text)
        if evidence is not None:
            self.evidence[evidence] += 1
        if self.mapping.dates is not None:
            return text if self.mapping.dates == DAY_FIRST else in_order(text, self.mapping.dates)
        both = swappable(text)
        if both is not None:
            try:
                first, second = both_readings(both)
            except DateError:  # not a year ncdesk reads: the date's own problem says so
                return text
            message = Message(
                "%1 may be %2 (day first) or %3 (month first): say which the file uses",
                repr(both),
                first,
                second,
            )
            raise _Ask("date_order", both, message, list(DATE_ORDERS))
        return text

    def _value(self, col: Column, text: str) -> Any:
        if col.ref and col.many:
            items = split_many(text)
            ids, asks = [], []
            more = None
            for n, item in enumerate(items):
                try:
                    ids.append(self._ref(col, item))
                except _Ask as exc:
                    asks.append(exc)
                    if len(asks) == 3 and n + 1 < len(items):  # suggestions cost; three are enough
                        more = Message("the %1 after those were not checked", len(items) - n - 1)
                        break
            if asks:
                raise _Asks(asks, more)
            return ids
        if col.ref:
            return self._ref(col, text) if text else ""
        if col.many:
            return split_many(text)
        return text

    def _ref(self, col: Column, text: str) -> str:
        """The id of the record *text* names; raises _Ask when it names none, several, or a State
        name people use for several States (unless the mapping answered it)."""
        table = col.ref
        mapped = self.mapping.value(col.name, text, state=table == "state")
        if table == "travel_alert":
            return str(resolve_alert(self.store, mapped or text)["id"])
        if mapped is not None:
            if _UUID.match(mapped) and self.store.get(table, mapped.lower()) is not None:
                return mapped.lower()
            try:
                return str(self.resolver.resolve(table, mapped)["id"])
            except LookupProblem as exc:
                raise LookupProblem(
                    Message("%1 is mapped to %2: %3", repr(text), repr(mapped), said(exc)), []
                ) from None
        if _UUID.match(text) and self.store.get(table, text.lower()) is not None:
            return text.lower()
        what = RESOLVABLE[table].lower()
        shared = shared_state_name(text) if table == "state" else ()
        if shared:
            names = self._state_names(shared)
            message = Message(
                "%1 is a name used for several States (%2); say which",
                repr(text),
                or_list([StateName(n) for n in names]),
            )
            raise _Ask(what, text, message, names)
        try:
            return str(self.resolver.resolve(table, text)["id"])
        except LookupProblem as exc:
            raise _Ask(what, text, said(exc), exc.suggestions) from None

    def _state_names(self, iso3s: tuple[str, ...]) -> list[str]:
        """The United Nations' short names of the States of *iso3s*, in that order."""
        marks = ", ".join("?" for _ in iso3s)
        found = dict(
            self.store.db.execute(
                f"SELECT iso3, name FROM state WHERE iso3 IN ({marks}) AND deleted_at IS NULL", list(iso3s)
            ).fetchall()
        )
        return [str(found[i]) for i in iso3s if i in found]

    # -- a row that names its id -------------------------------------------------------------

    def _same_id(
        self,
        section: SectionPlan,
        row: RowPlan,
        kind: str,
        record_id: str,
        raw: dict[str, Any],
        extra: dict[str, str],
        where: Callable[[str], str],
    ) -> bool:
        """True when the row's id is already taken: the same record (skipped) or a conflict."""
        existing = self.store.get(kind, record_id, include_deleted=True)
        if existing is None:
            for table in TABLES:
                if table != kind and self.store.get(table, record_id, include_deleted=True) is not None:
                    self.problem(
                        section,
                        row,
                        where("id"),
                        Message("this id belongs to a %1", KindName(table, table.replace("_", " "))),
                    )
                    row.action = "rejected"
                    return True
            return False
        if record_id in self.added:
            other, number = self.added[record_id]
            self.problem(section, row, where("id"), _same_id_as(number, other, section))
        elif existing["deleted_at"] is not None:
            self.problem(
                section,
                row,
                where("id"),
                Message("this record was deleted; restore it (Edit ▸ Restore) or leave the id empty"),
            )
        else:
            mine, errors = validate(self.store, kind, raw, record_id)
            theirs, their_errors = validate(self.store, kind, {}, record_id)
            differ = [
                c.name
                for c in COLUMNS[kind]
                if c.field in raw
                and (errors.get(c.field) != their_errors.get(c.field) or mine.get(c.field) != theirs.get(c.field))
            ]
            if kind == "travel_alert":
                for name in ("status", "outcome"):
                    if extra.get(name, "") != (existing[name] or "") and (name != "status" or extra.get(name)):
                        differ.append(name)
            if differ:
                self.problem(
                    section,
                    row,
                    where("id"),
                    Message(
                        "a different %1 is recorded with this id (it differs in: %2); "
                        "leave the id empty to add it as a new record",
                        KindName(kind, kind_noun(kind)),
                        Typed(", ".join(differ)),
                    ),
                )
            else:
                row.action = "unchanged"
                row.record_id = record_id
                return True
        row.action = "rejected"
        return True

    # -- travel alerts: the step they have reached ------------------------------------------

    def _check_status(
        self, section: SectionPlan, row: RowPlan, extra: dict[str, str], where: Callable[[str], str]
    ) -> None:
        status, outcome = extra.get("status") or "reported", extra.get("outcome", "")
        statuses = [s.value for s in AlertStatus]
        outcomes = [o.value for o in AlertOutcome]
        columns = {c.field: c for c in COLUMNS["travel_alert"]}
        if status not in statuses:
            self.ask(section, row, columns["status"], where("status"), [self._ask_value("status", status)])
        if outcome and outcome not in outcomes:
            self.ask(section, row, columns["outcome"], where("outcome"), [self._ask_value("outcome", outcome)])
        elif status == AlertStatus.CLOSED and not outcome:
            self.problem(
                section, row, where("outcome"), Message("a closed alert needs its outcome: %1", ", ".join(outcomes))
            )
        elif outcome and status != AlertStatus.CLOSED:
            self.problem(section, row, where("outcome"), Message("an outcome is recorded only for a closed alert"))

    def _alert_status(self, alert_id: str, values: dict[str, Any], extra: dict[str, str]) -> None:
        """The alert at the step the file gives, with one step recorded: when it was received."""
        status = extra.get("status") or "reported"
        outcome = extra.get("outcome") or None
        if status != "reported" or outcome:
            self.store.update("travel_alert", alert_id, {"status": status, "outcome": outcome})
        day = values.get("received_at") or self.store.now()[:10]
        self.store.insert(
            "alert_step", {"alert_id": alert_id, "step": status, "at": day, "notes": f"imported from {self.plan.name}"}
        )

    # -- duplicates --------------------------------------------------------------------------

    def _duplicates(
        self, section: SectionPlan, row: RowPlan, kind: str, values: dict[str, Any], where: Callable[[str], str]
    ) -> list[str]:
        """Report a duplicate of a recorded record or of an earlier row; the fields it is judged on."""
        found = _DUPLICATE_FINDERS[kind](self, values)
        if found is None:
            return []
        other_id, fields = found
        columns = ", ".join(where(c) for c in fields)
        if other_id in self.added:
            other, number = self.added[other_id]
            message = _duplicate_of(number, other, section, _same_words(kind))
        else:
            record = self.store.get(kind, other_id)
            message = Message(
                "duplicate of a %1 already recorded (the same %2): “%3”, id %4",
                KindName(kind, kind_noun(kind)),
                _same_words(kind),
                Typed(_title(kind, record)),
                Typed(other_id[:8]),
            )
        self.problem(section, row, columns, message)
        return [c.field for c in COLUMNS[kind] if c.name in fields]

    def person_keys(self) -> dict[str, str]:
        if self._person_keys is None:
            keys: dict[str, str] = {}
            for p in self.store.rows("person", order_by="rowid"):
                for name in (p["name"], *p["aliases"]):
                    keys.setdefault(loose(name), p["id"])
            self._person_keys = keys
        return self._person_keys


def _same_id_as(number: int, other: SectionPlan, section: SectionPlan) -> Message:
    if other is section:
        if not section.title:
            return Message("the same id as row %1 of this file", number)
        return Message("the same id as row %1 of this sheet", number)
    return Message("the same id as row %1 of the sheet “%2”", number, Typed(other.title))


def _duplicate_of(number: int, other: SectionPlan, section: SectionPlan, same: Message) -> Message:
    if other is section:
        if not section.title:
            return Message("duplicate of row %1 of this file (the same %2)", number, same)
        return Message("duplicate of row %1 of this sheet (the same %2)", number, same)
    return Message("duplicate of row %1 of the sheet “%2” (the same %3)", number, Typed(other.title), same)


def _same_words(kind: str) -> Message:
    return {
        "travel_alert": Message("person, destinations and dates"),
        "letter": Message("State, date and addressee"),
        "activity": Message("kind, title and dates"),
        "person": Message("name"),
        "finding": Message("ICC document number"),
    }[kind]


def _title(kind: str, record: dict[str, Any] | None) -> str:
    if record is None:
        return "?"
    text = record.get("title") or record.get("name") or record.get("subject") or record.get("date_text") or ""
    return str(text)[:60]


def _dup_alert(rows: RowWriter, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    found = duplicates.matches(rows.store, "travel_alert", values)
    return (found[0], ["person", "destinations", "date"]) if found else None


def _dup_letter(rows: RowWriter, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    found = duplicates.matches(rows.store, "letter", values)
    return (found[0], ["state", "date", "addressee_office"]) if found else None


def _dup_activity(rows: RowWriter, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    found = duplicates.matches(rows.store, "activity", values)
    return (found[0], ["kind", "title", "date"]) if found else None


def _dup_person(rows: RowWriter, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    other = rows.person_keys().get(loose(values.get("name") or ""))
    return (other, ["name"]) if other else None


def _dup_finding(rows: RowWriter, values: dict[str, Any]) -> tuple[str, list[str]] | None:
    for number in values.get("documents") or []:
        found = rows.store.db.execute(
            "SELECT d.finding_id FROM finding_document d JOIN finding f ON f.id = d.finding_id "
            "WHERE d.number = ? AND d.deleted_at IS NULL AND f.deleted_at IS NULL",
            [number],
        ).fetchone()
        if found:
            return str(found[0]), ["documents"]
    return None


_DUPLICATE_FINDERS: dict[str, Callable[[RowWriter, dict[str, Any]], tuple[str, list[str]] | None]] = {
    "travel_alert": _dup_alert,
    "letter": _dup_letter,
    "activity": _dup_activity,
    "person": _dup_person,
    "finding": _dup_finding,
}
