"""The labels of stored values ("letter_sent": "Letter sent"), without Qt: the window says them
in its language (ui/labels.py `value_label`, context "labels"), and an import reads a closed
list's value written as its label in English, French, Spanish or Arabic (io/values.py).
`QT_TRANSLATE_NOOP` marks them for lupdate."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text


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
