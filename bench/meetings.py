"""Benchmark: the demo meeting's complete bundle (möteshandlingar) against the way it
is done today, LibreOffice headless converting an equivalent .docx (notice, memos and
attachment text, built with python-docx) to PDF, measured in the same run.

    python bench/meetings.py [--runs 5]

Needs ``soffice`` (libreoffice-writer) and python-docx (the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build_docx(pack, path: Path) -> None:
    """The same content as Word documents would have it: notice, each memo, and the
    attachments' text (the secretary appends them as pages)."""
    import io

    import docx
    from pypdf import PdfReader

    from uppfoljning_desktop.domain.dates import format_date_time_long

    d = docx.Document()
    m = pack.meeting
    d.add_heading(pack.committee.name, 0)
    d.add_paragraph(f"Tid {format_date_time_long(m.date, m.start_time)}")
    d.add_paragraph(f"Plats {m.place}")
    d.add_heading("Ärenden", 1)
    for n, item in enumerate(pack.items, 1):
        d.add_paragraph(f"{n} {item.title_with_case()}")
    d.add_paragraph(m.practical_notes)
    for item in pack.items:
        d.add_page_break()
        d.add_heading(item.title, 1)
        for head, text in (("Förslag till beslut", item.proposal), ("Sammanfattning", item.summary), ("Ärendet", item.body)):
            if text:
                d.add_heading(head, 2)
                for para in text.split("\n\n"):
                    d.add_paragraph(para)
        for a in pack.attachments.get(item.id, []):
            reader = PdfReader(io.BytesIO(pack.attachment_data(a.id)))
            for page in reader.pages:  # one Word page per attachment page
                d.add_page_break()
                for line in (page.extract_text() or "").splitlines():
                    d.add_paragraph(line)
    d.save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("UPPFOLJNING_DATA_DIR", tempfile.mkdtemp())
    from pypdf import PdfReader

    from uppfoljning_desktop.demo import create_demo
    from uppfoljning_desktop.reports.meetings_bundle import render_bundle
    from uppfoljning_desktop.reports.meetings_common import load_pack
    from uppfoljning_desktop.store import meetings as store
    from uppfoljning_desktop.store.connection import open_database

    work = Path(tempfile.mkdtemp(prefix="bench-meetings-"))
    try:
        db_path = create_demo(work / "demo.sqlite")
        db = open_database(db_path, auto_backup=False)
        import datetime as dt

        meeting_id = store.get_meeting_by_date(db, dt.date(2016, 9, 22)).id
        render_bundle(load_pack(db, meeting_id))  # warm-up: fonts, imports
        ours = []
        pages = 0
        for _ in range(args.runs):
            t0 = time.perf_counter()
            data = render_bundle(load_pack(db, meeting_id))
            ours.append(time.perf_counter() - t0)
        import io

        pages = len(PdfReader(io.BytesIO(data)).pages)
        pack = load_pack(db, meeting_id)
        docx_path = work / "handlingar.docx"
        build_docx(pack, docx_path)
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("soffice saknas: installera libreoffice-writer", file=sys.stderr)
            return 1
        profile = (work / "lo-profile").as_uri()
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(docx_path)]
        subprocess.run(cmd, check=True, capture_output=True)  # warm-up: creates the profile
        lo = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            lo.append(time.perf_counter() - t0)
        lo_pages = len(PdfReader(str(work / "handlingar.pdf")).pages)
        db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    mo, ml = statistics.median(ours), statistics.median(lo)
    print(f"Uppföljning, möteshandlingar ({pages} sidor): median {mo:.3f} s av {args.runs} (min {min(ours):.3f}, max {max(ours):.3f})")
    print(f"LibreOffice headless .docx → PDF ({lo_pages} sidor): median {ml:.3f} s av {args.runs} (min {min(lo):.3f}, max {max(lo):.3f})")
    print(f"Kvot LibreOffice / Uppföljning: {ml / mo:.1f}; mål ≤ 0,5 s: {'uppfyllt' if mo <= 0.5 else 'EJ uppfyllt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
