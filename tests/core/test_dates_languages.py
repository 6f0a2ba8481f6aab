"""Dates typed in French, Spanish or Arabic as ncdesk writes them in those languages are read back to
the same days; the text stays as typed, and is shown in the window's language."""

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ncdesk.core.dates import DateError, Precision, parse_day, parse_partial
from ncdesk.io.translations import MONTHS, format_dates, format_day, format_span

D = dt.date
LANGS = ("fr", "es", "ar")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _spans() -> list[tuple[D, D, Precision]]:
    """Days, ranges within a month, across months and across years, and months, over three years."""
    spans: list[tuple[D, D, Precision]] = []
    for year in (2024, 2025, 2026):
        for month in range(1, 13):
            first = D(year, month, 1)
            last = (D(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
            spans += [(first, first, Precision.DAY), (last, last, Precision.DAY)]
            spans += [(first, first + dt.timedelta(days=3), Precision.RANGE)]
            spans += [(D(year, month, 2), D(year, month, 4), Precision.RANGE)]
            spans += [(last - dt.timedelta(days=2), last + dt.timedelta(days=2), Precision.RANGE)]
            spans += [(first, last, Precision.MONTH)]
    return spans


SPANS = _spans()


def _no_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@pytest.mark.parametrize("lang", LANGS)
def test_what_ncdesk_writes_in_each_language_reads_back(lang: str) -> None:
    for start, end, precision in SPANS:
        written = format_span(start, end, precision, lang)
        variants = {written, written.upper() if lang != "ar" else written, written.translate(ARABIC_DIGITS)}
        if lang != "ar":
            variants |= {_no_accents(written), written.capitalize(), written.replace("–", "-")}
        for text in variants:
            pd = parse_partial(text)
            assert (pd.start, pd.end, pd.precision) == (start, end, precision), text
            assert pd.text == text, "kept as typed"


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)), st.sampled_from(LANGS))
def test_written_days_read_back_in_each_language(day: D, lang: str) -> None:
    assert parse_day(format_day(day, lang)) == day
    assert parse_partial(format_day(day, lang)).start == day


@pytest.mark.parametrize("month", range(1, 13))
def test_either_half_of_an_arabic_month_name(month: int) -> None:
    levantine, egyptian = MONTHS["ar"][month - 1].split("/")
    for name in (levantine, egyptian, f"{levantine} / {egyptian}"):
        assert parse_day(f"3 {name} 2025") == D(2025, month, 3)
        pd = parse_partial(f"٢–٤ {name} ٢٠٢٦")
        assert (pd.start, pd.end) == (D(2026, month, 2), D(2026, month, 4))


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("1er avril 2025", D(2025, 4, 1), D(2025, 4, 1), Precision.DAY),
        ("1er–4 avril 2025", D(2025, 4, 1), D(2025, 4, 4), Precision.RANGE),
        ("le 1er avril 2025", D(2025, 4, 1), D(2025, 4, 1), Precision.DAY),
        ("3 aout 2025", D(2025, 8, 3), D(2025, 8, 3), Precision.DAY),
        ("fevrier 2024", D(2024, 2, 1), D(2024, 2, 29), Precision.MONTH),
        ("2–4 DÉCEMBRE 2026", D(2026, 12, 2), D(2026, 12, 4), Precision.RANGE),
        ("3 déc. 2025", D(2025, 12, 3), D(2025, 12, 3), Precision.DAY),
        ("3 sept. 2025", D(2025, 9, 3), D(2025, 9, 3), Precision.DAY),
        ("3 févr. 2025", D(2025, 2, 3), D(2025, 2, 3), Precision.DAY),
        ("du 2 au 4 décembre 2026", D(2026, 12, 2), D(2026, 12, 4), Precision.RANGE),
        ("du 28 mars au 2 avril 2025", D(2025, 3, 28), D(2025, 4, 2), Precision.RANGE),
        ("mi-octobre 2025", D(2025, 10, 11), D(2025, 10, 20), Precision.PART_OF_MONTH),
        ("début décembre 2026", D(2026, 12, 1), D(2026, 12, 10), Precision.PART_OF_MONTH),
        ("fin février 2025", D(2025, 2, 21), D(2025, 2, 28), Precision.PART_OF_MONTH),
        ("3 de abril de 2025", D(2025, 4, 3), D(2025, 4, 3), Precision.DAY),
        ("1º de abril de 2025", D(2025, 4, 1), D(2025, 4, 1), Precision.DAY),
        ("3 setiembre 2025", D(2025, 9, 3), D(2025, 9, 3), Precision.DAY),
        ("3 dic. 2025", D(2025, 12, 3), D(2025, 12, 3), Precision.DAY),
        ("del 2 al 4 de diciembre de 2026", D(2026, 12, 2), D(2026, 12, 4), Precision.RANGE),
        ("principios de diciembre de 2026", D(2026, 12, 1), D(2026, 12, 10), Precision.PART_OF_MONTH),
        ("a mediados de octubre de 2025", D(2025, 10, 11), D(2025, 10, 20), Precision.PART_OF_MONTH),
        ("finales de febrero de 2025", D(2025, 2, 21), D(2025, 2, 28), Precision.PART_OF_MONTH),
        ("من 2 إلى 4 ديسمبر 2026", D(2026, 12, 2), D(2026, 12, 4), Precision.RANGE),
        ("منتصف تشرين الأول/أكتوبر 2025", D(2025, 10, 11), D(2025, 10, 20), Precision.PART_OF_MONTH),
        ("\u200f3 نيسان/أبريل 2025\u200f", D(2025, 4, 3), D(2025, 4, 3), Precision.DAY),
    ],
)
def test_the_obvious_variants(text: str, start: D, end: D, precision: Precision) -> None:
    pd = parse_partial(text)
    assert (pd.start, pd.end, pd.precision) == (start, end, precision)


def test_the_text_is_kept_as_typed_in_one_line() -> None:
    assert parse_partial("  2–4  décembre 2026 ").text == "2–4 décembre 2026"
    assert parse_partial("\u200f3 نيسان/أبريل 2025\u200f").text == "3 نيسان/أبريل 2025"
    # English is written as before, in ncdesk's words.
    assert parse_partial("3-6 april 2025").text == "3–6 April 2025"
    assert parse_partial("3 sept. 2025").text == "3 September 2025"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("32 décembre 2026", "December 2026 has 31 days, not 32"),
        ("31 de febrero de 2025", "February 2025 has 28 days, not 31"),
        ("30 شباط/فبراير 2025", "February 2025 has 28 days, not 30"),
        ("2 blorp 2026", "'blorp' is not a month"),
        ("2 décembr 2026", "did you mean décembre?"),
        ("2 diciembr de 2026", "did you mean diciembre?"),
        ("4–2 décembre 2026", "ends"),
        ("3 avril 1066", "out of range"),
        ("la semaine du sommet", "is not a date"),
        ("décembre", "is not a date"),
    ],
)
def test_nonsense_is_still_refused_with_a_useful_message(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message) as raised:
        parse_partial(text)
    assert repr(text) in str(raised.value), "the message quotes what was typed"
    with pytest.raises(DateError):
        parse_day(text)


def test_a_date_typed_in_french_is_shown_in_each_language() -> None:
    """Stored as typed, shown from the days it means: as ncdesk writes them in the window's language."""
    for typed in ("2–4 décembre 2026", "2-4 decembre 2026", "du 2 au 4 décembre 2026"):
        stored = parse_partial(typed).text
        assert format_dates(stored, "fr") == "2–4 décembre 2026"
        assert format_dates(stored, "en") == "2–4 December 2026"
        assert format_dates(stored, "es") == "2–4 de diciembre de 2026"
        assert format_dates(stored, "ar") == "2–4 كانون الأول/ديسمبر 2026"
    assert format_dates("3 de abril de 2025", "en") == "3 April 2025"
    assert format_dates("٣ نيسان/أبريل ٢٠٢٥", "fr") == "3 avril 2025"
    assert format_dates("1er avril 2025", "en") == "1 April 2025"
    # A part of a month stays in the words it was entered in, as in English.
    assert format_dates("mi-octobre 2025", "en") == "mi-octobre 2025"


@pytest.mark.parametrize("lang", LANGS)
def test_the_forms_examples_in_each_language_are_read(lang: str) -> None:
    """The dates field's placeholder gives examples in the window's language: each is read."""
    from ncdesk.io.translations import translate

    source = "3 April 2025, 3–6 April 2025, mid-October 2025, April 2025…"
    examples = translate("RecordForm", source, lang)
    assert examples != source
    for example in examples.rstrip("…").replace("،", ",").split(", "):
        assert parse_partial(example).start.year == 2025, example
