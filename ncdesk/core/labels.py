"""The one table of labels: the words for the store's names (fields, kinds of record, stored values,
sections of a record, events of a chronology), without Qt, used by the window (ui/labels.py), the
briefing notes and other exports (io/briefing), the command line and the imports (io/values.py).

Every label is English marked for translation, context "labels" (`QT_TRANSLATE_NOOP`, read by
pyside6-lupdate): the window says it through Qt's translator, the exports and the command line
through io/translations (the same .ts, read without Qt). Each place passes its own `translate`;
the table and the lookups are here, once. A briefing note words a few values its own way
(`NOTE_WORDS`, context "briefing"); they are here too, beside the window's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ncdesk.core.text import QT_TRANSLATE_NOOP

CONTEXT = "labels"

# (context, English) → the words in a language: Qt's `QCoreApplication.translate` in the window,
# `io.translations.translate` with a language in the exports and the command line.
Translate = Callable[[str, str], str]

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


class KindWords(NamedTuple):
    """A kind of record's names: one record ("Travel alert"), a list of them ("Travel alerts"), and
    a table of them where that is shorter than the list's words (`tables`)."""

    one: str
    many: str
    # A sheet of a workbook, a CSV file, the tables an import reads or an export writes, the command
    # line's counts: "Findings", where the window's list says what it holds ("Findings and
    # communications": the communications of other kinds are findings too). None: as `many`.
    tables: str | None = None


KINDS: dict[str, KindWords] = {
    "state": KindWords(QT_TRANSLATE_NOOP("labels", "State"), QT_TRANSLATE_NOOP("labels", "States")),
    "situation": KindWords(QT_TRANSLATE_NOOP("labels", "Situation"), QT_TRANSLATE_NOOP("labels", "Situations")),
    "icc_case": KindWords(QT_TRANSLATE_NOOP("labels", "Case"), QT_TRANSLATE_NOOP("labels", "Cases")),
    "person": KindWords(QT_TRANSLATE_NOOP("labels", "Person"), QT_TRANSLATE_NOOP("labels", "Persons")),
    "finding": KindWords(
        QT_TRANSLATE_NOOP("labels", "Finding"),
        QT_TRANSLATE_NOOP("labels", "Findings and communications"),
        QT_TRANSLATE_NOOP("labels", "Findings"),
    ),
    "travel_alert": KindWords(
        QT_TRANSLATE_NOOP("labels", "Travel alert"), QT_TRANSLATE_NOOP("labels", "Travel alerts")
    ),
    # parts of an alert, as a received package names them
    "alert_destination": KindWords(
        QT_TRANSLATE_NOOP("labels", "Alert destination"),
        QT_TRANSLATE_NOOP("labels", "Alert destinations"),
    ),
    "alert_step": KindWords(QT_TRANSLATE_NOOP("labels", "Alert step"), QT_TRANSLATE_NOOP("labels", "Alert steps")),
    "letter": KindWords(QT_TRANSLATE_NOOP("labels", "Letter"), QT_TRANSLATE_NOOP("labels", "Letters")),
    "activity": KindWords(QT_TRANSLATE_NOOP("labels", "Activity"), QT_TRANSLATE_NOOP("labels", "Activities")),
    "focal_point": KindWords(QT_TRANSLATE_NOOP("labels", "Focal point"), QT_TRANSLATE_NOOP("labels", "Focal points")),
    "assembly_document": KindWords(
        QT_TRANSLATE_NOOP("labels", "Assembly document"),
        QT_TRANSLATE_NOOP("labels", "Assembly documents"),
    ),
    "attachment": KindWords(
        QT_TRANSLATE_NOOP("labels", "Attached file"), QT_TRANSLATE_NOOP("labels", "Attached files")
    ),
    "warrant": KindWords(QT_TRANSLATE_NOOP("labels", "Warrant"), QT_TRANSLATE_NOOP("labels", "Warrants")),
    "party_event": KindWords(
        QT_TRANSLATE_NOOP("labels", "Party status event"), QT_TRANSLATE_NOOP("labels", "Party status")
    ),
    "jurisdiction_declaration": KindWords(
        QT_TRANSLATE_NOOP("labels", "Article 12(3) declaration"),
        QT_TRANSLATE_NOOP("labels", "Article 12(3) declarations"),
    ),
    "state_note": KindWords(
        QT_TRANSLATE_NOOP("labels", "Information beside the party status"),
        QT_TRANSLATE_NOOP("labels", "Information beside the party status"),
    ),
    "procedure_step": KindWords(
        QT_TRANSLATE_NOOP("labels", "Procedure step"), QT_TRANSLATE_NOOP("labels", "Procedure steps")
    ),
    "deadline": KindWords(QT_TRANSLATE_NOOP("labels", "Deadline"), QT_TRANSLATE_NOOP("labels", "Deadlines")),
    "court_share": KindWords(
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

# The stored values (closed lists): what a form offers, a table shows, an import reads in any language.
VALUES = {
    # regional groups
    "AFRICAN": QT_TRANSLATE_NOOP("labels", "African States"),
    "ASIA_PACIFIC": QT_TRANSLATE_NOOP("labels", "Asia-Pacific States"),
    "EEG": QT_TRANSLATE_NOOP("labels", "Eastern European States"),
    "GRULAC": QT_TRANSLATE_NOOP("labels", "Latin American and Caribbean States"),
    "WEOG": QT_TRANSLATE_NOOP("labels", "Western European and other States"),
    # how a situation reached the Court
    "state_referral": QT_TRANSLATE_NOOP("labels", "Referral by a State Party"),
    "security_council": QT_TRANSLATE_NOOP("labels", "Security Council"),
    "proprio_motu": QT_TRANSLATE_NOOP("labels", "The Prosecutor, proprio motu"),
    # warrants
    "arrest_warrant": QT_TRANSLATE_NOOP("labels", "Warrant of arrest"),
    "summons": QT_TRANSLATE_NOOP("labels", "Summons to appear"),
    "at_large": QT_TRANSLATE_NOOP("labels", "At large"),
    "in_custody": QT_TRANSLATE_NOOP("labels", "In custody"),
    "deceased": QT_TRANSLATE_NOOP("labels", "Deceased"),
    "interim_release": QT_TRANSLATE_NOOP("labels", "On interim release"),
    "convicted": QT_TRANSLATE_NOOP("labels", "Convicted"),
    "acquitted": QT_TRANSLATE_NOOP("labels", "Acquitted"),
    "charges_withdrawn": QT_TRANSLATE_NOOP("labels", "Charges withdrawn"),
    "charges_vacated": QT_TRANSLATE_NOOP("labels", "Charges vacated"),
    "charges_not_confirmed": QT_TRANSLATE_NOOP("labels", "Charges not confirmed"),
    "proceedings_terminated": QT_TRANSLATE_NOOP("labels", "Proceedings terminated"),
    "warrant_withdrawn": QT_TRANSLATE_NOOP("labels", "Warrant withdrawn"),
    "released": QT_TRANSLATE_NOOP("labels", "Released"),
    "withdrawn": QT_TRANSLATE_NOOP("labels", "Withdrawn"),
    # communications
    "finding": QT_TRANSLATE_NOOP("labels", "Finding of non-compliance"),
    "informing_decision": QT_TRANSLATE_NOOP("labels", "Decision informing"),
    "decision": QT_TRANSLATE_NOOP("labels", "Decision"),
    "appeal_judgment": QT_TRANSLATE_NOOP("labels", "Appeal judgment"),
    "reconsideration": QT_TRANSLATE_NOOP("labels", "Decision on reconsideration"),
    "request": QT_TRANSLATE_NOOP("labels", "Request by a State"),
    "response": QT_TRANSLATE_NOOP("labels", "Response by a State"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    "art_87_7": QT_TRANSLATE_NOOP("labels", "Article 87(7)"),
    "art_87_5_b": QT_TRANSLATE_NOOP("labels", "Article 87(5)(b)"),
    "informing": QT_TRANSLATE_NOOP("labels", "Informing decision"),
    "none": QT_TRANSLATE_NOOP("labels", "None"),
    "assembly": QT_TRANSLATE_NOOP("labels", "Assembly of States Parties"),
    "both": QT_TRANSLATE_NOOP("labels", "Assembly and Security Council"),
    "deferred": QT_TRANSLATE_NOOP("labels", "Deferred"),
    # party status events
    "signature": QT_TRANSLATE_NOOP("labels", "Signature"),
    "ratification": QT_TRANSLATE_NOOP("labels", "Ratification"),
    "accession": QT_TRANSLATE_NOOP("labels", "Accession"),
    "acceptance": QT_TRANSLATE_NOOP("labels", "Acceptance"),
    "approval": QT_TRANSLATE_NOOP("labels", "Approval"),
    "succession": QT_TRANSLATE_NOOP("labels", "Succession"),
    "entry_into_force": QT_TRANSLATE_NOOP("labels", "Entry into force"),
    "withdrawal_notified": QT_TRANSLATE_NOOP("labels", "Withdrawal notified"),
    "withdrawal_effective": QT_TRANSLATE_NOOP("labels", "Withdrawal effective"),
    "withdrawal_rescinded": QT_TRANSLATE_NOOP("labels", "Withdrawal notice revoked"),
    "instrument_withdrawn": QT_TRANSLATE_NOOP("labels", "Instrument withdrawn"),
    # information beside the party status (state_note.kind): not notified, so not a party event
    "announced_withdrawal": QT_TRANSLATE_NOOP("labels", "Announced, not notified to the depositary"),
    "domestic_act": QT_TRANSLATE_NOOP("labels", "Domestic act, not notified to the depositary"),
    # a State's standing today
    "party": QT_TRANSLATE_NOOP("labels", "State Party"),
    "party_withdrawing": QT_TRANSLATE_NOOP("labels", "State Party, withdrawing"),
    "not_yet_in_force": QT_TRANSLATE_NOOP("labels", "Not yet in force"),
    "signatory": QT_TRANSLATE_NOOP("labels", "Signatory"),
    "not_party": QT_TRANSLATE_NOOP("labels", "Not a party"),
    # alerts
    "reported": QT_TRANSLATE_NOOP("labels", "Reported"),
    "verified": QT_TRANSLATE_NOOP("labels", "Verified"),
    "focal_points_activated": QT_TRANSLATE_NOOP("labels", "Focal points activated"),
    "letter_sent": QT_TRANSLATE_NOOP("labels", "Letter sent"),
    "court_informed": QT_TRANSLATE_NOOP("labels", "Court informed"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    "outcome_recorded": QT_TRANSLATE_NOOP("labels", "Outcome recorded"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Visit cancelled"),
    "arrested": QT_TRANSLATE_NOOP("labels", "Took place: person arrested"),
    "not_arrested": QT_TRANSLATE_NOOP("labels", "Took place: not arrested"),
    "unknown": QT_TRANSLATE_NOOP("labels", "Unknown"),
    "confirmed": QT_TRANSLATE_NOOP("labels", "Confirmed"),
    "probable": QT_TRANSLATE_NOOP("labels", "Probable"),
    "possible": QT_TRANSLATE_NOOP("labels", "Possible"),
    "doubtful": QT_TRANSLATE_NOOP("labels", "Doubtful"),
    # activities
    "bureau_meeting": QT_TRANSLATE_NOOP("labels", "Bureau meeting"),
    "bureau_decision": QT_TRANSLATE_NOOP("labels", "Bureau decision"),
    "focal_point_meeting": QT_TRANSLATE_NOOP("labels", "Focal points' meeting"),
    "nywg_briefing": QT_TRANSLATE_NOOP("labels", "New York Working Group briefing"),
    "plenary": QT_TRANSLATE_NOOP("labels", "Plenary meeting"),
    "facilitation_meeting": QT_TRANSLATE_NOOP("labels", "Facilitation meeting"),
    "public_message": QT_TRANSLATE_NOOP("labels", "Public message"),
    "communication_to_states": QT_TRANSLATE_NOOP("labels", "Communication to States"),
    "prosecutor_report_unsc": QT_TRANSLATE_NOOP("labels", "Prosecutor's report to the Security Council"),
    "held": QT_TRANSLATE_NOOP("labels", "Held"),
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "heard": QT_TRANSLATE_NOOP("labels", "Heard"),
    "participant": QT_TRANSLATE_NOOP("labels", "Participant"),
    "concerned": QT_TRANSLATE_NOOP("labels", "Concerned"),
    # focal points
    "focal_point": QT_TRANSLATE_NOOP("labels", "Focal point"),
    "president_ex_officio": QT_TRANSLATE_NOOP("labels", "President of the Assembly, ex officio"),
    # documents
    "bureau_report": QT_TRANSLATE_NOOP("labels", "Report of the Bureau"),
    "resolution": QT_TRANSLATE_NOOP("labels", "Resolution"),
    "report": QT_TRANSLATE_NOOP("labels", "Report"),
    # procedure steps
    "open_letter": QT_TRANSLATE_NOOP("labels", "Open letter"),
    "bureau_meeting_with_state": QT_TRANSLATE_NOOP("labels", "Bureau meeting with the State (para. 14(c))"),
    "plenary_debate": QT_TRANSLATE_NOOP("labels", "Plenary debate"),
    "president_good_offices": QT_TRANSLATE_NOOP("labels", "Good offices of the President"),
    "president_letter": QT_TRANSLATE_NOOP("labels", "Letter of the President"),
    "focal_point_contact": QT_TRANSLATE_NOOP("labels", "Contact by a focal point"),
    "states_informed": QT_TRANSLATE_NOOP("labels", "States Parties informed"),
    "toolkit_reminder": QT_TRANSLATE_NOOP("labels", "Toolkit recalled"),
    "information_to_court": QT_TRANSLATE_NOOP("labels", "Information shared with the Court"),
    "public_statement": QT_TRANSLATE_NOOP("labels", "Public statement"),
    # partial dates
    "day": QT_TRANSLATE_NOOP("labels", "Exact day"),
    "range": QT_TRANSLATE_NOOP("labels", "Range of days"),
    "part_of_month": QT_TRANSLATE_NOOP("labels", "Part of a month"),
    "month": QT_TRANSLATE_NOOP("labels", "Month"),
    "year": QT_TRANSLATE_NOOP("labels", "Year"),
    "travel_alert": QT_TRANSLATE_NOOP("labels", "Travel alert"),
}


# A briefing note's own words for some stored values (context "briefing"), where it says them
# otherwise than the window: a party event as a row of the note on a State, information beside the
# party status, a communication of another kind in a chronology, how a situation reached the Court.
NOTE_WORDS: dict[str, dict[str, str]] = {
    "party_event": {
        "signature": QT_TRANSLATE_NOOP("briefing", "Signature"),
        "ratification": QT_TRANSLATE_NOOP("briefing", "Ratification"),
        "accession": QT_TRANSLATE_NOOP("briefing", "Accession"),
        "acceptance": QT_TRANSLATE_NOOP("briefing", "Acceptance"),
        "approval": QT_TRANSLATE_NOOP("briefing", "Approval"),
        "succession": QT_TRANSLATE_NOOP("briefing", "Succession"),
        "entry_into_force": QT_TRANSLATE_NOOP("briefing", "Entry into force"),
        "withdrawal_notified": QT_TRANSLATE_NOOP("briefing", "Withdrawal notified"),
        "withdrawal_effective": QT_TRANSLATE_NOOP("briefing", "Withdrawal effective"),
        "withdrawal_rescinded": QT_TRANSLATE_NOOP("briefing", "Withdrawal rescinded"),
        "instrument_withdrawn": QT_TRANSLATE_NOOP("briefing", "Instrument withdrawn"),
    },
    "state_note": {
        "announced_withdrawal": QT_TRANSLATE_NOOP("briefing", "Announced, not notified to the depositary"),
        "domestic_act": QT_TRANSLATE_NOOP("briefing", "Domestic act, not notified to the depositary"),
        "other": QT_TRANSLATE_NOOP("briefing", "Information, not a party event"),
    },
    "event": {
        "finding:other": QT_TRANSLATE_NOOP("briefing", "Communication"),
    },
    "trigger": {
        "security_council": QT_TRANSLATE_NOOP("briefing", "Referred by the United Nations Security Council"),
        "state_referral": QT_TRANSLATE_NOOP("briefing", "Referred by a State Party"),
        "proprio_motu": QT_TRANSLATE_NOOP("briefing", "Opened by the Prosecutor, proprio motu"),
    },
}
NOTE_CONTEXT = "briefing"


def _english(context: str, text: str) -> str:
    return text


def field_label(name: str, translate: Translate = _english) -> str:
    """A field's label ("Regional group"); a field without one named from its key."""
    return translate(CONTEXT, FIELDS[name]) if name in FIELDS else name.replace("_", " ").capitalize()


def kind_label(kind: str, plural: bool = False, translate: Translate = _english, *, tables: bool = False) -> str:
    """A kind of record ("Travel alert", "Travel alerts"); *tables*: the plural as a table of them
    is named ("Findings": a sheet, a CSV file, an import's or an export's tables)."""
    if kind not in KINDS:
        return kind.replace("_", " ")
    words = KINDS[kind]
    if not plural:
        return translate(CONTEXT, words.one)
    return translate(CONTEXT, words.tables or words.many if tables else words.many)


# The first words of a kind's label that keep their capital inside a sentence ("États", "Estados").
_CAPITALISED = ("State", "States", "État", "États", "Estado", "Estados")


def kind_noun(kind: str, plural: bool = False, translate: Translate = _english, *, tables: bool = False) -> str:
    """A kind's label inside a sentence: "travel alert", "alerte de voyage", "State" (the first
    letter lowered, unless the word is a State: States, États and Estados keep their capital)."""
    label = kind_label(kind, plural, translate, tables=tables)
    if label.split(" ")[0] in _CAPITALISED:
        return label
    return label[:1].lower() + label[1:]


def value_label(value: str, translate: Translate = _english) -> str | None:
    """A stored value's label ("letter_sent": "Letter sent"), None for a value without one: each
    place says those its own way (the window as stored, a note with spaces for underscores)."""
    return translate(CONTEXT, VALUES[value]) if value in VALUES else None


def section_label(key: str, translate: Translate = _english) -> str:
    """A section of a record's detail ("findings", "link:appeal_of")."""
    if key in SECTIONS:
        return translate(CONTEXT, SECTIONS[key])
    return key.split(":")[-1].replace("_", " ").capitalize()


def event_label(key: str, translate: Translate = _english, *, note: bool = False) -> str:
    """A kind of dated event of a chronology ("party:ratification", "finding:appeal_judgment",
    "activity:plenary"); *note*: as a briefing note says it (`NOTE_WORDS["event"]`)."""
    if note and key in NOTE_WORDS["event"]:
        return translate(NOTE_CONTEXT, NOTE_WORDS["event"][key])
    if key in EVENTS:
        return translate(CONTEXT, EVENTS[key])
    if key.startswith(("finding:", "activity:")):
        value = key.split(":", 1)[1]
        return value_label(value, translate) or value
    return key.replace("_", " ").capitalize()


def note_label(table: str, value: str, translate: Translate = _english) -> str | None:
    """A stored value of *table* ("party_event", "state_note") as a briefing note words it, None
    where the note has no word of its own."""
    words = NOTE_WORDS.get(table, {})
    return translate(NOTE_CONTEXT, words[value]) if value in words else None
