"""Adding and editing records from forms: every rule checked, then one transaction.

`validate()` is cheap enough to run on every keystroke; `save()` runs it again and writes the
record with its child rows (a finding's document numbers) all or nothing.
"""

from __future__ import annotations

from typing import Any

from ncdesk.core import docnums
from ncdesk.core.forms import FORMS, FieldType, parse_form
from ncdesk.core.text import Message, Typed
from ncdesk.store.file.schema import TABLES as _TABLES
from ncdesk.store.store import Store, table_label


class ValidationError(ValueError):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def current_values(store: Store, kind: str, record_id: str) -> dict[str, Any]:
    """The form's fields of an existing record, children included."""
    record = store.require(kind, record_id)
    spec = FORMS[kind]
    values = {f.name: record.get(f.name) for f in spec.fields if f.name in record}
    for f in spec.fields:
        if f.type is FieldType.PARTIAL_DATE:
            values[f.name] = record.get("date_text") or ""
    if kind == "finding":
        values["documents"] = [
            d["number"] for d in store.rows("finding_document", "finding_id = ?", [record_id], order_by="rowid")
        ]
    if kind == "travel_alert":
        values["destinations"] = [
            d["state_id"] for d in store.rows("alert_destination", "alert_id = ?", [record_id], order_by="rowid")
        ]
    if kind == "activity":
        for role in ("heard", "concerned"):
            values[f"states_{role}"] = [
                a["state_id"]
                for a in store.rows(
                    "activity_state", "activity_id = ? AND role = ?", [record_id, role], order_by="rowid"
                )
            ]
    return values


def validate(
    store: Store,
    kind: str,
    raw: dict[str, Any],
    record_id: str | None = None,
    *,
    live: set[tuple[str, str]] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean values and errors (by field) for a form of *kind*; an edit passes *record_id*.

    *live*: (table, id) of records known to exist, not deleted, and added to as references are
    checked: an import, which deletes nothing in its transaction, checks each one once."""
    spec = FORMS[kind]
    # An edit is checked as the whole record it will be, not only the fields changed.
    full = {**current_values(store, kind, record_id), **raw} if record_id else dict(raw)
    for f in spec.fields:
        full.setdefault(f.name, None)
    values, errors = parse_form(kind, full)
    for f in spec.fields:
        if (
            f.type is FieldType.REF
            and values.get(f.name)
            and f.name not in errors
            and not _all_live(store, f.ref_kind, [values[f.name]], live)
        ):
            errors[f.name] = Message("no such record")
        if (
            f.type is FieldType.REF_LIST
            and f.name not in errors
            and not _all_live(store, f.ref_kind, values.get(f.name) or [], live)
        ):
            errors[f.name] = Message("no such record")
    _CROSS.get(kind, _nothing)(store, values, errors, record_id)
    return values, errors


def _all_live(store: Store, table: str, ids: list[str], live: set[tuple[str, str]] | None = None) -> bool:
    """Are *ids* all records of *table*, not deleted? (One query, over the ids' index: an import
    checks every row's references; with *live*, those it checked before are not asked again.)"""
    wanted = set(ids)
    if live is not None:
        wanted = {i for i in wanted if (table, i) not in live}
    if not wanted:
        return True
    if table not in _TABLES:
        raise ValueError(f"unknown table {table!r}")
    marks = ", ".join("?" for _ in wanted)
    found = store.db.execute(
        f"SELECT count(*) FROM {table} WHERE id IN ({marks}) AND deleted_at IS NULL", list(wanted)
    ).fetchone()[0]
    if int(found) != len(wanted):
        return False
    if live is not None:
        live.update((table, i) for i in wanted)
    return True


def _nothing(store: Store, values: dict[str, Any], errors: dict[str, str], record_id: str | None) -> None:
    return None


def _unique(
    store: Store, table: str, column: str, value: Any, record_id: str | None, errors: dict[str, str], name: str
) -> None:
    if value is None or name in errors:
        return
    other = store.db.execute(
        f"SELECT id FROM {table} WHERE {column} = ? AND id IS NOT ?", [value, record_id]
    ).fetchone()
    if other is not None:
        errors[name] = Message("%1 is already recorded", value)


def _after(values: dict[str, Any], errors: dict[str, str], later: str, earlier: str, why: Message) -> None:
    if values.get(later) and values.get(earlier) and later not in errors and values[later] < values[earlier]:
        errors[later] = why


def _situation_number(store: Store, situation_id: str | None) -> str | None:
    if not situation_id:
        return None
    rec = store.get("situation", situation_id)
    return str(rec["icc_number"]) if rec else None


def _check_situation(store: Store, values: dict[str, Any], errors: dict[str, str], record_id: str | None) -> None:
    _unique(store, "situation", "icc_number", values.get("icc_number"), record_id, errors, "icc_number")


def _check_case(store: Store, values: dict[str, Any], errors: dict[str, str], record_id: str | None) -> None:
    _unique(store, "icc_case", "icc_number", values.get("icc_number"), record_id, errors, "icc_number")
    situation = _situation_number(store, values.get("situation_id"))
    number = values.get("icc_number")
    if situation and number and "icc_number" not in errors and not number.startswith(situation + "-"):
        errors["icc_number"] = Message("a case of %1 is numbered %1-NN/NN", situation)


def _check_warrant(store: Store, values: dict[str, Any], errors: dict[str, str], record_id: str | None) -> None:
    _after(values, errors, "status_since", "issued_on", Message("is before the day it was issued"))
    _after(values, errors, "unsealed_on", "issued_on", Message("is before the day it was issued"))
    if values.get("unsealed_on") and not values.get("sealed") and "unsealed_on" not in errors:
        errors["unsealed_on"] = Message("only a warrant issued under seal is unsealed")
    _case_in_situation(store, values, errors)
    situation = _situation_number(store, values.get("situation_id"))
    doc = values.get("icc_document")
    if situation and doc and "icc_document" not in errors and docnums.parse_icc(doc).situation_number != situation:
        errors["icc_document"] = Message("is not a document of %1", situation)


def _case_in_situation(store: Store, values: dict[str, Any], errors: dict[str, str]) -> None:
    if values.get("case_id") and values.get("situation_id") and "case_id" not in errors:
        case = store.get("icc_case", values["case_id"])
        if case and case["situation_id"] != values["situation_id"]:
            errors["case_id"] = Message("belongs to another situation")


def _check_finding(store: Store, values: dict[str, Any], errors: dict[str, str], record_id: str | None) -> None:
    _after(values, errors, "sc_date", "date", Message("is before the decision"))
    _after(values, errors, "transmitted_on", "date", Message("is before the decision"))
    _case_in_situation(store, values, errors)
    if values.get("sc_document") and values.get("referred_to") not in (None, "security_council", "both"):
        errors.setdefault("referred_to", Message("a Security Council document means it was referred to the Council"))
    if values.get("sc_date") and not values.get("sc_document"):
        errors.setdefault("sc_document", Message("give the Security Council document for that date"))
    situation = _situation_number(store, values.get("situation_id"))
    case = store.get("icc_case", values["case_id"]) if values.get("case_id") else None
    for number in values.get("documents") or []:
        if "documents" in errors:
            break
        parsed = docnums.parse_icc(number)
        if situation and parsed.situation_number != situation:
            errors["documents"] = Message("%1 is not a document of %2", number, situation)
        elif case and parsed.case_number and parsed.case_number != case["icc_number"]:
            errors["documents"] = Message("%1 is not a document of case %2", number, case["icc_number"])
        else:
            other = store.db.execute(
                "SELECT f.title FROM finding_document d JOIN finding f ON f.id = d.finding_id "
                "WHERE d.number = ? AND d.deleted_at IS NULL AND d.finding_id IS NOT ?",
                [number, record_id],
            ).fetchone()
            if other:
                errors["documents"] = Message("%1 is already the number of “%2”", number, Typed(other[0][:60]))


def _check_party_event(store: Store, values: dict[str, Any], errors: dict[str, str], record_id: str | None) -> None:
    if values.get("state_id") and values.get("event") and values.get("date"):
        same = store.db.execute(
            "SELECT 1 FROM party_event WHERE state_id = ? AND event = ? AND date = ? AND deleted_at IS NULL "
            "AND id IS NOT ?",
            [values["state_id"], values["event"], values["date"], record_id],
        ).fetchone()
        if same:
            errors["date"] = Message("this event is already recorded for this State on that day")


def _check_letter(store: Store, values: dict[str, Any], errors: dict[str, str], record_id: str | None) -> None:
    _after(values, errors, "published_on", "date", Message("is before the letter's date"))
    _after(values, errors, "reply_on", "date", Message("is before the letter's date"))


def _check_deadline(store: Store, values: dict[str, Any], errors: dict[str, str], record_id: str | None) -> None:
    kind, rid = values.get("record_kind"), values.get("record_id")
    if kind and rid and (kind not in _TABLES or store.get(kind, rid) is None):
        errors["record_id"] = Message("no such record")


def _check_procedure_step(store: Store, values: dict[str, Any], errors: dict[str, str], record_id: str | None) -> None:
    kind, rid = values.get("target_kind"), values.get("target_id")
    if kind and rid and store.get(kind, rid) is None:
        errors["target_id"] = Message("no such record")


_CROSS = {
    "situation": _check_situation,
    "icc_case": _check_case,
    "warrant": _check_warrant,
    "finding": _check_finding,
    "party_event": _check_party_event,
    "letter": _check_letter,
    "deadline": _check_deadline,
    "procedure_step": _check_procedure_step,
}


# The rules of the forms that only say whether a record named exists: for a stored row (a complete
# export's), the database's references say it, and a row may name a record deleted since.
_ONLY_REFERENCES = ("deadline", "procedure_step")
# What a stored row holds otherwise than its form: a partly known date as its days (date_from,
# date_to), references as ids (checked by the database, and a row may name a deleted record).
_NOT_AS_STORED = (FieldType.PARTIAL_DATE, FieldType.REF, FieldType.REF_LIST)


def check_stored(store: Store, kind: str, stored: dict[str, Any], record_id: str) -> dict[str, str]:
    """The forms' checks on a record as it is stored (a row of the complete export, *record_id* its
    id), errors by field: each of its form's fields it holds, read as the form reads it, then the
    rules between its fields and with the other records (a finding's document numbers when
    *stored* has `documents`). A deleted record's fields are checked, not its rules: it may have
    been deleted for breaking one (a second record of the same event)."""
    spec = FORMS[kind]
    raw = {f.name: stored[f.name] for f in spec.fields if f.name in stored and f.type not in _NOT_AS_STORED}
    values, errors = parse_form(kind, raw)
    if stored.get("deleted_at") or kind in _ONLY_REFERENCES:
        return errors
    values.update({f.name: stored[f.name] for f in spec.fields if f.type is FieldType.REF and f.name in stored})
    _CROSS.get(kind, _nothing)(store, values, errors, record_id)
    return errors


def save(
    store: Store,
    kind: str,
    raw: dict[str, Any],
    record_id: str | None = None,
    *,
    new_id: str | None = None,
    checked: dict[str, Any] | None = None,
) -> str:
    """Validate and write a record of *kind* (new when *record_id* is None); returns its id.

    *new_id*: the id a new record takes (an import keeps the ids of the rows it was given).
    *checked*: the values `validate` gave for *raw*, without errors, in the same transaction just
    before (an import validates each row first, to report its problems): not validated again."""
    if checked is not None:
        values = dict(checked)
    else:
        values, errors = validate(store, kind, raw, record_id)
        if errors:
            raise ValidationError(errors)
    spec = FORMS[kind]
    children = {name: values.pop(name) for name in spec.children if name in values}
    for f in spec.fields:
        if f.type is FieldType.PARTIAL_DATE and f.name in values:
            pd = values.pop(f.name)
            values.update(
                date_text=pd.text if pd else "",
                date_from=pd.start.isoformat() if pd else None,
                date_to=pd.end.isoformat() if pd else None,
                date_precision=pd.precision.value if pd else None,
            )
    verb = "Add" if record_id is None else "Edit"
    new = record_id is None
    with store.batch(f"{verb} {table_label(kind)}"):
        if record_id is None:
            record_id = store.insert(kind, {**values, "id": new_id} if new_id else values)
        else:
            store.update(kind, record_id, values)
        if "documents" in children:
            _save_documents(store, record_id, children["documents"])
        if "destinations" in children:
            _save_links(store, "alert_destination", "alert_id", record_id, children["destinations"], {}, new=new)
        for role in ("heard", "concerned"):
            if f"states_{role}" in children:
                _save_links(
                    store,
                    "activity_state",
                    "activity_id",
                    record_id,
                    children[f"states_{role}"],
                    {"role": role},
                    new=new,
                )
    return record_id


def _save_links(
    store: Store,
    table: str,
    owner: str,
    owner_id: str,
    state_ids: list[str],
    extra: dict[str, Any],
    *,
    new: bool = False,
) -> None:
    """Make the live child rows of *owner_id* exactly *state_ids* (restoring rows deleted earlier);
    *new*: the owner was just added, so it has none yet."""
    where = f"{owner} = ?" + "".join(f" AND {k} = ?" for k in extra)
    args = [owner_id, *extra.values()]
    rows = [] if new else store.rows(table, where, args, include_deleted=True)
    by_state = {r["state_id"]: r for r in rows}
    for state_id, row in by_state.items():
        if state_id not in state_ids and row["deleted_at"] is None:
            store.delete(table, row["id"])
    for state_id in state_ids:
        found = by_state.get(state_id)
        if found is None:
            store.insert(table, {owner: owner_id, "state_id": state_id, **extra})
        elif found["deleted_at"] is not None:
            store.restore(table, found["id"])


def _save_documents(store: Store, finding_id: str, numbers: list[str]) -> None:
    current = {d["number"]: d for d in store.rows("finding_document", "finding_id = ?", [finding_id])}
    for number, row in current.items():
        if number not in numbers:
            store.delete("finding_document", row["id"])
    for number in numbers:
        if number in current:
            continue
        old = store.db.execute("SELECT id FROM finding_document WHERE number = ?", [number]).fetchone()
        language = docnums.parse_icc(number).language
        if old is not None:  # a number deleted earlier comes back
            store.db.execute(
                "UPDATE finding_document SET finding_id = ?, language = ?, deleted_at = NULL, updated_at = ? "
                "WHERE id = ?",
                [finding_id, language, store.now(), old[0]],
            )
        else:
            store.insert("finding_document", {"finding_id": finding_id, "number": number, "language": language})
