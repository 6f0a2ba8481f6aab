"""Dates written in French, Spanish or Arabic, read by rewriting them in English words.

ncdesk writes dates in the window's language ("2–4 décembre 2026", "3 de abril de 2025",
"1er avril 2025", "2–4 كانون الأول/ديسمبر 2026": `ncdesk.io.translations.format_span`); a delegate
types them so. `in_english` rewrites such a text in the words `ncdesk.core.dates` reads
("2–4 December 2026", "3 April 2025", "1 April 2025"), so that the English parser, its checks and its
messages serve every language. Accents, capitals, abbreviations ("déc.", "sept."), Arabic-Indic digits
and either half of an Arabic month's name are read too.
"""

from __future__ import annotations

import functools
import re

from ncdesk.core.text import fold

_ENGLISH = "January February March April May June July August September October November December".split()

# Each month's names and abbreviations, compared folded (no accents, no case).
_FRENCH = (
    ("janvier", "janv"),
    ("février", "fév", "févr"),
    ("mars",),
    ("avril", "avr"),
    ("mai",),
    ("juin",),
    ("juillet", "juil"),
    ("août",),
    ("septembre", "sept"),
    ("octobre", "oct"),
    ("novembre", "nov"),
    ("décembre", "déc"),
)
_SPANISH = (
    ("enero", "ene"),
    ("febrero", "feb"),
    ("marzo", "mar"),
    ("abril", "abr"),
    ("mayo", "may"),
    ("junio", "jun"),
    ("julio", "jul"),
    ("agosto", "ago"),
    ("septiembre", "setiembre", "sep", "sept", "set"),
    ("octubre", "oct"),
    ("noviembre", "nov"),
    ("diciembre", "dic"),
)
# The United Nations' Arabic writes the Levantine and the Egyptian name ("كانون الأول/ديسمبر");
# either is read alone, in the usual spellings.
_ARABIC = (
    ("كانون الثاني", "كانون ثاني", "يناير"),
    ("شباط", "فبراير"),
    ("آذار", "مارس"),
    ("نيسان", "أبريل", "إبريل"),
    ("أيار", "مايو"),
    ("حزيران", "يونيه", "يونيو"),
    ("تموز", "يوليه", "يوليو"),
    ("آب", "أغسطس", "اغسطس"),
    ("أيلول", "سبتمبر"),
    ("تشرين الأول", "تشرين أول", "أكتوبر"),
    ("تشرين الثاني", "تشرين ثاني", "نوفمبر"),
    ("كانون الأول", "كانون أول", "ديسمبر"),
)

# Full month names, for "did you mean" when a text is in French or Spanish.
FOREIGN_MONTH_NAMES = [names[0] for names in _FRENCH] + [names[0] for names in _SPANISH]

# Other words, folded → the English the parser reads ("" for a word it does without).
_WORDS = {
    # part of a month
    "debut": "early",
    "mi": "mid",
    "milieu": "mid",
    "fin": "late",
    "principios": "early",
    "comienzos": "early",
    "inicios": "early",
    "mediados": "mid",
    "finales": "late",
    "fines": "late",
    "اوائل": "early",
    "مطلع": "early",
    "بداية": "early",
    "منتصف": "mid",
    "اواسط": "mid",
    "اواخر": "late",
    "نهاية": "late",
    # a range: "du 2 au 4", "del 2 al 4", "من 2 إلى 4", "entre le 2 et le 4 avril"
    "du": "from",
    "del": "from",
    "desde": "from",
    "من": "from",
    "au": "to",
    "al": "to",
    "a": "to",
    "hasta": "to",
    "الى": "to",
    "حتى": "to",
    "لغاية": "to",
    "entre": "between",
    "بين": "between",
    "et": "and",
    "y": "and",
    # words a date does without
    "de": "",
    "d": "",
    "le": "",
    "la": "",
    "l": "",
    "el": "",
    "jusqu": "",
    "شهر": "",
    "عام": "",
    "سنة": "",
    "في": "",
}
# Words a text may start with: "à la mi-octobre", "a mediados de", "en décembre 2026", "في منتصف".
_OPENING = frozenset({"a", "en", "le", "la", "el", "l", "vers", "hacia", "في", "خلال"})

_BIDI: dict[int, None] = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_ARABIC_TEXT: dict[int, str | None] = {
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic digits
    **{0x06F0 + i: str(i) for i in range(10)},  # Eastern Arabic-Indic digits
    ord("،"): ",",
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ـ"): None,  # tatweel
    **dict.fromkeys(range(0x064B, 0x0653)),  # short vowels
    **_BIDI,
}
_ORDINAL = re.compile(r"(\d)(?:er|re|ère|\.?º|ª|°|o)(?![^\W\d_])", re.IGNORECASE)
_ELISION = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+\.?")
_TWICE = re.compile(r"\b(" + "|".join(_ENGLISH) + r")\s*/\s*\1\b")


@functools.cache
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    words = dict(_WORDS)
    for table in (_FRENCH, _SPANISH):
        for month, names in enumerate(table):
            words.update({fold(name): _ENGLISH[month] for name in names})
    arabic = {name.translate(_ARABIC_TEXT): _ENGLISH[month] for month, names in enumerate(_ARABIC) for name in names}
    longest_first = sorted(arabic, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)({})(?!\w)".format("|".join(map(re.escape, longest_first))))
    return {**words, **{fold(k): v for k, v in arabic.items()}}, pattern


def clean(text: str) -> str:
    """*text* as typed, in one line: spaces collapsed, without the invisible direction marks."""
    return " ".join(text.translate(_BIDI).split())


def in_english(text: str) -> str | None:
    """*text* with its French, Spanish or Arabic words in English ("2–4 décembre 2026" → "2–4
    December 2026"); None when it has none (it is English, or not a date)."""
    typed = clean(text)
    words, arabic_months = _table()
    out = typed.translate(_ARABIC_TEXT)
    out = arabic_months.sub(lambda m: words[fold(m[1])], out)
    out = _ORDINAL.sub(r"\1", out)
    out = _ELISION.sub(" ", out)
    while (first := re.match(r"([^\W\d_]+)\s+", out)) and fold(first[1]) in _OPENING:
        out = out[first.end() :]

    def english(m: re.Match[str]) -> str:
        word = m[0].rstrip(".")
        key = fold(word)
        if key in words:
            return words[key]
        return (word if word.isascii() else key) + m[0][len(word) :]

    out = " ".join(_WORD.sub(english, out).split())
    out = _TWICE.sub(r"\1", out)
    return None if out == typed else out
