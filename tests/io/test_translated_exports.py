"""Notes and the report draft in French and Arabic: the sentences ncdesk's rules compose (a State's
standing, the basis of an obligation, the report's paragraphs) are translated, with the Rome
Statute's official wording; the default classification marking too; Word files in Arabic are right
to left. What the records say (titles, names as typed) stays as entered."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from ncdesk.core.obligation import BASIS_STATE_PARTY, arrest_obligation, standing_at
from ncdesk.io.briefing.export import export_note, export_report
from ncdesk.io.briefing.model import ExportOptions
from ncdesk.io.briefing.notes import build_note
from ncdesk.io.briefing.templates import load_template
from ncdesk.io.translations import marking_in, wording
from ncdesk.store.records.queries import person_facts, state_facts
from ncdesk.store.store import Store

VISIT = dt.date(2025, 4, 3)  # Benjamin Netanyahu in Hungary, a State Party that day
# English the rules used to leave in a translated note.
ENGLISH = ("is not a State Party", "was a State Party", "obliged", "Rome Statute, article", "Whether ", "OBLIGED")


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _id(store: Store, table: str, where: str, args: list[str]) -> str:
    return str(store.rows(table, where, args)[0]["id"])


def _alert(store: Store) -> str:
    person = _id(store, "person", "name LIKE ?", ["%Netanyahu%"])
    return _id(store, "travel_alert", "person_id = ?", [person])


def test_a_french_state_note_speaks_french(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "hongrie.pdf"
    hungary = _id(store, "state", "iso3 = ?", ["HUN"])
    export_note(store, "state", hungary, target, ExportOptions(language="fr"), today=VISIT)
    text = pdf_text(target)
    assert (
        "Hongrie : État Partie le 3 avril 2025 (le Statut est entré en vigueur à son égard le 1er juillet 2002)" in text
    )
    assert "Statut de Rome, article 86 et paragraphe 1 de l'article 89" in text
    assert "Obligation de l'État (Hongrie) d'arrêter et de remettre, au 3 avril 2025" in text
    assert "DIFFUSION RESTREINTE" in text and "RESTRICTED" not in text
    assert "Note d'information : Hongrie" in text, "French puts a space before a colon"
    assert "A ratifié le Statut de Rome : Hongrie" in text
    for phrase in ENGLISH:
        assert phrase not in text, phrase


def test_a_french_alert_note_and_its_obligation(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "alerte.pdf"
    export_note(store, "alert", _alert(store), target, ExportOptions(language="fr", marking="Eyes only"), today=VISIT)
    text = pdf_text(target)
    assert (
        "Hongrie : TENU d'arrêter et de remettre (Statut de Rome, article 86 et paragraphe 1 de l'article 89)" in text
    )
    assert "Hongrie : tenu d'arrêter et de remettre Benjamin Netanyahu le 3 avril 2025" in text
    assert "EYES ONLY" in text, "a marking the user typed is printed as typed"
    for phrase in (*ENGLISH, "Not yet shared with the Court", "Verify the information", "undated"):
        assert phrase not in text, phrase


def test_an_arabic_alert_note(store: Store) -> None:
    template = load_template(store.folder, "ar")
    doc = build_note(store, "alert", _alert(store), VISIT, template)
    text = doc.text()
    assert "المجر: ملزمة بالقبض والتقديم (نظام روما الأساسي، المادتان 86 و89(1))" in text
    assert "كانت المجر دولة طرفاً في 3 نيسان/أبريل 2025" in text
    for phrase in ENGLISH:
        assert phrase not in text, phrase
    # Latin names inside an Arabic sentence are kept in one left-to-right piece.
    assert "\u200eBenjamin Netanyahu\u200e" in text


def test_an_arabic_note_pdf_is_arabic(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "note.pdf"
    hungary = _id(store, "state", "iso3 = ?", ["HUN"])
    export_note(store, "state", hungary, target, ExportOptions(language="ar"), today=VISIT)
    text = pdf_text(target)
    words = set(text.split())
    # pypdf joins the words of neighbouring table cells right to left ("Nourainملزمة"): look for the words inside.
    for word in ("المجر", "روما", "ملزمة", "محدود", "التداول"):
        assert word in text, word
    assert not {"State", "Party", "obliged", "RESTRICTED"} & words


def test_the_report_draft_in_french(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    export_report(store, dt.date(2024, 12, 1), dt.date(2025, 11, 26), target, ExportOptions(language="fr"))
    text = pdf_text(target)
    for phrase in (
        "Rapport du Bureau sur la non-coopération (projet)",
        "Période du 1er décembre 2024 au 26 novembre 2025",
        "L'alinéa f) du paragraphe 2 de l'article 112 du Statut de Rome",
        "Les points focaux sur la non-coopération sont les suivants : Mexique, Sierra Leone",
        "I. Introduction",
        "VIII. Recommandations",
    ):
        assert phrase in text, phrase
    for phrase in ("The present report", "took place", "visited", "conveyed a letter", "No Court proceedings"):
        assert phrase not in text, phrase


def test_an_arabic_word_document_is_right_to_left(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "note.docx"
    hungary = _id(store, "state", "iso3 = ?", ["HUN"])
    export_note(store, "state", hungary, target, ExportOptions(language="ar"), today=VISIT)
    document = Document(str(target))
    body = document.element.body
    paragraphs = list(body.iter(qn("w:p")))
    assert paragraphs and all(p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None for p in paragraphs)
    runs = [r for r in body.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
    assert runs and all(r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for r in runs)
    fonts = {r.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:cs")) for r in runs}
    assert fonts == {"Arial"}  # a font Word has, with Arabic letters (Noto Sans Arabic is not one)
    tables = list(body.iter(qn("w:tbl")))
    assert tables and all(t.find(f"{qn('w:tblPr')}/{qn('w:bidiVisual')}") is not None for t in tables)
    header = document.sections[0].header
    assert "محدود التداول" in "\n".join(p.text for p in header.paragraphs)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "المجر" in text and "is not a State Party" not in text


def test_an_english_word_document_stays_left_to_right(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "note.docx"
    hungary = _id(store, "state", "iso3 = ?", ["HUN"])
    export_note(store, "state", hungary, target, ExportOptions(), today=VISIT)
    body = Document(str(target)).element.body
    assert next(body.iter(qn("w:bidi")), None) is None and next(body.iter(qn("w:rtl")), None) is None


@pytest.mark.parametrize(
    ("lang", "basis", "standing"),
    [
        ("en", "Rome Statute, articles 86 and 89(1)", "Hungary was a State Party on 3 April 2025"),
        (
            "fr",
            "Statut de Rome, article 86 et paragraphe 1 de l'article 89",
            "Hongrie\u00a0: État Partie le 3 avril 2025",
        ),
        ("es", "Estatuto de Roma, artículos 86 y 89 1)", "Hungría era Estado Parte el 3 de abril de 2025"),
        ("ar", "نظام روما الأساسي، المادتان 86 و89(1)", "كانت المجر دولة طرفاً في 3 نيسان/أبريل 2025"),
    ],
)
def test_the_rules_in_each_language(store: Store, lang: str, basis: str, standing: str) -> None:
    hungary = state_facts(store, store.rows("state", "iso3 = ?", ["HUN"])[0])
    netanyahu = person_facts(store, store.rows("person", "name LIKE ?", ["%Netanyahu%"])[0])
    result = arrest_obligation(hungary, netanyahu, VISIT, today=dt.date(2025, 11, 1))
    assert result.basis == BASIS_STATE_PARTY, "the English stays the default"
    assert result.basis_in(wording(lang)) == basis
    assert standing in result.explanation_in(wording(lang))
    assert standing_at(hungary, VISIT).is_party


def test_the_default_marking_is_translated_a_typed_one_is_not() -> None:
    assert marking_in("Restricted", "fr") == "Diffusion restreinte"
    assert marking_in("Restricted", "es") == "Distribución reservada"
    assert marking_in("Restricted", "ar") == "محدود التداول"
    assert marking_in("Confidential", "ar") == "سري"
    assert marking_in("Restricted", "en") == "Restricted"
    assert marking_in("For the Bureau only", "fr") == "For the Bureau only"


def test_an_arabic_pdf_is_laid_out_right_to_left(store: Store, tmp_path: Path) -> None:
    """Right to left, a table's first column stands on the right; a Latin name (as typed) stays one
    left-to-right piece; the visit's dates are written in Arabic."""
    import re
    import subprocess

    from ncdesk.io.briefing.pdf import document_data
    from ncdesk.io.translations import translate

    hungary = _id(store, "state", "iso3 = ?", ["HUN"])
    target = tmp_path / "note.pdf"
    export_note(store, "state", hungary, target, ExportOptions(language="ar"), today=VISIT)
    boxes = subprocess.run(["pdftotext", "-bbox", str(target), "-"], capture_output=True, check=True).stdout.decode()
    # pdftotext -bbox gives each Arabic word's letters in visual order: look for either order.
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
    dates, status = (translate("briefing", word, "ar") for word in ("Dates", "Status"))
    at = {(y, w if w in (dates, status) else w[::-1]): float(x) for x, y, w in found}
    rows = [y for (y, w) in at if w == dates and (y, status) in at]
    assert rows, "the travels table's header"
    assert all(at[(y, status)] < at[(y, dates)] for y in rows), "the first column (dates) on the right"
    plain = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, check=True).stdout.decode()
    assert "Benjamin Netanyahu" in plain
    template = load_template(store.folder, "ar")
    data = str(document_data([build_note(store, "state", hungary, VISIT, template)], ExportOptions(language="ar"),
                             template))  # fmt: skip
    assert "3–6 نيسان/أبريل 2025" in data and "April" not in data


def test_an_arabic_word_document_keeps_typed_dates_in_one_piece(store: Store, tmp_path: Path) -> None:
    """Right to left, a date typed in English words ("early September 2024") is written between
    LEFT-TO-RIGHT MARKs, which Word and LibreOffice honour (without them LibreOffice shows
    "September 2024 early"); a visit's days ("3–6 April 2025") are written in the language."""
    target = tmp_path / "note.docx"
    mongolia = _id(store, "state", "iso3 = ?", ["MNG"])
    # (the record now gives the visit's days, 2–3 September 2024: a delegate types a date in words)
    visit = _id(store, "travel_alert", "date_text = ?", ["2–3 September 2024"])
    store.update("travel_alert", visit, {"date_text": "early September 2024"})
    export_note(store, "state", mongolia, target, ExportOptions(language="ar"), today=VISIT)
    document = Document(str(target))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "\u200eearly September 2024\u200e" in cells
    # Bold right to left is the complex script's bold (w:bCs): Word and LibreOffice ignore w:b there.
    bold = [r for r in document.element.body.iter(qn("w:rPr")) if r.find(qn("w:b")) is not None]
    assert bold and all(r.find(qn("w:bCs")) is not None for r in bold)
    hungary = _id(store, "state", "iso3 = ?", ["HUN"])
    export_note(store, "state", hungary, target, ExportOptions(language="ar"), today=VISIT)
    cells = [c.text.strip("\u200e") for t in Document(str(target)).tables for row in t.rows for c in row.cells]
    assert "3–6 نيسان/أبريل 2025" in cells
    export_note(store, "state", hungary, target, ExportOptions(language="fr"), today=VISIT)
    assert "3–6 avril 2025" in [c.text for t in Document(str(target)).tables for row in t.rows for c in row.cells]


def test_an_arabic_note_lists_states_with_the_arabic_comma(store: Store) -> None:
    """A visit to two States: the destinations are joined by "،" in Arabic, not a Latin comma."""
    from ncdesk.io.translations import EXPORT_LANGUAGE, comma_list
    from ncdesk.store.records.alerts import create_alert

    person = _id(store, "person", "name LIKE ?", ["%Putin%"])
    raw = {
        "person_id": person,
        "destinations": [_id(store, "state", "iso3 = ?", ["MNG"]), _id(store, "state", "iso3 = ?", ["TJK"])],
        "date": "2026-12-02/2026-12-04",
        "reliability": "probable",
        "received_at": "2026-11-20",
    }
    alert = create_alert(store, raw, status="verified", at=dt.date(2026, 11, 20))
    template = load_template(store.folder, "ar")
    for kind, rid in (("alert", alert), ("person", person)):
        text = build_note(store, kind, rid, dt.date(2026, 12, 6), template).text()
        assert "منغوليا، طاجيكستان" in text, kind
        assert "منغوليا, " not in text, kind
    english = build_note(store, "alert", alert, dt.date(2026, 12, 6), load_template(store.folder, "en")).text()
    assert "Mongolia, Tajikistan" in english
    token = EXPORT_LANGUAGE.set("fr")
    try:
        assert comma_list(["A", "B", "C"]) == "A, B, C" and comma_list([]) == ""
    finally:
        EXPORT_LANGUAGE.reset(token)
