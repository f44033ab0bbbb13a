"""Schedule tables: a year's draft sammanträdesordning, its preparation series and dates.

A plan is generated from a rule (``domain.schedule``) and then edited date by date.
Every event keeps the ``key`` it was generated with (``m03``, ``m03-p1``), so a calendar
export after edits updates the events it exported before instead of duplicating them.
Preparations belong to their meeting: removing a meeting removes its preparations.

Removed dates are remembered per year (``schedule_cancelled_event``) with the revision
they had plus one, so that the next calendar export sends each as a cancellation
(STATUS:CANCELLED, same UID, higher SEQUENCE) and calendars that imported the earlier
file drop it. The memory outlives a regenerated or removed plan; a date that comes back
under the same key (a regenerated plan, a meeting added again on the same day) is
revived with a revision above the cancellation's.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.domain import schedule as schedule_rules
from uppfoljning_desktop.domain.dates import format_date_long
from uppfoljning_desktop.domain.schedule import (
    EventKind,
    GeneratedPlan,
    PrepKind,
    ScheduleEvent,
    ScheduleRule,
    place_preparation,
    prep_key,
    validate_rule,
)
from uppfoljning_desktop.domain.schedule_conflicts import Conflict, find_conflicts
from uppfoljning_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store.sqlutil import execute_script

MIGRATIONS = Migrations("schedule")
MIGRATION_ORDER = 30

DEFAULT_NOTICE_PERIOD_DAYS = 7


@MIGRATIONS()
def m001_schedule(db: Database) -> None:
    execute_script(
        db,
        """
        CREATE TABLE schedule_plan (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE,
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            preferred_week INTEGER NOT NULL,
            months TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE schedule_prep_kind (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES schedule_plan(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            days_before INTEGER NOT NULL,
            UNIQUE (plan_id, position)
        ) STRICT;
        CREATE TABLE schedule_event (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES schedule_plan(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('sammanträde', 'beredning')),
            prep_position INTEGER,
            meeting_key TEXT,
            date TEXT NOT NULL,
            start TEXT,
            end TEXT,
            place TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL DEFAULT 0,
            meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
            UNIQUE (plan_id, key),
            FOREIGN KEY (plan_id, meeting_key) REFERENCES schedule_event(plan_id, key) ON DELETE CASCADE,
            FOREIGN KEY (plan_id, prep_position) REFERENCES schedule_prep_kind(plan_id, position)
                ON DELETE CASCADE,
            CHECK ((kind = 'sammanträde') = (meeting_key IS NULL)),
            CHECK ((kind = 'sammanträde') = (prep_position IS NULL))
        ) STRICT;
        CREATE INDEX schedule_event_plan_date ON schedule_event(plan_id, date);
        CREATE INDEX schedule_event_meeting ON schedule_event(plan_id, meeting_key);
        """,
    )


@MIGRATIONS()
def m002_cancelled_events(db: Database) -> None:
    """Removed dates, remembered so that calendar exports can cancel them."""
    execute_script(
        db,
        """
        CREATE TABLE schedule_cancelled_event (
            year INTEGER NOT NULL,
            key TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('sammanträde', 'beredning')),
            label TEXT NOT NULL,
            prep_position INTEGER,
            meeting_key TEXT,
            date TEXT NOT NULL,
            start TEXT,
            end TEXT,
            place TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL,
            removed_at TEXT NOT NULL,
            PRIMARY KEY (year, key)
        ) STRICT;
        """,
    )


def _sample_m001(db: Database) -> None:
    db.execute(
        "INSERT INTO schedule_plan (id, year, weekday, start, end, place, preferred_week, months, created_at)"
        " VALUES (1, 2017, 3, '19:00', '21:00', 'Kommunhuset', 2, ?, '2016-09-01T10:00:00')",
        [json.dumps(dict.fromkeys(range(1, 13), 1))],
    )
    db.execute(
        "INSERT INTO schedule_prep_kind (plan_id, position, name, weekday, start, end, place, days_before)"
        " VALUES (1, 0, 'Ordförandeberedning', 0, '16:00', '17:30', 'plan 9', 17)"
    )
    db.execute(
        "INSERT INTO schedule_event (plan_id, key, kind, date, start, end) VALUES"
        " (1, 'm01', 'sammanträde', '2017-01-19', '19:00', '21:00')"
    )
    db.execute(
        "INSERT INTO schedule_event (plan_id, key, kind, prep_position, meeting_key, date, start, end)"
        " VALUES (1, 'm01-p1', 'beredning', 0, 'm01', '2017-01-09', '16:00', '17:30')"
    )


def _sample_m002(db: Database) -> None:
    db.execute(
        "INSERT INTO schedule_cancelled_event (year, key, kind, label, date, start, end, place, revision,"
        " removed_at) VALUES (2017, 'm02', 'sammanträde', 'Sammanträde', '2017-02-16', '19:00', '21:00',"
        " 'Kommunhuset', 1, '2016-10-01T09:00:00')"
    )


MIGRATION_SAMPLES = {"m001_schedule": _sample_m001, "m002_cancelled_events": _sample_m002}

_UNCHANGED: Any = object()


# ---------------------------------------------------------------- conversion


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _hhmm(t: dt.time | None) -> str | None:
    return None if t is None else f"{t.hour:02d}:{t.minute:02d}"


def _kind_row(r: dict) -> PrepKind:
    return PrepKind(
        id=r["id"], name=r["name"], weekday=r["weekday"], start=dt.time.fromisoformat(r["start"]),
        end=dt.time.fromisoformat(r["end"]), place=r["place"], days_before=r["days_before"],
    )


def _event_row(r: dict, kinds: list[PrepKind]) -> ScheduleEvent:
    position = r["prep_position"]
    return ScheduleEvent(
        id=r["id"], key=r["key"], kind=EventKind(r["kind"]), date=dt.date.fromisoformat(r["date"]),
        start=_time(r["start"]), end=_time(r["end"]), place=r["place"], note=r["note"],
        label="Sammanträde" if position is None else kinds[position].name,
        prep_kind_index=position, meeting_key=r["meeting_key"], revision=r["revision"],
        meeting_id=r["meeting_id"],
    )


def _cancelled_row(r: dict) -> ScheduleEvent:
    return ScheduleEvent(
        key=r["key"], kind=EventKind(r["kind"]), date=dt.date.fromisoformat(r["date"]), start=_time(r["start"]),
        end=_time(r["end"]), place=r["place"], label=r["label"], prep_kind_index=r["prep_position"],
        meeting_key=r["meeting_key"], revision=r["revision"], cancelled=True,
    )


def _event_values(e: ScheduleEvent) -> dict[str, Any]:
    return {
        "key": e.key, "kind": e.kind.value, "prep_position": e.prep_kind_index,
        "meeting_key": e.meeting_key, "date": e.date.isoformat(), "start": _hhmm(e.start),
        "end": _hhmm(e.end), "place": e.place, "note": e.note, "revision": e.revision,
        "meeting_id": e.meeting_id,
    }


# ---------------------------------------------------------------- reading


def list_plan_years(db: Database) -> list[int]:
    return [r["year"] for r in db.query("SELECT year FROM schedule_plan ORDER BY year")]


def find_plan(db: Database, year: int) -> GeneratedPlan | None:
    """The stored plan for ``year``, or None."""
    rows = list(db.query("SELECT * FROM schedule_plan WHERE year = ?", [year]))
    if not rows:
        return None
    p = rows[0]
    kinds = [_kind_row(r) for r in db.query(
        "SELECT * FROM schedule_prep_kind WHERE plan_id = ? ORDER BY position", [p["id"]])]
    rule = ScheduleRule(
        year=p["year"], weekday=p["weekday"], start=dt.time.fromisoformat(p["start"]),
        end=dt.time.fromisoformat(p["end"]), place=p["place"], preferred_week=p["preferred_week"],
        meetings_per_month={int(k): v for k, v in json.loads(p["months"]).items()}, prep_kinds=kinds,
    )
    events = [_event_row(r, kinds) for r in db.query(
        "SELECT * FROM schedule_event WHERE plan_id = ? ORDER BY date, start, prep_position, key", [p["id"]])]
    return GeneratedPlan(rule=rule, events=events, id=p["id"], cancelled=list_cancelled(db, year))


def list_cancelled(db: Database, year: int) -> list[ScheduleEvent]:
    """The year's removed dates, as they were, with the revision of their cancellation."""
    return [_cancelled_row(r) for r in db.query(
        "SELECT * FROM schedule_cancelled_event WHERE year = ? ORDER BY date, start, key", [year])]


def _remember_removed(db: Database, year: int, events: list[ScheduleEvent]) -> None:
    """Remember ``events`` (about to be deleted) as cancelled, one revision up."""
    now = dt.datetime.now().isoformat(timespec="seconds")
    for e in events:
        values = _event_values(e)
        db.execute(
            "INSERT INTO schedule_cancelled_event (year, key, kind, label, prep_position, meeting_key, date,"
            " start, end, place, revision, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (year, key) DO UPDATE SET kind = excluded.kind, label = excluded.label,"
            " prep_position = excluded.prep_position, meeting_key = excluded.meeting_key, date = excluded.date,"
            " start = excluded.start, end = excluded.end, place = excluded.place,"
            " revision = max(schedule_cancelled_event.revision, excluded.revision),"
            " removed_at = excluded.removed_at",
            [year, e.key, values["kind"], e.label, e.prep_kind_index, e.meeting_key, values["date"],
             values["start"], values["end"], e.place, e.revision + 1, now],
        )


def _revive(db: Database, year: int, e: ScheduleEvent) -> None:
    """A date inserted under a key that was cancelled comes back above the cancellation's
    revision (calendars ignore an update whose SEQUENCE is not higher)."""
    rows = list(db.query("SELECT revision FROM schedule_cancelled_event WHERE year = ? AND key = ?", [year, e.key]))
    if rows:
        e.revision = max(e.revision, rows[0]["revision"] + 1)
        db.execute("DELETE FROM schedule_cancelled_event WHERE year = ? AND key = ?", [year, e.key])


def get_plan(db: Database, year: int) -> GeneratedPlan:
    plan = find_plan(db, year)
    if plan is None:
        raise NotFound(
            f"Det finns ingen sammanträdesordning för {year}.",
            hint=f"Generera den först (Sammanträdesplan → Generera, eller 'plan generate --year {year}').",
        )
    return plan


def get_event(db: Database, event_id: int) -> tuple[GeneratedPlan, ScheduleEvent]:
    rows = list(db.query("SELECT p.year FROM schedule_event e JOIN schedule_plan p ON p.id = e.plan_id"
                         " WHERE e.id = ?", [event_id]))
    if not rows:
        raise NotFound("Datumet finns inte längre i sammanträdesordningen.", hint="Läs in planen igen.")
    plan = get_plan(db, rows[0]["year"])
    event = next(e for e in plan.events if e.id == event_id)
    return plan, event


def notice_period_days(db: Database) -> int:
    """The committee's notice period (its reglemente), or 7 days before one is entered."""
    from uppfoljning_desktop.store.organisation import get_committee

    try:
        return get_committee(db).notice_period_days
    except NotFound:
        return DEFAULT_NOTICE_PERIOD_DAYS


def list_conflicts(db: Database, year: int) -> list[Conflict]:
    """The plan's conflicts with the committee's notice period."""
    return find_conflicts(get_plan(db, year).events, notice_period_days(db))


# ---------------------------------------------------------------- writing


def _created_meetings(db: Database, plan_id: int) -> int:
    row = db.execute("SELECT count(*) FROM schedule_event WHERE plan_id = ? AND meeting_id IS NOT NULL",
                     [plan_id]).fetchone()
    return int(row[0])


def generate_plan(db: Database, rule: ScheduleRule, *, replace: bool = False) -> GeneratedPlan:
    """Generate and store the plan for ``rule.year`` (one transaction).

    Refuses to overwrite an existing plan unless ``replace``, and refuses to replace a
    plan whose meetings have already been created in the meetings module.
    """
    problems = validate_rule(rule)
    if problems:
        raise ValidationFailed(errors=problems, what="Regeln för sammanträdesordningen")
    generated = schedule_rules.generate_plan(rule)
    with db.atomic():
        existing = find_plan(db, rule.year)
        if existing is not None:
            if not replace:
                raise UserError(
                    f"Det finns redan en sammanträdesordning för {rule.year}.",
                    hint="Välj att ersätta den (--replace), eller ändra datumen i den befintliga.",
                )
            if existing.id is not None and _created_meetings(db, existing.id):
                raise UserError(
                    f"Sammanträdena för {rule.year} är redan skapade och planen kan inte genereras om.",
                    hint="Ändra enskilda datum i stället.",
                )
            _remember_removed(db, rule.year, existing.events)
            db.execute("DELETE FROM schedule_plan WHERE year = ?", [rule.year])
        plan_id = db.table("schedule_plan").insert({
            "year": rule.year, "weekday": rule.weekday, "start": _hhmm(rule.start),
            "end": _hhmm(rule.end), "place": rule.place.strip(), "preferred_week": rule.preferred_week,
            "months": json.dumps({str(m): rule.meetings_per_month.get(m, 1) for m in range(1, 13)}),
            "created_at": dt.datetime.now().isoformat(timespec="seconds"),
        }).last_pk
        for position, k in enumerate(rule.prep_kinds):
            db.table("schedule_prep_kind").insert({
                "plan_id": plan_id, "position": position, "name": k.name.strip(), "weekday": k.weekday,
                "start": _hhmm(k.start), "end": _hhmm(k.end), "place": k.place.strip(),
                "days_before": k.days_before,
            })
        for e in generated.events:  # meetings come before their preparations
            _revive(db, rule.year, e)
            db.table("schedule_event").insert({"plan_id": plan_id, **_event_values(e)})
    return get_plan(db, rule.year)


def _validate_event(plan: GeneratedPlan, e: ScheduleEvent) -> None:
    errors: list[FieldError] = []
    if e.kind is EventKind.MEETING and e.date.year != plan.year:
        errors.append(FieldError("Datum", f"{format_date_long(e.date)} ligger inte år {plan.year}"))
    if e.kind is EventKind.PREPARATION and not plan.year - 1 <= e.date.year <= plan.year:
        errors.append(FieldError("Datum", f"{format_date_long(e.date)} ligger långt från år {plan.year}"))
    if e.start is not None and e.end is not None and e.end <= e.start:
        errors.append(FieldError("Tid", "sluttiden måste vara efter starttiden"))
    if errors:
        raise ValidationFailed(errors=errors, what=f"{e.label} {format_date_long(e.date)}")


def _write_event(db: Database, plan_id: int, e: ScheduleEvent) -> None:
    values = _event_values(e)
    values.pop("key")
    assert e.id is not None
    db.table("schedule_event").update(e.id, values)


def update_event(
    db: Database,
    event_id: int,
    *,
    date: dt.date = _UNCHANGED,
    start: dt.time | None = _UNCHANGED,
    end: dt.time | None = _UNCHANGED,
    place: str = _UNCHANGED,
    note: str = _UNCHANGED,
    move_preparations: bool = True,
) -> ScheduleEvent:
    """Change one date (its time, place or note); one transaction.

    Moving a meeting moves its preparations along by the rule of their series
    (``move_preparations``). Dates on holidays are allowed and listed as conflicts.
    """
    with db.atomic():
        plan, e = get_event(db, event_id)
        old_date = e.date
        if date is not _UNCHANGED:
            e.date = date
            e.note = ""  # a date the secretary chose is no longer the generator's move
        if start is not _UNCHANGED:
            e.start = start
        if end is not _UNCHANGED:
            e.end = end
        if place is not _UNCHANGED:
            e.place = place.strip()
        if note is not _UNCHANGED:
            e.note = note.strip()
        _validate_event(plan, e)
        e.revision += 1
        assert plan.id is not None
        _write_event(db, plan.id, e)
        if e.kind is EventKind.MEETING and e.meeting_id is not None and e.date != old_date:
            from uppfoljning_desktop.store.schedule_year import move_linked_meeting

            move_linked_meeting(db, e.meeting_id, e.date)
        if e.kind is EventKind.MEETING and e.date != old_date and move_preparations:
            for prep in plan.events:
                if prep.meeting_key == e.key and prep.prep_kind_index is not None:
                    kind = plan.rule.prep_kinds[prep.prep_kind_index]
                    new_date, moved_note = place_preparation(e.date, kind)
                    if new_date != prep.date:
                        prep.date, prep.note = new_date, moved_note
                        prep.revision += 1
                        _write_event(db, plan.id, prep)
    return get_event(db, event_id)[1]


def _insert_event(db: Database, plan: GeneratedPlan, e: ScheduleEvent) -> int:
    plan_id = plan.id
    _revive(db, plan.year, e)
    last_pk = db.table("schedule_event").insert({"plan_id": plan_id, **_event_values(e)}).last_pk
    assert last_pk is not None
    return int(last_pk)


def _free_key(plan: GeneratedPlan, base: str) -> str:
    taken = {e.key for e in plan.events}
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def add_meeting(
    db: Database, year: int, date: dt.date, *, start: dt.time | None = None,
    end: dt.time | None = None, place: str | None = None, with_preparations: bool = True,
) -> ScheduleEvent:
    """Add a meeting (and, by the rule, one preparation of each series) to the plan."""
    with db.atomic():
        plan = get_plan(db, year)
        assert plan.id is not None
        meeting = ScheduleEvent(
            key=_free_key(plan, f"x{date:%m%d}"), kind=EventKind.MEETING, date=date,
            start=start or plan.rule.start, end=end or plan.rule.end,
            place=plan.rule.place if place is None else place.strip(),
        )
        _validate_event(plan, meeting)
        meeting.id = _insert_event(db, plan, meeting)
        if with_preparations:
            for position, kind in enumerate(plan.rule.prep_kinds):
                d, note = place_preparation(date, kind)
                _insert_event(db, plan, ScheduleEvent(
                    key=prep_key(meeting.key, position), kind=EventKind.PREPARATION, date=d,
                    start=kind.start, end=kind.end, place=kind.place, note=note, label=kind.name,
                    prep_kind_index=position, meeting_key=meeting.key,
                ))
    return get_event(db, meeting.id)[1]


def add_preparation(db: Database, meeting_event_id: int, kind_index: int, date: dt.date | None = None) -> ScheduleEvent:
    """Add a preparation of series ``kind_index`` before a meeting (date by the rule if None)."""
    with db.atomic():
        plan, meeting = get_event(db, meeting_event_id)
        assert plan.id is not None
        if meeting.kind is not EventKind.MEETING:
            raise UserError("En beredning hör till ett sammanträde.", hint="Välj sammanträdet först.")
        if not 0 <= kind_index < len(plan.rule.prep_kinds):
            raise NotFound(f"Beredningsserie {kind_index + 1} finns inte i planen för {plan.year}.")
        kind = plan.rule.prep_kinds[kind_index]
        note = ""
        if date is None:
            date, note = place_preparation(meeting.date, kind)
        prep = ScheduleEvent(
            key=_free_key(plan, prep_key(meeting.key, kind_index)), kind=EventKind.PREPARATION,
            date=date, start=kind.start, end=kind.end, place=kind.place, note=note, label=kind.name,
            prep_kind_index=kind_index, meeting_key=meeting.key,
        )
        _validate_event(plan, prep)
        new_id = _insert_event(db, plan, prep)
    return get_event(db, new_id)[1]


def delete_event(db: Database, event_id: int) -> None:
    """Remove a date; removing a meeting removes its preparations too. Both are
    remembered, so the next calendar export cancels them."""
    with db.atomic():
        plan, e = get_event(db, event_id)
        if e.meeting_id is not None:
            raise UserError(
                f"{e.label} {format_date_long(e.date)} är redan skapat som sammanträde.",
                hint="Ta bort det under Sammanträden i stället.",
            )
        removed = [e] + [p for p in plan.events if e.kind is EventKind.MEETING and p.meeting_key == e.key]
        _remember_removed(db, plan.year, removed)
        db.execute("DELETE FROM schedule_event WHERE id = ?", [event_id])


def delete_plan(db: Database, year: int) -> None:
    with db.atomic():
        plan = get_plan(db, year)
        assert plan.id is not None
        if _created_meetings(db, plan.id):
            raise UserError(f"Sammanträdena för {year} är redan skapade; planen kan inte tas bort.")
        _remember_removed(db, year, plan.events)
        db.execute("DELETE FROM schedule_plan WHERE id = ?", [plan.id])


def find_event_on(plan: GeneratedPlan, day: dt.date, kind: str | None = None) -> ScheduleEvent:
    """The plan's event on ``day`` (of ``kind``: "sammanträde" or a series name)."""
    matches = [e for e in plan.events if e.date == day and (
        kind is None or e.label.casefold() == kind.casefold() or e.kind.value == kind.casefold())]
    if len(matches) != 1:
        what = kind or "sammanträde eller beredning"
        if not matches:
            raise NotFound(f"Inget {what} {format_date_long(day)} i sammanträdesordningen {plan.year}.")
        raise UserError(f"Flera datum {format_date_long(day)}: ange vilket med --kind.",
                        hint="Till exempel --kind sammanträde eller --kind Ordförandeberedning.")
    return matches[0]
