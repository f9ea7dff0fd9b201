"""What readers see: the reflections of a paper page and its targets, a target's list, a
reflection's own page, the counts per target, paragraph and perspective."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property

from django.conf import settings
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Count, F, Max, Q, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from civcare.accounts.models import Perspective
from civcare.core.pagination import paginate
from civcare.core.search_syntax import CONFIG, matches, parse_query, to_tsquery
from papers.caching import paper_scope
from papers.models import FROZEN_STATUSES

from .. import extensions, items, passage_markers, permissions
from ..models import Reflection, SearchEntry

PAPER = ("paper", None)


# (Perspective.values makes a new list on every use; every paper page asks.)
PERSPECTIVES = frozenset(Perspective.values)


def target_key(reflection: Reflection) -> tuple[str, int | None]:
    return target_key_of(reflection.section_id, reflection.question_id)


def target_key_of(section_id: int | None, question_id: int | None) -> tuple[str, int | None]:
    if question_id:
        return ("question", question_id)
    if section_id:
        return ("section", section_id)
    return PAPER


class Viewer:
    """The person looking at a page, with the checks templates need computed once."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def can_post(self) -> bool:
        return permissions.can_post(self.user)

    def is_author(self, reflection: Reflection) -> bool:
        return permissions.is_author(self.user, reflection)


@dataclass
class ReflectionsOnPage:
    shown: dict[tuple, list[items.ShownItem]] = field(default_factory=dict)
    counts: dict[tuple, int] = field(default_factory=dict)
    perspectives: list[tuple[str, str, int]] = field(default_factory=list)
    total: int = 0
    perspective: str | None = None
    # (section id, paragraph id) → how many are about a passage in that paragraph.
    paragraph_counts: dict[tuple[int, int], int] = field(default_factory=dict)

    def for_target(self, kind: str, pk: int | None) -> list[items.ShownItem]:
        return self.shown.get((kind, pk), [])

    def count(self, kind: str, pk: int | None) -> int:
        return self.counts.get((kind, pk), 0)


def with_text(published, query: str):
    """The reflections of ``published`` (approved ones) whose text matches ``query`` as the
    public search matches it (civcare.core.search_syntax): on PostgreSQL over the stored
    Dutch vectors (stemming), elsewhere at word beginnings. A subquery: no query of its own,
    whatever it finds. A query without a word to look for finds nothing."""
    alternatives = parse_query(query)
    if not alternatives:
        return published.none()
    if connection.vendor != "postgresql":
        return published.filter(matches(alternatives, ("body",)))
    found = SearchEntry.objects.filter(
        vector=SearchQuery(to_tsquery(query), search_type="raw", config=CONFIG)
    )
    return published.filter(pk__in=found.values("reflection_id"))


def parse_perspective(value: str | None) -> str | None:
    return value if value in PERSPECTIVES else None


def _approved_top(version, perspective: str | None):
    approved = Reflection.objects.filter(version=version, parent__isnull=True).published()
    return approved.filter(perspective=perspective) if perspective else approved


def for_paper_page(
    version, *, perspective: str | None = None, positions: dict | None = None
) -> ReflectionsOnPage:
    """Approved reflections of ``version`` per question, section and the paper as a whole.

    Each target shows its first REFLECTIONS_SHOWN_PER_TARGET (oldest first: no ranking),
    with their replies. The same for every reader (so the page can be cached); an author's
    own reflections awaiting moderation come from ``own_awaiting``. Four queries,
    whatever the number of reflections; each shown reflection comes as its rendered item
    (reflections.items.ShownItem).
    """
    targets, paragraphs = counts_on_page(version, perspective)
    counts = {key: count for key, (count, _latest) in targets.items()}
    perspectives, total = perspective_counts(version)
    return ReflectionsOnPage(
        shown=_shown(version, _approved_top(version, perspective), positions),
        counts=counts,
        perspectives=perspectives,
        total=total,
        perspective=perspective,
        paragraph_counts=paragraphs,
    )


def target_counts(version, perspective: str | None = None) -> dict[tuple, tuple[int, object]]:
    """Per target: how many published reflections it has (under the perspective filter),
    and when the latest of them last changed. One query."""
    return counts_on_page(version, perspective)[0]


def counts_on_page(
    version, perspective: str | None = None
) -> tuple[dict[tuple, tuple[int, object]], dict[tuple[int, int], int]]:
    """What the paper page counts, in one query: per target, how many published reflections
    it has and when the latest of them last changed (target_counts); per paragraph of a
    section, (section id, paragraph id), how many are about a passage in it."""
    rows = (
        _approved_top(version, perspective)
        .values("section_id", "question_id", "quote_paragraph")
        .annotate(n=Count("pk"), latest=Max("updated_at"))
        .order_by()
    )
    targets: dict[tuple, tuple[int, object]] = {}
    paragraphs: dict[tuple[int, int], int] = {}
    for row in rows:
        key = target_key_of(row["section_id"], row["question_id"])
        n, latest = targets.get(key, (0, None))
        targets[key] = (n + row["n"], max(latest, row["latest"]) if latest else row["latest"])
        if row["quote_paragraph"] is not None:
            paragraphs[(row["section_id"], row["quote_paragraph"])] = row["n"]
    return targets, paragraphs


def paragraph_perspectives(version, section, paragraph) -> list[tuple[str, int]]:
    """How many published reflections on one paragraph (papers.passages.Paragraph) each
    perspective wrote, in the order of the perspectives, only those with any. One query
    (none without a paragraph)."""
    if paragraph is None:
        return []
    found = dict(
        _approved_top(version, None)
        .filter(section=section, quote_paragraph=paragraph.id)
        .values_list("perspective")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [(label, found[value]) for value, label in Perspective.choices if found.get(value)]


def perspective_counts(version) -> tuple[list[tuple[str, str, int]], int]:
    """Each perspective with its number of published reflections, and the total. One query."""
    found = dict(
        _approved_top(version, None).values_list("perspective").annotate(n=Count("pk")).order_by()
    )
    perspectives = [(value, label, found.get(value, 0)) for value, label in Perspective.choices]
    return perspectives, sum(found.values())


def shown_on(
    version, keys: list[tuple], perspective: str | None = None, positions: dict | None = None
) -> dict[tuple, list]:
    """What the paper page shows on these targets only (the first per target, with their
    replies, as rendered items). Two queries. ``positions``: positions_of the page's
    sections, for the quotes."""
    sections = [pk for kind, pk in keys if kind == "section"]
    questions = [pk for kind, pk in keys if kind == "question"]
    on = Q(section_id__in=sections) | Q(question_id__in=questions)
    if PAPER in keys:
        on |= Q(section_id=None, question_id=None)
    return _shown(version, _approved_top(version, perspective).filter(on), positions)


def positions_of(sections) -> dict[tuple[int, int], object]:
    """(section id, paragraph identifier) → where readers see that paragraph
    (papers.passages.Position), for the quotes the paper page shows without their sections."""
    return {
        (section.pk, number): position
        for section in sections
        for number, position in section.positions().items()
    }


def _shown(version, approved, positions=None) -> dict[tuple, list[items.ShownItem]]:
    limit = settings.REFLECTIONS_SHOWN_PER_TARGET
    first_per_target_qs = approved.annotate(
        position=Window(
            RowNumber(),
            partition_by=[F("section_id"), F("question_id")],
            order_by=[F("created_at").asc(), F("pk").asc()],
        )
    ).filter(position__lte=limit)
    # Rows, not objects: each reflection's item comes from the cache while what it shows is
    # unchanged (reflections.items). A subquery rather than a list of ids for the replies:
    # the query runs (and counts) the same whether the page has no reflections or a
    # thousand. Only approved parents have replies. (The window query itself only names
    # the ids: Django's values_list over a window filter misplaces joined columns.)
    fields = items.row_fields()
    parents = list(
        Reflection.objects.filter(pk__in=first_per_target_qs.values("pk")).values_list(*fields)
    )
    replies = list(
        Reflection.objects.published()
        .filter(parent_id__in=first_per_target_qs.values("pk"))
        .order_by("created_at", "pk")
        .values_list(*fields)
    )
    created_at, pk = fields.index("created_at"), fields.index("id")
    parents.sort(key=lambda row: (row[created_at], row[pk]))
    shown: dict[tuple, list[items.ShownItem]] = defaultdict(list)
    for item in items.shown_items(parents, replies, version, positions):
        shown[target_key(item)].append(item)
    return dict(shown)


def consultation_size(version) -> int | None:
    """How many published reflections the consultation before an adopted ``version`` drew
    (None for a version that followed no consultation, or is not adopted yet)."""
    if not version.based_on_id or version.status not in FROZEN_STATUSES:
        return None
    return Reflection.objects.filter(
        version_id=version.based_on_id, status=Reflection.Status.APPROVED
    ).count()


def consultation_sizes(versions) -> dict[int, int | None]:
    """consultation_size of each of ``versions``, in one query."""
    frozen = {
        v.pk: v.based_on_id for v in versions if v.based_on_id and v.status in FROZEN_STATUSES
    }
    counted = dict(
        Reflection.objects.filter(
            version_id__in=set(frozen.values()), status=Reflection.Status.APPROVED
        )
        .values("version_id")
        .annotate(n=Count("pk"))
        .values_list("version_id", "n")
        .order_by()
    )
    return {v.pk: counted.get(frozen[v.pk], 0) if v.pk in frozen else None for v in versions}


def for_target_list(
    version,
    *,
    section=None,
    question=None,
    whole_paper=False,
    paragraph: int | None = None,
    perspective=None,
    page_number=1,
):
    """All approved reflections on one target (or one paragraph of a section), paginated,
    with their replies."""
    approved = Reflection.objects.filter(version=version, parent__isnull=True).published()
    if question is not None:
        approved = approved.filter(question=question)
    elif section is not None and paragraph is not None:
        approved = approved.filter(section=section, quote_paragraph=paragraph)
    elif section is not None:
        approved = approved.filter(section=section)
    elif whole_paper:
        approved = approved.filter(section__isnull=True, question__isnull=True)
    if perspective:
        approved = approved.filter(perspective=perspective)
    ordered = approved.select_related(
        "author",
        *extensions.RELATED,
    ).order_by("created_at", "pk")
    page = paginate(ordered, page_number, settings.REFLECTIONS_PAGE_SIZE, beyond_last_is_404=True)
    reflections = page.object_list
    offset = (page.number - 1) * settings.REFLECTIONS_PAGE_SIZE
    shown = ordered.values("pk")[offset : offset + settings.REFLECTIONS_PAGE_SIZE]
    replies = (
        Reflection.objects.published()
        .filter(parent_id__in=shown)
        .select_related("author", *extensions.RELATED)
        .order_by("created_at", "pk")
    )
    by_parent: dict[int, list[Reflection]] = defaultdict(list)
    for reply in replies:
        reply.version = version
        by_parent[reply.parent_id].append(reply)
    for reflection in reflections:
        reflection.version = version
        if section is not None:  # its quote is named by where it is in the section
            reflection.section = section
        reflection.reply_list = by_parent.get(reflection.pk, [])
    return page, reflections


@dataclass
class TargetReflections:
    """What the paper page shows under one question, one section or the paper as a whole."""

    key: tuple[str, int | None]
    label: str  # names the target to a screen reader (HTML for a question)
    compose_label: str
    compose_url: str
    list_url: str
    items: list[items.ShownItem] = field(default_factory=list)
    count: int = 0
    has_more: bool = False

    @property
    def slot(self) -> str:
        """Its place in the page's skeleton (public.body)."""
        kind, pk = self.key
        return f"{kind}-{pk or 0}"

    def filled(self, shown: list[items.ShownItem], count: int, perspective: str | None):
        """This target with its reflections (shown under the perspective filter, if any)."""
        approved_shown = sum(1 for item in shown if item.status == Reflection.Status.APPROVED)
        suffix = f"&perspectief={perspective}" if perspective else ""
        return replace(
            self,
            items=shown,
            count=count,
            has_more=count > approved_shown,
            list_url=f"{self.list_url}{suffix}",
        )


def targets_of(page) -> list[TargetReflections]:
    """Every target on a papers.selectors.PaperPage, in page order, each also set on its
    section, question or the page (``target_reflections``, ``paper_reflections``), without
    reflections yet."""
    kwargs = {"code": page.paper.code, "version": page.version.number}
    compose = reverse("reflections:compose", kwargs=kwargs)
    listing = reverse("reflections:list", kwargs=kwargs)
    found = []

    def target(key, label: str, compose_label: str, query: str) -> TargetReflections:
        made = TargetReflections(
            key=key,
            label=label,
            compose_label=compose_label,
            compose_url=f"{compose}{query}",
            list_url=f"{listing}{query}",
        )
        found.append(made)
        return made

    for section in page.sections:
        section.target_reflections = target(
            ("section", section.pk), section.heading, _("Reageer op deze sectie"),
            f"?sectie={section.anchor}",
        )  # fmt: skip
        for question in section.question_list:
            question.target_reflections = target(
                ("question", question.pk), question.text_html, _("Reageer op deze vraag"),
                f"?vraag={question.anchor}",
            )  # fmt: skip
    for group in page.groups:
        for question in group.question_list:
            question.target_reflections = target(
                ("question", question.pk), question.text_html, _("Reageer op deze vraag"),
                f"?vraag={question.anchor}",
            )  # fmt: skip
    page.paper_reflections = target(PAPER, page.paper.title, _("Reageer op de paper"), "?geheel=1")
    return found


def attach_to_page(page, on_page: ReflectionsOnPage) -> None:
    """Hang the reflections on the sections and questions of a papers.selectors.PaperPage."""
    targets_of(page)
    for section in page.sections:
        section.body_with_markers = passage_markers.with_markers(
            section, on_page.paragraph_counts, page.version
        )
        _fill(section, on_page)
        for question in section.question_list:
            _fill(question, on_page)
    for group in page.groups:
        for question in group.question_list:
            _fill(question, on_page)
        group.reflection_count = sum(q.target_reflections.count for q in group.question_list)
    page.paper_reflections = _filled(page.paper_reflections, on_page)
    page.reflections = on_page


def _filled(target: TargetReflections, on_page: ReflectionsOnPage) -> TargetReflections:
    return target.filled(
        on_page.shown.get(target.key, []), on_page.counts.get(target.key, 0), on_page.perspective
    )


def _fill(holder, on_page: ReflectionsOnPage) -> None:
    holder.target_reflections = _filled(holder.target_reflections, on_page)


@functools.lru_cache(maxsize=20_000)
def paper_of_reflection(pk: int) -> str:
    code = Reflection.objects.filter(pk=pk).values_list("version__paper__code", flat=True).first()
    if code is None:
        raise LookupError(pk)  # not remembered: lru_cache keeps answers, not exceptions
    return code


def reflection_pages(request, pk: int, *args, **kwargs) -> list[str] | None:
    """The generations a reflection's own page depends on: its paper's (a reply published,
    a hide, a name change and a new version all renew it). A reflection never moves to
    another paper, so which paper it is on is remembered by each process."""
    try:
        return [paper_scope(paper_of_reflection(pk))]
    except LookupError:
        return None


def reflection_page(pk: int) -> Reflection:
    """One published reflection and, if it is not a reply itself, its published replies
    (``reply_list``); 404 for anything not published (two queries)."""
    reflection = get_object_or_404(
        Reflection.objects.published().select_related(
            "version__paper", "author", "section", "question", *extensions.RELATED,
            *extensions.OWN_PAGE_RELATED, "parent__author",
        ),
        pk=pk,
    )  # fmt: skip
    if reflection.parent is None:
        reflection.reply_list = list(
            Reflection.objects.published()
            .filter(parent=reflection)
            .select_related("author", "version", *extensions.RELATED)
            .order_by("published_at", "pk")
        )
    return reflection
