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
import functools
from dataclasses import dataclass, field, replace
from enum import StrEnum

from ncdesk.core.model import (
    DEPOSIT_KINDS,
    PartyEvent,
    PartyEventKind,
    PersonFacts,
    PersonStatus,
    SituationFacts,
    StateFacts,
    Trigger,
    WarrantFacts,
    WarrantKind,
    WarrantStatus,
)
from ncdesk.core.text import QT_TRANSLATE_NOOP, Message, SituationName, StateName
from ncdesk.core.wording import Wording, render, say

# The bases the rules give, in English (Obligation.basis); the window and the exports translate them.
BASIS_STATE_PARTY = QT_TRANSLATE_NOOP("rules", "Rome Statute, articles 86 and 89(1)")
BASIS_ART_127_2 = QT_TRANSLATE_NOOP("rules", "Rome Statute, article 127(2)")


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
    """The answer and its reasons. The sentences are kept as phrases (`ncdesk.core.wording`):
    `basis`, `explanation` and `reasons` give them in English, `basis_in(w)` and
    `explanation_in(w)` in the language of *w*."""

    obliged: bool
    ground: Ground
    basis_said: Message | str | None
    said: tuple[Message, ...]  # the explanation, sentence by sentence
    reasons_said: tuple[Message, ...] = field(default_factory=tuple)

    @property
    def basis(self) -> str | None:
        return self.basis_in()

    @property
    def explanation(self) -> str:
        return self.explanation_in()

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(render(r) for r in self.reasons_said)

    def basis_in(self, w: Wording | None = None) -> str | None:
        return None if self.basis_said is None else render(self.basis_said, w)

    def explanation_in(self, w: Wording | None = None) -> str:
        return " ".join(render(p, w) for p in self.said)


def _tense(day: dt.date, today: dt.date | None, past: str, present: str, future: str) -> str:
    """The sentence in the past, present or future, as *day* is before, on or after *today*."""
    today = today or dt.date.today()
    return past if day < today else present if day == today else future


def _in(situation: SituationFacts) -> SituationName:
    """ "the situation in Ukraine": a situation's name inside a sentence."""
    return SituationName(situation.name)


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
        elif ev.kind is PartyEventKind.INSTRUMENT_WITHDRAWN or (
            ev.kind is PartyEventKind.ENTRY_INTO_FORCE and ev.date <= day
        ):
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


def standing_phrase(state: StateFacts, at: StandingAt, today: dt.date | None = None) -> Message:
    """A State's standing on a day, as one sentence (in the past, present or future)."""
    name = StateName(state.name)
    m = at.membership
    day = at.day

    def tense(past: str, present: str, future: str) -> str:
        return _tense(day, today, past, present, future)

    if at.standing is Standing.PARTY and m:
        text = tense(
            QT_TRANSLATE_NOOP("rules", "%1 was a State Party on %2 (the Statute entered into force for it on %3)."),
            QT_TRANSLATE_NOOP("rules", "%1 is a State Party on %2 (the Statute entered into force for it on %3)."),
            QT_TRANSLATE_NOOP("rules", "%1 will be a State Party on %2 (the Statute entered into force for it on %3)."),
        )
        return say(text, name, day, m.in_force)
    if at.standing is Standing.PARTY_WITHDRAWING and m and m.withdrawal_notified and m.withdrawal_effective:
        text = tense(
            QT_TRANSLATE_NOOP(
                "rules",
                "%1 was a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 "
                "(article 127(1)); until then it remains bound.",
            ),
            QT_TRANSLATE_NOOP(
                "rules",
                "%1 is a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 "
                "(article 127(1)); until then it remains bound.",
            ),
            QT_TRANSLATE_NOOP(
                "rules",
                "%1 will be a State Party on %2: it notified its withdrawal on %3, which takes effect on %4 "
                "(article 127(1)); until then it remains bound.",
            ),
        )
        return say(text, name, day, m.withdrawal_notified, m.withdrawal_effective)
    if at.standing is Standing.WITHDRAWN and m and m.withdrawal_effective:
        text = tense(
            QT_TRANSLATE_NOOP("rules", "%1 was not a State Party on %2: its withdrawal took effect on %3."),
            QT_TRANSLATE_NOOP("rules", "%1 is not a State Party on %2: its withdrawal took effect on %3."),
            QT_TRANSLATE_NOOP("rules", "%1 will not be a State Party on %2: its withdrawal took effect on %3."),
        )
        return say(text, name, day, m.withdrawal_effective)
    if at.standing is Standing.NOT_YET_IN_FORCE and at.pending_deposit:
        if at.pending_in_force:
            text = tense(
                QT_TRANSLATE_NOOP(
                    "rules",
                    "%1 was not yet a State Party on %2: it deposited its instrument on %3 and the Statute "
                    "enters into force for it on %4 (article 126(2)).",
                ),
                QT_TRANSLATE_NOOP(
                    "rules",
                    "%1 is not yet a State Party on %2: it deposited its instrument on %3 and the Statute "
                    "enters into force for it on %4 (article 126(2)).",
                ),
                QT_TRANSLATE_NOOP(
                    "rules",
                    "%1 will not yet be a State Party on %2: it deposited its instrument on %3 and the Statute "
                    "enters into force for it on %4 (article 126(2)).",
                ),
            )
            return say(text, name, day, at.pending_deposit, at.pending_in_force)
        text = tense(
            QT_TRANSLATE_NOOP(
                "rules",
                "%1 was not yet a State Party on %2: it deposited its instrument on %3 and the Statute "
                "enters into force for it later (article 126(2)).",
            ),
            QT_TRANSLATE_NOOP(
                "rules",
                "%1 is not yet a State Party on %2: it deposited its instrument on %3 and the Statute "
                "enters into force for it later (article 126(2)).",
            ),
            QT_TRANSLATE_NOOP(
                "rules",
                "%1 will not yet be a State Party on %2: it deposited its instrument on %3 and the Statute "
                "enters into force for it later (article 126(2)).",
            ),
        )
        return say(text, name, day, at.pending_deposit)
    if at.standing is Standing.SIGNATORY and at.signed:
        text = tense(
            QT_TRANSLATE_NOOP(
                "rules", "%1 was not a State Party on %2: it signed the Statute (%3) but has not ratified it."
            ),
            QT_TRANSLATE_NOOP(
                "rules", "%1 is not a State Party on %2: it signed the Statute (%3) but has not ratified it."
            ),
            QT_TRANSLATE_NOOP(
                "rules", "%1 will not be a State Party on %2: it signed the Statute (%3) but has not ratified it."
            ),
        )
        return say(text, name, day, at.signed)
    text = tense(
        QT_TRANSLATE_NOOP("rules", "%1 was not a State Party on %2."),
        QT_TRANSLATE_NOOP("rules", "%1 is not a State Party on %2."),
        QT_TRANSLATE_NOOP("rules", "%1 will not be a State Party on %2."),
    )
    return say(text, name, day)


def describe_standing(state: StateFacts, at: StandingAt, today: dt.date | None = None, w: Wording | None = None) -> str:
    return render(standing_phrase(state, at, today), w)


def cooperation_at(
    state: StateFacts,
    situation: SituationFacts,
    day: dt.date,
    proceedings_began: dt.date | None = None,
    today: dt.date | None = None,
) -> Obligation:
    """Must *state* cooperate with the Court in *situation* on *day*, and on what basis?"""
    # The facts are frozen values, so the answer for the same ones is the same: a State's note asks
    # it for each of a thousand persons wanted in a few dozen situations.
    return _cooperation_at(state, situation, day, proceedings_began, today or dt.date.today())


@functools.lru_cache(maxsize=4096)
def _cooperation_at(
    state: StateFacts, situation: SituationFacts, day: dt.date, proceedings_began: dt.date | None, today: dt.date
) -> Obligation:
    at = standing_at(state, day)
    name = StateName(state.name)
    reasons = [standing_phrase(state, at, today)]
    if at.is_party:
        return Obligation(True, Ground.STATE_PARTY, say(BASIS_STATE_PARTY), tuple(reasons), tuple(reasons))

    if at.standing is Standing.WITHDRAWN and at.membership and at.membership.withdrawal_effective:
        effective = at.membership.withdrawal_effective
        began = situation.investigation_opened or proceedings_began
        if began is not None and began < effective:
            reasons.append(
                say(
                    QT_TRANSLATE_NOOP(
                        "rules",
                        "The proceedings in %1 began on %2, before the withdrawal took effect, so %3 is not "
                        "discharged from cooperating in them (article 127(2)).",
                    ),
                    _in(situation),
                    began,
                    name,
                )
            )
            return Obligation(True, Ground.ARTICLE_127_2, say(BASIS_ART_127_2), tuple(reasons), tuple(reasons))

    bound = situation_bound_basis(situation, state.iso3)
    if bound is not None and (situation.council_resolution_date is None or situation.council_resolution_date <= day):
        reasons.append(
            say(
                QT_TRANSLATE_NOOP("rules", "%1 is bound to cooperate in %2 by the Security Council (%3)."),
                name,
                _in(situation),
                bound,
            )
        )
        return Obligation(True, Ground.SECURITY_COUNCIL, bound, tuple(reasons), tuple(reasons))

    for decl in sorted(state.declarations, key=lambda d: d.lodged_on, reverse=True):
        if not decl.accepted or decl.lodged_on > day:
            continue
        if decl.situation is not None and decl.situation != situation.number:
            continue
        basis = say(
            QT_TRANSLATE_NOOP("rules", "Rome Statute, article 12(3) (declaration lodged on %1)"), decl.lodged_on
        )
        reasons.append(
            say(
                QT_TRANSLATE_NOOP(
                    "rules",
                    "%1 accepted the Court's jurisdiction by a declaration under article 12(3) lodged on %2, "
                    "and must therefore cooperate under Part 9.",
                ),
                name,
                decl.lodged_on,
            )
        )
        return Obligation(True, Ground.ARTICLE_12_3, basis, tuple(reasons), tuple(reasons))

    if situation.trigger is Trigger.SECURITY_COUNCIL and situation.council_resolution:
        reasons.append(
            say(
                QT_TRANSLATE_NOOP("rules", "As a State not bound by it, %1 is only urged to cooperate by %2."),
                name,
                situation.council_resolution,
            )
        )
        return Obligation(False, Ground.URGED, None, tuple(reasons), tuple(reasons))
    reasons.append(
        say(
            QT_TRANSLATE_NOOP("rules", "%1 has no obligation to cooperate in %2; it may do so voluntarily."),
            name,
            _in(situation),
        )
    )
    return Obligation(False, Ground.NONE, None, tuple(reasons), tuple(reasons))


def situation_bound_basis(situation: SituationFacts, iso3: str) -> str | None:
    for code, basis in situation.council_bound:
        if code == iso3:
            return basis
    return None


ENDED = {
    WarrantStatus.IN_CUSTODY: QT_TRANSLATE_NOOP("rules", "the person was in the Court's custody"),
    WarrantStatus.DECEASED: QT_TRANSLATE_NOOP("rules", "the person had died"),
    WarrantStatus.WITHDRAWN: QT_TRANSLATE_NOOP("rules", "the warrant had been withdrawn"),
}


def outstanding_on(warrant: WarrantFacts, day: dt.date, today: dt.date | None = None) -> tuple[bool, Message]:
    """Was an arrest warrant outstanding (issued, not executed, not withdrawn) on *day*?"""
    when = warrant.issued_on
    if warrant.issued_on > day:
        return False, say(QT_TRANSLATE_NOOP("rules", "The warrant of %1 had not yet been issued."), when)
    if warrant.status in ENDED and (warrant.status_since is None or warrant.status_since <= day):
        label: Message = say(ENDED[warrant.status])
        if warrant.status_since:
            label = say(QT_TRANSLATE_NOOP("rules", "%1 (since %2)"), label, warrant.status_since)
        return False, say(QT_TRANSLATE_NOOP("rules", "The warrant of %1 was no longer outstanding: %2."), when, label)
    past = day < (today or dt.date.today())
    said = say(
        QT_TRANSLATE_NOOP("rules", "An arrest warrant issued on %1 in %2 was outstanding.")
        if past
        else QT_TRANSLATE_NOOP("rules", "An arrest warrant issued on %1 in %2 is outstanding."),
        when,
        _in(warrant.situation),
    )
    if warrant.sealed and warrant.unsealed_on is None:
        sealed = say(QT_TRANSLATE_NOOP("rules", "It was issued under seal; the day it was unsealed is not recorded."))
        said = say("%1 %2", said, sealed)
    elif warrant.sealed and warrant.unsealed_on is not None and warrant.unsealed_on > day:
        sealed = say(
            QT_TRANSLATE_NOOP(
                "rules", "It was under seal on that day; the request binds the States to which it was transmitted."
            )
        )
        said = say("%1 %2", said, sealed)
    return True, said


# Why a person is no longer sought for arrest, from the day the status holds (%1: the person, %2: the day).
NOT_SOUGHT = {
    PersonStatus.IN_CUSTODY: QT_TRANSLATE_NOOP("rules", "%1 has been in the Court's custody since %2."),
    PersonStatus.INTERIM_RELEASE: QT_TRANSLATE_NOOP(
        "rules", "%1 has been on interim release granted by the Court since %2, under the Chamber's conditions."
    ),
    PersonStatus.CONVICTED: QT_TRANSLATE_NOOP("rules", "%1 was convicted by the Court on %2."),
    PersonStatus.ACQUITTED: QT_TRANSLATE_NOOP("rules", "%1 was acquitted by the Court on %2."),
    PersonStatus.CHARGES_WITHDRAWN: QT_TRANSLATE_NOOP("rules", "The charges against %1 were withdrawn on %2."),
    PersonStatus.CHARGES_VACATED: QT_TRANSLATE_NOOP("rules", "The charges against %1 were vacated on %2."),
    PersonStatus.CHARGES_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "rules", "The Court declined to confirm the charges against %1 on %2."
    ),
    PersonStatus.PROCEEDINGS_TERMINATED: QT_TRANSLATE_NOOP(
        "rules", "The proceedings against %1 were terminated on %2."
    ),
    PersonStatus.DECEASED: QT_TRANSLATE_NOOP("rules", "%1 died on %2."),
    PersonStatus.WARRANT_WITHDRAWN: QT_TRANSLATE_NOOP("rules", "The warrant for %1 was withdrawn on %2."),
    PersonStatus.RELEASED: QT_TRANSLATE_NOOP("rules", "%1 was released by the Court on %2."),
}


def status_from(person: PersonFacts) -> dt.date | None:
    """The first day the person's recorded status is known to hold: the day it began, or else the
    day it was recorded as of (None: no day, so it cannot be used to judge a given day)."""
    return person.status_since or person.status_as_of


def not_sought(person: PersonFacts, day: dt.date) -> tuple[Message, ...] | None:
    """Why *person* was no longer sought for arrest on *day* (their status), or None if they were
    (at large, no status recorded, or a status that began after *day*)."""
    status = person.status
    start = status_from(person)
    if status is None or status is PersonStatus.AT_LARGE or start is None or start > day:
        return None
    said: list[Message] = [say(NOT_SOUGHT[status], person.name, start)]
    if person.status_since is None:
        said.append(
            say(
                QT_TRANSLATE_NOOP("rules", "The record gives this status as of %1; the day it began is not recorded."),
                start,
            )
        )
    return tuple(said)


def arrest_obligation(state: StateFacts, person: PersonFacts, day: dt.date, today: dt.date | None = None) -> Obligation:
    """Must *state* arrest and surrender *person* if found on its territory on *day*, and why?"""
    name = StateName(state.name)
    gone = not_sought(person, day)
    if gone is not None:
        text = _tense(
            day,
            today,
            QT_TRANSLATE_NOOP("rules", "%1 was not obliged to arrest and surrender %2 on %3: no longer sought."),
            QT_TRANSLATE_NOOP("rules", "%1 is not obliged to arrest and surrender %2 on %3: no longer sought."),
            QT_TRANSLATE_NOOP("rules", "%1 will not be obliged to arrest and surrender %2 on %3: no longer sought."),
        )
        return Obligation(False, Ground.NO_WARRANT, None, (say(text, name, person.name, day), *gone), gone)
    warrants = [w for w in person.warrants if w.kind is WarrantKind.ARREST_WARRANT]
    if not warrants:
        summons = sorted((w for w in person.warrants if w.kind is WarrantKind.SUMMONS), key=lambda w: w.issued_on)
        if not summons:
            why = say(QT_TRANSLATE_NOOP("rules", "No arrest warrant for %1 is recorded."), person.name)
            return Obligation(False, Ground.NO_WARRANT, None, (why,), (why,))
        why = say(
            QT_TRANSLATE_NOOP("rules", "%1 is subject to a summons to appear, not an arrest warrant."), person.name
        )
        said: list[Message] = [why]
        issued = [w for w in summons if w.issued_on <= day]
        if not issued:
            said.append(
                say(QT_TRANSLATE_NOOP("rules", "The summons of %1 had not yet been issued."), summons[0].issued_on)
            )
        else:
            # No one to arrest, but the State may still have to cooperate (serve it, facilitate appearance).
            coop = cooperation_at(state, issued[-1].situation, day, proceedings_began=issued[0].issued_on, today=today)
            if coop.obliged:
                said.append(
                    say(
                        QT_TRANSLATE_NOOP(
                            "rules", "%1 must nonetheless cooperate with the Court in %2 (%3), without arresting."
                        ),
                        name,
                        _in(issued[-1].situation),
                        coop.basis_said,
                    )
                )
            said.extend(coop.reasons_said)
        return Obligation(False, Ground.NO_WARRANT, None, tuple(said), tuple(said))

    reasons: list[Message] = []
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
        none = say(
            QT_TRANSLATE_NOOP("rules", "%1 had no arrest warrant for %2 to execute on %3."), name, person.name, day
        )
        return Obligation(False, Ground.NO_WARRANT, None, (none, *reasons), tuple(reasons))

    order = [Ground.STATE_PARTY, Ground.ARTICLE_127_2, Ground.SECURITY_COUNCIL, Ground.ARTICLE_12_3, Ground.URGED]
    best = min(candidates, key=lambda o: order.index(o.ground) if o.ground in order else len(order))
    if person.status is PersonStatus.AT_LARGE and person.status_as_of is not None and person.status_as_of < day:
        reasons.append(
            say(
                QT_TRANSLATE_NOOP("rules", "%1 was last recorded as at large on %2."),
                person.name,
                person.status_as_of,
            )
        )
    all_reasons = tuple(dict.fromkeys(reasons + list(best.reasons_said)))
    if best.obliged:
        text = _tense(
            day,
            today,
            QT_TRANSLATE_NOOP("rules", "%1 was obliged to arrest and surrender %2 on %3 (%4)."),
            QT_TRANSLATE_NOOP("rules", "%1 is obliged to arrest and surrender %2 on %3 (%4)."),
            QT_TRANSLATE_NOOP("rules", "%1 will be obliged to arrest and surrender %2 on %3 (%4)."),
        )
        verdict = say(text, name, person.name, day, best.basis_said)
    else:
        text = _tense(
            day,
            today,
            QT_TRANSLATE_NOOP("rules", "%1 was not obliged to arrest and surrender %2 on %3."),
            QT_TRANSLATE_NOOP("rules", "%1 is not obliged to arrest and surrender %2 on %3."),
            QT_TRANSLATE_NOOP("rules", "%1 will not be obliged to arrest and surrender %2 on %3."),
        )
        verdict = say(text, name, person.name, day)
    return Obligation(best.obliged, best.ground, best.basis_said, (verdict, *all_reasons), all_reasons)
