"""The one CSV writer for every CSV the site serves (open data, the consultation report).

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
