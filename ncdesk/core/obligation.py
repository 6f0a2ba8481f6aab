"""Whose obligation? The rules of the Rome Statute on who must cooperate, and when.

Judged at the date of the event: a State Party cooperates fully (article 86) and executes
arrest and surrender requests (article 89(1)); a withdrawal takes effect one year after its
notification (article 127(1)) and does not discharge the State from cooperating in
investigations and proceedings that began before it took effect (article 127(2)); a State not
party is bound only by a Security Council decision for the situation the Council referred,
or by its own article 12(3) declaration; every other State is only urged to cooperate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from ncdesk.core.dates import format_day
from ncdesk.core.model import (
    DEPOSIT_KINDS,
    PartyEvent,
    PartyEventKind,
    PersonFacts,
    SituationFacts,
    StateFacts,
    Trigger,
    WarrantFacts,
    WarrantKind,
    WarrantStatus,
)

BASIS_STATE_PARTY = "Rome Statute, articles 86 and 89(1)"
BASIS_ART_127_2 = "Rome Statute, article 127(2)"


class Standing(StrEnum):
    """A State's relation to the Statute on a given day."""

    NOT_PARTY = "not_party"
    SIGNATORY = "signatory"
    NOT_YET_IN_FORCE = "not_yet_in_force"
    PARTY = "party"
    PARTY_WITHDRAWING = "party_withdrawing"
    WITHDRAWN = "withdrawn"


class Ground(StrEnum):
    """Why a State must (or need not) cooperate."""

    STATE_PARTY = "state_party"
    ARTICLE_127_2 = "article_127_2"
    SECURITY_COUNCIL = "security_council"
    ARTICLE_12_3 = "article_12_3"
    URGED = "urged"
    NONE = "none"
    NO_WARRANT = "no_warrant"


@dataclass(frozen=True)
class Membership:
    """One period during which the Statute was in force for a State."""

    in_force: dt.date
    deposited: dt.date | None = None
    deposit_kind: PartyEventKind | None = None
    withdrawal_notified: dt.date | None = None
    withdrawal_effective: dt.date | None = None  # first day the State is no longer a party


@dataclass(frozen=True)
class StandingAt:
    standing: Standing
    day: dt.date
    membership: Membership | None = None
    signed: dt.date | None = None
    pending_deposit: dt.date | None = None
    pending_in_force: dt.date | None = None

    @property
    def is_party(self) -> bool:
        return self.standing in (Standing.PARTY, Standing.PARTY_WITHDRAWING)


@dataclass(frozen=True)
class Obligation:
    obliged: bool
    ground: Ground
    basis: str | None
    explanation: str
    reasons: tuple[str, ...] = field(default_factory=tuple)


def _be(day: dt.date, today: dt.date | None, negative: bool = False) -> str:
    """ "was", "is" or "will be" (with "not"), as *day* is before, on or after *today*."""
    today = today or dt.date.today()
    if day < today:
        return "was not" if negative else "was"
    if day == today:
        return "is not" if negative else "is"
    return "will not be" if negative else "will be"


def _in(situation: SituationFacts) -> str:
    """ "the situation in Ukraine": a situation's name inside a sentence."""
    name = situation.name
    return f"the s{name[1:]}" if name.startswith("Situation") else name


def one_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def memberships(state: StateFacts) -> list[Membership]:
    """The periods during which the Statute was in force for *state*, oldest first."""
    events = sorted(state.events, key=lambda e: (e.date, e.kind.value))
    result: list[Membership] = []
    deposit: tuple[dt.date, PartyEventKind] | None = None
    current: dict[str, dt.date | None] | None = None
    current_deposit: tuple[dt.date, PartyEventKind] | None = None
    for ev in events:
        if ev.kind is PartyEventKind.SUCCESSION and current is not None and current_deposit == (ev.date, ev.kind):
            continue
        if ev.kind in DEPOSIT_KINDS:
            deposit = (ev.date, ev.kind)
        elif ev.kind is PartyEventKind.INSTRUMENT_WITHDRAWN:
            deposit = None
        elif ev.kind is PartyEventKind.ENTRY_INTO_FORCE:
            if current is not None:
                result.append(_close(current, current_deposit))
            current = {"in_force": ev.date, "notified": None, "effective": None}
            # A succession is notified after the day it takes effect (independence).
            current_deposit = deposit or _later_succession(events, ev.date)
            deposit = None
        elif current is not None and ev.kind is PartyEventKind.WITHDRAWAL_NOTIFIED:
            current["notified"] = ev.date
            current["effective"] = current["effective"] or one_year_after(ev.date)
        elif current is not None and ev.kind is PartyEventKind.WITHDRAWAL_EFFECTIVE:
            current["effective"] = ev.date
        elif current is not None and ev.kind is PartyEventKind.WITHDRAWAL_RESCINDED:
            current["notified"] = None
            current["effective"] = None
    if current is not None:
        result.append(_close(current, current_deposit))
    return result


def _later_succession(events: list[PartyEvent], after: dt.date) -> tuple[dt.date, PartyEventKind] | None:
    for ev in events:
        if ev.kind is PartyEventKind.SUCCESSION and ev.date >= after:
            return ev.date, ev.kind
    return None


def _close(current: dict[str, dt.date | None], deposit: tuple[dt.date, PartyEventKind] | None) -> Membership:
    in_force = current["in_force"]
    assert in_force is not None
    return Membership(
        in_force=in_force,
        deposited=deposit[0] if deposit else None,
        deposit_kind=deposit[1] if deposit else None,
        withdrawal_notified=current["notified"],
        withdrawal_effective=current["effective"],
    )


def standing_at(state: StateFacts, day: dt.date) -> StandingAt:
    """Was *state* a party to the Statute on *day*?"""
    signed = min((e.date for e in state.events if e.kind is PartyEventKind.SIGNATURE and e.date <= day), default=None)
    last_before: Membership | None = None
    for m in memberships(state):
        if m.in_force <= day and (m.withdrawal_effective is None or day < m.withdrawal_effective):
            notice = _notice_pending(state, m.in_force, day)
            if notice is not None:
                view = replace(
                    m, withdrawal_notified=notice, withdrawal_effective=m.withdrawal_effective or one_year_after(notice)
                )
                return StandingAt(Standing.PARTY_WITHDRAWING, day, view, signed)
            return StandingAt(Standing.PARTY, day, m, signed)
        if m.in_force <= day:
            last_before = m
    # A deposit not yet in force on that day?
    pending: tuple[dt.date, dt.date | None] | None = None
    events = sorted(state.events, key=lambda e: e.date)
    for ev in events:
        if ev.date > day:
            break
        if ev.kind is PartyEventKind.SUCCESSION:
            continue  # takes effect from independence: its entry into force comes first
        if ev.kind in DEPOSIT_KINDS:
            later_eif = next(
                (e.date for e in events if e.kind is PartyEventKind.ENTRY_INTO_FORCE and e.date >= ev.date), None
            )
            pending = (ev.date, later_eif)
        elif ev.kind is PartyEventKind.INSTRUMENT_WITHDRAWN:
            pending = None
        elif ev.kind is PartyEventKind.ENTRY_INTO_FORCE and ev.date <= day:
            pending = None
    if pending is not None:
        return StandingAt(
            Standing.NOT_YET_IN_FORCE, day, last_before, signed, pending_deposit=pending[0], pending_in_force=pending[1]
        )
    if last_before is not None:
        return StandingAt(Standing.WITHDRAWN, day, last_before, signed)
    if signed is not None:
        return StandingAt(Standing.SIGNATORY, day, None, signed)
    return StandingAt(Standing.NOT_PARTY, day, None, None)


def _notice_pending(state: StateFacts, since: dt.date, day: dt.date) -> dt.date | None:
    """The notice of withdrawal pending on *day* (given since *since*, not rescinded by then)."""
    notice: dt.date | None = None
    for ev in sorted(state.events, key=lambda e: e.date):
        if ev.date > day:
            break
        if ev.date < since:
            continue
        if ev.kind is PartyEventKind.WITHDRAWAL_NOTIFIED:
            notice = ev.date
        elif ev.kind is PartyEventKind.WITHDRAWAL_RESCINDED:
            notice = None
    return notice


def describe_standing(state: StateFacts, at: StandingAt, today: dt.date | None = None) -> str:
    name = state.name
    m = at.membership
    day = format_day(at.day)
    be, not_be = _be(at.day, today), _be(at.day, today, negative=True)
    if at.standing is Standing.PARTY and m:
        return (
            f"{name} {be} a State Party on {day} (the Statute entered into force for it on {format_day(m.in_force)})."
        )
    if at.standing is Standing.PARTY_WITHDRAWING and m and m.withdrawal_notified and m.withdrawal_effective:
        return (
            f"{name} {be} a State Party on {day}: it notified its withdrawal on "
            f"{format_day(m.withdrawal_notified)}, which takes effect on {format_day(m.withdrawal_effective)} "
            "(article 127(1)); until then it remains bound."
        )
    if at.standing is Standing.WITHDRAWN and m and m.withdrawal_effective:
        return (
            f"{name} {not_be} a State Party on {day}: its withdrawal took effect on "
            f"{format_day(m.withdrawal_effective)}."
        )
    if at.standing is Standing.NOT_YET_IN_FORCE and at.pending_deposit:
        when = f" on {format_day(at.pending_in_force)}" if at.pending_in_force else " later"
        return (
            f"{name} {not_be} yet a State Party on {day}: it deposited its instrument on "
            f"{format_day(at.pending_deposit)} and the Statute enters into force for it{when} (article 126(2))."
        )
    if at.standing is Standing.SIGNATORY and at.signed:
        signed = format_day(at.signed)
        return f"{name} {not_be} a State Party on {day}: it signed the Statute ({signed}) but has not ratified it."
    return f"{name} {not_be} a State Party on {day}."


def cooperation_at(
    state: StateFacts,
    situation: SituationFacts,
    day: dt.date,
    proceedings_began: dt.date | None = None,
    today: dt.date | None = None,
) -> Obligation:
    """Must *state* cooperate with the Court in *situation* on *day*, and on what basis?"""
    at = standing_at(state, day)
    reasons = [describe_standing(state, at, today)]
    if at.is_party:
        return Obligation(True, Ground.STATE_PARTY, BASIS_STATE_PARTY, " ".join(reasons), tuple(reasons))

    if at.standing is Standing.WITHDRAWN and at.membership and at.membership.withdrawal_effective:
        effective = at.membership.withdrawal_effective
        began = situation.investigation_opened or proceedings_began
        if began is not None and began < effective:
            reason = (
                f"The proceedings in {_in(situation)} began on {format_day(began)}, before the withdrawal took "
                f"effect, so {state.name} is not discharged from cooperating in them (article 127(2))."
            )
            reasons.append(reason)
            return Obligation(True, Ground.ARTICLE_127_2, BASIS_ART_127_2, " ".join(reasons), tuple(reasons))

    bound = situation_bound_basis(situation, state.iso3)
    if bound is not None and (situation.council_resolution_date is None or situation.council_resolution_date <= day):
        reasons.append(f"{state.name} is bound to cooperate in {_in(situation)} by the Security Council ({bound}).")
        return Obligation(True, Ground.SECURITY_COUNCIL, bound, " ".join(reasons), tuple(reasons))

    for decl in sorted(state.declarations, key=lambda d: d.lodged_on, reverse=True):
        if not decl.accepted or decl.lodged_on > day:
            continue
        if decl.situation is not None and decl.situation != situation.number:
            continue
        basis = f"Rome Statute, article 12(3) (declaration lodged on {format_day(decl.lodged_on)})"
        reasons.append(
            f"{state.name} accepted the Court's jurisdiction by a declaration under article 12(3) lodged on "
            f"{format_day(decl.lodged_on)}, and must therefore cooperate under Part 9."
        )
        return Obligation(True, Ground.ARTICLE_12_3, basis, " ".join(reasons), tuple(reasons))

    if situation.trigger is Trigger.SECURITY_COUNCIL and situation.council_resolution:
        reasons.append(
            f"As a State not bound by it, {state.name} is only urged to cooperate by {situation.council_resolution}."
        )
        return Obligation(False, Ground.URGED, None, " ".join(reasons), tuple(reasons))
    reasons.append(f"{state.name} has no obligation to cooperate in {_in(situation)}; it may do so voluntarily.")
    return Obligation(False, Ground.NONE, None, " ".join(reasons), tuple(reasons))


def situation_bound_basis(situation: SituationFacts, iso3: str) -> str | None:
    for code, basis in situation.council_bound:
        if code == iso3:
            return basis
    return None


def outstanding_on(warrant: WarrantFacts, day: dt.date, today: dt.date | None = None) -> tuple[bool, str]:
    """Was an arrest warrant outstanding (issued, not executed, not withdrawn) on *day*?"""
    when = format_day(warrant.issued_on)
    if warrant.issued_on > day:
        return False, f"The warrant of {when} had not yet been issued."
    ended = warrant.status in (WarrantStatus.IN_CUSTODY, WarrantStatus.DECEASED, WarrantStatus.WITHDRAWN)
    if ended and (warrant.status_since is None or warrant.status_since <= day):
        label = {
            WarrantStatus.IN_CUSTODY: "the person was in the Court's custody",
            WarrantStatus.DECEASED: "the person had died",
            WarrantStatus.WITHDRAWN: "the warrant had been withdrawn",
        }[warrant.status]
        since = f" (since {format_day(warrant.status_since)})" if warrant.status_since else ""
        return False, f"The warrant of {when} was no longer outstanding: {label}{since}."
    sealed = ""
    if warrant.sealed and warrant.unsealed_on is None:
        sealed = " It was issued under seal; the day it was unsealed is not recorded."
    elif warrant.sealed and warrant.unsealed_on is not None and warrant.unsealed_on > day:
        sealed = " It was under seal on that day; the request binds the States to which it was transmitted."
    tense = "was" if day < (today or dt.date.today()) else "is"
    return True, f"An arrest warrant issued on {when} in {_in(warrant.situation)} {tense} outstanding.{sealed}"


def arrest_obligation(state: StateFacts, person: PersonFacts, day: dt.date, today: dt.date | None = None) -> Obligation:
    """Must *state* arrest and surrender *person* if found on its territory on *day*, and why?"""
    warrants = [w for w in person.warrants if w.kind is WarrantKind.ARREST_WARRANT]
    if not warrants:
        summons = [w for w in person.warrants if w.kind is WarrantKind.SUMMONS]
        why = (
            f"{person.name} is subject to a summons to appear, not an arrest warrant."
            if summons
            else f"No arrest warrant for {person.name} is recorded."
        )
        return Obligation(False, Ground.NO_WARRANT, None, why, (why,))

    reasons: list[str] = []
    candidates: list[Obligation] = []
    for w in sorted(warrants, key=lambda w: w.issued_on):
        ok, why = outstanding_on(w, day, today)
        reasons.append(why)
        if not ok:
            continue
        began = w.situation.investigation_opened or w.issued_on
        candidates.append(
            cooperation_at(state, w.situation, day, proceedings_began=min(began, w.issued_on), today=today)
        )

    if not candidates:
        explanation = (
            f"{state.name} had no arrest warrant for {person.name} to execute on {format_day(day)}. "
            + " ".join(reasons)
        )
        return Obligation(False, Ground.NO_WARRANT, None, explanation, tuple(reasons))

    order = [Ground.STATE_PARTY, Ground.ARTICLE_127_2, Ground.SECURITY_COUNCIL, Ground.ARTICLE_12_3, Ground.URGED]
    best = min(candidates, key=lambda o: order.index(o.ground) if o.ground in order else len(order))
    all_reasons = tuple(dict.fromkeys(reasons + list(best.reasons)))
    if best.obliged:
        verdict = (
            f"{state.name} {_be(day, today)} obliged to arrest and surrender {person.name} on {format_day(day)} "
            f"({best.basis})."
        )
    else:
        verdict = (
            f"{state.name} {_be(day, today, True)} obliged to arrest and surrender {person.name} on {format_day(day)}."
        )
    return Obligation(best.obliged, best.ground, best.basis, " ".join((verdict, *all_reasons)), all_reasons)
