"""Words for the kinds of dated events in exported chronologies (no Qt: exports run anywhere)."""

from __future__ import annotations

EVENTS = {
    "party:signature": "Signed the Rome Statute",
    "party:ratification": "Ratified the Rome Statute",
    "party:accession": "Acceded to the Rome Statute",
    "party:acceptance": "Accepted the Rome Statute",
    "party:approval": "Approved the Rome Statute",
    "party:succession": "Succeeded to the Rome Statute",
    "party:entry_into_force": "The Statute entered into force for it",
    "party:withdrawal_notified": "Notified its withdrawal",
    "party:withdrawal_effective": "Its withdrawal took effect",
    "party:withdrawal_rescinded": "Revoked its notice of withdrawal",
    "party:instrument_withdrawn": "Withdrew its instrument before entry into force",
    "declaration_12_3": "Article 12(3) declaration lodged",
    "transmission": "Transmitted to the Assembly of States Parties",
    "sc_transmission": "Transmitted to the Security Council",
    "letter": "Letter of the President of the Assembly",
    "alert": "Travel",
    "focal_point_appointed": "Appointed focal point on non-cooperation",
    "referral": "Referred to the Court",
    "investigation_opened": "Investigation opened",
    "warrant:arrest_warrant": "Warrant of arrest issued",
    "warrant:summons": "Summons to appear issued",
    "warrant_status:in_custody": "In the Court's custody",
    "warrant_status:deceased": "Died",
    "warrant_status:withdrawn": "Warrant withdrawn or proceedings ended",
    "warrant_unsealed": "Warrant unsealed",
    "finding:finding": "Finding of non-compliance",
    "finding:informing_decision": "Decision informing",
    "finding:decision": "Decision",
    "finding:appeal_judgment": "Appeal judgment",
    "finding:reconsideration": "Decision on reconsideration",
    "finding:request": "Request by the State",
    "finding:response": "Response by the State",
    "finding:other": "Communication",
}


def event_words(key: str) -> str:
    if key in EVENTS:
        return EVENTS[key]
    if key.startswith("activity:"):
        return key.split(":", 1)[1].replace("_", " ").capitalize()
    return key.replace("_", " ").capitalize()
