#!/usr/bin/python3
"""Writes the .xlsx fixtures of tests/core/importing/XlsxReaderTest.cpp into this folder.

The workbooks come from real spreadsheet writers, openpyxl and XlsxWriter (and xlwt for the old
.xls). A few are then edited as Excel itself writes what these writers do not (17-digit numbers,
cells without references) or broken on purpose; each edit says so. The tests read the committed
files and never run this script. To write them again (Debian's python3, not a virtualenv's):

    apt-get install python3-openpyxl python3-xlsxwriter python3-xlwt
    /usr/bin/python3 tests/data/import/make_xlsx_fixtures.py

The files come out the same except for the time stamps the writers put in them.
"""

import datetime
import io
import os
import re
import zipfile

import openpyxl
import xlsxwriter
import xlwt
from openpyxl.chart import BarChart, Reference
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def rewrite_parts(name, edit):
    """Rewrites the zip at name, passing each part's name and bytes through edit(name, data),
    which returns (name, data), or None to leave the part out."""
    with zipfile.ZipFile(path(name)) as source:
        parts = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as target:
        for part_name, data in parts:
            edited = edit(part_name, data)
            if edited is not None:
                target.writestr(edited[0], edited[1])


def strings_and_numbers():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append(["Nama", "NIK angka", "NIK teks", "Bulat", "Desimal", "Ya/Tidak", "Galat", "Excel"])
    sheet.append(["Siti Nurhaliza", 3204151201230001, "3204151201230002", 42, 8.1, True, "#N/A", 111111.5])
    sheet.append(["Dédé Rosidah Nur'aini", 3299014506220003, "0032991", -7, 0.1 + 0.2, False, "#DIV/0!", 222222.5])
    sheet.append(["Ñoman Wayan Ëka", 0, " teks dengan spasi ", 123456789, -12.5, None, None, 333333.5])
    sheet.append(["Cécep", 1e-7, None, 1e20, 72.45, None, None, None])
    other = workbook.create_sheet("Lain")
    other.append(["Bukan", "data", "impor"])
    other.append([1, 2, 3])
    workbook.save(path("strings_numbers.xlsx"))

    # Excel writes numbers with 17 significant digits and large ones with an exponent.
    excel_values = {b"111111.5": b"8.0999999999999996", b"222222.5": b"3.204151201230001E+15",
                    b"333333.5": b"0.30000000000000004"}

    def as_excel(name, data):
        if name == "xl/worksheets/sheet1.xml":
            for placeholder, value in excel_values.items():
                data = data.replace(b"<v>" + placeholder + b"</v>", b"<v>" + value + b"</v>")
        return name, data

    rewrite_parts("strings_numbers.xlsx", as_excel)


def dates():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Tanggal"
    sheet.append(["Format", "Nilai"])
    rows = [
        ("built-in 14", datetime.datetime(2023, 10, 31), "mm-dd-yy"),
        ("dd/mm/yyyy", datetime.datetime(2024, 2, 29), "dd/mm/yyyy"),
        ("locale", datetime.datetime(2021, 8, 17), "[$-421]dd mmmm yyyy"),
        ("date and time", datetime.datetime(2023, 10, 31, 14, 30), "yyyy-mm-dd hh:mm"),
        ("built-in 15", datetime.datetime(2022, 1, 5), "d-mmm-yy"),
        ("time", datetime.time(8, 15), "h:mm"),
        ("before March 1900", datetime.datetime(1900, 2, 28), "dd/mm/yyyy"),
        ("quoted letters", 45230, '0 "hari"'),
        ("general", 45230, "General"),
        ("text", "31/10/2023", "@"),
    ]
    for label, value, number_format in rows:
        sheet.append([label, value])
        sheet.cell(row=sheet.max_row, column=2).number_format = number_format
    workbook.save(path("dates.xlsx"))

    mac = openpyxl.Workbook()
    mac.epoch = CALENDAR_MAC_1904
    sheet = mac.active
    sheet.append(["Tgl Lahir", "Nama"])
    sheet.append([datetime.datetime(2023, 10, 31), "Asep"])
    sheet.cell(row=2, column=1).number_format = "dd/mm/yyyy"
    sheet.append([datetime.datetime(1904, 1, 2), "Ujang"])
    sheet.cell(row=3, column=1).number_format = "dd/mm/yyyy"
    mac.save(path("dates1904.xlsx"))

    iso = openpyxl.Workbook(iso_dates=True)
    sheet = iso.active
    sheet.append(["Tanggal", "Waktu"])
    sheet.append([datetime.datetime(2023, 10, 31), datetime.datetime(2023, 10, 31, 7, 5)])
    iso.save(path("iso_dates.xlsx"))


def xlsxwriter_workbook(name, constant_memory):
    """Rich text, formulas with their results, white space, sparse rows and cells, and a first
    sheet that is not in sheet1.xml. With constant_memory XlsxWriter writes inline strings."""
    workbook = xlsxwriter.Workbook(path(name), {"constant_memory": constant_memory})
    sheet = workbook.add_worksheet("Sasaran")
    bold = workbook.add_format({"bold": True})
    red = workbook.add_format({"font_color": "red"})
    sheet.write_row(0, 0, ["Nama", "Desa", "BB", "Catatan"])
    sheet.write_rich_string(1, 0, bold, "Rina ", red, "Marlina", " Putri")
    sheet.write_string(1, 2, "  7,9  ")
    sheet.write_formula(1, 3, '="Desa "&"Babakan"', None, "Desa Babakan")
    # rows 3 and 4 are left out; row 5 has only a space
    sheet.write_string(4, 1, " ")
    sheet.write_string(5, 1, "Sukaraja")
    sheet.write_formula(5, 2, "=4.2*2", None, 8.4)
    sheet.write_string(5, 3, "baris\r\nkedua")
    notes = workbook.add_worksheet("Catatan")
    notes.write_row(0, 0, ["Lembar", "ini", "diabaikan"])
    workbook.close()

    # The first sheet in workbook order is now stored as sheet2.xml, the second as sheet1.xml:
    # only the workbook's relationships say which part is which.
    swap = {"xl/worksheets/sheet1.xml": "xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml": "xl/worksheets/sheet1.xml"}

    def swapped(part_name, data):
        if part_name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"worksheets/sheet1.xml", b"worksheets/sheetX.xml")
            data = data.replace(b"worksheets/sheet2.xml", b"worksheets/sheet1.xml")
            data = data.replace(b"worksheets/sheetX.xml", b"worksheets/sheet2.xml")
        return swap.get(part_name, part_name), data

    rewrite_parts(name, swapped)


def without_references():
    """Rows and cells without r="…" references (allowed, and written by some exporters): a cell
    is then in the next column, a row the next row."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["NIK", "Nama", "Desa"])
    sheet.append(["3299010101220001", "Aisyah", "Cibeureum"])
    sheet.append(["3299010101220002", "Bagas", "Sukaraja"])
    sheet.cell(row=7, column=1, value="3299010101220003")
    sheet.cell(row=7, column=2, value="Cahya")
    sheet.cell(row=8, column=1, value="3299010101220004")
    sheet.cell(row=8, column=3, value="Babakan")
    workbook.save(path("no_references.xlsx"))

    def stripped(name, data):
        if name == "xl/worksheets/sheet1.xml":
            # Every cell loses its reference but C8, which follows a gap; rows 2, 3 and 8 lose theirs.
            data = re.sub(rb'<c r="([A-Z]+[0-9]+)"', lambda m: m.group(0) if m.group(1) == b"C8" else b"<c", data)
            data = re.sub(rb'<row r="(2|3|8)"', b"<row", data)
        return name, data

    rewrite_parts("no_references.xlsx", stripped)


def error_cases():
    # The first 60 % of a good workbook, as an interrupted download leaves it.
    with open(path("strings_numbers.xlsx"), "rb") as good:
        data = good.read()
    with open(path("truncated.xlsx"), "wb") as out:
        out.write(data[: len(data) * 6 // 10])

    with open(path("text_renamed.xlsx"), "w", encoding="utf-8") as out:
        out.write("NIK;Nama Anak;Desa/Kelurahan\n3299010101220001;Aisyah;Cibeureum\n")

    old = xlwt.Workbook()
    old.add_sheet("Data").write(0, 0, "NIK")
    old.save(path("old_format.xlsx"))  # an Excel 97-2003 file under a new name

    # An encrypted workbook is an OLE compound file with the streams EncryptionInfo and
    # EncryptedPackage. No packaged tool here encrypts, so rename the stream of an xlwt file in
    # its directory entry (64 bytes of UTF-16 name, then the name's length in bytes).
    buffer = io.BytesIO()
    old.save(buffer)
    data = bytearray(buffer.getvalue())
    entry = data.find("Workbook".encode("utf-16-le"))
    name = "EncryptedPackage".encode("utf-16-le")
    data[entry : entry + 64] = name + bytes(64 - len(name))
    data[entry + 64 : entry + 66] = (len(name) + 2).to_bytes(2, "little")
    with open(path("encrypted.xlsx"), "wb") as out:
        out.write(data)

    with zipfile.ZipFile(path("not_workbook.xlsx"), "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.csv", "NIK;Nama\n")
        archive.writestr("readme.txt", "Bukan buku kerja Excel.\n")

    empty = openpyxl.Workbook()
    empty.active.title = "Kosong"
    empty.create_sheet("Data").append(["NIK", "Nama"])
    empty.save(path("empty_first_sheet.xlsx"))

    chart = openpyxl.Workbook()
    data_sheet = chart.active
    data_sheet.append(["Desa", "Jumlah"])
    data_sheet.append(["Babakan", 3])
    bar = BarChart()
    bar.add_data(Reference(data_sheet, min_col=2, min_row=1, max_row=2), titles_from_data=True)
    chart.create_chartsheet("Grafik", 0).add_chart(bar)
    chart.save(path("chart_first.xlsx"))

    shutil_copy("strings_numbers.xlsx", "malformed_sheet.xlsx")

    def broken(name, data):
        if name == "xl/worksheets/sheet1.xml":
            data = data.replace(b"</row>", b"</rows>", 1)
        return name, data

    rewrite_parts("malformed_sheet.xlsx", broken)

    # A stored (uncompressed) sheet with one digit changed after the checksum was taken: the XML
    # is still good, only the zip's CRC tells that the file is damaged.
    shutil_copy("strings_numbers.xlsx", "bad_checksum.xlsx")
    with zipfile.ZipFile(path("bad_checksum.xlsx")) as source:
        parts = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path("bad_checksum.xlsx"), "w", zipfile.ZIP_STORED) as target:
        for part_name, part in parts:
            target.writestr(part_name, part)
    with open(path("bad_checksum.xlsx"), "rb") as f:
        data = bytearray(f.read())
    at = data.find(b"<v>42</v>")
    data[at + 3 : at + 5] = b"43"
    with open(path("bad_checksum.xlsx"), "wb") as f:
        f.write(data)


def shutil_copy(source, target):
    with open(path(source), "rb") as f, open(path(target), "wb") as out:
        out.write(f.read())


# e-PPGBM-shaped sample, the same rows as eppgbm_sample.csv (kept beside it): desa of the
# demonstration district, invented children measured on 15 August 2024.
EPPGBM_HEADER = ["NIK", "Nama Anak", "JK", "Tgl Lahir", "Tanggal Pengukuran", "BB", "TB/PB", "Cara Ukur",
                 "Nama Ibu", "Desa/Kelurahan", "Kecamatan"]
EPPGBM_ROWS = [
    ("3299011203230001", "Aditya Pratama", "L", (2023, 3, 12), 8.1, 72.4, "Terlentang", "Euis Sumarni", "Cibeureum", "Cibeureum"),
    ("3299015507220002", "Nabila Azzahra", "P", (2022, 7, 15), 9.6, 80.2, "Terlentang", "Dédeh Kurniasih", "Sindangsari", "Cibeureum"),
    ("3299020102210003", "Rizky Ramadhan", "L", (2021, 2, 1), 11.35, 86.9, "Berdiri", "Siti Rohmah", "Sukaraja", "Sukamulya"),
    ("3299026110230004", "Aisyah Putri", "P", (2023, 10, 21), 6.9, 66.0, "Terlentang", "Nur'aini", "Cikahuripan", "Sukamulya"),
    ("3299030509200005", "Muhammad Fauzan", "L", (2020, 9, 5), 12.8, 94.5, "Berdiri", "Yeni Marlina", "Babakan", "Karangsari"),
    ("3299034704220006", "Cinta Lestari", "P", (2022, 4, 7), 9.05, 79.3, "Terlentang", "Ratna Sari", "Tanjungjaya", "Karangsari"),
    ("3299041811210007", "Gilang Saputra", "L", (2021, 11, 18), 10.7, 84.1, "Berdiri", "Imas Masitoh", "Pasirbuntu", "Margaluyu"),
    ("3299046301240008", "Zahra Aulia", "P", (2024, 1, 23), 6.2, 61.5, "Terlentang", "Lilis Suryani", "Sirnagalih", "Margaluyu"),
]
MEASURED = datetime.datetime(2024, 8, 15)


def eppgbm_sample():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Data Balita"
    sheet.append(EPPGBM_HEADER)
    for i, (nik, name, sex, born, weight, height, position, mother, desa, kecamatan) in enumerate(EPPGBM_ROWS):
        # e-PPGBM writes the NIK as text; one officer's copy has it as a number.
        sheet.append([int(nik) if i == 2 else nik, name, sex, datetime.datetime(*born), MEASURED, weight, height,
                      position, mother, desa, kecamatan])
        for column in (4, 5):
            sheet.cell(row=sheet.max_row, column=column).number_format = "dd/mm/yyyy"
    workbook.save(path("eppgbm_sample.xlsx"))

    with open(path("eppgbm_sample.csv"), "w", encoding="utf-8", newline="") as out:
        out.write(";".join(EPPGBM_HEADER) + "\r\n")
        for nik, name, sex, born, weight, height, position, mother, desa, kecamatan in EPPGBM_ROWS:
            decimal = lambda value: ("%g" % value).replace(".", ",")
            fields = [nik, name, sex, datetime.date(*born).strftime("%d/%m/%Y"), MEASURED.strftime("%d/%m/%Y"),
                      decimal(weight), decimal(height), position, mother, desa, kecamatan]
            out.write(";".join(fields) + "\r\n")


if __name__ == "__main__":
    strings_and_numbers()
    dates()
    xlsxwriter_workbook("xlsxwriter_inline.xlsx", True)
    xlsxwriter_workbook("xlsxwriter_shared.xlsx", False)
    without_references()
    error_cases()
    eppgbm_sample()
