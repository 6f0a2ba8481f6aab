"""The shape of a file being imported (issue 23, split from `importing`): which kind each sheet
holds (named by kind, or detected from its header), and which column each header is, recognised
or mapped; a header not known is asked. Problems with the file's shape go into the plan.
"""

from __future__ import annotations

from ncdesk.core.text import KindName, Message, Typed
from ncdesk.io.import_plan import ImportPlan, RowPlan, SectionPlan
from ncdesk.io.readers import text_problems
from ncdesk.io.readers_tables import Limits, Problem, Rows, Sheet, Tables
from ncdesk.io.synonyms import ranked_columns
from ncdesk.io.tabular import COLUMNS, HEADER_CHARS, KINDS, Column, column_named, kind_named, sheet_name
from ncdesk.io.values import IGNORED, Mapping


def read_sections(plan: ImportPlan, source: Tables, limits: Limits) -> None:
    """Which kind each sheet holds, and its columns; problems with the file's shape."""
    sheets = source.sheets
    chosen: list[tuple[Sheet, str]]
    named = [(s, k) for s in sheets if s.title and (k := kind_named(s.title))]
    if named:
        chosen = [(s, k) for s, k in named if plan.kind in (None, k)]
        for s in sheets:
            if all(s is not c for c, _ in chosen):
                plan.notes.append(
                    Message("sheet “%1” is not read (its name is not one of the kinds imported)", Typed(s.title))
                )
        if not chosen:
            plan.problems.append(
                Problem(plan.name, None, None, Message("no sheet of %1 in the workbook", _kinds(str(plan.kind))))
            )
            return
    else:
        first = sheets[0]
        kind = plan.kind or _detect(plan, first)
        if kind is None:
            return
        chosen = [(first, kind)]
        for s in sheets[1:]:
            plan.notes.append(
                Message(
                    "sheet “%1” is not read (only the first sheet is, unless sheets are named by kind)", Typed(s.title)
                )
            )
    seen: set[str] = set()
    for sheet, kind in sorted(chosen, key=lambda sk: KINDS.index(sk[1])):
        if kind in seen:
            plan.problems.append(
                Problem(plan.name, None, None, Message("two sheets hold %1", _kinds(kind)), sheet.title)
            )
            continue
        seen.add(kind)
        plan.problems.extend(sheet.problems)
        plan.notes.extend(sheet.notes)  # rows above the header, the template's example (readers)
        columns = _check_header(plan, sheet, kind)
        plan.problems.extend(text_problems(plan.name, sheet, limits))
        plan.sections.append(SectionPlan(kind, sheet.title, sheet.header, _row_plans(sheet), columns))
    if not any(s.rows for s in plan.sections) and not plan.problems:
        plan.problems.append(Problem(plan.name, None, None, Message("no rows to import below the header")))


def _row_plans(sheet: Sheet) -> list[RowPlan]:
    """A plan of each row of *sheet*, its cells left in the sheet's compact rows."""
    rows = sheet.rows
    numbers = rows.numbers() if isinstance(rows, Rows) else [n for n, _ in rows]
    return [RowPlan(n, rows, i) for i, n in enumerate(numbers)]


def _detect(plan: ImportPlan, sheet: Sheet) -> str | None:
    """The kind the header's columns fit: the one whose required columns it has, with the most
    columns recognised; failing that, the one kind with the most columns recognised (its missing
    columns said, its headers not known asked, by `_check_header`). None when no kind fits: the
    headers not known are asked, with the columns of the kinds they might be."""
    scores = []
    for kind in KINDS:
        cols = [_column(plan.mapping, kind, h) for h in sheet.header if h]
        known = sum(c is not None for c in cols)
        missing = [c.name for c in COLUMNS[kind] if c.required(kind) and c not in cols]
        scores.append((not missing, known, kind, missing))
    scores.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best = scores[0]
    tied = [s for s in scores if (s[0], s[1]) == (best[0], best[1])]
    if len(tied) == 1 and best[1] > 0:
        return best[2]
    row = sheet.header_row or None
    if best[0]:
        plan.problems.append(
            Problem(
                plan.name,
                row,
                None,
                Message("the columns fit several kinds of record; choose the kind (--kind)"),
                sheet.title,
            )
        )
        return None
    if best[1] == 0:
        message = Message(
            "no column is recognised: the header row must name the columns, or they must be mapped "
            "(see the templates; docs/IMPORT_FORMAT.md)"
        )
        # A row of one cell is a title rather than a header: nothing is asked of it.
        named = [h for h in sheet.header if h]
        headers = named if len(named) >= 2 else []
    else:
        message = Message(
            "cannot tell which kind of record this is; as %1 it lacks the column(s) %2 (or choose the kind: --kind)",
            _kinds(best[2]),
            Typed(", ".join(best[3])),
        )
        headers = sheet.header
    # The headers not known may be the columns it lacks: asked, with the columns of the kinds it
    # may be (those it lacks first, unless it names none: then all are lacking).
    missing = [name for s in tied for name in s[3]] if best[1] else []
    candidates = [*missing, *(c.name for s in tied for c in COLUMNS[s[2]] if c.field != "id")]
    for h in headers:
        if (
            h
            and len(h) <= HEADER_CHARS
            and all(_column(plan.mapping, s[2], h) is None for s in tied)
            and plan.mapping.column(h) is None
        ):
            plan.ask(
                "column", h, h, _column_choices(h, candidates, missing, [s[2] for s in tied]), (sheet.title, row, h)
            )
    plan.problems.append(Problem(plan.name, row, None, message, sheet.title))
    return None


def _column_choices(header: str, candidates: list[str], missing: list[str], kinds: list[str]) -> list[str]:
    """The five columns of *kinds* a header not known may be, most likely first: of the three a
    delegate most likely meant (a column it is a synonym of, then the most like it), those the
    sheet lacks first; a column the sheet lacks is offered even when unlike it (up to three)."""
    ranking = ranked_columns(header, candidates, kinds, n=len(candidates))
    top = ranking[:3]
    ranking.sort(key=lambda c: c not in missing or c not in top)
    absent = [c for c in missing if c in candidates and c not in ranking[:5]][:3]
    return ranking[: 5 - len(absent)] + absent


def _column(mapping: Mapping, kind: str, header: str) -> Column | None:
    """The column of *kind* a header is: as mapped (None when mapped to nothing), else as named."""
    mapped = mapping.column(header)
    if mapped is not None:
        return column_named(kind, mapped) if mapped != IGNORED else None
    return column_named(kind, header)


def _check_header(plan: ImportPlan, sheet: Sheet, kind: str) -> dict[str, Column]:
    """The column each header is; a header not known is asked (which column it is, or none)."""
    seen: dict[str, str] = {}
    columns: dict[str, Column] = {}
    row = sheet.header_row or None
    named = {c.name for h in sheet.header if h and (c := _column(plan.mapping, kind, h)) is not None}
    missing = [c.name for c in COLUMNS[kind] if c.required(kind) and c.name not in named]
    candidates = [c.name for c in COLUMNS[kind] if c.field != "id" and c.name not in named]  # not named twice
    for i, h in enumerate(sheet.header):
        if not h:
            if any(len(cells) > i and cells[i].strip() for _, cells in sheet.rows):
                plan.problems.append(
                    Problem(plan.name, row, None, Message("column %1 has values but no name", i + 1), sheet.title)
                )
            continue
        mapped = plan.mapping.column(h)
        if mapped == IGNORED:
            continue
        col = column_named(kind, mapped if mapped is not None else h)
        if col is None and mapped is not None:
            plan.problems.append(
                Problem(
                    plan.name,
                    row,
                    h,
                    Message("mapped to %1, which is not a column of %2", repr(mapped), _kinds(kind)),
                    sheet.title,
                )
            )
        elif col is None:
            names = ", ".join(c.name for c in COLUMNS[kind])
            problem = Problem(
                plan.name,
                row,
                h,
                Message("unknown column; the columns of %1 are: %2", _kinds(kind), Typed(names)),
                sheet.title,
            )
            plan.ask("column", h, h, _column_choices(h, candidates, missing, [kind]), (sheet.title, row, h))
            plan.problems.append(problem)
            plan.asked.append(problem)
        elif col.name in seen:
            plan.problems.append(
                Problem(plan.name, row, h, Message("the same column as “%1”", Typed(seen[col.name])), sheet.title)
            )
        else:
            seen[col.name] = h
            columns[h] = col
    for col in COLUMNS[kind]:
        if col.required(kind) and col.name not in seen:
            plan.problems.append(Problem(plan.name, row, col.name, Message("required column missing"), sheet.title))
    width = len(sheet.header)
    for number, cells in sheet.rows:
        extra = next((i for i in range(width, len(cells)) if cells[i].strip()), None)
        if extra is not None:
            plan.problems.append(
                Problem(
                    plan.name,
                    number,
                    None,
                    Message("a value in column %1, which the header row does not name", extra + 1),
                    sheet.title,
                )
            )
    return columns


def _kinds(kind: str) -> KindName:
    """The records of *kind*, as a message names them ("travel alerts")."""
    return KindName(kind, sheet_name(kind).lower(), plural=True)
