"""The analysis of a consultation (analysis.py, charts.py, views/reports.py: analysis_page): the
numbers, the charts as clean inline SVG, who may see it, and a fixed number of queries."""

import html
import re

import pytest
from django.urls import reverse

from civcare.accounts.tests.factories import UserFactory, editor
from governance import analysis, charts, transitions
from papers.tests.factories import QuestionFactory, adopted_successor, build_paper
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db
CODE = "SHPP003-74"


@pytest.fixture
def consulted():
    return build_paper(code=CODE, sections=2, groups=1, questions_per_group=3)


@pytest.fixture
def roos():
    return editor(display_name="Redacteur Roos")


def fill(version, roos):
    """Relatives on section 1, a professional on a question, a client on the paper; one
    question silent, one with a single perspective; a theme on the relatives."""
    first, _second = version.sections.order_by("order")
    q1, q2, _q3 = version.questions.order_by("order")
    relatives = [approved(version=version, perspective="relative", section=first) for _ in range(3)]
    approved(version=version, perspective="professional", question=q1)
    approved(version=version, perspective="client", question=q2)
    approved(version=version, perspective="relative", question=q2)
    approved(version=version, perspective="client")
    theme = transitions.create_theme(version, by=roos, name="Het netwerk")
    transitions.assign_theme(theme, [r.pk for r in relatives[:2]], by=roos)
    return relatives


def test_the_numbers(consulted, roos):
    fill(consulted, roos)
    built = analysis.build(consulted)
    assert built.total == 7
    # Every perspective is a column, also those no one wrote from (#29).
    codes = [code for code, _label in built.targets.columns]
    assert codes == [
        "professional", "experience_expert", "client", "relative", "policymaker",
        "supervisor", "lawyer", "other",
    ]  # fmt: skip
    assert built.targets.silent == [
        "Ervaringsdeskundige", "Bestuurder / beleidsmaker", "Toezichthouder", "Jurist", "Anders",
    ]  # fmt: skip
    rows = {row.label: dict(zip(codes, row.counts, strict=True)) for row in built.targets.rows}
    first = consulted.sections.order_by("order").first()
    assert rows["De paper als geheel"]["client"] == 1
    assert rows[first.heading] == {code: 3 if code == "relative" else 0 for code in codes}
    q1, _q2, q3 = consulted.questions.order_by("order")
    assert [r.label for r in built.silent_questions] == [q3.label]
    assert [(r.label, p) for r, p in built.single_voice_questions] == [
        (q1.label, "Zorgprofessional")
    ]
    theme_row = built.themes.rows[0]
    assert theme_row.label == "Het netwerk"
    assert dict(zip(codes, theme_row.counts, strict=True))["relative"] == 2
    relative = codes.index("relative")
    assert built.theme_shares[0][relative] == pytest.approx(2 / 4)  # 2 of the relatives' 4
    assert built.progress.without_theme == 5
    assert sum(n for _day, n in built.timeline.days) == 7


def test_a_chart_is_clean_inline_svg_that_prints_its_numbers(consulted, roos):
    fill(consulted, roos)
    built = analysis.build(consulted)
    svg = charts.heatmap(built.targets, "heatmap")
    assert svg.startswith('<svg class="chart__svg" role="img" aria-labelledby="heatmap-titel"')
    assert "style=" not in svg and "<style" not in svg and "<metadata" not in svg  # the CSP
    assert "<image" not in svg  # vector only: no embedded bitmap
    ids = re.findall(r' id="([^"]+)"', svg)
    assert ids and all(i.startswith("heatmap-") for i in ids)
    assert all(ref.startswith("heatmap-") for ref in re.findall(r'href="#([^"]+)"', svg))
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "3" in texts
    # Column heads: a long compound split where a Dutch reader splits it.
    assert {"Zorg-", "professional", "Cliënt", "Naaste"} <= set(texts)
    other = charts.timeline(built.timeline, "timeline")
    assert not set(re.findall(r' id="([^"]+)"', other)) & set(ids)  # two charts on one page


def test_the_contrast_of_the_numbers_in_the_cells():
    for step in range(0, 101, 5):
        fill_colour, text = charts.shade(step / 100)
        rgb = tuple(int(fill_colour[i : i + 2], 16) for i in (1, 3, 5))
        ink = tuple(int(text[i : i + 2], 16) for i in (1, 3, 5))
        assert charts._contrast(rgb, ink) >= 4.5, (step, fill_colour, text)


def test_editors_see_it_during_the_consultation_everyone_after_adoption(client, consulted, roos):
    fill(consulted, roos)
    url = reverse("papers:analysis", kwargs={"code": CODE, "version": consulted.number})
    assert client.get(url).status_code == 404
    client.force_login(roos)
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Alleen de redactie ziet deze analyse" in html
    assert html.count('<svg class="chart__svg"') == 4
    client.logout()
    adopted_successor(consulted)
    public = client.get(url).content.decode()
    assert "Naar het consultatieverslag" in public and "Het netwerk" in public


def cell_links(html: str, table: str) -> dict[str, str]:
    """The links of one table of the page: each text ("3", a row's label) to its address."""
    start = html.index(f'<caption id="{table}-tabel">')
    part = html[start : html.index("</table>", start)]
    return {
        text: href.replace("&amp;", "&")
        for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', part)
    }


def test_each_count_opens_those_reflections_in_the_work_list(client, consulted, roos):
    """#29: "Jurist × sectie 4 = 21" could not be opened; a silent perspective had no column;
    counts had no share; a row led to the public page."""
    relatives = fill(consulted, roos)
    first = consulted.sections.order_by("order").first()
    q1 = consulted.questions.order_by("order").first()
    on_its_question = QuestionFactory(group=None, section=first, order=1000, number="9")
    approved(version=consulted, perspective="relative", question=on_its_question)
    client.force_login(roos)
    url = reverse("papers:analysis", kwargs={"code": CODE, "version": consulted.number})
    page = client.get(url).content.decode()
    assert "Geen reflecties van: Ervaringsdeskundige, Bestuurder / beleidsmaker, " \
        "Toezichthouder, Jurist, Anders." in page  # fmt: skip
    assert page.count('<th scope="col">Jurist</th>') == 2  # parts and themes
    links = cell_links(page, "heatmap")
    worklist = reverse("editor:reflections", kwargs={"code": CODE, "version": consulted.number})
    # Section 1 holds the relatives' 3 of their 5 reflections: 3 (60 %); its row and its
    # count list exactly those, not the reflections on its questions.
    on_section = f"{worklist}?sectie={first.pk}&amp;vraag=geen&amp;perspectief=relative"
    assert f'<a href="{on_section}">3</a> <span class="share">(60 %)</span>' in page
    opened = client.get(links["3"])
    assert sorted(r.pk for r in opened.context["page_obj"]) == sorted(r.pk for r in relatives)
    assert "3 reflecties voldoen aan dit filter." in opened.content.decode()
    assert links[first.heading] == f"{worklist}?sectie={first.pk}&vraag=geen"
    assert links[q1.label] == f"{worklist}?vraag={q1.pk}"
    single = page[page.index("Vragen waarop één perspectief sprak") :]
    assert f'<a href="{worklist}?vraag={q1.pk}">{q1.label}</a>' in single
    whole = client.get(links["De paper als geheel"])
    assert [r.perspective for r in whole.context["page_obj"]] == ["client"]
    # The totals per perspective, each its work list; a theme's count, its own.
    assert f'<a href="{worklist}?perspectief=relative">5</a>' in page
    themes = cell_links(page, "themes")
    assert themes["2"] == f"{worklist}?thema={relatives[0].theme_assignments.get().theme_id}" \
        "&perspectief=relative"  # fmt: skip
    assert len(client.get(themes["2"]).context["page_obj"]) == 2

    client.logout()
    adopted_successor(consulted)
    client.force_login(UserFactory())  # a reader signed in: the numbers, not the work list
    assert worklist not in client.get(url).content.decode()
    client.logout()
    public = client.get(url).content.decode()
    assert worklist not in public and "Geen reflecties van: Ervaringsdeskundige" in public
    assert f'<a href="{consulted.get_absolute_url()}#{first.anchor}">' in public
    assert '<span class="share">(60 %)</span>' in public


@pytest.mark.parametrize("reflections", [0, 5, 120])
def test_the_analysis_page_costs_the_same_queries(
    client, django_assert_num_queries, roos, reflections
):
    version = build_paper(code="SHPP003-75", sections=3, groups=2, questions_per_group=3)
    for n in range(reflections):
        approved(version=version, perspective=["relative", "client", "other"][n % 3])
    transitions.create_theme(version, by=roos, name="Thema")
    client.force_login(roos)
    url = reverse("papers:analysis", kwargs={"code": version.paper.code, "version": version.number})
    client.get(url)  # the charts are drawn once per set of numbers, then cached
    with django_assert_num_queries(14):
        assert client.get(url).status_code == 200


# Names as editors and papers write them: matplotlib would read the first ones as its maths
# ($…$ with TeX commands) and raise ValueError; a theme is frozen once the next version is
# adopted, so the analysis, the report and its PDF would stay broken (#28).
MATHS_LIKE = [
    r"$\euro$",
    r"Kosten in $ en €, $5 of $6",
    "Van $5 tot $6 per uur",  # parsed as maths without error, but set in maths italics
    r"a_b^c {x} \frac{1}{0} \\ _^{}",
    "$" * 40,
    "Wachttijd" + "x" * 111,  # as long as a theme name may be, one word
]


@pytest.mark.parametrize("name", MATHS_LIKE)
def test_a_theme_name_is_drawn_as_written(client, consulted, roos, name):
    relatives = fill(consulted, roos)
    theme = transitions.create_theme(consulted, by=roos, name=name)
    transitions.assign_theme(theme, [relatives[0].pk], by=roos)
    transitions.save_synthesis(consulted, by=roos, theme=theme, heard="Gehoord.",
                               reflection_ids=[relatives[0].pk])  # fmt: skip
    client.force_login(roos)
    kwargs = {"code": CODE, "version": consulted.number}
    analysis_page = client.get(reverse("papers:analysis", kwargs=kwargs))
    assert analysis_page.status_code == 200
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", analysis_page.content.decode())
    drawn = html.unescape(name if len(name) <= charts.LABEL_WIDTH else name[:45] + "…")
    assert drawn in [html.unescape(t) for t in texts]
    for report in ("papers:consultation_report", "papers:consultation_report_pdf"):
        assert client.get(reverse(report, kwargs=kwargs)).status_code == 200, report


@pytest.mark.parametrize("label", MATHS_LIKE)
def test_every_label_of_a_chart_is_drawn_as_written(label):
    """Row labels, column heads (the perspectives) and the cells' numbers."""
    columns = [("relative", label), ("client", f"{label} ^_^")]
    rows = [analysis.Row(label, "section", "", [1, 2]),
            analysis.Row(f"{label}?", "question", "", [0, 3])]  # fmt: skip
    svg = charts.heatmap(analysis.Matrix(columns, rows), "themes", shares=[[0.5, 0.2], [0, 1]])
    texts = [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]
    assert charts._label(label) in texts
    assert "– " + charts._label(f"{label}?") in texts
    assert "3 (100%)" in texts


def test_the_processing_chart_names_each_pattern_and_draws_its_lines_to_survive_greyscale(
    consulted, roos
):
    fill(consulted, roos)
    built = analysis.build(consulted)
    svg = charts.processing(built, "processing")
    texts = set(re.findall(r"<text[^>]*>([^<]*)</text>", svg))
    # A legend names every kind of disposition and the unprocessed part, whatever their count.
    assert {label for _code, label, _n in built.dispositions} <= texts
    assert {"Met een thema", "Nog niet (geen thema of geen verwerking)"} <= texts
    # Each pattern's lines stand out from its fill once colour is gone: light lines on a dark
    # fill (a dark pattern on a dark bar turns into one grey block in a greyscale print).
    pattern = r'<pattern .*?<rect [^>]*fill="(#[0-9a-f]{6})".*?stroke="(#[0-9a-f]{6})"'
    patterns = re.findall(pattern, svg, flags=re.S)
    assert patterns
    for fill_colour, stroke in patterns:
        a, b = (tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in (fill_colour, stroke))
        assert charts._contrast(a, b) >= 3, (fill_colour, stroke)


def test_a_chart_is_sized_in_em_so_its_text_zooms_with_the_page(consulted, roos):
    fill(consulted, roos)
    svg = charts.timeline(analysis.build(consulted).timeline, "timeline")
    width, height = re.match(r'<svg [^>]*width="([\d.]+)em" height="([\d.]+)em"', svg).groups()
    assert (float(width), float(height)) == (8 * 72 / 12, 2.8 * 72 / 12)


def test_the_heatmap_of_all_eight_perspectives_fits_a_desks_column(consulted, roos):
    """The page's column is 70 rem (1,120 px); the chart's em is the body text's (1.0625 rem,
    17 px). At 68.4 em (1,163 px) the eighth perspective was cut off at 1,280 px and scrolled
    inside its figure."""
    fill(consulted, roos)
    found = analysis.build(consulted)
    assert len(found.targets.columns) == 8
    svg = charts.heatmap(found.targets, "heatmap")
    width = float(re.match(r'<svg [^>]*width="([\d.]+)em"', svg).group(1))
    assert width * 17 <= 1120, width
