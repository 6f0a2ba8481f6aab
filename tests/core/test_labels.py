"""One table of labels (ncdesk/core/labels.py): nothing else in ncdesk/ lists labels for the stored
values or the chronology's events, and the exports and the command line say them from it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ncdesk.core import labels

PACKAGE = Path(__file__).resolve().parents[2] / "ncdesk"
TABLE = PACKAGE / "core" / "labels.py"
KEYS = set(labels.VALUES) | set(labels.EVENTS) | {k for words in labels.NOTE_WORDS.values() for k in words}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != TABLE)


def _words(node: ast.expr | None) -> bool:
    """Words for people: a marked string, or an English one ("Verified"; not a column's "title")."""
    if isinstance(node, ast.Call):
        return isinstance(node.func, ast.Name | ast.Attribute) and "TRANSLATE_NOOP" in ast.unparse(node.func)
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value[:1].isupper()


def _label_tables(tree: ast.AST) -> list[int]:
    """The lines of the dict literals that give words to three or more stored values or events."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        worded = [
            k.value
            for k, v in zip(node.keys, node.values, strict=True)
            if isinstance(k, ast.Constant) and k.value in KEYS and _words(v)
        ]
        if len(worded) >= 3:
            found.append(node.lineno)
    return found


def _labels_marked(tree: ast.AST) -> list[int]:
    """The lines that mark or translate a literal in the context "labels" (the table's own)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and first.value == labels.CONTEXT and len(node.args) >= 2:
                found.append(node.lineno)
    return found


def test_no_other_table_of_labels_in_the_package() -> None:
    copies = [
        f"{p.relative_to(PACKAGE)}:{line}" for p in _sources() for line in _label_tables(ast.parse(p.read_text()))
    ]
    assert copies == [], "label tables beside ncdesk/core/labels.py: " + ", ".join(copies)


def test_no_label_marked_or_translated_outside_the_table() -> None:
    marked = [
        f"{p.relative_to(PACKAGE)}:{line}" for p in _sources() for line in _labels_marked(ast.parse(p.read_text()))
    ]
    assert marked == [], "context 'labels' outside ncdesk/core/labels.py: " + ", ".join(marked)


def test_the_scan_finds_a_copied_table() -> None:
    """The two scans above are not vacuous: a copy of three labels, or one marked label, is found."""
    copy = 'LABELS = {"verified": QT_TRANSLATE_NOOP("labels", "Verified"), "closed": "Closed", "reported": "R"}'
    assert _label_tables(ast.parse(copy)) == [1]
    assert _labels_marked(ast.parse(copy)) == [1]
    assert _label_tables(ast.parse(TABLE.read_text())) != []  # the table itself is one


def test_every_marked_label_has_a_context_and_a_text() -> None:
    for table in (labels.FIELDS, labels.SECTIONS, labels.VALUES, labels.EVENTS):
        assert all(isinstance(v, str) and v for v in table.values())
    assert all(len(pair) == 2 and all(pair) for pair in labels.KINDS.values())


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_notes_calendar_and_command_line_say_a_value_with_the_tables_words(lang: str) -> None:
    from ncdesk.cli.alerts import _code_in
    from ncdesk.io.briefing.notes import _label
    from ncdesk.io.translations import EXPORT_LANGUAGE, translate

    token = EXPORT_LANGUAGE.set(lang)
    try:
        for value, english in labels.VALUES.items():
            words = translate("labels", english, lang)
            if value != "none":  # a note writes a dash for "none"
                assert _label(value) == words, value
            assert _code_in(value, lang) == (value.replace("_", " ") if lang == "en" else words), value
    finally:
        EXPORT_LANGUAGE.reset(token)


def test_a_value_without_a_label_is_said_as_stored() -> None:
    from ncdesk.cli.alerts import _code_in
    from ncdesk.io.briefing.notes import _label

    assert labels.value_label("not_a_value") is None
    assert _label("not_a_value") == "not a value"
    assert _code_in("not_a_value", "fr") == "not a value"


def test_a_chronology_event_in_a_note_and_its_own_words() -> None:
    from ncdesk.io.briefing.words import event_words
    from ncdesk.io.translations import EXPORT_LANGUAGE, translate

    token = EXPORT_LANGUAGE.set("fr")
    try:
        assert event_words("party:ratification") == "A ratifié le Statut de Rome"
        assert (
            event_words("finding:appeal_judgment") == translate("labels", "Appeal judgment", "fr") != "Appeal judgment"
        )
        assert event_words("finding:other") == "Communication"  # the note's word, context "briefing"
        assert labels.event_label("finding:other") == "Other"  # the window's
    finally:
        EXPORT_LANGUAGE.reset(token)
