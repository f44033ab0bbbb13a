"""What KL 5:67 asks the minutes to show per §: motions (yrkanden), the questions the
chair put (propositionsordning), votes with each member's answer, reservations and
protokollsanteckningar by name, and changes in who serves from one § on.

The rules (counting, roll call after jäv, wording) live in ``domain.voting``; this module
stores them. Every function is one user action in one transaction, and refuses to change
adjusted minutes (TF 2:10).
"""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from uppfoljning_desktop.domain.meetings import (
    Attendance,
    AttendanceStatus,
    Quorum,
    quorum_for_item,
)
from uppfoljning_desktop.domain.voting import (
    Answer,
    AttendanceChange,
    Ballot,
    DecidedBy,
    ElectionResult,
    ItemMinutes,
    Motion,
    MotionKind,
    Question,
    QuestionKind,
    Statement,
    StatementKind,
    VoteResult,
    attendance_at,
    build_decision,
    count_election,
    count_open_vote,
    voters,
)
from uppfoljning_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from uppfoljning_desktop.store import meeting_items as items_store
from uppfoljning_desktop.store import meetings as meeting_store
from uppfoljning_desktop.store import minutes
from uppfoljning_desktop.store import organisation as org_store
from uppfoljning_desktop.store.sqlutil import execute_script, inserted_id

MIGRATIONS = Migrations("minutes_debate")
MIGRATION_ORDER = 21  # after the meetings tables it refers to


@MIGRATIONS()
def m001_debate(db: Database) -> None:
    execute_script(
        db,
        """
        CREATE TABLE motion (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            mover TEXT NOT NULL,
            party TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('bifall','avslag','återremiss','bordläggning','ändring','tillägg')),
            text TEXT NOT NULL DEFAULT '',
            withdrawn INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX motion_item ON motion(item_id, position);
        CREATE TABLE question (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('huvudfråga','tilläggsfråga','ordningsfråga','val')),
            yes_motion_id INTEGER REFERENCES motion(id) ON DELETE CASCADE,
            no_motion_id INTEGER REFERENCES motion(id) ON DELETE CASCADE,
            finding_motion_id INTEGER REFERENCES motion(id) ON DELETE SET NULL,
            vote INTEGER NOT NULL DEFAULT 0,
            result_motion_id INTEGER REFERENCES motion(id) ON DELETE SET NULL,
            counts TEXT NOT NULL DEFAULT '{}',
            lots_winner TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX question_item ON question(item_id, position);
        CREATE TABLE ballot (
            question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            party TEXT NOT NULL DEFAULT '',
            answer TEXT NOT NULL CHECK (answer IN ('Ja','Nej','Avstår')),
            PRIMARY KEY (question_id, name)
        ) STRICT;
        CREATE TABLE statement (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('reservation','protokollsanteckning')),
            names TEXT NOT NULL DEFAULT '[]',
            party_group TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            written INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE TABLE attendance_change (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            from_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            to_item_id INTEGER REFERENCES agenda_item(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            party TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            replaces_name TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE TABLE minutes_times (
            meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
            ended_at TEXT,
            adjustment_time TEXT
        ) STRICT;
        """,
    )


# ---------------------------------------------------------------- helpers


def _item_meeting(db: Database, item_id: int) -> int:
    return items_store.get_item(db, item_id).meeting_id


def _editable(db: Database, item_id: int, what: str) -> int:
    meeting_id = _item_meeting(db, item_id)
    minutes._refuse_if_adjusted(db, meeting_id, what)
    return meeting_id


def _next_position(db: Database, table: str, item_id: int) -> int:
    row = db.execute(f"SELECT coalesce(max(position), 0) + 1 FROM [{table}] WHERE item_id = ?", [item_id]).fetchone()
    return int(row[0])


def _committee_name(db: Database, meeting_id: int) -> str:
    return org_store.get_committee(db, meeting_store.get_meeting(db, meeting_id).committee_id).name


# ---------------------------------------------------------------- motions


def _motion(r: dict) -> Motion:
    return Motion(id=r["id"], item_id=r["item_id"], position=r["position"], mover=r["mover"], party=r["party"],
                  kind=MotionKind(r["kind"]), text=r["text"], withdrawn=bool(r["withdrawn"]))


def add_motion(db: Database, item_id: int, mover: str, kind: MotionKind, text: str = "", party: str = "") -> Motion:
    """A yrkande (KL 5:67 p. 1). The mover must be on the item's roll (serving, no jäv)."""
    with db.atomic():
        _editable(db, item_id, "yrkanden")
        roll = {a.name.casefold(): a for a in roll_call(db, item_id)}
        who = mover.strip()
        if not who:
            raise ValidationFailed(errors=[FieldError("Yrkande", "ange vem som yrkar")], what="Yrkandet")
        if who.casefold() not in roll:
            raise ValidationFailed(
                errors=[FieldError("Yrkande", f"{who} tjänstgör inte i ärendet (eller är jävig) och kan inte yrka")],
                what=f"Yrkandet i ärendet \"{items_store.get_item(db, item_id).title}\"")
        if MotionKind(kind) in (MotionKind.AMEND, MotionKind.ADD) and not text.strip():
            raise ValidationFailed(errors=[FieldError("Yrkande", f"ett yrkande om {MotionKind(kind).value} behöver en text")],
                                   what="Yrkandet")
        new_id = inserted_id(db.table("motion").insert({
            "item_id": item_id, "position": _next_position(db, "motion", item_id), "mover": roll[who.casefold()].name,
            "party": party.strip() or roll[who.casefold()].party, "kind": MotionKind(kind).value, "text": text.strip(),
        }))
        items_store.add_history(db, item_id, f"Yrkande: {who} ({MotionKind(kind).value})")
    return get_motion(db, new_id)


def get_motion(db: Database, motion_id: int) -> Motion:
    rows = list(db.query("SELECT * FROM motion WHERE id = ?", [motion_id]))
    if not rows:
        raise NotFound(f"Yrkandet (id {motion_id}) finns inte.")
    return _motion(rows[0])


def list_motions(db: Database, item_id: int, *, include_withdrawn: bool = True) -> list[Motion]:
    where = "" if include_withdrawn else " AND withdrawn = 0"
    return [_motion(r) for r in db.query(f"SELECT * FROM motion WHERE item_id = ?{where} ORDER BY position", [item_id])]


def withdraw_motion(db: Database, motion_id: int, withdrawn: bool = True) -> Motion:
    """A withdrawn motion is kept (with its history) but no longer printed or put."""
    with db.atomic():
        m = get_motion(db, motion_id)
        _editable(db, m.item_id, "yrkanden")
        db.execute("UPDATE motion SET withdrawn = ? WHERE id = ?", [int(withdrawn), motion_id])
        items_store.add_history(db, m.item_id, f"Yrkande {'återtaget' if withdrawn else 'återupptaget'}: {m.who}")
    return get_motion(db, motion_id)


# ---------------------------------------------------------------- questions and votes


def _question(db: Database, r: dict) -> Question:
    ballots = [Ballot(b["name"], Answer(b["answer"]), b["party"]) for b in db.query(
        "SELECT * FROM ballot WHERE question_id = ? ORDER BY position", [r["id"]])]
    return Question(id=r["id"], item_id=r["item_id"], position=r["position"], kind=QuestionKind(r["kind"]),
                    yes_motion_id=r["yes_motion_id"], no_motion_id=r["no_motion_id"],
                    finding_motion_id=r["finding_motion_id"], vote=bool(r["vote"]), ballots=ballots,
                    counts=json.loads(r["counts"]), lots_winner=r["lots_winner"],
                    result_motion_id=r["result_motion_id"])


def get_question(db: Database, question_id: int) -> Question:
    rows = list(db.query("SELECT * FROM question WHERE id = ?", [question_id]))
    if not rows:
        raise NotFound(f"Propositionen (id {question_id}) finns inte.")
    return _question(db, rows[0])


def list_questions(db: Database, item_id: int) -> list[Question]:
    return [_question(db, r) for r in db.query("SELECT * FROM question WHERE item_id = ? ORDER BY position", [item_id])]


def put_question(
    db: Database, item_id: int, yes_motion_id: int, no_motion_id: int | None = None, *,
    finding_motion_id: int | None = None, kind: QuestionKind = QuestionKind.MAIN,
) -> Question:
    """The chair puts ``yes`` against ``no`` (KL 5:53-57) and finds for one of them (by
    default the yes side)."""
    with db.atomic():
        _editable(db, item_id, "propositionsordningen")
        _require_quorum(db, item_id)
        ids = [i for i in (yes_motion_id, no_motion_id) if i is not None]
        motions = {m.id: m for m in list_motions(db, item_id)}
        errors = []
        for i in ids:
            if i not in motions:
                errors.append(FieldError("Proposition", f"yrkandet (id {i}) hör inte till ärendet"))
            elif motions[i].withdrawn:
                errors.append(FieldError("Proposition", f"{motions[i].who} har återtagit sitt yrkande"))
        if yes_motion_id == no_motion_id:
            errors.append(FieldError("Proposition", "ett yrkande kan inte ställas mot sig självt"))
        finding = finding_motion_id if finding_motion_id is not None else yes_motion_id
        if finding not in ids:
            errors.append(FieldError("Proposition", "ordföranden kan bara finna för ett av de ställda yrkandena"))
        if errors:
            raise ValidationFailed(errors=errors, what="Propositionen")
        new_id = inserted_id(db.table("question").insert({
            "item_id": item_id, "position": _next_position(db, "question", item_id), "kind": QuestionKind(kind).value,
            "yes_motion_id": yes_motion_id, "no_motion_id": no_motion_id, "finding_motion_id": finding,
        }))
        items_store.add_history(db, item_id, "Proposition ställd")
    return get_question(db, new_id)


def _require_quorum(db: Database, item_id: int) -> None:
    """No decision without quorum (KL 6:27)."""
    q = item_quorum(db, item_id)
    if not q.ok:
        title = items_store.get_item(db, item_id).title
        raise UserError(
            f"Nämnden är inte beslutsför i ärendet \"{title}\": {q.describe()}.",
            hint="Nämnden får bara besluta när mer än hälften av ledamöterna tjänstgör (KL 6:27). "
            "Låt en ersättare gå in (Ändra närvaron) eller för inte in något beslut i ärendet.",
        )


def presiding_chair(roll: list[Attendance]) -> str:
    """Who presides (and has the casting vote): the chair if serving, else the vice chair."""
    for role in ("ordförande", "vice ordförande"):
        person = next((a for a in roll if a.role == role), None)
        if person is not None:
            return person.name
    return ""


def record_vote(db: Database, question_id: int, answers: dict[str, Answer]) -> VoteResult:
    """An open roll call on the question (KL 5:53-57): every name on the item's roll
    answers Ja, Nej or Avstår (nobody else may); the program counts, and a tie is
    decided by the presiding chair's vote."""
    with db.atomic():
        q = get_question(db, question_id)
        _editable(db, q.item_id, "omröstningen")
        if q.no_motion_id is None:
            raise UserError("Omröstning kräver två förslag att välja mellan.",
                            hint="Ställ propositionen med ett ja-förslag och ett nej-förslag.")
        _require_quorum(db, q.item_id)
        roll = roll_call(db, q.item_id)
        given = {k.strip().casefold(): (k, v) for k, v in answers.items()}
        errors = [FieldError("Omröstning", f"{name} tjänstgör inte i ärendet och kan inte rösta")
                  for key, (name, _) in given.items() if key not in {a.name.casefold() for a in roll}]
        errors += [FieldError("Omröstning", f"{a.name} har inte röstat") for a in roll if a.name.casefold() not in given]
        if errors:
            raise ValidationFailed(errors=errors, what="Omröstningen")
        ballots = [Ballot(a.name, Answer(given[a.name.casefold()][1]), a.party) for a in roll]
        result = count_open_vote(ballots, presiding_chair(roll))
        db.execute("DELETE FROM ballot WHERE question_id = ?", [question_id])
        for pos, b in enumerate(ballots):
            db.execute("INSERT INTO ballot (question_id, position, name, party, answer) VALUES (?, ?, ?, ?, ?)",
                       [question_id, pos, b.name, b.party, b.answer.value])
        winner = q.yes_motion_id if result.winner is Answer.YES else q.no_motion_id
        db.execute("UPDATE question SET vote = 1, result_motion_id = ? WHERE id = ?", [winner, question_id])
        items_store.add_history(db, q.item_id, f"Omröstning: {result.yes} ja, {result.no} nej, {result.abstain} avstår")
    return result


def stored_vote_result(q: Question) -> VoteResult | None:
    """The recorded vote's count, with the side it decided (a tie went the way of the
    chair's casting vote when it was recorded)."""
    if not q.vote or not q.ballots:
        return None
    yes = sum(1 for b in q.ballots if b.answer is Answer.YES)
    no = sum(1 for b in q.ballots if b.answer is Answer.NO)
    side = Answer.YES if q.result_motion_id == q.yes_motion_id else Answer.NO
    return VoteResult(yes, no, len(q.ballots) - yes - no, side,
                      DecidedBy.MAJORITY if yes != no else DecidedBy.CASTING_VOTE)


def record_election(db: Database, item_id: int, counts: dict[str, int], rng: random.Random | None = None) -> ElectionResult:
    """An election with closed ballots: only the count per candidate is minuted; a tie
    is decided by lots (KL 5:53-57), drawn here with ``rng``."""
    with db.atomic():
        _editable(db, item_id, "valet")
        result = count_election(counts, rng)
        db.table("question").insert({
            "item_id": item_id, "position": _next_position(db, "question", item_id), "kind": QuestionKind.ELECTION.value,
            "vote": 1, "counts": json.dumps(dict(result.counts), ensure_ascii=False),
            "lots_winner": result.elected if result.decided_by is DecidedBy.LOTS else "",
        })
        items_store.add_history(db, item_id, f"Val: {result.elected} vald ({result.decided_by.value})")
    return result


def delete_question(db: Database, question_id: int) -> None:
    with db.atomic():
        q = get_question(db, question_id)
        _editable(db, q.item_id, "propositionsordningen")
        db.execute("DELETE FROM question WHERE id = ?", [question_id])


def build_item_decision(db: Database, item_id: int) -> str:
    """Write the decision the beslutsgång leads to into the item (editable afterwards)."""
    with db.atomic():
        item = items_store.get_item(db, item_id)
        name = _committee_name(db, item.meeting_id)
        text = build_decision(item.proposal, list_motions(db, item_id, include_withdrawn=False),
                              list_questions(db, item_id), name)
        minutes.record_decision(db, item_id, decision=text)
    return text


# ---------------------------------------------------------------- reservations and notes


def _statement(r: dict) -> Statement:
    return Statement(id=r["id"], item_id=r["item_id"], position=r["position"], kind=StatementKind(r["kind"]),
                     names=json.loads(r["names"]), group=r["party_group"], text=r["text"], written=bool(r["written"]))


def add_statement(
    db: Database, item_id: int, kind: StatementKind, *, names: list[str] | None = None, group: str = "",
    text: str = "", written: bool = False,
) -> Statement:
    """A reservation (by members who took part in the decision, KL 4:27) or a
    protokollsanteckning, by name and/or party group."""
    with db.atomic():
        _editable(db, item_id, "reservationer och protokollsanteckningar")
        names = [n.strip() for n in (names or []) if n.strip()]
        errors = []
        if not names and not group.strip():
            errors.append(FieldError("Vem", "ange namn eller partigrupp"))
        if kind is StatementKind.RESERVATION:
            roll = {a.name.casefold() for a in roll_call(db, item_id)}
            errors += [FieldError("Vem", f"{n} deltog inte i beslutet och kan inte reservera sig")
                       for n in names if n.casefold() not in roll]
        else:
            present = {a.name.casefold() for a in list_attendance_at(db, item_id)
                       if a.status is not AttendanceStatus.ABSENT}
            errors += [FieldError("Vem", f"{n} finns inte bland de närvarande") for n in names if n.casefold() not in present]
        if kind is StatementKind.NOTE and not text.strip():
            errors.append(FieldError("Text", "en protokollsanteckning behöver en text"))
        if errors:
            raise ValidationFailed(errors=errors, what=f"{StatementKind(kind).value.capitalize()}en")
        new_id = inserted_id(db.table("statement").insert({
            "item_id": item_id, "position": _next_position(db, "statement", item_id), "kind": StatementKind(kind).value,
            "names": json.dumps(names, ensure_ascii=False), "party_group": group.strip(), "text": text.strip(),
            "written": int(written),
        }))
        items_store.add_history(db, item_id, f"{StatementKind(kind).value.capitalize()}: {group or ', '.join(names)}")
    return next(s for s in list_statements(db, item_id) if s.id == new_id)


def list_statements(db: Database, item_id: int) -> list[Statement]:
    return [_statement(r) for r in db.query("SELECT * FROM statement WHERE item_id = ? ORDER BY position", [item_id])]


def delete_statement(db: Database, statement_id: int) -> None:
    with db.atomic():
        row = db.execute("SELECT item_id FROM statement WHERE id = ?", [statement_id]).fetchone()
        if row is None:
            raise NotFound(f"Reservationen/anteckningen (id {statement_id}) finns inte.")
        _editable(db, row[0], "reservationer och protokollsanteckningar")
        db.execute("DELETE FROM statement WHERE id = ?", [statement_id])


# ---------------------------------------------------------------- attendance per §


def _change(r: dict) -> AttendanceChange:
    return AttendanceChange(id=r["id"], meeting_id=r["meeting_id"], from_item_id=r["from_item_id"],
                            to_item_id=r["to_item_id"], name=r["name"], party=r["party"],
                            status=AttendanceStatus(r["status"]), replaces_name=r["replaces_name"], note=r["note"])


def list_changes(db: Database, meeting_id: int) -> list[AttendanceChange]:
    return [_change(r) for r in db.query("SELECT * FROM attendance_change WHERE meeting_id = ? ORDER BY id", [meeting_id])]


def add_change(
    db: Database, from_item_id: int, name: str, status: AttendanceStatus, *, replaces_name: str = "",
    to_item_id: int | None = None, party: str = "", note: str = "",
) -> AttendanceChange:
    """From ``from_item_id`` on (to ``to_item_id`` if given) ``name`` has ``status``: a
    member leaves, a substitute steps in for someone (also for one with jäv on one §)."""
    with db.atomic():
        meeting_id = _editable(db, from_item_id, "närvaron")
        errors = []
        if not name.strip():
            errors.append(FieldError("Närvaro", "ange ett namn"))
        status = AttendanceStatus(status)
        if status is AttendanceStatus.SERVING_SUBSTITUTE and not replaces_name.strip():
            errors.append(FieldError("Tjänstgör för", f"{name} tjänstgör som ersättare men det står inte för vem"))
        if to_item_id is not None:
            order = [i.id for i in items_store.list_items(db, meeting_id)]
            if to_item_id not in order:
                errors.append(FieldError("Till och med", "ärendet hör inte till sammanträdets ärenden"))
            elif from_item_id in order and order.index(to_item_id) < order.index(from_item_id):
                errors.append(FieldError("Till och med", "ärendet ligger före det ärende ändringen börjar i"))
        if errors:
            raise ValidationFailed(errors=errors, what="Närvaroändringen")
        known = {a.name.casefold(): a for a in minutes.list_attendance(db, meeting_id)}
        person = known.get(name.strip().casefold())
        new_id = inserted_id(db.table("attendance_change").insert({
            "meeting_id": meeting_id, "from_item_id": from_item_id, "to_item_id": to_item_id,
            "name": person.name if person else name.strip(), "party": party.strip() or (person.party if person else ""),
            "status": status.value, "replaces_name": replaces_name.strip(), "note": note.strip(),
        }))
        items_store.add_history(db, from_item_id, f"Närvaro: {name} {status.value}")
    return next(c for c in list_changes(db, meeting_id) if c.id == new_id)


def delete_change(db: Database, change_id: int) -> None:
    with db.atomic():
        row = db.execute("SELECT from_item_id FROM attendance_change WHERE id = ?", [change_id]).fetchone()
        if row is None:
            raise NotFound(f"Närvaroändringen (id {change_id}) finns inte.")
        _editable(db, row[0], "närvaron")
        db.execute("DELETE FROM attendance_change WHERE id = ?", [change_id])


def list_attendance_at(db: Database, item_id: int) -> list[Attendance]:
    """The attendance at the item, with every change up to it applied."""
    meeting_id = _item_meeting(db, item_id)
    order = [i.id for i in items_store.list_items(db, meeting_id) if i.id is not None]
    if item_id not in order:
        order.append(item_id)
    return attendance_at(minutes.list_attendance(db, meeting_id), list_changes(db, meeting_id), order, item_id)


def roll_call(db: Database, item_id: int) -> list[Attendance]:
    """Who takes part in the decision of the item: serving at that §, without jäv."""
    return voters(list_attendance_at(db, item_id), minutes.list_conflicts(db, item_id))


def item_quorum(db: Database, item_id: int) -> Quorum:
    """Quorum (KL 6:27) at the item with the attendance changes up to it; a substitute
    serving for a member with jäv counts, the member does not (KL 6:28)."""
    item = items_store.get_item(db, item_id)
    meeting = meeting_store.get_meeting(db, item.meeting_id)
    serving = [a.name for a in list_attendance_at(db, item_id) if a.status.serves]
    return quorum_for_item(minutes.seat_count(db, meeting.committee_id), serving, minutes.list_conflicts(db, item_id))


# ---------------------------------------------------------------- times


def _t(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def get_times(db: Database, meeting_id: int) -> tuple[dt.time | None, dt.time | None]:
    """(the meeting's end time, the time of adjustment)."""
    row = db.execute("SELECT ended_at, adjustment_time FROM minutes_times WHERE meeting_id = ?", [meeting_id]).fetchone()
    return (_t(row[0]), _t(row[1])) if row else (None, None)


def set_times(db: Database, meeting_id: int, *, ended_at: dt.time | None, adjustment_time: dt.time | None) -> None:
    with db.atomic():
        minutes._refuse_if_adjusted(db, meeting_id, "sluttid och justeringstid")
        m = meeting_store.get_meeting(db, meeting_id)
        if ended_at is not None and m.start_time is not None and ended_at <= m.start_time:
            raise ValidationFailed(errors=[FieldError("Sammanträdet avslutas", f"kl. {ended_at:%H.%M} ligger inte efter starten "
                                                      f"kl. {m.start_time:%H.%M}")], what="Sammanträdet")
        db.execute("INSERT INTO minutes_times (meeting_id, ended_at, adjustment_time) VALUES (?, ?, ?) "
                   "ON CONFLICT(meeting_id) DO UPDATE SET ended_at = excluded.ended_at, adjustment_time = excluded.adjustment_time",
                   [meeting_id, ended_at.strftime("%H:%M") if ended_at else None,
                    adjustment_time.strftime("%H:%M") if adjustment_time else None])


# ---------------------------------------------------------------- everything for one §


def item_minutes(db: Database, item_id: int) -> ItemMinutes:
    meeting_id = _item_meeting(db, item_id)
    return ItemMinutes(
        motions=list_motions(db, item_id),
        questions=list_questions(db, item_id),
        statements=list_statements(db, item_id),
        changes=[c for c in list_changes(db, meeting_id) if c.from_item_id == item_id],
        roll=roll_call(db, item_id),
    )
