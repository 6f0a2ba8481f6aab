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


def _kind_names(kind: str) -> set[str]:
    """What the table calls *kind*, in any case: "travel alert", "travel alerts", "travel_alert"."""
    words = labels.KINDS[kind]
    return {w.casefold() for w in (kind, kind.replace("_", " "), words.one, words.many, words.tables or "")} - {""}


def _naming(kind: ast.expr | None, said: list[ast.expr]) -> list[str] | None:
    """The words *said* gives a kind of record (*kind*, a table name), None if it gives none: a marked
    string, or strings of which one is what the table calls it ("travel alerts", ("Letter", "Letters"))."""
    if not (isinstance(kind, ast.Constant) and kind.value in labels.KINDS):
        return None
    texts = []
    for node in said:
        if isinstance(node, ast.Call) and _words(node):
            return ["marked"]
        if isinstance(node, ast.Tuple | ast.List):
            texts += [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            texts.append(node.value)
    return texts if any(t.casefold() in _kind_names(kind.value) for t in texts) else None


def _kind_tables(tree: ast.AST) -> list[int]:
    """The lines of the collections that name three or more kinds of record: a dict of them
    ({"letter": "letters", …}), or a list of calls or tuples that begin with one (Kind("letter",
    "Letter", "Letters"), …). A dict of the code's own names that happen to be a kind's plural (the
    window's views: {"letter": "letters"}, every value an identifier) is not one: a table of words has
    one with a space, a capital or a mark."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict | ast.Tuple | ast.List | ast.Set):
            continue
        pairs: list[tuple[ast.expr | None, list[ast.expr]]] = []
        if isinstance(node, ast.Dict):
            pairs = [(k, [v]) for k, v in zip(node.keys, node.values, strict=True)]
        else:
            for e in node.elts:
                items = e.args if isinstance(e, ast.Call) else e.elts if isinstance(e, ast.Tuple) else []
                if items:
                    pairs.append((items[0], items[1:]))
        named = [words for kind, said in pairs if (words := _naming(kind, said)) is not None]
        worded = any(w == "marked" or " " in w or w != w.lower() for words in named for w in words)
        if len(named) >= 3 and worded:
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


def test_no_other_table_of_kind_names_in_the_package() -> None:
    copies = [f"{p.relative_to(PACKAGE)}:{line}" for p in _sources() for line in _kind_tables(ast.parse(p.read_text()))]
    assert copies == [], "tables of kind names beside ncdesk/core/labels.py: " + ", ".join(copies)


def test_the_scan_finds_a_copied_table_of_kind_names() -> None:
    """Each way the names of the kinds were once copied is found; the window's views by kind are not."""
    merge = '_LABELS = {"travel_alert": "travel alerts", "letter": "letters", "activity": "activities"}'
    cli = '_LABELS = {"state": ("State", "States"), "icc_case": ("case", "cases"), "person": ("person", "persons")}'
    store = (
        'KINDS = (Kind("state", "State", "States"), Kind("icc_case", "Case", "Cases"), Kind("person", "P", "Persons"))'
    )
    marked = (
        'K = {"letter": QT_TRANSLATE_NOOP("x", "Post"), "activity": QT_TRANSLATE_NOOP("x", "Work"),'
        ' "person": QT_TRANSLATE_NOOP("x", "Someone")}'
    )
    views = (
        'VIEW_OF_KIND = {"situation": "situations", "finding": "findings", "person": "persons", "letter": "letters"}'
    )
    for copy in (merge, cli, store, marked):
        assert _kind_tables(ast.parse(copy)) == [1], copy
    assert _kind_tables(ast.parse(views)) == []
    assert _kind_tables(ast.parse(TABLE.read_text())) != []  # the table itself is one


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
    for words in labels.KINDS.values():
        assert isinstance(words.one, str) and words.one and isinstance(words.many, str) and words.many
        assert words.tables is None or (isinstance(words.tables, str) and words.tables)


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


def test_a_kind_is_named_from_the_table_as_each_place_said_it() -> None:
    """The window's list, a table of the kind (a sheet, a CSV file, the command line's counts, the
    history of a merge) and a kind inside an English sentence, each from the one table."""
    assert labels.kind_label("finding", plural=True) == "Findings and communications"  # the window's list
    assert labels.kind_label("finding", plural=True, tables=True) == "Findings"  # a sheet, a file
    assert labels.kind_label("travel_alert", plural=True, tables=True) == "Travel alerts"  # as its list
    assert labels.kind_noun("travel_alert") == "travel alert"
    assert labels.kind_noun("finding", plural=True, tables=True) == "findings"
    assert labels.kind_noun("icc_case", plural=True, tables=True) == "cases"
    assert (labels.kind_noun("state"), labels.kind_noun("state", plural=True)) == ("State", "States")
    assert labels.kind_noun("party_events_of_old") == "party events of old"  # a table without a name


def test_a_state_keeps_its_capital_inside_a_sentence_in_every_language() -> None:
    from ncdesk.io.translations import translate

    def french(context: str, text: str) -> str:
        return translate(context, text, "fr")

    assert labels.kind_noun("state", translate=french) == "État"
    assert labels.kind_noun("travel_alert", translate=french) == "alerte de voyage"


def test_a_stored_value_in_a_title_is_said_with_the_tables_words() -> None:
    """A warrant's title was "Arrest warrant, 4 March 2009" in English (the code capitalised), while
    the table and the window in French say "Warrant of arrest" ("Mandat d'arrêt")."""
    from ncdesk.core.wording import ENGLISH
    from ncdesk.io.translations import translate, wording

    assert ENGLISH.value("arrest_warrant") == "Warrant of arrest"
    assert ENGLISH.value("announced_withdrawal") == "Announced, not notified to the depositary"
    assert ENGLISH.value("not_a_value") == "Not a value"
    for lang in ("fr", "es", "ar"):
        said = wording(lang).value("arrest_warrant")
        assert said == translate("labels", "Warrant of arrest", lang) != "Warrant of arrest", lang
