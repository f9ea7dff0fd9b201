"""The paper file format: parsing, line-numbered errors in Dutch, atomic saving."""

import textwrap

import pytest

from papers import fileformat
from papers.models import Paper, PaperVersion, Question, Section
from papers.tests.factories import SeriesFactory

VALID = textwrap.dedent(
    """\
    ---
    reeks: SHPP003
    code: SHPP003-02
    titel: De-escalatie vóór beoordeling
    versie: 0.9
    datum: 2026-03-01
    documentcode: CIV-CARE_P001_SHPP003-02_De-escalatie_v0.9
    ---

    # 1. Aanleiding

    Tekst met een verwijzing naar [SHPP003-01](paper:SHPP003-01).

    # 2. Toetsvragen

    ? Wie hoort erbij?
    ? Wie niet?

    # Tegenlezers-vraagset {vraagset}

    Inleiding van de vraagset.

    ## A. Over aannames {secties=1}

    ? 1. Eerste vraag?
    ? 2. Tweede vraag?

    # Publieke Call-to-Action {oproep}

    Reageer hieronder.
    """
)


def test_parse_valid_file():
    parsed = fileformat.parse_paper(VALID)
    assert parsed.code == "SHPP003-02"
    assert parsed.version_number == (0, 9)
    assert [s.heading if hasattr(s, "heading") else s.title for s in parsed.sections] == [
        "Aanleiding",
        "Toetsvragen",
    ]
    assert [q.text for q in parsed.sections[1].questions] == ["Wie hoort erbij?", "Wie niet?"]
    assert parsed.groups[0].label == "A" and parsed.groups[0].section_refs == ["1"]
    assert [q.number for q in parsed.groups[0].questions] == ["1", "2"]
    assert parsed.call_to_action.text == "Reageer hieronder."
    assert parsed.question_count == 4


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("code: SHPP003-02\n", ""), 1, "Het kopveld 'code' ontbreekt of is leeg."),
        (("versie: 0.9", "versie: negen"), 5, "Versie 'negen' is geen versienummer"),
        (("datum: 2026-03-01", "datum: 1 maart"), 6, "Datum '1 maart' is geen datum"),
        (("titel: De", "auteur: x\ntitel: De"), 4, "Onbekend kopveld 'auteur'"),
        (("? 2. Tweede vraag?", "? 1. Tweede vraag?"), 26, "Vraagnummer 1 komt twee keer voor"),
        (("{secties=1}", "{secties=7}"), 23, "verwijst naar sectie '7'"),
        (("? Wie niet?\n", "? Wie niet?\nNog wat tekst.\n"), 18, "Na de vragen"),
        (("## A. Over aannames", "## Over aannames"), 23, "Een vraaggroep begint met"),
        # What would otherwise only fail in the database, or be cut off there:
        (("Tekst met", "Tekst\x00met"), 12, "onzichtbaar stuurteken (U+0000) op positie 6"),
        (
            ("titel: De", "titel: " + "Lang " * 50 + "De"),
            4,
            "'titel' is 279 tekens lang; er passen er 200",
        ),
        (("# 1. Aanleiding", "# 1. Aanleiding {#" + "a" * 75 + "}"), 10, "Het anker is 75 tekens"),
        (("# 1. Aanleiding", "# 1. Aanleiding {#Mijn<b>}"), 10, "alleen kleine letters"),
        # The site's own ids stay the site's:
        (("# 1. Aanleiding", "# 1. Aanleiding {#inhoud}"), 10, "gebruikt de site zelf al"),
        (("# 1. Aanleiding", "# 1. Aanleiding {#reflectie-12}"), 10, "gebruikt de site zelf"),
        (("# 1. Aanleiding", "# Reflecties"), 10, "Het anker 'reflecties' gebruikt de site"),
        (("# 2. Toetsvragen", "# 1.2.3.4.5.6. Toetsvragen"), 14, "Het sectienummer is 11 tekens"),
        # Texts are bounded, so rendering them on save is too:
        (("Tekst met", "Tekst " + "x" * 20_000), 10, "De tekst van deze sectie is 20058 tekens"),
        (("? 1. Eerste vraag?", "? 1. " + "Vraag " * 4000), 25, "Deze vraag is 23999 tekens"),
    ],
)
def test_each_problem_is_reported_with_its_line(change, line, message):
    old, new = change
    assert old in VALID
    with pytest.raises(fileformat.PaperFileError) as raised:
        fileformat.parse_paper(VALID.replace(old, new, 1))
    problems = [(p.line, p.message) for p in raised.value.problems]
    assert any(p_line == line and message in p_msg for p_line, p_msg in problems), problems


@pytest.mark.parametrize(
    ("line", "text", "attrs"),
    [
        ("# 1. Aanleiding {#aanleiding}", "1. Aanleiding", "#aanleiding"),
        ("# 1. Aanleiding   {#a bronnen}  ", "1. Aanleiding", "#a bronnen"),
        ("# Titel {a}b}", "Titel {a}b}", None),
        ("# Titel {#a} {vraagset}", "Titel {#a}", "vraagset"),
        ("#\tTitel", "Titel", None),
        ("### Te diep", None, None),
        ("#Geen spatie", None, None),
        # The kinds of line that made the old pattern backtrack for seconds:
        ("# 1. " + " " * 1600 + "x {", "1. " + " " * 1600 + "x {", None),
        ("# " + "{" * 1600, "{" * 1600, None),
    ],
)
def test_headings_are_read_in_one_pass(line, text, attrs):
    heading = fileformat.match_heading(line)
    if text is None:
        assert heading is None
    else:
        assert (heading["text"], heading["attrs"]) == (text, attrs)


def test_group_without_questions_is_reported():
    text = VALID.replace("? 1. Eerste vraag?\n? 2. Tweede vraag?\n", "")
    with pytest.raises(fileformat.PaperFileError) as raised:
        fileformat.parse_paper(text)
    assert "regel 23: Vraaggroep A heeft geen vragen." in str(raised.value)


def test_all_problems_are_reported_at_once():
    text = VALID.replace("versie: 0.9", "versie: x").replace("{secties=1}", "{secties=9}")
    with pytest.raises(fileformat.PaperFileError) as raised:
        fileformat.parse_paper(text)
    assert len(raised.value.problems) == 2


def test_missing_front_matter():
    with pytest.raises(fileformat.PaperFileError) as raised:
        fileformat.parse_paper("# 1. Titel\n\nTekst")
    assert raised.value.problems[0].line == 1


@pytest.mark.django_db
def test_unknown_series_and_existing_version_are_reported():
    parsed = fileformat.parse_paper(VALID)
    with pytest.raises(fileformat.PaperFileError) as raised:
        fileformat.save_paper_version(parsed)
    assert "regel 2: Onbekende reeks 'SHPP003'." in str(raised.value)

    SeriesFactory()
    fileformat.save_paper_version(parsed)
    with pytest.raises(fileformat.PaperFileError) as raised:
        fileformat.save_paper_version(parsed)
    assert "Versie 0.9 van SHPP003-02 bestaat al" in str(raised.value)


@pytest.mark.django_db
def test_saving_creates_a_draft_with_everything_in_order():
    SeriesFactory()
    version = fileformat.save_paper_version(fileformat.parse_paper(VALID))
    assert version.status == PaperVersion.Status.DRAFT
    assert [s.anchor for s in version.sections.all()] == ["sectie-1", "sectie-2"]
    assert list(version.questions.values_list("anchor", flat=True)) == [
        "sectie-2-vraag-1",
        "sectie-2-vraag-2",
        "vraag-1",
        "vraag-2",
    ]
    group = version.question_set.groups.get()
    assert [s.number for s in group.sections.all()] == ["1"]
    assert version.events.get().action == "papers.version.imported"


@pytest.mark.django_db
def test_nothing_is_half_imported(monkeypatch):
    """A failure halfway leaves no paper, version or section behind."""
    SeriesFactory()
    parsed = fileformat.parse_paper(VALID)
    parsed.groups[0].section_refs = ["does-not-exist"]  # fails after the sections are saved
    with pytest.raises(KeyError):
        fileformat.save_paper_version(parsed)
    assert not Paper.objects.exists()
    assert not Section.objects.exists()
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_the_benchmarks_adversarial_paper_file_starts_from_a_real_paper_and_is_refused():
    """bench/run validates this 1 MB file (civcare.core.tests.adversarial); it must be built
    from the fixture it names, and every problem in it must be reported, not crash."""
    from civcare.core.tests.adversarial import paper_file

    text = paper_file(100_000)
    assert len(text) == 100_000 and text.startswith("---")
    with pytest.raises(fileformat.PaperFileError) as refused:
        fileformat.check_text(text)
    assert refused.value.problems
