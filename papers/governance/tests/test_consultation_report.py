"""The consultation report (papers.governance.consultation_report): editors only until a
version based on the consulted one is adopted, then public, in HTML, Markdown, CSV and XLSX;
organised around the editors' syntheses ("wat we hoorden, wat we deden")."""

import csv
import io

import openpyxl
import pytest
from django.core.cache import cache
from django.urls import reverse

from civcare.accounts.tests.factories import editor
from civcare.core import documents
from papers.governance import transitions
from papers.tests.factories import adopted_successor, build_paper
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


def test_the_report_tells_what_we_heard_and_did_and_exports_a_spreadsheet(client):
    roos = editor()
    version = build_paper(code="SHPP003-76", sections=2, groups=1, questions_per_group=2)
    quoted = approved(version=version, perspective="relative", may_quote=True,
                      body='=HYPERLINK("http://kwaad.example") Het netwerk telt.')  # fmt: skip
    private = approved(version=version, perspective="client", may_quote=False,
                       body="Mijn eigen verhaal, niet om te citeren.")  # fmt: skip
    theme = transitions.create_theme(version, by=roos, name="Het netwerk")
    transitions.assign_theme(theme, [quoted.pk, private.pk], by=roos)
    transitions.save_synthesis(version, by=roos, theme=theme, heard="Naasten willen gehoord "
                               "worden.", did="Sectie 2 noemt het netwerk.",
                               reflection_ids=[quoted.pk, private.pk])  # fmt: skip
    adopted_successor(version)
    kwargs = {"code": version.paper.code, "version": version.number}

    page = client.get(reverse("papers:consultation_report", kwargs=kwargs)).content.decode()
    assert "Wat we hoorden, wat we deden" in page
    assert "Naasten willen gehoord worden." in page and "Sectie 2 noemt het netwerk." in page
    assert "Naaste 1, Cliënt 1" in page  # the perspectives it rests on
    assert "niet om te citeren" not in page
    markdown = client.get(reverse("papers:consultation_report_markdown", kwargs=kwargs))
    assert "Naasten willen gehoord worden." in markdown.content.decode()

    response = client.get(reverse("papers:consultation_report_xlsx", kwargs=kwargs))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert [row[0] for row in rows] == [quoted.pk]  # the public workbook: quotable only
    assert rows[0][7] == "Het netwerk"
    text = sheet.cell(row=3, column=7)
    assert text.data_type == "s" and text.value.startswith("=HYPERLINK")  # text, never a formula
    editors = reverse("papers:consultation_report_editors_xlsx", kwargs=kwargs)
    assert client.get(editors).status_code == 404
    client.force_login(roos)
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(editors).content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert [row[0] for row in rows] == [quoted.pk, private.pk]
    assert "niet om te citeren" not in " ".join(str(v) for row in rows for v in row)


@pytest.mark.parametrize("reflections", [1, 4, 120])
@pytest.mark.parametrize("fmt", ["page", "xlsx", "pdf"])
def test_the_report_costs_the_same_queries_in_every_format(
    client, django_assert_num_queries, reflections, fmt
):
    roos = editor()
    version = build_paper(code="SHPP003-77", sections=3, groups=2, questions_per_group=2)
    section = version.sections.first()
    # Every other one on a passage: the quote and its paragraph's address are shown too.
    passage = {"section": section, "quote_paragraph": 1, "quote_anchor": f"{section.anchor}-p1",
               "quote_exact": "Tekst van de sectie"}  # fmt: skip
    made = [approved(version=version, perspective=["relative", "client"][n % 2],
                     may_quote=n % 2 == 0, **(passage if n % 2 else {}))
            for n in range(reflections)]  # fmt: skip
    theme = transitions.create_theme(version, by=roos, name="Thema")
    transitions.assign_theme(theme, [r.pk for r in made], by=roos)
    transitions.save_synthesis(version, by=roos, theme=theme, heard="Gehoord.",
                               reflection_ids=[r.pk for r in made])  # fmt: skip
    adopted_successor(version)
    name = {"page": "papers:consultation_report", "xlsx": "papers:consultation_report_xlsx",
            "pdf": "papers:consultation_report_pdf"}[fmt]  # fmt: skip
    url = reverse(name, kwargs={"code": version.paper.code, "version": version.number})
    cache.clear()  # the expensive path: nothing drawn or rendered yet
    if fmt == "pdf":  # asked for by the request, made by the background job, then served
        assert client.get(url).status_code == 503
        with django_assert_num_queries(30):  # the report and its numbers, claiming, storing
            assert documents.work() == 1
        with django_assert_num_queries(5):  # the version and its successors, its state, the copy
            assert client.get(url).status_code == 200
        return
    expected = {"page": 26, "xlsx": 17}[fmt]
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200
