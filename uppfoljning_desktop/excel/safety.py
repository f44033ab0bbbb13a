"""Checks on a returned file before openpyxl is allowed near it.

openpyxl has no protection against zip bombs (a 305 KB file that expands to 300 MB took
584 MB of memory, TECH_NOTES.md), and an old ``.xls`` or a password-protected workbook
(both OLE compound files) would only give an obscure error. So: size, header, then the
zip directory's sizes and ratios, all with the standard library.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from pathlib import Path

from uppfoljning_desktop.errors import UserError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ENTRY_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_ENTRIES = 2000
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_HEADER = b"PK\x03\x04"


class RejectedFile(UserError):
    """The file cannot be read as a template at all (message names the file)."""


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB".replace(".", ",")


def check_file(path: Path) -> str:
    """Refuse what is not a safe .xlsx; returns the file's SHA-256 (hex)."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RejectedFile(
                f"{name}: filen är {_mb(size)}; en returnerad mall får vara högst {_mb(MAX_FILE_BYTES)}.",
                hint="Kontrollera att det är rätt fil (bilder eller extra blad gör den stor).",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise RejectedFile(f"{name}: filen finns inte.") from None
    except IsADirectoryError:
        raise RejectedFile(f"{name}: är en mapp, inte en fil.") from None
    except PermissionError:
        raise RejectedFile(f"{name}: filen går inte att läsa (behörighet saknas eller den är öppen i Excel).") from None
    if data.startswith(OLE_HEADER):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise RejectedFile(
                f"{name}: filen är lösenordsskyddad och kan inte läsas.",
                hint="Be avsändaren spara den utan lösenord (Arkiv → Info → Skydda arbetsbok) och skicka den igen.",
            )
        raise RejectedFile(
            f"{name}: filen är i det gamla Excel-formatet (.xls).",
            hint="Öppna den i Excel och spara som Excel-arbetsbok (.xlsx), eller skicka en ny mall.",
        )
    if not data.startswith(ZIP_HEADER):
        raise RejectedFile(
            f"{name}: filen är ingen Excel-arbetsbok (.xlsx).",
            hint="Välj den ifyllda mallen som verksamheten skickade tillbaka.",
        )
    _check_archive(path, name)
    return hashlib.sha256(data).hexdigest()


def _check_archive(path: Path, name: str) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise RejectedFile(
            f"{name}: filen är skadad eller ingen Excel-arbetsbok.",
            hint="Be avsändaren spara om den som .xlsx och skicka den igen.",
        ) from None
    if len(infos) > MAX_ENTRIES:
        raise RejectedFile(f"{name}: arkivet innehåller {len(infos)} delar; en mall har ett tjugotal.")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise RejectedFile(
            f"{name}: filen packas upp till {_mb(total)}, mer än de {_mb(MAX_UNCOMPRESSED_BYTES)} en mall får ta.",
            hint="Filen läses inte in (den kan vara skadlig). Be om en ny fil.",
        )
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_ENTRY_RATIO * max(info.compress_size, 1):
            raise RejectedFile(
                f"{name}: delen {info.filename} är komprimerad {info.file_size // max(info.compress_size, 1)} "
                f"gånger, mer än {MAX_ENTRY_RATIO} gånger som är rimligt.",
                hint="Filen läses inte in (den kan vara en så kallad zip-bomb). Be om en ny fil.",
            )
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        hint = "Spara den som Excel-arbetsbok (.xlsx)."
        if "xl/workbook.bin" in names:
            hint = "Binära arbetsböcker (.xlsb) läses inte; spara som Excel-arbetsbok (.xlsx)."
        if "content.xml" in names and _is_opendocument(path):
            raise RejectedFile(
                f"{name}: filen är sparad i LibreOffice eget format (OpenDocument, .ods), inte som "
                "Excel-arbetsbok (.xlsx).", hint=SAVE_AS_XLSX_IN_LIBREOFFICE)
        raise RejectedFile(f"{name}: filen är ingen Excel-arbetsbok (.xlsx).", hint=hint)
    _check_small_parts(path, name, infos)  # what it is comes first; then whether it is whole


SAVE_AS_XLSX_IN_LIBREOFFICE = (
    "Be avsändaren öppna filen i LibreOffice Calc, välja Arkiv → Spara som, filtypen "
    "\"Excel 2007-365 (.xlsx)\", klicka Spara och svara \"Använd Excel 2007-365!\" på frågan om "
    "format, och skicka .xlsx-filen."
)


def _is_opendocument(path: Path) -> bool:
    """True for an OpenDocument file (its first part, "mimetype", names the type)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read("mimetype")[:200].startswith(b"application/vnd.oasis.opendocument")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return False


SMALL_PART_BYTES = 1024 * 1024  # every XML part up to this size is checked for well-formedness


def _check_small_parts(path: Path, name: str, infos: list[zipfile.ZipInfo]) -> None:
    """Malformed XML anywhere is refused, also in parts openpyxl never reads (the package
    relationships, document properties): Excel would not open such a file either. The
    sheets (large) are checked while they are read, cell by cell."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    with zipfile.ZipFile(path) as zf:
        for info in infos:
            if not info.filename.endswith((".xml", ".rels")) or info.file_size > SMALL_PART_BYTES \
                    or info.filename.startswith("xl/worksheets/"):
                continue
            try:
                fromstring(zf.read(info))
            except (ParseError, DefusedXmlException, zlib.error, zipfile.BadZipFile, EOFError, ValueError) as exc:
                where = getattr(exc, "position", None)
                at = f" (rad {where[0]}, tecken {where[1]})" if where else ""
                raise RejectedFile(
                    f"{name}: filen är skadad: delen {info.filename} är ingen giltig XML{at}.",
                    hint="Be avsändaren spara om den som .xlsx och skicka den igen.",
                ) from None
