"""The window says the stored values, the kinds, the fields and the chronology's events with the
words of the one table (ncdesk/core/labels.py), the same words as the notes and the command line."""

from __future__ import annotations

import pytest

from ncdesk.core import labels
from ncdesk.io.translations import EXPORT_LANGUAGE, translate


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_the_window_and_the_exports_say_each_label_alike(qapp, english, lang: str) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.io.briefing.notes import _label
    from ncdesk.io.briefing.words import event_words
    from ncdesk.ui import labels as window
    from ncdesk.ui.i18n import apply_language

    apply_language(lang)
    token = EXPORT_LANGUAGE.set(lang)
    try:
        translated = 0
        for value, english_words in labels.VALUES.items():
            said = window.value_label(value)
            assert said == translate("labels", english_words, lang), value
            translated += said != english_words
            if value != "none":
                assert _label(value) == said, value
        for key in [*labels.EVENTS, *(f"activity:{v}" for v in ("plenary", "other")), "finding:appeal_judgment"]:
            assert window.event_label(key) == event_words(key), key
        for name, english_words in labels.FIELDS.items():
            assert window.field_label(name) == translate("labels", english_words, lang), name
        for kind, words in labels.KINDS.items():
            assert window.kind_label(kind) == translate("labels", words.one, lang), kind
            assert window.kind_label(kind, plural=True) == translate("labels", words.many, lang), kind
            exports = labels.kind_noun(kind, True, lambda context, text: translate(context, text, lang))
            assert window.kind_noun(kind, plural=True) == exports, kind
        assert translated > len(labels.VALUES) // 2  # the translator is installed: not English read twice
    finally:
        EXPORT_LANGUAGE.reset(token)


def test_a_communication_of_another_kind_is_worded_by_the_note_its_own_way(qapp, english) -> None:  # type: ignore[no-untyped-def]
    from ncdesk.io.briefing.words import event_words
    from ncdesk.ui import labels as window
    from ncdesk.ui.i18n import apply_language

    apply_language("fr")
    token = EXPORT_LANGUAGE.set("fr")
    try:
        assert window.event_label("finding:other") == "Autre"
        assert event_words("finding:other") == "Communication"
    finally:
        EXPORT_LANGUAGE.reset(token)
