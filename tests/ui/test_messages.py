"""The messages of ncdesk (a date, a document number, a step, a form's checks) in the window's language."""

from __future__ import annotations

import ast
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

import ncdesk
from ncdesk.core import docnums
from ncdesk.core.alerts import StepError, check_step
from ncdesk.core.dates import DateError, parse_partial
from ncdesk.core.docnums import DocNumberError
from ncdesk.core.messages import MESSAGES
from ncdesk.core.text import Message, Typed, said
from ncdesk.store.file.crypto import WrongPassphraseError
from ncdesk.store.file.errors import DiskFullError, translate
from ncdesk.store.records.editing import save
from ncdesk.store.reference import ref_id
from ncdesk.ui.formatting import error_text, message_text
from ncdesk.ui.i18n import apply_language
from ncdesk.ui.labels import change_text, field_label, kind_label, value_label
from tests.ui.conftest import settled


def test_every_message_is_marked_for_the_translations() -> None:
    used = set()
    for path in Path(ncdesk.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message":
                if any(k.arg == "context" for k in node.keywords):
                    # core/wording.py `say`: a rule's sentence ("rules", "report"…), its wording marked
                    # with QT_TRANSLATE_NOOP where it is written (test_translations: the .ts has it).
                    assert path.name == "wording.py", f"{path.name}:{node.lineno}: a Message in another context"
                    continue
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path.name}:{node.lineno}: a Message's wording is a literal"
                used.add(first.value)
    assert used and not used - set(MESSAGES), f"not in core/messages.py MESSAGES: {used - set(MESSAGES)}"


def test_strings_are_marked_with_the_one_qt_translate_noop() -> None:
    """lupdate finds `QT_TRANSLATE_NOOP(context, text)` by its name: one definition, in core/text.py,
    which every module that marks strings imports (the window's too, not Qt's)."""
    defined, importing, marking = [], set(), set()
    for path in sorted(Path(ncdesk.__file__).parent.rglob("*.py")):
        name = path.relative_to(Path(ncdesk.__file__).parent).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "QT_TRANSLATE_NOOP":
                defined.append(name)
            elif isinstance(node, ast.ImportFrom) and any(a.name == "QT_TRANSLATE_NOOP" for a in node.names):
                assert node.module == "ncdesk.core.text", f"{name} imports QT_TRANSLATE_NOOP from {node.module}"
                importing.add(name)
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                marking.add(name)
    assert defined == ["core/text.py"]
    assert len(marking) > 10 and marking - {"core/text.py"} <= importing, marking - importing


def test_a_message_is_english_text_and_keeps_its_wording() -> None:
    message = Message("%1: %2 has %3 days, not %4", "'32 December 2026'", "December 2026", 31, 32)
    assert message == "'32 December 2026': December 2026 has 31 days, not 32"
    assert (message.template, message.args) == (
        "%1: %2 has %3 days, not %4",
        ("'32 December 2026'", "December 2026", "31", "32"),
    )
    with pytest.raises(DateError) as caught:
        parse_partial("32 décembre 2026")
    assert str(caught.value) == "'32 décembre 2026': December 2026 has 31 days, not 32"  # the terminal's
    assert isinstance(said(caught.value), Message)


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        ("fr", "32 décembre 2026", "'32 décembre 2026'\u00a0: décembre 2026 compte 31 jours, pas 32"),
        ("es", "32 de diciembre de 2026", "'32 de diciembre de 2026': diciembre de 2026 tiene 31 días, no 32"),
        ("fr", "2 blorp 2026", "'2 blorp 2026'\u00a0: 'blorp' n'est pas un mois"),
        ("ar", "", "لم يُذكر أي تاريخ"),
        ("en", "32 December 2026", "'32 December 2026': December 2026 has 31 days, not 32"),
    ],
)
def test_a_date_error_in_the_window_language(english, lang: str, typed: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    apply_language(lang)
    with pytest.raises(DateError) as caught:
        parse_partial(typed)
    assert message_text(said(caught.value)) == expected


def test_the_alert_form_says_a_wrong_date_in_french(window, english, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.set_language("fr")
    form = window.alert_actions.new_alert()
    qtbot.addWidget(form)
    form.set_value("date", "32 décembre 2026")
    form.revalidate(show_all=True)
    assert form.errors["date"].text() == "'32 décembre 2026'\u00a0: décembre 2026 compte 31 jours, pas 32"
    assert not form.try_save()


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        (
            "fr",
            "ICC-02/05-01/09-309-eng",
            "'ICC-02/05-01/09-309-eng' n'est pas un numéro de document de la CPI\u00a0: écrivez la langue ainsi\u00a0: "
            "ENG (vouliez-vous dire ICC-02/05-01/09-309-ENG\u00a0?)",
        ),
        ("es", "ICC-00/05", "'ICC-00/05': la parte de la situación '00/05' no puede contener 00"),
        ("ar", "", "لم يُذكر أي رقم وثيقة"),
        (
            "ar",
            "ICC 02/05",
            "\u2068'ICC 02/05'\u2069 ليس رقم وثيقة من وثائق المحكمة: فيه مسافة",
        ),
    ],
)
def test_a_document_number_error_in_the_window_language(english, lang: str, typed: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """The reason and the "did you mean" are messages inside the message, each said in the language."""
    apply_language(lang)
    with pytest.raises(DocNumberError) as caught:
        docnums.parse(typed)
    assert message_text(said(caught.value)) == expected


def test_a_step_error_names_the_steps_as_the_window_does(english) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StepError) as caught:
        check_step("letter_sent", "verified", at=dt.date(2026, 1, 5))
    assert (
        str(caught.value) == "the alert is already at “letter sent”; “verified” comes before it (steps only go forward)"
    )
    apply_language("es")
    assert message_text(said(caught.value)) == (
        f"la alerta ya está en «{value_label('letter_sent')}»; «{value_label('verified')}» va antes "
        "(los pasos solo avanzan)"
    )
    assert value_label("letter_sent") != "Letter sent"
    with pytest.raises(StepError) as caught:
        check_step("verified", "letter_sent", at=dt.date(2026, 1, 5), last_at=dt.date(2026, 3, 1))
    apply_language("fr")
    assert message_text(said(caught.value)) == (
        "l'étape est datée du 5 janvier 2026, avant l'étape précédente (1er mars 2026)"
    )


def test_the_forms_cross_checks_in_spanish(window, english, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The store's checks (a document of another situation, a date before the decision, an ICC
    number already recorded) in the window's language, in the field and in the step's summary."""
    window.set_language("es")
    form = window.record_actions.new_record("finding")
    qtbot.addWidget(form)
    form.set_value("situation_id", ref_id("situation", "ICC-01/22"))
    form.set_value("documents", "ICC-01/18-900")
    form.set_value("date", "3 March 2025")
    form.set_value("sc_date", "2 March 2025")
    form.revalidate(show_all=True)
    assert form.errors["documents"].text() == "ICC-01/18-900 no es un documento de la situación ICC-01/22"
    assert form.errors["sc_date"].text() == "es anterior a la decisión"
    situation = window.record_actions.new_record("situation")
    qtbot.addWidget(situation)
    situation.set_value("icc_number", "ICC-02/05")
    situation.revalidate(show_all=True)
    assert situation.errors["icc_number"].text() == "ICC-02/05 ya está registrado"
    situation.set_value("icc_number", "ICC-02/05-01/09")
    assert situation.errors["icc_number"].text() == (
        "'ICC-02/05-01/09' es un número de causa; se espera un número de situación como ICC-02/05"
    )
    assert not situation.try_save()


def test_the_english_wording_of_the_forms_is_unchanged(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    form = window.record_actions.new_record("situation")
    qtbot.addWidget(form)
    form.set_value("icc_number", "ICC-02/05-01/09")
    form.revalidate(show_all=True)
    assert (
        form.errors["icc_number"].text()
        == "'ICC-02/05-01/09' is a case number; expected a situation number such as ICC-02/05"
    )


def test_a_store_error_and_what_to_do_in_french(english) -> None:  # type: ignore[no-untyped-def]
    """A full disk on saving: what happened and what to do, in the window's language; the path as it is."""
    full = translate(sqlite3.OperationalError("database or disk is full"), Path("/data/ncdesk.sqlite3"))
    assert isinstance(full, DiskFullError)
    assert (
        str(full)
        == "The disk is full (/data/ncdesk.sqlite3). Free some space on the disk, then try again; nothing was saved."
    )
    assert error_text(full) == str(full)
    apply_language("fr")
    assert error_text(full) == (
        "Le disque est plein (/data/ncdesk.sqlite3). Libérez de l'espace sur le disque, puis réessayez\u00a0; "
        "rien n'a été enregistré."
    )
    apply_language("ar")
    assert error_text(WrongPassphraseError(Message("The passphrase is wrong."))) == (
        "عبارة المرور غير صحيحة. اكتبها مرة أخرى (تُميَّز فيها الأحرف الكبيرة من الصغيرة)؛ لم يتغيّر شيء."
    )


def test_undo_names_the_change_in_spanish(qtbot, window, store, prompter, english) -> None:  # type: ignore[no-untyped-def]
    """The Edit menu's Undo, and an undo refused, name the change and the field in the language."""
    window.set_language("es")
    pid = save(store, "person", {"name": "Conflicto", "function": "A"})
    save(store, "person", {"function": "B"}, pid)
    window.refresh_all()
    assert window.act_undo.text() == f"&Deshacer Editar {kind_label('person').lower()}"
    assert kind_label("person") != "Person"
    store.db.execute("UPDATE person SET function = 'C' WHERE id = ?", [pid])  # by someone else
    store.db.conn.commit()
    window.record_actions.undo()  # in a worker
    settled(qtbot, window)
    assert prompter.errors[-1][1] == (
        f"No se puede revertir «Editar persona»: el campo «{field_label('function')}» se ha vuelto a cambiar "
        "desde entonces. No se cambió nada. Modifique en su lugar el propio registro."
    )
    assert field_label("function") != "Function"
    assert store.get("person", pid)["function"] == "C"
    assert change_text("Alert: letter sent") == f"Alerta: {value_label('letter_sent').lower()}"
    assert change_text("Exported briefing note on Hungary as PDF to h.pdf") == (
        "Exportación: nota informativa sobre Hungary en PDF a h.pdf"
    )
    assert change_text("Exported draft report of the Bureau, 1 January 2025 to 31 December 2025 as PDF to r.pdf") == (
        "Exportación: proyecto de informe de la Mesa, del 1 de enero de 2025 al 31 de diciembre de 2025 en PDF a r.pdf"
    )
    assert change_text("Exported tables of travel alerts, letters as XLSX to t.xlsx") == (
        f"Exportación: tablas de {kind_label('travel_alert', plural=True).lower()}, "
        f"{kind_label('letter', plural=True).lower()} en XLSX a t.xlsx"
    )
    assert change_text("Something ncdesk does not know") == "Something ncdesk does not know"


def test_what_fills_a_message_is_not_read_as_a_placeholder() -> None:
    """A title typed with "%1" in it stays as typed (the wording is filled in one pass)."""
    message = Message("%1 is already the number of “%2”", "ICC-01/22-900", Typed("Report %1 of 2025"))
    assert message == "ICC-01/22-900 is already the number of “Report %1 of 2025”"
