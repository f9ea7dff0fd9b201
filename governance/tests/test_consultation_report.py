"""The consultation report (governance.consultation_report): editors only until a
version based on the consulted one is adopted, then public, in HTML, Markdown, CSV and XLSX;
organised around the editors' syntheses ("wat we hoorden, wat we deden")."""

import csv
import datetime
import io
import re
import subprocess

import openpyxl
import pandas
import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils.html import strip_tags

from civcare.accounts.tests.factories import editor
from civcare.core import documents
from governance import consultation_report, report_pdf, transitions
from governance.consultation_report import ANNEX_FOLD, ANNEX_PAGE
from governance.models import BoardDecision, PassageResolution, ThemeAssignment
from papers.models import PaperEvent
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
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [row[0] for row in rows] == [quoted.pk]  # the public workbook: quotable only
    assert rows[0][8] == "Het netwerk"
    text = sheet.cell(row=2, column=8)
    assert text.data_type == "s" and text.value.startswith("=HYPERLINK")  # text, never a formula
    editors = reverse("papers:consultation_report_editors_xlsx", kwargs=kwargs)
    assert client.get(editors).status_code == 404
    client.force_login(roos)
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(editors).content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
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
        with django_assert_num_queries(34):  # the report and its numbers, claiming, storing
            assert documents.work() == 1
        with django_assert_num_queries(5):  # the version and its successors, its state, the copy
            assert client.get(url).status_code == 200
        return
    # (each +1 with #31: how many of the codings came from accepted suggestions; +2 the
    # campaigns: the state of the published texts and, the cache being cleared, the texts)
    expected = {"page": 30, "xlsx": 21}[fmt]
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


@pytest.fixture
def board_report():
    """A consultation at volume in miniature: a theme resting on many reflections, a silent
    question and silent perspectives, and the board's decision on the adopted successor."""
    roos = editor()
    version = build_paper(code="SHPP003-78", sections=2, groups=1, questions_per_group=2)
    asked = version.questions.order_by("order").first()
    made = [approved(version=version, perspective="relative", question=asked, may_quote=True,
                     body=f"Naaste nummer {n}: het netwerk telt.") for n in range(12)]  # fmt: skip
    made.append(approved(version=version, perspective="client", may_quote=True,
                         body="Als cliënt wil ik zelf kiezen."))  # fmt: skip
    made.append(approved(version=version, perspective="client", may_quote=False,
                         body="Mijn verhaal, niet om te citeren."))  # fmt: skip
    theme = transitions.create_theme(version, by=roos, name="Het netwerk")
    transitions.assign_theme(theme, [r.pk for r in made], by=roos)
    transitions.save_synthesis(version, by=roos, theme=theme, heard="Naasten willen gehoord "
                               "worden.", reflection_ids=[r.pk for r in made])  # fmt: skip
    for action, day in [(PaperEvent.Action.CONSULTATION_OPENED, 1),
                        (PaperEvent.Action.CONSULTATION_CLOSED, 30)]:  # fmt: skip
        event = PaperEvent.objects.create(version=version, action=action)
        moment = datetime.datetime(2026, 10 if day == 1 else 11, day, 12, tzinfo=datetime.UTC)
        PaperEvent.objects.filter(pk=event.pk).update(created_at=moment)
    successor = adopted_successor(version)
    BoardDecision.objects.create(version=successor, decided_on=successor.adopted_on,
                                 reference="BB-2026-14",
                                 minutes_url="https://example.org/notulen-14")  # fmt: skip
    silent = version.questions.order_by("order").last()
    return version, made, theme, silent


def test_the_report_page_reads_summary_first_with_contents_and_a_folded_annex(client, board_report):
    version, made, _theme, silent = board_report
    url = reverse("papers:consultation_report",
                  kwargs={"code": version.paper.code, "version": version.number})  # fmt: skip
    page = client.get(url).content.decode()

    # Contents first, every entry leading to a heading on the page.
    toc = re.search(r'<nav class="report-toc".*?</nav>', page, re.S).group()
    targets = re.findall(r'href="#([^"]+)"', toc)
    assert targets[:2] == ["samenvatting-titel", "cijfers-titel"]
    assert "synthese-1" in targets and "reflecties-titel" in targets
    assert all(f'id="{target}"' in page for target in targets)
    # Summary, then what we heard, then the annex, folded per part.
    order = [page.index(f'id="{s}"') for s in ["samenvatting-titel", "synthese-titel",
                                               "reflecties-titel"]]  # fmt: skip
    assert order == sorted(order)
    annex = page[page.index('id="reflecties-titel"') :]
    # Two parts: the question's and the paper as a whole (the clients').
    assert annex.count('<details class="report-annex__part">') == 2
    assert "<details open" not in annex
    assert annex.count('<article class="reflection"') == len(made)
    assert page.count('<article class="reflection"') == len(made)  # only in the annex

    # The synthesis: a count instead of fourteen numbers, and quotes from both perspectives.
    synthesis = re.search(r'<article class="synthesis".*?</article>', page, re.S).group()
    text = " ".join(strip_tags(synthesis).split())
    assert "Rust op 14 reflecties" in text
    assert f"#{made[5].pk}," not in text
    quotes = re.findall(r"<blockquote.*?</blockquote>", synthesis, re.S)
    assert len(quotes) == 3
    assert any("Als cliënt wil ik zelf kiezen." in q for q in quotes)
    assert any("Naaste nummer 0" in q for q in quotes)
    assert "niet om te citeren" not in page
    assert "open ze in de werklijst" not in page  # the work list is the editors'

    # The facts a board looks for.
    summary = page[page.index('id="samenvatting-titel"') : page.index('id="cijfers-titel"')]
    assert 'href="https://example.org/notulen-14"' in summary
    summary = " ".join(strip_tags(summary).split())
    assert "1 oktober 2026 – 30 november 2026" in summary
    assert "BB-2026-14 van 1 juni 2026" in summary
    assert "als v1.0 op 1 juni 2026" in summary
    assert silent.label in summary  # no one answered it
    silent_voices = summary.split("Stil gebleven perspectieven")[1].split("Verwerking")[0]
    assert "Zorgprofessional" in silent_voices and "Cliënt" not in silent_voices


def test_an_editor_opens_the_reflections_of_a_theme_in_the_work_list(client, board_report):
    version, _made, theme, _silent = board_report
    client.force_login(editor())
    url = reverse("papers:consultation_report",
                  kwargs={"code": version.paper.code, "version": version.number})  # fmt: skip
    page = client.get(url).content.decode()
    link = re.search(r'href="([^"]+)">open ze in de werklijst', page).group(1)
    worklist = reverse("editor:reflections",
                       kwargs={"code": version.paper.code, "version": version.number})  # fmt: skip
    assert link == f"{worklist}?thema={theme.pk}"
    assert client.get(link).status_code == 200


def test_the_markdown_reads_like_the_page(client, board_report):
    version, _made, _theme, silent = board_report
    client.force_login(editor())
    text = client.get(reverse("papers:consultation_report_markdown",
                              kwargs={"code": version.paper.code, "version": version.number})
                      ).content.decode()  # fmt: skip
    lines = text.splitlines()
    assert "- [Samenvatting](#samenvatting)" in lines
    assert "  - [Thema: Het netwerk](#thema-het-netwerk)" in lines
    assert "- [Bijlage: alle reflecties](#bijlage-alle-reflecties)" in lines
    order = [lines.index(h) for h in ["## Inhoud", "## Samenvatting",
                                      "## Wat we hoorden, wat we deden",
                                      "## Bijlage: alle reflecties"]]  # fmt: skip
    assert order == sorted(order)
    assert "*Rust op 14 reflecties*" in lines
    assert "> Als cliënt wil ik zelf kiezen." in lines
    assert "- **Consultatieperiode:** 1 oktober 2026 – 30 november 2026" in lines
    assert ("- **Bestuursbesluit:** BB-2026-14 van 1 juni 2026 — notulen: "
            "https://example.org/notulen-14") in lines  # fmt: skip
    assert f"- {silent.label}" in lines
    assert any(line.startswith("- **Stil gebleven perspectieven:** Zorgprofessional")
               for line in lines)  # fmt: skip


def test_the_pdf_has_contents_with_pages_bookmarks_and_the_summary(board_report, tmp_path):
    version, _made, _theme, silent = board_report
    version.refresh_from_db()
    pdf = report_pdf._rendered(version)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()  # fmt: skip
    contents = text.split("Inhoud", 1)[1]
    assert re.search(r"Samenvatting \.+ *\d+", contents)
    assert re.search(r"Bijlage: alle reflecties \.+ *\d+", contents)
    (tmp_path / "report.pdf").write_bytes(pdf)
    outline = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", tmp_path / "report.pdf"],
                             capture_output=True, check=True).stdout.decode()  # fmt: skip
    bookmarks = re.findall(r'<item page="\d+">([^<]+)</item>', outline)  # the reader's
    assert {"Samenvatting", "Thema: Het netwerk", "Bijlage: alle reflecties"} <= set(bookmarks)
    assert "BB-2026-14 van 1 juni 2026" in text
    assert re.search(r"https://example\.org/\s*notulen-14", text)  # may wrap in its cell
    assert "1 oktober 2026 – 30 november 2026" in text
    assert "Rust op 14 reflecties" in text
    assert silent.text in text


def on_a_changed_passage(version):
    """A reflection on a passage that the adopted successor changed, 80 % of it left."""
    section = version.sections.first()
    on_passage = approved(version=version, section=section, quote_paragraph=1, may_quote=True,
                          perspective="client",
                          quote_anchor=f"{section.anchor}-p1", quote_exact="Tekst van de sectie",
                          body="Deze zin is te stellig.")  # fmt: skip
    successor = version.successors.get()
    PassageResolution.objects.create(reflection=on_passage, version=successor,
                                     status=PassageResolution.Status.CHANGED, similarity=0.8,
                                     found="Tekst van deze sectie")  # fmt: skip
    return on_passage


def test_an_analyst_reads_the_csv_with_pandas_defaults(client, board_report):
    """The report's CSV as pandas reads it without options: the share of a passage that is
    left is a number (it was the text "80 %"), an empty one is missing, not ""."""
    version, made, _theme, _silent = board_report
    on_passage = on_a_changed_passage(version)
    url = reverse("papers:consultation_report_csv",
                  kwargs={"code": version.paper.code, "version": version.number})  # fmt: skip
    frame = pandas.read_csv(io.BytesIO(client.get(url).content))
    assert frame["passage_overeenkomst"].dtype == "float64"
    by_id = frame.set_index("id")
    assert by_id.loc[on_passage.pk, "passage_overeenkomst"] == 0.8
    assert by_id.loc[on_passage.pk, "passage_in_nieuwe_versie"] == "gewijzigd"
    assert pandas.isna(by_id.loc[made[1].pk, "passage_overeenkomst"])


def test_an_analyst_reads_the_workbook_with_pandas_defaults(client, board_report):
    version, made, _theme, _silent = board_report
    reply = approved(version=version, parent=made[0], perspective="lawyer", may_quote=True,
                     body="Eens, en juridisch klopt het ook.")  # fmt: skip
    on_passage = on_a_changed_passage(version)
    url = reverse("papers:consultation_report_xlsx",
                  kwargs={"code": version.paper.code, "version": version.number})  # fmt: skip
    content = client.get(url).content

    frame = pandas.read_excel(io.BytesIO(content))  # no skiprows, no header=…
    assert list(frame.columns[:3]) == ["id", "antwoord_op", "onderwerp"]
    assert not any(str(c).startswith("Unnamed") for c in frame.columns)
    by_id = frame.set_index("id")
    assert by_id.loc[reply.pk, "antwoord_op"] == made[0].pk  # marked as a reply, and to what
    assert pandas.isna(by_id.loc[made[1].pk, "antwoord_op"])
    assert by_id.loc[on_passage.pk, "passage_overeenkomst"] == 0.8  # a number, not "80 %"
    assert by_id.loc[on_passage.pk, "passage_in_nieuwe_versie"] == "gewijzigd"
    assert by_id.loc[made[1].pk, "tekst"] == made[1].body

    book = openpyxl.load_workbook(io.BytesIO(content))
    sheet = book.worksheets[0]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:O{len(frame) + 1}"  # every row filterable
    header = [c.value for c in sheet[1]]
    percent = sheet.cell(row=2 + list(frame["id"]).index(on_passage.pk),
                         column=header.index("passage_overeenkomst") + 1)  # fmt: skip
    assert percent.number_format == "0%"  # shown as 80%
    text_column = openpyxl.utils.get_column_letter(header.index("tekst") + 1)
    assert sheet.column_dimensions[text_column].width >= 60
    assert sheet[f"{text_column}2"].alignment.wrap_text
    summary = dict(book["Samenvatting"].iter_rows(values_only=True))
    assert summary["Bestuursbesluit"].startswith("BB-2026-14 van 1 juni 2026")
    assert summary["Consultatieperiode"] == "1 oktober 2026 – 30 november 2026"
    assert summary["Per perspectief: Naaste"] == 12


def test_the_annex_shows_a_few_per_part_and_the_rest_page_by_page(client):
    version = build_paper(code="SHPP003-79", sections=2, groups=1, questions_per_group=1)
    section = version.sections.order_by("order").first()
    made = [approved(version=version, section=section, may_quote=True,
                     body=f"Reflectie op de sectie {n}.")
            for n in range(ANNEX_FOLD + ANNEX_PAGE + 5)]  # fmt: skip
    approved(version=version, body="Over de paper als geheel.")
    adopted_successor(version)
    url = reverse("papers:consultation_report",
                  kwargs={"code": version.paper.code, "version": version.number})  # fmt: skip
    total = len(made)

    def annex_of(response):
        assert response.status_code == 200
        page = response.content.decode()
        start = page.index(f'id="verslag-{section.anchor}"')
        return page[start : page.index("</details>", start)]

    part = annex_of(client.get(url))
    assert part.count('<article class="reflection"') == ANNEX_FOLD  # the first, folded
    assert f"Toon de eerste {ANNEX_FOLD} van de {total} reflecties" in part
    assert "<details open" not in part
    more = f"?deel={section.anchor}#verslag-{section.anchor}"
    assert f'<a href="{more}">Alle {total} reflecties bij dit onderdeel lezen</a>' in part

    part = annex_of(client.get(url, {"deel": section.anchor}))
    assert '<details class="report-annex__part" open>' in part
    assert part.count('<article class="reflection"') == ANNEX_PAGE
    assert f"Reflecties 1–{ANNEX_PAGE} van {total}" in part
    assert f"?deel={section.anchor}&amp;pagina=2#verslag-{section.anchor}" in part
    part = annex_of(client.get(url, {"deel": section.anchor, "pagina": "2"}))
    assert part.count('<article class="reflection"') == total - ANNEX_PAGE
    assert f"Reflecties {ANNEX_PAGE + 1}–{total} van {total}" in part
    assert f"Reflectie op de sectie {total - 1}." in part and 'rel="next"' not in part

    assert client.get(url, {"deel": section.anchor, "pagina": "3"}).status_code == 404
    assert client.get(url, {"deel": "geen-deel"}).status_code == 404
    assert client.get(url, {"pagina": "2"}).status_code == 404  # no part opened: one page


def test_the_report_says_how_many_codings_came_from_accepted_suggestions(client, board_report):
    """#31: how the themes were found, in the summary of the page, the Markdown and the
    workbook: the editors gave them, and took so many from the platform's suggestions."""
    version, made, theme, _silent = board_report
    ThemeAssignment.objects.filter(theme=theme, reflection__in=made[:3]).update(
        from_suggestion=True
    )
    said = "De redactie gaf 14 keer een thema; 3 daarvan nam zij over uit een voorstel"
    kwargs = {"code": version.paper.code, "version": version.number}
    page = client.get(reverse("papers:consultation_report", kwargs=kwargs)).content.decode()
    assert said in page
    markdown = client.get(f"/papers/{version.paper.code}/v0.9/consultatieverslag.md")
    assert said in markdown.content.decode()
    content = client.get(reverse("papers:consultation_report_xlsx", kwargs=kwargs)).content
    summary = dict(openpyxl.load_workbook(io.BytesIO(content))["Samenvatting"].iter_rows(
        values_only=True))  # fmt: skip
    assert summary["Thema's"].startswith(said)


def test_the_editors_workbook_carries_suggestion_group_and_campaign_per_reflection(
    client, board_report
):
    """#31: analysts check the platform's suggestions and groupings outside it. The public
    workbook carries none of it."""
    version, made, _theme, _silent = board_report
    letter = ("Wij vragen de Kamer de wachtlijsten in de jeugdzorg binnen een jaar te halveren "
              "en daar geld voor vrij te maken.")  # fmt: skip
    extras = ("", " Mijn zoon wacht al acht maanden.", " Groet uit Zwolle.")
    copies = [approved(version=version, body=letter + extra, may_quote=True)
              for extra in extras]  # fmt: skip
    client.force_login(editor())
    url = f"/papers/{version.paper.code}/v0.9/consultatieverslag-redactie.xlsx"
    frame = pandas.read_excel(io.BytesIO(client.get(url).content)).set_index("id")
    assert list(frame.columns[-5:]) == [
        "voorgesteld_thema", "voorstel", "voorstel_voorsprong", "groep", "campagne",
    ]  # fmt: skip
    # The twelve "Naaste nummer N: het netwerk telt." are near-copies too: the largest first.
    assert {frame.loc[r.pk, "campagne"] for r in made[:12]} == {"campagne 1 (12 reflecties)"}
    assert {frame.loc[c.pk, "campagne"] for c in copies} == {"campagne 2 (3 reflecties)"}
    assert pandas.isna(frame.loc[made[12].pk, "campagne"])
    public = f"/papers/{version.paper.code}/v0.9/consultatieverslag.xlsx"
    columns = pandas.read_excel(io.BytesIO(client.get(public).content)).columns
    assert "voorgesteld_thema" not in columns and "campagne" not in columns


def test_the_report_says_how_many_reflections_came_from_one_campaign(client):
    """#31: a campaign is counted in full and said as such, on the page, in the Markdown and
    in the workbook; a consultation without one says nothing about campaigns."""
    roos = editor()
    version = build_paper(code="SHPP003-78", sections=2, groups=1, questions_per_group=1)
    letter = ("Geachte redactie, namens het cliëntenplatform vragen wij u de wachttijden in "
              "versie 1.0 te begrenzen: niemand mag langer dan vier weken wachten.")  # fmt: skip
    for town in ("Utrecht", "Zwolle", "Breda", "Assen", "Venlo"):
        approved(version=version, body=f"{letter} Groet uit {town}.", may_quote=True)
    for text in ("Mijn moeder kreeg pas hulp toen het te laat was.", "Het dossier klopte niet."):
        approved(version=version, body=text, may_quote=True)
    adopted_successor(version)
    built = consultation_report.build(version)
    assert (built.total, built.campaigns) == (7, [5])
    said = ("5 reflecties uit één campagne. Een campagne is één tekst die velen met kleine "
            "wijzigingen instuurden; elke reflectie eruit telt mee in de cijfers.")  # fmt: skip
    assert f"- **Campagnes:** {said}" in consultation_report.as_markdown(built)
    client.force_login(roos)
    page = client.get(reverse("papers:consultation_report", kwargs={
        "code": version.paper.code, "version": version.number})).content.decode()  # fmt: skip
    assert "<dt>Campagnes</dt><dd>5 reflecties uit één campagne; " not in page  # one campaign
    assert f"<dt>Campagnes</dt><dd>{said}</dd>" in page
    other = build_paper(code="SHPP003-79", sections=1)
    approved(version=other, body="Eén reflectie.")
    assert consultation_report.build(other).campaigns == []
    assert "Campagnes" not in consultation_report.as_markdown(consultation_report.build(other))
