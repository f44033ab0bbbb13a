"""E-mail drafts through Python's e-mail parser, held to Outlook's rules for .eml drafts."""

from __future__ import annotations

import datetime as dt
import email
from email import policy

import pytest

from uppfoljning_desktop.excel.mail import (
    Sender,
    draft_bytes,
    make_draft,
    outlook_draft_problems,
    write_draft,
)
from uppfoljning_desktop.excel.sending import write_templates

pytestmark = pytest.mark.realclient

LONG_NAME = "Måluppföljning Delår 2 2024 – Förvaltningskontoret och Arbetsmarknadsenheten.xlsx"


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / LONG_NAME
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    return path


def test_draft_meets_outlooks_rules_and_names_the_attachment_both_ways(workbook, tmp_path):
    msg = make_draft(to_name="Åsa Öberg", to_email="asa.oberg@botkyrka.example", sender=Sender("", ""),
                     subject="Måluppföljning Delår 2 2024 – senast 2024-09-13", body="Hej Åsa!\n\nMallen.\n",
                     attachment=workbook, now=dt.datetime(2024, 8, 30, 9, 0))
    data = write_draft(msg, tmp_path / "utkast.eml").read_bytes()
    assert outlook_draft_problems(data) == []
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    for parser_policy in (policy.default, policy.compat32):  # the modern and the classic parser
        parsed = email.message_from_bytes(data, policy=parser_policy)
        assert parsed["X-Unsent"] == "1" and parsed["From"] is None  # Outlook fills in the sender
        [attachment] = [p for p in parsed.walk() if p.get_content_disposition() == "attachment"]
        assert attachment.get_filename() == LONG_NAME
        assert attachment.get_payload(decode=True) == workbook.read_bytes()
    raw = data.decode("ascii")
    assert "filename*=utf-8''M%C3%A5luppf%C3%B6ljning" in raw  # RFC 2231
    assert 'name="=?utf-8?q?M=C3=A5luppf' in raw  # RFC 2047 in name= on Content-Type, on one line
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert parsed["Subject"] == "Måluppföljning Delår 2 2024 – senast 2024-09-13"
    assert parsed["To"] == "Åsa Öberg <asa.oberg@botkyrka.example>"
    assert parsed.get_body(("plain",)).get_content() == "Hej Åsa!\r\n\r\nMallen.\r\n"  # CRLF in the body too


def test_an_ascii_file_name_is_plain_in_both_places(tmp_path):
    path = tmp_path / "lista.xlsx"
    path.write_bytes(b"PK\x03\x04")
    data = draft_bytes(make_draft(to_name="", to_email="a@b.example", sender=Sender("S", "s@b.example"),
                                  subject="Lista", body="Hej!", attachment=path))
    assert outlook_draft_problems(data) == []
    assert b'name="lista.xlsx"' in data and b'filename="lista.xlsx"' in data


@pytest.mark.parametrize("damage, problem", [
    (lambda d: d.replace(b"\r\n", b"\n"), "raderna slutar inte med CRLF"),
    (lambda d: d.replace(b"X-Unsent: 1\r\n", b""), "X-Unsent: 1 saknas"),
    (lambda d: d.replace(b'; name="lista.xlsx"', b""), "bilagan saknar name= på Content-Type"),
    (lambda d: d.replace(b"Content-Disposition: attachment", b"Content-Disposition: inline"),
     "bilagan är inte markerad som bilaga"),
])
def test_the_check_finds_what_outlook_would_stumble_on(tmp_path, damage, problem):
    path = tmp_path / "lista.xlsx"
    path.write_bytes(b"PK\x03\x04")
    data = draft_bytes(make_draft(to_name="", to_email="a@b.example", sender=Sender("", ""), subject="Lista",
                                  body="Hej!", attachment=path))
    assert any(p.startswith(problem) for p in outlook_draft_problems(damage(data)))


def test_every_draft_the_program_writes_passes(demo_db, tmp_path):
    from uppfoljning_desktop.excel.spec import get_kind

    sent = write_templates(demo_db, get_kind("maluppfoljning"), {"period": "Delår 2 2024"}, tmp_path,
                           deadline=dt.date(2024, 9, 13), eml=True)
    assert sent
    for s in sent:
        assert s.eml_path is not None
        assert outlook_draft_problems(s.eml_path.read_bytes()) == [], s.eml_path.name
