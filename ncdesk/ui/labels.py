"""The words the window uses for the store's names: fields, kinds, values, sections, events.

Every label passes through Qt's translation (context "labels"), so French, Spanish and Arabic
can be added without touching the code. `QT_TRANSLATE_NOOP` marks them for lupdate.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ncdesk.core.text import fill
from ncdesk.core.value_labels import VALUES
from ncdesk.ui.i18n import comma, format_dates

CTX = "labels"

FIELDS = {
    "icc_number": QT_TRANSLATE_NOOP("labels", "ICC number"),
    "name": QT_TRANSLATE_NOOP("labels", "Name"),
    "formal_name": QT_TRANSLATE_NOOP("labels", "Formal name"),
    "iso3": QT_TRANSLATE_NOOP("labels", "ISO code"),
    "iso2": QT_TRANSLATE_NOOP("labels", "ISO code (2 letters)"),
    "numeric_code": QT_TRANSLATE_NOOP("labels", "ISO numeric code"),
    "aliases": QT_TRANSLATE_NOOP("labels", "Also known as"),
    "regional_group": QT_TRANSLATE_NOOP("labels", "Regional group"),
    "un_member": QT_TRANSLATE_NOOP("labels", "Member of the United Nations"),
    "trigger": QT_TRANSLATE_NOOP("labels", "How it reached the Court"),
    "referred_on": QT_TRANSLATE_NOOP("labels", "Referred on"),
    "referred_by": QT_TRANSLATE_NOOP("labels", "Referred by"),
    "sc_resolution": QT_TRANSLATE_NOOP("labels", "Security Council resolution"),
    "sc_resolution_date": QT_TRANSLATE_NOOP("labels", "Resolution adopted on"),
    "investigation_opened_on": QT_TRANSLATE_NOOP("labels", "Investigation opened on"),
    "title": QT_TRANSLATE_NOOP("labels", "Title"),
    "situation_id": QT_TRANSLATE_NOOP("labels", "Situation"),
    "situation": QT_TRANSLATE_NOOP("labels", "Situation"),
    "status": QT_TRANSLATE_NOOP("labels", "Status"),
    "function": QT_TRANSLATE_NOOP("labels", "Function"),
    "nationality_state_id": QT_TRANSLATE_NOOP("labels", "Nationality"),
    "nationality": QT_TRANSLATE_NOOP("labels", "Nationality"),
    "person_id": QT_TRANSLATE_NOOP("labels", "Person"),
    "person": QT_TRANSLATE_NOOP("labels", "Person"),
    "case_id": QT_TRANSLATE_NOOP("labels", "Case"),
    "case": QT_TRANSLATE_NOOP("labels", "Case"),
    "cases": QT_TRANSLATE_NOOP("labels", "Cases"),
    "kind": QT_TRANSLATE_NOOP("labels", "Kind"),
    "issued_on": QT_TRANSLATE_NOOP("labels", "Issued on"),
    "icc_document": QT_TRANSLATE_NOOP("labels", "ICC document"),
    "sealed": QT_TRANSLATE_NOOP("labels", "Issued under seal"),
    "unsealed_on": QT_TRANSLATE_NOOP("labels", "Unsealed on"),
    "status_since": QT_TRANSLATE_NOOP("labels", "Status since"),
    "status_as_of": QT_TRANSLATE_NOOP("labels", "Status as of"),
    "status_note": QT_TRANSLATE_NOOP("labels", "About the status"),
    "crimes": QT_TRANSLATE_NOOP("labels", "Crimes"),
    "date": QT_TRANSLATE_NOOP("labels", "Date"),
    "document": QT_TRANSLATE_NOOP("labels", "ICC document"),
    "documents": QT_TRANSLATE_NOOP("labels", "ICC document numbers"),
    "chamber": QT_TRANSLATE_NOOP("labels", "Chamber"),
    "state_id": QT_TRANSLATE_NOOP("labels", "State"),
    "state": QT_TRANSLATE_NOOP("labels", "State"),
    "basis": QT_TRANSLATE_NOOP("labels", "Basis"),
    "referred_to": QT_TRANSLATE_NOOP("labels", "Referred to"),
    "transmitted_on": QT_TRANSLATE_NOOP("labels", "Transmitted to the Assembly on"),
    "sc_document": QT_TRANSLATE_NOOP("labels", "Security Council document"),
    "sc_date": QT_TRANSLATE_NOOP("labels", "Security Council document dated"),
    "event": QT_TRANSLATE_NOOP("labels", "Event"),
    "notes": QT_TRANSLATE_NOOP("labels", "Notes"),
    "date_text": QT_TRANSLATE_NOOP("labels", "Dates"),
    "date_from": QT_TRANSLATE_NOOP("labels", "From"),
    "date_to": QT_TRANSLATE_NOOP("labels", "To"),
    "date_precision": QT_TRANSLATE_NOOP("labels", "Precision of the dates"),
    "purpose": QT_TRANSLATE_NOOP("labels", "Purpose"),
    "source_description": QT_TRANSLATE_NOOP("labels", "Source of the information"),
    "reliability": QT_TRANSLATE_NOOP("labels", "Reliability"),
    "received_at": QT_TRANSLATE_NOOP("labels", "Received on"),
    "outcome": QT_TRANSLATE_NOOP("labels", "Outcome"),
    "sender_name": QT_TRANSLATE_NOOP("labels", "Sender"),
    "sender_office": QT_TRANSLATE_NOOP("labels", "Sender's office"),
    "addressee_office": QT_TRANSLATE_NOOP("labels", "Addressed to"),
    "reference": QT_TRANSLATE_NOOP("labels", "Reference"),
    "subject": QT_TRANSLATE_NOOP("labels", "Subject"),
    "alert_id": QT_TRANSLATE_NOOP("labels", "Travel alert"),
    "articles_recalled": QT_TRANSLATE_NOOP("labels", "Articles recalled"),
    "published_on": QT_TRANSLATE_NOOP("labels", "Published on"),
    "publication_channel": QT_TRANSLATE_NOOP("labels", "Published through"),
    "reply_on": QT_TRANSLATE_NOOP("labels", "Reply received on"),
    "reply_summary": QT_TRANSLATE_NOOP("labels", "Reply"),
    "summary": QT_TRANSLATE_NOOP("labels", "Summary"),
    "participants": QT_TRANSLATE_NOOP("labels", "Participants"),
    "location": QT_TRANSLATE_NOOP("labels", "Place"),
    "role": QT_TRANSLATE_NOOP("labels", "Role"),
    "person_name": QT_TRANSLATE_NOOP("labels", "Person"),
    "appointed_on": QT_TRANSLATE_NOOP("labels", "Appointed on"),
    "appointed_by": QT_TRANSLATE_NOOP("labels", "Appointed by"),
    "ended_on": QT_TRANSLATE_NOOP("labels", "Ended on"),
    "period": QT_TRANSLATE_NOOP("labels", "Period"),
    "symbol": QT_TRANSLATE_NOOP("labels", "Symbol"),
    "session": QT_TRANSLATE_NOOP("labels", "Session"),
    "year": QT_TRANSLATE_NOOP("labels", "Year"),
    "lodged_on": QT_TRANSLATE_NOOP("labels", "Lodged on"),
    "covers_from": QT_TRANSLATE_NOOP("labels", "Covers from"),
    "covers_to": QT_TRANSLATE_NOOP("labels", "Covers until"),
    "accepted": QT_TRANSLATE_NOOP("labels", "Accepted"),
    "filename": QT_TRANSLATE_NOOP("labels", "File"),
    "description": QT_TRANSLATE_NOOP("labels", "Description"),
    "warrant_status": QT_TRANSLATE_NOOP("labels", "Warrant status"),
    "first_warrant": QT_TRANSLATE_NOOP("labels", "First warrant"),
    "in_force": QT_TRANSLATE_NOOP("labels", "In force since"),
    "findings": QT_TRANSLATE_NOOP("labels", "Findings"),
    "focal_point": QT_TRANSLATE_NOOP("labels", "Focal point"),
    "language": QT_TRANSLATE_NOOP("labels", "Language"),
    "paragraph": QT_TRANSLATE_NOOP("labels", "Paragraph"),
    "text": QT_TRANSLATE_NOOP("labels", "Text"),
    "topic": QT_TRANSLATE_NOOP("labels", "Topic"),
    "destinations": QT_TRANSLATE_NOOP("labels", "Destinations"),
    "shared": QT_TRANSLATE_NOOP("labels", "Shared with the Court"),
    "states": QT_TRANSLATE_NOOP("labels", "States"),
    "states_heard": QT_TRANSLATE_NOOP("labels", "States heard"),
    "states_concerned": QT_TRANSLATE_NOOP("labels", "States concerned"),
    "due_on": QT_TRANSLATE_NOOP("labels", "Due on"),
    "done_on": QT_TRANSLATE_NOOP("labels", "Done on"),
    "shared_at": QT_TRANSLATE_NOOP("labels", "Shared on"),
    "channel": QT_TRANSLATE_NOOP("labels", "How"),
    "shared_by": QT_TRANSLATE_NOOP("labels", "Shared by"),
    "recipient": QT_TRANSLATE_NOOP("labels", "Received at the Court by"),
    "step": QT_TRANSLATE_NOOP("labels", "Step"),
    "at": QT_TRANSLATE_NOOP("labels", "On"),
    "by_whom": QT_TRANSLATE_NOOP("labels", "By"),
    "letter_id": QT_TRANSLATE_NOOP("labels", "Letter"),
    "activity_id": QT_TRANSLATE_NOOP("labels", "Activity"),
    "target_kind": QT_TRANSLATE_NOOP("labels", "About"),
    "target_id": QT_TRANSLATE_NOOP("labels", "About"),
    "record_kind": QT_TRANSLATE_NOOP("labels", "About"),
    "record_id": QT_TRANSLATE_NOOP("labels", "About"),
}

KINDS = {
    "state": (QT_TRANSLATE_NOOP("labels", "State"), QT_TRANSLATE_NOOP("labels", "States")),
    "situation": (QT_TRANSLATE_NOOP("labels", "Situation"), QT_TRANSLATE_NOOP("labels", "Situations")),
    "icc_case": (QT_TRANSLATE_NOOP("labels", "Case"), QT_TRANSLATE_NOOP("labels", "Cases")),
    "person": (QT_TRANSLATE_NOOP("labels", "Person"), QT_TRANSLATE_NOOP("labels", "Persons")),
    "finding": (QT_TRANSLATE_NOOP("labels", "Finding"), QT_TRANSLATE_NOOP("labels", "Findings and communications")),
    "travel_alert": (QT_TRANSLATE_NOOP("labels", "Travel alert"), QT_TRANSLATE_NOOP("labels", "Travel alerts")),
    # parts of an alert, as a received package names them
    "alert_destination": (
        QT_TRANSLATE_NOOP("labels", "Alert destination"),
        QT_TRANSLATE_NOOP("labels", "Alert destinations"),
    ),
    "alert_step": (QT_TRANSLATE_NOOP("labels", "Alert step"), QT_TRANSLATE_NOOP("labels", "Alert steps")),
    "letter": (QT_TRANSLATE_NOOP("labels", "Letter"), QT_TRANSLATE_NOOP("labels", "Letters")),
    "activity": (QT_TRANSLATE_NOOP("labels", "Activity"), QT_TRANSLATE_NOOP("labels", "Activities")),
    "focal_point": (QT_TRANSLATE_NOOP("labels", "Focal point"), QT_TRANSLATE_NOOP("labels", "Focal points")),
    "assembly_document": (
        QT_TRANSLATE_NOOP("labels", "Assembly document"),
        QT_TRANSLATE_NOOP("labels", "Assembly documents"),
    ),
    "attachment": (QT_TRANSLATE_NOOP("labels", "Attached file"), QT_TRANSLATE_NOOP("labels", "Attached files")),
    "warrant": (QT_TRANSLATE_NOOP("labels", "Warrant"), QT_TRANSLATE_NOOP("labels", "Warrants")),
    "party_event": (QT_TRANSLATE_NOOP("labels", "Party status event"), QT_TRANSLATE_NOOP("labels", "Party status")),
    "jurisdiction_declaration": (
        QT_TRANSLATE_NOOP("labels", "Article 12(3) declaration"),
        QT_TRANSLATE_NOOP("labels", "Article 12(3) declarations"),
    ),
    "state_note": (
        QT_TRANSLATE_NOOP("labels", "Information beside the party status"),
        QT_TRANSLATE_NOOP("labels", "Information beside the party status"),
    ),
    "procedure_step": (QT_TRANSLATE_NOOP("labels", "Procedure step"), QT_TRANSLATE_NOOP("labels", "Procedure steps")),
    "deadline": (QT_TRANSLATE_NOOP("labels", "Deadline"), QT_TRANSLATE_NOOP("labels", "Deadlines")),
    "court_share": (
        QT_TRANSLATE_NOOP("labels", "Sharing with the Court"),
        QT_TRANSLATE_NOOP("labels", "Sharing with the Court"),
    ),
}


SECTIONS = {
    "findings": QT_TRANSLATE_NOOP("labels", "Findings and communications"),
    "party_events": QT_TRANSLATE_NOOP("labels", "Party status"),
    "declarations": QT_TRANSLATE_NOOP("labels", "Article 12(3) declarations"),
    "state_notes": QT_TRANSLATE_NOOP(
        "labels", "Beside the party status: announced, not notified (information, not a party event)"
    ),
    "bound_by": QT_TRANSLATE_NOOP("labels", "Bound by the Security Council in"),
    "letters": QT_TRANSLATE_NOOP("labels", "Letters"),
    "alerts": QT_TRANSLATE_NOOP("labels", "Travel"),
    "activities": QT_TRANSLATE_NOOP("labels", "Activities"),
    "focal_points": QT_TRANSLATE_NOOP("labels", "Focal point on non-cooperation"),
    "nationals": QT_TRANSLATE_NOOP("labels", "Nationals subject to the Court's warrants"),
    "cases": QT_TRANSLATE_NOOP("labels", "Cases"),
    "persons": QT_TRANSLATE_NOOP("labels", "Persons"),
    "bound_states": QT_TRANSLATE_NOOP("labels", "States bound by the Council's resolution"),
    "warrants": QT_TRANSLATE_NOOP("labels", "Warrants and summonses"),
    "documents": QT_TRANSLATE_NOOP("labels", "Document numbers"),
    "procedure": QT_TRANSLATE_NOOP("labels", "Steps under the Assembly procedures"),
    "destinations": QT_TRANSLATE_NOOP("labels", "Destinations"),
    "steps": QT_TRANSLATE_NOOP("labels", "Steps"),
    "shares": QT_TRANSLATE_NOOP("labels", "Shared with the Court"),
    "states": QT_TRANSLATE_NOOP("labels", "States"),
    "paragraphs": QT_TRANSLATE_NOOP("labels", "Paragraphs"),
    "deadlines": QT_TRANSLATE_NOOP("labels", "Deadlines"),
    "link:appeal_of": QT_TRANSLATE_NOOP("labels", "Appeal of"),
    "backlink:appeal_of": QT_TRANSLATE_NOOP("labels", "Appealed: judgment"),
    "link:reconsideration_of": QT_TRANSLATE_NOOP("labels", "Reconsideration of"),
    "backlink:reconsideration_of": QT_TRANSLATE_NOOP("labels", "Reconsidered by"),
    "link:deferral_of": QT_TRANSLATE_NOOP("labels", "Defers"),
    "backlink:deferral_of": QT_TRANSLATE_NOOP("labels", "Deferred by"),
    "link:response_to": QT_TRANSLATE_NOOP("labels", "Response to"),
    "backlink:response_to": QT_TRANSLATE_NOOP("labels", "Responses"),
    "link:request_about": QT_TRANSLATE_NOOP("labels", "Request concerning"),
    "backlink:request_about": QT_TRANSLATE_NOOP("labels", "Requests concerning it"),
    "link:follow_up_of": QT_TRANSLATE_NOOP("labels", "Follows"),
    "backlink:follow_up_of": QT_TRANSLATE_NOOP("labels", "Followed by"),
    "link:concerns": QT_TRANSLATE_NOOP("labels", "Concerns"),
    "backlink:concerns": QT_TRANSLATE_NOOP("labels", "Discussed at"),
    "link:takes_note_of": QT_TRANSLATE_NOOP("labels", "Takes note of"),
    "backlink:takes_note_of": QT_TRANSLATE_NOOP("labels", "Noted by"),
    "link:led_to": QT_TRANSLATE_NOOP("labels", "Led to"),
    "backlink:led_to": QT_TRANSLATE_NOOP("labels", "Followed the visit"),
}

EVENTS = {
    "party:signature": QT_TRANSLATE_NOOP("labels", "Signed the Rome Statute"),
    "party:ratification": QT_TRANSLATE_NOOP("labels", "Ratified the Rome Statute"),
    "party:accession": QT_TRANSLATE_NOOP("labels", "Acceded to the Rome Statute"),
    "party:acceptance": QT_TRANSLATE_NOOP("labels", "Accepted the Rome Statute"),
    "party:approval": QT_TRANSLATE_NOOP("labels", "Approved the Rome Statute"),
    "party:succession": QT_TRANSLATE_NOOP("labels", "Succeeded to the Rome Statute"),
    "party:entry_into_force": QT_TRANSLATE_NOOP("labels", "The Statute entered into force for it"),
    "party:withdrawal_notified": QT_TRANSLATE_NOOP("labels", "Notified its withdrawal"),
    "party:withdrawal_effective": QT_TRANSLATE_NOOP("labels", "Its withdrawal took effect"),
    "party:withdrawal_rescinded": QT_TRANSLATE_NOOP("labels", "Revoked its notice of withdrawal"),
    "party:instrument_withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrew its instrument before entry into force"),
    "declaration_12_3": QT_TRANSLATE_NOOP("labels", "Article 12(3) declaration lodged"),
    "state_note:announced_withdrawal": QT_TRANSLATE_NOOP(
        "labels", "Announced its withdrawal (not notified to the depositary)"
    ),
    "state_note:domestic_act": QT_TRANSLATE_NOOP(
        "labels", "Domestic act on the Statute (not notified to the depositary)"
    ),
    "state_note:other": QT_TRANSLATE_NOOP("labels", "Information on its status (not a party event)"),
    "transmission": QT_TRANSLATE_NOOP("labels", "Transmitted to the Assembly of States Parties"),
    "sc_transmission": QT_TRANSLATE_NOOP("labels", "Transmitted to the Security Council"),
    "letter": QT_TRANSLATE_NOOP("labels", "Letter of the President of the Assembly"),
    "alert": QT_TRANSLATE_NOOP("labels", "Travel"),
    "focal_point_appointed": QT_TRANSLATE_NOOP("labels", "Appointed focal point on non-cooperation"),
    "referral": QT_TRANSLATE_NOOP("labels", "Referred to the Court"),
    "investigation_opened": QT_TRANSLATE_NOOP("labels", "Investigation opened"),
    "warrant:arrest_warrant": QT_TRANSLATE_NOOP("labels", "Warrant of arrest issued"),
    "warrant:summons": QT_TRANSLATE_NOOP("labels", "Summons to appear issued"),
    "warrant_status:in_custody": QT_TRANSLATE_NOOP("labels", "In the Court's custody"),
    "warrant_status:deceased": QT_TRANSLATE_NOOP("labels", "Died"),
    "warrant_status:withdrawn": QT_TRANSLATE_NOOP("labels", "Warrant withdrawn or proceedings ended"),
    "warrant_unsealed": QT_TRANSLATE_NOOP("labels", "Warrant unsealed"),
}


def _t(text: object) -> str:
    """*text* (a table's entry) in the window's language. PySide6 types `QT_TRANSLATE_NOOP`'s result
    as `object`; it is the English `str` it was given."""
    return QCoreApplication.translate(CTX, str(text))


def field_label(name: str) -> str:
    return _t(FIELDS[name]) if name in FIELDS else name.replace("_", " ").capitalize()


def kind_label(kind: str, plural: bool = False) -> str:
    if kind not in KINDS:
        return kind.replace("_", " ")
    return _t(KINDS[kind][1 if plural else 0])


def kind_noun(kind: str, plural: bool = False) -> str:
    """A kind's label inside a sentence: "alerte de voyage", "communication à la Cour", "État"
    (the first letter lowered, unless the word is a State: États and Estados keep their capital)."""
    label = kind_label(kind, plural)
    if label.split(" ")[0] in ("État", "États", "Estado", "Estados", "State", "States"):
        return label
    return label[:1].lower() + label[1:]


def value_label(value: str) -> str:
    return _t(VALUES[value]) if value in VALUES else value


def section_label(key: str) -> str:
    return _t(SECTIONS[key]) if key in SECTIONS else key.split(":")[-1].replace("_", " ").capitalize()


def event_label(key: str) -> str:
    if key in EVENTS:
        return _t(EVENTS[key])
    if key.startswith("finding:"):
        return value_label(key.split(":", 1)[1])
    if key.startswith("activity:"):
        return value_label(key.split(":", 1)[1])
    return key.replace("_", " ").capitalize()


# How the history names a change ("Edit person", "Alert: letter sent"), in the window's language.
CHANGES = {
    "Add %1": QT_TRANSLATE_NOOP("changes", "Add %1"),
    "Edit %1": QT_TRANSLATE_NOOP("changes", "Edit %1"),
    "Delete %1": QT_TRANSLATE_NOOP("changes", "Delete %1"),
    "Restore %1": QT_TRANSLATE_NOOP("changes", "Restore %1"),
    "Add %1 × %2": QT_TRANSLATE_NOOP("changes", "Add %1 × %2"),
    "Undo: %1": QT_TRANSLATE_NOOP("changes", "Undo: %1"),
    "Redo: %1": QT_TRANSLATE_NOOP("changes", "Redo: %1"),
    "Alert: %1": QT_TRANSLATE_NOOP("changes", "Alert: %1"),
    "Reference data %1": QT_TRANSLATE_NOOP("changes", "Reference data %1"),
    "Import %1": QT_TRANSLATE_NOOP("changes", "Import %1"),
    "Repair: %1 problem(s)": QT_TRANSLATE_NOOP("changes", "Repair: %1 problem(s)"),
    "Reopen travel alert": QT_TRANSLATE_NOOP("changes", "Reopen travel alert"),
    "Alert shared with the Court": QT_TRANSLATE_NOOP("changes", "Alert shared with the Court"),
    "Record the President's letter": QT_TRANSLATE_NOOP("changes", "Record the President's letter"),
    "Received from %1, package %2": QT_TRANSLATE_NOOP("changes", "Received from %1, package %2"),
    # exports, as the history of exports names them (store/records/exports.py label; what io/briefing describe says)
    "Exported %1 as %2 to %3": QT_TRANSLATE_NOOP("changes", "Exported %1 as %2 to %3"),
    "Exported %1 to %2": QT_TRANSLATE_NOOP("changes", "Exported %1 to %2"),
    "briefing note on %1": QT_TRANSLATE_NOOP("changes", "briefing note on %1"),
    "meeting pack of %1 notes (%2)": QT_TRANSLATE_NOOP("changes", "meeting pack of %1 notes (%2)"),
    "draft report of the Bureau, %1 to %2": QT_TRANSLATE_NOOP("changes", "draft report of the Bureau, %1 to %2"),
    "letter draft for %1": QT_TRANSLATE_NOOP("changes", "letter draft for %1"),
    "calendar of visits and deadlines": QT_TRANSLATE_NOOP("changes", "calendar of visits and deadlines"),
    "every record": QT_TRANSLATE_NOOP("changes", "every record"),
    "attachment %1": QT_TRANSLATE_NOOP("changes", "attachment %1"),
    "table of %1": QT_TRANSLATE_NOOP("changes", "table of %1"),
    "tables of %1": QT_TRANSLATE_NOOP("changes", "tables of %1"),
}
_Pattern = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]  # a label's form, and its wording

_CHANGE_PATTERNS: tuple[_Pattern, ...] = (
    (
        re.compile(r"^Exported (.+) as ([A-Z]+) to (.+)$"),
        lambda m: _c("Exported %1 as %2 to %3", _export(m[1]), m[2], m[3]),
    ),
    (re.compile(r"^Exported (attachment .+) to (.+)$"), lambda m: _c("Exported %1 to %2", _export(m[1]), m[2])),
    (re.compile(r"^(Undo|Redo): (.+)$"), lambda m: _c(f"{m[1]}: %1", change_text(m[2]))),
    (re.compile(r"^Add (\d+) × (.+)$"), lambda m: _c("Add %1 × %2", m[1], _noun(m[2]))),
    (re.compile(r"^(Add|Edit|Delete|Restore) (.+)$"), lambda m: _c(f"{m[1]} %1", _noun(m[2]))),
    (re.compile(r"^Alert: (.+)$"), lambda m: _c("Alert: %1", value_label(m[1].replace(" ", "_")).lower())),
    (re.compile(r"^Reference data (.+)$"), lambda m: _c("Reference data %1", m[1])),
    (re.compile(r"^Import (.+)$"), lambda m: _c("Import %1", m[1])),
    (
        re.compile(r"^Received from (.+), package ([0-9a-f]{8})$"),
        lambda m: _c("Received from %1, package %2", m[1], m[2]),
    ),
    (re.compile(r"^Repair: (\d+) problem\(s\)$"), lambda m: _c("Repair: %1 problem(s)", m[1])),
)


def _c(template: str, *args: str) -> str:
    return fill(QCoreApplication.translate("changes", template), args)


def _noun(english: str) -> str:
    """A kind of record as the history names it in English ("travel alert", "party event"), in the language."""
    from ncdesk.store.store import table_label

    for table in KINDS:
        if table_label(table) == english:
            return kind_noun(table)
    return english


_EXPORT_PATTERNS: tuple[_Pattern, ...] = (
    (re.compile(r"^briefing note on (.+)$"), lambda m: _c("briefing note on %1", m[1])),
    (re.compile(r"^meeting pack of (\d+) notes \((.*)\)$"), lambda m: _c("meeting pack of %1 notes (%2)", m[1], m[2])),
    (
        re.compile(r"^draft report of the Bureau, (.+) to (.+)$"),
        lambda m: _c("draft report of the Bureau, %1 to %2", _dates(m[1]), _dates(m[2])),
    ),
    (re.compile(r"^letter draft for (.+)$"), lambda m: _c("letter draft for %1", m[1])),
    (re.compile(r"^attachment (.+)$"), lambda m: _c("attachment %1", m[1])),
    (re.compile(r"^table of (.+)$"), lambda m: _c("table of %1", _kinds(m[1]))),
    (re.compile(r"^tables of (.+)$"), lambda m: _c("tables of %1", _kinds(m[1]))),
)


def _export(what: str) -> str:
    """What an export wrote, as the history names it ("briefing note on Hungary"), in the language."""
    if what in ("calendar of visits and deadlines", "every record"):
        return _c(what)
    for pattern, say in _EXPORT_PATTERNS:
        if m := pattern.match(what):
            return say(m)
    return what


def _dates(text: str) -> str:
    return format_dates(text)


def _kinds(english: str) -> str:
    """ "travel alerts, letters" (the tables exported) in the language."""
    from ncdesk.io.tabular import KIND_LABELS

    by_name = {plural.lower(): kind for kind, (_, plural) in KIND_LABELS.items()}
    names = [kind_noun(by_name[n], plural=True) if n in by_name else n for n in english.split(", ")]
    return comma().join(names)


def change_text(label: str) -> str:
    """What the history says was done (its English label, "Edit person") in the window's language
    ("Modification : personne"); a label of another form (an export's) as it is."""
    if label in CHANGES:
        return _c(label)
    for pattern, say in _CHANGE_PATTERNS:
        if m := pattern.match(label):
            return say(m)
    return label
