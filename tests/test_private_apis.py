"""The private parts of libraries the code still relies on, each checked where it is used.

pyproject.toml bounds these libraries below their next release line; when the lock file
(`make lock`) brings a newer one, these tests say at once what changed instead of a
slower import or a table of contents that misses headings. Public replacements are used
where they exist (pypdf ``root_object``, ReportLab ``Frame.add``, sqlite-utils
``Migrations.pending``); what is left: openpyxl's streaming worksheet parser and
ReportLab's ``KeepTogether._content``.
"""

from __future__ import annotations

from openpyxl import Workbook, load_workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import BaseDocTemplate, KeepTogether, PageTemplate, Paragraph

from uppfoljning_desktop.excel import rows
from uppfoljning_desktop.reports import base


def test_openpyxl_streaming_parser_is_used_not_the_fallback(tmp_path, monkeypatch):
    """excel/rows.py reads with openpyxl.worksheet._reader.WorkSheetParser and the
    workbook's _cell_styles/_number_formats/_date_formats; when those change it falls
    back to the public (slower) reader. The fallback is forbidden here, so a change in
    openpyxl fails this test instead of silently costing the import its speed."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Nyckel", "Utfall"])
    ws.append(["a", 0.5])
    ws.cell(2, 2).number_format = "0 %"
    ws.append(["b", 7])
    path = tmp_path / "p.xlsx"
    wb.save(path)

    def no_fallback(_ws):
        raise AssertionError("openpyxl's private reader changed: excel/rows.py fell back to iter_rows")

    monkeypatch.setattr(rows, "_public_rows", no_fallback)
    ro = load_workbook(path, read_only=True, data_only=True)
    try:
        got = [(idx, values, pct) for idx, values, pct, unreadable in rows.iter_sheet_rows(ro.worksheets[0])
               if not unreadable]
    finally:
        ro.close()
    assert got == [(1, ["Nyckel", "Utfall"], frozenset()), (2, ["a", 0.5], frozenset({1})),
                   (3, ["b", 7], frozenset())]


def test_reportlab_keeptogether_keeps_its_flowables_in_content():
    """reports/base.py finds the headings inside a KeepTogether through ``_content``."""
    style = getSampleStyleSheet()["Normal"]
    first, second = Paragraph("ett", style), Paragraph("två", style)
    first._toc_entry = (0, "ett")
    kept = KeepTogether([first, second])
    assert list(kept._content) == [first, second]
    assert list(base._headings([kept])) == [first]


def test_reportlab_lays_out_through_the_public_frame_add(tmp_path, monkeypatch):
    """The layout-only first pass (reports/base._LayoutFrame) overrides ``Frame.add``;
    ReportLab must keep calling ``frame.add`` (not ``_add``) for it to take effect."""
    calls = []
    original = base._LayoutFrame.add

    def spy(self, flowable, canv, trySplit=0):
        calls.append(flowable)
        return original(self, flowable, canv, trySplit)

    monkeypatch.setattr(base._LayoutFrame, "add", spy)
    doc = BaseDocTemplate(str(tmp_path / "x.pdf"), pagesize=A4)
    frame = base._LayoutFrame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    para = Paragraph("text", getSampleStyleSheet()["Normal"])
    doc.build([para])
    assert calls == [para]
