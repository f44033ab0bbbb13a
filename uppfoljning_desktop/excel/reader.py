"""Reading a returned template: safely, completely, and naming every bad cell.

Order of checks: the file itself (``safety``: size, .xls, password, zip bomb), then
openpyxl in read-only mode, the signed metadata (kind, version, database, scope), then
each input sheet found by its marker (so a renamed sheet is fine), its header row,
and every row matched by its key (so re-sorted rows and blank rows are fine). Every
cell is parsed by its column type; all problems are collected, not just the first.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlite_utils import Database

from uppfoljning_desktop.domain import excel as rules
from uppfoljning_desktop.domain.numbers import format_number
from uppfoljning_desktop.excel import metadata as meta
from uppfoljning_desktop.excel.rows import (
    ColumnFilter,
    SheetExtras,
    UnreadableSheet,
    count_rows_after,
    iter_sheet_rows,
)
from uppfoljning_desktop.excel.safety import RejectedFile, check_file
from uppfoljning_desktop.excel.spec import (
    Column,
    ColumnType,
    Problem,
    ReturnedRow,
    ReturnedWorkbook,
    Severity,
    SheetSpec,
    TemplateKind,
    TemplateRow,
    UnknownTemplateKind,
    get_kind,
)
from uppfoljning_desktop.store import excel as store
from uppfoljning_desktop.store.organisation import database_id


@dataclass
class ReadResult:
    """The outcome of reading one file: ``workbook`` is None when it was rejected."""

    path: Path
    sha256: str = ""
    workbook: ReturnedWorkbook | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.ERROR]


#: Problems of one severity kept per file; beyond it they are only counted, and a
#: file with this many errors is not read further than a cheap count of its key errors
#: (a sheet of 360 000 keyless rows took 43 s and 265 MB when every error was kept).
MAX_PROBLEMS = 200


class _Report:
    def __init__(self, file: str, problems: list[Problem], limit: int = MAX_PROBLEMS) -> None:
        self.file = file
        self.problems = problems
        self.limit = limit
        self.kept = {Severity.ERROR: 0, Severity.WARNING: 0}
        self.more = {Severity.ERROR: 0, Severity.WARNING: 0}
        self.unchecked = 0  # rows with a key left unchecked after the error limit

    @property
    def full(self) -> bool:
        """True once the error limit is reached: stop checking, only count."""
        return self.kept[Severity.ERROR] >= self.limit

    def _add(self, severity: Severity, message: str, sheet: str, cell: str) -> None:
        if self.kept[severity] >= self.limit:
            self.more[severity] += 1
            return
        self.kept[severity] += 1
        self.problems.append(Problem(self.file, message, sheet, cell, severity))

    def error(self, message: str, sheet: str = "", cell: str = "") -> None:
        self._add(Severity.ERROR, message, sheet, cell)

    def warning(self, message: str, sheet: str = "", cell: str = "") -> None:
        self._add(Severity.WARNING, message, sheet, cell)

    def close(self) -> None:
        """Add the summary of what was only counted (\"… och 359 800 fel till\")."""
        more_errors, more_warnings = self.more[Severity.ERROR], self.more[Severity.WARNING]
        if more_errors or self.unchecked:
            text = f"… och {format_number(more_errors)} fel till" if more_errors else "… och kanske fler fel"
            unchecked = (f"; {format_number(self.unchecked)} rader med radnyckel kontrollerades inte"
                         if self.unchecked else "")
            self.problems.append(Problem(
                self.file, f"{text}. Kontrollen av filen avbröts efter {self.limit} fel{unchecked}. "
                "Rätta felen (eller be om en ny fil) och läs in den igen.", severity=Severity.ERROR))
        if more_warnings:
            self.problems.append(Problem(self.file, f"… och {format_number(more_warnings)} varningar till.",
                                         severity=Severity.WARNING))


def read_returned(
    db: Database, path: Path | str, *, expected_kind: str | None = None,
    expected_scope: Mapping[str, str] | None = None,
) -> ReadResult:
    """Read and check one returned file completely; writes nothing."""
    path = Path(path)
    result = ReadResult(path)
    report = _Report(path.name, result.problems)
    try:
        result.sha256 = check_file(path)
    except RejectedFile as exc:
        report.error(str(exc).removeprefix(f"{path.name}: "))
        return result
    try:
        wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError, OverflowError,
            *_DAMAGED) as exc:  # what openpyxl raises for parts it cannot make sense of
        report.error(_damaged(exc))
        return result
    try:
        result.workbook = _read_workbook(db, wb, report, expected_kind, expected_scope)
    except _DAMAGED as exc:  # a part that is streamed only now (a sheet) is broken
        report.error(_damaged(exc))
    finally:
        wb.close()
    report.close()
    if result.errors:
        result.workbook = None
    return result


# A damaged part of the archive: XML that does not parse (lxml's and ElementTree's errors
# are SyntaxErrors), compressed data that does not inflate, a part cut short.
# defusedxml's refusals (a DTD, entity expansion: XML bombs) count as damaged too.
_DAMAGED = (SyntaxError, zlib.error, zipfile.BadZipFile, EOFError, DefusedXmlException)


def _damaged(exc: BaseException) -> str:
    return f"filen är skadad och kan inte läsas som Excel-arbetsbok ({type(exc).__name__})."


def _read_workbook(db, wb, report: _Report, expected_kind, expected_scope) -> ReturnedWorkbook | None:
    if meta.META_SHEET not in wb.sheetnames:
        report.error("filen är ingen mall från Uppföljning (mallens dolda uppgifter saknas).")
        return None
    try:
        rows = [tuple(values[:3]) for _n, values, _pct, bad in iter_sheet_rows(wb[meta.META_SHEET])
                if not _check_meta_row(bad)]
        metadata, signed, signature = meta.parse(rows)
    except UnreadableSheet as exc:
        report.error(f"mallens dolda uppgifter går inte att läsa ({exc}); skicka en ny mall.")
        return None
    except meta.MetadataError as exc:
        report.error(f"filen är ingen mall från Uppföljning ({exc}).")
        return None
    if metadata.database_id != database_id(db):
        report.error(
            "mallen skapades i en annan databas än den som är öppen; läs in den i rätt databas "
            "eller skicka en ny mall."
        )
        return None
    if not meta.verify(signed, signature, store.signing_key(db)):
        report.error(
            "mallens dolda uppgifter (malltyp, period, verksamhet, radnycklar) har ändrats; "
            "filen läses inte in. Skicka en ny mall."
        )
        return None
    try:
        kind = get_kind(metadata.kind)
    except UnknownTemplateKind as exc:
        report.error(exc.message)
        return None
    if expected_kind and kind.name != expected_kind:
        report.error(f"filen är en mall för {kind.title.lower()}, inte den malltyp som läses in nu.")
        return None
    if metadata.version != kind.version:
        report.error(
            f"mallen har version {metadata.version} men programmet läser version {kind.version}; "
            "skicka en ny mall."
        )
        return None
    for key, value in (expected_scope or {}).items():
        if metadata.scope.get(key, "") != value:
            label = kind.scope_fields.get(key, key).lower()
            report.error(f"filen gäller {label} \"{metadata.scope.get(key, '')}\", inte \"{value}\".")
    if report.problems:
        return None
    try:
        content = kind.build(db, dict(metadata.scope))
    except Exception as exc:  # a UserError: the period or unit no longer exists
        message = getattr(exc, "message", None)
        if message is None:
            raise
        report.error(f"mallen gäller något som inte längre finns: {message}")
        return None
    returned = ReturnedWorkbook(report.file, kind, dict(metadata.scope), {}, content.context, metadata.created)
    found = _find_sheets(wb, kind, metadata.sheets)
    for sheet in kind.sheets:
        ws = found.get(sheet.key)
        if ws is None:
            report.error(f"bladet \"{sheet.title}\" saknas i filen.")
            continue
        current = {r.key: r for r in content.rows.get(sheet.key, [])}
        signed_keys = metadata.row_keys.get(sheet.key, [])
        returned.rows[sheet.key] = _read_sheet(ws, sheet, current, signed_keys, report,
                                               warn_over_100=kind.warn_percent_over_100)
    return returned


def _check_meta_row(bad: dict[int, str]) -> bool:
    """An unreadable cell among the metadata's three columns is an edited metadata sheet."""
    for column, reason in bad.items():
        if column < 3:
            raise UnreadableSheet(f"{get_column_letter(column + 1)}: {reason}")
    return False


def _find_sheets(wb, kind: TemplateKind, titles: dict[str, str]) -> dict[str, Any]:
    """Input sheets by the marker in A1, so a renamed sheet is still found. A sheet
    that kept its title is taken at once (``_read_sheet`` checks its marker)."""
    found: dict[str, Any] = {}
    names = set(wb.sheetnames)
    for s in kind.sheets:
        title = titles.get(s.key, s.title)
        if title in names:
            found[s.key] = wb[title]
    if len(found) == len(kind.sheets):
        return found
    markers = {meta.SHEET_MARKER + s.key: s.key for s in kind.sheets if s.key not in found}
    taken = {ws.title for ws in found.values()}
    for ws in wb.worksheets:
        if ws.title in (meta.META_SHEET, meta.LISTS_SHEET) or ws.title in taken:
            continue
        key = markers.get(meta.canonical(_first_cell(ws)))
        if key and key not in found:
            found[key] = ws
    return found


def _first_cell(ws) -> Any:
    """A1 of a sheet (None when it is missing or cannot be read)."""
    try:
        for number, values, _pct, _bad in iter_sheet_rows(ws):
            return values[0] if number == 1 and values else None
    except UnreadableSheet:
        return None
    return None


def _read_sheet(
    ws, sheet: SheetSpec, current: dict[str, TemplateRow], signed_keys: list[str], report: _Report,
    *, warn_over_100: bool = True,
) -> list[ReturnedRow]:
    title = ws.title
    try:
        return _read_sheet_rows(ws, sheet, current, signed_keys, report, warn_over_100)
    except UnreadableSheet as exc:
        report.error(f"bladet går inte att läsa: {exc}. Be om en ny fil.", title)
        return []
    except _DAMAGED as exc:
        where = getattr(exc, "position", None)
        at = f" (rad {where[0]}, tecken {where[1]} i bladets XML)" if where else ""
        report.error(f"filen är skadad: bladet \"{title}\" kan inte läsas{at}. Be avsändaren spara om filen "
                     "som .xlsx och skicka den igen.")
        return []


def _read_sheet_rows(
    ws, sheet: SheetSpec, current: dict[str, TemplateRow], signed_keys: list[str], report: _Report,
    warn_over_100: bool,
) -> list[ReturnedRow]:
    title = ws.title
    columns: dict[str, int] | None = None
    out: dict[str, ReturnedRow] = {}
    known = set(signed_keys)
    inputs = sheet.input_columns
    placed: list[tuple[Column, int, str]] = []  # input column, its index, its letter: once per sheet
    wanted = ColumnFilter()  # every column until the header row says where the inputs are
    extras = SheetExtras()
    header_row = 0
    for row_number, values, percent, bad in iter_sheet_rows(ws, wanted, extras):
        first = meta.canonical(values[0]).strip() if values else ""
        if row_number == 1 and first != meta.SHEET_MARKER + sheet.key:
            report.error(f"bladet \"{title}\" är inte mallens blad \"{sheet.title}\" (kolumn A har ändrats).", title)
            return []
        if columns is None:
            if first == meta.KEY_HEADER:
                columns = _map_headers(values, sheet, title, row_number, report)
                if columns is None:
                    return []
                placed = [(c, columns[c.key], get_column_letter(columns[c.key] + 1)) for c in inputs]
                wanted.letters = frozenset({"A"} | {letter for _, _, letter in placed})  # key + inputs
                header_row = row_number
            continue
        if report.full:  # enough errors: count the rest cheaply instead of reading it
            rest = count_rows_after(ws, row_number - 1)
            report.more[Severity.ERROR] += rest.keyless
            report.unchecked += rest.keyed
            return []
        if 0 in bad:
            report.error(f"radnyckeln kan inte läsas: {bad[0]}.", title, f"A{row_number}")
            continue
        if not first:
            if any(not rules.is_blank(_value(values, columns[c.key])) or columns[c.key] in bad for c in inputs):
                report.error(f"rad {row_number} saknar radnyckel (kolumn A); raden kan inte kopplas till "
                             "något mått. Skriv värdena på rätt rad i stället.", title, f"A{row_number}")
            continue
        if first not in known:
            report.error(f"rad {row_number} har en okänd radnyckel \"{first}\".", title, f"A{row_number}")
            continue
        if first in out:
            report.error(f"raden \"{first}\" förekommer två gånger (rad {row_number}).", title, f"A{row_number}")
            continue
        template_row = current.get(first)
        if template_row is None:
            report.error(
                f"rad {row_number} gäller något som inte längre finns i databasen (nyckel \"{first}\").",
                title, f"A{row_number}",
            )
            continue
        out[first] = _read_row(values, percent, bad, row_number, first, placed, template_row, title, report,
                               warn_over_100)
    if columns is None:
        report.error(f"rubrikraden (med \"{meta.KEY_HEADER}\" i kolumn A) saknas.", title)
        return []
    _check_merged(extras.merged, placed, header_row, title, report)
    missing = [k for k in current if k not in out and k in known]
    for key in missing[:5]:
        label = sheet.row_label(current[key].values, key)
        report.error(f"raden för \"{label}\" saknas i filen; ta inte bort rader ur mallen.", title)
    if len(missing) > 5:
        report.error(f"ytterligare {len(missing) - 5} rader saknas i filen.", title)
    order = {k: i for i, k in enumerate(current)}
    return sorted(out.values(), key=lambda r: order.get(r.key, 0))


def _check_merged(merged: list[str], placed: list[tuple[Column, int, str]], header_row: int, title: str,
                  report: _Report) -> None:
    """A merged range over an input cell is an error: Excel keeps only the first cell's
    value, and the others would read as blank and clear what is stored."""
    from openpyxl.utils.cell import range_boundaries

    input_columns = {index + 1 for _, index, _ in placed}
    for ref in merged:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (ValueError, TypeError):
            report.error(f"bladet anger ett ogiltigt sammanfogat område \"{ref[:40]}\"; be om en ny fil.", title)
            continue
        if (max_row or 0) <= header_row or not any(min_col <= c <= max_col for c in input_columns):
            continue
        report.error(f"cellerna {ref} är sammanfogade. Dela upp dem (Start → Koppla och centrera → Dela "
                     "celler) och skriv ett värde i varje cell; inget läses in från sammanfogade celler.",
                     title, ref)


def _value(values: list[Any], index: int) -> Any:
    return values[index] if index < len(values) else None


def _map_headers(values: list[Any], sheet: SheetSpec, title: str, row_number: int, report: _Report) -> dict[str, int] | None:
    headers = {" ".join(meta.canonical(v).split()).casefold(): i for i, v in enumerate(values)}
    columns: dict[str, int] = {}
    ok = True
    for j, column in enumerate(sheet.columns, start=1):
        index = headers.get(" ".join(column.header.split()).casefold())
        if index is None:
            if column.input:
                report.error(f"kolumnen \"{column.header}\" saknas på rubrikraden.", title, f"{get_column_letter(j + 1)}{row_number}")
                ok = False
            index = j  # reference columns: assume their place
        columns[column.key] = index
    return columns if ok else None


def _read_row(values_in, percent, bad, row_number, key, placed: list[tuple[Column, int, str]], template_row: TemplateRow,
              title, report, warn_over_100: bool = True) -> ReturnedRow:
    values: dict[str, Any] = {}
    where: dict[str, str] = {}
    notes: dict[str, str] = {}
    for column, index, letter in placed:
        coordinate = f"{letter}{row_number}"
        where[column.key] = coordinate
        if index in bad:
            report.error(f"{bad[index]}.", title, coordinate)
            continue
        raw = _value(values_in, index)
        if rules.is_blank(raw):
            values[column.key] = None
            continue
        if column.key in template_row.closed:
            report.warning("cellen gäller inte den här raden; värdet läses inte in.", title, coordinate)
            values[column.key] = None
            continue
        col_type = template_row.types.get(column.key, column.type)
        try:
            if col_type == ColumnType.PERCENT and _as_written(raw, template_row.values.get(column.key),
                                                              index in percent):
                values[column.key] = (rules.read_number(raw), "")  # our pre-fill: no fraction reading
            else:
                values[column.key] = _parse(raw, col_type, column, index in percent)
        except rules.CellValueError as exc:
            report.error(str(exc), title, coordinate)
            continue
        if col_type == ColumnType.PERCENT:
            number, note = values[column.key]
            values[column.key] = number
            if note:
                notes[column.key] = note
                report.warning(note, title, coordinate)
            if number > 100 and warn_over_100:
                report.warning(f"{format_number(number)} % är mer än 100 %; kontrollera värdet.", title, coordinate)
    return ReturnedRow(key=key, sheet=title, values=values, cells=where, notes=notes)


def _as_written(raw: Any, written: Any, percent_formatted: bool) -> bool:
    """True when a number cell still holds the value the template was written with (a
    stored 0,5 % comes back as 0.5 and must not be read as the fraction 50 %)."""
    numbers = (int, float, Decimal)
    if percent_formatted or isinstance(raw, bool) or not isinstance(raw, numbers) \
            or isinstance(written, bool) or not isinstance(written, numbers):
        return False
    return rules.read_number(raw) == rules.read_number(written)


def _parse(raw: Any, col_type: ColumnType, column, percent_formatted: bool) -> Any:
    if column.code:  # a number here is a code a program converted: refuse, never guess
        raw = rules.read_code(raw)
    if col_type == ColumnType.NUMBER:
        return rules.read_number(raw)
    if col_type == ColumnType.PERCENT:
        return rules.read_percent(raw, cell_is_percent_formatted=percent_formatted and not isinstance(raw, str))
    if col_type == ColumnType.INTEGER:
        return rules.read_integer(raw)
    if col_type == ColumnType.CHOICE:
        return rules.read_choice(raw, column.choices)
    if col_type == ColumnType.DATE:
        return rules.read_date(raw)
    return rules.read_text(raw, column.max_length)


def iter_problems(results: Iterable[ReadResult]) -> Iterable[Problem]:
    for r in results:
        yield from r.problems

