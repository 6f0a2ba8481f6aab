"""Exports in English, French, Spanish or Arabic, without Qt: the words come from the same
catalogue as the window's (resources/translations/ncdesk_<lang>.ts, read by `ncdesk.io.catalogue`), the
country names from resources/translations/countries.csv, the dates as the Assembly's documents
write them in each language ("3 avril 2025", "3 de abril de 2025", "3 نيسان/أبريل 2025").

Strings to translate are marked with `translate(context, text)` so that pyside6-lupdate finds them.
"""

from __future__ import annotations

import contextvars
import csv
import datetime as dt
import functools
import re
from collections.abc import Iterable
from pathlib import Path

from ncdesk import paths
from ncdesk.core.dates import DateError, Precision, parse_partial
from ncdesk.core.text import QT_TRANSLATE_NOOP, fill
from ncdesk.core.wording import ENGLISH, Wording, left_to_right, render, say, value_words
from ncdesk.io.catalogue import catalogue

LANGUAGES = ("en", "fr", "es", "ar")
RTL = frozenset({"ar"})

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    # The United Nations' Arabic: the Levantine and the Egyptian name of each month.
    "ar": [
        "كانون الثاني/يناير",
        "شباط/فبراير",
        "آذار/مارس",
        "نيسان/أبريل",
        "أيار/مايو",
        "حزيران/يونيه",
        "تموز/يوليه",
        "آب/أغسطس",
        "أيلول/سبتمبر",
        "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر",
        "كانون الأول/ديسمبر",
    ],
}


# The language of the document being built in this thread (set by load_template).
EXPORT_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar("export_language", default="en")


def day(value: dt.date) -> str:
    """A day in the language of the document being built."""
    return format_day(value, EXPORT_LANGUAGE.get())


def dates(text: str) -> str:
    """A record's dates (`date_text`) in the language of the document being built (`format_dates`)."""
    return format_dates(text, EXPORT_LANGUAGE.get())


def colon() -> str:
    """ ": " between a label and what it labels in the document being built: French puts a no-break
    space before the colon ("Note d'information : Hongrie"), as the French translations do."""
    return "\u00a0: " if EXPORT_LANGUAGE.get() == "fr" else ": "


def words(text: str, context: str = "briefing") -> str:
    """Shipped English words in the language of the document being built."""
    return translate(context, text, EXPORT_LANGUAGE.get())


def said(item: object) -> str:
    """A phrase of the rules (ncdesk.core.wording) in the language of the document being built."""
    return render(item, wording(EXPORT_LANGUAGE.get()))


def comma_list(items: Iterable[str]) -> str:
    """ "A, B, C" with the comma of the document being built ("A، B، C" in Arabic), no "and"."""
    pair = translate("rules", QT_TRANSLATE_NOOP("rules", "%1, %2"), EXPORT_LANGUAGE.get())
    out: str | None = None
    for item in items:
        out = item if out is None else fill(pair, (out, item))
    return out or ""


def say_words(text: str, *args: object, context: str = "briefing") -> str:
    """Shipped English words with %1… placeholders, in the language of the document being built."""
    return said(say(text, *args, context=context))


# How the documents quote a situation's name, which the records give in English.
QUOTES = {"fr": "« %1 »", "es": "«%1»", "ar": "«%1»"}


@functools.cache
def wording(lang: str) -> Wording:
    """The rules' sentences in *lang*: the .ts's words, the Assembly's dates, the UN's State names."""
    if lang == "en" or lang not in LANGUAGES:
        return ENGLISH
    return Wording(
        translate=lambda context, text: translate(context, text, lang),
        day=lambda d: format_day(d, lang),
        state=lambda name: country_name(name, lang),
        situation=lambda name: QUOTES[lang].replace("%1", left_to_right(name) if lang in RTL else name),
        lang=lang,
        text=left_to_right if lang in RTL else str,
        value=lambda value: value_words(value, lambda context, text: translate(context, text, lang)),
    )


_ARTICLE = re.compile(r"^(\d+)((?:\([^()]+\))+)$")


def article_number(ref: str, lang: str) -> str:
    """ "89(1)" as each language's documents write it: 89-1 in French, 89 1) in Spanish."""
    m = _ARTICLE.match(ref.strip())
    if m is None or lang not in ("fr", "es"):
        return ref
    parts = re.findall(r"\(([^()]+)\)", m.group(2))
    if lang == "fr":
        return "-".join([m.group(1), *parts])
    return " ".join([m.group(1), *(f"{p})" for p in parts)])


# The markings ExportOptions proposes, printed in the document's language; any other marking is
# printed as the user typed it.
MARKINGS = (
    QT_TRANSLATE_NOOP("briefing", "Public"),
    QT_TRANSLATE_NOOP("briefing", "Restricted"),
    QT_TRANSLATE_NOOP("briefing", "Confidential"),
)


def marking_in(marking: str, lang: str) -> str:
    """The classification marking as printed: a proposed one in *lang*, a typed one as typed."""
    for shipped in MARKINGS:
        if marking.casefold() == shipped.casefold():
            return translate("briefing", shipped, lang)
    return marking


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return lang


def format_day(day: dt.date, lang: str = "en") -> str:
    """A day as the Assembly's documents write it in *lang*."""
    month = MONTHS.get(lang, MONTHS["en"])[day.month - 1]
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    if lang == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def _day_month(day: dt.date, lang: str) -> str:
    """ "28 March", "28 mars", "28 de marzo", "1er avril": a day of a range whose year comes after."""
    month = MONTHS.get(lang, MONTHS["en"])[day.month - 1]
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} de {month}" if lang == "es" else f"{number} {month}"


def _month_year(month: int, year: int, lang: str) -> str:
    name = MONTHS.get(lang, MONTHS["en"])[month - 1]
    return f"{name} de {year}" if lang == "es" else f"{name} {year}"


def format_span(start: dt.date, end: dt.date, precision: Precision, lang: str = "en") -> str:
    """Days from *start* to *end* as the Assembly's documents write them in *lang*: "2–4 December
    2026", "2–4 décembre 2026", "2–4 de diciembre de 2026", "2–4 كانون الأول/ديسمبر 2026";
    "28 mars – 2 avril 2025"; a month, "décembre 2026"; a year. In English the same text as
    `ncdesk.core.dates.parse_partial` writes."""
    if precision is Precision.YEAR:
        return str(start.year)
    if precision is Precision.MONTH:
        return _month_year(start.month, start.year, lang)
    if start == end:
        return format_day(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        first = "1er" if lang == "fr" and start.day == 1 else str(start.day)
        of = "de " if lang == "es" else ""
        return f"{first}–{end.day} {of}{_month_year(start.month, start.year, lang)}"
    if start.year == end.year:
        return f"{_day_month(start, lang)} – {format_day(end, lang)}"
    return f"{format_day(start, lang)} – {format_day(end, lang)}"


# Dates ncdesk writes from the days they mean; a part of a month ("mid-October 2025") stays in the
# words it was entered in.
_SPANS = frozenset({Precision.DAY, Precision.RANGE, Precision.MONTH, Precision.YEAR})
_ISO_FORM = re.compile(r"^\d{4}(?:-\d{2}){0,2}(?:/\d{4}-\d{2}-\d{2})?$")


@functools.lru_cache(maxsize=4096)
def format_dates(text: str, lang: str = "en") -> str:
    """A record's dates (its `date_text`) in *lang*, from the days they mean.

    A visit entered as "2026-12-02/2026-12-04" (or "2–4 December 2026") is stored with the ISO
    dates 2026-12-02 and 2026-12-04 and the text ncdesk wrote for them, "2–4 December 2026",
    which says exactly those days (`ncdesk check` verifies that they agree): that text is written
    again in *lang* ("2–4 décembre 2026"). So is a text typed in French, Spanish or Arabic, which is
    stored as typed ("2–4 decembre 2026" → "2–4 December 2026" in English). Any other text, one
    ncdesk cannot read or a part of a month in words ("mid-October 2025", "mi-octobre 2025"), is
    returned as it was entered."""
    if not text:
        return text
    try:
        pd = parse_partial(text)
    except DateError:
        return text
    if pd.precision not in _SPANS or (pd.text != text and not _ISO_FORM.match(text)):
        return text
    return format_span(pd.start, pd.end, pd.precision, lang)


def translate(context: str, text: str, lang: str = "en", folder: Path | None = None) -> str:
    """*text* (English) in *lang*, from the language's catalogue (`ncdesk.io.catalogue`, the .ts the
    window reads too: the shipped one, or the one in *folder*); English where there is no translation."""
    return catalogue(lang, folder).translate(context, text)


@functools.cache
def _countries() -> dict[str, dict[str, str]]:
    """English name → {lang: name}, and ISO code → the same."""
    table: dict[str, dict[str, str]] = {}
    path = paths.resource_path("translations") / "countries.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names = {lang: row[lang] for lang in LANGUAGES if row.get(lang)}
            table[row["en"]] = names
            table[row["iso3"]] = names
    return table


def english_names(text: str, limit: int = 12) -> tuple[str, ...]:
    """The English names of the States whose name in French, Spanish or Arabic contains what was
    typed ("allem" → Germany, "hungría" → Hungary), for finding records, which name States in
    English; () when no other name matches."""
    from ncdesk.core.text import fold

    typed = fold(text)
    if len(typed) < 2:
        return ()
    found = [
        english for english, names in _folded_names() if typed not in fold(english) and any(typed in n for n in names)
    ]
    return tuple(found[:limit])


@functools.cache
def _folded_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    from ncdesk.core.text import fold

    return tuple(
        (english, tuple(fold(n) for lang, n in names.items() if lang != "en"))
        for english, names in _countries().items()
        if english == names.get("en")
    )


def country_name(name: str, lang: str) -> str:
    """A State's name (as the reference data writes it in English, or its ISO code) in *lang*;
    any other text as it is."""
    if lang == "en" or not name:
        return name
    names = _countries().get(name)
    return names.get(lang, name) if names else name
