"""An in-suite checker of the machine-checkable rules of PDF/UA-1 (ISO 14289-1) and
PDF/A-2b (ISO 19005-2) that our documents can break. veraPDF is not available here; this
is not a full validator, and docs/documents.md lists exactly which rules it checks.

``check_pdf(data)`` returns the violations, each as ``Violation(rule, message)``; an
empty list means every rule below holds.

PDF/UA-1 (and the Matterhorn Protocol checkpoint it stands for):

- ``UA-marked``: the catalog's /MarkInfo has /Marked true (06-001)
- ``UA-struct``: a /StructTreeRoot with a /ParentTree (01-001)
- ``UA-lang``: the catalog has a /Lang (11-006)
- ``UA-title``: XMP dc:title is set and /ViewerPreferences /DisplayDocTitle is true (06-003, 07-001)
- ``UA-id``: XMP has pdfuaid:part 1 (06-002)
- ``UA-content``: every text-showing operator is inside marked content that is an
  /Artifact or carries an MCID (01-005)
- ``UA-mcid``: every MCID on a page is reached through the page's /StructParents in the
  ParentTree, and the element found lists that MCID (01-007)
- ``UA-types``: only standard structure types, no role map needed (02-001)
- ``UA-figure``: every Figure has alternative text (13-004)
- ``UA-table``: a Table holds only TR (or THead/TBody/TFoot), a TR only TH/TD (15-001)
- ``UA-annots``: a page with annotations has /Tabs /S; a Link annotation has a
  /StructParent and /Contents (28-011, 28-008, 28-004)

PDF/A-2b:

- ``A-xmp``: a /Metadata stream with pdfaid:part 2 and a conformance level (6.6.4)
- ``A-intent``: an /OutputIntents entry /GTS_PDFA1 with an RGB /DestOutputProfile (6.2.3)
- ``A-fonts``: every font used is embedded (FontFile/FontFile2/FontFile3) (6.2.11.4)
- ``A-id``: the trailer has an /ID (6.1.3)
- ``A-encrypt``: no /Encrypt (6.1.3)
- ``A-js``: no JavaScript (6.6.1)
- ``A-annot-flags``: every annotation is printable and not hidden (6.3.2)
- ``A-info``: the Info dictionary's title matches XMP dc:title (6.6.3)
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from typing import Any

from uppfoljning_desktop.reports.tagging import read_number_tree

STANDARD_TYPES = frozenset(
    ["Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form"])
TEXT_OPERATORS = {b"Tj", b"TJ", b"'", b'"'}


@dataclass(frozen=True)
class Violation:
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.message}"


def check_pdf(data: bytes) -> list[Violation]:
    """The violations of the checked PDF/UA-1 and PDF/A-2b rules in ``data``."""
    from pypdf import PdfReader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = PdfReader(io.BytesIO(data))
        out: list[Violation] = []
        root = reader.trailer["/Root"].get_object()
        xmp = _xmp(root)
        out += _catalog(root, xmp)
        out += _archival(reader, root, xmp)
        out += _structure(reader, root)
        out += _pages(reader)
    return out


def _xmp(root: Any) -> str:
    meta = root.get("/Metadata")
    return meta.get_object().get_data().decode("utf-8", "replace") if meta is not None else ""


def _xmp_value(xmp: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", xmp, re.S) or re.search(rf'{tag}="([^"]*)"', xmp)
    if not m:
        return ""
    inner = re.sub(r"<[^>]+>", "", m.group(1))
    return inner.strip()


def _catalog(root: Any, xmp: str) -> list[Violation]:
    out = []
    mark = root.get("/MarkInfo")
    if mark is None or not mark.get_object().get("/Marked"):
        out.append(Violation("UA-marked", "/MarkInfo /Marked saknas eller är false"))
    tree = root.get("/StructTreeRoot")
    if tree is None or "/ParentTree" not in tree.get_object():
        out.append(Violation("UA-struct", "strukturträd (/StructTreeRoot med /ParentTree) saknas"))
    if not str(root.get("/Lang", "")).strip():
        out.append(Violation("UA-lang", "dokumentets språk (/Lang) saknas"))
    prefs = root.get("/ViewerPreferences")
    if not _xmp_value(xmp, "dc:title") or prefs is None or not prefs.get_object().get("/DisplayDocTitle"):
        out.append(Violation("UA-title", "titel i XMP (dc:title) eller /DisplayDocTitle saknas"))
    if _xmp_value(xmp, "pdfuaid:part") != "1":
        out.append(Violation("UA-id", "XMP saknar pdfuaid:part 1"))
    return out


def _archival(reader: Any, root: Any, xmp: str) -> list[Violation]:
    out = []
    if _xmp_value(xmp, "pdfaid:part") != "2" or _xmp_value(xmp, "pdfaid:conformance") not in ("A", "B", "U"):
        out.append(Violation("A-xmp", "XMP saknar pdfaid:part 2 med nivå"))
    intents = root.get("/OutputIntents")
    ok = False
    for intent in (intents.get_object() if intents is not None else []):
        intent = intent.get_object()
        profile = intent.get("/DestOutputProfile")
        if intent.get("/S") == "/GTS_PDFA1" and profile is not None and profile.get_object().get("/N") == 3:
            ok = True
    if not ok:
        out.append(Violation("A-intent", "OutputIntent /GTS_PDFA1 med RGB-profil saknas"))
    if "/ID" not in reader.trailer:
        out.append(Violation("A-id", "trailern saknar /ID"))
    if "/Encrypt" in reader.trailer:
        out.append(Violation("A-encrypt", "filen är krypterad"))
    names = root.get("/Names")
    if (names is not None and "/JavaScript" in names.get_object()) or _has_js(root.get("/OpenAction")):
        out.append(Violation("A-js", "filen innehåller JavaScript"))
    info = reader.trailer.get("/Info")
    title = str(info.get_object().get("/Title", "")) if info is not None else ""
    if title != _xmp_value(xmp, "dc:title").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"):
        out.append(Violation("A-info", f"titeln i Info ({title!r}) och i XMP skiljer sig"))
    return out


def _has_js(action: Any) -> bool:
    if action is None:
        return False
    action = action.get_object()
    return isinstance(action, dict) and action.get("/S") == "/JavaScript"


def _fonts_of(resources: Any, seen: set[int]) -> list[Any]:
    found: list[Any] = []
    if resources is None:
        return found
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        ref_id = getattr(font, "idnum", id(font))
        if ref_id in seen:
            continue
        seen.add(ref_id)
        found.append(font.get_object())
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            found += _fonts_of(xobject.get("/Resources"), seen)
    return found


def _embedded(font: Any) -> bool:
    if font.get("/Subtype") == "/Type0":
        return all(_embedded(d.get_object()) for d in font["/DescendantFonts"])
    if font.get("/Subtype") == "/Type3":
        return True
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def _pages(reader: Any) -> list[Violation]:
    from pypdf.generic import ContentStream

    out: list[Violation] = []
    seen: set[int] = set()
    for number, page in enumerate(reader.pages, start=1):
        for font in _fonts_of(page.get("/Resources"), seen):
            if not _embedded(font):
                out.append(Violation("A-fonts", f"sidan {number}: typsnittet {font.get('/BaseFont')} är inte inbäddat"))
        annots = [a.get_object() for a in (page.get("/Annots") or [])]
        if annots and page.get("/Tabs") != "/S":
            out.append(Violation("UA-annots", f"sidan {number}: /Tabs /S saknas"))
        for a in annots:
            flags = int(a.get("/F", 0))
            if not flags & 4 or flags & 0b100011:
                out.append(Violation("A-annot-flags", f"sidan {number}: en anteckning skrivs inte ut"))
            if a.get("/Subtype") == "/Link" and ("/StructParent" not in a or not str(a.get("/Contents", ""))):
                out.append(Violation("UA-annots", f"sidan {number}: en länk saknar /StructParent eller /Contents"))
        contents = page.get_contents()
        if contents is None:
            continue
        stack: list[str] = []  # "A" artifact, "M" with MCID, "-" other
        untagged = 0
        mcids: list[int] = []
        for operands, operator in ContentStream(contents, reader).operations:
            if operator == b"BMC":
                stack.append("A" if operands[0] == "/Artifact" else "-")
            elif operator == b"BDC":
                props = operands[1]
                props = props.get_object() if hasattr(props, "get_object") else props
                if operands[0] == "/Artifact":
                    stack.append("A")
                elif isinstance(props, dict) and "/MCID" in props:
                    stack.append("M")
                    mcids.append(int(props["/MCID"]))
                else:
                    stack.append("-")
            elif operator == b"EMC":
                if stack:
                    stack.pop()
            elif operator in TEXT_OPERATORS and not any(s in ("A", "M") for s in stack):
                untagged += 1
        if untagged:
            out.append(Violation("UA-content", f"sidan {number}: {untagged} textoperationer är varken märkta eller artefakter"))
        page._checked_mcids = mcids  # for _structure
    return out


def _structure(reader: Any, root: Any) -> list[Violation]:
    out: list[Violation] = []
    tree = root.get("/StructTreeRoot")
    if tree is None:
        return out
    tree = tree.get_object()
    parent_tree = read_number_tree(tree.get("/ParentTree"))
    from pypdf.generic import ContentStream

    for number, page in enumerate(reader.pages, start=1):
        contents = page.get_contents()
        if contents is None:
            continue
        mcids = [int((o[1].get_object() if hasattr(o[1], "get_object") else o[1])["/MCID"])
                 for o, op in ContentStream(contents, reader).operations
                 if op == b"BDC" and isinstance(o[1].get_object() if hasattr(o[1], "get_object") else o[1], dict)
                 and "/MCID" in (o[1].get_object() if hasattr(o[1], "get_object") else o[1])]
        if not mcids:
            continue
        key = page.get("/StructParents")
        entry = parent_tree.get(int(key)) if key is not None else None
        if entry is None:
            out.append(Violation("UA-mcid", f"sidan {number}: /StructParents saknas i ParentTree"))
            continue
        elements = entry.get_object()
        for mcid in mcids:
            element = elements[mcid].get_object() if mcid < len(elements) else None
            if element is None or mcid not in _kids_mcids(element):
                out.append(Violation("UA-mcid", f"sidan {number}: MCID {mcid} hör inte till något strukturelement"))
                break
    _walk(tree.get("/K"), out, tree)
    return out


def _kids_mcids(element: Any) -> list[int]:
    kids = element.get("/K")
    if kids is None:
        return []
    kids = kids.get_object() if hasattr(kids, "get_object") else kids
    items = kids if isinstance(kids, list) else [kids]
    out = []
    for k in items:
        k = k.get_object() if hasattr(k, "get_object") else k
        if isinstance(k, int):
            out.append(int(k))
        elif isinstance(k, dict) and k.get("/Type") == "/MCR":
            out.append(int(k["/MCID"]))
    return out


def _walk(kids: Any, out: list[Violation], parent: Any) -> None:
    if kids is None:
        return
    kids = kids.get_object() if hasattr(kids, "get_object") else kids
    for kid in kids if isinstance(kids, list) else [kids]:
        kid = kid.get_object() if hasattr(kid, "get_object") else kid
        if not isinstance(kid, dict) or kid.get("/Type") in ("/MCR", "/OBJR"):
            continue
        tag = str(kid.get("/S", ""))[1:]
        if tag not in STANDARD_TYPES:
            out.append(Violation("UA-types", f"strukturtypen {tag} är inte standard"))
        if tag == "Figure" and not str(kid.get("/Alt", "")).strip():
            out.append(Violation("UA-figure", "en figur saknar alternativtext"))
        child_tags = [str(c.get_object().get("/S", ""))[1:] for c in _as_list(kid.get("/K"))
                      if isinstance(c.get_object() if hasattr(c, "get_object") else c, dict)
                      and (c.get_object() if hasattr(c, "get_object") else c).get("/Type") not in ("/MCR", "/OBJR")]
        if tag == "Table" and any(t not in ("TR", "THead", "TBody", "TFoot", "Caption") for t in child_tags):
            out.append(Violation("UA-table", f"en tabell innehåller {', '.join(sorted(set(child_tags)))}"))
        if tag == "TR" and any(t not in ("TH", "TD") for t in child_tags):
            out.append(Violation("UA-table", f"en tabellrad innehåller {', '.join(sorted(set(child_tags)))}"))
        _walk(kid.get("/K"), out, kid)


def _as_list(kids: Any) -> list[Any]:
    if kids is None:
        return []
    kids = kids.get_object() if hasattr(kids, "get_object") else kids
    return list(kids) if isinstance(kids, list) else [kids]
