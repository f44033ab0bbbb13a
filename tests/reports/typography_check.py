"""Find words the layout broke across lines without a hyphen: every word given to a
paragraph must come back whole from the PDF's text (hyphenated line ends are joined
again by ``extract_text``); e-mail addresses may break after "@" or ".", date ranges
at their dash."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from uppfoljning_desktop.reports import base
from uppfoljning_desktop.reports.base import extract_text


@contextmanager
def recorded_words() -> Iterator[set[str]]:
    """The words of every paragraph ``Document.p`` makes while active."""
    words: set[str] = set()
    original = base.Document.p
    descriptor = base.Document.__dict__["p"]  # the staticmethod itself, to put back

    def p(text: str, style: str = "body"):
        for w in (text or "").split():
            w = w.strip(",.;:()»«\"'")
            if len(w) >= 2 and not w.endswith("-"):
                words.add(w)
        return original(text, style)

    base.Document.p = staticmethod(p)  # type: ignore[method-assign]
    try:
        yield words
    finally:
        base.Document.p = descriptor  # type: ignore[method-assign]


def broken_words(render: Callable[[], bytes]) -> list[str]:
    with recorded_words() as words:
        pdf = render()
    flat = " ".join(extract_text(pdf).split())
    lenient = re.sub(r"(?<=[@.–/-]) ", "", re.sub(r" (?=[–@])", "", flat))
    hyphenated = flat.replace("- ", "")  # "PO-⏎SOM-gruppen": a hyphenated break the text join left
    return sorted(w for w in words if w not in flat and w not in lenient and w not in hyphenated)
