"""The one CSV writer for every CSV the site serves (open data, the consultation report),
and the one XLSX writer (openpyxl) for the spreadsheets.

Made for spreadsheets: a UTF-8 byte order mark (so "Cliënt" is not garbled), CRLF, and in
every column a text that a spreadsheet would run as a formula gets a leading apostrophe
(OWASP's advice against CSV injection). Not defusedcsv: it leaves a leading tab or carriage
return alone, which spreadsheets also read as the start of a formula, and it rewrites "|"
inside the text; the rule below is the union of both, and changes nothing else.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "|", "%")
_NUMBER = re.compile(r"-?[0-9][0-9.,]*")


def cell(value: object) -> object:
    """``value`` as a spreadsheet shows it, never runs it: numbers stay numbers."""
    if value is None or isinstance(value, int | float):
        return value
    text = str(value)
    if text[:1] in FORMULA_STARTS and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, preamble: str = "") -> str:
    """The CSV document; ``preamble`` becomes a first "#" line (e.g. the licence)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    if preamble:
        buffer.write(f"# {preamble}\r\n")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def xlsx_bytes(
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    title: str,
    preamble: str = "",
) -> bytes:
    """A one-sheet workbook: a bold header row (frozen), then the rows. Every text is stored
    as text, never as a formula (openpyxl would run "=..." as one), without the control
    characters a workbook may not hold; numbers and dates stay what they are."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    sheet.freeze_panes = "A3" if preamble else "A2"
    bold = Font(bold=True)
    if preamble:
        sheet.append([_text_cell(sheet, preamble)])
    sheet.append([_text_cell(sheet, name, font=bold) for name in header])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _text_cell(sheet, text: str, *, font=None) -> WriteOnlyCell:
    cell_ = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", text))
    cell_.data_type = "s"
    if font is not None:
        cell_.font = font
    return cell_


def _xlsx_cell(sheet, value: object):
    if value is None or isinstance(value, int | float) or hasattr(value, "isoformat"):
        return value
    return _text_cell(sheet, str(value))
