"""The vocabulary of the record: kinds of events, statuses and the facts rules reason over.

The store keeps these values as text; every enum here is the single list of allowed values
(the schema's CHECK constraints are generated from them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class RegionalGroup(StrEnum):
    AFRICAN = "AFRICAN"
    ASIA_PACIFIC = "ASIA_PACIFIC"
    EEG = "EEG"
    GRULAC = "GRULAC"
    WEOG = "WEOG"


class PartyEventKind(StrEnum):
    SIGNATURE = "signature"
    RATIFICATION = "ratification"
    ACCESSION = "accession"
    ACCEPTANCE = "acceptance"
    APPROVAL = "approval"
    SUCCESSION = "succession"  # a new State succeeding to the Statute, with effect from its independence
    ENTRY_INTO_FORCE = "entry_into_force"
    WITHDRAWAL_NOTIFIED = "withdrawal_notified"
    WITHDRAWAL_EFFECTIVE = "withdrawal_effective"
    WITHDRAWAL_RESCINDED = "withdrawal_rescinded"
    INSTRUMENT_WITHDRAWN = "instrument_withdrawn"


DEPOSIT_KINDS = frozenset(
    {
        PartyEventKind.RATIFICATION,
        PartyEventKind.ACCESSION,
        PartyEventKind.ACCEPTANCE,
        PartyEventKind.APPROVAL,
        PartyEventKind.SUCCESSION,
    }
)


class StateNoteKind(StrEnum):
    """Information beside a State's party status that is not a party-status event: the depositary
    was not notified, so it changes neither the State's standing nor its obligations."""

    ANNOUNCED_WITHDRAWAL = "announced_withdrawal"  # a government's announcement, no notification found
    DOMESTIC_ACT = "domestic_act"  # a law, a vote or a decree at home, no notification found
    OTHER = "other"


class Trigger(StrEnum):
    """How a situation reached the Court (article 13)."""

    STATE_REFERRAL = "state_referral"
    SECURITY_COUNCIL = "security_council"
    PROPRIO_MOTU = "proprio_motu"


class WarrantKind(StrEnum):
    ARREST_WARRANT = "arrest_warrant"
    SUMMONS = "summons"


class WarrantStatus(StrEnum):
    AT_LARGE = "at_large"
    IN_CUSTODY = "in_custody"
    DECEASED = "deceased"
    WITHDRAWN = "withdrawn"
    SUMMONS = "summons"


class PersonStatus(StrEnum):
    """Where a person subject to a warrant or summons stands, as of a stated day."""

    AT_LARGE = "at_large"
    IN_CUSTODY = "in_custody"
    INTERIM_RELEASE = "interim_release"
    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    CHARGES_WITHDRAWN = "charges_withdrawn"
    CHARGES_VACATED = "charges_vacated"
    CHARGES_NOT_CONFIRMED = "charges_not_confirmed"
    PROCEEDINGS_TERMINATED = "proceedings_terminated"
    DECEASED = "deceased"
    WARRANT_WITHDRAWN = "warrant_withdrawn"
    RELEASED = "released"


class CommunicationKind(StrEnum):
    """What a communication on non-cooperation is."""

    FINDING = "finding"  # a finding of non-compliance (art. 87(7) or 87(5)(b))
    INFORMING_DECISION = "informing_decision"  # a decision informing the Council and/or the Assembly
    DECISION = "decision"  # another decision: e.g. one deferring the referral
    APPEAL_JUDGMENT = "appeal_judgment"
    RECONSIDERATION = "reconsideration"  # a decision on a request for reconsideration
    REQUEST = "request"  # a State's or party's request (leave to appeal, reconsideration, disqualification)
    RESPONSE = "response"  # a State's response or observations
    OTHER = "other"


class FindingBasis(StrEnum):
    ART_87_7 = "art_87_7"
    ART_87_5_B = "art_87_5_b"
    INFORMING = "informing"
    NONE = "none"


class Referral(StrEnum):
    """Where the Court sent the matter."""

    ASSEMBLY = "assembly"
    SECURITY_COUNCIL = "security_council"
    BOTH = "both"
    NONE = "none"
    DEFERRED = "deferred"


class LinkRelation(StrEnum):
    APPEAL_OF = "appeal_of"
    RECONSIDERATION_OF = "reconsideration_of"
    DEFERRAL_OF = "deferral_of"
    RESPONSE_TO = "response_to"
    REQUEST_ABOUT = "request_about"
    FOLLOW_UP_OF = "follow_up_of"
    CONCERNS = "concerns"
    TAKES_NOTE_OF = "takes_note_of"
    LED_TO = "led_to"


class AlertStatus(StrEnum):
    REPORTED = "reported"
    VERIFIED = "verified"
    FOCAL_POINTS_ACTIVATED = "focal_points_activated"
    LETTER_SENT = "letter_sent"
    COURT_INFORMED = "court_informed"
    CLOSED = "closed"


class AlertOutcome(StrEnum):
    CANCELLED = "cancelled"
    ARRESTED = "arrested"
    NOT_ARRESTED = "not_arrested"
    UNKNOWN = "unknown"


class Reliability(StrEnum):
    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    DOUBTFUL = "doubtful"
    UNKNOWN = "unknown"


class ActivityKind(StrEnum):
    BUREAU_MEETING = "bureau_meeting"
    BUREAU_DECISION = "bureau_decision"
    FOCAL_POINT_MEETING = "focal_point_meeting"
    NYWG_BRIEFING = "nywg_briefing"
    PLENARY = "plenary"
    FACILITATION_MEETING = "facilitation_meeting"
    PUBLIC_MESSAGE = "public_message"
    COMMUNICATION_TO_STATES = "communication_to_states"
    PROSECUTOR_REPORT_UNSC = "prosecutor_report_unsc"
    OTHER = "other"


class ActivityStatus(StrEnum):
    HELD = "held"
    PLANNED = "planned"
    CANCELLED = "cancelled"


class ProcedureStep(StrEnum):
    """Steps of the Assembly procedures relating to non-cooperation (ICC-ASP/17/Res.5, annex II)."""

    # Formal
    OPEN_LETTER = "open_letter"
    BUREAU_MEETING_WITH_STATE = "bureau_meeting_with_state"  # para. 14(c): the State presents its view
    PLENARY_DEBATE = "plenary_debate"
    BUREAU_REPORT = "bureau_report"
    # Informal
    PRESIDENT_GOOD_OFFICES = "president_good_offices"
    PRESIDENT_LETTER = "president_letter"
    FOCAL_POINT_CONTACT = "focal_point_contact"
    FOCAL_POINTS_ACTIVATED = "focal_points_activated"
    STATES_INFORMED = "states_informed"
    TOOLKIT_REMINDER = "toolkit_reminder"
    INFORMATION_TO_COURT = "information_to_court"
    PUBLIC_STATEMENT = "public_statement"
    OTHER = "other"

    @property
    def formal(self) -> bool:
        return self in {
            ProcedureStep.OPEN_LETTER,
            ProcedureStep.BUREAU_MEETING_WITH_STATE,
            ProcedureStep.PLENARY_DEBATE,
            ProcedureStep.BUREAU_REPORT,
        }


class FocalPointRole(StrEnum):
    FOCAL_POINT = "focal_point"
    PRESIDENT_EX_OFFICIO = "president_ex_officio"


class AssemblyDocKind(StrEnum):
    BUREAU_REPORT = "bureau_report"
    RESOLUTION = "resolution"
    REPORT = "report"
    DECISION = "decision"
    OTHER = "other"


class Origin(StrEnum):
    REFERENCE = "reference"
    USER = "user"


# ---------------------------------------------------------------------------
# Facts the rules reason over. The store builds them; the rules never see SQL.


@dataclass(frozen=True)
class PartyEvent:
    kind: PartyEventKind
    date: dt.date
    note: str = ""


@dataclass(frozen=True)
class Declaration123:
    """An article 12(3) declaration accepting the Court's jurisdiction."""

    lodged_on: dt.date
    covers_from: dt.date | None = None
    covers_to: dt.date | None = None
    situation: str | None = None  # ICC situation number
    accepted: bool = True


@dataclass(frozen=True)
class StateFacts:
    iso3: str
    name: str
    events: tuple[PartyEvent, ...] = ()
    declarations: tuple[Declaration123, ...] = ()


@dataclass(frozen=True)
class SituationFacts:
    number: str  # ICC-02/05
    name: str
    trigger: Trigger
    council_resolution: str | None = None  # S/RES/1593 (2005)
    council_resolution_date: dt.date | None = None
    council_bound: tuple[tuple[str, str], ...] = ()  # (ISO3, basis such as "S/RES/1593 (2005), para. 2")
    investigation_opened: dt.date | None = None


@dataclass(frozen=True)
class WarrantFacts:
    kind: WarrantKind
    situation: SituationFacts
    issued_on: dt.date
    status: WarrantStatus
    status_since: dt.date | None = None
    case: str | None = None
    sealed: bool = False
    unsealed_on: dt.date | None = None


@dataclass(frozen=True)
class PersonFacts:
    name: str
    warrants: tuple[WarrantFacts, ...] = ()
    status: PersonStatus | None = None  # None: not recorded (the warrants' own statuses decide)
    status_since: dt.date | None = None
    status_as_of: dt.date | None = None
