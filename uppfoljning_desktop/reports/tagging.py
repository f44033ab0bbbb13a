"""Tagged, archivable PDFs (PDF/UA-1 and PDF/A-2b) from the ReportLab documents.

The free ReportLab writes no structure tree, so ``Document.build(tagged=True)`` does it in
two steps (see docs/documents.md):

1. While laying out, ``Tagger`` wraps what each flowable draws in a marked-content
   sequence with a page-unique MCID (``/P <</MCID n>> BDC … EMC``) and records a
   structure element for it: paragraphs by their style (``title``/``h1`` → H1, ``h2`` →
   H2, ``h3`` → H3, others P), tables row by row and cell by cell through ReportLab's
   ``Table(renderCB=…)`` hook (header rows TH with scope Column, others TD), bullet lists
   as L/LI/LBody (one LI per item), charts as Figure with alternative text. Everything else the page shows
   (letterhead, footer, page number, watermark, table rules and fills) is wrapped as
   ``/Artifact``.
2. After ReportLab has written the file, ``finish`` adds with pypdf the structure tree
   (StructTreeRoot, ParentTree, the pages' StructParents), the link annotations' Link
   elements, /MarkInfo, /Lang, DisplayDocTitle, and what PDF/A-2b asks: XMP metadata
   (Dublin Core, dates, ``pdfaid`` part 2 conformance B, ``pdfuaid`` part 1) and an sRGB
   OutputIntent.

``reports.pdfcheck`` checks the machine-checkable rules of both standards on the result.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

HEADING_TAGS = {"title": "H1", "h1": "H1", "h2": "H2", "h3": "H3"}


@dataclass
class Element:
    """A structure element: its type, its marked content (page, MCID), its children."""

    tag: str
    mcids: list[tuple[int, int]] = field(default_factory=list)
    children: list[Element] = field(default_factory=list)
    alt: str = ""
    scope: str = ""  # "Column" for a TH


class Tagger:
    """Records the structure while ReportLab draws (one per build)."""

    def __init__(self) -> None:
        self.root = Element("Document")
        self.page = 0
        self._next: dict[int, int] = {}
        self._canvas: Any = None
        self._stack: list[Element] = [self.root]
        self._open = 0  # depth of open marked-content sequences (nested drawing is inside)

    # ---------------------------------------------------------- marked content

    def bind(self, canvas: Any) -> None:
        self._canvas = canvas

    def new_page(self, index: int) -> None:
        self.page = index

    def _mcid(self) -> int:
        n = self._next.get(self.page, 0)
        self._next[self.page] = n + 1
        return n

    def begin(self, element: Element) -> None:
        """Open a marked-content sequence for ``element`` on the current page."""
        mcid = self._mcid()
        element.mcids.append((self.page, mcid))
        self._canvas.addLiteral(f"/{element.tag} <</MCID {mcid}>> BDC")
        self._open += 1

    def end(self) -> None:
        self._canvas.addLiteral("EMC")
        self._open -= 1

    def artifact(self, draw: Callable[[], Any]) -> Any:
        """Draw page furniture as an artifact (not read aloud, not in the structure)."""
        self._canvas.addLiteral("/Artifact BMC")
        try:
            return draw()
        finally:
            self._canvas.addLiteral("EMC")

    @property
    def inside(self) -> bool:
        return self._open > 0

    # ---------------------------------------------------------- flowables

    def draw(self, flowable: Any, draw: Callable[[], Any]) -> Any:
        """Draw a flowable the frame places, tagged by what it is."""
        from reportlab.graphics.shapes import Drawing
        from reportlab.platypus import ListFlowable, Paragraph, Table
        from reportlab.platypus.flowables import LIIndenter
        from reportlab.platypus.tableofcontents import TableOfContents

        if self.inside:
            return draw()
        parent = self._stack[-1]
        if isinstance(flowable, Paragraph):
            element = Element(HEADING_TAGS.get(flowable.style.name, "P"))
            parent.children.append(element)
            return self._marked(element, draw)
        if isinstance(flowable, Table):
            return self._table(flowable, draw, parent)
        if isinstance(flowable, TableOfContents):
            element = Element("TOC")
            parent.children.append(element)
            inner = Element("TOCI")
            element.children.append(inner)
            return self._marked(Element("P"), draw, holder=inner)
        if isinstance(flowable, ListFlowable | LIIndenter):
            return self._list(flowable, draw, parent)
        if isinstance(flowable, Drawing):
            element = Element("Figure", alt=figure_alt(flowable))
            parent.children.append(element)
            return self._marked(element, draw)
        if getattr(flowable, "width", 0) and getattr(flowable, "height", 0) and _draws_something(flowable):
            element = Element("Div")
            parent.children.append(element)
            return self._marked(Element("P"), draw, holder=element)
        return self.artifact(draw)

    def _marked(self, element: Element, draw: Callable[[], Any], holder: Element | None = None) -> Any:
        if holder is not None:
            holder.children.append(element)
        self.begin(element)
        try:
            return draw()
        finally:
            self.end()

    def _table(self, table: Any, draw: Callable[[], Any], parent: Element) -> Any:
        element = Element("Table")
        parent.children.append(element)
        header_rows = getattr(table, "repeatRows", 0) or 0
        header_rows = header_rows if isinstance(header_rows, int) else len(header_rows)
        state: dict[str, Any] = {}

        def callback(t: Any, event: str, *args: Any) -> None:
            # startTable/endTable enclose everything and are ignored: the fills
            # (startBG…endBG) and rules (startLines…endLines) are artifacts, each
            # cell one marked-content sequence inside its TH/TD.
            if event in ("startBG", "startLines"):
                self._canvas.addLiteral("/Artifact BMC")
            elif event in ("endBG", "endLines"):
                self._canvas.addLiteral("EMC")
            elif event == "startRow":
                state["row"] = Element("TR")
                element.children.append(state["row"])
            elif event == "startCell":
                header = args[0] < header_rows
                cell = Element("TH" if header else "TD", scope="Column" if header else "")
                state["row"].children.append(cell)
                figure = _figure_in(args[2])
                if figure is not None:
                    inner = Element("Figure", alt=figure_alt(figure))
                    cell.children.append(inner)
                    self.begin(inner)
                else:
                    self.begin(cell)
            elif event == "endCell":
                self.end()

        table._renderCB = callback
        try:
            return draw()
        finally:
            table._renderCB = None

    def _list(self, flowable: Any, draw: Callable[[], Any], parent: Element) -> Any:
        """A bullet list: L, one LI per item, its text (bullet included) in LBody. A list
        split across pages reaches the frame item by item: each becomes its own L."""
        from reportlab.platypus import ListFlowable

        element = Element("L")
        parent.children.append(element)
        items = list(getattr(flowable, "_content", [])) if isinstance(flowable, ListFlowable) else []
        if not items:
            item = Element("LI")
            element.children.append(item)
            return self._marked(Element("LBody"), draw, holder=item)
        for item in items:
            original = item.drawOn

            def tagged(*args: Any, _original: Callable = original, **kwargs: Any) -> Any:
                li = Element("LI")
                element.children.append(li)
                return self._marked(Element("LBody"), lambda: _original(*args, **kwargs), holder=li)

            # set on the item itself: an indenter passes attribute writes on to its content
            object.__setattr__(item, "drawOn", tagged)
        try:
            return draw()
        finally:
            for item in items:
                object.__getattribute__(item, "__dict__").pop("drawOn", None)


def _draws_something(flowable: Any) -> bool:
    from reportlab.platypus import Spacer
    from reportlab.platypus.flowables import PageBreak

    return not isinstance(flowable, Spacer | PageBreak)


def _figure_in(value: Any) -> Any:
    from reportlab.graphics.shapes import Drawing

    if isinstance(value, Drawing):
        return value
    if isinstance(value, list | tuple) and len(value) == 1 and isinstance(value[0], Drawing):
        return value[0]
    return None


def figure_alt(drawing: Any) -> str:
    """A chart's alternative text: ``drawing.alt_text`` if the report set one, else the
    texts drawn in it (title, legend)."""
    text = getattr(drawing, "alt_text", "")
    if text:
        return text
    from reportlab.graphics.shapes import String

    words = [c.text for c in getattr(drawing, "contents", []) if isinstance(c, String)]
    return "Diagram: " + ", ".join(words) if words else "Diagram"


# ------------------------------------------------------------------ after ReportLab


def finish(data: bytes, tagger: Tagger, *, title: str, author: str, subject: str, lang: str = "sv-SE") -> bytes:
    """Add the structure tree and the PDF/UA-1 + PDF/A-2b metadata to ReportLab's output."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    root = writer._root_object
    pages: list[Any] = [p.indirect_reference for p in writer.pages]
    tree = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    tree_ref = writer._add_object(tree)
    parents: dict[int, dict[int, Any]] = {}

    def add(element: Element, parent_ref: Any) -> Any:
        node = DictionaryObject({NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject(f"/{element.tag}"),
                                 NameObject("/P"): parent_ref})
        ref = writer._add_object(node)
        kids = ArrayObject()
        first_page = element.mcids[0][0] if element.mcids else None
        if first_page is not None:
            node[NameObject("/Pg")] = pages[first_page]
        for page, mcid in element.mcids:
            parents.setdefault(page, {})[mcid] = ref
            if page == first_page:
                kids.append(NumberObject(mcid))
            else:
                kids.append(DictionaryObject({NameObject("/Type"): NameObject("/MCR"), NameObject("/Pg"): pages[page],
                                              NameObject("/MCID"): NumberObject(mcid)}))
        for child in element.children:
            if child.mcids or child.children:
                kids.append(add(child, ref))
        if element.alt:
            node[NameObject("/Alt")] = TextStringObject(element.alt)
        if element.scope:
            node[NameObject("/A")] = DictionaryObject({NameObject("/O"): NameObject("/Table"),
                                                      NameObject("/Scope"): NameObject(f"/{element.scope}")})
        node[NameObject("/K")] = kids
        return ref

    document = add(tagger.root, tree_ref)
    links = ArrayObject()
    next_key = len(pages)
    nums = ArrayObject()
    for index, page_ref in enumerate(pages):
        page: Any = page_ref.get_object()
        page[NameObject("/StructParents")] = NumberObject(index)
        by_mcid = parents.get(index, {})
        nums += [NumberObject(index), ArrayObject(by_mcid[m] for m in sorted(by_mcid))]
        annots = page.get("/Annots")
        if annots:
            page[NameObject("/Tabs")] = NameObject("/S")
            for annot_ref in annots:
                annot = annot_ref.get_object()
                if annot.get("/Subtype") != "/Link":
                    continue
                annot[NameObject("/F")] = NumberObject(4)  # print
                annot[NameObject("/Contents")] = TextStringObject("Länk till en annan sida i dokumentet")
                annot[NameObject("/StructParent")] = NumberObject(next_key)
                link = DictionaryObject({
                    NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Link"),
                    NameObject("/P"): document, NameObject("/Pg"): page_ref,
                    NameObject("/K"): ArrayObject([DictionaryObject({
                        NameObject("/Type"): NameObject("/OBJR"), NameObject("/Obj"): annot_ref,
                        NameObject("/Pg"): page_ref})]),
                })
                link_ref = writer._add_object(link)
                links.append(link_ref)
                nums += [NumberObject(next_key), link_ref]
                next_key += 1
    if links:
        document.get_object()["/K"].extend(links)
    tree[NameObject("/K")] = ArrayObject([document])
    tree[NameObject("/ParentTree")] = writer._add_object(DictionaryObject({NameObject("/Nums"): nums}))
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(next_key)
    root[NameObject("/StructTreeRoot")] = tree_ref
    root[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    root[NameObject("/Lang")] = TextStringObject(lang)
    root[NameObject("/ViewerPreferences")] = DictionaryObject({NameObject("/DisplayDocTitle"): BooleanObject(True)})
    _add_archival_metadata(writer, title=title, author=author, subject=subject)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


SRGB_ICC: bytes | None = None


def srgb_profile() -> bytes:
    """An sRGB ICC profile for the OutputIntent (LittleCMS through Pillow, which ReportLab
    already needs), made once."""
    global SRGB_ICC
    if SRGB_ICC is None:
        from PIL import ImageCms

        SRGB_ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return SRGB_ICC


def _add_archival_metadata(writer: Any, *, title: str, author: str, subject: str) -> None:
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    now = dt.datetime.now().astimezone().replace(microsecond=0)
    from uppfoljning_desktop.reports.base import pdf_date

    stamp = pdf_date(now)
    producer = "Uppföljning (ReportLab, pypdf)"
    writer.add_metadata({"/Title": title, "/Author": author, "/Subject": subject, "/Creator": "Uppföljning",
                         "/Producer": producer, "/CreationDate": stamp, "/ModDate": stamp})
    iso = now.isoformat()
    xmp = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>Uppföljning</xmp:CreatorTool>
   <xmp:CreateDate>{iso}</xmp:CreateDate>
   <xmp:ModifyDate>{iso}</xmp:ModifyDate>
   <xmp:MetadataDate>{iso}</xmp:MetadataDate>
   <pdf:Producer>{escape(producer)}</pdf:Producer>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    stream = DecodedStreamObject()
    stream.set_data(xmp.encode("utf-8"))
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(stream)
    icc = DecodedStreamObject()
    icc.set_data(srgb_profile())
    icc[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"), NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB IEC61966-2.1"),
        NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
        NameObject("/DestOutputProfile"): writer._add_object(icc),
    })
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    if not writer._ID:
        writer.generate_file_identifiers()  # PDF/A wants a file /ID in the trailer


# ------------------------------------------------------------------ merged files (the bundle)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    value = value.get_object() if hasattr(value, "get_object") else value
    return list(value) if isinstance(value, list) else [value]


def is_tagged(data: bytes) -> bool:
    from pypdf import PdfReader

    root: Any = PdfReader(io.BytesIO(data)).trailer["/Root"].get_object()
    return "/StructTreeRoot" in root


_TAGGED_CACHE: dict[tuple[bytes, str], bytes] = {}


def tag_untagged(data: bytes, title: str) -> bytes:
    """``_tag_untagged``, remembered: an attachment does not change between previews."""
    import hashlib

    key = (hashlib.sha1(data).digest(), title)
    cached = _TAGGED_CACHE.get(key)
    if cached is None:
        cached = _tag_untagged(data, title)
        if sum(len(v) for v in _TAGGED_CACHE.values()) + len(cached) > 64_000_000:
            _TAGGED_CACHE.clear()  # attachments may be large: keep at most ~64 MB
        _TAGGED_CACHE[key] = cached
    return cached


def _tag_untagged(data: bytes, title: str) -> bytes:
    """An attached PDF without structure (the secretary's own file), made to pass as
    tagged: each page's content becomes one Figure whose alternative text is the page's
    text. A screen reader reads the text, though without headings or table structure;
    a tagged attachment keeps its own structure instead (``merge_structure``)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    from uppfoljning_desktop.reports.publication import page_texts

    texts = page_texts(data)  # read once per attachment (the publication check reads them too)
    with warnings_off():
        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter(clone_from=reader)
        root = Element("Document")
        tagger = Tagger()
        for index, page in enumerate(writer.pages):
            text = " ".join(texts[index].split())
            contents = page.get_contents()
            old = contents.get_data() if contents is not None else b""
            stream = DecodedStreamObject()
            stream.set_data(b"/Figure <</MCID 0>> BDC\nq\n" + old + b"\nQ\nEMC\n")
            page[NameObject("/Contents")] = writer._add_object(stream)
            alt = f"{title}, sida {index + 1}: {text}" if text else f"{title}, sida {index + 1} (bild utan text)"
            root.children.append(Element("Figure", mcids=[(index, 0)], alt=alt))
        tagger.root = root
        out = io.BytesIO()
        writer.write(out)
    return finish(out.getvalue(), tagger, title=title, author="", subject=title)


@contextlib.contextmanager
def warnings_off() -> Iterator[None]:
    """pypdf warns about harmless quirks of other producers' files."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def merge_structure(writer: Any, sources: list[tuple[Any, int, str]], *, title: str, author: str,
                    subject: str, lang: str = "sv-SE") -> None:
    """Give a file merged with pypdf (``writer``) one structure tree: each tagged part
    (``(reader, first page in writer, title)``) becomes a Sect under the Document, its
    elements copied with their pages and MCIDs, the pages' ParentTree entries renumbered;
    then the PDF/UA and PDF/A metadata as for a single document."""
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    pages = [p.indirect_reference for p in writer.pages]
    tree = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    tree_ref = writer._add_object(tree)
    document = DictionaryObject({NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Document"),
                                 NameObject("/P"): tree_ref})
    document_ref = writer._add_object(document)
    doc_kids = ArrayObject()
    nums = ArrayObject()
    for reader, start, part_title in sources:
        old_root = reader.trailer["/Root"].get_object().get("/StructTreeRoot")
        if old_root is None:
            continue
        old_root = old_root.get_object()
        page_map = {p.indirect_reference.idnum: pages[start + i] for i, p in enumerate(reader.pages)}
        copied: dict[int, Any] = {}

        def copy(old_ref: Any, parent_ref: Any, tag: str | None = None,
                 page_map: dict[int, Any] = page_map, copied: dict[int, Any] = copied) -> Any:
            old = old_ref.get_object()
            new = DictionaryObject({NameObject("/Type"): NameObject("/StructElem"),
                                    NameObject("/S"): NameObject(tag or str(old["/S"])), NameObject("/P"): parent_ref})
            ref = writer._add_object(new)
            if hasattr(old_ref, "idnum"):
                copied[old_ref.idnum] = ref
            if "/Pg" in old and old.raw_get("/Pg").idnum in page_map:
                new[NameObject("/Pg")] = page_map[old.raw_get("/Pg").idnum]
            for key in ("/Alt", "/T"):
                if key in old:
                    new[NameObject(key)] = TextStringObject(str(old[key]))
            if "/A" in old:
                attrs = old["/A"].get_object()
                new[NameObject("/A")] = DictionaryObject({NameObject(k): NameObject(str(v)) for k, v in attrs.items()})
            kids = ArrayObject()
            for kid in _raw_list(old, "/K"):
                obj: Any = kid.get_object() if hasattr(kid, "get_object") else kid
                if isinstance(obj, int):
                    kids.append(NumberObject(int(obj)))
                elif isinstance(obj, dict) and obj.get("/Type") == "/MCR":
                    kids.append(DictionaryObject({NameObject("/Type"): NameObject("/MCR"),
                                                  NameObject("/Pg"): page_map[_raw_ref(obj, "/Pg").idnum],
                                                  NameObject("/MCID"): NumberObject(int(obj["/MCID"]))}))
                elif isinstance(obj, dict) and obj.get("/Type") == "/OBJR":
                    continue  # links are tagged again below, for the merged file's annotations
                elif isinstance(obj, dict):
                    kids.append(copy(kid, ref))
            new[NameObject("/K")] = kids
            return ref

        for old_document in _raw_list(old_root, "/K"):
            section = copy(old_document, document_ref, "/Sect")
            section.get_object()[NameObject("/T")] = TextStringObject(part_title)
            doc_kids.append(section)
        old_parents = read_number_tree(old_root.raw_get("/ParentTree"))
        for i, part_page in enumerate(reader.pages):
            key = part_page.get("/StructParents")
            new_page = pages[start + i].get_object()
            new_page[NameObject("/StructParents")] = NumberObject(start + i)
            entries = old_parents.get(int(key)) if key is not None else None
            if entries is not None:
                resolved = entries.get_object()
                nums += [NumberObject(start + i),
                         ArrayObject(copied[e.idnum] for e in _array_raw(resolved) if hasattr(e, "idnum") and e.idnum in copied)]
    next_key = len(pages)
    for page_ref in pages:
        page = page_ref.get_object()
        for annot_ref in page.get("/Annots") or []:
            annot = annot_ref.get_object()
            annot.pop("/StructParent", None)
            if annot.get("/Subtype") != "/Link":
                continue
            page[NameObject("/Tabs")] = NameObject("/S")
            annot[NameObject("/F")] = NumberObject(4)
            annot[NameObject("/Contents")] = TextStringObject("Länk")
            annot[NameObject("/StructParent")] = NumberObject(next_key)
            link = writer._add_object(DictionaryObject({
                NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Link"),
                NameObject("/P"): document_ref, NameObject("/Pg"): page_ref,
                NameObject("/K"): ArrayObject([DictionaryObject({NameObject("/Type"): NameObject("/OBJR"),
                                                                  NameObject("/Obj"): annot_ref,
                                                                  NameObject("/Pg"): page_ref})])}))
            doc_kids.append(link)
            nums += [NumberObject(next_key), link]
            next_key += 1
    document[NameObject("/K")] = doc_kids
    tree[NameObject("/K")] = ArrayObject([document_ref])
    tree[NameObject("/ParentTree")] = writer._add_object(DictionaryObject({NameObject("/Nums"): nums}))
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(next_key)
    root = writer._root_object
    root[NameObject("/StructTreeRoot")] = tree_ref
    root[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    root[NameObject("/Lang")] = TextStringObject(lang)
    root[NameObject("/ViewerPreferences")] = DictionaryObject({NameObject("/DisplayDocTitle"): BooleanObject(True)})
    _add_archival_metadata(writer, title=title, author=author, subject=subject)


def _raw_ref(obj: Any, key: str) -> Any:
    return obj.raw_get(key)


def _raw_list(obj: Any, key: str) -> list[Any]:
    """The entries of ``obj[key]`` as stored (indirect references kept, for their ids)."""
    value = obj.raw_get(key) if key in obj else None
    if value is None:
        return []
    resolved = value.get_object() if hasattr(value, "get_object") else value
    return list(_array_raw(resolved)) if isinstance(resolved, list) else [value]


def _array_raw(array: Any) -> Any:
    for i in range(len(array)):
        yield list.__getitem__(array, i)


def read_number_tree(node: Any) -> dict[int, Any]:
    """A PDF number tree (the structure's /ParentTree) as {key: value}, kids included."""
    out: dict[int, Any] = {}
    if node is None:
        return out
    node = node.get_object()
    nums = node.get("/Nums", [])
    for i in range(0, len(nums), 2):
        out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids", []):
        out.update(read_number_tree(kid))
    return out
