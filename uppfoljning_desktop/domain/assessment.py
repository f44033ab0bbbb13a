"""Assessment (bedömning av måluppfyllelse): a proposed colour per goal, with its reasoning.

The rule is Södertälje's (``seeds/000_…``, "Inför varje delårsbokslut och årsbokslut"):

* Grön – the goal is met fully or largely: all or the majority of the indicators'
  targets are met, and all or the majority of the activities are done;
* Gul – partly met: a few targets met, a few activities done;
* Röd – not met: no target met, and few or no activities done.

At an interim period (delår) the assessment is a forecast: targets are judged on the
outcome so far, and an activity counts when it is done, under way, or not due yet. At
year end it is a result: only finished activities count. A council goal's colour is
proposed from the colours of its committee goals ("sammanvägd bedömning").

How the words are read here (shown to the secretary in the reasoning):

* "majority" is strictly more than half; exactly half is "a few" (Gul);
* an indicator without an outcome, without a target yet ("*"), or with a direction
  target and nothing to compare with, is left out of the count and reported as lacking
  data, never counted as missed;
* a goal with indicators none of which can be judged (no outcome, or no target to
  compare it with) is *Ej bedömd*, with that reason: its activities alone would tell a
  story the figures have not told yet; a goal without indicators rests on its
  activities alone, and one without activities on its targets alone; with neither there
  is no proposal;
* at an interim period a count or an amount (antal, kronor) is a part-year figure: it is
  not compared with the full-year target, so it is left out as not judgeable.

The reasoning names the meaning ("målet uppfylls delvis"), never a colour word, so it
reads right in every scale.

The scale's words are a setting (Grön/Gul/Röd, Bra/Ok/Har brister as in ``seeds/002_…``,
or the wording of ``seeds/001_…``). The secretary may override a proposal; an override
needs a reason, and it is what the report prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from uppfoljning_desktop.domain.goals import (
    Activity,
    ActivityStatus,
    CompareWith,
    Indicator,
    MeasureUnit,
    Period,
)
from uppfoljning_desktop.domain.targets import is_met
from uppfoljning_desktop.errors import FieldError


class Colour(StrEnum):
    GREEN = "grön"
    YELLOW = "gul"
    RED = "röd"


CUMULATIVE_UNITS = frozenset({MeasureUnit.COUNT, MeasureUnit.KRONOR})  # grow through the year

COLOUR_HEX = {Colour.GREEN: "#2E7D32", Colour.YELLOW: "#F2B705", Colour.RED: "#C62828"}

SCALES: dict[str, tuple[str, str, str]] = {
    "grön-gul-röd": ("Grön", "Gul", "Röd"),
    "bra-ok-har brister": ("Bra", "Ok", "Har brister"),
    "måluppfyllelse": ("God måluppfyllelse", "Godtagbar måluppfyllelse", "Ej uppfyllt"),
}
DEFAULT_SCALE = "grön-gul-röd"

_MEANING = {
    Colour.GREEN: "målet uppfylls helt eller till stor del",
    Colour.YELLOW: "målet uppfylls delvis",
    Colour.RED: "målet uppfylls inte",
}


def colour_label(colour: Colour | None, scale: str = DEFAULT_SCALE) -> str:
    """The colour in the plan's own words ("Gul", "Ok", "Godtagbar måluppfyllelse")."""
    if colour is None:
        return "Ej bedömd"
    words = SCALES.get(scale, SCALES[DEFAULT_SCALE])
    return words[[Colour.GREEN, Colour.YELLOW, Colour.RED].index(colour)]


def colour_from_label(text: str, scale: str = DEFAULT_SCALE) -> Colour:
    """Read a colour written in any scale's words (or the colour names)."""
    t = text.strip().casefold()
    for words in [SCALES.get(scale, SCALES[DEFAULT_SCALE]), *SCALES.values()]:
        for colour, word in zip((Colour.GREEN, Colour.YELLOW, Colour.RED), words, strict=True):
            if t == word.casefold():
                return colour
    try:
        return Colour(t)
    except ValueError:
        raise ValueError(f"\"{text}\" är ingen bedömning (t.ex. {', '.join(SCALES[scale])})") from None


@dataclass(frozen=True)
class Evidence:
    """What a committee goal's proposal rests on."""

    targets_met: int = 0
    targets_judged: int = 0
    targets_lacking: int = 0  # indicators left out: no outcome, no target, no reference
    activities_done: int = 0
    activities_total: int = 0
    forecast: bool = False


@dataclass(frozen=True)
class Proposal:
    colour: Colour | None
    reasoning: str
    forecast: bool = False


def _level(part: int, whole: int) -> str | None:
    """"majority" (> half), "none" (0) or "few"; None when there is nothing to count."""
    if whole <= 0:
        return None
    if part * 2 > whole:
        return "majority"
    if part == 0:
        return "none"
    return "few"


def propose_colour(e: Evidence) -> Proposal:
    """The proposed colour of a committee goal and the reasoning shown with it."""
    t = _level(e.targets_met, e.targets_judged)
    a = _level(e.activities_done, e.activities_total)
    if t is None and e.targets_lacking:
        return Proposal(None, _not_assessed(e), e.forecast)
    if t is None and a is None:
        colour = None
    elif t is None:
        colour = {"majority": Colour.GREEN, "few": Colour.YELLOW, "none": Colour.RED}[a]  # type: ignore[index]
    elif a is None:
        colour = {"majority": Colour.GREEN, "few": Colour.YELLOW, "none": Colour.RED}[t]
    elif t == "majority" and a == "majority":
        colour = Colour.GREEN
    elif t == "none" and a != "majority":
        colour = Colour.RED
    else:
        colour = Colour.YELLOW
    return Proposal(colour, _reasoning(e, colour), e.forecast)


def _not_assessed(e: Evidence) -> str:
    n = e.targets_lacking
    text = (f"Ej bedömd: {'indikatorn har inte' if n == 1 else f'ingen av de {n} indikatorerna har'} "
            "ett utfall som kan jämföras med ett riktvärde")
    if e.forecast:
        text += " för perioden"
    if e.activities_total:
        verb = "klara eller på väg" if e.forecast else "klara"
        text += f" ({e.activities_done} av {e.activities_total} aktiviteter {verb})"
    return text + "."


def _reasoning(e: Evidence, colour: Colour | None) -> str:
    parts = []
    if e.targets_judged:
        verb = "nådda hittills" if e.forecast else "nådda"
        parts.append(f"{e.targets_met} av {e.targets_judged} riktvärden {verb}")
    else:
        parts.append("inga riktvärden att pröva")
    if e.activities_total:
        verb = "klara eller på väg" if e.forecast else "klara"
        parts.append(f"{e.activities_done} av {e.activities_total} aktiviteter {verb}")
    else:
        parts.append("inga aktiviteter")
    text = ", ".join(parts)
    text = text[0].upper() + text[1:]
    if e.targets_lacking:
        n = e.targets_lacking
        text += f" ({n} {'indikator' if n == 1 else 'indikatorer'} utan jämförbart utfall eller riktvärde räknas inte)"
    if colour is None:
        return text + ". Underlag saknas för ett förslag."
    kind = "Prognos" if e.forecast else "Resultat"
    return f"{text}. {kind}: {_MEANING[colour]}."


def activity_counts(activities: Sequence[Activity], period: Period) -> tuple[int, int]:
    """(counted, total) activities: done at year end; at interim also under way or not
    due yet ("bedöms kunna genomföras under året"). Stopped and waiting ones never count."""
    counted = 0
    for a in activities:
        if a.status is ActivityStatus.DONE:
            counted += 1
        elif not period.is_year_end:
            if a.status is ActivityStatus.STARTED:
                counted += 1
            elif a.status is ActivityStatus.NOT_STARTED:
                due = a.due_date(period.year)
                if due is None or due > period.end_date:
                    counted += 1
    return counted, len(activities)


def judge_indicator(
    indicator: Indicator,
    year: int,
    outcome: Decimal | None,
    previous: Decimal | None,
    *,
    part_year: bool = False,
) -> bool | None:
    """Whether the indicator's outcome meets its target for ``year`` (None: cannot judge).

    Direction targets compare with the previous year's outcome, or with the baseline
    when the indicator says so or no previous outcome exists. A part-year count or
    amount is not compared with a full-year target (``part_year``; the plan has no
    part-year targets).
    """
    if part_year and indicator.measure_unit in CUMULATIVE_UNITS:
        return None
    reference = previous
    if indicator.compare_with is CompareWith.BASELINE or reference is None:
        reference = indicator.baseline.value
    return is_met(indicator.target_for(year), outcome, reference=reference,
                  lower_is_better=indicator.lower_is_better)


def evidence_for_goal(
    judgements: Sequence[bool | None],
    activities: Sequence[Activity],
    period: Period,
) -> Evidence:
    done, total = activity_counts(activities, period)
    return Evidence(
        targets_met=sum(1 for j in judgements if j is True),
        targets_judged=sum(1 for j in judgements if j is not None),
        targets_lacking=sum(1 for j in judgements if j is None),
        activities_done=done,
        activities_total=total,
        forecast=not period.is_year_end,
    )


def propose_council_colour(colours: Sequence[Colour | None], *, forecast: bool = False) -> Proposal:
    """A council goal's colour from its committee goals: green or red when more than
    half of the assessed goals are; yellow otherwise (ties included)."""
    known = [c for c in colours if c is not None]
    if not known:
        return Proposal(None, "Inget nämndmål är bedömt ännu. Underlag saknas för ett förslag.", forecast)
    n = len(known)
    counts = {c: known.count(c) for c in Colour}
    if counts[Colour.GREEN] * 2 > n:
        colour = Colour.GREEN
    elif counts[Colour.RED] * 2 > n:
        colour = Colour.RED
    else:
        colour = Colour.YELLOW
    words = {Colour.GREEN: "uppfylls helt eller till stor del", Colour.YELLOW: "uppfylls delvis",
             Colour.RED: "uppfylls inte"}
    parts = [f"{counts[c]} {words[c]}" for c in Colour if counts[c]]
    text = f"Av {n} {'bedömda' if n != 1 else 'bedömt'} nämndmål: {', '.join(parts)}"
    missing = len(colours) - n
    if missing:
        text += f" ({missing} ej {'bedömda' if missing != 1 else 'bedömt'})"
    kind = "Prognos" if forecast else "Resultat"
    return Proposal(colour, f"{text}. {kind}: {_MEANING[colour]}.", forecast)


@dataclass(frozen=True)
class Assessment:
    """A proposal and, when the secretary disagrees, her colour and reason."""

    proposal: Proposal
    override: Colour | None = None
    reason: str = ""
    confirmed_at: dt.datetime | None = None

    @property
    def colour(self) -> Colour | None:
        return self.override if self.override is not None else self.proposal.colour

    @property
    def is_overridden(self) -> bool:
        return self.override is not None and self.override != self.proposal.colour

    @property
    def explanation(self) -> str:
        """What the report prints: the reason for an override, else the reasoning."""
        if self.override is not None:
            return self.reason
        return self.proposal.reasoning


def validate_override(colour: Colour | None, reason: str) -> list[FieldError]:
    """An override must carry a reason (it is printed as the assessment)."""
    if colour is not None and not reason.strip():
        return [FieldError("Motivering", "skriv varför bedömningen avviker från förslaget")]
    return []
