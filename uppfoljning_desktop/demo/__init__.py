"""The demo database, modelled on the Botkyrka meeting bundle of 22 September 2016
(``seeds/003_…``): the committee "Arbetsmarknads- och vuxenutbildningsnämnden" (AVUX),
its units and fictional people.

Each area adds its demo data in ``demo/<area>.py`` with ``ORDER`` (as the store's
``MIGRATION_ORDER``) and ``populate(db)``. Phone numbers are from the ranges the Swedish
Post and Telecom Authority reserves for fiction (070-174 06 05 … 99, 08-465 004 00 …
99); e-mail addresses use the reserved ``.example`` domain.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from uppfoljning_desktop.errors import UserError


def _area_modules():
    import uppfoljning_desktop.demo as package

    modules = [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]
    return sorted((m for m in modules if hasattr(m, "populate")), key=lambda m: (m.ORDER, m.__name__))


def create_demo(path: Path | str, *, force: bool = False) -> Path:
    """Create the demo database at ``path``; refuses to overwrite unless ``force``."""
    from uppfoljning_desktop.store.connection import check_is_sqlite_file, open_database
    from uppfoljning_desktop.store.errors import user_errors

    path = Path(path)
    if path.exists():
        if not force:
            raise UserError(
                f"Filen {path} finns redan och skrivs inte över.",
                hint="Välj ett annat filnamn, eller lägg till --force för att ersätta den med demodata.",
            )
        check_is_sqlite_file(path)  # --force replaces a database, never some other file
        with user_errors(path):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path, auto_backup=False)
    try:
        for module in _area_modules():
            with db.atomic():
                module.populate(db)
    finally:
        db.close()
    return path
