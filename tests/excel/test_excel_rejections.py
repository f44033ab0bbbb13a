"""Files that are refused, each with its reason in Swedish, before anything is written."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.excel.conftest import messages_of
from uppfoljning_desktop.excel import safety
from uppfoljning_desktop.excel.importer import import_files
from uppfoljning_desktop.store.excel import list_import_log

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _only_error(result) -> str:
    assert not result.imported
    [problem] = result.files[0].errors
    return str(problem)


def _rejects(db, path, expected: str) -> None:
    result = import_files(db, [path])
    message = _only_error(result)
    assert message.startswith(f"{path.name}: {expected}"), message
    assert list_import_log(db, "testutfall") == []


def test_old_xls(demo_db, tmp_path):
    path = tmp_path / "utfall.xls"
    path.write_bytes(OLE + b"\0" * 2000)
    _rejects(demo_db, path, "filen är i det gamla Excel-formatet (.xls). Öppna den i Excel och spara som")


def test_password_protected(demo_db, tmp_path):
    path = tmp_path / "utfall.xlsx"
    path.write_bytes(OLE + b"\0" * 100 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 500)
    _rejects(demo_db, path, "filen är lösenordsskyddad och kan inte läsas.")


@pytest.mark.parametrize("content", [b"Hej, har ni fatt filen?", b"", b"%PDF-1.7 ..."])
def test_not_a_workbook(demo_db, tmp_path, content):
    path = tmp_path / "utfall.xlsx"
    path.write_bytes(content)
    _rejects(demo_db, path, "filen är ingen Excel-arbetsbok (.xlsx).")


def test_a_zip_that_is_no_workbook(demo_db, tmp_path):
    path = tmp_path / "utfall.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    _rejects(demo_db, path, "filen är ingen Excel-arbetsbok (.xlsx).")


def test_a_damaged_zip(demo_db, tmp_path):
    path = tmp_path / "utfall.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    _rejects(demo_db, path, "filen är skadad eller ingen Excel-arbetsbok.")


def test_zip_bomb_ratio_is_checked_before_openpyxl(demo_db, tmp_path, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    assert path.stat().st_size < 100_000

    def must_not_load(*a, **k):
        raise AssertionError("openpyxl must not see a zip bomb")

    monkeypatch.setattr("uppfoljning_desktop.excel.reader.load_workbook", must_not_load)
    _rejects(demo_db, path, "delen xl/worksheets/sheet1.xml är komprimerad")


def test_zip_bomb_total_size(demo_db, tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED_BYTES", 1024 * 1024)
    path = tmp_path / "stor.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/media/bild.bin", b"x" * (2 * 1024 * 1024))
    _rejects(demo_db, path, "filen packas upp till 2 MB, mer än de 1 MB en mall får ta.")


def test_file_over_20_mb(demo_db, tmp_path):
    path = tmp_path / "enorm.xlsx"
    with path.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)
    _rejects(demo_db, path, "filen är 20 MB; en returnerad mall får vara högst 20 MB.")


def test_workbook_without_metadata(demo_db, tmp_path):
    import openpyxl

    path = tmp_path / "egen.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Utfall"
    wb.save(path)
    _rejects(demo_db, path, "filen är ingen mall från Uppföljning (mallens dolda uppgifter saknas).")


def test_another_database(demo_db, make_template, fill):
    returned = fill(make_template(), {"Utfall": {"F4": 70}})
    demo_db.execute("UPDATE app_meta SET value = 'en-annan-databas' WHERE key = 'database_id'")
    _rejects(demo_db, returned, "mallen skapades i en annan databas än den som är öppen")


def test_tampered_metadata(demo_db, make_template, fill):
    def other_unit(wb):
        ws = wb["_metadata"]
        for row in ws.iter_rows():
            if row[0].value == "scope" and row[1].value == "unit":
                row[2].value = "Vuxenutbildning"

    _rejects(demo_db, fill(make_template(), {}, edit=other_unit), "mallens dolda uppgifter (malltyp, period")


def test_tampered_row_keys_in_metadata(demo_db, make_template, fill):
    def extra_key(wb):
        for row in wb["_metadata"].iter_rows():
            if row[0].value == "rows" and row[1].value == "utfall":
                row[2].value += "\njc-hemlig"

    _rejects(demo_db, fill(make_template(), {}, edit=extra_key), "mallens dolda uppgifter")


def test_unknown_row_key(demo_db, make_template, fill):
    def edit_key(wb):
        wb["Utfall"]["A5"] = "jc-okänd"

    result = import_files(demo_db, [fill(make_template(), {"Utfall": {"F4": 70}}, edit=edit_key)])
    assert not result.imported
    errors = [str(p) for p in result.files[0].errors]
    assert any('Utfall!A5: rad 5 har en okänd radnyckel "jc-okänd".' in e for e in errors)
    assert any('Utfall: raden för "Antal deltagare som slutfört insats" saknas i filen' in e for e in errors)


def test_row_that_no_longer_exists(demo_db, make_template, fill, monkeypatch):
    from tests.excel import sample_kind

    returned = fill(make_template(), {"Utfall": {"F4": 70}})
    monkeypatch.setitem(sample_kind.INDICATORS, "Jobbcenter", sample_kind.INDICATORS["Jobbcenter"][:2])
    message = _only_error(import_files(demo_db, [returned]))
    assert 'Utfall!A6: rad 6 gäller något som inte längre finns i databasen (nyckel "jc-nöjd").' in message


def test_another_period(demo_db, make_template, fill):
    returned = fill(make_template(period="Delår 1 2016"), {"Utfall": {"F4": 70}})
    result = import_files(demo_db, [returned], expected_scope={"period": "Delår 2 2016"})
    assert _only_error(result) == f'{returned.name}: filen gäller period "Delår 1 2016", inte "Delår 2 2016".'


def test_another_kind(demo_db, make_template, fill):
    returned = fill(make_template(), {})
    result = import_files(demo_db, [returned], expected_kind="delegationslista")
    assert _only_error(result) == f"{returned.name}: filen är en mall för testutfall, inte den malltyp som läses in nu."


def test_kind_unknown_to_this_version(demo_db, make_template, fill):
    from uppfoljning_desktop.excel.spec import unregister_kind

    returned = fill(make_template(), {})
    unregister_kind("testutfall")
    message = _only_error(import_files(demo_db, [returned]))
    assert 'Malltypen "testutfall" känns inte igen' in message


def test_old_template_version(demo_db, make_template, fill, kind, monkeypatch):
    returned = fill(make_template(), {})
    monkeypatch.setattr(type(kind), "version", 2)
    message = _only_error(import_files(demo_db, [returned]))
    assert "mallen har version 1 men programmet läser version 2; skicka en ny mall." in message


def test_missing_input_column(demo_db, make_template, fill):
    def rename_header(wb):
        wb["Utfall"]["I3"] = "Anteckning"

    message = _only_error(import_files(demo_db, [fill(make_template(), {}, edit=rename_header)]))
    assert message.endswith('Utfall!I3: kolumnen "Kommentar" saknas på rubrikraden.')


def test_input_sheet_deleted(demo_db, make_template, fill):
    def drop(wb):
        del wb["Aktiviteter"]

    message = _only_error(import_files(demo_db, [fill(make_template(), {}, edit=drop)]))
    assert message.endswith('bladet "Aktiviteter" saknas i filen.')


def test_values_on_a_row_without_key(demo_db, make_template, fill):
    result = import_files(demo_db, [fill(make_template(), {"Utfall": {"F9": 12}})])
    assert any("Utfall!A9: rad 9 saknar radnyckel" in m for m in messages_of(result))


def test_rejection_messages_are_collected_per_file(demo_db, make_template, fill, tmp_path):
    bad = tmp_path / "x.xls"
    bad.write_bytes(OLE + bytes(600))
    text = tmp_path / "y.xlsx"
    text.write_bytes(io.BytesIO(b"nej").getvalue())
    result = import_files(demo_db, [bad, text])
    assert [p.file for p in result.problems] == ["x.xls", "y.xlsx"]


def _rewrite_member(source, target, member, change):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        assert member in zin.namelist()
        for info in zin.infolist():
            body = zin.read(info.filename)
            zout.writestr(info, change(body) if info.filename == member else body)


@pytest.mark.parametrize("member", ["xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet2.xml",
                                    "xl/worksheets/sheet5.xml"])
def test_a_workbook_with_a_damaged_part_is_rejected_not_a_crash(demo_db, make_template, fill, tmp_path, member):
    # A truncated XML part (a mangled attachment, a file still being synced) raised
    # lxml/ElementTree parse errors out of the check: a traceback, and no file of the
    # batch was checked. Now it is this file's error, named in Swedish.
    good = fill(make_template(), {"Utfall": {"F4": 70}})
    broken = tmp_path / "trasig.xlsx"
    _rewrite_member(good, broken, member, lambda body: body[: len(body) // 2])
    result = import_files(demo_db, [good, broken])
    assert not result.imported
    assert result.files[0].errors == []
    [problem] = result.files[1].errors
    assert str(problem).startswith("trasig.xlsx: filen är skadad"), str(problem)
    assert list_import_log(demo_db, "testutfall") == []


def test_a_workbook_with_corrupt_compressed_data_is_rejected_not_a_crash(demo_db, make_template, fill, tmp_path):
    good = fill(make_template(), {"Utfall": {"F4": 70}})
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 20, start + 60):
        data[i] ^= 0xFF  # zlib.error while the sheet is streamed
    broken = tmp_path / "trasig.xlsx"
    broken.write_bytes(bytes(data))
    message = _only_error(import_files(demo_db, [broken]))
    assert message.startswith("trasig.xlsx: filen är skadad"), message
