"""The schema's versions: one sqlite-utils ``Migrations`` set per area.

Each repository module that owns tables defines ``MIGRATIONS`` (a ``Migrations``
named after the area) and ``MIGRATION_ORDER`` (an int: areas whose tables are
referenced by others come first: organisation 10, meetings 20, schedule 30, goals 40,
excel 50, delegation 60, crisis 70). A module may also define ``MIGRATION_SAMPLES``:
``{migration name: function(db)}`` that writes a few realistic rows valid right after
that migration, so the tests can check that every later migration carries them forward.

A migration that this version of the app does not know means the file was written by a
newer version: it is refused, never "repaired".
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

import uppfoljning_desktop.store as store_package

MIGRATIONS_TABLE = Migrations.migrations_table


def area_modules() -> list[ModuleType]:
    """The store modules that own migrations, in dependency order."""
    modules = []
    for info in pkgutil.iter_modules(store_package.__path__):
        module = importlib.import_module(f"{store_package.__name__}.{info.name}")
        if isinstance(getattr(module, "MIGRATIONS", None), Migrations):
            modules.append(module)
    modules.sort(key=lambda m: (m.MIGRATION_ORDER, m.__name__))
    return modules


def migration_sets() -> list[Migrations]:
    return [m.MIGRATIONS for m in area_modules()]


def all_migrations() -> list[tuple[str, str]]:
    """``(set, name)`` of every migration, in the order they are applied.

    sqlite-utils has no public list of a set's migrations; ``pending`` on an empty
    database (read-only, it creates nothing) is every one of them."""
    empty = Database(memory=True)
    return [(s.name, m.name) for s in migration_sets() for m in s.pending(empty)]


def migration_samples() -> dict[tuple[str, str], Callable[[Database], None]]:
    samples = {}
    for module in area_modules():
        for name, fn in getattr(module, "MIGRATION_SAMPLES", {}).items():
            samples[(module.MIGRATIONS.name, name)] = fn
    return samples


@dataclass
class MigrationStatus:
    applied_count: int = 0
    pending: list[tuple[str, str]] = field(default_factory=list)
    unknown: list[tuple[str, str]] = field(default_factory=list)

    @property
    def up_to_date(self) -> bool:
        return not self.pending and not self.unknown


def migration_status(db: Database) -> MigrationStatus:
    """Read-only: which migrations are applied, pending, or unknown (from a newer app).

    Answered from ``migration_manifest`` (kept equal to ``all_migrations()`` by a test),
    so opening an up-to-date database imports no store module it does not use."""
    from uppfoljning_desktop.store.migration_manifest import ALL

    known = set(ALL)
    applied: set[tuple[str, str]] = set()
    if db[MIGRATIONS_TABLE].exists():
        applied = {
            (r["migration_set"], r["name"])
            for r in db.query(f"SELECT migration_set, name FROM [{MIGRATIONS_TABLE}]")
        }
    return MigrationStatus(
        applied_count=len(applied),
        pending=[m for m in ALL if m not in applied],
        unknown=sorted(applied - known),
    )


def apply_migrations(db: Database, *, stop_before: tuple[str, str] | None = None) -> list[str]:
    """Apply pending migrations set by set; each migration is its own transaction.

    ``stop_before`` (set, name) stops just before that migration (used by the tests
    that build a database of the previous version).
    """
    before = set(_applied(db))
    for migrations in migration_sets():
        if stop_before and stop_before[0] == migrations.name:
            migrations.apply(db, stop_before=stop_before[1])
            break
        migrations.apply(db)
    return [f"{s}/{n}" for s, n in _applied(db) if (s, n) not in before]


def _applied(db: Database) -> list[tuple[str, str]]:
    if not db[MIGRATIONS_TABLE].exists():
        return []
    return [
        (r["migration_set"], r["name"])
        for r in db.query(f"SELECT migration_set, name FROM [{MIGRATIONS_TABLE}] ORDER BY rowid")
    ]


def notify(event: str, db: Database, *args: object) -> None:
    """Tell the other areas that something happened, inside the caller's transaction.

    Every area module (those with ``MIGRATIONS``) may define ``on_<event>(db, *args)``;
    they are called in migration order. Used for ``meeting_state_changed`` (meeting id):
    adjusted or posted minutes give delegation decisions their § and appeal dates
    (KL 8:10, 13:5), so the register follows without the meetings area knowing it.
    """
    for module in area_modules():
        handler = getattr(module, f"on_{event}", None)
        if handler is not None:
            handler(db, *args)


def foreign_key_problems(db: Database) -> list[tuple]:
    """Rows that point at something that does not exist (``PRAGMA foreign_key_check``)."""
    return list(db.execute("PRAGMA foreign_key_check").fetchall())
