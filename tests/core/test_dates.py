import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ncdesk.core.dates import DateError, Precision, format_day, parse_day, parse_iso_day, parse_partial

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "label"),
    [
        ("2025-04-03", D(2025, 4, 3), D(2025, 4, 3), Precision.DAY, "3 April 2025"),
        ("3 April 2025", D(2025, 4, 3), D(2025, 4, 3), Precision.DAY, "3 April 2025"),
        ("April 3, 2025", D(2025, 4, 3), D(2025, 4, 3), Precision.DAY, "3 April 2025"),
        ("24-10-2024", D(2024, 10, 24), D(2024, 10, 24), Precision.DAY, "24 October 2024"),
        ("3–6 April 2025", D(2025, 4, 3), D(2025, 4, 6), Precision.RANGE, "3–6 April 2025"),
        ("3-6 April 2025", D(2025, 4, 3), D(2025, 4, 6), Precision.RANGE, "3–6 April 2025"),
        ("from 8 to 10 October 2025", D(2025, 10, 8), D(2025, 10, 10), Precision.RANGE, "8–10 October 2025"),
        ("28 March – 2 April 2025", D(2025, 3, 28), D(2025, 4, 2), Precision.RANGE, "28 March – 2 April 2025"),
        (
            "30 December 2025 - 2 January 2026",
            D(2025, 12, 30),
            D(2026, 1, 2),
            Precision.RANGE,
            "30 December 2025 – 2 January 2026",
        ),
        ("2025-04-03/2025-04-06", D(2025, 4, 3), D(2025, 4, 6), Precision.RANGE, "3–6 April 2025"),
        ("April 2025", D(2025, 4, 1), D(2025, 4, 30), Precision.MONTH, "April 2025"),
        ("February 2024", D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH, "February 2024"),
        ("2025-04", D(2025, 4, 1), D(2025, 4, 30), Precision.MONTH, "April 2025"),
        ("mid-October 2025", D(2025, 10, 11), D(2025, 10, 20), Precision.PART_OF_MONTH, "mid-October 2025"),
        ("early September 2024", D(2024, 9, 1), D(2024, 9, 10), Precision.PART_OF_MONTH, "early September 2024"),
        ("late February 2025", D(2025, 2, 21), D(2025, 2, 28), Precision.PART_OF_MONTH, "late February 2025"),
        ("2025", D(2025, 1, 1), D(2025, 12, 31), Precision.YEAR, "2025"),
    ],
)
def test_partial_dates(text: str, start: D, end: D, precision: Precision, label: str) -> None:
    pd = parse_partial(text)
    assert (pd.start, pd.end, pd.precision, pd.text) == (start, end, precision, label)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 February 2025", "February 2025 has 28 days, not 31"),
        ("29 February 2025", "has 28 days"),
        ("2025-13-01", "month 13 does not exist"),
        ("Octobr 2025", "did you mean October?"),  # "Octobre 2025" is French, and read
        ("6–3 April 2025", "ends"),
        ("", "no date given"),
        ("next week", "is not a date"),
        ("3 April 1066", "out of range"),
    ],
)
def test_bad_dates_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        parse_partial(text)


def test_iso_day_is_strict() -> None:
    assert parse_iso_day("2025-04-04") == D(2025, 4, 4)
    for bad in ("4 April 2025", "2025-4-4", "2025-02-30", "20250404"):
        with pytest.raises(DateError):
            parse_iso_day(bad)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)))
def test_written_days_read_back(day: D) -> None:
    assert parse_day(format_day(day)) == day
    assert parse_partial(day.isoformat()).start == day


def test_partial_date_contains() -> None:
    visit = parse_partial("3–6 April 2025")
    assert visit.contains(D(2025, 4, 4))
    assert not visit.contains(D(2025, 4, 7))
    assert visit.iso() == "2025-04-03/2025-04-06"
