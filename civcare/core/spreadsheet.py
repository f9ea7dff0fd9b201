"""The one CSV writer, the one XLSX writer (openpyxl) and the one JSON writer for the data the
site hands out (open data, the consultation report, a person's export).

CSV, for data tools and spreadsheets alike: a UTF-8 byte order mark (so Excel shows "Cliënt",
not "CliÃ«nt"; pandas and R skip it), CRLF, the header in the first row and nothing above it
(a "#" comment line made ``pandas.read_csv`` take it for the header, and its ``comment="#"``
cut every text at its first "#"). Licence and provenance belong in the response's headers
and in a metadata file beside the CSV.

CSV injection: a spreadsheet that opens a CSV runs a cell as a formula when it starts with
"=", "+", "-" or "@", also after a tab or carriage return it skips (OWASP). Such a cell gets
a leading apostrophe, the mark spreadsheets take for "text" — but only when the cell would
really be read as a formula (``is_formula``): a list item ("- een opsomming") or an indented
line is text for every tool, and prefixing it changed what data tools read. What a
formula can do harm with is a function call (HYPERLINK, WEBSERVICE, IMPORTXML), a DDE link
("cmd|' /C calc'!A0") or a reference into another sheet or workbook ("[x.xlsx]Blad1!A1");
a text starting with "+" or "-" is left as written only when it is a number, or prose
(the sign, a space, a word) without any of those. The residual risk: Excel, opening such a
CSV by double-click, may still show prose like "- een opsomming" as a formula error
(#NAAM?); it runs nothing and fetches nothing. Importing (Gegevens > Uit tekst/CSV) evaluates
no formula at all.

The apostrophe is reversible: a value that starts with apostrophes followed by one of the
signs above (after white space, if any) carries exactly one added apostrophe (a text that
started that way itself gets one too), so ``unguarded`` gives back every text as written.

JSON, for data tools: stable types — a value that is not there is null, never "" (a column
of numbers and "" is a column of strings to pandas), dates and moments ISO 8601.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

# What OWASP lists: a spreadsheet reads a cell starting with one of these as a formula.
FORMULA_SIGNS = "=+-@"
# Skipped before the sign by some spreadsheets ("\t=1+1" is a formula in them).
SKIPPED = " \t\r\n"
_NUMBER = re.compile(r"[-+]?[0-9][0-9.,]*")
# Prose after "+" or "-": the sign, white space, then a letter ("- een opsomming").
_PROSE = re.compile(r"[-+][ \t]+[^\W\d_]")
# A function call: a name, then "(" (LibreOffice and Google Sheets allow a space between).
# The look-behind starts a name only at a word's start and the possessive quantifiers never
# step back, so a text of one long word costs its length, not its length squared.
_CALL = re.compile(r"(?<![\w.])[^\W\d][\w.]*+[ \t\r\n]*+\(")
# A reference into another sheet or workbook: "Blad1!A1", "'Blad 1'!A1", "[x.xlsx]Blad1!A1".
_REFERENCE = re.compile(r"[\w'\]]![$\w]")
# A value cell() guarded: apostrophes, then what a spreadsheet skips, then a sign.
_GUARDED = re.compile(rf"'+[{SKIPPED}]*[{re.escape(FORMULA_SIGNS)}]")


def is_formula(text: str) -> bool:
    """Whether a spreadsheet opening a CSV would read ``text`` as a formula that can compute,
    call a function or reach outside the cell (see the module's docstring)."""
    start = text.lstrip(SKIPPED)
    sign = start[:1]
    if not sign or sign not in FORMULA_SIGNS:
        return False
    if sign in "=@":
        return True
    if _NUMBER.fullmatch(start):
        return False  # a number: "-12" is shown as -12
    if not _PROSE.match(start):
        return True  # "-2+3", "-A1", "+cmd…", "--x": an expression
    return "|" in start or bool(_CALL.search(start) or _REFERENCE.search(start))


def cell(value: object) -> object:
    """``value`` as a spreadsheet shows it, never runs it: numbers stay numbers, and a text
    gets a leading apostrophe only when it would run as a formula (or starts as a guarded
    text does, so that the apostrophe can always be taken off again)."""
    if value is None or isinstance(value, int | float):
        return value
    text = str(value)
    if is_formula(text) or _GUARDED.match(text):
        return "'" + text
    return text


def unguarded(value: str) -> str:
    """A CSV value as it was written before ``cell`` guarded it."""
    return value[1:] if _GUARDED.match(value) else value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The CSV document: the header in the first row, then the rows (None is empty)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([cell(value) for value in row] for row in rows)
    return buffer.getvalue()


# Values json encodes as they are (the common case, kept out of a function call each).
_AS_THEY_ARE = frozenset({int, float, bool, type(None)})


def json_value(value: object) -> object:
    """``value`` as the site's JSON carries it: "" is null, a date or moment ISO 8601, and
    the values inside a dict or list the same."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        # Inline for strings and numbers: a data set of 10,000 rows has 150,000 values.
        return {
            key: (item or None)
            if type(item) is str
            else (item if type(item) in _AS_THEY_ARE else json_value(item))
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, datetime.date):  # a datetime is a date too
        return value.isoformat()
    return value


def json_text(data: object, *, indent: int | None = None) -> str:
    """The JSON document of ``data`` (json_value), UTF-8 as written."""
    return json.dumps(json_value(data), ensure_ascii=False, indent=indent)


@dataclass(frozen=True)
class Column:
    """A column of a workbook as an analyst expects it: a name for the header, a width in
    characters, long texts wrapped, and a number format (PERCENT for a share)."""

    name: str
    width: float = 12
    wrap: bool = False
    number_format: str = ""


PERCENT = "0%"  # a share stored as the number 0.8, shown as 80%
DECIMAL = "0.000"  # a number between 0 and 1 shown with three decimals
_HEADER = Font(bold=True)
_WRAPPED = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")


def xlsx_bytes(
    columns: Sequence[Column | str],
    rows: Iterable[Sequence[object]],
    *,
    title: str,
    about: Sequence[tuple[str, object]] = (),
    about_title: str = "",
) -> bytes:
    """A workbook whose first sheet is the data: the header in row 1 and nothing above it
    (``pandas.read_excel`` reads it without ``skiprows``; a title row above it made every
    column "Unnamed: n"), bold and frozen, an autofilter over every row, each column its
    width, long texts wrapped, numbers and dates as what they are. ``about``: label and value
    rows for a second sheet ``about_title`` (what the file holds, the summary figures).

    Every text is stored as text, never as a formula (openpyxl would run "=..." as one),
    without the control characters a workbook may not hold."""
    columns = [c if isinstance(c, Column) else Column(c) for c in columns]
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    for number, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.append([_text_cell(sheet, c.name, font=_HEADER) for c in columns])
    count = 0
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value, c) for value, c in zip(row, columns, strict=True)])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    if about:
        info = book.create_sheet(title=about_title[:31] or "Info")
        info.column_dimensions["A"].width = 34
        info.column_dimensions["B"].width = 80
        for label, value in about:
            info.append([_text_cell(info, label, font=_HEADER),
                         _xlsx_cell(info, value, Column("", wrap=True))])  # fmt: skip
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _text_cell(sheet, text: str, *, font=None) -> WriteOnlyCell:
    cell_ = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
    cell_.data_type = "s"
    if font is not None:
        cell_.font = font
    return cell_


def _xlsx_cell(sheet, value: object, column: Column):
    if value is None:
        return None
    if isinstance(value, int | float) or hasattr(value, "isoformat"):
        if not column.number_format:
            return value
        cell_ = WriteOnlyCell(sheet, value=value)
        cell_.number_format = column.number_format
        return cell_
    cell_ = _text_cell(sheet, str(value))
    cell_.alignment = _WRAPPED if column.wrap else _TOP
    return cell_
