"""The consultation report (papers.governance.consultation_report): editors only until the
version is adopted, then public, in HTML, Markdown and CSV."""

import csv
import io

import pytest

from civcare.accounts.tests.factories import editor
from papers.tests.factories import build_paper
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db
CODE = "SHPP003-70"


@pytest.fixture
def consulted():
    return build_paper(code=CODE, sections=3, groups=2, questions_per_group=2)


def test_report_is_for_editors_until_adoption(client, consulted):
    approved(version=consulted)
    report_url = f"/papers/{CODE}/v0.9/consultatieverslag/"
    assert client.get(report_url).status_code == 404
    client.force_login(editor())
    assert client.get(report_url).status_code == 200


def test_report_downloads(client, consulted):
    quoted = approved(version=consulted, body="Mag geciteerd worden, met naam.", may_quote=True)
    approved(version=consulted, body="Geheim: niet citeren.", may_quote=False)
    approved(version=consulted, body="Anoniem maar citeerbaar.", may_quote=True, is_anonymous=True)
    client.force_login(editor())
    markdown = client.get(f"/papers/{CODE}/v0.9/consultatieverslag.md")
    assert markdown["Content-Type"].startswith("text/markdown")
    assert "attachment" in markdown["Content-Disposition"]
    text = markdown.content.decode()
    assert "# Consultatieverslag SHPP003-70 v0.9" in text
    assert "Mag geciteerd worden, met naam." in text and "Geheim" not in text
    approved(version=consulted, body='=HYPERLINK("https://evil.example") kijk', may_quote=True)
    raw = client.get(f"/papers/{CODE}/v0.9/consultatieverslag.csv").content.decode()
    assert raw.startswith("\ufeff")  # spreadsheets read it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.removeprefix("\ufeff"))))
    assert len(rows) == 4
    assert rows[-1]["tekst"].startswith("'=HYPERLINK")  # shown, never run
    by_text = {row["tekst"]: row for row in rows}
    assert by_text["Mag geciteerd worden, met naam."]["naam"] == quoted.author.display_name
    assert by_text["Anoniem maar citeerbaar."]["naam"] == "Anoniem"
    assert "Geheim: niet citeren." not in by_text
