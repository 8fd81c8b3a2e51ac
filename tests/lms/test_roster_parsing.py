"""Parsing enterprise roster files (CSV/XLSX): encodings, header matching, cell normalisation and errors."""

import io
import unicodedata
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from django.utils.translation import override

from lms.roster.parsing import FIELDS, parse_roster

TODAY = date(2025, 6, 1)
EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
HEADER = ["Họ và tên", "Ngày sinh", "Giới tính", "Số điện thoại", "Số CCCD"]
AN = ["Nguyễn Văn An", "15/03/1995", "Nam", "0912345678", "070095001234"]
BINH = ["Trần Thị Bình", "02/11/2001", "Nữ", "0387654321", "070301004567"]


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters precomposed, tone marks combining.

    Python's cp1258 codec maps code points one by one, so neither NFC ("ễ") nor full NFD ("e" + "̂" + "̃") encodes.
    """
    out: list[str] = []
    base = 0  # index in out of the letter that the next non-tone mark belongs to
    for char in unicodedata.normalize("NFD", text):
        if out and unicodedata.combining(char) and char not in TONE_MARKS:
            out[base] = unicodedata.normalize("NFC", out[base] + char)  # e + ̂ -> ê, even after a dot below
        else:
            if char not in TONE_MARKS:
                base = len(out)
            out.append(char)
    return "".join(out).encode("cp1258")


def csv_bytes(*rows, delimiter=",", encoding="utf-8") -> bytes:
    return "\r\n".join(delimiter.join(row) for row in rows).encode(encoding)


def parse(data: bytes, filename: str = "roster.csv"):
    with override("en"):
        return parse_roster(data, filename, today=TODAY)


def only_row(roster):
    assert roster.error is None, roster.error
    assert len(roster.rows) == 1
    return roster.rows[0]


def cell(header: str, value):
    """A one-person roster with one extra column; returns the row."""
    return only_row(parse(csv_bytes(HEADER + [header], AN + [value])))


def test_fields_are_ordered_with_required_flags():
    assert [f.key for f in FIELDS if f.required] == ["full_name", "date_of_birth", "gender", "phone"]
    assert next(f for f in FIELDS if f.key == "national_id").label == "Số CCCD"


def test_utf8_without_bom():
    roster = parse(csv_bytes(HEADER, AN, BINH))
    assert roster.encoding == "utf-8"
    assert roster.missing_headers == [] and roster.unknown_headers == []
    assert [r.line for r in roster.rows] == [2, 3]
    assert roster.rows[0].values == {
        "full_name": "Nguyễn Văn An",
        "date_of_birth": date(1995, 3, 15),
        "gender": "male",
        "phone": "0912345678",
        "national_id": "070095001234",
        "job": "",
        "education_level": "",
        "party_status": "non_member",
        "admission_date": None,
        "awareness_certificate_date": None,
        "union_member": False,
        "youth_union_member": False,
    }
    assert roster.rows[1].values["gender"] == "female"
    assert roster.is_valid


def test_utf8_with_bom_does_not_spoil_the_first_header():
    roster = parse(b"\xef\xbb\xbf" + csv_bytes(HEADER, AN))
    assert roster.encoding == "utf-8-sig"
    assert roster.missing_headers == []
    assert only_row(roster).values["full_name"] == "Nguyễn Văn An"


def test_cp1258_file_with_vietnamese_names():
    text = "\r\n".join(",".join(row) for row in (HEADER, AN, BINH))
    data = cp1258(text)
    roster = parse(data)
    assert roster.encoding == "cp1258"
    assert roster.missing_headers == []
    names = [r.values["full_name"] for r in roster.rows]
    assert names == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert roster.rows[1].values["gender"] == "female"


def test_cp1252_file_with_plain_names():
    header = ["Ho va ten", "Ngay sinh", "Gioi tinh", "Phone", "Job"]
    row = ["José Müller", "15/03/1995", "M", "0912345678", "Técnico"]
    roster = parse(csv_bytes(header, row, encoding="cp1252"))
    assert roster.encoding == "cp1252"
    values = only_row(roster).values
    assert values["full_name"] == "José Müller" and values["job"] == "Técnico"


def test_nfd_headers_and_values_become_nfc():
    data = unicodedata.normalize("NFD", "\n".join(",".join(r) for r in (HEADER + ["Công việc"], AN + ["Thợ may"])))
    row = only_row(parse(data.encode()))
    assert row.values["full_name"] == unicodedata.normalize("NFC", "Nguyễn Văn An")
    assert row.values["job"] == "Thợ may"
    assert row.values["gender"] == "male"


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_delimiters(delimiter):
    roster = parse(csv_bytes(HEADER, AN, BINH, delimiter=delimiter))
    assert roster.missing_headers == []
    assert [r.values["phone"] for r in roster.rows] == ["0912345678", "0387654321"]


def test_excel_sep_hint_line():
    roster = parse(b"sep=;\r\n" + csv_bytes(HEADER, AN, delimiter=";"))
    assert only_row(roster).line == 2


def test_xlsx_with_typed_cells():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER + ["Ngày vào Đảng", "Tình trạng đảng", "Công đoàn"])
    sheet.append(["Nguyễn Văn An", datetime(1995, 3, 15), "Nam", 912345678, 70095001234, None, None, True])
    sheet.append(["Trần Thị Bình", 37197, "nữ", 387654321.0, "070301004567", "20/05/2024", "dự bị", 0])
    sheet.append([None, "  ", None])
    sheet.append(["Lê Văn Cường", "1998-07-09", "Nam", "0977 123 456", None])
    buffer = io.BytesIO()
    workbook.save(buffer)

    roster = parse(buffer.getvalue(), "Danh sach.XLSX")
    assert roster.error is None and roster.encoding is None
    an, binh, cuong = roster.rows
    assert [an.line, binh.line, cuong.line] == [2, 3, 5]
    assert an.errors == {} and binh.errors == {} and cuong.errors == {}
    assert an.values["date_of_birth"] == date(1995, 3, 15)
    assert an.values["phone"] == "0912345678"
    assert an.values["national_id"] == "070095001234"
    assert an.values["union_member"] is True
    assert binh.values["date_of_birth"] == date(2001, 11, 2)  # Excel serial 37197
    assert binh.values["phone"] == "0387654321"
    assert binh.values["party_status"] == "probationary"
    assert binh.values["admission_date"] == date(2024, 5, 20)
    assert binh.values["union_member"] is False
    assert cuong.values["date_of_birth"] == date(1998, 7, 9)


@pytest.mark.parametrize(
    "text",
    ["15/03/1995", "15/3/1995", "15-03-1995", "15.03.1995", "1995-03-15", "1995-03-15 00:00:00", "34773"],
)
def test_date_formats(text):
    row = only_row(parse(csv_bytes(HEADER, [AN[0], text, *AN[2:]])))
    assert row.errors == {}
    assert row.values["date_of_birth"] == date(1995, 3, 15)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31/02/1995", "This date does not exist: 31/02/1995."),
        ("01/01/2026", "This date is in the future."),
        ("01/01/2015", "This makes the person 10 years old; learners must be at least 15."),
        ("01/01/1900", "This makes the person 125 years old; check the date of birth."),
        ("1995", "Give the full date (dd/mm/yyyy), not only the year."),
        ("mười lăm", "Write the date as dd/mm/yyyy, e.g. 25/12/1990."),
    ],
)
def test_bad_dates(text, message):
    row = only_row(parse(csv_bytes(HEADER[:4], [AN[0], text, *AN[2:4]])))
    assert row.errors == {"date_of_birth": message}
    assert row.values["date_of_birth"] is None
    assert row.raw["date_of_birth"] == text


@pytest.mark.parametrize("text", ["+84 912 345 678", "0912.345.678", "912345678", "84912345678", "0912-345-678"])
def test_phone_formats(text):
    row = only_row(parse(csv_bytes(HEADER, [*AN[:3], text, AN[4]])))
    assert row.errors == {} and row.values["phone"] == "0912345678"


def test_bad_phone_uses_the_validator_message():
    row = only_row(parse(csv_bytes(HEADER, [*AN[:3], "0241234567", AN[4]])))
    assert row.errors == {"phone": "Give a mobile phone number (starting 03, 05, 07, 08 or 09)."}
    row = only_row(parse(csv_bytes(HEADER, [*AN[:3], "12345", AN[4]])))
    assert "10 digits" in row.errors["phone"]


@pytest.mark.parametrize(
    ("text", "gender"), [("NAM", "male"), ("m", "male"), ("Male", "male"), ("Nu", "female"), ("khác", "other")]
)
def test_gender_variants(text, gender):
    row = only_row(parse(csv_bytes(HEADER[:4], [AN[0], AN[1], text, AN[3]])))
    assert row.values["gender"] == gender


def test_unknown_gender():
    row = only_row(parse(csv_bytes(HEADER[:4], [AN[0], AN[1], "?", AN[3]])))
    assert row.errors == {"gender": "Write the gender as one of: Nam, Nữ, Khác."}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("9/12", "lower_secondary"),
        ("THCS", "lower_secondary"),
        ("Trung học cơ sở", "lower_secondary"),
        ("12/12", "upper_secondary"),
        ("thpt", "upper_secondary"),
        ("7/12", "primary"),
        ("Tiểu học", "primary"),
        ("7/10", "lower_secondary"),
        ("Trung cấp nghề", "vocational"),
        ("12/12 + Sơ cấp", "vocational"),
        ("Cao đẳng nghề", "college"),
        ("Kỹ sư", "university"),
        ("ĐẠI HỌC", "university"),
        ("Thạc sĩ", "postgraduate"),
    ],
)
def test_education_levels(text, level):
    row = cell("Trình độ học vấn", text)
    assert row.errors == {} and row.values["education_level"] == level


def test_unknown_education_lists_accepted_values():
    row = cell("Học vấn", "lớp mầm")
    assert row.errors["education_level"].startswith("Unknown education level “lớp mầm”. Write one of: Tiểu học")


@pytest.mark.parametrize(("text", "expected"), [("x", True), ("Có", True), ("đã vào", True), ("không", False)])
def test_membership_flags(text, expected):
    assert cell("Công đoàn", text).values["union_member"] is expected
    assert cell("Đoàn viên", text).values["youth_union_member"] is expected


def test_membership_flag_rejects_other_text():
    assert "“x” / “có”" in cell("Đoàn viên thanh niên", "chắc vậy").errors["youth_union_member"]


def test_party_status_and_admission_date():
    header = HEADER + ["Tình trạng đảng", "Ngày kết nạp"]
    roster = parse(
        csv_bytes(
            header,
            AN + ["Đảng viên dự bị", ""],
            BINH + ["chính thức", "03/02/2023"],
            ["Lê Thị Cúc", "01/01/1990", "Nữ", "0987000111", "", "Đảng viên", "01/01/2000"],
            ["Phạm Văn Dũng", "01/01/1990", "Nam", "0987000222", "", "Quần chúng ưu tú", "01/01/2020"],
        )
    )
    an, binh, cuc, dung = roster.rows
    assert an.errors == {"admission_date": "Party members need the date they were admitted to the Party."}
    assert an.values["party_status"] == "probationary"
    assert binh.errors == {} and binh.values["party_status"] == "full_member"
    assert binh.values["admission_date"] == date(2023, 2, 3)
    assert cuc.errors == {
        "admission_date": "The Party admission date must be on or after the 18th birthday (01/01/2008)."
    }
    assert "party status" in dung.errors["admission_date"]


def test_cccd_must_match_birth_year_and_sex():
    roster = parse(
        csv_bytes(
            HEADER,
            [*AN[:4], "070096001234"],  # born 1996 per the CCCD
            [*BINH[:4], "070201004567"],  # a man born 2001
            ["Lê Văn Cường", "01/01/1990", "Nam", "0977123456", "070 090 001 234"],
        )
    )
    an, binh, cuong = roster.rows
    assert an.errors == {
        "national_id": "The national ID (CCCD) encodes birth year 1996, but the date of birth is in 1995."
    }
    assert binh.errors == {"national_id": "The national ID (CCCD) is a man's, but the gender is female."}
    assert cuong.errors == {} and cuong.values["national_id"] == "070090001234"


def test_invalid_cccd_and_dropped_leading_zero_in_csv():
    row = only_row(parse(csv_bytes(HEADER, [*AN[:4], "123456789"])))
    assert row.errors == {"national_id": "A national ID (CCCD) has exactly 12 digits."}
    row = only_row(parse(csv_bytes(HEADER, [*AN[:4], "70095001234"])))
    assert row.errors == {} and row.values["national_id"] == "070095001234"


def test_duplicate_people():
    roster = parse(
        csv_bytes(
            HEADER,
            AN,
            BINH,
            [*AN[:3], "0900000001", AN[4]],  # same CCCD as An
            ["An Nguyễn", "15/03/1995", "Nam", "0912 345 678", ""],  # same phone as An, no CCCD
            ["Lê Văn Cường", "01/01/1990", "Nam", "0387654321", "070090001234"],  # Bình's phone, own CCCD
        )
    )
    assert [r.errors for r in roster.rows[:2]] == [{}, {}]
    assert roster.rows[2].errors == {"row": "Duplicate of row 2 (same person)."}
    assert roster.rows[3].errors == {"row": "Duplicate of row 2 (same person)."}
    assert roster.rows[4].errors == {
        "phone": "Row 3 has the same phone number; each person needs their own phone number."
    }
    assert not roster.is_valid


def test_trailing_spaces_and_collapsed_whitespace():
    header = ["Họ và tên  ", " Ngày sinh", "Giới tính ", "Số điện thoại\t", "Số CCCD "]
    row = only_row(parse(csv_bytes(header, ["  Nguyễn   Văn  An ", " 15/03/1995 ", "Nam ", " 0912345678", AN[4]])))
    assert row.errors == {}
    assert row.values["full_name"] == "Nguyễn Văn An"


def test_empty_rows_are_skipped_and_lines_kept():
    roster = parse(csv_bytes([",,,,"], HEADER, [" , ,,,"], AN, [], ["", "", "", "", ""], BINH))
    assert [r.line for r in roster.rows] == [4, 7]


def test_rows_with_only_a_running_number_are_blank():
    roster = parse(csv_bytes(["STT", *HEADER], ["1", *AN], ["2", "", "", "", "", ""]))
    assert roster.unknown_headers == []
    assert len(roster.rows) == 1


def test_missing_required_header_is_reported_by_label():
    roster = parse(csv_bytes(["Họ và tên", "Ngày sinh", "Số CCCD"], AN[:2] + AN[4:]))
    assert roster.missing_headers == ["Giới tính", "Số điện thoại"]
    assert roster.error is None
    assert not roster.is_valid


def test_unknown_headers_are_reported_and_ignored():
    roster = parse(csv_bytes(HEADER + ["Ghi chú", "Phòng ban"], AN + ["abc", "May 1"]))
    assert roster.unknown_headers == ["Ghi chú", "Phòng ban"]
    assert only_row(roster).errors == {}


def test_header_aliases_are_accent_and_case_insensitive():
    header = ["HO TEN", "ngay thang nam sinh", "Gender", "Số ĐT", "CMND/CCCD", "Vị trí", "trinh do van hoa"]
    row = only_row(parse(csv_bytes(header, [*AN, "Công nhân may", "12/12"])))
    assert row.errors == {}
    assert row.values["job"] == "Công nhân may" and row.values["education_level"] == "upper_secondary"


def test_title_rows_above_the_header_and_split_name_columns():
    roster = parse(
        csv_bytes(
            ["DANH SÁCH CÔNG NHÂN ĐĂNG KÝ HỌC", "", "", "", "", ""],
            ["Họ đệm", "Tên", "Ngày sinh", "Giới tính", "SĐT", "CCCD"],
            ["Nguyễn Văn", "An", *AN[1:]],
        )
    )
    row = only_row(roster)
    assert row.line == 3
    assert row.values["full_name"] == "Nguyễn Văn An"


def test_duplicated_header_is_a_file_error():
    assert parse(csv_bytes(HEADER + ["Số CCCD"], AN + ["x"])).error == "The column “Số CCCD” appears more than once."
    error = parse(csv_bytes(HEADER + ["SĐT"], AN + ["x"])).error
    assert error == "The columns “Số điện thoại” and “SĐT” both mean “Số điện thoại”; keep only one."


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "roster.csv", "The file is empty."),
        (b" ,, \r\n,,\r\n", "roster.csv", "The file is empty."),
        (b"abc", "roster.pdf", "Upload a CSV file or an Excel workbook (.xlsx)."),
        (b"not a zip", "roster.xlsx", "The file could not be read as an Excel workbook (.xlsx)."),
        (b"PK\x03\x04broken", "roster.xlsx", "The file could not be read as an Excel workbook (.xlsx)."),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "roster.xls", "Old Excel files (.xls) cannot be read."),
        ("Họ và tên,Ngày sinh,Giới tính,SĐT\r\n".encode(), "a.csv", "The file has column headers but no rows"),
    ],
)
def test_whole_file_errors(data, filename, message):
    roster = parse(data, filename)
    assert roster.error.startswith(message)
    assert roster.rows == []


def test_five_thousand_rows():
    rows = [
        [f"Công nhân {i}", f"{1 + i % 28}/{1 + i % 12}/{1970 + i % 35}", "Nữ" if i % 2 else "Nam", f"09{i:08d}", ""]
        for i in range(5000)
    ]
    roster = parse(csv_bytes(HEADER, *rows, delimiter=";"))
    assert len(roster.rows) == 5000
    assert all(r.errors == {} for r in roster.rows)
    assert roster.rows[-1].line == 5001


def test_example_files_parse_alike():
    from_csv = parse((EXAMPLES / "roster-example.csv").read_bytes(), "roster-example.csv")
    from_xlsx = parse((EXAMPLES / "roster-example.xlsx").read_bytes(), "roster-example.xlsx")
    assert from_csv.encoding == "utf-8-sig"
    for roster in (from_csv, from_xlsx):
        assert roster.error is None and roster.missing_headers == [] and roster.unknown_headers == []
        assert len(roster.rows) == 12
        assert [list(r.errors) for r in roster.rows if r.errors] == [["phone"]]
    assert [r.values for r in from_csv.rows] == [r.values for r in from_xlsx.rows]
