"""What a template kind is: its sheets, columns, rows, and how a checked file is applied.

Every Excel round trip of the product (goal outcomes and activities, the units' monthly
delegation lists) is a ``TemplateKind``. The machinery (``writer``, ``reader``,
``importer``) does everything that is the same for all kinds: the workbook's layout,
protection, validations, metadata and signature; reading returned files safely, matching
rows by key, parsing cells per column type, Swedish messages naming file, sheet and
cell; all-or-nothing batches, the import log. A kind only says which rows a scope has,
what a parsed row means to its tables (``plan``) and how to store it (``apply``).
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from sqlite_utils import Database

from uppfoljning_desktop.errors import UserError


class ColumnType(StrEnum):
    """How a cell is validated in Excel and parsed on import."""

    TEXT = "text"
    NUMBER = "number"
    PERCENT = "percent"  # percent units: 85 means 85 %
    INTEGER = "integer"
    CHOICE = "choice"  # a drop-down from a named range on a hidden sheet
    DATE = "date"


@dataclass(frozen=True)
class Column:
    """One column of an input sheet. ``key`` is stable; ``header`` is shown (Swedish).

    Reference columns (``input=False``) are written and locked; input columns are
    unlocked, validated in Excel and parsed on import. A ``code`` column (a delegation
    point "3.10", a case number, a key) holds text that looks like a number: its cells
    are formatted as text so that no program or locale turns "3.10" into 3.1, and a
    number found there on import is refused instead of guessed back into a code.
    """

    key: str
    header: str
    type: ColumnType = ColumnType.TEXT
    input: bool = False
    width: float = 14
    max_length: int | None = None  # TEXT inputs (comments)
    choices: tuple[str, ...] = ()  # CHOICE
    wrap: bool = False
    code: bool = False


@dataclass(frozen=True)
class SheetSpec:
    """An input sheet: ``key`` identifies it even when the user renames the sheet.

    ``label_column`` names the column whose value says in messages which row is meant
    ("the row for <indicator> is missing"); by default the first column.
    """

    key: str
    title: str
    columns: tuple[Column, ...]
    label_column: str = ""

    def row_label(self, values: Mapping[str, Any], fallback: str) -> str:
        """What a row is called in messages: its label column's value, else ``fallback``."""
        key = self.label_column or self.columns[0].key
        value = values.get(key)
        return str(value) if value not in (None, "") else fallback

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def input_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.input)


@dataclass
class TemplateRow:
    """One row of an input sheet, identified by a key stable across periods and files.

    ``values`` fills reference columns and pre-fills input columns (earlier answers);
    ``types`` overrides a column's type for this row (a percentage indicator in a
    number column); ``closed`` lists input columns that do not apply to this row (no
    gender split) and stay locked and grey.
    """

    key: str
    values: dict[str, Any] = field(default_factory=dict)
    types: dict[str, ColumnType] = field(default_factory=dict)
    closed: frozenset[str] = frozenset()


@dataclass
class TemplateContent:
    """Everything a kind supplies for one workbook (one scope, e.g. a unit and a period)."""

    scope: dict[str, str]
    file_stem: str  # "Utfall Delår 2 2024 – Jobbcenter"
    heading: str  # first line of each input sheet
    rows: dict[str, list[TemplateRow]]  # sheet key → rows
    instructions: list[str] = field(default_factory=list)  # paragraphs, Swedish
    recipient_name: str = ""
    recipient_email: str = ""
    deadline: dt.date | None = None
    context: Any = None  # the kind's own data, handed on to plan/apply on import


class Severity(StrEnum):
    ERROR = "fel"
    WARNING = "varning"


@dataclass(frozen=True)
class Problem:
    """One finding about a returned file. ``sheet``/``cell`` are empty for file-level ones."""

    file: str
    message: str
    sheet: str = ""
    cell: str = ""
    severity: Severity = Severity.ERROR

    @property
    def where(self) -> str:
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}"
        return self.sheet

    def __str__(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{self.file}: {where}{self.message}"

    def as_dict(self) -> dict[str, str]:
        return {
            "file": self.file, "sheet": self.sheet, "cell": self.cell,
            "severity": self.severity.value, "message": self.message,
        }


@dataclass
class ReturnedRow:
    """A parsed row of a returned file: ``values`` holds every input column's value
    (``None`` for a blank cell); ``cells`` maps a column key to its cell ("D14")."""

    key: str
    sheet: str  # the sheet's title in the returned file
    values: dict[str, Any]
    cells: dict[str, str]
    notes: dict[str, str] = field(default_factory=dict)  # column → reinterpretation note


@dataclass
class ReturnedWorkbook:
    """A returned file whose metadata is genuine and whose cells all parsed."""

    file: str
    kind: TemplateKind
    scope: dict[str, str]
    rows: dict[str, list[ReturnedRow]]  # sheet key → rows, in template order
    context: Any = None  # ``TemplateContent.context`` of the kind's ``build`` at import time
    created: str = ""  # when the template was written (signed metadata, local time "2024-08-30T10:15:00")


@dataclass(frozen=True)
class Change:
    """One value that an import would change: shown in the preview as old → new."""

    sheet: str
    cell: str
    label: str  # what the value is ("Andel i arbete, Kvinnor")
    old: str
    new: str


@dataclass
class KindPlan:
    """What a kind found when planning a returned file against the database."""

    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unchanged: int = 0


class TemplateKind:
    """Base of every template kind. Subclasses set the class attributes and override
    ``build``, ``plan`` and ``apply`` (see docs/excel.md "Adding a template kind").

    ``scope_fields`` name the metadata that says what a workbook covers
    (``{"period": "Period", "unit": "Verksamhet"}``); ``unit_field`` is the scope field
    the return board groups by.
    """

    name: ClassVar[str] = ""
    version: ClassVar[int] = 1
    title: ClassVar[str] = ""
    sheets: ClassVar[tuple[SheetSpec, ...]] = ()
    scope_fields: ClassVar[Mapping[str, str]] = {}
    unit_field: ClassVar[str] = "unit"
    #: The reader warns about a percentage over 100 % (a kind that knows its measures'
    #: bounds, such as the goal follow-up, checks them in ``plan`` and sets this False).
    warn_percent_over_100: ClassVar[bool] = True

    def sheet(self, key: str) -> SheetSpec:
        return next(s for s in self.sheets if s.key == key)

    def build(self, db: Database, scope: dict[str, str]) -> TemplateContent:
        """The rows of the workbook for ``scope``; raise ``UserError`` if it is unknown."""
        raise NotImplementedError

    def scopes(self, db: Database, **selection: str) -> list[dict[str, str]]:
        """Every scope (one workbook each) for a selection, e.g. all units of a period."""
        raise NotImplementedError

    def plan(self, db: Database, returned: ReturnedWorkbook) -> KindPlan:
        """Compare a parsed file with the database: changes, errors (a row key that the
        scope no longer has) and warnings (changed values, over 100 %, outliers)."""
        raise NotImplementedError

    def apply(self, db: Database, returned: ReturnedWorkbook) -> dict[str, int]:
        """Write a planned file (inside the importer's transaction); returns counts."""
        raise NotImplementedError


# ---------------------------------------------------------------- registry

_KINDS: dict[str, TemplateKind] = {}
_DISCOVERED = False


class UnknownTemplateKind(UserError):
    """The metadata names a kind this version does not know."""


def register_kind(kind: TemplateKind) -> TemplateKind:
    """Make ``kind`` known to the reader and importer (modules in ``excel/kinds`` call this
    through their ``KINDS`` list; tests call it directly)."""
    if not kind.name:
        raise ValueError("A template kind needs a name")
    _KINDS[kind.name] = kind
    return kind


def unregister_kind(name: str) -> None:
    _KINDS.pop(name, None)


def _discover() -> None:
    global _DISCOVERED
    if _DISCOVERED:
        return
    _DISCOVERED = True
    import uppfoljning_desktop.excel.kinds as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for kind in getattr(module, "KINDS", ()):
            _KINDS.setdefault(kind.name, kind)


def get_kind(name: str) -> TemplateKind:
    _discover()
    try:
        return _KINDS[name]
    except KeyError:
        raise UnknownTemplateKind(
            f"Malltypen \"{name}\" känns inte igen av den här versionen av Uppföljning.",
            hint="Filen kommer från en annan version eller ett annat program; skapa en ny mall.",
        ) from None


def list_kinds() -> list[TemplateKind]:
    _discover()
    return list(_KINDS.values())


def decimal_text(value: Decimal | None) -> str:
    from uppfoljning_desktop.domain.numbers import format_number

    return "" if value is None else format_number(value)
