"""Fill unfinished entries of a Qt .ts file from a TSV of "source<TAB>translation".

    python tools/fill_translations.py resources/translations/uppfoljning_en.ts new.tsv

In the TSV, write a line break as \\n. Sources must match exactly (with & accelerators).
Prints the sources still unfinished, so a translator knows what is left.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(ts_path: str, tsv_path: str | None = None) -> int:
    table: dict[str, str] = {}
    if tsv_path:
        for line in Path(tsv_path).read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                src, dst = line.split("\t", 1)
                table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")
    tree = ET.parse(ts_path)
    left = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in table:
            translation.text = table[source]
            del translation.attrib["type"]
        else:
            left.append(source)
    ET.indent(tree)
    xml = ET.tostring(tree.getroot(), encoding="unicode")
    Path(ts_path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + xml + "\n", encoding="utf-8")
    for s in left:
        print("unfinished:", s.replace("\n", "\\n"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
