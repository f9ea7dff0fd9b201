"""Reflections on one passage (issue #19): choosing the words without JavaScript, storing
them as a text quote, and showing them everywhere the reflection appears; the paragraph's
marker on the paper page and its list (reflections.passage_markers, reflections.writing)."""

import re

import pytest
from django.urls import reverse
from django.utils.http import urlencode

from papers import passages
from reflections import moderation
from reflections.forms import MSG_SENTENCE_AND_WORDS, MSG_WORDS_REVERSED
from reflections.models import Reflection
from reflections.tests.factories import approved

pytestmark = pytest.mark.django_db

BODY = (
    "Wat vastloopt, is zelden één besluit. Het is de tijdloosheid van maatregelen die "
    "niemand meer herziet.\n\n"
    "Een tweede alinea, over iets anders.\n\n"
    "- een punt in een lijst\n- nog een punt"
)
SECOND_SENTENCE = "Het is de tijdloosheid van maatregelen die niemand meer herziet."


@pytest.fixture
def section(version):
    section = version.sections.get(anchor="sectie-1")
    section.body = BODY
    section.save()
    return section


def compose_url(version, query: str) -> str:
    return reverse("reflections:compose", args=[version.paper.code, version.number]) + query


def list_url(version, query: str) -> str:
    return reverse("reflections:list", args=[version.paper.code, version.number]) + query


def post_data(section, **extra):
    return {
        "target": f"section:{section.pk}",
        "perspective": "relative",
        "body": "Dit is precies wat er bij ons gebeurde, jaren lang.",
        "is_anonymous": "naam",
        "submit": "1",
        **extra,
    }


def words_of(section, paragraph: int, exact: str) -> tuple[int, int]:
    text = passages.numbered(section.body_html, section.paragraphs)[paragraph - 1].text
    return passages.locate_words(text, exact)


def test_the_compose_form_shows_the_paragraph_and_offers_its_sentences(client, version, section):
    html = client.get(compose_url(version, "?sectie=sectie-1&alinea=1")).content.decode()
    assert f"U reageert op de eerste alinea van sectie 1, ‘{section.title}’:" in html
    assert "Wat vastloopt, is zelden één besluit." in html
    # Each sentence is a choice, besides the whole paragraph and chosen words.
    assert re.search(r'<label for="id_passage_\d">De hele alinea</label>', html)
    assert f">{SECOND_SENTENCE}</label>" in html
    assert ">De woorden die ik hieronder kies</label>" in html
    assert '<option value="9">10. tijdloosheid</option>' in html
    # The paragraph decides the section.
    assert f'<input type="hidden" name="target" value="section:{section.pk}"' in html


def test_posting_on_the_whole_paragraph_stores_it_as_the_quote(client, version, section, reader):
    client.force_login(reader)
    response = client.post(compose_url(version, "?sectie=sectie-1&alinea=2"), post_data(section))
    assert response.status_code == 302
    reflection = Reflection.objects.get()
    assert reflection.section == section
    assert reflection.quote_paragraph == 2
    assert reflection.quote_anchor == "sectie-1-p2"
    assert reflection.quote_exact == "Een tweede alinea, over iets anders."
    assert (reflection.quote_prefix, reflection.quote_suffix) == ("", "")


def test_posting_on_one_sentence_keeps_the_words_around_it(client, version, section, reader):
    client.force_login(reader)
    first, last = words_of(section, 1, SECOND_SENTENCE)
    client.post(
        compose_url(version, "?sectie=sectie-1&alinea=1"),
        post_data(section, passage=f"{first}-{last}"),
    )
    quote = Reflection.objects.get().quote
    assert quote.exact == SECOND_SENTENCE
    assert quote.prefix == "Wat vastloopt, is zelden één besluit. "[-passages.CONTEXT_CHARS :]
    assert quote.suffix == ""


def test_posting_on_chosen_words(client, version, section, reader):
    client.force_login(reader)
    first, last = words_of(section, 1, "tijdloosheid van maatregelen")
    client.post(
        compose_url(version, "?sectie=sectie-1&alinea=1"),
        post_data(section, passage="woorden", word_from=first, word_to=last),
    )
    reflection = Reflection.objects.get()
    assert reflection.quote_exact == "tijdloosheid van maatregelen"
    assert reflection.quote_suffix.startswith(" die niemand meer herziet.")


def test_a_list_item_is_a_paragraph_of_its_own(client, version, section, reader):
    client.force_login(reader)
    client.post(compose_url(version, "?sectie=sectie-1&alinea=4"), post_data(section))
    assert Reflection.objects.get().quote_exact == "nog een punt"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"passage": "woorden", "word_from": "7", "word_to": "5"}, MSG_WORDS_REVERSED),
        ({"passage": "0-5", "word_from": "1", "word_to": "2"}, MSG_SENTENCE_AND_WORDS),
    ],
)
def test_a_choice_that_does_not_add_up_is_refused_with_the_text_kept(
    client, version, section, reader, extra, message
):
    client.force_login(reader)
    response = client.post(
        compose_url(version, "?sectie=sectie-1&alinea=1"), post_data(section, **extra)
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert str(message)[:30] in html
    assert "Dit is precies wat er bij ons gebeurde, jaren lang." in html
    assert not Reflection.objects.exists()


def test_an_unknown_paragraph_is_not_found(client, version, section):
    assert client.get(compose_url(version, "?sectie=sectie-1&alinea=99")).status_code == 404
    assert client.get(compose_url(version, "?sectie=sectie-1&alinea=x")).status_code == 404
    assert client.get(list_url(version, "?sectie=sectie-1&alinea=99")).status_code == 404


@pytest.mark.parametrize("number", ["²", "1" * 4301, "0", "-1", " 1"])
def test_a_paragraph_that_is_no_number_is_not_found_for_any_visitor(
    client, version, section, number
):
    # "²" passed str.isdigit() and made int() fail, as did 4,301 digits: a 500 for anyone.
    query = "?" + urlencode({"sectie": "sectie-1", "alinea": number})
    assert client.get(compose_url(version, query)).status_code == 404
    assert client.get(list_url(version, query)).status_code == 404


def test_another_section_than_the_paragraphs_is_refused(client, version, section, reader):
    client.force_login(reader)
    other = version.sections.get(anchor="sectie-2")
    response = client.post(
        compose_url(version, "?sectie=sectie-1&alinea=1"),
        post_data(section, target=f"section:{other.pk}"),
    )
    assert "Deze alinea hoort bij een andere sectie dan die u koos." in response.content.decode()
    assert not Reflection.objects.exists()


def test_words_selected_in_the_browser_are_preselected_and_marked(client, version, section):
    query = (
        "?sectie=sectie-1&alinea=1&passage=tijdloosheid%20van%0A%20maatregelen&voor=Het%20is%20de"
    )
    html = client.get(compose_url(version, query)).content.decode()
    assert "<mark>tijdloosheid van maatregelen</mark>" in html
    first, last = words_of(section, 1, "tijdloosheid van maatregelen")
    assert f'<option value="{first}" selected>' in html
    assert f'<option value="{last}" selected>' in html
    assert re.search(r'value="woorden"[^>]*checked', html)


def test_words_not_in_the_paragraph_are_ignored(client, version, section):
    html = client.get(
        compose_url(version, "?sectie=sectie-1&alinea=1&passage=iets%20heel%20anders")
    ).content.decode()
    assert "<mark>" not in html
    assert "U kunt hieronder één zin of enkele woorden uit deze alinea kiezen." in html


def test_the_chosen_passage_survives_signing_in(client, version, section, reader):
    url = compose_url(version, "?sectie=sectie-1&alinea=1")
    first, last = words_of(section, 1, "tijdloosheid van maatregelen")
    response = client.post(
        url, post_data(section, passage="woorden", word_from=first, word_to=last)
    )
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(reader)
    html = client.get(url).content.decode()
    assert "<mark>tijdloosheid van maatregelen</mark>" in html
    client.post(url, post_data(section, passage="woorden", word_from=first, word_to=last))
    assert Reflection.objects.get().quote_exact == "tijdloosheid van maatregelen"


def test_submit_refuses_a_quote_that_is_not_in_the_section(version, section, reader):
    with pytest.raises(moderation.PostingRefused):
        moderation.submit(
            version=version, author=reader, perspective="client", section=section,
            body="Een reflectie van voldoende lengte.",
            quote=passages.Quote(1, "woorden die er niet staan"),
        )  # fmt: skip
    with pytest.raises(moderation.PostingRefused):
        moderation.submit(
            version=version, author=reader, perspective="client", section=None,
            body="Een reflectie van voldoende lengte.",
            quote=passages.Quote(1, "tijdloosheid"),
        )  # fmt: skip
    assert not Reflection.objects.exists()


def quoted(section, *, exact="tijdloosheid van maatregelen", paragraph=1, **kwargs):
    return approved(
        version=section.version, section=section, quote_paragraph=paragraph,
        quote_anchor=f"{section.anchor}-p{paragraph}", quote_exact=exact, **kwargs,
    )  # fmt: skip


def markers(html: str) -> dict[str, tuple[str, str]]:
    """Each paragraph marker's address → (its accessible name, the words it shows)."""
    found = re.findall(
        r'<a class="passage-marker[^"]*" href="([^"]+)" aria-label="([^"]+)" lang="nl">(.*?)</a>',
        html,
    )
    return {
        url.replace("&amp;", "&"): (label, re.sub(r"<[^>]+>", "", text))
        for url, label, text in found
    }


def test_the_paper_page_marks_each_paragraph_with_its_count(client, version, section):
    quoted(section, perspective="client")
    quoted(section, perspective="relative")
    quoted(section, paragraph=2, exact="Een tweede alinea")
    approved(version=version, section=section)  # on the section as a whole: not counted
    html = client.get(version.get_absolute_url()).content.decode()
    by_url = markers(html)
    assert by_url[list_url(version, "?sectie=sectie-1&alinea=1")] == (
        "Alinea 1: 2 reflecties. Lees of reageer",
        "2 reflecties",
    )
    assert by_url[list_url(version, "?sectie=sectie-1&alinea=2")] == (
        "Alinea 2: 1 reflectie. Lees of reageer",
        "1 reflectie",
    )
    assert by_url[list_url(version, "?sectie=sectie-1&alinea=3")][0].startswith("Reageer op")
    # Each marker sits inside its paragraph, which has its own address.
    assert re.search(r'<p id="sectie-1-p1">Wat vastloopt.*?<a class="passage-marker', html)
    # The quote shows above the reflection in the section's list.
    assert '<figcaption>Over de passage (<a href="' in html
    assert "<blockquote cite=" in html and "<p>tijdloosheid van maatregelen</p>" in html


def test_a_version_without_consultation_shows_markers_only_where_reflections_are(
    client, version, section
):
    quoted(section)
    version.status = version.Status.CLOSED
    version.save()
    html = client.get(version.get_absolute_url()).content.decode()
    assert html.count('class="passage-marker') == 1


def test_the_paragraph_list_shows_its_reflections_and_counts_per_perspective(
    client, version, section
):
    quoted(section, perspective="client", body="Over de eerste alinea, vanuit een cliënt.")
    quoted(section, perspective="client", body="Nog een cliënt over de eerste alinea.")
    quoted(section, perspective="relative", body="Een naaste over de eerste alinea.")
    quoted(section, paragraph=2, exact="Een tweede alinea", body="Over de tweede alinea hier.")
    html = client.get(list_url(version, "?sectie=sectie-1&alinea=1")).content.decode()
    assert f"Over de eerste alinea van sectie 1, ‘{section.title}’:" in html
    assert "Over de eerste alinea, vanuit een cliënt." in html
    assert "Over de tweede alinea hier." not in html
    assert "<summary>Aantal reflecties per perspectief</summary>" in html
    assert re.search(r"<li>Cliënt[^<]*: 2</li>", html)
    assert re.search(r"<li>Naaste[^<]*: 1</li>", html)
    assert "Reageer op deze alinea" in html


def test_the_reflection_page_shows_the_quote(client, version, section):
    reflection = quoted(section)
    html = client.get(reverse("reflections:detail", args=[reflection.pk])).content.decode()
    assert "<p>tijdloosheid van maatregelen</p>" in html
    assert f'href="{version.get_absolute_url()}#sectie-1-p1"' in html


def test_a_paragraph_marker_shows_its_count_as_a_count_not_as_a_number(client, version, section):
    """ "¶ 2" at the end of a paragraph was read as its number (#29)."""
    quoted(section)
    quoted(section)
    html = client.get(version.get_absolute_url()).content.decode()
    name, shown = markers(html)[list_url(version, "?sectie=sectie-1&alinea=1")]
    assert shown == "2 reflecties"
    assert name == "Alinea 1: 2 reflecties. Lees of reageer"


def test_paragraphs_are_named_as_readers_see_them(client, version, section, reader):
    """BODY has two paragraphs and then a list of two items: identifiers 1 to 4, but a
    reader sees the list as part of the second paragraph (#29). The identifiers, in the
    addresses reflections point to, stay as they are."""
    quoted(section, paragraph=4, exact="nog een punt", author=reader)
    page = client.get(version.get_absolute_url()).content.decode()
    address = f"{version.get_absolute_url()}#sectie-1-p4"
    in_quote = f'Over de passage (<a href="{address}">alinea 2, punt 2</a>):'
    assert in_quote in page
    assert '<li id="sectie-1-p4">' in page
    by_url = markers(page)
    assert by_url[list_url(version, "?sectie=sectie-1&alinea=4")][0] == (
        "Alinea 2, punt 2: 1 reflectie. Lees of reageer"
    )
    assert by_url[list_url(version, "?sectie=sectie-1&alinea=3")][0] == (
        "Reageer op alinea 2, punt 1"
    )
    # The same name wherever the quote is shown.
    reflection = Reflection.objects.get()
    client.force_login(reader)
    for url in [
        reverse("reflections:detail", args=[reflection.pk]),
        list_url(version, "?sectie=sectie-1"),
        reverse("reflections:mine"),
    ]:
        assert in_quote in client.get(url).content.decode(), url
    listed = client.get(list_url(version, "?sectie=sectie-1&alinea=4")).content.decode()
    assert f"Over punt 2 van de lijst in de tweede alinea van sectie 1, ‘{section.title}’:" in (
        listed
    )


def test_the_compose_form_names_the_paragraph_and_its_section_in_words(client, version, section):
    """ "U reageert op alinea 3 van 3. De impasse…" was read as "the third of three" (#29)."""
    html = client.get(compose_url(version, "?sectie=sectie-1&alinea=2")).content.decode()
    assert f"U reageert op de tweede alinea van sectie 1, ‘{section.title}’:" in html
    html = client.get(compose_url(version, "?sectie=sectie-1&alinea=3")).content.decode()
    assert (
        f"U reageert op punt 1 van de lijst in de tweede alinea van sectie 1, ‘{section.title}’:"
        in html
    )
