"""Publication check tables: the secretary's decisions about findings, and which meeting
attachments are printouts of the crisis plan (so a public bundle prints the crisis
module's version without private numbers instead).

``publication_decision`` records, per document (a meeting: "Sammanträde 2016-09-22"),
that a found value is masked or accepted, when, and by which means (GUI or command
line). ``attachment_source`` links an attachment to a crisis printout kind. The rules
(what the organisation publishes itself, what the crisis module marks private) are read
here from the organisation and crisis tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.domain.publication import Decision, Finding, Rules
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.store.sqlutil import execute_script

MIGRATIONS = Migrations("publication")
MIGRATION_ORDER = 80

CRISIS_SOURCES = ("krisplan", "kontaktlista")


@MIGRATIONS()
def m001_publication(db: Database) -> None:
    execute_script(
        db,
        """
        CREATE TABLE publication_decision (
            id INTEGER PRIMARY KEY,
            document TEXT NOT NULL,
            finding_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('maskera', 'godta')),
            decided_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (document, finding_key)
        ) STRICT;
        CREATE TABLE attachment_source (
            attachment_id INTEGER PRIMARY KEY REFERENCES item_attachment(id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (source IN ('krisplan', 'kontaktlista'))
        ) STRICT;
        """,
    )


def _sample_m001(db: Database) -> None:
    db.table("publication_decision").insert({
        "document": "Sammanträde 2016-09-22", "finding_key": "F000001", "kind": "telefonnummer",
        "value": "070-174 06 30", "decision": "godta", "decided_at": "2016-09-20T10:00:00", "note": "",
    })


MIGRATION_SAMPLES = {"m001_publication": _sample_m001}


def list_decisions(db: Database, document: str) -> dict[str, Decision]:
    """The decisions recorded for ``document``, by finding key."""
    return {r["finding_key"]: Decision(r["decision"]) for r in db.query(
        "SELECT finding_key, decision FROM publication_decision WHERE document = ?", [document])}


def record_decisions(db: Database, findings: Iterable[Finding], decision: Decision, *, note: str = "",
                     now: dt.datetime | None = None) -> int:
    """Record ``decision`` for each finding (one transaction); a later decision replaces
    an earlier one. Values the crisis module marks private cannot be accepted."""
    stamp = (now or dt.datetime.now()).replace(microsecond=0).isoformat()
    count = 0
    with db.atomic():
        for f in findings:
            if f.mandatory and decision == Decision.ACCEPT:
                raise UserError(f"{f.value} är markerat som privat i krisplanen och kan inte godtas för publicering.",
                                hint="Uppgiften maskeras alltid i offentliga versioner.")
            db.execute(
                "INSERT INTO publication_decision (document, finding_key, kind, value, decision, decided_at, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document, finding_key) DO UPDATE SET "
                "decision = excluded.decision, decided_at = excluded.decided_at, note = excluded.note",
                [f.document, f.key, f.kind.value, f.value, decision.value, stamp, note],
            )
            count += 1
    return count


def set_attachment_source(db: Database, attachment_id: int, source: str | None) -> None:
    """Mark an attachment as a printout of the crisis plan (``krisplan``) or its contact
    list (``kontaktlista``), or clear the mark with ``None``."""
    if source is not None and source not in CRISIS_SOURCES:
        raise UserError(f"Okänd källa \"{source}\" för bilagan.", hint="Välj krisplan eller kontaktlista.")
    with db.atomic():
        db.execute("DELETE FROM attachment_source WHERE attachment_id = ?", [attachment_id])
        if source is not None:
            db.execute("INSERT INTO attachment_source (attachment_id, source) VALUES (?, ?)", [attachment_id, source])


def attachment_sources(db: Database) -> dict[int, str]:
    """Every attachment marked as a crisis printout: ``{attachment id: source}``."""
    return {r["attachment_id"]: r["source"] for r in db.query("SELECT attachment_id, source FROM attachment_source")}


def load_rules(db: Database) -> Rules:
    """What the organisation publishes itself (letterhead, officials, the crisis group's
    work numbers and function numbers without a person's name) and what the crisis module
    marks private (every plan version's private numbers and e-mail addresses)."""
    allowed: list[str] = []
    private: list[str] = []
    domains: set[str] = set()
    for r in db.query("SELECT * FROM administration"):
        allowed += [r.get(k) or "" for k in ("switchboard", "postal_address", "visiting_address", "email",
                                              "org_number", "bankgiro")]
        allowed += _address_parts(r.get("postal_address") or "") + _address_parts(r.get("visiting_address") or "")
        if "@" in (r.get("email") or ""):
            domains.add(r["email"].rsplit("@", 1)[1])
    for r in db.query("SELECT phone, email FROM official"):
        allowed += [r["phone"] or "", r["email"] or ""]
    if db["crisis_function"].exists():
        for r in db.query("SELECT * FROM crisis_function"):
            for who in ("primary", "deputy"):
                allowed += [r.get(f"{who}_work_phone") or "", r.get(f"{who}_work_email") or ""]
                private += [r.get(f"{who}_private_phone") or "", r.get(f"{who}_private_email") or ""]
    if db["crisis_contact"].exists():
        for r in db.query("SELECT name, phone, email FROM crisis_contact WHERE trim(name) = ''"):
            allowed += [r["phone"] or "", r["email"] or ""]
    private = [p for p in private if p.strip()]
    return Rules.build(allowed, private, domains)


def _address_parts(address: str) -> list[str]:
    """"Box 43, 147 21 Tumba" → ["Box 43", "147 21 Tumba"]: an address is printed in parts."""
    return [p.strip() for p in address.split(",") if p.strip()]


def masked_values(db: Database, document: str) -> list[str]:
    """The values the secretary chose to mask in ``document``."""
    return [r["value"] for r in db.query(
        "SELECT value FROM publication_decision WHERE document = ? AND decision = 'maskera' ORDER BY id", [document])]


def private_values(db: Database) -> list[str]:
    """Every phone number and e-mail address the crisis module marks private (all plan
    versions): never printed in a public version."""
    if not db["crisis_function"].exists():
        return []
    out: list[str] = []
    for r in db.query("SELECT primary_private_phone, primary_private_email, deputy_private_phone, "
                      "deputy_private_email FROM crisis_function"):
        out += [v for v in r.values() if v and v.strip()]
    return sorted(set(out))
