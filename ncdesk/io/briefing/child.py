"""Briefing notes, packs and the report laid out in a process of their own, for the window.

A document is typeset in one long call that may hold Python's lock (the GIL): Qt held it 1.3 s
for a State's note of 60 pages at 10× the record, so the window froze even with the work in a
thread. In a child process it cannot: the window's worker thread waits without the lock.

The job goes to the child on its standard input as JSON (the data folder, the records or the
period, the options, and the key of an encrypted database: never on the command line or in the
environment, which other users' processes can read), and the document comes back on its
standard output: the file's bytes, or the preview's pages as PNG images, each after its length.
The child opens the database read-only, as the window's workers do, and writes nothing.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ncdesk.core.text import Message, said
from ncdesk.io.briefing.model import ExportOptions

FLAG = "--ncdesk-render-child"  # the bundled application's entry point runs `main` on this (app.main)
TIMEOUT_S = 1800


class RenderError(Exception):
    """The child could not make the document: what it said."""


def job(
    folder: Path,
    key: Any,
    fmt: str,
    options: ExportOptions,
    *,
    refs: list[tuple[str, str]] | None = None,
    period: tuple[str, str] | None = None,
    preview: bool = False,
) -> dict[str, Any]:
    """The job for `run`: notes on *refs* ((kind, id) as `build_note` takes them), or the report
    for *period* (ISO days); *key* is the database's `crypto.Key` (None if plain)."""
    return {
        "folder": str(folder),
        "key": None if key is None else {"raw": bytes(key.raw).hex(), "salt": bytes(key.salt).hex()},
        "fmt": fmt,
        "options": asdict(options),
        "refs": [list(r) for r in refs or []],
        "period": list(period) if period else None,
        "preview": preview,
    }


def command() -> list[str]:
    """How to start the child: the bundle runs itself with `FLAG`; an installed ncdesk, Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-c", "from ncdesk.io.briefing.child import main; raise SystemExit(main())"]


def run(spec: dict[str, Any], timeout: float = TIMEOUT_S) -> bytes | list[bytes]:
    """Make the document in a child process: its bytes, or (a preview) each page as PNG bytes.
    RenderError with the child's words if it failed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(  # noqa: S603 - our own interpreter or bundle, with our own module
        command(), input=json.dumps(spec).encode("utf-8"), capture_output=True, timeout=timeout, env=env, check=False
    )
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        last = lines[-1] if lines else f"exit status {done.returncode}"
        try:
            told = json.loads(last)
            template, args = told.get("template") or "", list(told.get("args") or [])
            error = told["error"]
        except (ValueError, KeyError, TypeError, AttributeError):
            raise RenderError(last) from None
        # The child's words as a Message again: the window says them in its language.
        raise RenderError(Message.rebuilt(template, args) if template else error)
    if not spec["preview"]:
        return done.stdout
    pages, data, at = [], done.stdout, 0
    while at < len(data):
        (size,) = struct.unpack(">Q", data[at : at + 8])
        pages.append(data[at + 8 : at + 8 + size])
        at += 8 + size
    return pages


def _make(spec: dict[str, Any]) -> bytes:
    import datetime as dt

    from ncdesk.io.briefing.export import gc_paused, preview_pages, render, signed
    from ncdesk.io.briefing.notes import build_note
    from ncdesk.io.briefing.report import build_report
    from ncdesk.io.briefing.templates import load_template
    from ncdesk.store.file import crypto
    from ncdesk.store.store import Store

    folder = Path(spec["folder"])
    if spec["key"]:
        crypto.remember(folder, crypto.Key(bytearray.fromhex(spec["key"]["raw"]), bytes.fromhex(spec["key"]["salt"])))
    options = ExportOptions(**spec["options"])
    reader = Store.open_readonly(folder)
    try:
        with gc_paused():
            options = signed(options, reader)
            template = load_template(folder, options.language)
            pack = ""
            if spec["period"]:
                start, end = (dt.date.fromisoformat(d) for d in spec["period"])
                docs = [build_report(reader, start, end, None, template)]
            else:
                docs = [build_note(reader, kind, rid, None, template) for kind, rid in spec["refs"]]
                pack = template.word("meeting_pack") if len(docs) > 1 else ""
            if not spec["preview"]:
                return render(docs, spec["fmt"], options, template, pack_title=pack)
            out = bytearray()
            for page in preview_pages(docs, options, template, pack_title=pack):
                out += struct.pack(">Q", len(page)) + page
            return bytes(out)
    finally:
        reader.close()
        crypto.forget(folder)


def main() -> int:
    """The child: a job on standard input, the document on standard output."""
    try:
        spec = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        data = _make(spec)
    except Exception as exc:  # noqa: BLE001 - said to the parent, which shows it
        words = said(exc)
        template = words.template if isinstance(words, Message) else ""
        args = list(words.args) if isinstance(words, Message) else []
        error = {"error": str(exc) or type(exc).__name__, "template": template, "args": args}
        print(json.dumps(error), file=sys.stderr)
        return 1
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return 0
