"""Quorum with conflicts of interest (KL 6:27-32), notice checks, default decisions."""

from __future__ import annotations

from uppfoljning_desktop.domain.meetings import (
    AgendaItem,
    ItemKind,
    ItemStatus,
    default_decision,
    missing_for_notice,
    quorum_for_item,
    section_numbers,
)


def test_quorum_more_than_half():
    assert quorum_for_item(11, range(6), []).ok
    q = quorum_for_item(11, range(5), [])
    assert not q.ok and q.required == 6 and "inte beslutsför" in q.describe()
    assert quorum_for_item(10, range(6), []).ok and not quorum_for_item(10, range(5), []).ok


def test_conflicted_members_do_not_count():
    q = quorum_for_item(11, ["a", "b", "c", "d", "e", "f", "g"], ["a", "b"])
    assert (q.present, q.conflicted, q.ok) == (5, 2, False)
    assert "2 jäviga" in q.describe()
    # a conflicted person who is not serving changes nothing
    assert quorum_for_item(11, list("abcdefg"), ["x"]).present == 7


def test_missing_for_notice_lists_each_item():
    items = [
        AgendaItem(1, "Information om trainee", kind=ItemKind.ORAL_REPORT),
        AgendaItem(1, "Delårsrapport 2"),
        AgendaItem(1, "  "),
        AgendaItem(1, "Gammalt", status=ItemStatus.MOVED),
    ]
    assert missing_for_notice(items) == [
        "Ärende 2 (Delårsrapport 2) saknar diarienummer",
        "Ärende 3 saknar rubrik",
        "Ärende 3 saknar diarienummer",
    ]


def test_section_numbers_skip_moved():
    items = [AgendaItem(1, "a"), AgendaItem(1, "b", status=ItemStatus.MOVED), AgendaItem(1, "c", status=ItemStatus.POSTPONED)]
    assert [(i.title, n) for i, n in section_numbers(items, 40)] == [("a", 40), ("c", 41)]


def test_default_decision():
    name = "Arbetsmarknads- och vuxenutbildningsnämnden"
    assert default_decision(AgendaItem(1, "x", kind=ItemKind.ORAL_REPORT), name) == f"{name} har tagit del av informationen."
    assert default_decision(AgendaItem(1, "x", proposal="Godkänner."), name) == "Godkänner."
    assert "bordlägger" in default_decision(AgendaItem(1, "x", status=ItemStatus.POSTPONED), name)
