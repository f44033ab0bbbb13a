"""Writing templates: a fresh workbook per scope, protected, validated and signed.

Layout of every workbook: an instructions sheet (Swedish), one input sheet per
``SheetSpec`` (hidden key column A with the sheet marker in A1, a heading, headers on
row 3, data from row 4), a ``veryHidden`` sheet with the drop-down lists (named ranges)
and a ``veryHidden`` signed metadata sheet. Only input cells are unlocked; the sheets
are protected (without password: it guards against slips, not against intent). Text
that people wrote (names, comments) is stored as text, never as a formula.

Made to survive any spreadsheet program: every font is named (Calibri; LibreOffice
shows the metric-compatible Carlito, and falls back to a serif font for an unnamed
one), columns and rows are sized by measuring their texts (``layout``), code columns
and the key column are formatted as text ("@") so that "3.10" stays "3.10" in any
locale, and the instructions say only what is true in Excel and in LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlite_utils import Database

from uppfoljning_desktop.domain.dates import format_date_long
from uppfoljning_desktop.domain.excel import looks_like_formula
from uppfoljning_desktop.excel import layout
from uppfoljning_desktop.excel import metadata as meta
from uppfoljning_desktop.excel.spec import (
    Column,
    ColumnType,
    SheetSpec,
    TemplateContent,
    TemplateKind,
    TemplateRow,
)
from uppfoljning_desktop.store import excel as store
from uppfoljning_desktop.store.organisation import database_id

HEADER_ROW = 3
FIRST_DATA_ROW = 4
INPUT_FILL = PatternFill("solid", start_color="FFF7D6")
CLOSED_FILL = PatternFill("solid", start_color="E6E6E6")
HEADER_FILL = PatternFill("solid", start_color="DCE6F1")
TEXT_FORMAT = "@"  # Excel's and LibreOffice's "Text" number format: typed input stays text


def font(*, bold: bool = False, size: float = layout.FONT_SIZE) -> Font:
    """A named font: an unnamed one makes LibreOffice fall back to a serif font."""
    return Font(name=layout.FONT_NAME, size=size, bold=bold)


BOLD = font(bold=True)
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class WrittenTemplate:
    path: Path
    content: TemplateContent


def safe_file_name(stem: str) -> str:
    """A file name valid on Windows: no \\ / : * ? " < > | and no trailing dot/space."""
    return _UNSAFE_FILE_CHARS.sub("-", stem).strip(" .") or "mall"


def set_text(cell: Cell, text: str) -> None:
    """Store ``text`` as text even when it starts with "=", "+", "-" or "@"."""
    cell.value = text
    if looks_like_formula(text):
        cell.data_type = "s"
        cell.quotePrefix = True


def _write_value(cell: Cell, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, str):
        set_text(cell, value)
    else:
        cell.value = value


def list_name(sheet: SheetSpec, column: Column) -> str:
    return f"Val_{sheet.key}_{column.key}"


def _validation(sheet: SheetSpec, column: Column, col_type: ColumnType) -> DataValidation | None:
    common: dict[str, Any] = {"allow_blank": True, "showErrorMessage": True, "errorTitle": "Ogiltigt värde"}
    if col_type == ColumnType.NUMBER:
        return DataValidation(type="decimal", operator="between", formula1="-1000000000000",
                              formula2="1000000000000", error="Skriv ett tal, t.ex. 1 234,5.", **common)
    if col_type == ColumnType.PERCENT:
        return DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                              errorStyle="warning", error="Skriv procent som ett tal mellan 0 och 100, t.ex. 85.",
                              **common)
    if col_type == ColumnType.INTEGER:
        return DataValidation(type="whole", operator="between", formula1="-1000000000",
                              formula2="1000000000", error="Skriv ett heltal.", **common)
    if col_type == ColumnType.CHOICE:
        return DataValidation(type="list", formula1=f"={list_name(sheet, column)}",
                              error="Välj ett av alternativen i listan.", **common)
    if col_type == ColumnType.DATE:
        return DataValidation(type="date", operator="greaterThan", formula1="36526",
                              error="Skriv ett datum, t.ex. 2016-08-31.", **common)
    if column.max_length:
        return DataValidation(type="textLength", operator="lessThanOrEqual",
                              formula1=str(column.max_length),
                              error=f"Högst {column.max_length} tecken får plats.", **common)
    return None


def _write_lists(wb: Workbook, kind: TemplateKind) -> None:
    ws = wb.create_sheet(meta.LISTS_SHEET)
    ws.sheet_state = "veryHidden"
    col = 1
    for sheet in kind.sheets:
        for column in sheet.columns:
            if column.type != ColumnType.CHOICE and not column.choices:
                continue
            letter = get_column_letter(col)
            for i, choice in enumerate(column.choices, start=1):
                set_text(ws.cell(row=i, column=col), choice)
            ref = f"{quote_sheetname(meta.LISTS_SHEET)}!${letter}$1:${letter}${max(1, len(column.choices))}"
            wb.defined_names[list_name(sheet, column)] = DefinedName(list_name(sheet, column), attr_text=ref)
            col += 1
    ws.protection.sheet = True


def column_width(column: Column) -> float:
    """The column's width: its spec's, or wider when a word of its header would not fit."""
    return max(column.width, layout.width_for_words(column.header, bold=True))


def _print_setup(ws: Worksheet, title_rows: str | None = None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows


def _write_input_sheet(ws: Worksheet, sheet: SheetSpec, rows: list[TemplateRow], heading: str, note: str) -> None:
    ws.cell(row=1, column=1, value=meta.SHEET_MARKER + sheet.key)
    set_text(ws.cell(row=1, column=2), heading)
    ws.cell(row=1, column=2).font = font(bold=True, size=13)
    ws.row_dimensions[1].height = layout.row_height(1, size=13)
    set_text(ws.cell(row=2, column=2), note)
    ws.cell(row=2, column=2).font = font()
    ws.cell(row=HEADER_ROW, column=1, value=meta.KEY_HEADER)
    ws.column_dimensions["A"].hidden = True
    widths = {column.key: column_width(column) for column in sheet.columns}
    for j, column in enumerate(sheet.columns, start=2):
        cell = ws.cell(row=HEADER_ROW, column=j)
        set_text(cell, column.header)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(j)].width = widths[column.key]
    ws.row_dimensions[HEADER_ROW].height = layout.row_height(
        max(layout.wrapped_lines(c.header, widths[c.key], bold=True) for c in sheet.columns))
    validations: dict[tuple[str, ColumnType], DataValidation] = {}
    unlocked = Protection(locked=False)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for i, row in enumerate(rows, start=FIRST_DATA_ROW):
        set_text(ws.cell(row=i, column=1), row.key)
        ws.cell(row=i, column=1).number_format = TEXT_FORMAT
        lines = max((layout.wrapped_lines(row.values.get(c.key), widths[c.key]) for c in sheet.columns if c.wrap),
                    default=1)
        if lines > 1:
            ws.row_dimensions[i].height = layout.row_height(lines)
        for j, column in enumerate(sheet.columns, start=2):
            cell = ws.cell(row=i, column=j)
            value = row.values.get(column.key)
            _write_value(cell, str(value) if column.code and value is not None else value)
            cell.alignment = wrap if column.wrap else top
            if column.code:
                cell.number_format = TEXT_FORMAT
            if not column.input:
                continue
            if column.key in row.closed:
                cell.fill = CLOSED_FILL
                continue
            cell.protection = unlocked
            cell.fill = INPUT_FILL
            col_type = row.types.get(column.key, column.type)
            # one validation per rule: all percent cells of a sheet share one, etc.
            key = (column.key if col_type in (ColumnType.CHOICE, ColumnType.TEXT) else "", col_type)
            if key not in validations:
                dv = _validation(sheet, column, col_type)
                if dv is None:
                    continue
                validations[key] = dv
                ws.add_data_validation(dv)
            validations[key].add(cell.coordinate)
    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=3)
    _print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # let people widen columns
    ws.protection.formatRows = False
    ws.protection.sort = False
    ws.protection.autoFilter = False


def _instructions(wb: Workbook, kind: TemplateKind, content: TemplateContent) -> None:
    ws = wb.active
    ws.title = "Instruktioner"
    ws.column_dimensions["A"].width = INSTRUCTIONS_WIDTH
    set_text(ws.cell(row=1, column=1), content.heading)
    ws.cell(row=1, column=1).font = font(bold=True, size=14)
    ws.row_dimensions[1].height = layout.row_height(layout.wrapped_lines(
        content.heading, INSTRUCTIONS_WIDTH, bold=True, size=14), size=14)
    lines = list(content.instructions)
    if content.deadline:
        lines.append(f"Skicka tillbaka filen senast {format_date_long(content.deadline)}.")
    lines += ["Så fyller du i mallen:", *how_to_fill(kind)]
    for i, line in enumerate(lines, start=3):
        cell = ws.cell(row=i, column=1)
        set_text(cell, line)
        cell.font = font()
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[i].height = layout.row_height(layout.wrapped_lines(line, INSTRUCTIONS_WIDTH))
    _print_setup(ws)
    ws.page_setup.orientation = "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.protection.sheet = True


# A4 portrait with 0.6" margins prints 679 pixels: 88 characters (621 px) fit unscaled.
INSTRUCTIONS_WIDTH = 88


def how_to_fill(kind: TemplateKind) -> list[str]:
    """The instructions that hold for this kind's columns, true in Excel and in LibreOffice
    (no "sort the rows": a protected sheet cannot be sorted in LibreOffice)."""
    types = {c.type for s in kind.sheets for c in s.input_columns}
    lines = ["• Skriv bara i de gula cellerna. Grå celler gäller inte för raden och lämnas tomma."]
    if types & {ColumnType.NUMBER, ColumnType.PERCENT, ColumnType.INTEGER}:
        lines.append("• Skriv tal som du brukar i ditt kalkylprogram: med svenska inställningar 1 234,5 "
                     "(decimalkomma), med engelska 1234.5.")
    if ColumnType.PERCENT in types:
        lines.append("• Skriv procent som ett tal mellan 0 och 100, t.ex. 85 (85 % och 0,85 går också bra).")
    if ColumnType.DATE in types:
        lines.append("• Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2016-08-31.")
    if ColumnType.CHOICE in types:
        lines.append("• Där cellen har en lista (pilen till höger om cellen): välj ett av värdena i listan.")
    if any(c.code for s in kind.sheets for c in s.input_columns):
        lines.append("• Punkter och diarienummer (t.ex. 3.10) är text: skriv dem precis som de står, "
                     "cellerna är formaterade för det.")
    lines += [
        "• Du får byta namn på bladen och göra kolumnerna bredare. Ta inte bort rader och ändra inte "
        "kolumn A eller de dolda bladen med mallens uppgifter.",
        "• Spara som Excel-arbetsbok (.xlsx) utan lösenord och skicka tillbaka filen som den är.",
        "• I LibreOffice: välj Arkiv → Spara som, filtypen \"Excel 2007-365 (.xlsx)\" och svara "
        "\"Använd Excel 2007-365!\" när programmet frågar om formatet. Skicka inte en .ods-fil.",
    ]
    return lines


def build_workbook(
    db: Database, kind: TemplateKind, content: TemplateContent, *, now: dt.datetime | None = None,
) -> Workbook:
    """The template as an openpyxl workbook (not yet saved)."""
    wb = Workbook()
    _instructions(wb, kind, content)
    note = "Fyll i de gula cellerna."
    if content.deadline:
        note += f" Skicka tillbaka senast {content.deadline.isoformat()}."
    for sheet in kind.sheets:
        ws = wb.create_sheet(sheet.title)
        _write_input_sheet(ws, sheet, content.rows.get(sheet.key, []), content.heading, note)
    _write_lists(wb, kind)
    metadata = meta.Metadata(
        kind=kind.name, version=kind.version, database_id=database_id(db), scope=dict(content.scope),
        created=(now or dt.datetime.now()).isoformat(timespec="seconds"),
        sheets={s.key: s.title for s in kind.sheets},
        row_keys={s.key: [r.key for r in content.rows.get(s.key, [])] for s in kind.sheets},
    )
    ws = wb.create_sheet(meta.META_SHEET)
    ws.sheet_state = "veryHidden"
    rows = metadata.rows()
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r, start=1):
            set_text(ws.cell(row=i, column=j), v)
    ws.cell(row=len(rows) + 1, column=1, value="signature")
    ws.cell(row=len(rows) + 1, column=2, value=meta.sign(rows, store.signing_key(db)))
    ws.protection.sheet = True
    wb.active = 0
    return wb


def save_atomically(wb: Workbook, path: Path) -> None:
    """Save next to ``path`` and rename, so no half-written file is left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".mall-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_template(
    db: Database, kind: TemplateKind, scope: dict[str, str], target: Path,
    *, deadline: dt.date | None = None, now: dt.datetime | None = None, record: bool = True,
) -> WrittenTemplate:
    """Write one workbook for ``scope``. ``target`` is a file or a folder (then the
    kind's file name is used). Records the dispatch for the return board."""
    content = kind.build(db, scope)
    if deadline is not None:
        content.deadline = deadline
    target = Path(target)
    path = target / f"{safe_file_name(content.file_stem)}.xlsx" if target.is_dir() or not target.suffix else target
    save_atomically(build_workbook(db, kind, content, now=now), path)
    if record:
        with db.atomic():
            store.record_dispatch(
                db, kind=kind.name, scope=content.scope, unit=content.scope.get(kind.unit_field, ""),
                file_name=path.name, recipient=content.recipient_email, deadline=content.deadline, now=now,
            )
    return WrittenTemplate(path, content)
