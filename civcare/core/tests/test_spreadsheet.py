"""Every CSV the site serves is safe to open in a spreadsheet and reads back as written in a
data tool; every JSON has stable types."""

import csv
import datetime
import io
import json
from zoneinfo import ZoneInfo

import pytest

from civcare.core.spreadsheet import cell, csv_text, is_formula, json_text, unguarded

RUNS_AS_FORMULA = [
    '=HYPERLINK("https://evil.example")',
    "+1+cmd",
    "-2+3",
    "@SUM(A1)",
    "-A1",
    "\t=1+1",  # some spreadsheets skip a leading tab or carriage return
    "\r=1+1",
    " \t+1+1",
    # After "- " what looks like prose but calls a function, opens a DDE link or reads
    # another sheet or workbook.
    "- cmd|' /C calc'!A0",
    '- zie HYPERLINK("https://evil.example";"klik")',
    "- zie WEBSERVICE (A1)",
    "- som [boek.xlsx]Blad1!A1",
    "- 2+3",  # a number after the space: arithmetic
    "--x",
]

TEXT = [
    "- een opsomming, in Markdown",
    "- eerste punt\n- tweede punt",
    "+ nog een punt",
    "- Goed punt! Zie reflectie #6.",
    "- zie [de paper](https://civ-care.nl/papers/SHPP003-05/)",
    "\tingesprongen tekst",
    "\r\nna een witregel",
    "Cliënt",
    "een = teken",
    "Zie reflectie #6",
    "'s avonds",
    "-12",
    "-3.5",
    "+31",
]


@pytest.mark.parametrize("dangerous", RUNS_AS_FORMULA)
def test_a_cell_a_spreadsheet_would_run_is_quoted(dangerous):
    assert is_formula(dangerous)
    assert cell(dangerous) == "'" + dangerous


@pytest.mark.parametrize("harmless", [*TEXT, 7, -1.5, None])
def test_numbers_and_ordinary_text_stay_as_they_are(harmless):
    assert cell(harmless) == harmless


@pytest.mark.parametrize(
    "text", [*RUNS_AS_FORMULA, *TEXT, "'=al met apostrof", "''-twee", "' =met spatie", "'"]
)
def test_the_apostrophe_comes_off_again_and_only_the_added_one(text):
    assert unguarded(str(cell(text))) == text


def test_a_text_that_starts_like_a_guarded_one_is_guarded_too():
    # Otherwise unguarded() would take off an apostrophe the author wrote.
    assert cell("'=al met apostrof") == "''=al met apostrof"
    assert cell("'s avonds") == "'s avonds"


def test_the_document_has_a_bom_crlf_and_the_header_in_the_first_row():
    text = csv_text(["naam", "tekst"], [["=naam()", "- een punt"], [None, 'Zie #6, "dit"']])
    assert text.startswith("\ufeffnaam,tekst\r\n")
    assert "#" not in text.split("\r\n", 1)[0]
    assert list(csv.reader(io.StringIO(text.removeprefix("\ufeff")))) == [
        ["naam", "tekst"],
        ["'=naam()", "- een punt"],
        ["", 'Zie #6, "dit"'],
    ]


def test_json_has_null_for_no_value_and_iso_8601_dates():
    moment = datetime.datetime(2026, 12, 6, 21, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    data = {
        "author": "",
        "reply_to": None,
        "count": 0,
        "anonymous": False,
        "on": datetime.date(2026, 12, 6),
        "at": moment,
        "rows": [{"text": "", "tags": ["", "x"]}],
    }
    assert json.loads(json_text(data)) == {
        "author": None,
        "reply_to": None,
        "count": 0,
        "anonymous": False,
        "on": "2026-12-06",
        "at": "2026-12-06T21:30:00+01:00",
        "rows": [{"text": None, "tags": [None, "x"]}],
    }
    assert json_text({"naam": "Cliënt 😀"}) == '{"naam": "Cliënt 😀"}'
