"""The import corpus (issue 22): workbooks and CSV files made the way delegates make them, each
with the records it must give, or the questions or refusal it must produce.

Run it from the repository's root to write every file and its `<name>.expect.json` beside this
script:

    python tests/data/import/make_corpus.py            # everything (LibreOffice for the "LO" files)
    python tests/data/import/make_corpus.py NAME ...    # only these files

The files are committed, so the tests need neither openpyxl's writer nor LibreOffice. The
"saved by LibreOffice" files are made by `soffice --headless --convert-to` from a workbook this
script writes first; without LibreOffice they are left as committed.

An expectation (`<name>.expect.json`) holds:

- `what`: how the file was made, in a sentence; `made_by`: csv, openpyxl, LibreOffice or ncdesk;
- `kind`: the kind to import as (null: the file says);
- `needs`: the parts of issue 22 it depends on: "reading" (the header found below titles, merged
  cells, date-time cells, the template's example row: I1) and "mapping" (Mapping, questions,
  forgiving closed lists, errors in words: I2);
- `mapping`: the answers it needs (null: none): `columns` {header: column name or null to ignore},
  `values` {column: {text: value}} (a person by its name), `states` {text: ISO code}, `dates`
  "day_first" or "month_first";
- `questions`: what the preview must ask while unanswered, each {about, column, row, sheet,
  text} (for dates, asked once per file, the first ambiguous cell);
- `records`: what the import must give, in order, each {kind, sheet, row, values}: `values` are
  the cells of ncdesk's own export of the record (`tabular.record_cells`), every column but the
  id; a column not listed must be empty;
- `refused`: the problems it must be refused with even with its mapping, each {row, column,
  contains}; `must_not_say`: texts no problem may contain (the database's words).
- `regenerate`: the file is ncdesk's own template with rows added: the test makes it again from
  the current code (the template's example-row marker belongs to ncdesk, not to the corpus).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# The persons and States of the reference data as ncdesk's export names them.
PUTIN = "Vladimir Vladimirovich Putin"
NETANYAHU = "Benjamin Netanyahu"
BASHIR = "Omar Hassan Ahmad Al Bashir"
KONY = "Joseph Kony"
GADDAFI = "Saif Al-Islam Gaddafi"
HARUN = "Ahmad Muhammad Harun"

Row = list[Any]
Values = dict[str, str]


def alert(person: str, destinations: str, date: str, **more: str) -> Values:
    """An alert's exported cells: reliability unknown and status reported unless said."""
    values = {"person": person, "destinations": destinations, "date": date, "reliability": "unknown"}
    values["status"] = "reported"
    values.update(more)
    return values


def rec(kind: str, row: int, values: Values, sheet: str | None = None) -> dict[str, Any]:
    return {"kind": kind, "sheet": sheet, "row": row, "values": values}


def question(about: str, column: str, row: int | None, text: str, sheet: str | None = None) -> dict[str, Any]:
    return {"about": about, "column": column, "row": row, "text": text, "sheet": sheet}


# --- writers -----------------------------------------------------------------------------------


def write_csv(path: Path, rows: list[Row], *, encoding: str = "utf-8", delimiter: str = ",", bom: bool = False) -> None:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = out.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def new_book() -> Any:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    # fixed properties: the same bytes each time the corpus is made (but the zip's own dates)
    book.properties.creator = book.properties.lastModifiedBy = "Focal point delegation"
    book.properties.created = book.properties.modified = dt.datetime(2026, 11, 20, 9, 30)
    return book


def sheet(book: Any, title: str, rows: list[Row], *, bold_row: int | None = None) -> Any:
    from openpyxl.styles import Font, PatternFill

    ws = book.create_sheet(title)
    for row in rows:
        ws.append(row)
    if bold_row:
        for cell in ws[bold_row]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
    return ws


def comment(ws: Any, ref: str, text: str) -> None:
    from openpyxl.comments import Comment

    ws[ref].comment = Comment(text, "Focal point delegation")


def date_format(ws: Any, refs: list[str], fmt: str = "dd/mm/yyyy") -> None:
    for ref in refs:
        ws[ref].number_format = fmt


def libreoffice(source: Path, target: Path, filter_: str) -> bool:
    """*source* opened and saved by LibreOffice as *target* (its format from *filter_*)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"  {target.name}: no LibreOffice here; the committed file is kept", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        out = Path(tmp) / "out"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                filter_,
                "--outdir",
                str(out),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
            env={**os.environ, "HOME": tmp},
        )
        made = next(out.iterdir())
        shutil.move(str(made), target)
    return True


# --- the corpus --------------------------------------------------------------------------------

ALERT_HEAD = ["person", "destinations", "date", "purpose", "reliability", "received_at"]
Build = Callable[[Path], None]
CASES: dict[str, tuple[Build, dict[str, Any]]] = {}


def case(name: str, expect: dict[str, Any]) -> Callable[[Build], Build]:
    def register(build: Build) -> Build:
        full: dict[str, Any] = {
            "file": name,
            "what": "",
            "made_by": "",
            "kind": None,
            "needs": [],
            "mapping": None,
            "questions": [],
            "records": [],
            "refused": [],
            "must_not_say": [],
            "regenerate": False,
        }
        full.update(expect)
        CASES[name] = (build, full)
        return build

    return register


# 1. The plain file, as ncdesk's documentation asks for it.
@case(
    "alerts_plain.csv",
    {
        "what": "The columns by their names, ISO dates, UTF-8 without BOM, comma-separated: as the docs ask.",
        "made_by": "csv",
        "records": [
            rec(
                "travel_alert",
                2,
                alert(
                    PUTIN,
                    "Mongolia; Kyrgyzstan",
                    "3–6 April 2027",
                    purpose="Summit",
                    reliability="probable",
                    received_at="2027-03-20",
                ),
            ),
            rec("travel_alert", 3, alert(NETANYAHU, "Hungary", "mid-May 2027", reliability="possible")),
            rec(
                "travel_alert",
                4,
                alert(BASHIR, "Chad", "14 February 2027", purpose="Inauguration", received_at="2027-02-01"),
            ),
        ],
    },
)
def _plain(path: Path) -> None:
    write_csv(
        path,
        [
            ALERT_HEAD,
            ["Vladimir Putin", "Mongolia; KGZ", "3–6 April 2027", "Summit", "probable", "2027-03-20"],
            ["Netanyahu", "HUN", "mid-May 2027", "", "possible", ""],
            ["Omar Al Bashir", "Chad", "2027-02-14", "Inauguration", "", "2027-02-01"],
        ],
    )


# 2. Excel's "CSV UTF-8": a byte-order mark, the English labels as headers, aliases.
@case(
    "alerts_excel_utf8_bom.csv",
    {
        "what": "Excel's 'CSV UTF-8 (Comma delimited)': a BOM, CRLF, the columns' English labels as headers, "
        "States and persons by alias (Ivory Coast, DRC, Al-Bashir).",
        "made_by": "csv",
        "records": [
            rec(
                "travel_alert",
                2,
                alert(
                    BASHIR,
                    "Côte d'Ivoire",
                    "22 March 2027",
                    purpose="Regional summit",
                    source_description="Press reports",
                    received_at="2027-03-01",
                ),
            ),
            rec(
                "travel_alert",
                3,
                alert(
                    BASHIR, "Democratic Republic of the Congo; Uganda", "April 2027", notes="Unconfirmed; two sources"
                ),
            ),
        ],
    },
)
def _excel_bom(path: Path) -> None:
    write_csv(
        path,
        [
            ["Person", "Destinations", "Dates", "Purpose", "Source of the information", "Received on", "Notes"],
            ["Al-Bashir", "Ivory Coast", "22 March 2027", "Regional summit", "Press reports", "2027-03-01", ""],
            ["Al Bashir", "DRC; Uganda", "April 2027", "", "", "", "Unconfirmed; two sources"],
        ],
        bom=True,
    )


# 3. French Excel's "CSV (séparateur: point-virgule)": Windows-1252, refused as documented.
@case(
    "alerts_semicolon_cp1252.csv",
    {
        "what": "French Excel's 'CSV (séparateur: point-virgule)': semicolons, Windows-1252 (é as one byte). "
        "Refused as documented: only UTF-8 (or UTF-16/32 with a BOM) is read; the message says to save as CSV UTF-8.",
        "made_by": "csv",
        "refused": [{"row": None, "column": None, "contains": "not UTF-8 text (byte 0xf4 on line 2)"}],
    },
)
def _cp1252(path: Path) -> None:
    write_csv(
        path,
        [ALERT_HEAD, ["Omar Al Bashir", "Côte d'Ivoire", "22 mars 2027", "Sommet régional", "probable", ""]],
        encoding="cp1252",
        delimiter=";",
    )


# 4. Semicolons in UTF-8: a list cell quoted because it holds the separator.
@case(
    "alerts_semicolon_utf8.csv",
    {
        "what": "Semicolon-separated UTF-8 with a BOM; a destinations cell quoted because it holds semicolons.",
        "made_by": "csv",
        "records": [
            rec(
                "travel_alert",
                2,
                alert(PUTIN, "Mongolia; Kyrgyzstan; Tajikistan", "September 2027", purpose="Regional tour"),
            ),
            rec("travel_alert", 3, alert(KONY, "Central African Republic", "2027")),
        ],
    },
)
def _semicolon_utf8(path: Path) -> None:
    write_csv(
        path,
        [
            ["person", "destinations", "date", "purpose"],
            ["Putin", "Mongolia; Kyrgyzstan; Tajikistan", "September 2027", "Regional tour"],
            ["Kony", "CAF", "2027", ""],
        ],
        delimiter=";",
        bom=True,
    )


# 5. A title and a note above the header.
@case(
    "alerts_title_rows.csv",
    {
        "what": "A title row, a notes row and a blank row above the header (row 4).",
        "made_by": "csv",
        "needs": ["reading"],
        "records": [
            rec(
                "travel_alert",
                5,
                alert(PUTIN, "Tajikistan", "8–10 October 2027", purpose="CIS summit", received_at="2027-09-30"),
            ),
            rec("travel_alert", 6, alert(NETANYAHU, "Hungary", "3–6 April 2027", received_at="2027-03-28")),
        ],
    },
)
def _title_rows(path: Path) -> None:
    write_csv(
        path,
        [
            ["Focal points — travel tracker", "", "", "", ""],
            ["Updated by the delegation; confidential", "", "", "", ""],
            ["", "", "", "", ""],
            ["person", "destinations", "date", "purpose", "received_at"],
            ["Putin", "Tajikistan", "8–10 October 2027", "CIS summit", "2027-09-30"],
            ["Netanyahu", "Hungary", "3–6 April 2027", "", "2027-03-28"],
        ],
    )


# 6. Dates as text in the forms people type, none of them ambiguous.
@case(
    "alerts_dates_text.csv",
    {
        "what": "Dates as text: '20 Nov 2026', '20/11/2026' (day > 12), '2027-03-04', 'Sept 10, 2027', "
        "'20.11.2026'; none can be read two ways.",
        "made_by": "csv",
        "records": [
            rec("travel_alert", 2, alert(PUTIN, "Mongolia", "20 November 2026", received_at="2026-11-20")),
            rec("travel_alert", 3, alert(NETANYAHU, "Hungary", "4 March 2027", received_at="2026-11-20")),
            rec("travel_alert", 4, alert(BASHIR, "Kenya", "10 September 2027", received_at="2026-11-20")),
            rec("travel_alert", 5, alert(KONY, "Sudan", "13 January 2027", received_at="2026-11-20")),
        ],
    },
)
def _dates_text(path: Path) -> None:
    write_csv(
        path,
        [
            ["person", "destinations", "date", "received_at"],
            ["Putin", "Mongolia", "20 Nov 2026", "20/11/2026"],
            ["Netanyahu", "Hungary", "2027-03-04", "20 Nov 2026"],
            ["Al Bashir", "Kenya", "Sept 10, 2027", "20.11.2026"],
            ["Kony", "Sudan", "13/01/2027", "2026-11-20"],
        ],
    )


# 7. Ambiguous numeric dates, typed day first.
@case(
    "alerts_ambiguous_day_first.csv",
    {
        "what": "'10/09/2027' and '03/04/2027': day and month could be swapped; the file is answered day first "
        "(one question for the file, named by its first such date, asked for rows 2 and 3).",
        "made_by": "csv",
        "needs": ["mapping"],
        "mapping": {"dates": "day_first"},
        "questions": [question("date", "date", 2, "10/09/2027"), question("date", "date", 3, "10/09/2027")],
        "records": [
            rec("travel_alert", 2, alert(PUTIN, "Mongolia", "10 September 2027")),
            rec("travel_alert", 3, alert(NETANYAHU, "Hungary", "3 April 2027", received_at="2027-03-25")),
        ],
    },
)
def _ambiguous_day_first(path: Path) -> None:
    write_csv(
        path,
        [
            ["person", "destinations", "date", "received_at"],
            ["Putin", "Mongolia", "10/09/2027", ""],
            ["Netanyahu", "Hungary", "03/04/2027", "25/03/2027"],
        ],
    )


# 8. Ambiguous numeric dates, typed month first (a US-trained typist).
@case(
    "alerts_ambiguous_month_first.csv",
    {
        "what": "A US-trained typist: '09/10/2027' means 10 September; '12/25/2026' can only be month first; "
        "the file is answered month first.",
        "made_by": "csv",
        "needs": ["mapping"],
        "mapping": {"dates": "month_first"},
        "questions": [question("date", "date", 2, "09/10/2027")],
        "records": [
            rec("travel_alert", 2, alert(PUTIN, "Mongolia", "10 September 2027", received_at="2026-12-25")),
            rec("travel_alert", 3, alert(KONY, "Uganda", "5 March 2027")),
        ],
    },
)
def _ambiguous_month_first(path: Path) -> None:
    write_csv(
        path,
        [
            ["person", "destinations", "date", "received_at"],
            ["Putin", "Mongolia", "09/10/2027", "12/25/2026"],
            ["Kony", "Uganda", "03/05/2027", ""],
        ],
    )


# 9. Closed lists in any case, and by their English labels.
@case(
    "alerts_closed_lists_case.csv",
    {
        "what": "Closed lists typed as people type them: 'Probable', 'REPORTED', 'Confirmed ', 'Letter sent', "
        "'Closed' with 'Not arrested'.",
        "made_by": "csv",
        "needs": ["mapping"],
        "records": [
            rec("travel_alert", 2, alert(PUTIN, "Mongolia", "May 2027", reliability="probable")),
            rec(
                "travel_alert",
                3,
                alert(NETANYAHU, "Hungary", "June 2027", reliability="confirmed", status="letter_sent"),
            ),
            rec(
                "travel_alert",
                4,
                alert(
                    BASHIR, "Djibouti", "12 May 2027", reliability="confirmed", status="closed", outcome="not_arrested"
                ),
            ),
        ],
    },
)
def _closed_lists(path: Path) -> None:
    write_csv(
        path,
        [
            ["person", "destinations", "date", "reliability", "status", "outcome"],
            ["Putin", "Mongolia", "May 2027", "Probable", "REPORTED", ""],
            ["Netanyahu", "Hungary", "June 2027", "Confirmed ", "Letter sent", ""],
            ["Al Bashir", "Djibouti", "12 May 2027", "CONFIRMED", "Closed", "Not arrested"],
        ],
    )


# 10. Close spellings: proposed, answered.
@case(
    "alerts_close_spellings.csv",
    {
        "what": "Close spellings: 'Netanjahu' (German), 'Hungray', 'Tadjikistan' (French); each proposed, "
        "answered by the mapping.",
        "made_by": "csv",
        "needs": ["mapping"],
        "mapping": {
            "values": {"person": {"Netanjahu": NETANYAHU}},
            "states": {"Hungray": "HUN", "Tadjikistan": "TJK"},
        },
        "questions": [
            question("person", "person", 2, "Netanjahu"),
            question("state", "destinations", 2, "Hungray"),
            question("state", "destinations", 3, "Tadjikistan"),
        ],
        "records": [
            rec("travel_alert", 2, alert(NETANYAHU, "Hungary", "3–6 April 2027")),
            rec("travel_alert", 3, alert(PUTIN, "Tajikistan", "October 2027")),
        ],
    },
)
def _close_spellings(path: Path) -> None:
    write_csv(
        path,
        [
            ["person", "destinations", "date"],
            ["Netanjahu", "Hungray", "3–6 April 2027"],
            ["Putin", "Tadjikistan", "October 2027"],
        ],
    )


# 11. State names used for two States.
@case(
    "alerts_ambiguous_states.csv",
    {
        "what": "'Congo' (two States) and 'Korea' (two States); answered: the DRC, the DPRK.",
        "made_by": "csv",
        "needs": ["mapping"],
        "mapping": {"states": {"Congo": "COD", "Korea": "PRK"}},
        "questions": [question("state", "destinations", 2, "Congo"), question("state", "destinations", 3, "Korea")],
        "records": [
            rec("travel_alert", 2, alert(BASHIR, "Democratic Republic of the Congo", "February 2027")),
            rec("travel_alert", 3, alert(PUTIN, "Democratic People's Republic of Korea", "June 2027")),
        ],
    },
)
def _ambiguous_states(path: Path) -> None:
    write_csv(
        path,
        [["person", "destinations", "date"], ["Al Bashir", "Congo", "February 2027"], ["Putin", "Korea", "June 2027"]],
    )


# 12. Headers of the delegation's own.
@case(
    "alerts_own_headers.csv",
    {
        "what": "The delegation's own headers: Who, Destination, When, Likelihood, Comments (read by their "
        "synonyms), and a column 'Initials' to ignore; 'Likely' mapped to probable.",
        "made_by": "csv",
        "needs": ["mapping"],
        "mapping": {"columns": {"Initials": None}, "values": {"reliability": {"Likely": "probable"}}},
        "questions": [question("column", "Initials", 1, "Initials")],
        "records": [
            rec(
                "travel_alert",
                2,
                alert(PUTIN, "Mongolia", "3 September 2027", reliability="probable", notes="Ask the Mongolian mission"),
            ),
            rec("travel_alert", 3, alert(HARUN, "Chad", "2027", reliability="possible")),
        ],
    },
)
def _own_headers(path: Path) -> None:
    write_csv(
        path,
        [
            ["Who", "Destination", "When", "Likelihood", "Comments", "Initials"],
            ["Putin", "Mongolia", "3 September 2027", "Likely", "Ask the Mongolian mission", "PK"],
            ["Ahmed Harun", "Chad", "2027", "possible", "", "MS"],
        ],
    )


# 13. French headers, semicolons, a BOM, French dates.
@case(
    "alerts_french_headers.csv",
    {
        "what": "French headers (Personne, Destinations, Dates, Objet, Fiabilité, Reçue le: read by their synonyms) "
        "in a semicolon CSV UTF-8 with BOM, dates in French ('12 mars 2027').",
        "made_by": "csv",
        "needs": ["mapping"],
        "mapping": {
            "values": {"person": {"Poutine": PUTIN}},
            "states": {"Mongolie": "MNG", "Tchad": "TCD"},
        },
        "records": [
            rec(
                "travel_alert",
                2,
                alert(
                    PUTIN,
                    "Mongolia",
                    "12 mars 2027",
                    purpose="Visite officielle",
                    reliability="probable",
                    received_at="2027-03-01",
                ),
            ),
            rec("travel_alert", 3, alert(BASHIR, "Chad; Djibouti", "mars 2027", reliability="possible")),
        ],
    },
)
def _french(path: Path) -> None:
    write_csv(
        path,
        [
            ["Personne", "Destinations", "Dates", "Objet", "Fiabilité", "Reçue le"],
            ["Poutine", "Mongolie", "12 mars 2027", "Visite officielle", "probable", "1 mars 2027"],
            ["Al Bashir", "Tchad; Djibouti", "mars 2027", "", "possible", ""],
        ],
        delimiter=";",
        bom=True,
    )


# 13b. Headers in words of the delegation's, in English: the synonyms, no question.
@case(
    "alerts_who_where_when.csv",
    {
        "what": "Headers a delegate writes: Who, Where, When, Source, Likelihood, Received, Remarks; every one read "
        "by its synonym, nothing asked.",
        "made_by": "csv",
        "needs": ["mapping"],
        "records": [
            rec(
                "travel_alert",
                2,
                alert(
                    PUTIN,
                    "Mongolia",
                    "3 September 2027",
                    source_description="Press reports",
                    reliability="probable",
                    received_at="2027-08-20",
                    notes="Ask the mission",
                ),
            ),
            rec("travel_alert", 3, alert(BASHIR, "Chad; Djibouti", "October 2027", reliability="possible")),
        ],
    },
)
def _who_where_when(path: Path) -> None:
    write_csv(
        path,
        [
            ["Who", "Where", "When", "Source", "Likelihood", "Received", "Remarks"],
            ["Putin", "Mongolia", "3 September 2027", "Press reports", "probable", "2027-08-20", "Ask the mission"],
            ["Al Bashir", "Chad; Djibouti", "October 2027", "", "possible", "", ""],
        ],
    )


# 13c. Spanish and Arabic headers in a workbook: the synonyms, no question.
@case(
    "alerts_spanish_arabic_headers.xlsx",
    {
        "what": "A workbook whose header mixes Spanish (Persona buscada, País visitado, Fechas, Fiabilidad) and "
        "Arabic (المصدر, ملاحظات) words; every one read by its synonym, nothing asked.",
        "made_by": "openpyxl",
        "needs": ["mapping"],
        "records": [
            rec(
                "travel_alert",
                2,
                alert(
                    PUTIN,
                    "Mongolia",
                    "3–6 April 2027",
                    source_description="Prensa",
                    reliability="confirmed",
                    notes="Verificar",
                ),
                sheet="Hoja1",
            ),
        ],
    },
)
def _spanish_arabic(path: Path) -> None:
    book = new_book()
    sheet(
        book,
        "Hoja1",
        [
            ["Persona buscada", "País visitado", "Fechas", "Fiabilidad", "المصدر", "ملاحظات"],
            ["Putin", "Mongolia", "3–6 April 2027", "confirmed", "Prensa", "Verificar"],
        ],
        bold_row=1,
    )
    book.save(path)


# 13d. A header of words ncdesk does not know, below two title rows: the header is still found.
@case(
    "tracker_unknown_header_below_titles.csv",
    {
        "what": "Two title rows, then a header none of whose words ncdesk knows (Traveller, Trip to, Timing, "
        "Grade): found as the header (the first row of text cells followed by rows like it), its columns asked, "
        "not the title's.",
        "made_by": "csv",
        "kind": "travel_alert",
        "needs": ["reading", "mapping"],
        "mapping": {
            "columns": {"Traveller": "person", "Trip to": "destinations", "Timing": "date", "Grade": "reliability"}
        },
        "questions": [
            question("column", "Traveller", 3, "Traveller"),
            question("column", "Trip to", 3, "Trip to"),
            question("column", "Timing", 3, "Timing"),
            question("column", "Grade", 3, "Grade"),
        ],
        "records": [
            rec("travel_alert", 4, alert(PUTIN, "Mongolia", "3 September 2027", reliability="probable")),
            rec("travel_alert", 5, alert(BASHIR, "Chad", "October 2027", reliability="possible")),
            rec("travel_alert", 6, alert(HARUN, "Djibouti", "2027", reliability="doubtful")),
        ],
    },
)
def _unknown_header_below_titles(path: Path) -> None:
    write_csv(
        path,
        [
            ["Focal points — travel tracker", "", "", ""],
            ["Updated by the delegation, 1 September 2027", "", "", ""],
            ["Traveller", "Trip to", "Timing", "Grade"],
            ["Putin", "Mongolia", "3 September 2027", "probable"],
            ["Al Bashir", "Chad", "October 2027", "possible"],
            ["Ahmed Harun", "Djibouti", "2027", "doubtful"],
        ],
    )


# 14. Blank rows and columns.
@case(
    "alerts_blank_rows_columns.csv",
    {
        "what": "Blank rows between and after the records, an empty unnamed column in the middle, empty trailing "
        "columns (as Excel leaves them after a column was cleared).",
        "made_by": "csv",
        "records": [
            rec("travel_alert", 3, alert(PUTIN, "Mongolia", "August 2027")),
            rec("travel_alert", 6, alert(GADDAFI, "Niger", "2027", purpose="Unknown")),
        ],
    },
)
def _blank_rows(path: Path) -> None:
    write_csv(
        path,
        [
            ["person", "destinations", "", "date", "purpose", "", ""],
            ["", "", "", "", "", "", ""],
            ["Putin", "Mongolia", "", "August 2027", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["Saif Gaddafi", "Niger", "", "2027", "Unknown", "", ""],
            ["", "", "", "", "", "", ""],
        ],
    )


# 15. Persons, letters, activities, findings: the other kinds.
@case(
    "persons.csv",
    {
        "what": "Persons the delegation follows, with aliases and a nationality by alias.",
        "made_by": "csv",
        "records": [
            rec(
                "person",
                2,
                {
                    "name": "Jean-Baptiste Exemple",
                    "aliases": "J.-B. Exemple; Le Colonel",
                    "function": "Former chief of staff",
                    "nationality": "Côte d'Ivoire",
                },
            ),
            rec(
                "person",
                3,
                {
                    "name": "Ana Ejemplo",
                    "nationality": "Bolivia (Plurinational State of)",
                    "notes": "Named in press reports only",
                },
            ),
        ],
    },
)
def _persons(path: Path) -> None:
    write_csv(
        path,
        [
            ["name", "aliases", "function", "nationality", "notes"],
            ["Jean-Baptiste Exemple", "J.-B. Exemple; Le Colonel", "Former chief of staff", "Ivory Coast", ""],
            ["Ana Ejemplo", "", "", "BOL", "Named in press reports only"],
        ],
    )


@case(
    "letters.csv",
    {
        "what": "Presidential letters with articles recalled, a publication and a reply.",
        "made_by": "csv",
        "records": [
            rec(
                "letter",
                2,
                {
                    "state": "Mongolia",
                    "addressee_office": "Minister of Foreign Affairs",
                    "date": "2027-08-30",
                    "sender_name": "Päivi Kaukoranta",
                    "sender_office": "President of the Assembly of States Parties",
                    "subject": "Possible visit of Vladimir Putin",
                    "articles_recalled": "86; 89(1)",
                    "published_on": "2027-09-03",
                    "publication_channel": "ICC website",
                },
            ),
            rec(
                "letter",
                3,
                {
                    "state": "Hungary",
                    "addressee_office": "Minister of Foreign Affairs and Trade",
                    "date": "2027-03-31",
                    "sender_name": "Päivi Kaukoranta",
                    "sender_office": "President of the Assembly of States Parties",
                    "reference": "ICC-ASP/PRES/2027/12",
                    "reply_on": "2027-04-10",
                    "reply_summary": "Acknowledged receipt",
                },
            ),
        ],
    },
)
def _letters(path: Path) -> None:
    write_csv(
        path,
        [
            [
                "state",
                "addressee_office",
                "date",
                "sender_name",
                "sender_office",
                "reference",
                "subject",
                "articles_recalled",
                "published_on",
                "publication_channel",
                "reply_on",
                "reply_summary",
            ],
            [
                "Mongolia",
                "Minister of Foreign Affairs",
                "30 August 2027",
                "Päivi Kaukoranta",
                "President of the Assembly of States Parties",
                "",
                "Possible visit of Vladimir Putin",
                "86; 89(1)",
                "3 September 2027",
                "ICC website",
                "",
                "",
            ],
            [
                "HUN",
                "Minister of Foreign Affairs and Trade",
                "2027-03-31",
                "Päivi Kaukoranta",
                "President of the Assembly of States Parties",
                "ICC-ASP/PRES/2027/12",
                "",
                "",
                "",
                "",
                "10 April 2027",
                "Acknowledged receipt",
            ],
        ],
    )


@case(
    "activities.csv",
    {
        "what": "The focal points' activities: meetings held and planned, States concerned.",
        "made_by": "csv",
        "records": [
            rec(
                "activity",
                2,
                {
                    "kind": "focal_point_meeting",
                    "title": "Focal points on the Mongolia visit",
                    "date": "2 September 2027",
                    "status": "held",
                    "participants": "Focal points; the President",
                    "location": "The Hague",
                    "states_concerned": "Mongolia",
                },
            ),
            rec(
                "activity",
                3,
                {
                    "kind": "nywg_briefing",
                    "title": "Briefing of the New York Working Group",
                    "date": "October 2027",
                    "status": "planned",
                    "location": "New York",
                },
            ),
        ],
    },
)
def _activities(path: Path) -> None:
    write_csv(
        path,
        [
            ["kind", "title", "date", "status", "participants", "location", "states_concerned"],
            [
                "focal_point_meeting",
                "Focal points on the Mongolia visit",
                "2 September 2027",
                "",
                "Focal points; the President",
                "The Hague",
                "MNG",
            ],
            ["nywg_briefing", "Briefing of the New York Working Group", "October 2027", "planned", "", "New York", ""],
        ],
    )


@case(
    "findings.csv",
    {
        "what": "A finding typed by hand: a situation by name, the State by ISO code.",
        "made_by": "csv",
        "records": [
            rec(
                "finding",
                2,
                {
                    "kind": "finding",
                    "title": "Decision on the non-compliance by Mongolia (corpus)",
                    "date": "2027-10-24",
                    "documents": "ICC-01/22-9902-ENG",
                    "chamber": "Pre-Trial Chamber II",
                    "state": "Mongolia",
                    "situation": "ICC-01/22",
                    "basis": "art_87_7",
                    "referred_to": "assembly",
                },
            ),
        ],
    },
)
def _findings(path: Path) -> None:
    write_csv(
        path,
        [
            ["kind", "title", "date", "documents", "chamber", "state", "situation", "basis", "referred_to"],
            [
                "finding",
                "Decision on the non-compliance by Mongolia (corpus)",
                "24 October 2027",
                "ICC-01/22-9902-ENG",
                "Pre-Trial Chamber II",
                "MNG",
                "Ukraine",
                "art_87_7",
                "assembly",
            ],
        ],
    )


# 16. JSON.
@case(
    "alerts.json",
    {
        "what": "A JSON list of alerts; destinations as a JSON list.",
        "made_by": "json",
        "records": [
            rec("travel_alert", 1, alert(PUTIN, "Mongolia; Kyrgyzstan", "3–6 April 2027", reliability="probable")),
            rec("travel_alert", 2, alert(NETANYAHU, "Hungary", "May 2027")),
        ],
    },
)
def _json(path: Path) -> None:
    data = [
        {
            "person": "Putin",
            "destinations": ["Mongolia", "Kyrgyzstan"],
            "date": "3–6 April 2027",
            "reliability": "probable",
        },
        {"person": "Netanyahu", "destinations": "Hungary", "date": "May 2027"},
    ]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@case(
    "alerts_impossible_date.json",
    {
        "what": "A JSON list whose second alert has an impossible date (30 February) and received_at '2027-13-01': "
        "refused in words, the database's constraint never shown.",
        "made_by": "json",
        "needs": ["mapping"],
        "refused": [
            {"row": 2, "column": "date", "contains": "February 2027 has 28 days"},
            {"row": 2, "column": "received_at", "contains": "2027-13-01"},
        ],
        "must_not_say": ["IS NULL", "length(", "CHECK", "constraint"],
    },
)
def _json_impossible(path: Path) -> None:
    data = [
        {"person": "Putin", "destinations": ["Mongolia"], "date": "2027-04-03"},
        {"person": "Netanyahu", "destinations": ["Hungary"], "date": "2027-02-30", "received_at": "2027-13-01"},
    ]
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


# 17. Workbooks made in Excel's way (openpyxl).
TRACKER_ROWS: list[Row] = [
    ["Focal points — travel tracker", None, None, None, None, None],
    ["Updated 20 November 2026 by the delegation. Sources are confidential.", None, None, None, None, None],
    ["Person", "Destinations", "Dates", "Reliability", "Received on", "Notes"],
    ["Vladimir Putin", "Mongolia", "3–5 September 2027", "Probable", dt.datetime(2026, 11, 20, 9, 30), "Press"],
    [None, "Kyrgyzstan", "October 2027", "possible", dt.datetime(2026, 11, 21, 17, 5), ""],
    ["Benjamin Netanyahu", "Hungary", dt.date(2027, 4, 3), "Confirmed", dt.date(2026, 11, 22), None],
]
TRACKER_RECORDS = [
    rec(
        "travel_alert",
        4,
        alert(PUTIN, "Mongolia", "3–5 September 2027", reliability="probable", received_at="2026-11-20", notes="Press"),
        "Tracker",
    ),
    rec(
        "travel_alert",
        5,
        alert(PUTIN, "Kyrgyzstan", "October 2027", reliability="possible", received_at="2026-11-21"),
        "Tracker",
    ),
    rec(
        "travel_alert",
        6,
        alert(NETANYAHU, "Hungary", "3 April 2027", reliability="confirmed", received_at="2026-11-22"),
        "Tracker",
    ),
]


def tracker_book(path: Path) -> None:
    from openpyxl.styles import Font

    book = new_book()
    ws = sheet(book, "Tracker", TRACKER_ROWS, bold_row=3)
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A4:A5")  # the person written once over two rows
    comment(ws, "C4", "Dates from the summit's programme")
    comment(ws, "A3", "Full name as in the warrant")
    date_format(ws, ["E4", "E5"], "dd/mm/yyyy hh:mm")
    date_format(ws, ["C6", "E6"])
    ws.freeze_panes = "A4"
    ws.column_dimensions["A"].width = 24
    book.save(path)


@case(
    "tracker_title_merged.xlsx",
    {
        "what": "The issue's tracker: a merged title row and a notes row above the header (row 3), the person "
        "merged over two rows, received-on as Excel date-times with an hour, a date cell in Dates, "
        "'Probable'/'Confirmed', cell comments, frozen panes; the sheet is named 'Tracker'.",
        "made_by": "openpyxl",
        "needs": ["reading", "mapping"],
        "records": TRACKER_RECORDS,
    },
)
def _tracker(path: Path) -> None:
    tracker_book(path)


@case(
    "tracker_saved_by_libreoffice.xlsx",
    {
        "what": "tracker_title_merged.xlsx opened and saved again by LibreOffice Calc (its own XML, styles, "
        "shared strings and number formats).",
        "made_by": "LibreOffice",
        "needs": ["reading", "mapping"],
        "records": TRACKER_RECORDS,
    },
)
def _tracker_lo(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "tracker.xlsx"
        tracker_book(source)
        libreoffice(source, path, "xlsx:Calc MS Excel 2007 XML")


@case(
    "tracker_datetimes.xlsx",
    {
        "what": "Date cells and date-time cells (with an hour) in date columns, and a text '2026-11-20 09:30:00'.",
        "made_by": "openpyxl",
        "needs": ["reading"],
        "records": [
            rec(
                "travel_alert",
                2,
                alert(PUTIN, "Mongolia", "10 September 2027", received_at="2026-11-20"),
                "Travel alerts",
            ),
            rec(
                "travel_alert",
                3,
                alert(NETANYAHU, "Hungary", "3 April 2027", received_at="2026-11-20"),
                "Travel alerts",
            ),
            rec("travel_alert", 4, alert(KONY, "Sudan", "1 February 2027", received_at="2026-11-19"), "Travel alerts"),
        ],
    },
)
def _datetimes(path: Path) -> None:
    book = new_book()
    ws = sheet(
        book,
        "Travel alerts",
        [
            ["person", "destinations", "date", "received_at"],
            ["Putin", "Mongolia", dt.date(2027, 9, 10), dt.datetime(2026, 11, 20, 9, 30)],
            ["Netanyahu", "Hungary", dt.datetime(2027, 4, 3, 0, 0), "2026-11-20 09:30:00"],
            ["Kony", "Sudan", dt.datetime(2027, 2, 1, 14, 0), dt.datetime(2026, 11, 19, 23, 59, 59)],
        ],
        bold_row=1,
    )
    date_format(ws, ["C2"], "d mmmm yyyy")
    date_format(ws, ["D2", "C3", "C4", "D4"], "yyyy-mm-dd hh:mm")
    book.save(path)


@case(
    "tracker_merged_blocks.xlsx",
    {
        "what": "Merged cells over rows: a person written once over three rows, a destination over two, "
        "and a title merged across the columns above the header.",
        "made_by": "openpyxl",
        "needs": ["reading"],
        "records": [
            rec("travel_alert", 3, alert(BASHIR, "Chad", "10 January 2027", purpose="State visit"), "Travel alerts"),
            rec("travel_alert", 4, alert(BASHIR, "Chad", "10 March 2027", purpose="Summit"), "Travel alerts"),
            rec("travel_alert", 5, alert(BASHIR, "Kenya", "10 May 2027", purpose="Summit"), "Travel alerts"),
        ],
    },
)
def _merged_blocks(path: Path) -> None:
    book = new_book()
    ws = sheet(
        book,
        "Travel alerts",
        [
            ["Al Bashir: travels reported in 2027", None, None, None],
            ["person", "destinations", "date", "purpose"],
            ["Omar Al Bashir", "Chad", "2027-01-10", "State visit"],
            [None, None, "2027-03-10", "Summit"],
            [None, "Kenya", "2027-05-10", "Summit"],
        ],
        bold_row=2,
    )
    ws.merge_cells("A1:D1")
    ws.merge_cells("A3:A5")
    ws.merge_cells("B3:B4")
    book.save(path)


@case(
    "workbook_kinds_and_extra_sheets.xlsx",
    {
        "what": "Sheets named for kinds (Persons, Travel alerts) beside a 'Read me' sheet and a 'Lists' sheet "
        "of drop-down values; an alert names a person the same workbook adds.",
        "made_by": "openpyxl",
        "records": [
            rec(
                "person",
                2,
                {"name": "Jean-Baptiste Exemple", "aliases": "Le Colonel", "nationality": "Côte d'Ivoire"},
                "Persons",
            ),
            rec(
                "travel_alert",
                2,
                alert("Jean-Baptiste Exemple", "Ghana", "June 2027", reliability="possible"),
                "Travel alerts",
            ),
            rec("travel_alert", 3, alert(PUTIN, "Mongolia", "3 September 2027"), "Travel alerts"),
        ],
    },
)
def _kinds_sheets(path: Path) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    book = new_book()
    sheet(book, "Read me", [["How to fill this workbook"], ["One row per alert. Dates as 3 April 2027."]])
    sheet(
        book,
        "Persons",
        [["name", "aliases", "nationality"], ["Jean-Baptiste Exemple", "Le Colonel", "CIV"]],
        bold_row=1,
    )
    ws = sheet(
        book,
        "Travel alerts",
        [
            ["person", "destinations", "date", "reliability"],
            ["Le Colonel", "Ghana", "June 2027", "possible"],
            ["Putin", "Mongolia", "3 September 2027", ""],
        ],
        bold_row=1,
    )
    check = DataValidation(type="list", formula1="=Lists!$A$1:$A$5", allow_blank=True)
    ws.add_data_validation(check)
    check.add("D2:D200")
    sheet(book, "Lists", [["confirmed"], ["probable"], ["possible"], ["doubtful"], ["unknown"]])
    book.save(path)


@case(
    "workbook_first_sheet.xlsx",
    {
        "what": "A workbook whose sheets are not named for a kind ('Sheet1' with the alerts, 'Sheet2' scratch): "
        "the first sheet is read, the other is said not read.",
        "made_by": "openpyxl",
        "records": [
            rec("travel_alert", 2, alert(PUTIN, "Tajikistan", "8–10 October 2027"), "Sheet1"),
            rec("travel_alert", 3, alert(GADDAFI, "Niger", "May 2027", source_description="A State"), "Sheet1"),
        ],
    },
)
def _first_sheet(path: Path) -> None:
    book = new_book()
    sheet(
        book,
        "Sheet1",
        [
            ["Person", "Destinations", "Dates", "Source of the information"],
            ["Putin", "TJK", "8–10 October 2027", None],
            ["Saif Gaddafi", "Niger", "May 2027", "A State"],
        ],
    )
    sheet(book, "Sheet2", [["scratch", 1, 2, 3], ["=SUM(B1:D1)"]])
    book.save(path)


@case(
    "alerts_styled_filtered.xlsx",
    {
        "what": "A table dressed as in Excel: bold coloured header, autofilter, frozen header, widths, a "
        "drop-down on reliability, numbers stored as text, trailing empty formatted rows.",
        "made_by": "openpyxl",
        "records": [
            rec(
                "travel_alert",
                2,
                alert(
                    NETANYAHU,
                    "Hungary",
                    "3–6 April 2027",
                    reliability="confirmed",
                    source_description="Government announcement",
                ),
                "Alerts",
            ),
            rec("travel_alert", 3, alert(PUTIN, "Brazil", "2027", reliability="doubtful"), "Alerts"),
        ],
    },
)
def _styled(path: Path) -> None:
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    book = new_book()
    ws = sheet(
        book,
        "Alerts",
        [
            ["person", "destinations", "date", "reliability", "source_description"],
            ["Netanyahu", "Hungary", "3–6 April 2027", "confirmed", "Government announcement"],
            ["Putin", "BRA", "2027", "doubtful", None],
        ],
        bold_row=1,
    )
    ws.auto_filter.ref = "A1:E3"
    ws.freeze_panes = "A2"
    thin = Side(style="thin")
    for row in range(4, 12):  # formatted but empty rows: the sheet's dimension goes past the records
        for col in range(1, 6):
            ws.cell(row=row, column=col).border = Border(bottom=thin)
    check = DataValidation(type="list", formula1='"confirmed,probable,possible,doubtful,unknown"')
    ws.add_data_validation(check)
    check.add("D2:D500")
    book.save(path)


@case(
    "alerts_spanish_headers.xlsx",
    {
        "what": "Spanish headers (Persona, Destinos, Fechas, Propósito, Fiabilidad) and a Spanish date.",
        "made_by": "openpyxl",
        "needs": ["mapping"],
        "mapping": {
            "columns": {
                "Persona": "person",
                "Destinos": "destinations",
                "Fechas": "date",
                "Propósito": "purpose",
                "Fiabilidad": "reliability",
            },
        },
        "records": [
            rec(
                "travel_alert",
                2,
                alert(PUTIN, "Mongolia", "6 de marzo de 2027", purpose="Visita oficial", reliability="probable"),
                "Viajes",
            ),
        ],
    },
)
def _spanish(path: Path) -> None:
    book = new_book()
    sheet(
        book,
        "Viajes",
        [
            ["Persona", "Destinos", "Fechas", "Propósito", "Fiabilidad"],
            ["Putin", "Mongolia", "6 de marzo de 2027", "Visita oficial", "probable"],
        ],
        bold_row=1,
    )
    book.save(path)


@case(
    "letters_date_cells.xlsx",
    {
        "what": "Letters with Excel date cells in every date column (formatted d mmmm yyyy) and a comment on a cell.",
        "made_by": "openpyxl",
        "records": [
            rec(
                "letter",
                2,
                {
                    "state": "Tajikistan",
                    "addressee_office": "Minister of Foreign Affairs",
                    "date": "2027-10-07",
                    "sender_name": "Päivi Kaukoranta",
                    "sender_office": "President of the Assembly of States Parties",
                    "articles_recalled": "86; 89(1)",
                    "published_on": "2027-10-08",
                },
                "Letters",
            ),
        ],
    },
)
def _letters_xlsx(path: Path) -> None:
    book = new_book()
    ws = sheet(
        book,
        "Letters",
        [
            ["state", "addressee_office", "date", "sender_name", "sender_office", "articles_recalled", "published_on"],
            [
                "Tajikistan",
                "Minister of Foreign Affairs",
                dt.date(2027, 10, 7),
                "Päivi Kaukoranta",
                "President of the Assembly of States Parties",
                "86; 89(1)",
                dt.date(2027, 10, 8),
            ],
        ],
        bold_row=1,
    )
    date_format(ws, ["C2", "G2"], "d mmmm yyyy")
    comment(ws, "F2", "As in the letter of 7 October 2025 to Tajikistan")
    book.save(path)


@case(
    "alerts_saved_by_libreoffice.xlsx",
    {
        "what": "A plain sheet of alerts with date cells, saved by LibreOffice Calc.",
        "made_by": "LibreOffice",
        "records": [
            rec(
                "travel_alert",
                2,
                alert(PUTIN, "Mongolia", "3 September 2027", received_at="2027-08-20"),
                "Travel alerts",
            ),
            rec("travel_alert", 3, alert(BASHIR, "Kenya; Malawi", "2027", reliability="possible"), "Travel alerts"),
        ],
    },
)
def _alerts_lo(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "alerts.xlsx"
        book = new_book()
        ws = sheet(
            book,
            "Travel alerts",
            [
                ["person", "destinations", "date", "reliability", "received_at"],
                ["Putin", "Mongolia", "3 September 2027", None, dt.date(2027, 8, 20)],
                ["Al Bashir", "Kenya; Malawi", "2027", "possible", None],
            ],
        )
        date_format(ws, ["E2"], "yyyy-mm-dd")
        book.save(source)
        libreoffice(source, path, "xlsx:Calc MS Excel 2007 XML")


@case(
    "alerts_formulas_libreoffice.xlsx",
    {
        "what": 'A title column computed by a formula (=A2&" in "&B2), saved by LibreOffice so the computed '
        "value is stored: the value is read, not the formula.",
        "made_by": "LibreOffice",
        "records": [
            rec(
                "travel_alert",
                2,
                alert(PUTIN, "Mongolia", "September 2027", title="Putin in Mongolia"),
                "Travel alerts",
            ),
            rec(
                "travel_alert",
                3,
                alert(NETANYAHU, "Hungary", "April 2027", title="Netanyahu in Hungary"),
                "Travel alerts",
            ),
        ],
    },
)
def _formulas_lo(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "formulas.xlsx"
        book = new_book()
        sheet(
            book,
            "Travel alerts",
            [
                ["person", "destinations", "date", "title"],
                ["Putin", "Mongolia", "September 2027", '=A2&" in "&B2'],
                ["Netanyahu", "Hungary", "April 2027", '=A3&" in "&B3'],
            ],
        )
        book.save(source)
        libreoffice(source, path, "xlsx:Calc MS Excel 2007 XML")


@case(
    "alerts_libreoffice_semicolon.csv",
    {
        "what": "A sheet exported by LibreOffice Calc as CSV with semicolons, UTF-8 (Text CSV filter 59,34,76).",
        "made_by": "LibreOffice",
        "records": [
            rec(
                "travel_alert",
                2,
                alert(PUTIN, "Mongolia; Kyrgyzstan", "3–6 September 2027", purpose="Visit; then summit"),
            ),
            rec("travel_alert", 3, alert(BASHIR, "Côte d'Ivoire", "May 2027")),
        ],
    },
)
def _lo_csv(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "alerts.xlsx"
        book = new_book()
        sheet(
            book,
            "Sheet1",
            [
                ["person", "destinations", "date", "purpose"],
                ["Putin", "Mongolia; Kyrgyzstan", "3–6 September 2027", "Visit; then summit"],
                ["Al Bashir", "Côte d'Ivoire", "May 2027", None],
            ],
        )
        book.save(source)
        libreoffice(source, path, "csv:Text - txt - csv (StarCalc):59,34,76")


@case(
    "alerts_saved_as.ods",
    {
        "what": "Alerts saved by LibreOffice as OpenDocument (.ods): refused, as documented, asking for .xlsx.",
        "made_by": "LibreOffice",
        "refused": [{"row": None, "column": None, "contains": ".xlsx"}],
    },
)
def _ods(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "alerts.xlsx"
        book = new_book()
        sheet(book, "Travel alerts", [["person", "destinations", "date"], ["Putin", "Mongolia", "2027"]])
        book.save(source)
        libreoffice(source, path, "ods")


# 18. The import template with its example row left in.
def _template_with(path: Path, rows: list[Row]) -> None:
    from openpyxl import load_workbook

    from ncdesk.io.tabular import write_template

    write_template("travel_alert", path)
    if path.suffix == ".csv":
        out = io.StringIO(newline="")
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        path.write_bytes(path.read_bytes() + out.getvalue().encode("utf-8"))
        return
    book = load_workbook(path)
    ws = book["Travel alerts"]
    head = [c.value for c in ws[1]]
    for row in rows:
        ws.append([row[0], row[1], row[2]] + [None] * (len(head) - 3))
    book.save(path)


TEMPLATE_ROWS: list[Row] = [["Netanyahu", "Hungary", "3–6 April 2027"], ["Putin", "Brazil", "July 2027"]]


def _template_records(first_row: int, sheet_title: str | None) -> list[dict[str, Any]]:
    return [
        rec("travel_alert", first_row, alert(NETANYAHU, "Hungary", "3–6 April 2027"), sheet_title),
        rec("travel_alert", first_row + 1, alert(PUTIN, "Brazil", "July 2027"), sheet_title),
    ]


@case(
    "template_example_left.xlsx",
    {
        "what": "ncdesk's own import template (ncdesk template alerts -o …xlsx) filled in below its example row, "
        "which was not deleted: the example is skipped.",
        "made_by": "ncdesk",
        "needs": ["reading"],
        "regenerate": True,
        "records": _template_records(3, "Travel alerts"),
    },
)
def _template_xlsx(path: Path) -> None:
    _template_with(path, TEMPLATE_ROWS)


@case(
    "template_example_left.csv",
    {
        "what": "ncdesk's CSV template filled in below its example row, which was not deleted: the example is skipped.",
        "made_by": "ncdesk",
        "needs": ["reading"],
        "regenerate": True,
        "records": _template_records(3, None),
    },
)
def _template_csv(path: Path) -> None:
    _template_with(path, TEMPLATE_ROWS)


# --- main --------------------------------------------------------------------------------------


def build(name: str, folder: Path = HERE) -> Path:
    """Make one file of the corpus in *folder* (and, in the corpus's own folder, its expectation)."""
    make, expect = CASES[name]
    path = folder / name
    make(path)
    if folder == HERE:
        (HERE / f"{name}.expect.json").write_text(
            json.dumps(expect, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return path


def main(names: list[str]) -> None:
    for name in names or list(CASES):
        build(name)
        print(name)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))  # the repository, for ncdesk's template
    main(sys.argv[1:])
