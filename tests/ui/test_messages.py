"""The messages of ncdesk/core (a date that cannot be read, ...) said in the window's language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ncdesk
from ncdesk.core.dates import DateError, parse_partial
from ncdesk.core.text import Message, said
from ncdesk.ui.formatting import MESSAGES, message_text
from ncdesk.ui.i18n import apply_language


def test_every_message_of_core_is_marked_for_the_translations() -> None:
    core = Path(ncdesk.__file__).parent / "core"
    used = set()
    for path in core.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message":
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path.name}:{node.lineno}: a Message's wording is a literal"
                used.add(first.value)
    assert used and not used - set(MESSAGES), f"not in ui/formatting.py MESSAGES: {used - set(MESSAGES)}"


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
    form = window.new_alert()
    qtbot.addWidget(form)
    form.set_value("date", "32 décembre 2026")
    form.revalidate(show_all=True)
    assert form.errors["date"].text() == "'32 décembre 2026'\u00a0: décembre 2026 compte 31 jours, pas 32"
    assert not form.try_save()
