"""Read paths for paper pages. This module owns the queries, so their number is fixed.

A paper page costs the same number of queries whatever the number of sections,
questions or sources (public/tests/test_views.py asserts it).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.http import Http404

from civcare.core.audit import public_codes

from .models import (
    Paper,
    PaperEvent,
    PaperVersion,
    Question,
    QuestionGroup,
    QuestionSet,
    Section,
    Source,
)
from .permissions import is_editor


@dataclass
class PaperPage:
    paper: Paper
    version: PaperVersion
    versions: list[PaperVersion]
    current: PaperVersion
    sections: list[Section]
    question_set: QuestionSet | None
    groups: list[QuestionGroup]
    # For a version adopted after a consultation: the reflections it drew (the read side
    # fills it in; this part of the house does not count reflections).
    consultation_size: int | None = None
    # Whether this version's consultation report may be linked: the read side fills it in from
    # the governance's rule (its coding is public once a version based on it is adopted).
    report_is_public: bool = False

    @property
    def is_current(self) -> bool:
        return self.version.pk == self.current.pk

    @property
    def question_count(self) -> int:
        return sum(len(g.question_list) for g in self.groups) + sum(
            len(s.question_list) for s in self.sections
        )


def current_version(versions: list[PaperVersion]) -> PaperVersion | None:
    """The latest adopted version; else the newest public one (in or after consultation)."""
    newest_first = sorted(versions, key=lambda v: (v.major, v.minor), reverse=True)
    for version in newest_first:
        if version.status == PaperVersion.Status.ADOPTED:
            return version
    for version in newest_first:
        if version.is_public:
            return version
    return None


@dataclass
class ResolvedVersion:
    paper: Paper
    version: PaperVersion
    versions: list[PaperVersion]
    current: PaperVersion

    @property
    def is_current(self) -> bool:
        return self.version.pk == self.current.pk


def resolve_version(code: str, number: str | None = None, *, user=None) -> ResolvedVersion:
    """Which version a paper URL shows (one query); 404 when not visible to ``user``."""
    all_versions = list(
        PaperVersion.objects.filter(paper__code=code)
        .select_related("paper__series", "based_on")
        .order_by("-major", "-minor")
    )
    if not all_versions:
        raise Http404("Onbekende paper")
    visible = [v for v in all_versions if v.is_public]
    if len(visible) < len(all_versions) and is_editor(user):
        visible = all_versions  # editors also see drafts
    current = current_version(all_versions) or (visible[0] if visible else None)
    if number is None:
        version = current
    else:
        try:
            major, minor = PaperVersion.parse_number(number)
        except ValueError as error:
            raise Http404("Onbekende versie") from error
        version = next((v for v in visible if (v.major, v.minor) == (major, minor)), None)
    if version is None:
        raise Http404("Onbekende versie")
    paper = version.paper
    for v in visible:
        v.paper = paper  # the rows share one paper object; no query per version
    return ResolvedVersion(paper=paper, version=version, versions=visible, current=current)


def load_page(resolved: ResolvedVersion) -> PaperPage:
    """Everything the paper page shows of ``resolved.version``: six queries."""
    return PaperPage(
        paper=resolved.paper,
        version=resolved.version,
        versions=resolved.versions,
        current=resolved.current,
        **_version_content(resolved.version),
    )


def _version_content(version: PaperVersion) -> dict:
    sections = list(Section.objects.filter(version=version).order_by("order"))
    by_section_id = {s.pk: s for s in sections}
    questions = list(Question.objects.filter(version=version).order_by("order"))
    sources = list(Source.objects.filter(section__version=version).order_by("section", "order"))
    question_set = QuestionSet.objects.filter(version=version).first()
    groups = (
        list(QuestionGroup.objects.filter(question_set=question_set).order_by("order"))
        if question_set
        else []
    )
    links = (
        list(
            QuestionGroup.sections.through.objects.filter(questiongroup__in=groups).values_list(
                "questiongroup_id", "section_id"
            )
        )
        if groups
        else []
    )

    questions_by_parent: dict[tuple[str, int], list[Question]] = defaultdict(list)
    for question in questions:
        key = (
            ("group", question.group_id) if question.group_id else ("section", question.section_id)
        )
        questions_by_parent[key].append(question)
    sources_by_section: dict[int, list[Source]] = defaultdict(list)
    for source in sources:
        sources_by_section[source.section_id].append(source)
    groups_by_id = {g.pk: g for g in groups}
    sections_of_group: dict[int, list[Section]] = defaultdict(list)
    groups_of_section: dict[int, list[QuestionGroup]] = defaultdict(list)
    for group_id, section_id in links:
        if section_id in by_section_id:
            sections_of_group[group_id].append(by_section_id[section_id])
            groups_of_section[section_id].append(groups_by_id[group_id])

    for section in sections:
        section.version = version
        section.question_list = questions_by_parent[("section", section.pk)]
        for question in section.question_list:
            question.section = section
        section.source_list = sources_by_section[section.pk]
        section.group_list = sorted(groups_of_section[section.pk], key=lambda g: g.order)
    for group in groups:
        group.question_list = questions_by_parent[("group", group.pk)]
        for question in group.question_list:
            question.group = group
        group.section_list = sorted(sections_of_group[group.pk], key=lambda s: s.order)
    return {"sections": sections, "question_set": question_set, "groups": groups}


def published_papers() -> list[Paper]:
    """Every paper with at least one public version, each with ``current`` set."""
    versions = list(
        PaperVersion.objects.public().select_related("paper__series").order_by("paper__code")
    )
    papers: dict[int, Paper] = {}
    by_paper: dict[int, list[PaperVersion]] = defaultdict(list)
    for version in versions:
        papers.setdefault(version.paper_id, version.paper)
        by_paper[version.paper_id].append(version)
    for paper_id, paper in papers.items():
        paper.current = current_version(by_paper[paper_id])
        paper.public_versions = sorted(by_paper[paper_id], key=lambda v: (v.major, v.minor))
    return list(papers.values())


def public_version(code: str, number: str, *, user=None) -> PaperVersion:
    """One version (with its paper), as readers may see it; 404 otherwise."""
    try:
        major, minor = PaperVersion.parse_number(number)
    except ValueError as error:
        raise Http404("Onbekende versie") from error
    version = (
        PaperVersion.objects.select_related("paper__series")
        .filter(paper__code=code, major=major, minor=minor)
        .first()
    )
    if version is None or not (version.is_public or is_editor(user)):
        raise Http404("Onbekende versie")
    return version


def reflection_targets(version: PaperVersion) -> tuple[list[Section], list[Question]]:
    """The sections and questions a reflection on ``version`` can be about (two queries)."""
    sections = list(Section.objects.filter(version=version).order_by("order"))
    by_id = {s.pk: s for s in sections}
    questions = list(
        Question.objects.filter(version=version).select_related("group").order_by("order")
    )
    for question in questions:
        if question.section_id:
            question.section = by_id[question.section_id]
    return sections, questions


# What the public timeline shows (the registry's public codes); editors also see the steps
# inside a draft.
PUBLIC_EVENTS = public_codes(PaperEvent.Action)
