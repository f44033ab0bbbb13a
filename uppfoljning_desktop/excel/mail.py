"""E-mail drafts (.eml) with the workbook attached, for the secretary to send.

The app sends nothing itself: it writes one ``.eml`` per unit, addressed to the unit
head, with ``X-Unsent: 1`` so that Outlook opens it as an unsent draft (with a Send
button) instead of a received message. The text is Swedish and names the period and
the deadline; reminders use the same machinery.

What Outlook needs of such a draft (``outlook_draft_problems`` checks it): ``X-Unsent:
1``; a To but no From required (Outlook sends from the user's own account); CRLF line
ends; the workbook as a first-class attachment (``Content-Disposition: attachment``)
whose file name is given in both forms, RFC 2231 ``filename*=`` and ``name=`` on
Content-Type (some Outlook versions read only the latter and otherwise show an untitled
attachment). Python's default e-mail policy folds a long non-ASCII ``name=`` into RFC
2231 continuations (and even encodes the content type), so the draft is built with the
classic MIME classes and written unfolded.
"""

from __future__ import annotations

import datetime as dt
import email
from dataclasses import dataclass
from email import charset as email_charset
from email import encoders
from email import policy as email_policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
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


def _utf8_qp() -> email_charset.Charset:
    cs = email_charset.Charset("utf-8")
    cs.body_encoding = email_charset.QP  # readable in any viewer, 7-bit safe
    return cs


def _header(text: str) -> str:
    """A header value: as is when ASCII, else RFC 2047 encoded words."""
    return text if text.isascii() else Header(text, "utf-8").encode(maxlinelen=998)


def _address(name: str, address: str) -> str:
    if not address:
        return _header(name)
    return formataddr((name, address), charset="utf-8")


def make_draft(
    *, to_name: str, to_email: str, sender: Sender, subject: str, body: str,
    attachment: Path | None = None, now: dt.datetime | None = None,
) -> Message:
    """The draft as a MIME message; write it with ``draft_bytes`` / ``write_draft``."""
    text = MIMENonMultipart("text", "plain")
    text.set_payload(body, charset=_utf8_qp())
    msg: Message
    if attachment is None:
        msg = text
    else:
        msg = MIMEMultipart("mixed")
        msg.attach(text)
        part = MIMEBase(*XLSX_TYPE)
        part.set_payload(attachment.read_bytes())
        encoders.encode_base64(part)
        part.set_param("name", _header(attachment.name))  # the form some Outlook versions read
        if attachment.name.isascii():
            part.add_header("Content-Disposition", "attachment", filename=attachment.name)
        else:  # RFC 2231: filename*=utf-8''M%C3%A5luppf%C3%B6ljning...
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", attachment.name))
        msg.attach(part)
    msg["To"] = _address(to_name, to_email)
    if sender.email:
        msg["From"] = _address(sender.name, sender.email)
    msg["Subject"] = _header(subject)
    msg["Date"] = format_datetime((now or dt.datetime.now()).astimezone())
    msg["X-Unsent"] = "1"
    return msg


# Written unfolded (lines up to RFC 5322's 998 characters) with CRLF line ends.
_DRAFT_POLICY = email_policy.compat32.clone(linesep="\r\n", max_line_length=0)


def draft_bytes(msg: Message) -> bytes:
    return msg.as_bytes(policy=_DRAFT_POLICY)


def outlook_draft_problems(data: bytes) -> list[str]:
    """Where an .eml fails what Outlook needs of a draft (empty when it is fine)."""
    problems = []
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("raderna slutar inte med CRLF")
    if any(len(line) > 998 for line in data.split(b"\r\n")):
        problems.append("en rad är längre än 998 tecken")
    msg = email.message_from_bytes(data, policy=email_policy.default)
    assert isinstance(msg, EmailMessage)
    if msg.get("X-Unsent") != "1":
        problems.append("X-Unsent: 1 saknas (Outlook öppnar det som ett mottaget meddelande)")
    if not msg.get("To"):
        problems.append("mottagare (To) saknas")
    if not msg.get("Subject"):
        problems.append("ämnesrad saknas")
    body = msg.get_body(("plain",))
    if body is None or not body.get_content().strip():
        problems.append("meddelandetext saknas")
    for part in msg.iter_attachments():
        filename = part.get_filename()
        if part.get_content_disposition() != "attachment":
            problems.append("bilagan är inte markerad som bilaga (Content-Disposition: attachment)")
        if not filename:
            problems.append("bilagan saknar filnamn (filename)")
        raw_name = part.get_param("name", header="content-type")
        if not raw_name:
            problems.append("bilagan saknar name= på Content-Type (visas utan namn i en del Outlook-versioner)")
        elif str(email.header.make_header(email.header.decode_header(str(raw_name)))) != filename:
            problems.append("bilagans två filnamn skiljer sig åt")
    return problems


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


def write_draft(msg: Message, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(draft_bytes(msg))
    return path
