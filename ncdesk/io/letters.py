"""Draft the President's letter to a State from a travel alert, as a Word file to finish.

The template is a .docx with placeholders such as {{state}} and {{obligation_paragraph}}. The
one shipped in resources/templates/letter.docx can be adapted: copy it into the data folder's
templates/ and edit it in Word; ncdesk uses that copy from then on.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from docx import Document

from ncdesk import paths
from ncdesk.core.obligation import Ground
from ncdesk.core.text import QT_TRANSLATE_NOOP, Message
from ncdesk.core.wording import and_list, left_to_right, render
from ncdesk.io.translations import (
    QUOTES,
    RTL,
    check_language,
    country_name,
    format_dates,
    format_day,
    marking_in,
    translate,
    wording,
)
from ncdesk.store.file.atomic import atomic_write
from ncdesk.store.records.alerts import current_president, destinations, obligations
from ncdesk.store.store import Store

TEMPLATE_NAME = "letter.docx"
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")

# The letter's words, English as the shipped letter.docx has them, marked for the translations
# (context letter): the same .ts as the notes, read without Qt. {{…}} are the template's
# placeholders, {…} what the code puts in a sentence; a translation may leave either out.
HEADING = QT_TRANSLATE_NOOP(
    "letter", "ASSEMBLY OF STATES PARTIES TO THE ROME STATUTE OF THE INTERNATIONAL CRIMINAL COURT"
)
THE_PRESIDENT = QT_TRANSLATE_NOOP("letter", "The President")
REFERENCE = QT_TRANSLATE_NOOP("letter", "Reference: {{reference}}")
SALUTATION = QT_TRANSLATE_NOOP("letter", "Excellency,")
BODY = (
    QT_TRANSLATE_NOOP(
        "letter",
        "I have the honour to write to you in my capacity as President of the Assembly of States Parties to the Rome "
        "Statute of the International Criminal Court, in accordance with the Assembly procedures relating to "
        "non-cooperation.",
    ),
    QT_TRANSLATE_NOOP(
        "letter",
        "Information has reached me that {{person}}, {{person_function}}, may visit {{state}} ({{visit_dates}}). The "
        "International Criminal Court issued a warrant of arrest for {{person}} on {{warrant_dates}}, in the "
        "{{situation}}.",
    ),
    "{{obligation_paragraph}}",
    QT_TRANSLATE_NOOP("letter", "I therefore respectfully call upon the authorities of {{state}} to {{call}}."),
    QT_TRANSLATE_NOOP(
        "letter",
        "I would be grateful if you could inform me of any measures taken in this regard. The focal points on "
        "non-cooperation and I remain at your disposal for consultations, including consultations with the Court "
        "under article 97 of the Rome Statute.",
    ),
    QT_TRANSLATE_NOOP("letter", "Please accept, Excellency, the assurances of my highest consideration."),
)
FOOTER = QT_TRANSLATE_NOOP("letter", "Draft prepared with ncdesk. Check every fact against the record before sending.")
ADDRESSEE = QT_TRANSLATE_NOOP("letter", "Minister of Foreign Affairs of {formal}")
OFFICE = QT_TRANSLATE_NOOP("letter", "President of the Assembly of States Parties")
ARTICLES = QT_TRANSLATE_NOOP("letter", "86 and 89(1)")
CALL_OBLIGED = QT_TRANSLATE_NOOP(
    "letter", "execute the Court's request for the arrest and surrender of {person}, should the visit take place"
)
CALL_OTHER = QT_TRANSLATE_NOOP(
    "letter", "cooperate with the Court in the execution of its request for the arrest and surrender of {person}"
)
GROUNDS = {
    Ground.STATE_PARTY: QT_TRANSLATE_NOOP(
        "letter",
        "As a State Party to the Rome Statute, {state} is under an obligation to cooperate fully with the Court in "
        "its investigation and prosecution of crimes within its jurisdiction (article 86) and to comply with "
        "requests for arrest and surrender (article 89(1)).",
    ),
    Ground.ARTICLE_127_2: QT_TRANSLATE_NOOP(
        "letter",
        "Although the withdrawal of {state} from the Rome Statute has taken effect, under article 127(2) {state} is "
        "not discharged from its obligation to cooperate with the Court in the investigations and proceedings that "
        "commenced before the withdrawal became effective, including in the {situation}.",
    ),
    Ground.SECURITY_COUNCIL: QT_TRANSLATE_NOOP(
        "letter",
        "By the decision of the Security Council ({basis}), {state} is under an obligation to cooperate fully with "
        "the Court and the Prosecutor in the {situation}.",
    ),
    Ground.ARTICLE_12_3: QT_TRANSLATE_NOOP(
        "letter",
        "By its declaration under article 12(3) of the Rome Statute, {state} accepted the exercise of jurisdiction "
        "by the Court and undertook to cooperate with the Court without any delay or exception in accordance with "
        "Part 9 of the Statute.",
    ),
}
NOT_PARTY = QT_TRANSLATE_NOOP(
    "letter",
    "While {state} is not a party to the Rome Statute, the international community expects all States to cooperate "
    "with the Court. {explanation}",
)


def _put(text: str, **values: str) -> str:
    """{name} in *text* replaced by its value (one pass; a value's own braces stay as they are)."""
    return re.sub(r"(?<!\{)\{([a-z]+)\}(?!\})", lambda m: values.get(m.group(1), m.group(0)), text)


def template_path(store: Store, lang: str = "en") -> Path | None:
    """The user's adapted template for *lang* if there is one (letter.docx, letter_fr.docx…), else
    the shipped English one; None for another language: its template is made from the words."""
    own = store.folder / "templates" / (TEMPLATE_NAME if lang == "en" else f"letter_{lang}.docx")
    if own.is_file():
        return own
    return paths.resource_path("templates", TEMPLATE_NAME) if lang == "en" else None


def _obligation_paragraph(
    ground: Ground, state: str, basis: str | None, situation: str, explanation: str, lang: str = "en"
) -> str:
    text = translate("letter", GROUNDS.get(ground, NOT_PARTY), lang)
    return _put(text, state=state, basis=basis or "", situation=situation, explanation=explanation)


def _formal(state: dict[str, Any]) -> str:
    """ "the Republic of Tajikistan", "Hungary": the formal name as it follows "of"."""
    formal = state["formal_name"] or state["name"]
    return f"the {formal}" if formal != state["name"] and not formal.startswith("the ") else formal


def letter_fields(store: Store, alert_id: str, today: dt.date | None = None, lang: str = "en") -> dict[str, str]:
    """The values of the placeholders for a letter about *alert_id* (first destination), in *lang*
    (en, fr, es, ar); what the records give (names, functions, dates as typed) as they give it."""
    today = today or dt.date.today()
    lang = check_language(lang)
    w = wording(lang)
    typed = left_to_right if lang in RTL else str  # Latin names and dates in one piece, right to left
    alert = store.require("travel_alert", alert_id)
    person = store.require("person", alert["person_id"])
    states = destinations(store, alert_id)
    if not states:
        raise ValueError(Message("the alert has no destination State to write to"))
    duties = obligations(store, alert)
    first = duties[0]
    warrants = store.rows("warrant", "person_id = ? AND kind = 'arrest_warrant'", [person["id"]], order_by="issued_on")
    situation = ""
    if warrants:
        sit = store.get("situation", warrants[0]["situation_id"])
        situation = sit["name"] if sit else ""
    if lang == "en":
        situation_said = situation.replace("Situation in", "situation in")
    else:
        situation_said = QUOTES[lang].replace("%1", typed(situation))
    days = [dt.date.fromisoformat(w_["issued_on"]) for w_ in warrants]
    warrant_dates = render(and_list(list(days)), w) if days else "[date]"
    sender, office = current_president(store, today)
    name = typed(person["name"])
    call = _put(translate("letter", CALL_OBLIGED if first.obliged else CALL_OTHER, lang), person=name)
    state_name = country_name(states[0]["name"], lang)
    return {
        "date": format_day(today, lang),
        "reference": "[reference]",
        "addressee_office": _put(translate("letter", ADDRESSEE, lang), formal=_formal(states[0])),
        "state": state_name,
        "person": name,
        "person_function": typed(person["function"]) if person["function"] else "[function]",
        "visit_dates": typed(format_dates(alert["date_text"], lang)) if alert["date_text"] else "[dates]",
        "situation": situation_said if situation else "[situation]",
        "warrant_dates": warrant_dates,
        "obligation_paragraph": _obligation_paragraph(
            first.at_start.ground,
            state_name,
            first.at_start.basis_in(w),
            situation_said or "situation",
            first.at_start.explanation_in(w),
            lang,
        ),
        "obligation_basis": first.at_start.basis_in(w) or "",
        "call": call,
        "articles": translate("letter", ARTICLES, lang) if first.at_start.ground is Ground.STATE_PARTY else "",
        "sender_name": typed(sender) if sender else "[name]",
        "sender_office": translate("letter", OFFICE, lang) if office == OFFICE else office,
    }


def _fill_paragraph(paragraph: Any, fields: dict[str, str]) -> None:
    text = paragraph.text
    if "{{" not in text:
        return
    filled = PLACEHOLDER.sub(lambda m: fields.get(m.group(1), m.group(0)), text)
    runs = paragraph.runs
    if not runs:
        return
    # A placeholder may be split across runs once a user edits the template: keep the first
    # run's formatting for the whole paragraph.
    runs[0].text = filled
    for run in runs[1:]:
        run.text = ""


def _paragraphs(document: Any) -> list[Any]:
    found = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found.extend(cell.paragraphs)
    for section in document.sections:
        for part in (section.header, section.footer):
            found.extend(part.paragraphs)
    return found


def _mark(document: Any, marking: str) -> None:
    """The classification marking first in every header and last in every footer, as on the
    notes; a template that places it itself ({{marking}}) keeps its place."""
    from ncdesk.io.briefing.docx import marking_paragraph

    for section in document.sections:
        header, footer = section.header, section.footer
        top = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        marking_paragraph(top.insert_paragraph_before(), marking)
        marking_paragraph(footer.add_paragraph(), marking)


def draft_letter(store: Store, alert_id: str, target: Path, today: dt.date | None = None, lang: str = "en") -> Path:
    """Write a prefilled letter (.docx) about the alert to *target*, atomically, in *lang*; in
    Arabic right to left. On the paper chosen in Settings (A4 unless changed), the classification
    marking of Settings in its header and footer, and its author and title in its properties."""
    from ncdesk.io.briefing.docx import ARABIC_FONT, describe, set_paper
    from ncdesk.io.briefing.model import ExportOptions
    from ncdesk.io.briefing.settings import export_defaults
    from ncdesk.store.records.exchange_peers import document_author

    today = today or dt.date.today()
    fields = letter_fields(store, alert_id, today, lang)
    marking, paper = export_defaults(store.folder)
    fields["marking"] = marking_in(ExportOptions(marking=marking).marking, lang).upper()  # cleaned as the notes' is
    path = template_path(store, lang)
    document = Document(str(path)) if path is not None else _template(lang)
    placed = any(m.group(1) == "marking" for p in _paragraphs(document) for m in PLACEHOLDER.finditer(p.text))
    for paragraph in _paragraphs(document):
        _fill_paragraph(paragraph, fields)
    if not placed:
        _mark(document, fields["marking"])
    set_paper(document, paper)
    title = f"{translate('letter', THE_PRESIDENT, lang)} — {fields['addressee_office']}"
    describe(document, title=title, author=document_author(store), marking=fields["marking"], day=today)
    if lang in RTL:
        from ncdesk.io.briefing.docx import right_to_left

        right_to_left(document, ARABIC_FONT)
    with atomic_write(Path(target), "wb", encoding=None, folder=store.folder) as fh:
        document.save(fh)
    return Path(target)


def _template(lang: str = "en") -> Any:
    """The letter template in *lang*, made from the words above."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    def t(text: str) -> str:
        return translate("letter", text, lang)

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run(t(HEADING))
    run.bold = True
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run(t(THE_PRESIDENT))
    doc.add_paragraph(t(REFERENCE))
    dated = doc.add_paragraph("{{date}}")
    dated.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("{{addressee_office}}")
    doc.add_paragraph("{{state}}")
    doc.add_paragraph(t(SALUTATION))
    for text in BODY:
        p = doc.add_paragraph(text if text.startswith("{{") else t(text))
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph("{{sender_name}}")
    doc.add_paragraph("{{sender_office}}")
    note = doc.sections[0].footer.paragraphs[0]
    note.text = t(FOOTER)
    return doc


def write_default_template(target: Path, lang: str = "en") -> Path:
    """The shipped template (how resources/templates/letter.docx was made), or one in *lang* to adapt
    (saved as templates/letter_<lang>.docx in the data folder, ncdesk uses it from then on)."""
    from ncdesk.io.briefing.docx import describe, set_paper

    document = _template(lang)
    set_paper(document, "a4")  # a draft takes the paper of Settings anyway
    describe(document, title=translate("letter", HEADING, lang), author="ncdesk", marking="", day=dt.date.today())
    with atomic_write(Path(target), "wb", encoding=None) as fh:  # a kill leaves no half template
        document.save(fh)
    return Path(target)
