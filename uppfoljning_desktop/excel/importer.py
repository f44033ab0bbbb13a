"""Importing returned templates: check every file of a batch, then write all or nothing.

``check_files`` reads and plans each file (nothing is written) and gives, per file, its
problems and the changes it would make (old → new). ``import_files`` does the same and,
only when no file has an error, applies every file in ONE transaction together with
its import-log row; a batch with a rejected file writes nothing at all. Which kind
handles a file is decided by the kind named in its signed metadata.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database

from uppfoljning_desktop.excel.reader import read_returned
from uppfoljning_desktop.excel.spec import Change, Problem, ReturnedWorkbook, Severity
from uppfoljning_desktop.store import excel as store

Progress = Callable[[int, int, str], None]


class FileStatus(StrEnum):
    IMPORTED = "importerad"
    ACCEPTED = "godkänd"  # checked without errors (dry run, or a preview)
    REJECTED = "avvisad"
    NOT_IMPORTED = "ej importerad"  # fine, but another file of the batch was rejected


@dataclass
class FileOutcome:
    """What happened to one file: shown per file in the GUI and in ``--json``."""

    path: Path
    sha256: str = ""
    status: FileStatus = FileStatus.REJECTED
    problems: list[Problem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    values: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    kind: str = ""
    scope: dict[str, str] = field(default_factory=dict)
    returned: ReturnedWorkbook | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.WARNING]

    def as_dict(self) -> dict:
        return {
            "file": str(self.path),
            "sha256": self.sha256,
            "status": self.status.value,
            "kind": self.kind,
            "scope": self.scope,
            "counts": {
                "values": self.values, "changed": len(self.changes), "unchanged": self.unchanged,
                "errors": len(self.errors), "warnings": len(self.warnings), **self.counts,
            },
            "changes": [
                {"sheet": c.sheet, "cell": c.cell, "what": c.label, "old": c.old, "new": c.new}
                for c in self.changes
            ],
            "problems": [p.as_dict() for p in self.problems],
        }


@dataclass
class BatchResult:
    files: list[FileOutcome]
    imported: bool = False
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        """True when no file of the batch has an error."""
        return all(not f.errors for f in self.files)

    @property
    def problems(self) -> list[Problem]:
        return [p for f in self.files for p in f.problems]

    def as_dict(self) -> dict:
        return {"imported": self.imported, "dry_run": self.dry_run, "files": [f.as_dict() for f in self.files]}


def _check_one(db: Database, path: Path, expected_kind, expected_scope) -> FileOutcome:
    read = read_returned(db, path, expected_kind=expected_kind, expected_scope=expected_scope)
    outcome = FileOutcome(path=path, sha256=read.sha256, problems=list(read.problems))
    returned = read.workbook
    if returned is None:
        return outcome
    outcome.kind = returned.kind.name
    outcome.scope = dict(returned.scope)
    plan = returned.kind.plan(db, returned)
    outcome.problems += plan.problems
    outcome.changes = plan.changes
    outcome.unchanged = plan.unchanged
    outcome.values = sum(
        1 for rows in returned.rows.values() for r in rows for v in r.values.values() if v is not None
    )
    outcome.returned = returned
    outcome.status = FileStatus.REJECTED if outcome.errors else FileStatus.ACCEPTED
    return outcome


def check_files(
    db: Database, paths: Sequence[Path | str], *, expected_kind: str | None = None,
    expected_scope: Mapping[str, str] | None = None, progress: Progress | None = None,
) -> BatchResult:
    """Read, check and plan every file; writes nothing."""
    outcomes: list[FileOutcome] = []
    seen: dict[tuple[str, str], Path] = {}
    total = len(paths)
    for i, p in enumerate(paths):
        path = Path(p)
        if progress:
            progress(i, total, f"Kontrollerar {path.name} …")
        outcome = _check_one(db, path, expected_kind, expected_scope)
        if outcome.returned is not None:
            scope_key = (outcome.kind, repr(sorted(outcome.scope.items())))
            if scope_key in seen:
                outcome.problems.append(Problem(
                    path.name,
                    f"gäller samma {_scope_text(outcome)} som {seen[scope_key].name} i samma inläsning; "
                    "välj en av filerna.",
                ))
                outcome.status = FileStatus.REJECTED
            else:
                seen[scope_key] = path
        outcomes.append(outcome)
    if progress:
        progress(total, total, "Kontrollen är klar.")
    return BatchResult(outcomes)


def _scope_text(outcome: FileOutcome) -> str:
    return ", ".join(outcome.scope.values())


def import_files(
    db: Database, paths: Sequence[Path | str], *, dry_run: bool = False,
    expected_kind: str | None = None, expected_scope: Mapping[str, str] | None = None,
    progress: Progress | None = None, now: dt.datetime | None = None,
) -> BatchResult:
    """Check every file; if none has an error (and not ``dry_run``), import them all in
    one transaction with one import-log row each. Otherwise nothing is written."""
    batch = check_files(db, paths, expected_kind=expected_kind, expected_scope=expected_scope, progress=progress)
    batch.dry_run = dry_run
    if not batch.ok:
        for f in batch.files:
            if f.status == FileStatus.ACCEPTED:
                f.status = FileStatus.NOT_IMPORTED
        return batch
    if dry_run:
        return batch
    apply_batch(db, batch, now=now)
    return batch


def apply_batch(db: Database, batch: BatchResult, *, now: dt.datetime | None = None) -> None:
    """Write a checked batch (all files accepted) in one transaction."""
    if not batch.ok:
        raise ValueError("apply_batch needs a batch without errors")
    now = now or dt.datetime.now()
    with db.atomic():
        for f in batch.files:
            returned = f.returned
            assert returned is not None
            f.counts = dict(returned.kind.apply(db, returned))
            store.record_import(
                db, kind=returned.kind.name, scope=returned.scope,
                unit=returned.scope.get(returned.kind.unit_field, ""), file_name=f.path.name,
                sha256=f.sha256, counts={"values": f.values, "changed": len(f.changes), **f.counts},
                warnings=[f"{p.where}: {p.message}" if p.where else p.message for p in f.warnings],
                now=now,
            )
    for f in batch.files:
        f.status = FileStatus.IMPORTED
    batch.imported = True
