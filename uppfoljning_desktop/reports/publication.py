"""The publication check of a public output, after it is laid out and before it is written.

Every public document goes through ``review_output``: the finished PDF is read page by
page (the text a reader or a search engine would get), each page's personal data
candidates are found (``domain.publication.scan_text``), and the findings are named by
part ("Kallelse", "Bilaga: Krisledningsplan") and page. The secretary masks or accepts
each (recorded in the database, ``store.publication``); masked values are left out when
the document is laid out again (``public_masks``): generated text prints "[maskerad]",
a page of an attached PDF that carries one is replaced by a masked page
(``masked_attachment_pages``), because the text of someone else's PDF cannot be edited
safely. Values the crisis module marks private are masked in every public version,
whether found or not.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from uppfoljning_desktop.domain.publication import (
    Decision,
    Finding,
    Review,
    describe_findings,
    scan_text,
    value_pattern,
)
from uppfoljning_desktop.errors import UserError
from uppfoljning_desktop.reports.base import Document, Letterhead, join_hyphenated


@dataclass(frozen=True)
class Part:
    """A part of an output file: its title, where its pages are (0-based, in the file)
    and, when known, its own bytes (their text is read once and cached)."""

    title: str
    first_page: int
    pages: int
    data: bytes = field(default=b"", repr=False)


_TEXT_CACHE: dict[bytes, list[str]] = {}


def page_texts(data: bytes) -> list[str]:
    """The text of each page of ``data``, cached by content: an attachment is read once
    for masking and once for the scan, and again at the next public version."""
    key = hashlib.sha1(data).digest()
    texts = _TEXT_CACHE.get(key)
    if texts is None:
        from pypdf import PdfReader

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            texts = [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]
        if len(_TEXT_CACHE) > 64:
            _TEXT_CACHE.clear()
        _TEXT_CACHE[key] = texts
    return texts


class FindingsUnresolved(UserError):
    """A public document still holds personal data nobody has masked or accepted."""


def public_masks(db: Database, document: str) -> list[str]:
    """What a public version of ``document`` leaves out: the values the secretary chose
    to mask, and every value the crisis module marks private."""
    return _masked_values(db, document) + _private_values(db)


def _masked_values(db: Database, document: str) -> list[str]:
    from uppfoljning_desktop.store import publication as store

    return store.masked_values(db, document)


def _private_values(db: Database) -> list[str]:
    from uppfoljning_desktop.store import publication as store

    return store.private_values(db)


def scan_pdf(data: bytes, parts: Sequence[Part], document: str, db: Database) -> list[Finding]:
    """The findings of ``data``, the first occurrence of each value per part."""
    from uppfoljning_desktop.store import publication as store

    rules = store.load_rules(db)
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    if parts and all(p.data for p in parts) and sum(p.pages for p in parts) == len(page_texts_count(data)):
        pages = [text for p in parts for text in page_texts(p.data)]
    else:
        pages = page_texts(data)
    for index, text in enumerate(pages):
        part = next((p for p in parts if p.first_page <= index < p.first_page + p.pages),
                    Part(document, 0, len(pages)))
        for hit in scan_text(join_hyphenated(text), rules):
            f = Finding(document, part.title, index - part.first_page + 1, index + 1, hit.kind, hit.value,
                        hit.mandatory, hit.context)
            if (f.key, part.title) in seen:
                continue
            seen.add((f.key, part.title))
            findings.append(f)
    return findings


def page_texts_count(data: bytes) -> list[None]:
    """One entry per page of ``data`` (the page count, without reading any text)."""
    from pypdf import PdfReader

    return [None] * len(PdfReader(io.BytesIO(data)).pages)


def review_output(db: Database, document: str, data: bytes, parts: Sequence[Part]) -> Review:
    """The findings in a laid-out public output and the decisions already recorded."""
    from uppfoljning_desktop.store import publication as store

    findings = scan_pdf(data, parts, document, db)
    leaked = [f for f in findings if f.mandatory]
    if leaked:
        # Masking is applied while laying out; reaching here is a bug, but the document
        # must not be written either way.
        raise UserError("Den offentliga versionen innehåller uppgifter som krisplanen markerar som privata: "
                        + "; ".join(f.describe() for f in leaked) + ".",
                        hint="Dokumentet sparades inte. Kontakta supporten.")
    return Review(findings, store.list_decisions(db, document))


def publish(
    db: Database,
    document: str,
    render: Callable[[], tuple[bytes, Sequence[Part]]],
    *,
    mask: Sequence[str] = (),
    accept: Sequence[str] = (),
    accept_all: bool = False,
    note: str = "",
) -> tuple[bytes, Review]:
    """Lay out a public output (``render`` reads the recorded masks itself), apply the
    decisions given by finding key (``mask``, ``accept``; ``accept_all`` accepts every
    remaining one), record them, and return the bytes to write with the final review.
    Raises ``FindingsUnresolved`` listing what is left undecided."""
    from uppfoljning_desktop.store import publication as store

    data, parts = render()
    review = review_output(db, document, data, parts)
    by_key = {f.key: f for f in review.findings}
    unknown = [k for k in (*mask, *accept) if k.upper() not in by_key and k.upper() not in review.decisions]
    if unknown:
        raise UserError(f"Inget fynd med id {', '.join(unknown)} i {document}.",
                        hint="Kör kommandot utan --maskera/--godta för att se fynden och deras id.")
    to_mask = [by_key[k.upper()] for k in mask if k.upper() in by_key]
    to_accept = [by_key[k.upper()] for k in accept if k.upper() in by_key]
    if to_accept:
        store.record_decisions(db, to_accept, Decision.ACCEPT, note=note)
    if to_mask:
        store.record_decisions(db, to_mask, Decision.MASK, note=note)
        data, parts = render()
        review = review_output(db, document, data, parts)
    else:
        review = Review(review.findings, store.list_decisions(db, document))
    if accept_all and review.unresolved:
        store.record_decisions(db, review.unresolved, Decision.ACCEPT, note=note or "godtagna med --accept-findings")
        review = Review(review.findings, store.list_decisions(db, document))
    if review.unresolved:
        raise FindingsUnresolved(
            f"{document}: den offentliga versionen innehåller personuppgifter som inte är granskade "
            f"({len({f.key for f in review.unresolved})} st.):\n"
            + "\n".join("  " + line for line in describe_findings(review.unresolved)),
            hint="Maskera med --maskera ID eller godta med --godta ID (kan upprepas), "
                 "eller godta alla med --accept-findings. Dokumentet sparades inte.",
        )
    return data, review


def masked_attachment_pages(data: bytes, values: Sequence[str], letterhead: Letterhead, title: str) -> bytes:
    """``data`` (an attached PDF) with every page that carries one of ``values`` replaced
    by a page saying that it is masked in the public version."""
    from pypdf import PdfReader, PdfWriter

    patterns = [value_pattern(v) for v in values if v.strip()]
    if not patterns:
        return data
    texts = page_texts(data)
    hit_pages = [i for i, text in enumerate(texts) if any(p.search(text) for p in patterns)]
    if not hit_pages:
        return data
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter()
        for i, page in enumerate(reader.pages):
            if i in hit_pages:
                writer.append(PdfReader(io.BytesIO(_masked_page(letterhead, title, i + 1, len(reader.pages)))))
            else:
                writer.add_page(page)
        out = io.BytesIO()
        writer.write(out)
    return out.getvalue()


def _masked_page(letterhead: Letterhead, title: str, page: int, pages: int) -> bytes:
    doc = Document(letterhead, title=f"{title}, sida {page}", kind="BILAGA", banner="OFFENTLIG VERSION")
    return doc.build([
        doc.p(f"Bilaga: {title}", "h1"),
        doc.p(f"Sida {page} av {pages}", "small"),
        doc.masked("Sidan innehåller personuppgifter (till exempel privata telefonnummer) som inte publiceras. "
                   "Den finns i sin helhet hos förvaltningen."),
    ])
