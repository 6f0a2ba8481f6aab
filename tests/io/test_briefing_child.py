"""The window's notes are laid out in a child process (io/briefing/child.py): the same document
as in the process, the preview's pages, an error said, the key of an encrypted folder passed."""

from __future__ import annotations

import io
import subprocess

import pytest
from pypdf import PdfReader

from ncdesk.core.text import Message
from ncdesk.io.briefing import child
from ncdesk.io.briefing.model import ExportOptions
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store


def test_a_note_made_in_the_child_is_the_note(store: Store) -> None:
    hungary = ref_id("state", "HUN")
    spec = child.job(store.folder, store.key, ".pdf", ExportOptions(language="fr"), refs=[("state", hungary)])
    data = child.run(spec)
    assert isinstance(data, bytes) and data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Hongrie" in text  # in the language asked for


def test_the_preview_comes_back_as_page_images(store: Store) -> None:
    spec = child.job(
        store.folder, store.key, ".pdf", ExportOptions(), refs=[("person", ref_id("person", "vladimir-putin"))],
        preview=True,
    )  # fmt: skip
    pages = child.run(spec)
    assert isinstance(pages, list) and pages and all(p.startswith(b"\x89PNG") for p in pages)


def test_the_report_for_a_period(store: Store) -> None:
    spec = child.job(store.folder, store.key, ".docx", ExportOptions(), period=("2024-12-01", "2025-11-30"))
    data = child.run(spec)
    assert isinstance(data, bytes) and data.startswith(b"PK")  # a Word file


def test_what_went_wrong_in_the_child_is_said(store: Store) -> None:
    spec = child.job(store.folder, store.key, ".pdf", ExportOptions(), refs=[("state", "no-such-state")])
    with pytest.raises(child.RenderError) as raised:
        child.run(spec)
    assert "no-such-state" in str(raised.value)
    # Said as the store said it, a Message: the window translates its wording.
    words = raised.value.args[0]
    assert isinstance(words, Message) and words.template == "No %1 with id %2." and "no-such-state" in words.args


def test_the_key_is_given_on_standard_input_not_on_the_command_line(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[list[str]] = []
    real = subprocess.run

    def watched(cmd, **kw):  # type: ignore[no-untyped-def]
        seen.append(list(cmd))
        return real(cmd, **kw)

    monkeypatch.setattr(child.subprocess, "run", watched)
    spec = child.job(store.folder, store.key, ".pdf", ExportOptions(), refs=[("state", ref_id("state", "HUN"))])
    child.run(spec)
    assert seen and all(str(store.folder) not in part for part in seen[0])
    if store.key is not None:
        assert all(bytes(store.key.raw).hex() not in part for part in seen[0])
