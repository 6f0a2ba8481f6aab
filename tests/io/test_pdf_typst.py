"""Every kind of PDF (each note, the meeting pack, the report draft) in the four languages, typeset
by Typst: tagged, PDF/A-2 and PDF/UA-1, `/Lang`, bookmarks, metadata; the text extracted (pypdf
and pdftotext, without NFKC normalisation) is what is printed, document numbers whole; no text
lies outside the page."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from ncdesk.io.briefing.export import export_note, export_pack, export_report, preview_pages
from ncdesk.io.briefing.model import Doc, ExportOptions, Paragraph, Run, Table
from ncdesk.io.briefing.pdf import render_pdf
from ncdesk.io.briefing.templates import load_template
from ncdesk.store.reference import ref_id
from ncdesk.store.store import Store

TODAY = dt.date(2026, 11, 23)
LANGUAGES = ("en", "fr", "es", "ar")
HUNGARY_AR = "المجر"  # base letters, in logical order

# Per kind: the record, and facts its PDF must contain whole in every language.
KINDS = {
    "state": (("state", "HUN"), ["ICC-01/18-462", "2025"]),
    "person": (("person", "omar-al-bashir"), ["ICC-02/05-01/09-397-Corr-ENG", "ICC-02/05-01/09-140-tENG",
                                             "S/2016/716"]),
    "case": (("icc_case", "ICC-02/05-01/09"), ["ICC-02/05-01/09-397-Corr-ENG", "ICC-02/05-01/09-140-tENG",
                                               "ICC-02/05-01/09-139-Corr", "S/RES/1593 (2005)"]),
    "situation": (("situation", "ICC-02/05"), ["ICC-02/05-01/09-397-Corr-ENG", "ICC-02/05-01/09-140-tENG"]),
    "alert": (("travel_alert", "putin-tajikistan-2025"), ["Vladimir Vladimirovich Putin", "ICC-ASP/17/Res.5"]),
}  # fmt: skip
NOTE_KIND = {"state": "state", "person": "person", "case": "case", "situation": "situation", "alert": "alert"}


def make(store: Store, kind: str, lang: str, target: Path) -> list[str]:
    """The PDF of *kind* in *lang* written to *target*; the facts it must contain."""
    options = ExportOptions(language=lang)
    if kind == "pack":
        refs = [("state", ref_id("state", "HUN")), ("person", ref_id("person", "vladimir-putin")),
                ("case", ref_id("icc_case", "ICC-02/05-01/09"))]  # fmt: skip
        export_pack(store, refs, target, options, today=TODAY)
        return ["Vladimir Vladimirovich Putin", "ICC-02/05-01/09-397-Corr-ENG", "ICC-01/18-462"]
    if kind == "report":
        export_report(store, dt.date(2024, 12, 1), dt.date(2025, 11, 30), target, options, today=TODAY)
        return ["ICC-01/18-462", "ICC-01/22-112", "ICC-01/11-209-Anx", "ICC-ASP/23/Res.5"]
    (table, key), facts = KINDS[kind]
    export_note(store, NOTE_KIND[kind], ref_id(table, key), target, options, today=TODAY)
    return facts


def pdftotext(path: Path, *args: str) -> str:
    done = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def xmp(reader: PdfReader) -> str:
    root: Any = reader.trailer["/Root"]
    return str(root["/Metadata"].get_object().get_data().decode("utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", [*KINDS, "pack", "report"])
def test_every_pdf_is_tagged_archival_and_says_what_it_prints(store: Store, tmp_path: Path, kind: str,
                                                              lang: str) -> None:  # fmt: skip
    target = tmp_path / f"{kind}-{lang}.pdf"
    facts = make(store, kind, lang, target)
    reader = PdfReader(target)
    root: Any = reader.trailer["/Root"]
    # Tagged, in its language, with bookmarks.
    assert "/StructTreeRoot" in root and bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == lang
    assert "/Outlines" in root and reader.outline, "bookmarks from the headings"
    meta = xmp(reader)
    assert re.search(r"<pdfaid:part>2</pdfaid:part>", meta) and re.search(r"<pdfaid:conformance>A<", meta)
    assert re.search(r"<pdfuaid:part>1</pdfuaid:part>", meta)
    info = reader.metadata
    assert info is not None and info.title and info.author and info.subject
    # The text layer: pypdf and pdftotext, not normalised (no presentation forms, no ligatures).
    plain = pdftotext(target)
    pypdf_text = "\n".join(page.extract_text() or "" for page in reader.pages)
    pypdf_text = pypdf_text.replace("\u200e", "")  # pypdf's own marks around a left-to-right piece
    for fact in facts:
        assert fact in plain, (fact, "pdftotext")
        # pypdf is not bidi-aware: in Arabic it gives a line's words right to left and its brackets
        # mirrored; each word (each document number) is still whole.
        for part in fact.split() if lang == "ar" else [fact]:
            assert part.strip("()") in pypdf_text, (fact, "pypdf")
    if lang == "en" and kind != "report":
        assert "Briefing note" in plain and "Briefing note" in pypdf_text
    if lang == "ar" and kind in ("state", "pack"):
        assert HUNGARY_AR in plain and HUNGARY_AR in pypdf_text
    if lang == "ar":
        assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", plain + pypdf_text), "Arabic presentation forms"
        assert not re.search("[\u2066-\u2069]", plain + pypdf_text), "the isolates ordering Latin runs stay out"
    assert not re.search("[\ufb00-\ufb06]", plain + pypdf_text), "ligatures extract as letters"
    assert_no_text_outside_the_page(target)


def assert_no_text_outside_the_page(path: Path) -> None:
    """Every word pdftotext finds lies inside its page (none drawn and clipped, none off the edge)."""
    html = pdftotext(path, "-bbox")
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert pages
    for width, height, body in pages:
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>', body
        ):
            assert 0 <= float(x0) <= float(x1) <= float(width), word
            assert 0 <= float(y0) <= float(y1) <= float(height), word


def test_the_packs_contents_link_to_each_note(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    make(store, "pack", "en", target)
    reader = PdfReader(target)
    contents = pdftotext(target, "-layout", "-f", "1", "-l", "1")
    listed = {m[0]: int(m[1]) for m in re.findall(r"(Briefing note: [^\n]*?)\s{2,}(\d+)\n", contents)}
    assert len(listed) == 3, contents
    # Each contents line links to its note: the link's page is the page printed, the note starts there.
    targets = {
        name: (reader.get_destination_page_number(dest) or 0) + 1 for name, dest in reader.named_destinations.items()
    }
    annots: Any = reader.pages[0]["/Annots"]
    links = [a.get_object() for a in annots if a.get_object()["/Subtype"] == "/Link"]
    assert len(links) == 2 * len(listed), "each note's title and its page number"
    assert sorted({targets[str(link["/Dest"])] for link in links}) == sorted(listed.values())
    for title, page in listed.items():
        assert title in pdftotext(target, "-f", str(page), "-l", str(page))
        if page - 1 > 1:  # (the cover lists every title)
            assert title not in pdftotext(target, "-f", str(page - 1), "-l", str(page - 1)), "starts on its page"


def test_footnotes_are_at_the_foot_of_the_page(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "case.pdf"
    make(store, "case", "en", target)
    html = pdftotext(target, "-bbox", "-f", "1", "-l", "1")
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)">', html).group(1))  # type: ignore[union-attr]
    # A source's words appear in the lowest part of the page, above the footer.
    ys = [float(y) for y, w in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html)
          if w.startswith("ICC-02/05-01/09-1")]  # fmt: skip
    assert ys and max(ys) > height * 0.6


def test_user_text_is_never_read_as_markup(store: Store, tmp_path: Path) -> None:
    template = load_template(store.folder)
    hostile = '#panic("x") ] [ *bold* $x$ <label> @ref \\ #set page(width: 1pt) // comment /* '
    doc = Doc(title=hostile, subtitle="", kind="state", generated_on=TODAY)
    doc.add(Paragraph([Run(hostile, note=doc.cite(hostile))]))
    doc.add(Table(["Title"], [[[Run(hostile)]]]))
    data = render_pdf(doc, ExportOptions(), template)
    target = tmp_path / "hostile.pdf"
    target.write_bytes(data)
    text = pdftotext(target)
    assert text.count('#panic("x")') >= 3 and "*bold*" in text and "$x$" in text and "// comment /*" in text
    assert PdfReader(io.BytesIO(data)).pages[0].mediabox.width > 500


def test_a_document_number_is_never_broken_in_a_narrow_column(store: Store, tmp_path: Path) -> None:
    template = load_template(store.folder)
    number = "ICC-02/05-01/09-397-Corr-ENG"
    doc = Doc(title="Narrow", subtitle="", kind="state", generated_on=TODAY)
    doc.add(Table(["A", "B"], [[[Run(f"{number} and {number}")], [Run("x " * 300)]]], widths=[1, 30]))
    doc.add(Table(["State", "B"], [[[Run("Democratic Republic of the Congo")], [Run("y " * 300)]]], widths=[1, 40]))
    target = tmp_path / "narrow.pdf"
    target.write_bytes(render_pdf(doc, ExportOptions(), template))
    lines = pdftotext(target).splitlines()
    assert sum(line.count(number) for line in lines) == 2
    words = " ".join(lines).split()
    assert "Democratic" in words and "Democrati" not in words and "Republic" in words, "no word broken"


def test_a_users_typst_template_is_used(store: Store, tmp_path: Path) -> None:
    own = store.folder / "templates"
    own.mkdir(exist_ok=True)
    (own / "briefing.typ").write_text(
        '#let data = json(bytes(sys.inputs.data))\n#set document(title: data.title, author: data.author)\n'
        '#set text(font: "Noto Sans", lang: data.lang)\n= #data.title\nOur own layout.\n',
        encoding="utf-8",
    )  # fmt: skip
    target = tmp_path / "own.pdf"
    export_note(store, "state", ref_id("state", "HUN"), target, ExportOptions(), today=TODAY)
    assert "Our own layout." in pdftotext(target)


def test_a_template_that_breaks_the_standard_is_refused(store: Store, tmp_path: Path) -> None:
    """Typst refuses to write a file that is not what was asked (here: an image without alt text)."""
    own = store.folder / "templates"
    own.mkdir(exist_ok=True)
    (own / "briefing.typ").write_text(
        '#let data = json(bytes(sys.inputs.data))\n#set document(title: data.title)\n'
        '#set text(font: "Noto Sans", lang: data.lang)\n'
        '#image(bytes(data.logo.bytes), format: "svg")\n',
        encoding="utf-8",
    )  # fmt: skip
    with pytest.raises(ValueError, match="could not be typeset"):
        export_note(store, "state", ref_id("state", "HUN"), tmp_path / "x.pdf",
                    ExportOptions(), today=TODAY)  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()


def test_the_preview_is_the_pages_as_png(store: Store) -> None:
    template = load_template(store.folder, "ar")
    from ncdesk.io.briefing.notes import build_note

    doc = build_note(store, "state", ref_id("state", "HUN"), TODAY, template)
    pages = preview_pages([doc], ExportOptions(language="ar"), template)
    assert len(pages) >= 1 and all(p.startswith(b"\x89PNG") for p in pages)
    assert len(pages) == len(PdfReader(io.BytesIO(render_pdf(doc, ExportOptions(language="ar"), template))).pages)


def _words(target: Path, page: int = 1) -> list[tuple[float, float, float, str]]:
    """Each word of *page* as pdftotext -bbox gives it: (xMin, yMin, xMax, text)."""
    boxes = pdftotext(target, "-bbox", "-f", str(page), "-l", str(page))
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', boxes)
    return [(float(x0), float(y), float(x1), w) for x0, y, x1, w in found]


def test_arabic_numbered_paragraphs_and_latin_quotations(store: Store, tmp_path: Path) -> None:
    """The report in Arabic: each paragraph's number on the right of its first line, and a quotation in
    Latin letters broken across lines keeps its marks at its own ends (the opening one at its first
    word, the closing one at its last), as the report's Arabic sentences give it: ”‎…‎“."""
    template = load_template(store.folder, "ar")
    title = "Decision on the non-compliance by the Republic of Fiji with the request by the Court for the arrest " \
            "and surrender of Makhlouf Arhoumah Doumah"  # fmt: skip
    doc = Doc(title="تقرير", subtitle="", kind="report", generated_on=TODAY)
    sentence = "فيما يتعلق بالحالة، أصدرت الدائرة في 14 تشرين الأول/أكتوبر 2026 ما يلي: "
    for n in range(1, 4):
        doc.add(Paragraph([Run(f"{sentence}”\u200e{title}\u200e“.")], number=n))
    target = tmp_path / "quotes.pdf"
    target.write_bytes(render_pdf(doc, ExportOptions(language="ar"), template))
    words = _words(target)
    # pdftotext splits "1." into "." and "1" in a right-to-left line, in visual order.
    numbers = [(x0, y) for x0, y, _x1, w in words if w in ("1", "2", "3") and y < 700]  # not the footer's
    assert len(numbers) == 3
    for x0, y in numbers:
        line = [x for x, yy, _x1, _w in words if abs(yy - y) < 1]
        assert x0 == max(line), "the number is the rightmost word of its line"
    # The quotation is broken across lines, and its marks are glued to its first and last words.
    assert "“Decision" in [w for *_, w in words]
    assert "Doumah”" in [w for *_, w in words] or "Doumah”." in [w for *_, w in words]
    first = next(y for _x0, y, _x1, w in words if w == "“Decision")
    last = next(y for _x0, y, _x1, w in words if w.startswith("Doumah”"))
    assert last > first, "the quotation spans more than one line"
    assert "\u2066" not in pdftotext(target) and "\u2069" not in pdftotext(target), "the isolate is not in the text"


def test_a_short_paragraph_is_never_broken_across_pages(store: Store, tmp_path: Path) -> None:
    """The report's paragraphs of three or four lines, each with a footnote: every page's body begins
    with a paragraph's number, never with the rest of the paragraph before (Typst left a widow there)."""
    template = load_template(store.folder)
    doc = Doc(title="Report", subtitle="", kind="report", generated_on=TODAY)
    sentence = "Omar Hassan Ahmad Al Bashir visited a State Party to the Statute on an official visit. "
    for n in range(1, 61):
        # 1 to 4 sentences: paragraphs of one to four lines, so that page ends fall inside them.
        text = sentence * (1 + n % 4)
        doc.add(Paragraph([Run(text, note=doc.cite(f"ICC-02/05-01/09-{n}-ENG"))], number=n))
    target = tmp_path / "widows.pdf"
    target.write_bytes(render_pdf(doc, ExportOptions(), template))
    pages = len(PdfReader(str(target)).pages)
    assert pages >= 4
    for page in range(2, pages + 1):
        words = [w for w in _words(target, page) if 70 < w[1] < 600]  # below the header, above the footnotes
        top = min(y for _x0, y, _x1, _w in words)
        first = min((x0, w) for x0, y, _x1, w in words if abs(y - top) < 1)
        assert re.fullmatch(r"\d+\.", first[1]), f"page {page} begins with {first[1]!r}, not a paragraph's number"


def test_a_latin_date_in_brackets_keeps_its_order_in_arabic(store: Store, tmp_path: Path) -> None:
    """Right to left, "(3–6 April 2025)" reads 3–6 April 2025 on the page, whole on one line or broken
    across two (its numbers took the Arabic direction: "(April 2025 6–3)"), its brackets at its ends,
    and the text layer has the words alone, without the isolates that order them."""
    template = load_template(store.folder, "ar")
    doc = Doc(title="تقرير", subtitle="", kind="report", generated_on=TODAY)
    sentence = "زار عمر حسن أحمد البشير (رئيس جمهورية السودان السابق) منغوليا، وهي دولة طرف في النظام الأساسي"
    pads = ["", " في زيارة", " في زيارة رسمية", " في زيارة رسمية قصيرة جدا جدا"]  # at a line's end or not
    for n, pad in enumerate(pads, 1):
        doc.add(Paragraph([Run(f"{sentence}{pad} (3–6 April 2025) ثم غادر البلاد.")], number=n))
    target = tmp_path / "dates.pdf"
    target.write_bytes(render_pdf(doc, ExportOptions(language="ar"), template))
    lines: dict[float, list[tuple[float, str]]] = {}
    for x0, y, _x1, w in _words(target):
        if 60 < y < 700:  # the body, not the header's or the footer's (a line's Arabic words sit higher)
            lines.setdefault(next((k for k in lines if abs(k - y) < 4), y), []).append((x0, w))
    dates: list[list[str]] = []
    broken = 0
    for y in sorted(lines):
        words = sorted(lines[y])
        if words[-1][1] in ("1", "2", "3", "4"):  # a paragraph's number, the rightmost word of its first line
            dates.append([])
            words = words[:-1]
        latin = [w for _x, w in words if re.fullmatch(r"[()A-Za-z0-9–]+", w)]
        if latin:
            # Left to right on the page: the closing bracket (mirrored) at the left, the opening one at the right.
            assert latin[0] == ")" or latin[-1] == "(", latin
            broken += latin[0] != ")" or latin[-1] != "("
            dates[-1] += [w for w in latin if w not in "()"]
    assert [" ".join(d) for d in dates] == ["3–6 April 2025"] * 4
    assert broken >= 2, "some of the dates are broken across lines"
    text = pdftotext(target)
    assert "\u2066" not in text and "\u2069" not in text, "the isolates are not in the text layer"


def test_latin_runs_are_isolates_right_to_left() -> None:
    """What `isolate_latin` sets apart: Latin runs with their numbers, Latin quotations with their marks;
    not numbers alone, nor a number that ends the Arabic before a colon."""
    from ncdesk.io.briefing.pdf import isolate_latin

    assert isolate_latin("زار (3–6 April 2025) ثم") == "زار (\u20663–6 April 2025\u2069) ثم"
    assert isolate_latin("القرار S/RES/1593 (2005) و") == "القرار \u2066S/RES/1593 (2005)\u2069 و"
    assert isolate_latin("في 3–6 نيسان/أبريل 2025") == "في 3–6 نيسان/أبريل 2025"
    assert isolate_latin("3 أيلول/سبتمبر 2025: The Bureau; it") == "3 أيلول/سبتمبر 2025: \u2066The Bureau; it\u2069"
    assert isolate_latin("يلي: ”\u200eDecision on X\u200e“.") == "يلي: \u2066“Decision on X”\u2069."
    assert isolate_latin("يلي: \u200e«Report (2005)»\u200e.") == "يلي: \u2066«Report (2005)»\u2069."
    assert isolate_latin("قال «نص» و") == "قال «نص» و"
    assert isolate_latin("Report, para. 28 (S/RES/1593 (2005), para. 2)") == (
        "\u2066Report, para. 28 (S/RES/1593 (2005), para. 2)\u2069"
    )
    assert isolate_latin("رسالة (X account @PASPKaukoranta).") == "رسالة (\u2066X account @PASPKaukoranta\u2069)."
    # A quotation and the English sentence after it are one piece: apart, the second came out first.
    assert isolate_latin("يلي: «Report (2005)». The Prosecutor appealed.") == (
        "يلي: \u2066«Report (2005)». The Prosecutor appealed\u2069."
    )
    nested = 'يلي: ”\u200eA request on the "Decision on X, and matters"\u200e“.'  # a title quoted in a quotation
    assert isolate_latin(nested) == 'يلي: \u2066“A request on the "Decision on X, and matters"”\u2069.'
