"""Every CSV the site serves is safe to open in a spreadsheet."""

import csv
import io

import pytest

from civcare.core.spreadsheet import cell, csv_text


@pytest.mark.parametrize(
    "dangerous",
    ['=HYPERLINK("https://evil.example")', "+1+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "|x", "%x"],
)
def test_a_cell_a_spreadsheet_would_run_is_quoted(dangerous):
    assert cell(dangerous) == "'" + dangerous


@pytest.mark.parametrize("harmless", ["-12", "-3.5", "Cliënt", "een = teken", 7, None])
def test_numbers_and_ordinary_text_stay_as_they_are(harmless):
    assert cell(harmless) == harmless


def test_the_document_has_a_bom_crlf_a_preamble_and_every_column_quoted():
    text = csv_text(["naam", "tekst"], [["=naam()", "@tekst"]], preamble="Licentie: CC BY 4.0")
    assert text.startswith("\ufeff# Licentie: CC BY 4.0\r\nnaam,tekst\r\n")
    assert list(csv.reader(io.StringIO(text.split("\r\n", 1)[1]))) == [
        ["naam", "tekst"],
        ["'=naam()", "'@tekst"],
    ]
