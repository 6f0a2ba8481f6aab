import datetime as dt

import pytest

from ncdesk.core.alerts import AlertFacts, StepError, check_step, flags, is_upcoming, next_steps
from ncdesk.core.model import AlertStatus as S

D = dt.date
TODAY = D(2026, 11, 23)


@pytest.mark.parametrize(
    ("current", "step", "outcome", "ok"),
    [
        (S.REPORTED, S.VERIFIED, None, True),
        (S.REPORTED, S.COURT_INFORMED, None, True),  # skipping ahead is allowed
        (S.VERIFIED, S.REPORTED, None, False),  # backwards
        (S.LETTER_SENT, S.LETTER_SENT, None, False),  # the same step twice
        (S.COURT_INFORMED, S.CLOSED, "not_arrested", True),
        (S.COURT_INFORMED, S.CLOSED, None, False),  # closing needs an outcome
        (S.VERIFIED, S.LETTER_SENT, "arrested", False),  # an outcome only when closing
        (S.CLOSED, S.VERIFIED, None, False),  # closed alerts take no step
        (S.VERIFIED, S.CLOSED, "vanished", False),  # not an outcome
    ],
)
def test_check_step(current, step, outcome, ok) -> None:
    if ok:
        check_step(current, step, at=TODAY, outcome=outcome)
    else:
        with pytest.raises((StepError, ValueError)):
            check_step(current, step, at=TODAY, outcome=outcome)


def test_a_step_cannot_be_dated_before_the_previous_one() -> None:
    with pytest.raises(StepError, match="before the previous step"):
        check_step(S.REPORTED, S.VERIFIED, at=D(2026, 11, 1), last_at=D(2026, 11, 2))


def test_next_steps() -> None:
    assert next_steps(S.LETTER_SENT) == [S.COURT_INFORMED, S.CLOSED]
    assert next_steps(S.CLOSED) == []


def facts(status: S, start: D | None, end: D | None = None, letter: bool = False, shared: bool = False) -> AlertFacts:
    return AlertFacts(status, start, end, letter, shared)


@pytest.mark.parametrize(
    ("alert", "codes"),
    [
        (facts(S.VERIFIED, D(2026, 12, 1), D(2026, 12, 3)), ["not_shared", "verified_no_letter"]),
        (facts(S.VERIFIED, D(2026, 12, 1), letter=True, shared=True), []),
        (facts(S.REPORTED, D(2026, 12, 1)), ["unverified_close"]),
        (facts(S.REPORTED, D(2027, 3, 1)), []),  # far away, not verified: nothing yet
        (facts(S.LETTER_SENT, D(2026, 11, 1), D(2026, 11, 3), letter=True, shared=True), ["visit_passed_open"]),
        (facts(S.CLOSED, D(2026, 11, 1)), []),
        (facts(S.VERIFIED, None, shared=True), []),
    ],
)
def test_flags(alert: AlertFacts, codes: list[str]) -> None:
    assert sorted(f.code for f in flags(alert, TODAY)) == sorted(codes)


def test_is_upcoming() -> None:
    assert is_upcoming(D(2026, 12, 20), None, TODAY)
    assert not is_upcoming(D(2026, 12, 24), None, TODAY)  # 31 days away
    assert is_upcoming(D(2026, 11, 20), D(2026, 11, 25), TODAY)  # under way
    assert not is_upcoming(D(2026, 11, 20), D(2026, 11, 22), TODAY)
    assert not is_upcoming(None, None, TODAY)
