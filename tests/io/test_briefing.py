"""Briefing notes, meeting packs and the report draft: the facts are in the files, cited,
with every font embedded; hostile text stays text."""

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ncdesk.io.briefing.export import check_target, export_note, export_pack, export_report
from ncdesk.io.briefing.model import ExportOptions, clean
from ncdesk.io.briefing.notes import build_note
from ncdesk.io.briefing.report import build_report
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store

TODAY = dt.date(2026, 11, 23)
OPTIONS = ExportOptions("Restricted", "a4")


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", out))


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))  # type: ignore[union-attr]


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    for part in doc.part.package.parts:  # the report's sources are Word footnotes
        if part.partname == "/word/footnotes.xml":
            notes = parse_xml(part.blob)
            parts.extend("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in notes.iter(qn("w:p")))
    return unicodedata.normalize("NFKC", "\n".join(parts))


def all_fonts_embedded(path: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, "no font in the PDF"
    return [r[0] for r in rows if "yes" not in r[-5:-2][:1]]


NOTES = [
    ("state", "state", "HUN", ["Briefing note: Hungary", "ICC-01/18-462", "24 July 2025", "2 June 2025",
                               "Minister of Foreign Affairs and Trade of Hungary", "31 March 2025", "3–6 April 2025",
                               "Rome Statute, article 127(2)", "Eastern European States"]),
    ("person", "person", "omar-al-bashir", ["Omar Hassan Ahmad Al Bashir", "ICC-02/05-01/09-1", "4 March 2009",
                                           "ICC-02/05-01/09-309-ENG", "S/2016/716", "29 March 2017", "Jordan"]),
    ("case", "icc_case", "ICC-02/05-01/09", ["Prosecutor v. Omar Al Bashir", "S/RES/1593 (2005)", "Sudan",
                                             "ICC-02/05-01/09-139-Corr", "S/2012/9 (9 January 2012)"]),
    ("situation", "situation", "ICC-01/22", ["Situation in Ukraine", "ICC-01/22-90", "24 October 2024", "Mongolia",
                                             "Vladimir Vladimirovich Putin", "17 March 2023"]),
    ("alert", "travel_alert", "putin-tajikistan-2025", ["Tajikistan", "OBLIGED to arrest and surrender",
                                                        "Rome Statute, articles 86 and 89(1)", "8–10 October 2025",
                                                        "7 October 2025", "Not yet shared with the Court"]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "table", "key", "facts"), NOTES)
def test_each_note_as_pdf(store: Store, tmp_path: Path, kind: str, table: str, key: str, facts: list[str]) -> None:
    target = export_note(store, kind, ref_id(table, key), tmp_path / f"{kind}.pdf", OPTIONS, TODAY)
    text = pdf_text(target)
    for fact in facts:
        assert fact in text, fact
    assert "RESTRICTED" in text and "Generated on 23 November 2026" in text
    pages = pdf_pages(target)
    assert 1 <= pages <= 4
    assert f"Page {pages} of {pages}" in text
    # Every source is printed, as a footnote at the foot of the page citing it. A long web address
    # wraps at the end of a line, at a slash or a hyphen, and pdftotext drops a hyphen that ends a
    # line: spaces, line ends and hyphens are not compared (document numbers never break: below).
    doc = build_note(store, kind, ref_id(table, key), TODAY)

    def flat(s: str) -> str:
        return "".join(s.split()).replace("-", "")

    assert doc.sources and all(flat(source) in flat(text) for source in doc.sources)
    assert all_fonts_embedded(target) == []


@pytest.mark.parametrize(("kind", "table", "key", "facts"), NOTES)
def test_each_note_as_docx(store: Store, tmp_path: Path, kind: str, table: str, key: str, facts: list[str]) -> None:
    target = export_note(
        store, kind, ref_id(table, key), tmp_path / f"{kind}.docx", ExportOptions("Confidential", "letter"), TODAY
    )
    text = docx_text(target)
    for fact in facts:
        assert fact in text, fact
    assert "CONFIDENTIAL" in text and "Sources" in text
    xml = zipfile.ZipFile(target).read("word/footer1.xml").decode()
    assert "NUMPAGES" in xml and "PAGE" in xml
    assert Document(str(target)).sections[0].page_width == pytest.approx(7772400, rel=0.01)  # 8.5 inches in EMU


def test_every_fact_cites_a_source(store: Store) -> None:
    doc = build_note(store, "state", ref_id("state", "JOR"), TODAY)
    assert any(s == "ICC-02/05-01/09-309-ENG / ICC-02/05-01/09-309-FRA (11 December 2017)" for s in doc.sources)
    assert any("United Nations Treaty Collection" in s for s in doc.sources)
    notes = {r.note for b in doc.blocks for r in getattr(b, "runs", [])} | {
        r.note
        for b in doc.blocks
        for row in getattr(b, "rows", [])
        for cell in (row if isinstance(row, list) else [row[1]])
        for r in cell
    }  # fmt: skip
    assert set(range(1, len(doc.sources) + 1)) <= notes | {None}


def test_letter_paper(store: Store, tmp_path: Path) -> None:
    target = export_note(
        store, "state", ref_id("state", "TJK"), tmp_path / "n.pdf", ExportOptions("Public", "letter"), TODAY
    )
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts (letter)" in info
    assert "PUBLIC" in pdf_text(target)


REPORT_FACTS = [
    "Report of the Bureau on non-cooperation (draft)",
    "Period from 1 December 2024 to 26 November 2025",
    "I. Introduction",
    "II. Court proceedings and findings: States Parties",
    "VIII. Recommendations",
    "on 24 July 2025, Pre-Trial Chamber I issued a “Finding under article 87(7) of the Rome Statute on the "
    "non-compliance by Hungary",
    "ICC-01/18-462 (24 July 2025)",
    "on 17 October 2025, Pre-Trial Chamber I issued a “Decision on Italy's non-compliance with a request for "
    "cooperation”",
    "ICC-01/11-209",
    "conveyed a letter, dated 31 March 2025, to the Minister of Foreign Affairs and Trade of Hungary",
    "conveyed a letter, dated 7 October 2025, to the Minister of Foreign Affairs of the Republic of Tajikistan",
    "Focal points' strategic planning meeting (10 March 2025)",
    "Focal points meet the President of the Assembly (29 April 2025)",
    "New York Working Group on 1 April, 10 June, 8 September and 21 October 2025",
    "No Court proceedings concerning non-cooperation took place in relation to States under an obligation to cooperate",
    "No Court proceedings concerning non-cooperation took place regarding States not Parties to the Statute",
    "fortieth report of the Prosecutor to the Security Council pursuant to resolution 1593 (2005)",
]


def test_the_report_for_the_twenty_fourth_session(store: Store, tmp_path: Path) -> None:
    doc = build_report(store, dt.date(2024, 12, 1), dt.date(2025, 11, 26), TODAY)
    text = " ".join(doc.text().split())
    for fact in REPORT_FACTS:
        assert fact in text, fact
    numbers = [b.number for b in doc.blocks if getattr(b, "number", None)]
    assert numbers == list(range(1, len(numbers) + 1))
    pdf = export_report(store, dt.date(2024, 12, 1), dt.date(2025, 11, 26), tmp_path / "r.pdf", OPTIONS, TODAY)
    text = pdf_text(pdf)
    for fact in ("ICC-01/18-462", "ICC-01/11-209", "31 March 2025", "7 October 2025", "29 April 2025"):
        assert fact in text
    assert all_fonts_embedded(pdf) == []
    docx = export_report(store, dt.date(2024, 12, 1), dt.date(2025, 11, 26), tmp_path / "r.docx", OPTIONS, TODAY)
    assert "Tajikistan" in docx_text(docx)


def test_empty_sections_say_so(store: Store) -> None:
    text = build_report(store, dt.date(2030, 1, 1), dt.date(2030, 12, 31), TODAY).text()
    assert "No Court proceedings concerning non-cooperation took place in relation to States Parties." in text
    assert "No action was recorded for the period." in text
    assert "No consultations were recorded for the period." in text
    assert "No communication on non-cooperation was transmitted to the Security Council during the period." in text
    with pytest.raises(ValueError, match="before it starts"):
        build_report(store, dt.date(2030, 1, 2), dt.date(2030, 1, 1))


def test_meeting_pack_contents_give_the_right_pages(store: Store, tmp_path: Path) -> None:
    refs = [("state", ref_id("state", "HUN")), ("person", ref_id("person", "vladimir-putin")),
            ("alert", ref_id("travel_alert", "netanyahu-hungary-2025"))]  # fmt: skip
    target = export_pack(store, refs, tmp_path / "pack.pdf", OPTIONS, TODAY)
    cover = pdf_text(target, 1)
    assert "Meeting pack" in cover and "Contents" in cover
    raw = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(target), "-"], capture_output=True, text=True, check=True
    )
    starts = [int(line) for line in raw.stdout.splitlines() if line.strip().isdigit()]
    assert len(starts) == 3
    for start, name in zip(
        starts,
        ["Briefing note: Hungary", "Briefing note: Vladimir Vladimirovich Putin", "Briefing note: Benjamin Netanyahu"],
        strict=True,
    ):
        assert name in pdf_text(target, start)
    total = pdf_pages(target)
    assert f"Page {total} of {total}" in pdf_text(target, total)
    docx = export_pack(store, refs, tmp_path / "pack.docx", OPTIONS, TODAY)
    assert docx_text(docx).count("Briefing note:") >= 6  # contents and the notes


HOSTILE = "<script>alert('x')</script> <img src=x onerror=alert(1)> <b>bold?</b> \u202eevil\u202c &amp; </table>"


def test_hostile_text_is_shown_literally(store: Store, tmp_path: Path) -> None:
    pid = store.insert("person", {"name": "Test <Person>", "function": HOSTILE, "aliases": ["<i>alias</i>"]})
    for suffix in (".pdf", ".docx"):
        target = export_note(store, "person", pid, tmp_path / f"h{suffix}", OPTIONS, TODAY)
        text = pdf_text(target) if suffix == ".pdf" else docx_text(target)
        assert "<script>alert('x')</script>" in text
        assert "<img src=x onerror=alert(1)>" in text
        assert "<b>bold?</b>" in text and "&amp;" in text and "</table>" in text
        assert "Test <Person>" in text and "<i>alias</i>" in text
        assert "\u202e" not in text and "evil" in text


def test_clean_removes_direction_overrides() -> None:
    assert clean("a\u202ebc\u202c\u2066d\u2069\x07") == "abcd"
    assert clean("عمر حسن أحمد البشير") == "عمر حسن أحمد البشير"


def test_names_with_accents_and_arabic_render(store: Store, tmp_path: Path) -> None:
    target = export_note(store, "person", ref_id("person", "omar-al-bashir"), tmp_path / "p.pdf", OPTIONS, TODAY)
    text = pdf_text(target)
    assert "عمر" in text or "البشير" in text  # pdftotext gives presentation forms; NFKC brings them back
    target = export_note(store, "state", ref_id("state", "FIN"), tmp_path / "f.pdf", OPTIONS, TODAY)
    assert "Päivi Kaukoranta" in pdf_text(target)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "p.pdf")], capture_output=True, text=True, check=True).stdout
    assert "NotoSansArabic" in fonts


def test_a_target_that_cannot_be_written_leaves_the_old_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        check_target(tmp_path / "missing" / "x.pdf")
    with pytest.raises(ValueError, match="must end in .pdf or .docx"):
        check_target(tmp_path / "x.txt")
    with pytest.raises(ValueError, match="is a folder"):
        check_target(tmp_path / "dir.pdf") if (tmp_path / "dir.pdf").mkdir() is None else None
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"old content")
    with pytest.raises(Exception):  # noqa: B017 - any failure while building: the old file stays
        export_note(store, "state", "00000000-0000-0000-0000-000000000000", existing, OPTIONS, TODAY)
    assert existing.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep")] == []


def test_a_users_template_overrides_the_words(store: Store, tmp_path: Path) -> None:
    own = store.folder / "templates"
    own.mkdir(parents=True)
    (own / "briefing.toml").write_text('[words]\nbriefing_note = "Note d\'information"\n', encoding="utf-8")
    target = export_note(store, "state", ref_id("state", "TJK"), tmp_path / "t.pdf", OPTIONS, TODAY)
    assert "Note d'information: Tajikistan" in pdf_text(target)
    assert "Page 1 of" in pdf_text(target)  # the words it leaves out keep their value


def test_pdftotext_is_available() -> None:
    assert shutil.which("pdftotext") and shutil.which("pdffonts"), "apt-get install poppler-utils"


def _note_queries(store: Store, kind: str, record_id: str) -> tuple[int, list[str]]:
    """The statements building a note runs, and the note's text."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        doc = build_note(store, kind, record_id, TODAY)
    finally:
        store.db.conn.set_trace_callback(None)
    text = [r.text for b in doc.blocks for row in getattr(b, "rows", []) for cell in row for r in cell]
    return len(statements), text


def test_a_persons_note_reads_the_same_queries_for_two_travels_or_twelve(store: Store) -> None:
    """The person note's cost does not grow with the person's record (a query per table, not per row):
    at 10x the record, a query per travel, per citation and per finding was a third of the export."""
    from ncdesk.store.records.alerts import create_alert, record_letter

    person = ref_id("person", "vladimir-putin")

    def travel(month: int) -> None:
        alert_id = create_alert(
            store,
            {"person_id": person, "destinations": [ref_id("state", "MNG"), ref_id("state", "TJK")],
             "date": f"2024-{month:02d}-03/2024-{month:02d}-05", "reliability": "probable",
             "source_description": "press", "received_at": f"2024-{month:02d}-01"},
        )  # fmt: skip
        record_letter(store, alert_id, {"state_id": ref_id("state", "MNG"), "addressee_office": f"Office {month}",
                                        "date": f"2024-{month:02d}-02", "sender_name": "The President",
                                        "sender_office": "President of the Assembly of States Parties"})  # fmt: skip

    for month in (1, 2):
        travel(month)
    build_note(store, "person", person, TODAY)  # the store's first reads of each table's columns
    few, text = _note_queries(store, "person", person)
    for month in range(3, 13):
        travel(month)
    many, more_text = _note_queries(store, "person", person)
    assert many == few
    assert len(more_text) > len(text)
    assert any("12 December 2024" in t or "3–5 December 2024" in t for t in more_text)  # the twelfth travel is in it


def test_the_reports_queries_do_not_grow_with_its_letters_and_persons(store: Store) -> None:
    """The report reads each kind of record a query at a time (2,500 statements at 10x the record
    were half its building): a letter more, about another person, is no statement more."""
    from ncdesk.store.records.alerts import create_alert, record_letter

    persons = ["vladimir-putin", "omar-al-bashir", "benjamin-netanyahu", "joseph-kony", "maria-lvova-belova",
               "ali-kushayb"]  # fmt: skip

    def letter(n: int) -> None:
        alert_id = create_alert(
            store,
            {"person_id": ref_id("person", persons[n]), "destinations": [ref_id("state", "MNG")],
             "date": f"2026-0{n + 1}-10/2026-0{n + 1}-12", "reliability": "probable",
             "source_description": "press", "received_at": f"2026-0{n + 1}-01"},
        )  # fmt: skip
        record_letter(store, alert_id, {"state_id": ref_id("state", "MNG"), "addressee_office": "Minister",
                                        "date": f"2026-0{n + 1}-05", "sender_name": "The President",
                                        "sender_office": "President of the Assembly of States Parties"})  # fmt: skip

    def statements() -> tuple[int, str]:
        seen: list[str] = []
        build_report(store, dt.date(2025, 11, 1), dt.date(2026, 11, 1), TODAY)  # the columns read once
        store.db.conn.set_trace_callback(seen.append)
        try:
            doc = build_report(store, dt.date(2025, 11, 1), dt.date(2026, 11, 1), TODAY)
        finally:
            store.db.conn.set_trace_callback(None)
        return len(seen), " ".join(r.text for b in doc.blocks for r in getattr(b, "runs", []))

    for n in range(2):
        letter(n)
    few, _ = statements()
    for n in range(2, 6):
        letter(n)
    many, text = statements()
    assert many == few
    assert text.count("conveyed a letter") >= 6 and "Kony" in text  # the later letters and their persons


def test_a_source_without_a_locator_is_cited_without_a_dangling_comma(store: Store) -> None:
    doc = build_note(store, "state", ref_id("state", "HUN"), TODAY)
    assert any(s.startswith("United Nations Treaty Collection, Chapter XVIII.10:") for s in doc.sources)
    assert not [s for s in doc.sources if s.rstrip().endswith(",")]


def test_the_report_finds_a_closed_visit_with_or_without_its_last_day(store: Store) -> None:
    """The period's visits are read through the index of closed visits by their last day; one whose
    last day is not known is still in the report."""
    alert = ref_id("travel_alert", "putin-tajikistan-2025")

    def visits() -> list[str]:
        doc = build_report(store, dt.date(2024, 12, 1), dt.date(2025, 11, 30), TODAY)
        text = [" ".join(r.text for r in b.runs) for b in doc.blocks if hasattr(b, "runs")]
        return [t for t in text if "visited Tajikistan" in t]

    assert len(visits()) == 1
    store.update("travel_alert", alert, {"date_to": None})
    assert store.require("travel_alert", alert)["date_to"] is None
    assert len(visits()) == 1
