"""Reading the append-only crisis log: corrections, the decision log, open follow-ups.

Nothing in the log is ever changed or removed; a correction (rättelse) is a new entry
that points at the entry it corrects. Both stay visible: the printed logs show the
original, marked as corrected, and the correction beside it. This module works out
those chains for the decision log (beslutslogg) and the full event log.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from uppfoljning_desktop.domain.crisis import EntryStatus, EntryType, LogEntry


def _key(e: LogEntry) -> tuple:
    """The order the entries were written in: the store numbers them as they come. Not the
    timestamp: it is local wall-clock time, which goes back an hour when summer time ends."""
    return (e.number, e.id or 0)


def root_of(entry: LogEntry, by_id: dict[int, LogEntry]) -> LogEntry:
    """The first entry of the chain of corrections ``entry`` belongs to."""
    seen: set[int] = set()
    while entry.corrects_id is not None and entry.corrects_id in by_id and entry.id not in seen:
        seen.add(entry.id or 0)
        entry = by_id[entry.corrects_id]
    return entry


@dataclass
class LogChain:
    """An entry with the corrections made to it (and to those), in time order."""

    original: LogEntry
    corrections: list[LogEntry] = field(default_factory=list)

    @property
    def current(self) -> LogEntry:
        """The entry as it stands now: the latest correction, or the original."""
        return self.corrections[-1] if self.corrections else self.original

    @property
    def entries(self) -> list[LogEntry]:
        return [self.original, *self.corrections]

    @property
    def is_decision(self) -> bool:
        return any(e.entry_type == EntryType.DECISION for e in self.entries)


def chains(entries: Sequence[LogEntry]) -> list[LogChain]:
    """Group entries by the original they correct; chains in the original's time order."""
    by_id = {e.id: e for e in entries if e.id is not None}
    result: dict[int, LogChain] = {}
    order: list[int] = []
    for e in sorted(entries, key=_key):
        root = root_of(e, by_id)
        rid = root.id or 0
        if rid not in result:
            result[rid] = LogChain(original=root)
            order.append(rid)
        if e is not root:
            result[rid].corrections.append(e)
    return [result[r] for r in order]


def decision_log(entries: Sequence[LogEntry]) -> list[LogChain]:
    """The decision log (beslutslogg): every decision in time order, with its corrections.

    A chain counts as a decision when any of its entries is of type "beslut" (an
    information entry corrected into a decision is a decision too).
    """
    return [c for c in chains(entries) if c.is_decision]


def corrected_by(entries: Sequence[LogEntry]) -> dict[int, list[LogEntry]]:
    """For each entry id, the entries that directly correct it."""
    result: dict[int, list[LogEntry]] = {}
    for e in sorted(entries, key=_key):
        if e.corrects_id is not None:
            result.setdefault(e.corrects_id, []).append(e)
    return result


def open_follow_ups(entries: Sequence[LogEntry], now: dt.datetime) -> list[LogEntry]:
    """Current decisions and actions with a follow-up time that are not done, earliest
    first; ``overdue`` ones are those with ``follow_up_at <= now``."""
    due = []
    for chain in chains(entries):
        cur = chain.current
        if cur.follow_up_at is None:
            continue
        if cur.status in (EntryStatus.DONE, EntryStatus.CANCELLED):
            continue
        due.append(cur)
    return sorted(due, key=lambda e: e.follow_up_at or now)


def parse_time_input(text: str, day: dt.date) -> dt.datetime | None:
    """What the log keeper types for a follow-up time: "14:30", "1430", "2026-10-14 14:30"
    or nothing. A bare time is on ``day``. Raises ``ValueError`` with a Swedish message."""
    s = " ".join(text.strip().split())
    if not s:
        return None
    try:
        if len(s) > 5 and s[:4].isdigit() and "-" in s:
            return dt.datetime.fromisoformat(s.replace(" ", "T")).replace(second=0, microsecond=0)
        m = re.fullmatch(r"(\d{1,2})[:.](\d{2})|(\d{1,2})(\d{2})", s)
        if m:
            hour, minute = (int(x) for x in (m.groups()[:2] if m.group(1) else m.groups()[2:]))
            return dt.datetime.combine(day, dt.time(hour, minute))
    except ValueError:
        pass
    raise ValueError(f"\"{text}\" är ingen tid: skriv t.ex. 14:30 eller 2026-10-14 14:30")
