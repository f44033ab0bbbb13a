"""Every public (--public) and archived (--arkiv) output of the demo passes the in-suite
PDF/UA-1 and PDF/A-2b checks (reports.pdfcheck; the rules it covers are listed in
docs/documents.md), and the checker catches what an untagged file lacks."""

from __future__ import annotations

import io

import pytest

from uppfoljning_desktop.cli import main
from uppfoljning_desktop.reports.base import Document, Letterhead, archival, extract_text
from uppfoljning_desktop.reports.pdfcheck import check_pdf

MEETING = ["--meeting", "2016-09-22"]
PUBLIC = [
    ("kallelse", MEETING), ("ordforandeforslag", MEETING), ("tjansteskrivelse", [*MEETING, "--item", "4"]),
    ("protokoll", MEETING), ("protokollsutdrag", [*MEETING, "--item", "3"]),
]
ARCHIVED = [
    ("krisplan", []), ("rollkort", []), ("kontaktlista", ["--utan-privata"]), ("krisparm", []),
    ("beslutslogg", ["--event", "1"]), ("handelselogg", ["--event", "1"]), ("lagesbild", ["--event", "1"]),
    ("utvardering", ["--event", "1"]), ("delegationsbeslut", MEETING),
    ("uppfoljning", ["--period", "Delår 2 2024"]), ("sammantradesordning", ["--year", "2017"]),
    ("kallelse", MEETING), ("protokoll", MEETING), ("ordforandeforslag", MEETING),
    ("tjansteskrivelse", [*MEETING, "--item", "4"]), ("protokollsutdrag", [*MEETING, "--item", "3"]),
    ("uppfoljning", ["--period", "Helår 2019"]),
]


def _run(demo_db_path, tmp_path, kind, args, flag) -> bytes:
    out = tmp_path / f"{kind}.pdf"
    assert main(["--db", str(demo_db_path), "pdf", kind, *args, flag, "-o", str(out)]) == 0
    return out.read_bytes()


@pytest.mark.parametrize("kind,args", PUBLIC)
def test_public_documents_are_tagged_and_archivable(demo_db_path, tmp_path, kind, args):
    assert check_pdf(_run(demo_db_path, tmp_path, kind, args, "--public")) == []


@pytest.mark.parametrize("kind,args", ARCHIVED)
def test_archived_documents_are_tagged_and_archivable(demo_db_path, tmp_path, kind, args):
    assert check_pdf(_run(demo_db_path, tmp_path, kind, args, "--arkiv")) == []


@pytest.mark.slow  # the 39-page bundle, laid out, checked and tagged
def test_public_bundle_is_tagged_and_archivable(demo_db_path, tmp_path):
    data = _run(demo_db_path, tmp_path, "handlingar", [*MEETING, "--accept-findings"], "--public")
    assert check_pdf(data) == []
    from pypdf import PdfReader

    root = PdfReader(io.BytesIO(data)).trailer["/Root"].get_object()
    sections = [k.get_object().get("/T") for k in root["/StructTreeRoot"]["/K"][0].get_object()["/K"]]
    assert "Kallelse" in sections and any(str(s).startswith("Bilaga") for s in sections)
    # the internal bundle for the archive: every attachment as it was attached
    assert check_pdf(_run(demo_db_path, tmp_path, "handlingar", MEETING, "--arkiv")) == []


def _letterhead() -> Letterhead:
    return Letterhead("Botkyrka kommun", "Arbetsmarknads- och vuxenutbildningsförvaltningen")


def _story(doc: Document) -> list:
    return [doc.p("Rubrik", "h1"), doc.p("Brödtext."), doc.bullets(["ett", "två"]),
            doc.table([["Namn", "Telefon"], ["Anna", "08-465 004 10"]])]


def test_checker_finds_what_an_untagged_file_lacks():
    doc = Document(_letterhead(), title="Prov")
    rules = {v.rule for v in check_pdf(doc.build(_story(doc)))}
    assert {"UA-marked", "UA-struct", "UA-title", "UA-id", "UA-content", "A-xmp", "A-intent"} <= rules


def test_tagged_structure_and_text_unchanged():
    from pypdf import PdfReader

    doc = Document(_letterhead(), title="Prov")
    plain = doc.build(_story(doc))
    with archival():
        tagged = doc.build(_story(doc))
    assert check_pdf(tagged) == []
    assert extract_text(plain) == extract_text(tagged)
    root = PdfReader(io.BytesIO(tagged)).trailer["/Root"].get_object()
    document = root["/StructTreeRoot"]["/K"][0].get_object()
    tags = [str(k.get_object()["/S"]) for k in document["/K"]]
    assert tags == ["/H1", "/P", "/L", "/Table"]
    items = document["/K"][2].get_object()["/K"]
    assert [str(i.get_object()["/S"]) for i in items] == ["/LI", "/LI"]  # one per bullet
    table = document["/K"][3].get_object()
    header = table["/K"][0].get_object()["/K"]
    assert [str(c.get_object()["/S"]) for c in header] == ["/TH", "/TH"]


def test_checker_catches_a_figure_without_alt_and_untagged_text():
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject, TextStringObject

    doc = Document(_letterhead(), title="Prov")
    with archival():
        tagged = doc.build(_story(doc))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(tagged)))
    page = writer.pages[0]
    stream = DecodedStreamObject()
    stream.set_data(page.get_contents().get_data() + b"\nBT /F1+0 9 Tf 10 10 Td (x) Tj ET\n")
    page[NameObject("/Contents")] = writer._add_object(stream)
    root = writer._root_object
    first = root["/StructTreeRoot"]["/K"][0].get_object()["/K"][0].get_object()
    first[NameObject("/S")] = NameObject("/Figure")
    first.pop("/Alt", None)
    root[NameObject("/Lang")] = TextStringObject("")
    out = io.BytesIO()
    writer.write(out)
    rules = {v.rule for v in check_pdf(out.getvalue())}
    assert {"UA-content", "UA-figure", "UA-lang"} <= rules
