"""A committee's twenty years: ``uppfoljning --db F demo --years 20 [--seed N]``.

Builds on the demo (``create_demo``) a deterministic history for scale tests and
benchmarks: about eleven meetings a year with 8–15 items each, memos, finalised, adjusted
and posted minutes with reservations, PDF attachments of realistic size (scanned
appendices: one page with an image, 0,2–2,4 MB, every one different), 100 000 delegation
decisions, a goal plan a year with 2 000 indicators reported for women, men and in total
in each period, 30 crisis events with 20 000 log entries, and each year's schedule.

Everything comes from ``random.Random(seed)``: the same seed gives the same database.
Not part of ``demo`` without ``--years`` (not in the ``_area_modules`` loop: no ORDER).
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from uppfoljning_desktop.domain.meetings import ItemKind, MeetingState

WORDS = ["anställning", "lönebidrag", "extratjänst", "praktik", "anvisning", "feriearbete", "antagning", "sfi",
         "kurs", "elev", "avbrott", "yttrande", "avtal", "upphandling", "fordran", "avskrivning", "bisyssla",
         "vikariat", "ersättning", "utbildning", "jobbspår", "försörjningsstöd", "arbetsträning", "språkpraktik",
         "verkstad", "ungdomar", "nyanlända", "validering", "studiestöd", "vuxenutbildning", "yrkesvux", "budget"]
TITLES = ["Delårsrapport {n}", "Verksamhetsplan {y}", "Budget {y}", "Internkontrollplan {y}",
          "Yttrande över motion om {w}", "Svar på medborgarförslag om {w}", "Upphandling av {w}",
          "Riktlinjer för {w}", "Uppföljning av {w}", "Avgifter för {w}", "Lokalförsörjning {y}",
          "Revisionsrapport om {w}", "Attestordning {y}", "Sammanträdesordning {y}", "Redovisning av {w}"]
FIRST = ["Anna", "Erik", "Sara", "Karl", "Lina", "Omar", "Ida", "Per", "Maja", "Ali", "Eva", "Jonas"]
LAST = ["Ek", "Lund", "Berg", "Holm", "Strand", "Sjö", "Dahl", "Falk", "Lind", "Nord", "Rask", "Vik"]


@dataclass(frozen=True)
class ScaleReport:
    path: Path
    seconds: float
    size_bytes: int
    counts: dict[str, int]


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def attachment_pdf(rng: random.Random, size: int, title: str) -> bytes:
    """A one-page PDF of about ``size`` bytes: a heading and a grey "scanned" image whose
    pixels come from ``rng`` (so no two attachments share content)."""
    width = 1000
    height = max(1, (size - 1200) // width)
    pixels = rng.randbytes(width * height)
    safe = title.encode("latin-1", "replace").replace(b"\\", b"").replace(b"(", b"").replace(b")", b"")
    content = b"BT /F1 14 Tf 50 800 Td (" + safe[:80] + b") Tj ET q 495 0 0 700 50 60 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n" % (width, height, len(pixels)) + pixels + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe5\xe4\xf6\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _meeting_dates(year: int, is_holiday: Callable[[dt.date], bool]) -> list[dt.date]:
    """The second Thursday of each month but July, moved a week on a holiday."""
    dates = []
    for month in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12):
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(3 - d.weekday()) % 7 + 7)
        while is_holiday(d):
            d += dt.timedelta(days=7)
        dates.append(d)
    return dates


class _Builder:
    def __init__(self, db, rng: random.Random, years: range, attachment_scale: float,
                 progress: Callable[[str], None]) -> None:
        self.db, self.rng, self.years = db, rng, years
        self.attachment_scale = attachment_scale
        self.progress = progress
        self.counts: dict[str, int] = {}

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    # -- meetings ------------------------------------------------------------------
    def meetings(self) -> None:
        from uppfoljning_desktop.domain.holidays_se import holiday_name
        from uppfoljning_desktop.store import meeting_items as items
        from uppfoljning_desktop.store import meetings as store
        from uppfoljning_desktop.store import minutes
        from uppfoljning_desktop.store import organisation as org

        db, rng = self.db, self.rng
        names = [m.name for m in org.list_members(db)][:6] or ["Anna Ek", "Erik Lund"]
        for year in self.years:
            if store.list_meetings(db, year=year):
                continue  # the demo's own year: its § numbers start at the demo meeting
            with db.atomic():
                for date in _meeting_dates(year, lambda d: holiday_name(d) is not None):
                    self._meeting(db, rng, store, items, minutes, date, names)
            self.progress(f"Sammanträden {year}: klart")

    def _meeting(self, db, rng, store, items, minutes, date, names) -> None:
        meeting = store.create_meeting(db, date, dt.time(18, 0), "Sammanträdesrummet, kommunhuset")
        self.count("meetings")
        for i in range(rng.randint(8, 15)):
            title = rng.choice(TITLES).format(n=rng.randint(1, 3), y=date.year, w=_words(rng, 2))
            item = items.add_item(
                db, meeting.id, title, kind=ItemKind.DECISION,
                summary=f"Ärendet gäller {_words(rng, 8)}. " * rng.randint(2, 6),
                body="\n\n".join(f"{_words(rng, 12).capitalize()}." for _ in range(rng.randint(2, 5))),
                proposal=f"Nämnden beslutar att {_words(rng, 6)}.",
                officer=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            )
            self.count("items")
            if rng.random() < 0.6:
                size = int(rng.randint(200_000, 2_400_000) * self.attachment_scale)
                title = f"Bilaga {i + 1}: {_words(rng, 3)}"
                items.add_attachment(db, item.id, f"bilaga-{date.isoformat()}-{i + 1}.pdf",
                                     attachment_pdf(rng, max(size, 2000), title), title)
                self.count("attachments")
        minutes.save_attendance(db, meeting.id, self._attendance(meeting.id))
        for item in items.list_items(db, meeting.id):
            dissent = ""
            if rng.random() < 0.15:
                dissent = f"{rng.choice(names)} reserverar sig mot beslutet till förmån för eget yrkande."
                self.count("reservations")
            minutes.record_decision(db, item.id, decision=item.proposal or "Informationen noteras.",
                                    dissent=dissent)
        store.set_state(db, meeting.id, MeetingState.NOTICE_SENT, today=date - dt.timedelta(days=8),
                        on=date - dt.timedelta(days=8))
        store.set_state(db, meeting.id, MeetingState.HELD, today=date, on=date)
        minutes.finalise_minutes(db, meeting.id)
        meeting = store.get_meeting(db, meeting.id)
        meeting.adjusters = names[1:3]
        meeting.adjustment_place = "Kommunhuset"
        store.save_meeting(db, meeting)
        adjusted_on = date + dt.timedelta(days=7)
        store.set_state(db, meeting.id, MeetingState.ADJUSTED, today=adjusted_on, on=adjusted_on)
        posted_on = adjusted_on + dt.timedelta(days=1)
        store.set_state(db, meeting.id, MeetingState.POSTED, today=posted_on, on=posted_on)

    def _attendance(self, meeting_id: int) -> list:
        """The committee as the history's minutes record it: today's fictional members
        (their mandates in the demo start later, so ``default_attendance`` proposes nobody
        for a meeting of 2006)."""
        from uppfoljning_desktop.domain.meetings import Attendance, AttendanceStatus
        from uppfoljning_desktop.store import organisation as org

        return [Attendance(meeting_id=meeting_id, name=m.name, party=m.party, role=m.role.value, member_id=m.id,
                           status=AttendanceStatus.PRESENT if m.role.is_seat else AttendanceStatus.NON_SERVING_SUBSTITUTE)
                for m in org.list_members(self.db)]

    # -- delegation ----------------------------------------------------------------
    def delegation(self, total: int) -> None:
        from uppfoljning_desktop.domain.delegation import point_sort_key, swedish_sort_key
        from uppfoljning_desktop.store import bulk
        from uppfoljning_desktop.store import delegation as dstore
        from uppfoljning_desktop.store import organisation as org

        db, rng = self.db, self.rng
        units = [u.id for u in org.list_units(db)]
        rules = [r for rs in dstore.list_all_rules(db).values() for r in rs.values()]
        first, days = dt.date(self.years.start, 1, 1), 365 * len(self.years)
        lists: dict[tuple[int, str], int] = {}
        rows = []
        for i in range(total):
            date = first + dt.timedelta(days=i * days // total)
            unit = rng.choice(units)
            month = f"{date.year:04d}-{date.month:02d}"
            if (unit, month) not in lists:
                received = (date.replace(day=28) + dt.timedelta(days=7)).replace(day=5)
                lists[(unit, month)] = dstore.open_unit_list(db, unit, month, received_on=received,  # type: ignore[assignment]
                                                              source="skala").id
            rule = rng.choice(rules)
            subject = _words(rng, 5).capitalize()
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            rows.append(dict(
                year=date.year, number=500_000 + i, decision_date=date.isoformat(), rule_id=rule.id,
                point=rule.point, point_key=point_sort_key(rule.point), subject=subject,
                subject_key=swedish_sort_key(subject)[:60], case_number=f"AVUX/{date.year}:{i % 900 + 1}",
                decision=_words(rng, 3), delegate_name=name, delegate_function=rule.delegate_function.split(",")[0],
                delegate_key=swedish_sort_key(name), unit_id=unit, list_id=lists[(unit, month)],
                appeal_route="laglighetsprövning", created_at=f"{date.isoformat()}T12:00:00"))
        bulk.insert_rows(db, "delegation_decision", rows)
        self.count("delegation_decisions", total)
        self._report_lists()
        self.progress(f"Delegationsbeslut: {total}")

    def _report_lists(self) -> None:
        """Each meeting of the history took up the lists received before it, and its
        adjusted and posted minutes recorded them (as the secretary's year does)."""
        from uppfoljning_desktop.domain.deadlines import last_appeal_day
        from uppfoljning_desktop.domain.meetings import DELEGATION_ITEM_TITLE
        from uppfoljning_desktop.store import delegation as dstore
        from uppfoljning_desktop.store import meeting_items as items
        from uppfoljning_desktop.store import meetings as mstore

        db = self.db
        with db.atomic():
            for m in sorted(mstore.list_meetings(db), key=lambda m: m.date):
                if m.posted_on is None or m.date.year not in self.years:
                    continue
                dstore.assign_lists_to_meeting(db, m.date)
                item = items.find_item(db, m.id, title=DELEGATION_ITEM_TITLE)  # type: ignore[arg-type]
                dstore.record_minutes_adjusted(db, m.date, item.section_no if item else None)
                dstore.record_posting(db, m.date, m.posted_on, last_appeal_day(m.posted_on))

    # -- goals ---------------------------------------------------------------------
    def goals(self, indicators_per_year: int) -> None:
        from uppfoljning_desktop.domain.goals import CommitteeGoal, CouncilGoal, GoalArea, Plan
        from uppfoljning_desktop.store import bulk
        from uppfoljning_desktop.store import goals as gstore

        db, rng = self.db, self.rng
        units = self._unit_ids()
        existing = {p.first_year for p in gstore.list_plans(db)} | {y for p in gstore.list_plans(db) for y in p.years}
        for year in self.years:
            if year in existing:
                continue
            with db.atomic():
                plan = gstore.save_plan(db, Plan(name=f"Verksamhetsplan {year}", first_year=year, last_year=year))
                periods = gstore.ensure_periods(db, year)
                goal_ids = []
                for a in range(5):
                    area = gstore.save_area(db, GoalArea(plan_id=plan.id, name=f"Målområde {a + 1}: {_words(rng, 2)}"))  # type: ignore[arg-type]
                    council = gstore.save_council_goal(db, CouncilGoal(area_id=area.id, number=str(a + 1), text=_words(rng, 6)))  # type: ignore[arg-type]
                    for g in range(4):
                        goal = gstore.save_goal(db, CommitteeGoal(area_id=area.id, number=f"{a + 1}.{g + 1}",  # type: ignore[arg-type]
                                                                  text=_words(rng, 7).capitalize(), council_goal_id=council.id))
                        goal_ids.append(goal.id)
                ind_rows = []
                for n in range(indicators_per_year):
                    unit = rng.choice(["procent", "antal", "index"])
                    ind_rows.append(dict(uuid=str(uuid.UUID(int=rng.getrandbits(128))), goal_id=goal_ids[n % len(goal_ids)],
                                         name=f"{_words(rng, 4).capitalize()} ({n + 1})", measure_unit=unit,
                                         unit_id=rng.choice(units), by_gender=1, sort_order=n))
                bulk.insert_rows(db, "indicator", ind_rows)
                ind_ids = bulk.ids_in_order(db, "indicator", f"goal_id IN ({','.join('?' * len(goal_ids))})", goal_ids)
                targets, outcomes = [], []
                for ind_id, row in zip(ind_ids, ind_rows, strict=True):
                    percent = row["measure_unit"] == "procent"
                    targets.append(dict(indicator_id=ind_id, year=year, text=f"Minst {rng.randint(40, 90)}" + (" %" if percent else "")))
                    for period in periods:
                        for breakdown in ("T", "K", "M"):
                            value = round(rng.uniform(20, 95), 1) if percent else rng.randint(10, 5000)
                            outcomes.append(dict(indicator_id=ind_id, period_id=period.id, breakdown=breakdown,
                                                 value=str(value), updated_at=f"{period.end_date.isoformat()}T12:00:00"))
                bulk.insert_rows(db, "indicator_target", targets)
                bulk.insert_rows(db, "outcome", outcomes)
            self.count("indicators", len(ind_rows))
            self.count("outcomes", len(outcomes))
            self.progress(f"Mål {year}: {len(ind_rows)} indikatorer, {len(outcomes)} utfall")

    def _unit_ids(self) -> list[int]:
        from uppfoljning_desktop.store import organisation as org

        return [u.id for u in org.list_units(self.db)]  # type: ignore[misc]

    # -- crisis --------------------------------------------------------------------
    def crisis(self, events: int, entries: int) -> None:
        from uppfoljning_desktop.domain.crisis import CrisisEvent, EntryType, LogEntry
        from uppfoljning_desktop.store import crisis_log

        db, rng = self.db, self.rng
        # one long crisis with a quarter of the entries, the rest shared by shorter ones
        largest = entries // 4 if events > 1 else entries
        rest = entries - largest
        per_event = [largest] + [rest // (events - 1) + (1 if i < rest % (events - 1) else 0)
                                 for i in range(events - 1)]
        for i, count in enumerate(per_event):
            year = self.years.start + i * len(self.years) // events
            start = dt.datetime(year, rng.randint(1, 12), rng.randint(1, 28), 8, 0)
            with db.atomic():
                event = crisis_log.start_event(db, CrisisEvent(name=f"Händelse {i + 1}: {_words(rng, 2)}",
                                                               started_at=start, is_exercise=i % 3 == 0))
                for n in range(count):
                    kind = rng.choice([EntryType.DECISION, EntryType.INFORMATION, EntryType.ACTION])
                    entry = LogEntry(event_id=event.id, entry_type=kind, text=_words(rng, 10).capitalize() + ".",
                                     decided_by=f"{rng.choice(FIRST)} {rng.choice(LAST)}" if kind is EntryType.DECISION else "")
                    crisis_log.append_log_entry(db, entry, now=start + dt.timedelta(minutes=n), durable=False)
                crisis_log.end_event(db, event.id, now=start + dt.timedelta(minutes=count + 30))  # type: ignore[arg-type]
        self.count("crisis_events", events)
        self.count("crisis_log_entries", entries)
        self.progress(f"Kris: {events} händelser, {entries} loggposter")

    # -- schedule ------------------------------------------------------------------
    def schedules(self) -> None:
        from uppfoljning_desktop.domain.schedule import ScheduleRule
        from uppfoljning_desktop.store import schedule as sstore

        done = set(sstore.list_plan_years(self.db))
        for year in self.years:
            if year in done:
                continue
            with self.db.atomic():
                sstore.generate_plan(self.db, ScheduleRule(year=year))
            self.count("schedules")
        self.progress("Sammanträdesplaner: klart")


def create_scale_demo(path: Path | str, *, years: int = 20, seed: int = 1, force: bool = False,
                      last_year: int = 2025, attachment_scale: float = 1.0, decisions: int = 100_000,
                      indicators_per_year: int = 2000, crisis_events: int = 30, crisis_entries: int = 20_000,
                      progress: Callable[[str], None] = lambda _s: None) -> ScaleReport:
    """The demo plus ``years`` years of history ending with ``last_year``; deterministic by ``seed``.

    The smaller knobs (``attachment_scale``, ``decisions`` …) are for tests; the defaults
    give the twenty-year database of bench/scale.py.
    """
    from uppfoljning_desktop.demo import create_demo
    from uppfoljning_desktop.store import bulk
    from uppfoljning_desktop.store.connection import open_database

    t0 = time.perf_counter()
    path = create_demo(path, force=force)
    db = open_database(path, auto_backup=False)
    try:
        b = _Builder(db, random.Random(seed), range(last_year - years + 1, last_year + 1), attachment_scale, progress)
        b.schedules()
        b.meetings()
        b.delegation(decisions)
        b.goals(indicators_per_year)
        b.crisis(crisis_events, crisis_entries)
        bulk.analyze(db)
    finally:
        db.close()
    size = sum(Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists())
    return ScaleReport(Path(path), time.perf_counter() - t0, size, b.counts)

