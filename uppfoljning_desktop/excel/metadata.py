"""The hidden metadata sheet: what a template is, for whom, and its signature.

A template carries, on a ``veryHidden`` sheet, the kind and version, the database's
identity, the scope (period, unit …), each input sheet's key and title, and the key of
every row. The rows are signed with HMAC-SHA256 using the database's own secret
(``store.excel.signing_key``), so an edited metadata sheet (another unit, an extra row
key) is detected on import. Values are compared as text so that a LibreOffice re-save,
which may store "1" as a number, still verifies.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field

META_SHEET = "_metadata"
LISTS_SHEET = "_listor"
FORMAT_TAG = "uppfoljning-mall"
KEY_HEADER = "Nyckel"
SHEET_MARKER = "#"  # A1 of an input sheet: "#" + sheet key


@dataclass
class Metadata:
    kind: str
    version: int
    database_id: str
    scope: dict[str, str]
    created: str
    sheets: dict[str, str]  # sheet key → title when written
    row_keys: dict[str, list[str]] = field(default_factory=dict)  # sheet key → keys

    def rows(self) -> list[tuple[str, str, str]]:
        """The sheet's rows (without the signature), in the order they are written."""
        out = [
            ("format", FORMAT_TAG, ""),
            ("kind", self.kind, ""),
            ("version", str(self.version), ""),
            ("database", self.database_id, ""),
            ("created", self.created, ""),
        ]
        out += [("scope", k, v) for k, v in sorted(self.scope.items())]
        out += [("sheet", k, v) for k, v in self.sheets.items()]
        for sheet_key, keys in self.row_keys.items():
            out += [("rows", sheet_key, chunk) for chunk in _chunks(keys)]
        return out


KEYS_PER_CELL_CHARS = 30000  # a cell holds 32 767 characters


def _chunks(keys: list[str]) -> list[str]:
    """Row keys joined by newlines, a cell's worth at a time (one metadata row per
    chunk instead of one per key: the returned file is read faster)."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for k in keys:
        if current and size + len(k) + 1 > KEYS_PER_CELL_CHARS:
            chunks.append("\n".join(current))
            current, size = [], 0
        current.append(k)
        size += len(k) + 1
    if current:
        chunks.append("\n".join(current))
    return chunks


def canonical(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def sign(rows: list[tuple[str, str, str]], secret: bytes) -> str:
    payload = json.dumps([[canonical(c) for c in r] for r in rows], ensure_ascii=False)
    return hmac.new(secret, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def verify(rows: list[tuple[str, str, str]], signature: str, secret: bytes) -> bool:
    return hmac.compare_digest(sign(rows, secret), signature.strip())


class MetadataError(ValueError):
    """The metadata sheet is missing or malformed (message in Swedish)."""


def parse(rows: list[tuple[object, object, object]]) -> tuple[Metadata, list[tuple[str, str, str]], str]:
    """Metadata, the signed rows and the signature from the sheet's rows."""
    signed: list[tuple[str, str, str]] = []
    signature = ""
    values: dict[str, str] = {}
    scope: dict[str, str] = {}
    sheets: dict[str, str] = {}
    row_keys: dict[str, list[str]] = {}
    for raw in rows:
        a, b, c = (canonical(x) for x in (list(raw) + [None, None, None])[:3])
        if not a:
            continue
        if a == "signature":
            signature = b
            continue
        signed.append((a, b, c))
        if a == "scope":
            scope[b] = c
        elif a == "sheet":
            sheets[b] = c
        elif a == "rows":
            row_keys.setdefault(b, []).extend(k for k in c.replace("\r\n", "\n").split("\n") if k)
        else:
            values[a] = b
    if values.get("format") != FORMAT_TAG or not signature:
        raise MetadataError("saknar mallens metadata")
    try:
        version = int(values.get("version", ""))
    except ValueError:
        raise MetadataError("mallens version är oläslig") from None
    meta = Metadata(
        kind=values.get("kind", ""), version=version, database_id=values.get("database", ""),
        scope=scope, created=values.get("created", ""), sheets=sheets, row_keys=row_keys,
    )
    return meta, signed, signature
