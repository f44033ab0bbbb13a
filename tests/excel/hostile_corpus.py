"""A corpus of hostile returned templates, built by editing a real template's XML.

Each case takes a goal follow-up template (as written by the program, pre-filled with
the stored outcomes) and changes the XML of one part with ``zipfile``, the way a broken
client, a mangled attachment or a curious user would: merged input cells, formulas
with and without a cached value, number cells holding text or ``1E999``, shared-string
indexes out of range, a 400-digit number, malformed XML in every part. The import must
refuse each file with a Swedish message naming the cell (or the part), never with a
traceback, and change nothing.

Run as a script to look at the files:
``python -m tests.excel.hostile_corpus TEMPLATE.xlsx OUTDIR``.
"""

from __future__ import annotations

import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

PERCENT_ROW = 4  # Vuxenutbildning's first indicator: percent, by gender, with stored outcomes
COUNT_ROW = 7  # …and a count (antal)
SHEET = "Utfall"

Edit = Callable[[str], str]


@dataclass(frozen=True)
class Case:
    """One hostile file: which part is edited how, and what the import must say."""

    name: str
    part: str  # "sheet:Utfall", "sheet:_metadata" or a zip member name
    edit: Edit
    where: str  # "Utfall!G4" for a cell, "" for a file-level error
    message: str  # a fragment of the Swedish message


def _cell(ref: str, xml: str) -> Edit:
    """Replace cell ``ref`` (present in the template) with ``xml``."""
    pattern = re.compile(rf'<c r="{ref}"(?: [^>]*)?(?:/>|>.*?</c>)', re.S)

    def edit(sheet: str) -> str:
        new, n = pattern.subn(xml.replace("\\", "\\\\"), sheet, count=1)
        assert n == 1, f"cell {ref} not found"
        return new

    return edit


def _chain(*edits: Edit) -> Edit:
    def edit(text: str) -> str:
        for e in edits:
            text = e(text)
        return text

    return edit


def _merge(ref: str) -> Edit:
    def edit(sheet: str) -> str:
        block = f'<mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'
        m = re.search(r"<sheetProtection[^>]*/>", sheet)
        at = m.end() if m else sheet.index("</sheetData>") + len("</sheetData>")
        return sheet[:at] + block + sheet[at:]

    return edit


def _replace(old: str, new: str) -> Edit:
    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return edit


def cell_format(number_format_id: str) -> Edit:
    """Give the first cell format (``<cellXfs>``, what cells' ``s`` points at) another
    number format id."""
    def edit(styles: str) -> str:
        start = styles.index("<cellXfs")
        at = styles.index('numFmtId="', start) + len('numFmtId="')
        end = styles.index('"', at)
        return styles[:at] + number_format_id + styles[end:]

    return edit


def _garble(text: str) -> str:
    """Malformed XML: an unclosed tag in the middle of the part."""
    middle = text.index(">", len(text) // 2) + 1
    return text[:middle] + "<oj<" + text[middle:]


P, C = PERCENT_ROW, COUNT_ROW
DIGITS_400 = "1234567890" * 40

CASES: list[Case] = [
    # The value of a merged range stands in its first cell; the others read blank and
    # erased two stored outcomes.
    Case("merged", f"sheet:{SHEET}", _chain(_merge(f"G{P}:I{P}"), _cell(f"H{P}", f'<c r="H{P}" s="6"/>'),
                                            _cell(f"I{P}", f'<c r="I{P}" s="6"/>')),
         f"{SHEET}!G{P}:I{P}", f"cellerna G{P}:I{P} är sammanfogade"),
    Case("formula-without-value", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6"><f>H{P}+I{P}</f></c>'),
         f"{SHEET}!G{P}", "cellen innehåller en formel utan beräknat värde"),
    Case("formula-with-value", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6"><f>(H{P}+I{P})/2</f><v>87.5</v></c>'),
         f"{SHEET}!G{P}", "cellen innehåller en formel; skriv in själva värdet"),
    Case("overflow", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6"><v>1E999</v></c>'),
         f"{SHEET}!G{P}", "talet 1E999 är för stort"),
    Case("text-in-number-cell", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6" t="n"><v>abc</v></c>'),
         f"{SHEET}!G{P}", "cellen är markerad som tal men innehåller \"abc\""),
    Case("nan", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6"><v>NaN</v></c>'),
         f"{SHEET}!G{P}", "cellen är markerad som tal men innehåller \"NaN\""),
    Case("shared-string-out-of-range", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6" t="s"><v>99999</v></c>'),
         f"{SHEET}!G{P}", "cellen pekar på text nummer 99999 som inte finns"),
    Case("shared-string-key", f"sheet:{SHEET}", _cell(f"A{P}", f'<c r="A{P}" t="s"><v>-1</v></c>'),
         f"{SHEET}!A{P}", "radnyckeln kan inte läsas"),
    Case("digits-400", f"sheet:{SHEET}", _cell(f"G{C}", f'<c r="G{C}" s="6"><v>{DIGITS_400}</v></c>'),
         f"{SHEET}!G{C}", "talet i cellen är 400 tecken långt"),
    Case("digits-16", f"sheet:{SHEET}", _cell(f"G{C}", f'<c r="G{C}" s="6"><v>1234567890123456</v></c>'),
         f"{SHEET}!G{C}", "har fler än 15 siffror"),
    Case("error-value", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6" t="e"><v>#DIV/0!</v></c>'),
         f"{SHEET}!G{P}", "cellen visar felvärdet #DIV/0!"),
    Case("boolean", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6" t="b"><v>ja</v></c>'),
         f"{SHEET}!G{P}", "markerad som sant/falskt"),
    Case("iso-date", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6" t="d"><v>igår</v></c>'),
         f"{SHEET}!G{P}", "markerad som datum"),
    Case("bad-style", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="x"><v>80</v></c>'),
         f"{SHEET}!G{P}", "ogiltig formatering"),
    Case("percent-over-100", f"sheet:{SHEET}", _cell(f"G{P}", f'<c r="G{P}" s="6"><v>105</v></c>'),
         f"{SHEET}!G{P}", "105 % är mer än 100 %"),
    Case("negative-percent", f"sheet:{SHEET}", _cell(f"H{P}", f'<c r="H{P}" s="6"><v>-3</v></c>'),
         f"{SHEET}!H{P}", "-3 % är mindre än 0 %"),
    Case("negative-count", f"sheet:{SHEET}", _cell(f"G{C}", f'<c r="G{C}" s="6"><v>-5</v></c>'),
         f"{SHEET}!G{C}", "-5 är negativt; ett antal kan inte vara mindre än 0"),
    Case("bad-row-number", f"sheet:{SHEET}", _replace(f'<row r="{P + 1}"', '<row r="fem"'),
         SHEET, "bladet går inte att läsa: raden \"fem\" (efter rad 4) har inget giltigt radnummer"),
    Case("bad-cell-reference", f"sheet:{SHEET}", _replace(f'<c r="G{P}"', '<c r="G4Ö"'),
         SHEET, "bladet går inte att läsa: cellen \"G4Ö\""),
    Case("malformed-sheet", f"sheet:{SHEET}", _garble, "", "filen är skadad"),
    Case("entity-expansion", f"sheet:{SHEET}",
         lambda text: text.replace("<worksheet", '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                                   "<worksheet", 1).replace("<v>87.5</v>", "<v>&b;</v>", 1),
         "", "filen är skadad"),
    Case("malformed-metadata", "sheet:_metadata", _garble, "", "filen är skadad"),
    Case("text-in-metadata-number", "sheet:_metadata", _cell("A1", '<c r="A1"><v>abc</v></c>'),
         "", "mallens dolda uppgifter går inte att läsa"),
    Case("style-number-format-overflow", "xl/styles.xml", cell_format("99999999999999999999"),
         "", "filen är skadad"),
    *[Case(f"malformed-{member.replace('/', '-').strip('[]')}", member, _garble, "", expected)
      for member, expected in (
          ("[Content_Types].xml", "filen är skadad"),
          ("_rels/.rels", "filen är skadad"),
          ("xl/workbook.xml", "filen är skadad"),
          ("xl/_rels/workbook.xml.rels", "filen är skadad"),
          ("xl/styles.xml", "filen är skadad"),
          ("xl/theme/theme1.xml", "filen är skadad"),
          ("docProps/core.xml", "filen är skadad"),
          ("docProps/app.xml", "filen är skadad"),
      )],
]

def sheet_members(path: Path) -> dict[str, str]:
    """Sheet title → zip member, from workbook.xml and its relationships."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
    with zipfile.ZipFile(path) as zf:
        workbook = ElementTree.fromstring(zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("p:Relationship", ns)}
    out = {}
    for sheet in workbook.findall("m:sheets/m:sheet", ns):
        target = targets[sheet.get(f"{{{ns['r']}}}id")]
        out[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return out


def write_case(template: Path, case: Case, out_dir: Path) -> Path:
    """The template with ``case``'s edit applied, as ``out_dir/<name>.xlsx``."""
    member = case.part
    if member.startswith("sheet:"):
        member = sheet_members(template)[member.removeprefix("sheet:")]
    target = out_dir / f"{case.name}.xlsx"
    with zipfile.ZipFile(template) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        assert member in zin.namelist(), member
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == member:
                body = case.edit(body.decode("utf-8")).encode("utf-8")
            zout.writestr(info, body)
    return target


def build(template: Path, out_dir: Path) -> dict[str, tuple[Path, Case]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return {case.name: (write_case(template, case, out_dir), case) for case in CASES}


def keyless_rows_workbook(template: Path, target: Path, rows: int, *, first_row: int = 100) -> Path:
    """The template with ``rows`` extra rows that carry a value but no key (column A),
    written straight into the sheet XML (openpyxl would take minutes for 360 000)."""
    member = sheet_members(template)[SHEET]
    with zipfile.ZipFile(template) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == member:
                text = body.decode("utf-8")
                extra = "".join(f'<row r="{n}"><c r="G{n}"><v>{n % 97}</v></c></row>'
                                for n in range(first_row, first_row + rows))
                at = text.index("</sheetData>")
                body = (text[:at] + extra + text[at:]).encode("utf-8")
            zout.writestr(info, body)
    return target


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m tests.excel.hostile_corpus TEMPLATE.xlsx OUTDIR")
    for name, (path, case) in build(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{name}: {path}  → {case.where or '(filen)'}: {case.message}")
