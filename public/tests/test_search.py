"""Search: what visitors may read, highlighted safely, a fixed number of queries."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from civcare.accounts.services import delete_account
from civcare.accounts.tests.factories import UserFactory, moderator
from governance import transitions
from papers.models import PaperVersion
from papers.tests.factories import build_paper
from public import search
from reflections import moderation
from reflections.models import Reflection, SearchEntry

pytestmark = pytest.mark.django_db

URL = "/zoeken/"


@pytest.fixture
def mod():
    return moderator()


@pytest.fixture
def papers():
    call_command("load_papers", verbosity=0, stdout=StringIO())
    return PaperVersion.objects.get(paper__code="SHPP003-05")


def publish(version, mod, body, **kwargs):
    author = kwargs.pop("author", None) or UserFactory()
    reflection, _ = moderation.submit(
        version=version, author=author, perspective="relative", body=body, **kwargs
    )
    return moderation.approve(reflection, by=mod)


def found(client, query) -> str:
    return client.get(URL, {"q": query}).content.decode()


def test_a_word_from_a_published_reflection_finds_it_with_a_link_and_highlight(client, papers, mod):
    reflection = publish(
        papers, mod, "Mijn broer raakte zijn woongroep kwijt toen het netwerk werd geweerd."
    )
    html = found(client, "woongroep")
    assert "1 resultaat voor ‘woongroep’" in html
    assert f'href="/reflecties/{reflection.pk}/"' in html
    assert "<mark>woongroep</mark>" in html
    assert "SHPP003-05 – Herstel van het sociaal netwerk" in html  # grouped under its paper


def test_sections_and_questions_of_the_papers_are_found(client, papers):
    html = found(client, "proportioneel")
    assert "#vraag-25" in html  # "Wanneer is uitsluiting nog proportioneel te noemen?"
    assert "#sectie-9-vraag-5" in html  # section 9's question on proportionality
    assert "<mark>proportioneel</mark>" in html


def test_results_are_grouped_by_paper(client, papers):
    html = found(client, "herstel")
    assert "SHPP003-01 – Herstel bij vastgelopen zorgrelaties" in html
    assert "SHPP003-05 – Herstel van het sociaal netwerk" in html


@pytest.mark.parametrize("state", ["pending", "declined", "hidden", "withdrawn"])
def test_only_published_reflections_are_searchable(client, papers, mod, state):
    author = UserFactory()
    reflection, _ = moderation.submit(
        version=papers, author=author, perspective="client", body="Een onvindbare kwartel hier."
    )
    if state == "declined":
        moderation.decline(
            reflection, by=mod, reason_code="off_topic", reason="Niet over de paper."
        )
    elif state == "hidden":
        reflection = moderation.approve(reflection, by=mod)
        reflection.status = "hidden"
        reflection.save(update_fields=["status"])
    elif state == "withdrawn":
        moderation.withdraw(moderation.approve(reflection, by=mod), by=author)
    assert "0 resultaten voor ‘kwartel’" in found(client, "kwartel")
    assert client.get(f"/reflecties/{reflection.pk}/").status_code == 404


def test_drafts_are_not_searchable(client, mod):
    version = build_paper(code="SHPP003-77")
    version.status = PaperVersion.Status.DRAFT
    version.save()
    section = version.sections.first()
    section.body = "Een geheime ontwerptekst over de zeearend."
    section.save()
    assert "0 resultaten" in found(client, "zeearend")


def test_an_anonymous_reflection_never_shows_its_author(client, papers, mod):
    author = UserFactory(display_name="Herkenbare Henk")
    publish(papers, mod, "Anoniem over de fietsenstalling.", author=author, is_anonymous=True)
    publish(
        papers,
        mod,
        "Met naam over de fietsenstalling.",
        author=UserFactory(display_name="Open Olga"),
    )
    html = found(client, "fietsenstalling")
    assert "2 resultaten" in html
    assert "Herkenbare Henk" not in html
    assert "Open Olga" in html


def test_user_text_in_a_result_is_escaped(client, papers, mod):
    publish(papers, mod, "Een vlinderdas <script>alert(1)</script> <b>vet</b> in de tekst.")
    html = found(client, "vlinderdas")
    main = html.split("<main", 1)[1]
    assert "<script" not in main and "<b>" not in main  # the site has no script at all
    assert "<mark>vlinderdas</mark>" in main


def test_only_the_current_version_of_a_paper_text_is_listed(client, papers):
    editor_a, editor_b = UserFactory(), UserFactory()
    for person in (editor_a, editor_b):
        from civcare.accounts import roles

        roles.grant(person, "redactie")
    first = PaperVersion.objects.get(paper__code="SHPP003-01")
    transitions.close_consultation(first, by=editor_a)
    draft = transitions.create_draft(first, by=editor_a)
    import datetime

    transitions.record_decision(
        draft, by=editor_a, decided_on=datetime.date(2026, 11, 20), reference="B"
    )
    transitions.promote(draft, by=editor_b)
    html = found(client, "juridisering")
    assert "v1.0" in html and ">v0.9<" not in html


def test_the_number_of_queries_does_not_grow_with_the_results(
    client, papers, mod, django_assert_num_queries
):
    # PostgreSQL: the public versions, then one statement for every kind (SQLite: one each).
    expected = 2 if connection.vendor == "postgresql" else 5
    publish(papers, mod, "Eén reflectie over de lantaarnpaal.")
    with django_assert_num_queries(expected):
        client.get(URL, {"q": "lantaarnpaal"})
    for number in range(25):
        publish(papers, mod, f"Nog een reflectie {number} over de lantaarnpaal.")
    with django_assert_num_queries(expected):
        html = client.get(URL, {"q": "lantaarnpaal"}).content.decode()
    assert "26 resultaten" in html


def test_an_empty_or_long_query(client, papers):
    html = found(client, "   ")
    assert "Zoek in de secties en vragen" in html and "resultaten" not in html
    html = found(client, "netwerk " * 60)
    assert "alleen het begin is gebruikt" in html


@pytest.mark.parametrize(
    ("typed", "tsquery"),
    [
        ("zorgrelatie", "zorgrelatie:*"),
        ("sociaal netwerk", "sociaal:* & netwerk:*"),
        ('"sociaal netwerk" -familie', "(sociaal <-> netwerk) & !familie:*"),
        ("naaste OR familie", "naaste:* | familie:*"),
        ("a & b | !c:* ) (", "a:* & b:* & c:*"),
        ("!!! :: ''", ""),
    ],
)
def test_typed_words_become_a_safe_tsquery(typed, tsquery):
    assert search.to_tsquery(typed) == tsquery


def test_only_the_searched_words_are_marked(client, papers, mod):
    # The search marks its hits with two control characters; a text that carried them would
    # have put its own <mark> elements in the page. Such characters are not stored at all.
    reflection = publish(papers, mod, "Een \x02lange\x03 zin over de vlinderstruik van de buren.")
    assert "\x02" not in reflection.body
    html = found(client, "vlinderstruik")
    assert html.count("<mark>") == 1 and "<mark>vlinderstruik</mark>" in html


def test_an_excerpt_shows_text_not_markdown(client, papers):
    html = found(client, "pauzering heroverweging")  # a list of links in SHPP003-05
    snippets = re.findall(r'<p class="search-hit__snippet">(.*?)</p>', html, re.S)
    assert snippets
    for snippet in snippets:
        assert "(paper:" not in snippet and "](" not in snippet and "**" not in snippet, snippet
        assert not re.search(r"(^|\s)- ", snippet), snippet


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("kwetteraar", {"buurvrouw", "oom", "tante"}),
        ("kwetteraar -buurvrouw", {"oom", "tante"}),
        ('"kwetteraar tante"', {"tante"}),
        ('kwetteraar -"kwetteraar tante"', {"buurvrouw", "oom"}),
        ("buurvrouw OR oom", {"buurvrouw", "oom"}),
        ("-kwetteraar", set()),  # only an exclusion: nothing to look for
    ],
)
def test_phrases_exclusions_and_or_work_on_every_database(client, papers, mod, typed, expected):
    # The hint on an empty result promises these; SQLite (make run) must keep the promise too.
    links = {
        who: publish(
            papers, mod, f"De kwetteraar {who} bleef, ook toen het moeilijk werd."
        ).get_permalink()
        for who in ("buurvrouw", "oom", "tante")
    }
    html = found(client, typed)
    assert {who for who, link in links.items() if f'href="{link}"' in html} == expected


@pytest.mark.postgres
def test_dutch_word_forms_find_each_other_on_postgresql(client, papers, mod):
    assert connection.vendor == "postgresql"
    publish(papers, mod, "Over de beslissingen die over het gezin werden genomen.")
    assert "<mark>zorgrelaties</mark>" in found(client, "zorgrelatie")
    assert "<mark>beslissingen</mark>" in found(client, "beslissing")
    assert "<mark>netwerk</mark>" in found(client, "netwerken")


def test_a_published_reflection_has_its_own_page(client, papers, mod):
    question = papers.questions.get(anchor="vraag-11")
    reflection = publish(
        papers, mod, "Een reflectie met een eigen adres.", question=question,
        author=UserFactory(display_name="Naam Zichtbaar"),
    )  # fmt: skip
    reply = publish(papers, mod, "Een reactie daarop, lang genoeg.", parent=reflection)
    html = client.get(f"/reflecties/{reflection.pk}/").content.decode()
    assert (
        "Een reflectie met een eigen adres." in html and "Een reactie daarop, lang genoeg." in html
    )
    assert "Naam Zichtbaar" in html and 'href="/papers/SHPP003-05/v0.9/#vraag-11"' in html
    reply_page = client.get(f"/reflecties/{reply.pk}/").content.decode()
    assert (
        "Reactie op een reflectie" in reply_page
        and "Een reflectie met een eigen adres." in reply_page
    )


# The narrow search table (reflections.SearchEntry) is kept by a PostgreSQL trigger: every
# way a published text changes shows in the next search, and no earlier text stays findable.


def entries_match_published():
    published = set(Reflection.objects.filter(status="approved").values_list("pk", flat=True))
    return set(SearchEntry.objects.values_list("pk", flat=True)) == published


@pytest.mark.postgres
def test_an_approved_change_replaces_the_searchable_text(client, papers, mod):
    reflection = publish(papers, mod, "Over de dorpsschool en het netwerk.")
    author = reflection.author
    moderation.edit(
        reflection, by=author, body="Over de bibliotheek en het netwerk.", perspective="relative"
    )
    # While the change waits, the published text is what is found.
    assert "1 resultaat" in found(client, "dorpsschool")
    assert "0 resultaten" in found(client, "bibliotheek")
    reflection.refresh_from_db()
    moderation.approve(reflection, by=mod, seen=reflection.revision_digest)
    assert "0 resultaten" in found(client, "dorpsschool")
    assert "1 resultaat" in found(client, "bibliotheek")
    assert entries_match_published()


@pytest.mark.postgres
def test_a_reply_is_found_only_while_what_it_answers_is_published(client, papers, mod):
    parent = publish(papers, mod, "Een reflectie over de wachtkamer.")
    publish(papers, mod, "Een reactie over de zandbak.", parent=parent)
    assert "1 resultaat" in found(client, "zandbak")
    moderation.withdraw(parent, by=parent.author)
    assert "0 resultaten" in found(client, "zandbak")
    assert entries_match_published()


@pytest.mark.postgres
def test_bulk_publishing_and_deleting_keep_the_entries(client, papers, mod):
    waiting = [
        moderation.submit(
            version=papers,
            author=UserFactory(),
            perspective="client",
            body=f"Tekst {n} over de ijsbaan.",
        )[0]
        for n in range(3)
    ]
    moderation.bulk_approve([r.pk for r in waiting], by=mod)
    assert "3 resultaten" in found(client, "ijsbaan")
    assert entries_match_published()
    delete_account(waiting[0].author, keep_reflections=False)
    assert "2 resultaten" in found(client, "ijsbaan")
    assert entries_match_published()
