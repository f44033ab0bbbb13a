"""E-mail drafts (.eml) with the workbook attached, for the secretary to send.

The app sends nothing itself: it writes one ``.eml`` per unit, addressed to the unit
head, with ``X-Unsent: 1`` so that Outlook opens it as an unsent draft (with a Send
button) instead of a received message. The text is Swedish and names the period and
the deadline; reminders use the same machinery.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from sqlite_utils import Database

from uppfoljning_desktop.domain.dates import format_date_long
from uppfoljning_desktop.domain.organisation import OfficialRole
from uppfoljning_desktop.store import organisation as org_store

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@dataclass(frozen=True)
class Sender:
    name: str
    email: str
    title: str = ""
    phone: str = ""


def default_sender(db: Database) -> Sender:
    """The committee secretary (nämndsekreterare), else the administration's address."""
    officials = org_store.list_officials(db)
    secretary = next((o for o in officials if o.role == OfficialRole.SECRETARY), None)
    if secretary is not None:
        return Sender(secretary.name, secretary.email, secretary.title, secretary.phone)
    admin = org_store.get_administration(db)
    return Sender(admin.name, admin.email)


def make_draft(
    *, to_name: str, to_email: str, sender: Sender, subject: str, body: str,
    attachment: Path | None = None, now: dt.datetime | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["To"] = formataddr((to_name, to_email)) if to_email else to_name
    if sender.email:
        msg["From"] = formataddr((sender.name, sender.email))
    msg["Subject"] = subject
    msg["Date"] = format_datetime((now or dt.datetime.now()).astimezone())
    msg["X-Unsent"] = "1"
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(
            attachment.read_bytes(), maintype=XLSX_TYPE[0], subtype=XLSX_TYPE[1], filename=attachment.name
        )
    return msg


def _signature(sender: Sender) -> str:
    lines = ["Med vänliga hälsningar", sender.name]
    lines += [x for x in (sender.title, sender.phone, sender.email) if x]
    return "\n".join(lines)


def template_body(*, head_name: str, what: str, deadline: dt.date | None, sender: Sender) -> str:
    greeting = f"Hej {head_name.split(' ')[0]}!" if head_name else "Hej!"
    when = f" senast {format_date_long(deadline)}" if deadline else ""
    return (
        f"{greeting}\n\n"
        f"Här kommer mallen för {what}. Fyll i de gula cellerna på bladen i den bifogade filen "
        f"och skicka tillbaka filen som den är, som svar på det här meddelandet,{when}.\n\n"
        "Bladet Instruktioner förklarar hur talen ska skrivas. Hör av dig om något mått eller "
        "någon aktivitet saknas eller inte stämmer.\n\n"
        f"{_signature(sender)}\n"
    )


def reminder_body(*, head_name: str, what: str, deadline: dt.date | None, sender: Sender) -> str:
    greeting = f"Hej {head_name.split(' ')[0]}!" if head_name else "Hej!"
    passed = f", som skulle ha kommit in {format_date_long(deadline)}" if deadline else ""
    return (
        f"{greeting}\n\n"
        f"Jag har ännu inte fått tillbaka mallen för {what}{passed}. Mallen är bifogad igen. "
        "Fyll i de gula cellerna och skicka tillbaka filen så snart som möjligt.\n\n"
        f"{_signature(sender)}\n"
    )


def write_draft(msg: EmailMessage, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(msg))
    return path
