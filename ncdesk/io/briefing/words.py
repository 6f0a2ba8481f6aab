"""Words for the kinds of dated events in exported chronologies (no Qt: exports run anywhere),
in the language of the document: the window's own words (context "labels", ncdesk/ui/labels.py),
read from the same .ts."""

from __future__ import annotations

from ncdesk.core.text import QT_TRANSLATE_NOOP
from ncdesk.io.translations import words

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
    "finding:finding": QT_TRANSLATE_NOOP("labels", "Finding of non-compliance"),
    "finding:informing_decision": QT_TRANSLATE_NOOP("labels", "Decision informing"),
    "finding:decision": QT_TRANSLATE_NOOP("labels", "Decision"),
    "finding:appeal_judgment": QT_TRANSLATE_NOOP("labels", "Appeal judgment"),
    "finding:reconsideration": QT_TRANSLATE_NOOP("labels", "Decision on reconsideration"),
    "finding:request": QT_TRANSLATE_NOOP("labels", "Request by a State"),
    "finding:response": QT_TRANSLATE_NOOP("labels", "Response by a State"),
    "finding:other": QT_TRANSLATE_NOOP("briefing", "Communication"),
}


ACTIVITIES = {
    "bureau_meeting": QT_TRANSLATE_NOOP("labels", "Bureau meeting"),
    "bureau_decision": QT_TRANSLATE_NOOP("labels", "Bureau decision"),
    "focal_point_meeting": QT_TRANSLATE_NOOP("labels", "Focal points' meeting"),
    "nywg_briefing": QT_TRANSLATE_NOOP("labels", "New York Working Group briefing"),
    "plenary": QT_TRANSLATE_NOOP("labels", "Plenary meeting"),
    "facilitation_meeting": QT_TRANSLATE_NOOP("labels", "Facilitation meeting"),
    "public_message": QT_TRANSLATE_NOOP("labels", "Public message"),
    "communication_to_states": QT_TRANSLATE_NOOP("labels", "Communication to States"),
    "prosecutor_report_unsc": QT_TRANSLATE_NOOP("labels", "Prosecutor's report to the Security Council"),
}


def event_words(key: str) -> str:
    if key in EVENTS:
        context = "briefing" if key == "finding:other" else "labels"
        return words(EVENTS[key], context)
    if key.startswith("activity:"):
        kind = key.split(":", 1)[1]
        return words(ACTIVITIES[kind], "labels") if kind in ACTIVITIES else kind.replace("_", " ").capitalize()
    return key.replace("_", " ").capitalize()
