"""The return board (inlämningstavla): which units have returned their template.

Per scope of a selection (e.g. every unit of a period): when the template was sent
and its deadline, when it came back, under which file name, how many values and
warnings. Units without an import are missing; after the deadline they are late.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database

from uppfoljning_desktop.excel.spec import TemplateKind
from uppfoljning_desktop.store import excel as store


class ReturnStatus(StrEnum):
    RETURNED = "Inkommen"
    MISSING = "Saknas"
    LATE = "Försenad"
    NOT_SENT = "Ej skickad"


@dataclass(frozen=True)
class BoardRow:
    unit: str
    scope: dict[str, str]
    status: ReturnStatus
    sent_at: dt.datetime | None = None
    deadline: dt.date | None = None
    returned_at: dt.datetime | None = None
    file_name: str = ""
    values: int = 0
    warnings: tuple[str, ...] = ()
    imports: int = 0


def return_board(
    db: Database, kind: TemplateKind, selection: dict[str, str], *, today: dt.date | None = None,
) -> list[BoardRow]:
    today = today or dt.date.today()
    log = store.list_import_log(db, kind.name, selection)
    dispatches = store.list_dispatches(db, kind.name, selection)
    rows = []
    for scope in kind.scopes(db, **selection):
        unit = scope.get(kind.unit_field, "")
        imports = [e for e in log if e.scope == scope]
        sent = next((d for d in dispatches if d.scope == scope), None)
        if imports:
            last = imports[0]
            status = ReturnStatus.RETURNED
        elif sent is None:
            status = ReturnStatus.NOT_SENT
        elif sent.deadline is not None and sent.deadline < today:
            status = ReturnStatus.LATE
        else:
            status = ReturnStatus.MISSING
        rows.append(BoardRow(
            unit=unit, scope=scope, status=status,
            sent_at=sent.created_at if sent else None, deadline=sent.deadline if sent else None,
            returned_at=imports[0].imported_at if imports else None,
            file_name=imports[0].file_name if imports else "",
            values=int(imports[0].counts.get("values", 0)) if imports else 0,
            warnings=tuple(last.warnings) if imports else (),
            imports=len(imports),
        ))
    return rows


def missing_units(rows: list[BoardRow]) -> set[str]:
    return {r.unit for r in rows if r.status in (ReturnStatus.MISSING, ReturnStatus.LATE)}
