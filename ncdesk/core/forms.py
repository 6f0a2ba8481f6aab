"""What each kind of record asks for when a delegate adds or edits it, and how each answer is
read and checked. The window builds its forms from these specs; the store checks the same
rules again before saving, so nothing invalid reaches the database by any route."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ncdesk.core import docnums
from ncdesk.core.dates import DateError, parse_day, parse_partial
from ncdesk.core.model import (
    ActivityKind,
    ActivityStatus,
    CommunicationKind,
    FindingBasis,
    PartyEventKind,
    PersonStatus,
    ProcedureStep,
    Referral,
    Reliability,
    Trigger,
    WarrantKind,
    WarrantStatus,
)
from ncdesk.core.text import Message, said


class FieldType(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    LIST = "list"  # one item per line
    DATE = "date"
    PARTIAL_DATE = "partial_date"
    ENUM = "enum"
    REF = "ref"  # a record of another kind, by id
    BOOL = "bool"
    DOCNUM = "docnum"
    DOCNUM_LIST = "docnum_list"
    REF_LIST = "ref_list"  # several records of another kind (child rows)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    required: bool = False
    choices: tuple[str, ...] = ()  # ENUM values
    ref_kind: str = ""  # REF: the table referred to
    doc_kind: tuple[str, ...] = ()  # DOCNUM: accepted DocNumber kinds
    doc_system: docnums.DocSystem | None = None
    hidden: bool = False  # set by the context (the record a step is about), not typed


@dataclass(frozen=True)
class FormSpec:
    kind: str
    fields: tuple[FieldSpec, ...]
    children: tuple[str, ...] = field(default_factory=tuple)  # fields saved as child rows

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


def _enum(e: type[StrEnum]) -> tuple[str, ...]:
    return tuple(x.value for x in e)


T = FieldType
ICC = docnums.DocSystem.ICC
UN = docnums.DocSystem.UN

FORMS: dict[str, FormSpec] = {
    "situation": FormSpec(
        "situation",
        (
            FieldSpec("icc_number", T.DOCNUM, True, doc_kind=("situation",), doc_system=ICC),
            FieldSpec("name", T.TEXT, True),
            FieldSpec("trigger", T.ENUM, True, choices=_enum(Trigger)),
            FieldSpec("referred_on", T.DATE),
            FieldSpec("referred_by", T.TEXT),
            FieldSpec("sc_resolution", T.DOCNUM, doc_kind=("sc_resolution",), doc_system=UN),
            FieldSpec("sc_resolution_date", T.DATE),
            FieldSpec("investigation_opened_on", T.DATE),
            FieldSpec("notes", T.MULTILINE),
        ),
    ),
    "icc_case": FormSpec(
        "icc_case",
        (
            FieldSpec("icc_number", T.DOCNUM, True, doc_kind=("case",), doc_system=ICC),
            FieldSpec("title", T.TEXT, True),
            FieldSpec("situation_id", T.REF, True, ref_kind="situation"),
            FieldSpec("status", T.TEXT),
            FieldSpec("notes", T.MULTILINE),
        ),
    ),
    "person": FormSpec(
        "person",
        (
            FieldSpec("name", T.TEXT, True),
            FieldSpec("aliases", T.LIST),
            FieldSpec("function", T.TEXT),
            FieldSpec("nationality_state_id", T.REF, ref_kind="state"),
            FieldSpec("status", T.ENUM, choices=_enum(PersonStatus)),
            FieldSpec("status_since", T.DATE),
            FieldSpec("status_as_of", T.DATE),
            FieldSpec("status_note", T.TEXT),
            FieldSpec("notes", T.MULTILINE),
        ),
    ),
    "warrant": FormSpec(
        "warrant",
        (
            FieldSpec("person_id", T.REF, True, ref_kind="person"),
            FieldSpec("situation_id", T.REF, True, ref_kind="situation"),
            FieldSpec("case_id", T.REF, ref_kind="icc_case"),
            FieldSpec("kind", T.ENUM, True, choices=_enum(WarrantKind)),
            FieldSpec("issued_on", T.DATE, True),
            FieldSpec("icc_document", T.DOCNUM, doc_kind=("filing",), doc_system=ICC),
            FieldSpec("sealed", T.BOOL),
            FieldSpec("unsealed_on", T.DATE),
            FieldSpec("status", T.ENUM, True, choices=_enum(WarrantStatus)),
            FieldSpec("status_since", T.DATE),
            FieldSpec("crimes", T.TEXT),
            FieldSpec("notes", T.MULTILINE),
        ),
    ),
    "finding": FormSpec(
        "finding",
        (
            FieldSpec("kind", T.ENUM, True, choices=_enum(CommunicationKind)),
            FieldSpec("title", T.TEXT, True),
            FieldSpec("date", T.DATE, True),
            FieldSpec("documents", T.DOCNUM_LIST, True, doc_kind=("filing",), doc_system=ICC),
            FieldSpec("chamber", T.TEXT),
            FieldSpec("state_id", T.REF, ref_kind="state"),
            FieldSpec("situation_id", T.REF, True, ref_kind="situation"),
            FieldSpec("case_id", T.REF, ref_kind="icc_case"),
            FieldSpec("basis", T.ENUM, True, choices=_enum(FindingBasis)),
            FieldSpec("referred_to", T.ENUM, True, choices=_enum(Referral)),
            FieldSpec("transmitted_on", T.DATE),
            FieldSpec("sc_document", T.DOCNUM, doc_kind=("sc_document",), doc_system=UN),
            FieldSpec("sc_date", T.DATE),
            FieldSpec("notes", T.MULTILINE),
        ),
        children=("documents",),
    ),
    "party_event": FormSpec(
        "party_event",
        (
            FieldSpec("state_id", T.REF, True, ref_kind="state"),
            FieldSpec("event", T.ENUM, True, choices=_enum(PartyEventKind)),
            FieldSpec("date", T.DATE, True),
            FieldSpec("notes", T.MULTILINE),
        ),
    ),
}


FORMS.update(
    {
        "travel_alert": FormSpec(
            "travel_alert",
            (
                FieldSpec("person_id", T.REF, True, ref_kind="person"),
                FieldSpec("destinations", T.REF_LIST, True, ref_kind="state"),
                FieldSpec("date", T.PARTIAL_DATE, True),
                FieldSpec("title", T.TEXT),
                FieldSpec("purpose", T.TEXT),
                FieldSpec("source_description", T.TEXT),
                FieldSpec("reliability", T.ENUM, True, choices=_enum(Reliability)),
                FieldSpec("received_at", T.DATE),
                FieldSpec("notes", T.MULTILINE),
            ),
            children=("destinations",),
        ),
        "letter": FormSpec(
            "letter",
            (
                FieldSpec("state_id", T.REF, True, ref_kind="state"),
                FieldSpec("addressee_office", T.TEXT, True),
                FieldSpec("date", T.DATE, True),
                FieldSpec("sender_name", T.TEXT, True),
                FieldSpec("sender_office", T.TEXT, True),
                FieldSpec("reference", T.TEXT),
                FieldSpec("subject", T.TEXT),
                FieldSpec("alert_id", T.REF, ref_kind="travel_alert"),
                FieldSpec("articles_recalled", T.LIST),
                FieldSpec("published_on", T.DATE),
                FieldSpec("publication_channel", T.TEXT),
                FieldSpec("reply_on", T.DATE),
                FieldSpec("reply_summary", T.MULTILINE),
                FieldSpec("notes", T.MULTILINE),
            ),
        ),
        "activity": FormSpec(
            "activity",
            (
                FieldSpec("kind", T.ENUM, True, choices=_enum(ActivityKind)),
                FieldSpec("title", T.TEXT, True),
                FieldSpec("date", T.PARTIAL_DATE, True),
                FieldSpec("status", T.ENUM, True, choices=_enum(ActivityStatus)),
                FieldSpec("summary", T.MULTILINE),
                FieldSpec("participants", T.LIST),
                FieldSpec("location", T.TEXT),
                FieldSpec("states_heard", T.REF_LIST, ref_kind="state"),
                FieldSpec("states_concerned", T.REF_LIST, ref_kind="state"),
                FieldSpec("notes", T.MULTILINE),
            ),
            children=("states_heard", "states_concerned"),
        ),
        "procedure_step": FormSpec(
            "procedure_step",
            (
                FieldSpec("target_kind", T.ENUM, True, choices=("travel_alert", "finding"), hidden=True),
                FieldSpec("target_id", T.TEXT, True, hidden=True),
                FieldSpec("step", T.ENUM, True, choices=_enum(ProcedureStep)),
                FieldSpec("date", T.DATE),
                FieldSpec("by_whom", T.TEXT),
                FieldSpec("letter_id", T.REF, ref_kind="letter"),
                FieldSpec("activity_id", T.REF, ref_kind="activity"),
                FieldSpec("notes", T.MULTILINE),
            ),
        ),
        "deadline": FormSpec(
            "deadline",
            (
                FieldSpec("record_kind", T.TEXT, True, hidden=True),
                FieldSpec("record_id", T.TEXT, True, hidden=True),
                FieldSpec("description", T.TEXT, True),
                FieldSpec("due_on", T.DATE, True),
                FieldSpec("state_id", T.REF, ref_kind="state"),
                FieldSpec("done_on", T.DATE),
                FieldSpec("notes", T.MULTILINE),
            ),
        ),
        "court_share": FormSpec(
            "court_share",
            (
                FieldSpec("alert_id", T.REF, True, ref_kind="travel_alert", hidden=True),
                FieldSpec("shared_at", T.DATE, True),
                FieldSpec("channel", T.TEXT, True),
                FieldSpec("shared_by", T.TEXT),
                FieldSpec("recipient", T.TEXT),
                FieldSpec("notes", T.MULTILINE),
            ),
        ),
    }
)


class FieldError(ValueError):
    """An answer that cannot be accepted, with what is wrong."""


def _docnum(spec: FieldSpec, text: str) -> str:
    parsed = docnums.parse(text)  # DocNumberError says what is wrong
    if spec.doc_system is not None and parsed.system is not spec.doc_system:
        raise FieldError(_NOT_OF_SYSTEM[spec.doc_system.value](repr(text)))
    if spec.doc_kind and parsed.kind not in spec.doc_kind:
        expected = {
            "situation": Message("a situation number such as ICC-02/05"),
            "case": Message("a case number such as ICC-02/05-01/09"),
            "filing": Message("a filing number such as ICC-02/05-01/09-309-ENG"),
            "sc_document": Message("a Security Council document such as S/2016/716"),
            "sc_resolution": Message("a Security Council resolution such as S/RES/1593 (2005)"),
        }[spec.doc_kind[0]]
        noun = KIND_NOUNS.get(parsed.kind) or Message("another kind of number")
        raise FieldError(Message("%1 is %2; expected %3", repr(text), noun, expected))
    return parsed.text


KIND_NOUNS = {
    "situation": Message("a situation number"),
    "case": Message("a case number"),
    "filing": Message("the number of a filing"),
    "report": Message("an Assembly document"),
    "resolution": Message("an Assembly resolution"),
    "sc_document": Message("a Security Council document"),
    "sc_resolution": Message("a Security Council resolution"),
    "ga_document": Message("a General Assembly document"),
    "ga_resolution": Message("a General Assembly resolution"),
}

_NOT_OF_SYSTEM: dict[str, Callable[[str], Message]] = {
    "icc": lambda text: Message("%1 is not an ICC document number", text),
    "asp": lambda text: Message("%1 is not an Assembly document number", text),
    "un": lambda text: Message("%1 is not a United Nations document number", text),
}


PARSERS: dict[FieldType, Callable[[FieldSpec, Any], Any]] = {
    T.TEXT: lambda spec, v: str(v).strip(),
    T.MULTILINE: lambda spec, v: str(v).strip(),
    T.LIST: lambda spec, v: [x.strip() for x in (v if isinstance(v, list) else str(v).splitlines()) if x.strip()],
    T.DATE: lambda spec, v: parse_day(str(v)).isoformat(),
    T.PARTIAL_DATE: lambda spec, v: parse_partial(str(v)),
    T.BOOL: lambda spec, v: bool(v),
    T.REF: lambda spec, v: str(v),
}


def parse_field(spec: FieldSpec, raw: Any) -> Any:
    """The value to store for *raw*, or None when left empty; raises FieldError saying what is wrong."""
    if raw is None or (isinstance(raw, str) and not raw.strip()) or (isinstance(raw, list) and not raw):
        if spec.required and spec.type is not T.BOOL:
            raise FieldError("required")
        if spec.type in (T.LIST, T.DOCNUM_LIST, T.REF_LIST):
            return []
        if spec.type is T.BOOL:
            return False
        return "" if spec.type in (T.TEXT, T.MULTILINE) else None
    try:
        if spec.type is T.ENUM:
            value = str(raw)
            if value not in spec.choices:
                raise FieldError(Message("%1 is not one of %2", repr(value), ", ".join(spec.choices)))
            return value
        if spec.type is T.DOCNUM:
            return _docnum(spec, str(raw).strip())
        if spec.type is T.DOCNUM_LIST:
            items = raw if isinstance(raw, list) else str(raw).splitlines()
            numbers = [_docnum(spec, x.strip()) for x in items if x.strip()]
            if len(set(numbers)) != len(numbers):
                raise FieldError(Message("a document number is listed twice"))
            if spec.required and not numbers:
                raise FieldError("required")
            return numbers
        if spec.type is T.REF_LIST:
            items = raw if isinstance(raw, list) else list(str(raw).splitlines())
            ids = list(dict.fromkeys(str(x).strip() for x in items if str(x).strip()))
            if spec.required and not ids:
                raise FieldError("required")
            return ids
        return PARSERS[spec.type](spec, raw)
    except (DateError, docnums.DocNumberError) as exc:
        raise FieldError(said(exc)) from None


def parse_form(kind: str, raw: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Every field of a form: (clean values, errors by field). Fields not given stay out."""
    spec = FORMS[kind]
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for f in spec.fields:
        if f.name not in raw:
            continue
        try:
            values[f.name] = parse_field(f, raw[f.name])
        except FieldError as exc:
            errors[f.name] = said(exc)
    return values, errors
