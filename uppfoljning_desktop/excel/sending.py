"""Sending templates to all units at once, with optional e-mail drafts, and reminders.

``write_templates`` writes one workbook per scope of a selection (every unit of a
period) into a folder, and with ``eml=True`` one ``.eml`` draft next to each; all
dispatches are recorded in one transaction after the files exist. ``write_reminders``
does the same for the units the return board shows as missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.excel import mail
from uppfoljning_desktop.excel.spec import TemplateContent, TemplateKind
from uppfoljning_desktop.excel.writer import build_workbook, safe_file_name, save_atomically
from uppfoljning_desktop.store import excel as store

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class SentTemplate:
    path: Path
    content: TemplateContent
    eml_path: Path | None = None


def _what(content: TemplateContent) -> str:
    return content.heading[:1].lower() + content.heading[1:]


def write_templates(
    db: Database, kind: TemplateKind, selection: dict[str, str], out_dir: Path, *,
    deadline: dt.date | None = None, eml: bool = False, reminder: bool = False,
    units: set[str] | None = None, progress: Progress | None = None, now: dt.datetime | None = None,
) -> list[SentTemplate]:
    """One workbook (and draft) per scope of ``selection``; ``units`` limits the units."""
    scopes = kind.scopes(db, **selection)
    if units is not None:
        scopes = [s for s in scopes if s.get(kind.unit_field) in units]
    if not scopes:
        what = ", ".join(selection.values())
        raise UserError(
            f"Det finns inget att skicka för {what}: ingen verksamhet har mått eller aktiviteter där.",
            hint="Lägg in mått och aktiviteter för verksamheterna först.",
        )
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sender = mail.default_sender(db) if eml else None
    sent: list[SentTemplate] = []
    for i, scope in enumerate(scopes):
        content = kind.build(db, scope)
        if deadline is not None:
            content.deadline = deadline
        if progress:
            progress(i, len(scopes), f"Skriver {content.file_stem} …")
        path = out_dir / f"{safe_file_name(content.file_stem)}.xlsx"
        save_atomically(build_workbook(db, kind, content, now=now), path)
        eml_path = None
        if sender is not None:
            body_fn = mail.reminder_body if reminder else mail.template_body
            subject = ("Påminnelse: " if reminder else "") + content.heading
            if content.deadline:
                subject += f" – senast {content.deadline.isoformat()}"
            msg = mail.make_draft(
                to_name=content.recipient_name, to_email=content.recipient_email, sender=sender,
                subject=subject, attachment=path, now=now,
                body=body_fn(head_name=content.recipient_name, what=_what(content),
                             deadline=content.deadline, sender=sender),
            )
            eml_path = mail.write_draft(msg, path.with_suffix(".eml"))
        sent.append(SentTemplate(path, content, eml_path))
    with db.atomic():
        for s in sent:
            store.record_dispatch(
                db, kind=kind.name, scope=s.content.scope, unit=s.content.scope.get(kind.unit_field, ""),
                file_name=s.path.name, recipient=s.content.recipient_email, deadline=s.content.deadline,
                now=now,
            )
    if progress:
        progress(len(scopes), len(scopes), "Klart.")
    return sent
