"""Motions (yrkanden), the order of putting them (propositionsordning), votes
(omröstning) and reservations: the rules of how a committee decides, without a database.

Legal sources (Kommunallagen 2017:725 5 kap. 53–57 §§, applied to committees through
6 kap.; the 1991:900 law had the same rules; the exact § of each rule below is not
cited because it was not checked against the statute text):
- The chair puts the proposals so that they can be answered yes or no.
- Voting is open; elections are held with closed ballots.
- The proposal with more than half of the votes cast wins; members who abstain (a
  member's right) are not counted.
- On a tie the chair has the casting vote (utslagsröst); in an election lots are drawn.
- For each item the minutes show the motions not withdrawn, the order of putting them,
  votes and results, the decisions, who took part and how they voted in open votes, and
  the reservations (KL 5:67 via 6:35). A reservation is announced before the meeting
  ends (KL 4:27).
- A member with a conflict of interest (jäv) takes no part in the item (KL 6:28); a
  substitute may serve in that member's place and then votes and counts for quorum.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from uppfoljning_desktop.domain.meetings import Attendance, AttendanceStatus
from uppfoljning_desktop.errors import UserError


class MotionKind(StrEnum):
    """What a yrkande asks for."""

    APPROVE = "bifall"
    REJECT = "avslag"
    REFER_BACK = "återremiss"
    POSTPONE = "bordläggning"
    AMEND = "ändring"
    ADD = "tillägg"


class Answer(StrEnum):
    """One member's answer in an open vote."""

    YES = "Ja"
    NO = "Nej"
    ABSTAIN = "Avstår"


class QuestionKind(StrEnum):
    """Huvudfråga (the main question), a sub-question (e.g. an additional motion, put
    after the main question), or an order question (återremiss/bordläggning, put first)."""

    MAIN = "huvudfråga"
    SUB = "tilläggsfråga"
    ORDER = "ordningsfråga"
    ELECTION = "val"


class DecidedBy(StrEnum):
    MAJORITY = "majoritet"
    CASTING_VOTE = "ordförandens utslagsröst"
    LOTS = "lottning"


@dataclass
class Motion:
    """A yrkande: who moved what. Withdrawn motions are kept but not printed (KL 5:67)."""

    item_id: int
    mover: str
    kind: MotionKind
    text: str = ""  # the motion's own wording (ändring, tillägg, eget förslag)
    party: str = ""
    position: int = 0
    withdrawn: bool = False
    id: int | None = None

    @property
    def who(self) -> str:
        return f"{self.mover} ({self.party})" if self.party else self.mover

    def describe(self) -> str:
        """"Anna Berg (S) yrkar avslag." / "… yrkar bifall till ordförandens förslag." """
        text = self.text.strip().rstrip(".")
        if self.kind is MotionKind.APPROVE:
            what = f"bifall till {text}" if text else "bifall till förslaget"
        elif self.kind in (MotionKind.REJECT, MotionKind.POSTPONE, MotionKind.REFER_BACK):
            what = self.kind.value + (f" {text}" if text else "")
        else:  # ändring, tillägg: the wording itself
            what = f"{self.kind.value}: {text}" if text else self.kind.value
        return f"{self.who} yrkar {what}."

    def label(self) -> str:
        """How the question names it: "Anna Berg (S) yrkande om avslag"."""
        if self.kind is MotionKind.APPROVE:
            return f"{self.who} yrkande om bifall" + (f" till {self.text.strip().rstrip('.')}" if self.text.strip() else "")
        return f"{self.who} yrkande om {self.kind.value}"


@dataclass
class Ballot:
    """One name on the roll call."""

    name: str
    answer: Answer
    party: str = ""


@dataclass
class Question:
    """One proposition the chair puts: ``yes`` against ``no`` (motion ids). The chair
    finds (``finding``) which the committee has chosen; if a vote is demanded the
    roll call (``ballots``) or, in an election with closed ballots, the ``counts``
    decide."""

    item_id: int
    kind: QuestionKind
    yes_motion_id: int | None
    no_motion_id: int | None = None
    finding_motion_id: int | None = None
    vote: bool = False  # omröstning begärd
    ballots: list[Ballot] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # closed ballot: candidate → votes
    lots_winner: str = ""  # drawn when an election ties
    result_motion_id: int | None = None  # what the vote decided (stored, also after lots)
    position: int = 0
    id: int | None = None

    @property
    def decided_motion_id(self) -> int | None:
        """The motion the question ended with: the vote's result, else the finding."""
        return self.result_motion_id if self.vote and self.result_motion_id else self.finding_motion_id


@dataclass(frozen=True)
class VoteResult:
    """The count of an open vote and who won it."""

    yes: int
    no: int
    abstain: int
    winner: Answer  # YES or NO
    decided_by: DecidedBy

    def describe(self, yes_label: str, no_label: str, committee: str) -> str:
        """"Med 5 ja-röster mot 5 nej-röster och 1 som avstår beslutar nämnden …"."""
        text = f"Med {self.yes} ja-röster mot {self.no} nej-röster"
        if self.abstain:
            text += f" ({self.abstain} avstår)"
        chosen = yes_label if self.winner is Answer.YES else no_label
        if self.decided_by is DecidedBy.CASTING_VOTE:
            text += " och ordförandens utslagsröst"
        return f"{text} beslutar {committee} enligt {chosen}."


class VoteUndecided(UserError):
    """A tie that the chair's casting vote cannot break."""


def count_open_vote(ballots: Sequence[Ballot], chair: str) -> VoteResult:
    """Count an open roll call (KL 5:53-57): more yes than no wins, and vice versa;
    abstentions are not counted; on a tie the chair's own vote decides (utslagsröst).
    A tie where the chair did not vote yes or no cannot be decided: refused."""
    yes = sum(1 for b in ballots if b.answer is Answer.YES)
    no = sum(1 for b in ballots if b.answer is Answer.NO)
    abstain = sum(1 for b in ballots if b.answer is Answer.ABSTAIN)
    if yes != no:
        return VoteResult(yes, no, abstain, Answer.YES if yes > no else Answer.NO, DecidedBy.MAJORITY)
    chair_key = chair.casefold().strip()
    chair_ballot = next((b for b in ballots if b.name.casefold().strip() == chair_key), None)
    if chair_ballot is None or chair_ballot.answer is Answer.ABSTAIN:
        raise VoteUndecided(
            f"Omröstningen slutade {yes}–{no} och ordföranden ({chair or 'okänd'}) har inte röstat ja eller nej.",
            hint="Vid lika röstetal avgör ordförandens röst (utslagsröst). Kontrollera ordförandens röst.",
        )
    return VoteResult(yes, no, abstain, chair_ballot.answer, DecidedBy.CASTING_VOTE)


@dataclass(frozen=True)
class ElectionResult:
    """A closed-ballot election: the counts, who is elected, and whether lots decided."""

    counts: tuple[tuple[str, int], ...]
    elected: str
    decided_by: DecidedBy


def count_election(counts: dict[str, int], rng: random.Random | None = None) -> ElectionResult:
    """Most votes wins; a tie at the top is decided by lots (KL 5:53-57), drawn with ``rng``
    (inject a seeded ``random.Random`` to make it repeatable)."""
    ordered = sorted(((name.strip(), n) for name, n in counts.items() if name.strip()), key=lambda x: (-x[1], x[0]))
    if not ordered or ordered[0][1] <= 0:
        raise UserError("Valet har inga röster.", hint="Skriv in antalet röster per kandidat.")
    if any(n < 0 for _, n in ordered):
        raise UserError("Ett röstetal är negativt.", hint="Rösterna räknas i hela, positiva tal.")
    top = [name for name, n in ordered if n == ordered[0][1]]
    if len(top) == 1:
        return ElectionResult(tuple(ordered), top[0], DecidedBy.MAJORITY)
    drawn = (rng or random.SystemRandom()).choice(sorted(top))
    return ElectionResult(tuple(ordered), drawn, DecidedBy.LOTS)


# ------------------------------------------------------------------ attendance per §


@dataclass
class AttendanceChange:
    """A change in who serves, from one item (§) on, optionally only to another: a member
    leaves at § 5, a substitute steps in, or a substitute serves for a member with a
    conflict of interest on one item (``to_item_id`` = ``from_item_id``)."""

    meeting_id: int
    from_item_id: int
    name: str
    status: AttendanceStatus
    replaces_name: str = ""
    party: str = ""
    to_item_id: int | None = None
    note: str = ""
    id: int | None = None


def attendance_at(
    base: Sequence[Attendance], changes: Iterable[AttendanceChange], order: Sequence[int], item_id: int
) -> list[Attendance]:
    """Who is where at the item: the meeting's attendance with the changes whose span
    (``from_item_id``…``to_item_id`` in agenda ``order``) covers ``item_id``, applied in
    agenda order. A name not on the list is added (a substitute called in)."""
    pos = {iid: n for n, iid in enumerate(order)}
    here = pos[item_id]
    rows = [dataclasses.replace(a) for a in base]
    applicable = [c for c in changes if c.from_item_id in pos and pos[c.from_item_id] <= here
                  and (c.to_item_id is None or (c.to_item_id in pos and here <= pos[c.to_item_id]))]
    applicable.sort(key=lambda c: (pos[c.from_item_id], c.id or 0))
    for c in applicable:
        row = next((a for a in rows if a.name.casefold() == c.name.casefold()), None)
        if row is None:
            row = Attendance(base[0].meeting_id if base else c.meeting_id, c.name, c.status, party=c.party,
                             role="ersättare")
            rows.append(row)
        row.status = c.status
        row.replaces_name = c.replaces_name if c.status is AttendanceStatus.SERVING_SUBSTITUTE else ""
        row.replaces_member_id = None if c.status is not AttendanceStatus.SERVING_SUBSTITUTE else row.replaces_member_id
    return rows


def voters(attendance: Sequence[Attendance], conflicted: Iterable[str]) -> list[Attendance]:
    """The roll call of an item: those serving (members present and serving substitutes),
    without anyone with a conflict of interest (KL 6:28), in list order."""
    out = {n.casefold() for n in conflicted}
    return [a for a in attendance if a.status.serves and a.name.casefold() not in out]


def describe_change(c: AttendanceChange, section: str) -> str:
    """"Från och med § 9 lämnar Mikael Jansson (MP) sammanträdet." / "Under § 8 tjänstgör
    Oskar Bergqvist (S) för Tomas Öhman." """
    who = f"{c.name} ({c.party})" if c.party else c.name
    if c.status is AttendanceStatus.SERVING_SUBSTITUTE:
        text = f"tjänstgör {who}" + (f" för {c.replaces_name}" if c.replaces_name else "")
    elif c.status is AttendanceStatus.PRESENT:
        text = f"deltar {who}"
    elif c.status is AttendanceStatus.ABSENT:
        text = f"lämnar {who} sammanträdet"
    else:
        text = f"är {who} {c.status.value}"
    span = f"Under {section}" if c.to_item_id is not None and c.to_item_id == c.from_item_id else f"Från och med {section}"
    return f"{span} {text}."


# ------------------------------------------------------------------ statements


class StatementKind(StrEnum):
    RESERVATION = "reservation"
    NOTE = "protokollsanteckning"


@dataclass
class Statement:
    """A reservation or a protokollsanteckning by one or several named members or by a
    whole party group; ``written`` when handed in writing (attached to the minutes)."""

    item_id: int
    kind: StatementKind
    names: list[str] = field(default_factory=list)
    group: str = ""  # "Socialdemokraternas ledamöter"
    text: str = ""  # reason or the note itself
    written: bool = False
    position: int = 0
    id: int | None = None

    def who(self) -> str:
        names = [n for n in self.names if n.strip()]
        if self.group.strip() and names:
            return f"{self.group.strip()} ({join_names(names)})"
        return self.group.strip() or join_names(names)

    def describe(self, section: str = "") -> str:
        """"Socialdemokraternas ledamöter (A och B) reserverar sig mot beslutet (skriftlig
        reservation, bilaga § 47)." """
        section_ref = f"bilaga {section}" if section else "bilaga"
        if self.kind is StatementKind.RESERVATION:
            text = f"{self.who()} reserverar sig mot beslutet"
            reason = self.text.strip().rstrip(".")
            if reason:
                text += f" {reason}" if reason.startswith("till förmån") else f": {reason}"
            if self.written:
                text += f" (skriftlig reservation, {section_ref})"
            return text + "."
        text = f"{self.who()} lämnar följande protokollsanteckning"
        if self.written:
            text += f" ({section_ref})"
        return f"{text}: {self.text.strip()}" if self.text.strip() else text + "."


def join_names(names: Sequence[str]) -> str:
    """"A", "A och B", "A, B och C"."""
    names = [n.strip() for n in names if n.strip()]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " och " + names[-1]


# ------------------------------------------------------------------ beslutsgång


def describe_question(q: Question, motions: dict[int, Motion], committee: str) -> list[str]:
    """The beslutsgång lines of one question, as practice writes them."""
    yes = motions.get(q.yes_motion_id) if q.yes_motion_id else None
    no = motions.get(q.no_motion_id) if q.no_motion_id else None
    lines: list[str] = []
    if q.kind is QuestionKind.ELECTION:
        if q.counts:
            counted = ", ".join(f"{name} {n}" for name, n in sorted(q.counts.items(), key=lambda x: (-x[1], x[0])))
            lines.append(f"Val med slutna sedlar. Rösterna fördelar sig: {counted}.")
            if q.lots_winner:
                lines.append(f"Lika röstetal; lottning avgör valet till förmån för {q.lots_winner}.")
        return lines
    if yes is None:
        return lines
    if no is None:
        lines.append(f"Ordföranden ställer proposition på {yes.label()} och finner att {committee} bifaller det.")
    else:
        prefix = {QuestionKind.ORDER: "Ordföranden frågar först om ärendet ska avgöras i dag. ",
                  QuestionKind.SUB: "Ordföranden ställer därefter proposition på tilläggsyrkandet. "}.get(q.kind, "")
        found = motions.get(q.finding_motion_id) if q.finding_motion_id else None
        line = f"{prefix}Ordföranden ställer proposition på {yes.label()} mot {no.label()}"
        line += f" och finner att {committee} beslutar enligt {found.label()}." if found else "."
        lines.append(line)
    if q.vote and no is not None:
        lines.append("Omröstning begärs och verkställs. Följande propositionsordning godkänns: "
                     f"Ja-röst för {yes.label()}, Nej-röst för {no.label()}.")
    return lines


def build_decision(
    proposal: str, motions: Sequence[Motion], questions: Sequence[Question], committee: str
) -> str:
    """The decision the beslutsgång leads to (editable afterwards): the motion the last
    main question decided, worded as a decision; additions carried by a sub-question
    are appended. Without questions, the proposal."""
    by_id = {m.id: m for m in motions if m.id is not None}
    mains = [q for q in questions if q.kind in (QuestionKind.MAIN, QuestionKind.ORDER)]
    text = proposal.strip()
    for q in mains:
        won = by_id.get(q.decided_motion_id) if q.decided_motion_id else None
        if won is None:
            continue
        if won.kind is MotionKind.REFER_BACK:
            return f"{committee} återremitterar ärendet" + (f" {won.text.strip().rstrip('.')}." if won.text.strip() else ".")
        if won.kind is MotionKind.POSTPONE:
            return f"{committee} bordlägger ärendet."
        if won.kind is MotionKind.REJECT:
            text = f"{committee} avslår förslaget."
        elif won.kind is MotionKind.AMEND and won.text.strip():
            text = won.text.strip()
        elif won.kind is MotionKind.APPROVE:
            text = proposal.strip() or text
    for q in questions:
        if q.kind is QuestionKind.SUB:
            won = by_id.get(q.decided_motion_id) if q.decided_motion_id else None
            if won is not None and won.kind is MotionKind.ADD and won.text.strip():
                text = f"{text}\n\n{won.text.strip()}" if text else won.text.strip()
    return text


@dataclass(frozen=True)
class ItemMinutes:
    """Everything 5:67 asks of one §, gathered for printing and JSON."""

    motions: list[Motion]
    questions: list[Question]
    statements: list[Statement]
    changes: list[AttendanceChange]
    roll: list[Attendance]


def committee_word(name: str) -> str:
    """Inside a sentence a committee is "nämnden" ("… finner att nämnden beslutar …")."""
    return "nämnden" if name.casefold().endswith("nämnden") else name


def adjusters_decision(committee: str, adjusters: Sequence[str], place: str, date: dt.date | None,
                       time: dt.time | None) -> str:
    """§ 1 Val av justerare as practice words it: who adjusts with the chair, and where
    and when the adjustment takes place."""
    from uppfoljning_desktop.domain.dates import format_date_long

    if not adjusters:
        return ""
    text = f"{committee} utser {join_names(list(adjusters))} att jämte ordföranden justera protokollet."
    when = format_date_long(date) if date else ""
    if time is not None and when:
        when += f", kl. {time.hour:02d}:{time.minute:02d}"
    where = ", ".join(x for x in (place.strip(), when) if x)
    if where:
        text += f" Plats och tid för justering: {where}."
    return text


def parse_counts(text: str) -> dict[str, int]:
    """"Anna Berg 6, Bo Ek 5" → {"Anna Berg": 6, "Bo Ek": 5}: the count of a closed-ballot
    election as the secretary types it."""
    counts: dict[str, int] = {}
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        name, _, number = part.rpartition(" ")
        if not name.strip() or not number.isdigit():
            raise UserError(f"\"{part}\" är inte ett namn följt av ett antal röster.",
                            hint="Skriv till exempel: Anna Berg 6, Bo Ek 5")
        if name.strip() in counts:
            raise UserError(f"{name.strip()} står två gånger i valet.", hint="Skriv varje kandidat en gång.")
        counts[name.strip()] = int(number)
    if not counts:
        raise UserError("Valet har inga kandidater.", hint="Skriv till exempel: Anna Berg 6, Bo Ek 5")
    return counts


def section_span(numbers: Iterable[int]) -> str:
    """[1, 2, 3, 5] → "§§ 1–3, 5"; [8] → "§ 8" (who served where, in the attendance list)."""
    nums = sorted(set(numbers))
    if not nums:
        return ""
    runs: list[list[int]] = []
    for n in nums:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 1 else f"{r[0]}" for r in runs]
    return ("§ " if len(nums) == 1 else "§§ ") + ", ".join(parts)
