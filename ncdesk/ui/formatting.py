"""Values as the window shows them: dates in the user's language, codes as words."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ncdesk.core.wording import ENGLISH, Wording, left_to_right
from ncdesk.io.translations import QUOTES, country_name
from ncdesk.ui.i18n import current_language
from ncdesk.ui.labels import value_label

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T")


def format_date(iso: str | None) -> str:
    """ "3 April 2025" in English, "3 avril 2025" in French: day month year, as the Assembly writes."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def rules_wording() -> Wording:
    """The rules' sentences (a State's standing, the basis of an obligation) in the window's language."""
    lang = current_language()
    if lang == "en":
        return ENGLISH
    return Wording(
        translate=lambda context, text: QCoreApplication.translate(context, text),
        day=lambda day: format_date(day.isoformat()),
        state=lambda name: country_name(name, lang),
        situation=lambda name: QUOTES.get(lang, "%1").replace("%1", left_to_right(name) if lang == "ar" else name),
        lang=lang,
        text=left_to_right if lang == "ar" else str,
    )


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, list):
        return "; ".join(format_value(v) for v in value)
    text = str(value)
    if _ISO_DAY.match(text):
        return format_date(text)
    if _STAMP.match(text):
        return format_date(text[:10]) + " " + text[11:16] + " UTC"
    if "," in text and all(part.strip() in _KNOWN for part in text.split(",")):
        return ", ".join(value_label(part.strip()) for part in text.split(","))
    label = value_label(text)
    return country_name(text, current_language()) if label == text else label


_KNOWN = {"at_large", "in_custody", "deceased", "withdrawn", "summons"}
