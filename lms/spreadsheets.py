"""Reading the spreadsheets people upload (rosters, question banks): CSV in whatever encoding and delimiter
Vietnamese offices produce, or an Excel workbook. Returns the raw cells of the first sheet; each importer maps
headers and cleans values itself."""

import codecs
import csv
import io
import re
from pathlib import PurePath
from typing import Any

from django.utils.translation import gettext

from lms.text import nfc

Table = list[list[Any]]

_VIETNAMESE_LETTERS = re.compile("[ăđơưĩũĂĐƠƯĨŨ\u1ea0-\u1ef9]")  # not in Latin-1: CP1252 never decodes to them
_QUOTED = re.compile(r'"[^"]*"')
_DELIMITERS = (",", ";", "\t")
SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm", ".xls")


class SpreadsheetError(ValueError):
    """The file cannot be read at all; the message (in the active language) says why and what to do."""


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Both decode almost any bytes: keep the one that reads as more Vietnamese.
    as_1258 = nfc(data.decode("cp1258", errors="replace"))
    as_1252 = data.decode("cp1252", errors="replace")
    if len(_VIETNAMESE_LETTERS.findall(as_1258)) > len(_VIETNAMESE_LETTERS.findall(nfc(as_1252))):
        return as_1258, "cp1258"
    return as_1252, "cp1252"


def _sniff_delimiter(text: str) -> str:
    lines = [line for line in text[:50_000].splitlines()[:30] if line.strip()][:6]
    counts = {d: sum(_QUOTED.sub("", line).count(d) for line in lines) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_table(data: bytes) -> tuple[Table, str]:
    unreadable = gettext("The file could not be read as CSV text.")
    try:
        text, encoding = _decode(data)
    except UnicodeDecodeError:
        raise SpreadsheetError(unreadable) from None
    if "\x00" in text:
        raise SpreadsheetError(unreadable)
    delimiter = None
    first_line, _newline, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:  # Excel's hint line
        delimiter, text = first_line.strip()[4], rest
    delimiter = delimiter or _sniff_delimiter(text)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)), encoding
    except csv.Error:
        raise SpreadsheetError(unreadable) from None


def _xlsx_table(data: bytes) -> Table:
    import openpyxl  # only needed for workbooks

    unreadable = gettext("The file could not be read as an Excel workbook (.xlsx).")
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        raise SpreadsheetError(unreadable) from None
    try:
        if not workbook.worksheets:
            raise SpreadsheetError(unreadable)
        return [list(cells) for cells in workbook.worksheets[0].iter_rows(values_only=True)]
    except SpreadsheetError:
        raise
    except Exception:
        raise SpreadsheetError(unreadable) from None
    finally:
        workbook.close()


def read_table(data: bytes, filename: str) -> tuple[Table, str | None]:
    """The rows of the file's first sheet, and the text encoding for a CSV file (None for a workbook)."""
    suffix = PurePath(filename or "").suffix.lower()
    if suffix not in SUFFIXES:
        raise SpreadsheetError(gettext("Upload a CSV file or an Excel workbook (.xlsx)."))
    if not data.strip():
        raise SpreadsheetError(gettext("The file is empty."))
    if data.startswith(b"PK\x03\x04"):  # a zip: an xlsx, whatever its name says
        return _xlsx_table(data), None
    if data.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".xls":
        raise SpreadsheetError(
            gettext("Old Excel files (.xls) cannot be read. In Excel, choose “Save as” → Excel Workbook (.xlsx).")
        )
    if suffix in (".xlsx", ".xlsm"):
        raise SpreadsheetError(gettext("The file could not be read as an Excel workbook (.xlsx)."))
    return _csv_table(data)
