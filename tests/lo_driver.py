"""Drive a running LibreOffice over Python-UNO: run by the SYSTEM python3 (python3-uno).

The test suite runs in the project's venv, which cannot import ``uno``; it starts
``soffice --headless`` once per locale (``tests/libreoffice.py``) and runs this script
with the system interpreter for each job: a JSON object on standard input, the result as
JSON on standard output.

    {"pipe": "uppf_sv_123", "ops": [
        {"op": "fill", "src": "a.xlsx", "dst": "b.xlsx", "filter": "Calc MS Excel 2007 XML",
         "cells": {"Beslut": {"C4": "2016-08-05", "D4": "3.10"}}},
        {"op": "convert", "src": "b.xlsx", "dst": "b.ods", "filter": "calc8"},
        {"op": "inspect", "src": "b.xlsx"}]}

Cells are typed through the cell's ``FormulaLocal`` property: LibreOffice's own input
parser in the locale of the running instance, as when a user types into the cell (an
English locale turns "3.10" into the number 3.1 unless the cell is formatted as text).
A locked cell on a protected sheet refuses the input, as it does for a user.
"""

from __future__ import annotations

import json
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

CELL_TYPES = {"EMPTY": "empty", "VALUE": "number", "TEXT": "text", "FORMULA": "formula"}


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe, timeout=60.0):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def load(desktop, path):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError(f"LibreOffice could not open {path}")
    return doc


def store(doc, path, filter_name):
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filter_name), prop("Overwrite", True)))


def fill(desktop, op):
    doc = load(desktop, op["src"])
    try:
        typed = {}
        for sheet_name, cells in op["cells"].items():
            sheet = doc.Sheets.getByName(sheet_name)
            for address, text in cells.items():
                cell = sheet.getCellRangeByName(address)
                cell.setPropertyValue("FormulaLocal", text)
                typed[f"{sheet_name}!{address}"] = {
                    "type": CELL_TYPES.get(cell.Type.value, cell.Type.value),
                    "string": cell.getString(), "value": cell.getValue(),
                }
        store(doc, op["dst"], op["filter"])
        return {"cells": typed}
    finally:
        doc.close(True)


def convert(desktop, op):
    doc = load(desktop, op["src"])
    try:
        store(doc, op["dst"], op["filter"])
        return {}
    finally:
        doc.close(True)


def inspect(desktop, op):
    """What LibreOffice sees in a file: sheets, visibility, protection, frozen panes, and
    the font of the cells asked for."""
    doc = load(desktop, op["src"])
    try:
        controller = doc.getCurrentController()
        sheets = []
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            controller.setActiveSheet(sheet)
            sheets.append({
                "name": sheet.Name, "visible": bool(sheet.IsVisible), "protected": bool(sheet.isProtected()),
                "frozen": bool(controller.hasFrozenPanes()),
                "split": [controller.getSplitColumn(), controller.getSplitRow()],
            })
        fonts = {}
        for ref in op.get("fonts", []):
            sheet_name, address = ref.split("!")
            cell = doc.Sheets.getByName(sheet_name).getCellRangeByName(address)
            fonts[ref] = {"name": cell.CharFontName, "weight": cell.CharWeight}
        return {"sheets": sheets, "fonts": fonts}
    finally:
        doc.close(True)


OPS = {"fill": fill, "convert": convert, "inspect": inspect}


def main():
    job = json.load(sys.stdin)
    desktop = connect(job["pipe"])
    results = [OPS[op["op"]](desktop, op) for op in job.get("ops", [])]
    json.dump({"results": results}, sys.stdout)


if __name__ == "__main__":
    main()
