"""Typst made ready on a second core while a document's records are read (pdf.prepare): once per
template and process, never on a single core, and what is written after it is byte for byte what a
cold compile of the same data writes."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ncdesk import paths
from ncdesk.io.briefing import pdf
from ncdesk.io.briefing.model import Doc, ExportOptions, Heading, Paragraph, Run
from ncdesk.io.briefing.templates import Template, load_template

TODAY = dt.date(2026, 11, 23)

COLD = """
import sys, typst
from pathlib import Path
from ncdesk import paths
from ncdesk.io.briefing.pdf import STANDARDS
source, data, target = (Path(a) for a in sys.argv[1:4])
out = typst.compile(source, root=source.parent, font_paths=[paths.resource_path("fonts")], ignore_system_fonts=True,
                    sys_inputs={"data": data.read_text(encoding="utf-8")}, pdf_standards=STANDARDS)
target.write_bytes(out)
"""


def _own_template(folder: Path, language: str = "en") -> Template:
    """The shipped layout copied into a data folder: a template of its own, not yet prepared here."""
    (folder / "templates").mkdir(parents=True)
    shutil.copy(paths.resource_path("templates") / "briefing.typ", folder / "templates" / "briefing.typ")
    return load_template(folder, language)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_prepared_typst_writes_what_a_cold_compile_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    template = _own_template(tmp_path / "data", language)
    warming = pdf.prepare(template)
    assert warming is not None, "a template not seen before is prepared"
    assert pdf.prepare(template) is None, "once per template and process"
    doc = Doc(title="Note", subtitle="", kind="person", generated_on=TODAY)
    doc.add(Heading("Warrants"))
    doc.add(Paragraph([Run("ICC-02/05-01/09-397-Corr-ENG, 3–6 April 2025.", note=doc.cite("A source"))], number=1))
    data = pdf.document_data([doc], ExportOptions(language=language), template)
    written = bytes(pdf.compile_data(data, template))  # waits for the warm-up if it is still typesetting
    warming.join()
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    cold = tmp_path / "cold.pdf"
    subprocess.run(  # noqa: S603 - our interpreter, our own script
        [sys.executable, "-c", COLD, str(template.typst_path()), str(tmp_path / "data.json"), str(cold)], check=True
    )
    assert written == cold.read_bytes()


def test_nothing_is_prepared_on_a_single_core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert pdf.prepare(_own_template(tmp_path / "data")) is None


def test_a_template_typst_refuses_is_reported_by_the_document_not_the_warm_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    template = _own_template(tmp_path / "data")
    template.typst_path().write_text("#let x = (\n", encoding="utf-8")  # not Typst
    warming = pdf.prepare(template)
    assert warming is not None
    warming.join()  # it ends quietly
    doc = Doc(title="Note", subtitle="", kind="person", generated_on=TODAY)
    with pytest.raises(ValueError, match="could not be typeset"):
        pdf.compile_data(pdf.document_data([doc], ExportOptions(), template), template)
