"""Read an enterprise's roster of workers (CSV or XLSX) into normalised rows with per-cell errors.

Pure parsing: no database access. The caller decides what to do with the rows (preview, import).
A roster can be imported only when ``error`` is None, ``missing_headers`` is empty and no row has errors
(see ``ParsedRoster.is_valid``).
"""

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext

from lms.models.people import EducationLevel, Gender, PartyStatus
from lms.spreadsheets import SpreadsheetError, read_table
from lms.text import nfc
from lms.validators import (
    CENTURY_BY_DIGIT,
    national_id_matches,
    normalise_national_id,
    normalise_phone,
    validate_national_id,
    validate_phone,
)

MIN_AGE = 15
MAX_AGE = 100
PARTY_MIN_AGE = 18
JOB_MAX_LENGTH = 120  # LearnerProfile.job


@dataclass(frozen=True)
class RosterField:
    key: str
    label: str  # the Vietnamese column header we ask organizers to use
    required: bool
    aliases: tuple[str, ...] = ()


FIELDS: tuple[RosterField, ...] = (
    RosterField(
        "full_name",
        "Họ và tên",
        True,
        ("Họ tên", "Tên", "Họ và tên người lao động", "Full name", "Name"),
    ),
    RosterField(
        "date_of_birth",
        "Ngày sinh",
        True,
        ("Ngày tháng năm sinh", "Sinh ngày", "Date of birth", "Birth date", "DOB"),
    ),
    RosterField("gender", "Giới tính", True, ("Gender", "Sex", "Nam/Nữ")),
    RosterField(
        "phone",
        "Số điện thoại",
        True,
        ("SĐT", "Điện thoại", "Số ĐT", "ĐT", "Điện thoại di động", "Di động", "Phone", "Phone number", "Mobile"),
    ),
    RosterField(
        "national_id",
        "Số CCCD",
        False,
        (
            "CCCD",
            "Số căn cước",
            "Căn cước",
            "Căn cước công dân",
            "Số căn cước công dân",
            "CMND/CCCD",
            "Số CMND/CCCD",
            "Số định danh cá nhân",
            "National ID",
        ),
    ),
    RosterField(
        "job",
        "Công việc",
        False,
        ("Nghề nghiệp", "Vị trí", "Vị trí việc làm", "Chức danh", "Job", "Job title", "Position"),
    ),
    RosterField(
        "education_level",
        "Trình độ học vấn",
        False,
        ("Học vấn", "Trình độ văn hóa", "Trình độ", "Education", "Education level"),
    ),
    RosterField(
        "party_status",
        "Tình trạng đảng",
        False,
        ("Tình trạng đảng viên", "Đảng viên", "Party status"),
    ),
    RosterField(
        "admission_date",
        "Ngày vào Đảng",
        False,
        ("Ngày kết nạp", "Ngày kết nạp Đảng", "Admission date", "Party admission date"),
    ),
    RosterField(
        "awareness_certificate_date",
        "Ngày cấp GCN nhận thức",
        False,
        (
            "Ngày cấp giấy chứng nhận nhận thức",
            "Ngày cấp giấy chứng nhận lớp nhận thức",
            "Ngày cấp GCN lớp nhận thức",
            "GCN nhận thức",
            "Awareness certificate date",
            "Awareness certificate",
        ),
    ),
    RosterField(
        "union_member",
        "Đoàn viên công đoàn",
        False,
        ("Công đoàn", "Công đoàn viên", "Trade union member", "Union member"),
    ),
    RosterField(
        "youth_union_member",
        "Đoàn viên thanh niên",
        False,
        ("Đoàn thanh niên", "Đoàn viên", "Đoàn TN", "Youth union member"),
    ),
)
FIELDS_BY_KEY = {f.key: f for f in FIELDS}

EMPTY_VALUES: dict[str, Any] = {
    "full_name": "",
    "date_of_birth": None,
    "gender": "",
    "phone": "",
    "national_id": "",
    "job": "",
    "education_level": "",
    "party_status": PartyStatus.OUTSTANDING_NON_MEMBER.value,
    "admission_date": None,
    "awareness_certificate_date": None,
    "union_member": False,
    "youth_union_member": False,
}


@dataclass
class RosterRow:
    line: int  # row number as a spreadsheet user sees it (header row = 1, first data row = 2)
    values: dict[str, Any]  # normalised values by FIELDS key; blank optional fields -> "" / None / False
    errors: dict[str, str]  # FIELDS key (or "row") -> translated message for the organizer
    raw: dict[str, str] = field(default_factory=dict)  # the cell text as written, by FIELDS key (for previews)

    @property
    def is_valid(self) -> bool:
        return not self.errors


@dataclass
class ParsedRoster:
    rows: list[RosterRow]
    missing_headers: list[str]  # Vietnamese labels of required columns that were not found
    unknown_headers: list[str]  # headers that match no field (ignored)
    encoding: str | None  # "utf-8", "utf-8-sig", "utf-16", "cp1258", "cp1252"; None for xlsx
    error: str | None = None  # a whole-file problem, else None

    @property
    def is_valid(self) -> bool:
        return (
            self.error is None and not self.missing_headers and bool(self.rows) and all(r.is_valid for r in self.rows)
        )


# --------------------------------------------------------------------------------------------------------------
# Text helpers

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """'  Họ  và TÊN ' -> 'ho va ten': no diacritics (đ -> d), lowercase, punctuation as single spaces."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(_NON_ALNUM.sub(" ", text).split())


def _clean(value: str) -> str:
    """NFC, no zero-width characters, trimmed, inner whitespace collapsed."""
    return " ".join(nfc(value).translate(_INVISIBLE).split())


def _is_blank(value: Any) -> bool:
    return value is None or value == ""


def _as_text(value: Any) -> str:
    """A cell as the organizer would read it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return str(value)


# --------------------------------------------------------------------------------------------------------------
# Headers

_HEADER_INDEX: dict[str, str] = {}
for _field in FIELDS:
    for _name in (_field.label, *_field.aliases):
        _folded = fold(_name)
        if _HEADER_INDEX.setdefault(_folded, _field.key) != _field.key:
            raise ValueError(f"Roster header alias {_name!r} is used by two fields.")

# "Họ đệm" + "Tên" in two columns: joined into full_name when the name column is the given name only.
_GIVEN_NAME_HEADERS = frozenset({"ten"})
_FAMILY_NAME_HEADERS = frozenset(fold(h) for h in ("Họ", "Họ đệm", "Họ và tên đệm", "Họ và chữ đệm", "Họ lót"))
# Running numbers that nearly every Vietnamese list has; neither a field nor worth reporting.
_IGNORED_HEADERS = frozenset({"stt", "tt", "so tt", "so thu tu", "no"})
_HEADER_SCAN_ROWS = 10  # look this far for a header row below a title such as "DANH SÁCH CÔNG NHÂN"


def _header_matches(cells: list[Any]) -> int:
    return sum(1 for c in cells if isinstance(c, str) and fold(c) in _HEADER_INDEX)


@dataclass
class _Columns:
    by_field: dict[str, int]
    family_name: int | None
    unknown: list[str]
    missing: list[str]


def _map_headers(cells: list[Any]) -> _Columns:
    """Column index of each field. Raises _FileError for duplicated columns."""
    by_field: dict[str, int] = {}
    header_of: dict[str, str] = {}
    seen: dict[str, str] = {}
    family_name: int | None = None
    family_header = ""
    unknown: list[str] = []
    for index, cell in enumerate(cells):
        text = _as_text(cell)
        folded = fold(text)
        if not folded:
            continue
        if folded in seen:
            raise _FileError(gettext("The column “%(header)s” appears more than once.") % {"header": text})
        seen[folded] = text
        key = _HEADER_INDEX.get(folded)
        if key is not None:
            if key in by_field:
                raise _FileError(
                    gettext("The columns “%(first)s” and “%(second)s” both mean “%(label)s”; keep only one.")
                    % {"first": header_of[key], "second": text, "label": FIELDS_BY_KEY[key].label}
                )
            by_field[key] = index
            header_of[key] = text
        elif folded in _FAMILY_NAME_HEADERS and family_name is None:
            family_name, family_header = index, text
        elif folded not in _IGNORED_HEADERS:
            unknown.append(text)
    if family_name is not None and fold(header_of.get("full_name", "")) not in _GIVEN_NAME_HEADERS:
        unknown.append(family_header)
        family_name = None
    missing = [f.label for f in FIELDS if f.required and f.key not in by_field]
    return _Columns(by_field, family_name, unknown, missing)


# --------------------------------------------------------------------------------------------------------------
# Cell parsers: each returns the normalised value or raises _CellError with a translated message.


class _CellError(Exception):
    pass


class _FileError(Exception):
    pass


def _required(key: str) -> str:
    return gettext("%(header)s is required.") % {"header": FIELDS_BY_KEY[key].label}


def _validation_message(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_YMD = re.compile(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_SERIAL = re.compile(r"\d{1,7}(?:\.\d+)?")
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_MAX_SERIAL = 2958465  # 31/12/9999


def _parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _CellError(gettext("Write the date as dd/mm/yyyy, e.g. 25/12/1990."))
    text = _as_text(value)
    match = _DMY.fullmatch(text)
    if match:
        day, month, year = match.groups()
    elif match := _YMD.fullmatch(text):
        year, month, day = match.groups()
    elif _SERIAL.fullmatch(text):
        serial = int(float(text))
        if 1900 <= serial <= 2100 and len(text) == 4:
            raise _CellError(gettext("Give the full date (dd/mm/yyyy), not only the year."))
        if not 1 <= serial <= _EXCEL_MAX_SERIAL:
            raise _CellError(gettext("Write the date as dd/mm/yyyy, e.g. 25/12/1990."))
        return _EXCEL_EPOCH + timedelta(days=serial)
    else:
        raise _CellError(gettext("Write the date as dd/mm/yyyy, e.g. 25/12/1990."))
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise _CellError(gettext("This date does not exist: %(value)s.") % {"value": text}) from None


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, month=3, day=1)


def _parse_past_date(value: Any, today: date) -> date:
    day = _parse_date(value)
    if day > today:
        raise _CellError(gettext("This date is in the future."))
    return day


def _parse_date_of_birth(value: Any, today: date) -> date:
    born = _parse_past_date(value, today)
    age = _age(born, today)
    if age < MIN_AGE:
        raise _CellError(
            gettext("This makes the person %(age)d years old; learners must be at least %(min)d.")
            % {"age": age, "min": MIN_AGE}
        )
    if age > MAX_AGE:
        raise _CellError(gettext("This makes the person %(age)d years old; check the date of birth.") % {"age": age})
    return born


_GENDERS = {
    **dict.fromkeys(("nam", "m", "male", "trai"), Gender.MALE.value),
    **dict.fromkeys(("nu", "f", "female", "gai"), Gender.FEMALE.value),
    **dict.fromkeys(("khac", "other"), Gender.OTHER.value),
}


def _parse_gender(value: Any) -> str:
    gender = _GENDERS.get(fold(_as_text(value)))
    if gender is None:
        raise _CellError(gettext("Write the gender as one of: %(choices)s.") % {"choices": "Nam, Nữ, Khác"})
    return gender


def _number_text(value: Any) -> str:
    """Excel gives phone and ID numbers as int or float."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _as_text(value)


def _parse_phone(value: Any) -> str:
    text = _number_text(value)
    try:
        validate_phone(text)
    except ValidationError as error:
        raise _CellError(_validation_message(error)) from None
    return normalise_phone(text)


_ELEVEN_DIGITS = re.compile(r"[0-9]{11}")


def _parse_national_id(value: Any) -> str:
    number = normalise_national_id(_number_text(value))
    if _ELEVEN_DIGITS.fullmatch(number):  # Excel stored it as a number and dropped the leading 0
        number = "0" + number
    try:
        validate_national_id(number)
    except ValidationError as error:
        raise _CellError(_validation_message(error)) from None
    return number


def _parse_job(value: Any) -> str:
    job = _as_text(value)
    if len(job) > JOB_MAX_LENGTH:
        raise _CellError(
            gettext("Use at most %(limit)d characters (this has %(count)d).")
            % {"limit": JOB_MAX_LENGTH, "count": len(job)}
        )
    return job


# Keywords (folded, whole words) from the highest level down; the highest level found wins.
_EDUCATION_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (EducationLevel.POSTGRADUATE.value, ("thac si", "tien si", "cao hoc", "ths", "master", "phd")),
    (EducationLevel.UNIVERSITY.value, ("dai hoc", "cu nhan", "ky su", "university", "bachelor")),
    (EducationLevel.COLLEGE.value, ("cao dang", "college")),
    (EducationLevel.VOCATIONAL.value, ("trung cap", "so cap", "nghe", "cong nhan ky thuat", "vocational")),
    (
        EducationLevel.UPPER_SECONDARY.value,
        ("thpt", "trung hoc pho thong", "pho thong trung hoc", "ptth", "cap 3", "cap iii", "upper secondary"),
    ),
    (
        EducationLevel.LOWER_SECONDARY.value,
        ("thcs", "trung hoc co so", "pho thong co so", "ptcs", "cap 2", "cap ii", "lower secondary"),
    ),
    (EducationLevel.PRIMARY.value, ("tieu hoc", "cap 1", "cap i", "primary")),
)
# "9/12" folds to "9 12"; the old 10-year system ("7/10") is still on older workers' records.
_GRADE = re.compile(r"(?:^| )(\d{1,2})(?: (10|12))?(?= |$)")
_NO_EDUCATION = frozenset({"khong", "chua", "mu chu", "none"})
_EDUCATION_CHOICES = "Tiểu học, THCS (9/12), THPT (12/12), Trung cấp/Sơ cấp/Nghề, Cao đẳng, Đại học, Thạc sĩ/Tiến sĩ"


def _grade_level(grade: int, of: int) -> str | None:
    if not 1 <= grade <= of:
        return None
    if grade == of:
        return EducationLevel.UPPER_SECONDARY.value
    if grade >= (9 if of == 12 else 7):
        return EducationLevel.LOWER_SECONDARY.value
    return EducationLevel.PRIMARY.value


@lru_cache(maxsize=1024)
def _education_level(folded: str) -> str | None:
    if folded in _NO_EDUCATION:
        return ""
    padded = f" {folded} "
    found: list[str] = []
    for level, keywords in _EDUCATION_KEYWORDS:
        if any(f" {keyword} " in padded for keyword in keywords):
            found.append(level)
            break
    for grade, of in _GRADE.findall(folded):
        level = _grade_level(int(grade), int(of or 12))
        if level is not None:
            found.append(level)
    if not found:
        return None
    return max(found, key=EducationLevel.rank)


def _parse_education_level(value: Any) -> str:
    text = _as_text(value)
    level = _education_level(fold(text))
    if level is None:
        raise _CellError(
            gettext("Unknown education level “%(value)s”. Write one of: %(choices)s.")
            % {"value": text, "choices": _EDUCATION_CHOICES}
        )
    return level


_PARTY_STATUSES = {
    **dict.fromkeys(
        ("quan chung", "quan chung uu tu", "khong", "chua", "non member"),
        PartyStatus.OUTSTANDING_NON_MEMBER.value,
    ),
    **dict.fromkeys(
        ("dang vien du bi", "du bi", "dv du bi", "probationary", "probationary member"), PartyStatus.PROBATIONARY.value
    ),
    **dict.fromkeys(
        ("dang vien chinh thuc", "chinh thuc", "dang vien", "dv chinh thuc", "full member"),
        PartyStatus.FULL_MEMBER.value,
    ),
}
_PARTY_CHOICES = "Quần chúng, Đảng viên dự bị, Đảng viên chính thức"


def _parse_party_status(value: Any) -> str:
    text = _as_text(value)
    status = _PARTY_STATUSES.get(fold(text))
    if status is None:
        raise _CellError(
            gettext("Unknown party status “%(value)s”. Write one of: %(choices)s.")
            % {"value": text, "choices": _PARTY_CHOICES}
        )
    return status


_TRUE = frozenset({"x", "co", "1", "yes", "true", "da vao", "y", "v"})
_FALSE = frozenset({"khong", "0", "no", "false", "chua", "n"})
_TRUE_SYMBOLS = frozenset("✓✔☑")


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _number_text(value)
    if text in _TRUE_SYMBOLS:
        return True
    if text == "-":
        return False
    folded = fold(text)
    if folded in _TRUE:
        return True
    if folded in _FALSE and folded:
        return False
    raise _CellError(
        gettext("Write %(yes)s for yes; leave the cell empty or write %(no)s for no.")
        % {"yes": "“x” / “có”", "no": "“không”"}
    )


# --------------------------------------------------------------------------------------------------------------
# Rows


def _check_national_id(national_id: str, born: date | None, gender: str) -> str | None:
    if born is not None and not national_id_matches(national_id, date_of_birth=born, female=None):
        return gettext(
            "The national ID (CCCD) encodes birth year %(year)d, but the date of birth is in %(dob_year)d."
        ) % {"year": CENTURY_BY_DIGIT[int(national_id[3])] + int(national_id[4:6]), "dob_year": born.year}
    if gender in (Gender.MALE, Gender.FEMALE):
        female = gender == Gender.FEMALE
        if not national_id_matches(national_id, date_of_birth=None, female=female):
            if female:
                return gettext("The national ID (CCCD) is a man's, but the gender is female.")
            return gettext("The national ID (CCCD) is a woman's, but the gender is male.")
    return None


def _parse_row(line: int, cells: list[Any], columns: _Columns, today: date) -> RosterRow:
    values = dict(EMPTY_VALUES)
    errors: dict[str, str] = {}
    raw: dict[str, str] = {}
    width = len(cells)

    def cell(key: str) -> Any:
        index = columns.by_field.get(key)
        return cells[index] if index is not None and index < width else None

    def parse(key: str, parser: Callable[[Any], Any], value: Any) -> None:
        if _is_blank(value):
            if FIELDS_BY_KEY[key].required and key in columns.by_field:
                errors[key] = _required(key)
            return
        raw[key] = _as_text(value)
        try:
            values[key] = parser(value)
        except _CellError as error:
            errors[key] = str(error)

    name = cell("full_name")
    if columns.family_name is not None and columns.family_name < width:
        name = _clean(f"{_as_text(cells[columns.family_name])} {_as_text(name)}")
    parse("full_name", _as_text, name)
    parse("date_of_birth", lambda v: _parse_date_of_birth(v, today), cell("date_of_birth"))
    parse("gender", _parse_gender, cell("gender"))
    parse("phone", _parse_phone, cell("phone"))
    parse("national_id", _parse_national_id, cell("national_id"))
    parse("job", _parse_job, cell("job"))
    parse("education_level", _parse_education_level, cell("education_level"))
    parse("party_status", _parse_party_status, cell("party_status"))
    parse("admission_date", lambda v: _parse_past_date(v, today), cell("admission_date"))
    parse("awareness_certificate_date", lambda v: _parse_past_date(v, today), cell("awareness_certificate_date"))
    parse("union_member", _parse_bool, cell("union_member"))
    parse("youth_union_member", _parse_bool, cell("youth_union_member"))

    born = values["date_of_birth"] if "date_of_birth" not in errors else None
    if values["national_id"] and "national_id" not in errors:
        gender = values["gender"] if "gender" not in errors else ""
        if message := _check_national_id(values["national_id"], born, gender):
            errors["national_id"] = message

    admitted = values["admission_date"]
    if "party_status" not in errors and "admission_date" not in errors:
        member = values["party_status"] != PartyStatus.OUTSTANDING_NON_MEMBER
        if member and admitted is None:
            errors["admission_date"] = gettext("Party members need the date they were admitted to the Party.")
        elif not member and admitted is not None:
            errors["admission_date"] = gettext(
                "An admission date is given, but the party status is empty or non-member; fill in the party status."
            )
        elif admitted is not None and born is not None and admitted < _add_years(born, PARTY_MIN_AGE):
            errors["admission_date"] = gettext(
                "The Party admission date must be on or after the 18th birthday (%(date)s)."
            ) % {"date": _add_years(born, PARTY_MIN_AGE).strftime("%d/%m/%Y")}
    for key in errors.keys() & values.keys():  # a cell with an error holds no value
        values[key] = EMPTY_VALUES[key]
    return RosterRow(line=line, values=values, errors=errors, raw=raw)


def _flag_duplicates(rows: list[RosterRow]) -> None:
    """The same person twice (same national ID, else same phone): an error on the later row."""
    by_id: dict[str, RosterRow] = {}
    by_phone: dict[str, RosterRow] = {}
    for row in rows:
        national_id, phone = row.values["national_id"], row.values["phone"]
        earlier = by_id.get(national_id) if national_id else None
        same_phone = by_phone.get(phone) if phone else None
        if earlier is None and same_phone is not None:
            if national_id and same_phone.values["national_id"]:
                row.errors.setdefault(
                    "phone",
                    gettext("Row %(line)d has the same phone number; each person needs their own phone number.")
                    % {"line": same_phone.line},
                )
            else:
                earlier = same_phone
        if earlier is not None:
            row.errors["row"] = gettext("Duplicate of row %(line)d (same person).") % {"line": earlier.line}
        if national_id:
            by_id.setdefault(national_id, row)
        if phone:
            by_phone.setdefault(phone, row)


# --------------------------------------------------------------------------------------------------------------
# Files


def _find_header(rows: list[tuple[int, list[Any]]]) -> int:
    """Index in ``rows`` of the header: the first non-empty row, unless a title sits above the real header."""
    non_empty = [i for i, (_, cells) in enumerate(rows) if not all(_is_blank(c) for c in cells)]
    if not non_empty:
        raise _FileError(gettext("The file is empty."))
    for i in non_empty[:_HEADER_SCAN_ROWS]:
        if _header_matches(rows[i][1]) >= 2:
            return i
    return non_empty[0]


def _read(data: bytes, filename: str) -> tuple[list[tuple[int, list[Any]]], str | None]:
    """Numbered rows (from 1) with text cells cleaned."""
    try:
        table, encoding = read_table(data, filename)
    except SpreadsheetError as error:
        raise _FileError(str(error)) from None
    rows = [(line, [_clean(c) if isinstance(c, str) else c for c in cells]) for line, cells in enumerate(table, 1)]
    return rows, encoding


def _non_empty(rows: Iterable[tuple[int, list[Any]]], indexes: list[int]) -> Iterable[tuple[int, list[Any]]]:
    for line, cells in rows:
        width = len(cells)
        if any(i < width and not _is_blank(cells[i]) for i in indexes):
            yield line, cells


def parse_roster(data: bytes, filename: str, *, today: date | None = None) -> ParsedRoster:
    """Parse a roster upload. ``today`` (default: local date) anchors age and future-date checks."""
    today = today or timezone.localdate()
    encoding: str | None = None
    try:
        rows, encoding = _read(data, filename)
        header_at = _find_header(rows)
        columns = _map_headers(rows[header_at][1])
    except _FileError as error:
        return ParsedRoster(rows=[], missing_headers=[], unknown_headers=[], encoding=encoding, error=str(error))

    # Only cells under known columns count: a row with nothing but a running number ("STT") is blank.
    indexes = [*columns.by_field.values()] + ([columns.family_name] if columns.family_name is not None else [])
    parsed = [_parse_row(line, cells, columns, today) for line, cells in _non_empty(rows[header_at + 1 :], indexes)]
    _flag_duplicates(parsed)
    error = None
    if not parsed and not columns.missing:
        error = gettext("The file has column headers but no rows of people below them.")
    return ParsedRoster(
        rows=parsed,
        missing_headers=columns.missing,
        unknown_headers=columns.unknown,
        encoding=encoding,
        error=error,
    )
