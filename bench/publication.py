"""The public meeting bundle: untagged vs tagged (PDF/UA-1 + PDF/A-2b), and the
publication check's scan, measured in the same run, interleaved.

    python bench/publication.py --runs 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("UPPFOLJNING_DATA_DIR", tempfile.mkdtemp())
    from pypdf import PdfReader

    from uppfoljning_desktop.demo import create_demo
    from uppfoljning_desktop.reports import publication, tagging
    from uppfoljning_desktop.reports.base import archival
    from uppfoljning_desktop.reports.meetings_bundle import compose_bundle, publication_document
    from uppfoljning_desktop.reports.meetings_common import load_pack
    from uppfoljning_desktop.reports.pdfcheck import check_pdf
    from uppfoljning_desktop.reports.publication import scan_pdf
    from uppfoljning_desktop.store import meetings as store
    from uppfoljning_desktop.store.connection import open_database

    work = Path(tempfile.mkdtemp(prefix="bench-publication-"))
    db = open_database(create_demo(work / "demo.sqlite"), auto_backup=False)
    meeting_id = store.get_meeting_by_date(db, dt.date(2016, 9, 22)).id

    def untagged() -> tuple[bytes, list]:
        return compose_bundle(load_pack(db, meeting_id), public=True)

    def tagged() -> tuple[bytes, list]:
        with archival():
            return compose_bundle(load_pack(db, meeting_id), public=True)

    untagged()
    tagged()  # warm-up: fonts, imports, the sRGB profile
    times: dict[str, list[float]] = {"untagged": [], "tagged": [], "scan": [], "check": []}
    for _ in range(args.runs):
        # cold, as a command-line run: the attachments' text is not read yet
        publication._TEXT_CACHE.clear()
        tagging._TAGGED_CACHE.clear()
        t0 = time.perf_counter()
        plain, parts = untagged()
        times["untagged"].append(time.perf_counter() - t0)
        publication._TEXT_CACHE.clear()
        tagging._TAGGED_CACHE.clear()
        t0 = time.perf_counter()
        data, _ = tagged()
        times["tagged"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        scan_pdf(plain, parts, publication_document(load_pack(db, meeting_id)), db)
        times["scan"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        problems = check_pdf(data)
        times["check"].append(time.perf_counter() - t0)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    print(f"public bundle, {pages} pages, {args.runs} runs, load average {os.getloadavg()[0]:.1f}")
    print("cold (the attachments' text read afresh, as in a command-line run):")
    for name, values in times.items():
        print(f"{name:10s} median {statistics.median(values):.3f} s  min {min(values):.3f}  max {max(values):.3f}")
    ratio = statistics.median(times["tagged"]) / statistics.median(times["untagged"])
    print(f"tagged / untagged: {ratio:.2f} (target ≤ 2); checker violations: {len(problems)}")
    print(f"sizes: untagged {len(plain) // 1024} KB, tagged {len(data) // 1024} KB")
    warm_plain, warm_tagged = [], []
    for _ in range(args.runs):  # warm: the GUI's second preview, the text already read
        t0 = time.perf_counter()
        untagged()
        warm_plain.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        tagged()
        warm_tagged.append(time.perf_counter() - t0)
    print(f"warm: untagged median {statistics.median(warm_plain):.3f} s, tagged {statistics.median(warm_tagged):.3f} s, "
          f"ratio {statistics.median(warm_tagged) / statistics.median(warm_plain):.2f}")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
