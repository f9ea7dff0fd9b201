import datetime

import factory

from papers.models import (
    Paper,
    PaperVersion,
    Question,
    QuestionGroup,
    QuestionSet,
    Section,
    Series,
)


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Series
        django_get_or_create = ["code"]

    code = "SHPP003"
    title = "CIV-CARE herstelreeks"
    name = "Herstel-Positionpapers (HPP003+SHPP003)"
    governance_text = "## Versienummering\n\nv0.9 – Concept (open voor publieke reflectie)"


class PaperFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Paper

    series = factory.SubFactory(SeriesFactory)
    code = factory.Sequence(lambda n: f"TEST{n:03d}-01")
    title = factory.Sequence(lambda n: f"Testpaper {n}")
    subtitle = "Een ondertitel"


class PaperVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PaperVersion

    paper = factory.SubFactory(PaperFactory)
    major = 0
    minor = 9
    status = PaperVersion.Status.CONSULTATION
    document_code = factory.Sequence(lambda n: f"CIV-CARE_P001_TEST-{n}_v0.9")


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    version = factory.SubFactory(PaperVersionFactory)
    order = factory.Sequence(lambda n: n + 1)
    number = factory.LazyAttribute(lambda o: str(o.order))
    title = factory.Sequence(lambda n: f"Sectie {n}")
    anchor = factory.LazyAttribute(lambda o: f"sectie-{o.order}")
    body = "Tekst van de sectie met **nadruk**."


class QuestionSetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionSet

    version = factory.SubFactory(PaperVersionFactory)
    intro = "Deze vragen zijn niet bedoeld om tot consensus te komen."


class QuestionGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionGroup

    question_set = factory.SubFactory(QuestionSetFactory)
    order = factory.Sequence(lambda n: n + 1)
    label = factory.LazyAttribute(lambda o: str(o.order))
    title = factory.Sequence(lambda n: f"Over thema {n}")


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    group = factory.SubFactory(QuestionGroupFactory)
    order = factory.Sequence(lambda n: n + 1)
    text = factory.Sequence(lambda n: f"Vraag nummer {n}?")


def build_paper(
    *,
    sections: int = 2,
    groups: int = 2,
    questions_per_group: int = 2,
    section_questions: int = 0,
    code: str | None = None,
) -> PaperVersion:
    """A complete public paper version with the given amount of content."""
    kwargs = {"paper__code": code} if code else {}
    version = PaperVersionFactory(**kwargs)
    section_objs = [
        SectionFactory(version=version, order=i, anchor=f"sectie-{i}", number=str(i))
        for i in range(1, sections + 1)
    ]
    for i in range(section_questions):
        QuestionFactory(group=None, section=section_objs[0], order=1000 + i, number=str(i + 1))
    question_set = QuestionSetFactory(version=version)
    for g in range(1, groups + 1):
        group = QuestionGroupFactory(question_set=question_set, order=g, label=str(g))
        group.sections.set(section_objs[: min(2, len(section_objs))])
        for q in range(questions_per_group):
            QuestionFactory(group=group, order=g * 100 + q)
    return version


def adopted_successor(version: PaperVersion) -> PaperVersion:
    """A version based on ``version``, adopted, and ``version`` superseded, as the board's
    adoption leaves them (without the steps before it): the coding of ``version``'s
    consultation is then public (governance.models.publishes_coding)."""
    PaperVersion.objects.filter(pk=version.pk).update(status=PaperVersion.Status.SUPERSEDED)
    return PaperVersionFactory(
        paper=version.paper,
        major=version.major + 1,
        minor=0,
        based_on=version,
        status=PaperVersion.Status.ADOPTED,
        adopted_on=datetime.date(2026, 6, 1),
    )
