"""The one letterhead and style every printed document shares.

Use it like this::

    doc = Document(letterhead, title="Kallelse", kind="KALLELSE", date=d, reference="AVUX/2016:59")
    story = [doc.p("Hej", "body"), doc.bullets(["a", "b"]), doc.table(rows, header=True)]
    pdf_bytes = doc.build(story)            # or doc.build(story, path)

Text from the user is always escaped (``p`` escapes; ``p_markup`` takes trusted
ReportLab markup). The header shows the municipality in capitals, the administration,
the document kind, its date and reference, and "sida (av)"; the footer is the
administration's letterhead footer, as on the seed documents.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from uppfoljning_desktop.domain.organisation import Administration, Municipality
from uppfoljning_desktop.paths import resources_dir

FONT = "LiberationSans"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 32 * mm
MARGIN_BOTTOM = 28 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#999999")
HEADER_FILL = colors.HexColor("#E8ECF0")
MASK_FILL = colors.HexColor("#F2F2F2")

_fonts_registered = False


def register_fonts() -> None:
    """Embed Liberation Sans (SIL OFL, licence in resources/fonts) and map <b>/<i>."""
    global _fonts_registered
    if _fonts_registered:
        return
    folder = resources_dir() / "fonts"
    for suffix, name in (("Regular", FONT), ("Bold", f"{FONT}-Bold"), ("Italic", f"{FONT}-Italic"),
                         ("BoldItalic", f"{FONT}-BoldItalic")):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"LiberationSans-{suffix}.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Italic", boldItalic=f"{FONT}-BoldItalic"
    )
    _fonts_registered = True


HYPHENATION_LANG = "sv_SE"  # pyphen's Swedish dictionary (LibreOffice's hyph_sv)


def _styles() -> dict[str, ParagraphStyle]:
    # Swedish hyphenation everywhere (pyphen); a word is broken without a hyphen only
    # when it has no hyphenation point and is wider than its column (splitLongWords).
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14, spaceAfter=6,
                          hyphenationLang=HYPHENATION_LANG, embeddedHyphenation=1, uriWasteReduce=0.3)
    s = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=f"{FONT}-Bold", fontSize=17, leading=21, spaceAfter=10, keepWithNext=1, hyphenationLang=""),
        "h1": ParagraphStyle("h1", parent=base, fontName=f"{FONT}-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6, keepWithNext=1, hyphenationLang=""),
        "h2": ParagraphStyle("h2", parent=base, fontName=f"{FONT}-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1, hyphenationLang=""),
        "h3": ParagraphStyle("h3", parent=base, fontName=f"{FONT}-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2, keepWithNext=1, hyphenationLang=""),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=GREY, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=f"{FONT}-Bold", fontSize=9, leading=11.5, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=9, leading=11.5, spaceAfter=0, alignment=TA_RIGHT),
        "label": ParagraphStyle("label", parent=base, fontName=f"{FONT}-Bold", spaceAfter=0),
        "mask": ParagraphStyle("mask", parent=base, fontName=f"{FONT}-Italic", textColor=GREY),
    }
    return s


register_fonts()  # paragraphs resolve their font when created, so at import
STYLES: dict[str, ParagraphStyle] = _styles()


def _letterhead_font_only() -> None:
    """The letterhead's font is the only font of a document: ReportLab's defaults select
    a non-embedded Helvetica for a table cell holding a plain string and for text in a
    chart (``tests/reports/test_typography.py`` fails if a library update brings it back)."""
    from reportlab.graphics import renderbase, shapes
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = FONT
    for defaults in (shapes.STATE_DEFAULTS, renderbase.STATE_DEFAULTS):
        defaults["fontName"] = FONT


_letterhead_font_only()

_BREAK_POINTS = re.compile(r"(?<=[@.])(?=[^@.\s])|(?<=[–/])(?=\S)")  # after "@", "." (e-mail), "–" and "/"


def _split_word_at_marks(w, lineWidth, maxWidths, lineno, fontName, fontSize, encoding="utf8"):  # noqa: N803
    """ReportLab's last resort for a word wider than its column cuts it anywhere
    ("johan.nordin@botkyrka.exampl|e", "2016-09-05–2017-06-3|0"). A word with natural
    break points (an e-mail address after "@" and ".", a range after "–", a path after
    "/") is broken only there, as few times as the column needs; other words go to
    ReportLab's own split. Installed over ``reportlab.platypus.paragraph._splitWord``
    (private; ``tests/reports/test_typography.py`` fails if ReportLab changes it)."""
    from reportlab.platypus.paragraph import _SplitWord, _SplitWordEnd

    text = w.decode(encoding) if isinstance(w, bytes) else str(w)
    segments = _BREAK_POINTS.split(text)
    if len(segments) < 2:
        return _reportlab_split_word(w, lineWidth, maxWidths, lineno, fontName, fontSize, encoding)
    last = len(maxWidths) - 1
    limit = maxWidths[min(last, lineno)]
    pieces: list[str] = []
    current, width = "", lineWidth
    for segment in segments:
        seg_width = pdfmetrics.stringWidth(segment, fontName, fontSize)
        if width + seg_width > limit and (current or width > 0):
            pieces.append(_SplitWord(current))
            lineno += 1
            limit = maxWidths[min(last, lineno)]
            current, width = "", 0
        current += segment
        width += seg_width
    pieces.append(_SplitWordEnd(current))
    return pieces


def _install_word_breaks() -> None:
    from reportlab.platypus import paragraph

    global _reportlab_split_word
    if paragraph._splitWord is not _split_word_at_marks:
        _reportlab_split_word = paragraph._splitWord
        paragraph._splitWord = _split_word_at_marks


_reportlab_split_word: Any = None
_install_word_breaks()

_ACCESSIBLE: ContextVar[bool] = ContextVar("accessible", default=False)


@contextmanager
def archival(on: bool = True) -> Iterator[None]:
    """While active, every ``Document.build`` writes a tagged PDF/UA-1 + PDF/A-2b file: how
    ``--public`` and ``--arkiv`` reach every document a command prints, without each report
    passing a flag along."""
    token = _ACCESSIBLE.set(on)
    try:
        yield
    finally:
        _ACCESSIBLE.reset(token)


def is_archival() -> bool:
    """Whether documents built now are tagged PDF/UA + PDF/A (see ``archival``)."""
    return _ACCESSIBLE.get()


def _with_tagger(canv: Any, tagged: bool, taggers: list[Any]) -> Any:
    if tagged:
        from uppfoljning_desktop.reports.tagging import Tagger

        tagger = Tagger()
        tagger.bind(canv)
        canv._tagger = tagger
        taggers.append(tagger)
    return canv


MASK_TEXT = "[maskerad]"
_MASKS: ContextVar[tuple[re.Pattern[str], ...]] = ContextVar("masks", default=())


@contextmanager
def masking(values: Iterable[str]) -> Iterator[None]:
    """While active, every paragraph built through ``Document`` prints each of ``values``
    (in any of its spellings, see ``domain.publication.value_pattern``) as "[maskerad]":
    how a public version leaves out the personal data the publication check found."""
    from uppfoljning_desktop.domain.publication import value_pattern

    token = _MASKS.set(_MASKS.get() + tuple(value_pattern(v) for v in values if v.strip()))
    try:
        yield
    finally:
        _MASKS.reset(token)


_NO_BREAK = [
    (re.compile(r"(?<=\d) (?=\d{3}(?!\d))"), "\u00a0"),  # "8 400", "1 527"
    (re.compile(r"(?<=\d) (?=(?:%|kr|tkr|mkr|mnkr|st|§)(?![\wåäö]))"), "\u00a0"),  # "8 400 kr", "85 %", "1 §"
    (re.compile(r"(?<=§) (?=\d)"), "\u00a0"),  # "§ 16"
    (re.compile(r"\b(kl|nr|kap)\. (?=\d)"), "\\1.\u00a0"),  # "kl. 19:00", "26 kap. 1 §"
    (re.compile(r"(?<=\d) (?=kap\.)"), "\u00a0"),
]


def keep_together(text: str) -> str:
    """Non-breaking spaces where a line break would tear a unit apart: inside numbers
    ("8 400"), between a number and its unit ("85 %", "8 400 kr"), and in "§ 16",
    "26 kap. 1 §" and "kl. 19:00"."""
    for pattern, replacement in _NO_BREAK:
        text = pattern.sub(replacement, text)
    return text


def mask_text(text: str) -> str:
    """``text`` with the values of the active ``masking`` replaced."""
    for pattern in _MASKS.get():
        text = pattern.sub(MASK_TEXT, text)
    return text


@dataclass(frozen=True)
class Letterhead:
    """The sender printed on every page: header names and the footer lines."""

    municipality: str
    administration: str
    postal_address: str = ""
    visiting_address: str = ""
    switchboard: str = ""
    org_number: str = ""
    bankgiro: str = ""
    web: str = ""
    email: str = ""

    @classmethod
    def from_organisation(cls, municipality: Municipality, administration: Administration) -> Letterhead:
        return cls(
            municipality=municipality.name,
            administration=administration.name,
            postal_address=administration.postal_address,
            visiting_address=administration.visiting_address,
            switchboard=administration.switchboard,
            org_number=administration.org_number,
            bankgiro=administration.bankgiro,
            web=administration.web,
            email=administration.email,
        )

    def footer_lines(self) -> list[str]:
        """As on the seeds: "Post … · Besök … · Kontaktcenter …" / "Org.nr … · Bankgiro … · Webb …"."""
        first = [f"Post {self.postal_address}" if self.postal_address else "",
                 f"Besök {self.visiting_address}" if self.visiting_address else "",
                 f"Kontaktcenter {self.switchboard}" if self.switchboard else ""]
        second = [f"E-post {self.email}" if self.email else "",
                  f"Org.nr {self.org_number}" if self.org_number else "",
                  f"Bankgiro {self.bankgiro}" if self.bankgiro else "",
                  f"Webb {self.web}" if self.web else ""]
        return [" · ".join(x for x in line if x) for line in (first, second) if any(line)]


def load_letterhead(db) -> Letterhead:
    """The letterhead of the database's administration (a store call, kept here so every
    report module gets it the same way)."""
    from uppfoljning_desktop.store import organisation as org_store

    return Letterhead.from_organisation(org_store.get_municipality(db), org_store.get_administration(db))


class _NumberedCanvas(rl_canvas.Canvas):
    """Two-pass page numbering: "sida av" needs the page count, known only at the end."""

    def __init__(self, *args, **kwargs):
        # Without an initial font ReportLab selects Helvetica (not embedded) on every page.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 10
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []
        self._page_marks: list[tuple[str, dict]] = []

    def bookmarkPage(self, key, **kwargs):  # noqa: N802 - ReportLab's name
        """Pages are written only in ``save``: a bookmark made now must point at the page
        it is on then, not at the page being written (which would be page 1)."""
        self._page_marks.append((key, kwargs))

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._page_marks = []
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            for key, kwargs in state["_page_marks"]:
                super().bookmarkPage(key, **kwargs)
            tagger = getattr(self, "_tagger", None)
            if tagger is not None:
                tagger.artifact(lambda: self._draw_page_number(total))
            else:
                self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        self.setFont(FONT, 9)
        self.setFillColor(colors.black)
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, PAGE_HEIGHT - 14 * mm, f"{self._pageNumber} ({total})")


def _toc_key(flowable: Flowable) -> str:
    return f"h{id(flowable)}"


def _headings(story: Iterable[Flowable]) -> Iterable[Flowable]:
    """The ``Document.heading``s in the order the layout meets them (also inside
    ``KeepTogether``, whose parts are laid out one by one; not inside tables or lists)."""
    for f in story:
        if getattr(f, "_toc_entry", None) is not None:
            yield f
        elif isinstance(f, KeepTogether):
            yield from _headings(f._content)


def _prefill_toc(story: Sequence[Flowable], tocs: Sequence[TableOfContents]) -> bool:
    """Give the tables of contents every heading before the first pass, with page 0.

    ReportLab's ``multiBuild`` otherwise lays out the first pass with a one-line
    placeholder, the second with the real (longer) contents, which moves every page, and
    a third to confirm: three full layouts. With the real lines from the start (a page
    number does not change an entry's height) the first pass already puts every heading
    on its final page and the second confirms it. Returns whether the first pass is sure
    to be thrown away (no real entry has page 0), so that it need not draw anything."""
    entries = [(level, escape(text), 0, _toc_key(f)) for f in _headings(story)
               for level, text in [f._toc_entry]]
    for toc in tocs:
        toc.clearEntries()
        toc.addEntries(entries)
    return bool(entries)


def _skip_draw(*args: object, **kwargs: object) -> None:
    return None


def _set_draw(flowable: Flowable, draw: Any) -> None:
    """Replace one flowable's ``drawOn`` on the instance itself: ReportLab's indenters
    (a list item split across pages) pass attribute writes on to the flowable inside,
    which would keep the replacement for good."""
    object.__setattr__(flowable, "drawOn", draw)


def _unset_draw(flowable: Flowable) -> None:
    object.__getattribute__(flowable, "__dict__").pop("drawOn", None)


class _LayoutFrame(Frame):
    """The body frame; on a canvas marked ``_layout_only`` it places flowables (wrap and
    split, which decide the pages) without drawing them."""

    def add(self, flowable: Flowable, canv: rl_canvas.Canvas, trySplit: int = 0) -> int:
        tagger = getattr(canv, "_tagger", None)
        if tagger is not None and not getattr(canv, "_layout_only", False):
            original = flowable.drawOn

            def tagged_draw(*args: Any, **kwargs: Any) -> Any:
                return tagger.draw(flowable, lambda: original(*args, **kwargs))

            _set_draw(flowable, tagged_draw)
            try:
                return super().add(flowable, canv, trySplit)
            finally:
                _unset_draw(flowable)
        if not getattr(canv, "_layout_only", False):
            return super().add(flowable, canv, trySplit)
        _set_draw(flowable, _skip_draw)
        try:
            return super().add(flowable, canv, trySplit)
        finally:
            _unset_draw(flowable)


class _TocDocTemplate(BaseDocTemplate):
    """Reports each ``Document.heading`` to the table of contents and as a bookmark."""

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "_toc_entry", None)
        if entry is None:
            return
        level, text = entry
        key = _toc_key(flowable)
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, escape(text), self.page, key))


@dataclass
class Document:
    """One printed document with the shared letterhead."""

    letterhead: Letterhead
    title: str
    kind: str = ""  # "KALLELSE", "TJÄNSTESKRIVELSE" … printed top right
    date: dt.date | None = None
    reference: str = ""  # "Dnr AVUX/2016:59"
    author: str = ""
    subject: str = ""
    banner: str = ""  # e.g. "ÖVNING" or "OFFENTLIG VERSION", on every page
    watermark: str = ""  # e.g. "PRELIMINÄR", large and light across every page, under the text
    extra_header: list[str] = field(default_factory=list)
    # Drawn on every page above the footer, in ``reserve_bottom_mm`` kept free of text
    # (the minutes' "Justerandes signatur" boxes).
    page_extras: Callable[[rl_canvas.Canvas], None] | None = None
    reserve_bottom_mm: float = 0

    # ------------------------------------------------------------ flowables

    @staticmethod
    def p(text: str, style: str = "body") -> Paragraph:
        """A paragraph of plain user text (escaped; newlines kept)."""
        return Paragraph(keep_together(escape(mask_text(text or ""))).replace("\n", "<br/>"), STYLES[style])

    @staticmethod
    def p_markup(markup: str, style: str = "body") -> Paragraph:
        """A paragraph of trusted ReportLab markup (escape user parts yourself)."""
        return Paragraph(mask_text(markup), STYLES[style])

    @staticmethod
    def space(height_mm: float = 4) -> Spacer:
        return Spacer(1, height_mm * mm)

    @staticmethod
    def bullets(items: Iterable[str], style: str = "body") -> ListFlowable:
        return ListFlowable(
            [ListItem(Document.p(i, style), leftIndent=12) for i in items],
            bulletType="bullet", start="•", leftIndent=12, bulletFontName=FONT,
        )

    @staticmethod
    def text_blocks(text: str, style: str = "body") -> list[Flowable]:
        """Paragraphs and bullet lists from plain text: blank lines separate paragraphs,
        lines starting with "* ", "- " or "• " become bullet lists."""
        out: list[Flowable] = []
        bullets: list[str] = []
        para: list[str] = []

        def flush() -> None:
            if para:
                out.append(Document.p(" ".join(para), style))
                para.clear()
            if bullets:
                out.append(Document.bullets(list(bullets), style))
                bullets.clear()

        for raw in (text or "").splitlines():
            line = raw.strip()
            if line[:2] in ("* ", "- ", "• "):
                if para:
                    flush()
                bullets.append(line[2:].strip())
            elif not line:
                flush()
            else:
                if bullets:
                    flush()
                para.append(line)
        flush()
        return out

    @staticmethod
    def table(
        rows: Sequence[Sequence[object]],
        col_widths: Sequence[float] | None = None,
        *,
        header: bool = True,
        zebra: bool = False,
        align_right_from: int | None = None,
        extra_styles: Sequence[tuple] = (),
    ) -> Table:
        """A table; string cells are escaped and wrapped; repeats its header on new pages.

        ``col_widths`` are fractions of the content width when they sum to ≤ 1.
        """
        def cell(value: object, r: int, c: int) -> object:
            if isinstance(value, Flowable):
                return value
            style = "cell_bold" if header and r == 0 else "cell"
            if align_right_from is not None and c >= align_right_from and not (header and r == 0):
                style = "cell_right"
            text = "" if value is None else str(value)
            if "\n" in text:  # one paragraph per line: each line wraps on its own (e-mail, phone)
                return [Document.p(line, style) for line in text.split("\n")]
            return Document.p(text, style)

        data = [[cell(v, r, c) for c, v in enumerate(row)] for r, row in enumerate(rows)]
        widths = None
        if col_widths is not None:
            widths = [w * CONTENT_WIDTH for w in col_widths] if sum(col_widths) <= 1.001 else list(col_widths)
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        cmds: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header and rows:
            cmds += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
        if zebra:
            for r in range(1 if header else 0, len(rows)):
                if r % 2 == 0:
                    cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F7F7F7")))
        t.setStyle(TableStyle(cmds + list(extra_styles)))
        return t

    @staticmethod
    def signatures(people: Sequence[tuple[str, str]], *, lines: bool = False) -> Table:
        """Names with titles side by side ("Johan Nordin / Förvaltningschef"); with
        ``lines`` a signature line above each name (minutes, adjusters)."""
        cells = []
        for name, title in people:
            block = [Document.p(name, "body"), Document.p(title, "small")]
            if lines:
                block.insert(0, Spacer(1, 10 * mm))
            cells.append(block)
        width = CONTENT_WIDTH / max(1, len(cells))
        t = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT")
        style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
        if lines:
            for i in range(len(cells)):
                style.append(("LINEABOVE", (i, 0), (i, 0), 0.6, colors.black))
        t.setStyle(TableStyle(style))
        return KeepTogether([Spacer(1, 8 * mm), t])

    @staticmethod
    def masked(text: str) -> Table:
        """A grey box standing in for withheld content in public versions."""
        t = Table([[Document.p(text, "mask")]], colWidths=[CONTENT_WIDTH])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), MASK_FILL), ("BOX", (0, 0), (-1, -1), 0.5, LINE)]))
        return t

    # ------------------------------------------------------------ page furniture

    def _draw_watermark(self, canvas: rl_canvas.Canvas) -> None:
        canvas.saveState()
        canvas.setFont(f"{FONT}-Bold", 72)
        canvas.setFillColor(colors.HexColor("#E6E6E6"))
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(55)
        canvas.drawCentredString(0, -24, self.watermark)
        canvas.restoreState()

    def _draw_page(self, canvas: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        tagger = getattr(canvas, "_tagger", None)
        if tagger is not None:  # the letterhead is page furniture: an artifact
            tagger.new_page(len(getattr(canvas, "_saved", [])))
            tagger.artifact(lambda: self._draw_furniture(canvas))
        else:
            self._draw_furniture(canvas)

    def _draw_furniture(self, canvas: rl_canvas.Canvas) -> None:
        if self.watermark:
            self._draw_watermark(canvas)
        canvas.saveState()
        top = PAGE_HEIGHT - 14 * mm
        canvas.setFont(f"{FONT}-Bold", 10)
        canvas.drawString(MARGIN_LEFT, top, self.letterhead.municipality.upper())
        canvas.setFont(FONT, 9)
        canvas.drawString(MARGIN_LEFT, top - 12, self.letterhead.administration)
        right = PAGE_WIDTH - MARGIN_RIGHT - 22 * mm
        canvas.setFont(f"{FONT}-Bold", 9)
        if self.kind:
            canvas.drawRightString(right, top, self.kind)
        canvas.setFont(FONT, 9)
        y = top - 12
        for line in ([self.date.isoformat()] if self.date else []) + ([self.reference] if self.reference else []) + self.extra_header:
            canvas.drawRightString(right, y, line)
            y -= 11
        if self.banner:
            canvas.setFont(f"{FONT}-Bold", 11)
            canvas.setFillColor(colors.HexColor("#B00020"))
            # Left, under the administration's name: the right column holds the date and
            # reference lines, which a long centred banner would run into.
            canvas.drawString(MARGIN_LEFT, top - 30, self.banner)
            canvas.setFillColor(colors.black)
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, MARGIN_BOTTOM - 8 * mm, PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM - 8 * mm)
        canvas.setFont(f"{FONT}-Bold", 7.5)
        y = MARGIN_BOTTOM - 12 * mm
        canvas.drawString(MARGIN_LEFT, y, self.letterhead.administration)
        canvas.setFont(FONT, 7.5)
        for line in self.letterhead.footer_lines():
            y -= 9
            canvas.drawString(MARGIN_LEFT, y, line)
        if self.page_extras is not None:
            self.page_extras(canvas)
        canvas.restoreState()

    @staticmethod
    def heading(text: str, style: str = "h1", level: int = 0) -> Paragraph:
        """A heading that goes into the table of contents (``toc()``) and the PDF's
        bookmarks. ``level`` 0 or 1 (indented)."""
        para = Document.p(text, style)
        para._toc_entry = (level, text)
        return para

    @staticmethod
    def toc(title: str = "Innehåll") -> list[Flowable]:
        """A table of contents of the ``heading()``s; its presence makes ``build`` lay the
        document out twice (ReportLab's ``multiBuild``; see ``_prefill_toc``) to know the pages."""
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [
            ParagraphStyle("toc0", parent=STYLES["body"], leftIndent=0, firstLineIndent=0, spaceAfter=2),
            ParagraphStyle("toc1", parent=STYLES["body"], fontSize=9.5, leftIndent=12, firstLineIndent=0,
                           spaceAfter=1),
        ]
        return [Document.p(title, "h1"), toc]

    def build(self, story: list[Flowable], target: Path | str | io.BytesIO | None = None, *,
              tagged: bool | None = None) -> bytes:
        """Lay out ``story``; returns the PDF bytes (and writes ``target`` if given).

        ``tagged`` (default: the ``accessible`` context, see ``archival``) writes a tagged
        PDF/UA-1 and PDF/A-2b file (``reports.tagging``)."""
        register_fonts()
        if tagged is None:
            tagged = _ACCESSIBLE.get()
        taggers: list[Any] = []
        buffer = io.BytesIO()
        doc = _TocDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=self.title,
            author=self.author or self.letterhead.administration,
            subject=self.subject or self.title,
            creator="Uppföljning",
            lang="sv-SE",
            displayDocTitle=True,
            initialFontName=FONT,  # else every page selects a non-embedded Helvetica
            initialFontSize=10,
            invariant=False,  # real creation and modification dates (the archive reads them)
        )
        reserve = self.reserve_bottom_mm * mm
        frame = _LayoutFrame(MARGIN_LEFT, MARGIN_BOTTOM + reserve, CONTENT_WIDTH,
                             PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - reserve, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_page)])
        tocs = [f for f in story if isinstance(f, TableOfContents)]
        if tocs:
            canvases: list[_NumberedCanvas] = []
            first_is_layout = _prefill_toc(story, tocs)

            def canvasmaker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
                canv = _NumberedCanvas(*args, **kwargs)
                canv._layout_only = first_is_layout and not canvases  # pass 1 is thrown away
                canvases.append(canv)
                return _with_tagger(canv, tagged, taggers)

            doc.multiBuild(story, canvasmaker=canvasmaker)
        else:
            doc.build(story or [Spacer(1, 1)],
                      canvasmaker=lambda *a, **k: _with_tagger(_NumberedCanvas(*a, **k), tagged, taggers))
        data = buffer.getvalue()
        if tagged:
            from uppfoljning_desktop.reports.tagging import finish

            data = finish(data, taggers[-1], title=self.title, author=self.author or self.letterhead.administration,
                          subject=self.subject or self.title)
        if isinstance(target, io.BytesIO):
            target.write(data)
        elif target is not None:
            Path(target).write_bytes(data)
        return data


def pdf_date(moment: dt.datetime | None = None) -> str:
    """A PDF date string ("D:20260928143000+02'00'") for ``moment`` (now, local time)."""
    moment = (moment or dt.datetime.now().astimezone()).astimezone()
    offset = moment.strftime("%z") or "+0000"
    return f"D:{moment:%Y%m%d%H%M%S}{offset[:3]}'{offset[3:]}'"


_HYPHEN_AT_LINE_END = re.compile(r"(?<=[a-zåäöé])-\n(?=[a-zåäöé])(?!(?:och|eller|samt|respektive|till)\b)")


def extract_text(pdf: bytes | Path | str, *, dehyphenate: bool = True) -> str:
    """The text of a PDF (pypdf), for tests and for checking public versions; words the
    layout hyphenated at a line end are joined again ("vux-⏎enutbildning" → "vuxenutbildning",
    but "Arbetsmarknads-⏎och" stays)."""
    from pypdf import PdfReader

    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf)
    text = "\n".join(page.extract_text() or "" for page in PdfReader(source).pages)
    return join_hyphenated(text) if dehyphenate else text


def join_hyphenated(text: str) -> str:
    """Words the layout hyphenated at a line end, joined again."""
    return _HYPHEN_AT_LINE_END.sub("", text)
