"""The publication check's rules: what counts as personal data in a public version."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uppfoljning_desktop.domain.publication import (
    FindingKind,
    Rules,
    finding_key,
    is_personal_number,
    luhn_ok,
    normalize,
    scan_text,
    value_pattern,
)


@pytest.mark.parametrize("text,expected", [
    ("811218-9876", True),  # Skatteverket's example number
    ("19811218-9876", True),
    ("8112189876", True),
    ("811218+9876", True),  # 100 years or older
    ("811278-9873", True),  # samordningsnummer: day + 60
    ("811218-9875", False),  # wrong check digit
    ("811318-9876", False),  # month 13
    ("212000-2882", False),  # Botkyrka's organisation number (month 20)
    ("21811218-9876", False),  # no such century
])
def test_personal_numbers(text, expected):
    assert is_personal_number(text) is expected


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_luhn_has_exactly_one_check_digit(nine):
    assert sum(luhn_ok(nine + str(d)) for d in range(10)) == 1


def kinds(text: str, rules: Rules | None = None) -> list[tuple[str, str]]:
    return [(h.kind.value, h.value) for h in scan_text(text, rules or Rules())]


@pytest.mark.parametrize("text,expected", [
    ("Ring 070-174 06 20 vid frånvaro", [("telefonnummer", "070-174 06 20")]),
    ("mobil 0701740620.", [("telefonnummer", "0701740620")]),
    ("växel +46 8 530 610 00", [("telefonnummer", "+46 8 530 610 00")]),
    ("Anna bor på Storgatan 12 B i Tumba", [("gatuadress", "Storgatan 12 B")]),
    ("Skriv till anna.a@example.com.", [("e-postadress", "anna.a@example.com")]),
    ("Personnummer 811218-9876 anges", [("personnummer", "811218-9876")]),
    # not personal data: dates, money, section numbers, case numbers, org.nr, page x (y)
    ("2016-09-22, kl. 19:00, § 16, 8 400 kr, AVUX/2016:59, Org.nr 212000-2882, 1 527 personer, sida 3 (12)", []),
    ("telefon 08-465 004 15\n10 deltagare", [("telefonnummer", "08-465 004 15")]),  # a line break ends a number
])
def test_scan_finds(text, expected):
    assert kinds(text) == expected


def test_allowed_and_private_values():
    rules = Rules.build(allowed=["08-530 610 00", "Munkhättevägen 45"], private=["070-174 06 20", "jn.privat@example.com"],
                        allowed_domains=["botkyrka.example"])
    text = ("Kontaktcenter 08-530 61000 · Besök Munkhättevägen 45 · sara.bjork@botkyrka.example · "
            "privat 0701740620 · jn.privat@example.com · 070-174 06 30")
    hits = scan_text(text, rules)
    assert [(h.kind, h.value, h.mandatory) for h in hits] == [
        (FindingKind.PRIVATE, "0701740620", True),
        (FindingKind.PRIVATE, "jn.privat@example.com", True),
        (FindingKind.PHONE, "070-174 06 30", False),
    ]


def test_value_pattern_finds_other_spellings():
    p = value_pattern("070-174 06 20")
    for spelling in ("070-174 06 20", "0701740620", "070 174 06 20", "070-1740620"):
        assert p.search(f"tel {spelling} ")
    assert not p.search("070-174 06 201")
    assert value_pattern("Storgatan 12").search("på storgatan  12.")


def test_keys_are_stable_and_per_document():
    a = finding_key("Sammanträde 2016-09-22", FindingKind.PHONE, "070-174 06 30")
    assert a == finding_key("Sammanträde 2016-09-22", FindingKind.PHONE, "0701740630")
    assert a != finding_key("Sammanträde 2016-10-20", FindingKind.PHONE, "070-174 06 30")
    assert a.startswith("F") and len(a) == 7
    assert normalize(FindingKind.PHONE, "+46 70 174 06 30") == "0701740630"
