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
from ncdesk.core.dates import format_day
from ncdesk.core.obligation import Ground
from ncdesk.io.atomic import atomic_write
from ncdesk.store.alerts import current_president, destinations, obligations
from ncdesk.store.store import Store

TEMPLATE_NAME = "letter.docx"
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


def template_path(store: Store) -> Path:
    """The user's adapted template if there is one, else the shipped one."""
    own = store.folder / "templates" / TEMPLATE_NAME
    return own if own.is_file() else paths.resource_path("templates", TEMPLATE_NAME)


def _obligation_paragraph(ground: Ground, state: str, basis: str | None, situation: str, explanation: str) -> str:
    if ground is Ground.STATE_PARTY:
        return (
            f"As a State Party to the Rome Statute, {state} is under an obligation to cooperate fully with the "
            "Court in its investigation and prosecution of crimes within its jurisdiction (article 86) and to "
            "comply with requests for arrest and surrender (article 89(1))."
        )
    if ground is Ground.ARTICLE_127_2:
        return (
            f"Although the withdrawal of {state} from the Rome Statute has taken effect, under article 127(2) "
            f"{state} is not discharged from its obligation to cooperate with the Court in the investigations and "
            f"proceedings that commenced before the withdrawal became effective, including in the {situation}."
        )
    if ground is Ground.SECURITY_COUNCIL:
        return (
            f"By the decision of the Security Council ({basis}), {state} is under an obligation to cooperate "
            f"fully with the Court and the Prosecutor in the {situation}."
        )
    if ground is Ground.ARTICLE_12_3:
        return (
            f"By its declaration under article 12(3) of the Rome Statute, {state} accepted the exercise of "
            "jurisdiction by the Court and undertook to cooperate with the Court without any delay or exception "
            "in accordance with Part 9 of the Statute."
        )
    return (
        f"While {state} is not a party to the Rome Statute, the international community expects all States "
        f"to cooperate with the Court. {explanation}"
    )


def _formal(state: dict[str, Any]) -> str:
    """ "the Republic of Tajikistan", "Hungary": the formal name as it follows "of"."""
    formal = state["formal_name"] or state["name"]
    return f"the {formal}" if formal != state["name"] and not formal.startswith("the ") else formal


def letter_fields(store: Store, alert_id: str, today: dt.date | None = None) -> dict[str, str]:
    """The values of the placeholders for a letter about *alert_id* (first destination)."""
    today = today or dt.date.today()
    alert = store.require("travel_alert", alert_id)
    person = store.require("person", alert["person_id"])
    states = destinations(store, alert_id)
    if not states:
        raise ValueError("the alert has no destination State to write to")
    duties = obligations(store, alert)
    first = duties[0]
    warrants = store.rows("warrant", "person_id = ? AND kind = 'arrest_warrant'", [person["id"]], order_by="issued_on")
    situation = ""
    if warrants:
        sit = store.get("situation", warrants[0]["situation_id"])
        situation = sit["name"] if sit else ""
    warrant_dates = " and ".join(format_day(dt.date.fromisoformat(w["issued_on"])) for w in warrants) or "[date]"
    sender, office = current_president(store, today)
    obliged = first.obliged
    call = (
        f"execute the Court's request for the arrest and surrender of {person['name']}, should the visit take place"
        if obliged
        else "cooperate with the Court in the execution of its request for the arrest and surrender of "
        f"{person['name']}"
    )
    state_name = states[0]["name"]
    return {
        "date": format_day(today),
        "reference": "[reference]",
        "addressee_office": f"Minister of Foreign Affairs of {_formal(states[0])}",
        "state": state_name,
        "person": person["name"],
        "person_function": person["function"] or "[function]",
        "visit_dates": alert["date_text"] or "[dates]",
        "situation": situation.replace("Situation in", "situation in") if situation else "[situation]",
        "warrant_dates": warrant_dates,
        "obligation_paragraph": _obligation_paragraph(
            first.at_start.ground,
            state_name,
            first.at_start.basis,
            situation or "situation",
            first.at_start.explanation,
        ),
        "obligation_basis": first.at_start.basis or "",
        "call": call,
        "articles": "86 and 89(1)" if first.at_start.ground is Ground.STATE_PARTY else "",
        "sender_name": sender or "[name]",
        "sender_office": office,
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


def draft_letter(store: Store, alert_id: str, target: Path, today: dt.date | None = None) -> Path:
    """Write a prefilled letter (.docx) about the alert to *target*, atomically."""
    fields = letter_fields(store, alert_id, today)
    document = Document(str(template_path(store)))
    for paragraph in _paragraphs(document):
        _fill_paragraph(paragraph, fields)
    with atomic_write(Path(target), "wb", encoding=None) as fh:
        document.save(fh)
    return Path(target)


def write_default_template(target: Path) -> Path:
    """The shipped template (how resources/templates/letter.docx was made)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = head.add_run("ASSEMBLY OF STATES PARTIES TO THE ROME STATUTE OF THE INTERNATIONAL CRIMINAL COURT")
    run.bold = True
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub.add_run("The President")
    doc.add_paragraph("Reference: {{reference}}")
    dated = doc.add_paragraph("{{date}}")
    dated.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("{{addressee_office}}")
    doc.add_paragraph("{{state}}")
    doc.add_paragraph("Excellency,")
    for text in (
        "I have the honour to write to you in my capacity as President of the Assembly of States Parties to "
        "the Rome Statute of the International Criminal Court, in accordance with the Assembly procedures "
        "relating to non-cooperation.",
        "Information has reached me that {{person}}, {{person_function}}, may visit {{state}} ({{visit_dates}}). "
        "The International Criminal Court issued a warrant of arrest for {{person}} on {{warrant_dates}}, "
        "in the {{situation}}.",
        "{{obligation_paragraph}}",
        "I therefore respectfully call upon the authorities of {{state}} to {{call}}.",
        "I would be grateful if you could inform me of any measures taken in this regard. The focal points on "
        "non-cooperation and I remain at your disposal for consultations, including consultations with the "
        "Court under article 97 of the Rome Statute.",
        "Please accept, Excellency, the assurances of my highest consideration.",
    ):
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph("{{sender_name}}")
    doc.add_paragraph("{{sender_office}}")
    note = doc.sections[0].footer.paragraphs[0]
    note.text = "Draft prepared with ncdesk. Check every fact against the record before sending."
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))
    return target
