"""Search over the papers (titles, sections, questions) and the published reflections.

Only what any visitor may read is searched: the current public version of each paper,
and approved reflections on public versions. An anonymous reflection never shows its
author. On PostgreSQL: full-text search with the Dutch configuration (stemming, so
"zorgrelatie" finds "zorgrelaties"), ranked, with PostgreSQL's own highlighting, over a
stored tsvector per row with a GIN index (no vector is built per query). On SQLite:
every word must occur at the beginning of a word (case-insensitive); the same page,
without stemming. The query language is civcare.core.search_syntax, which the editors'
work list reads too.

A search costs two queries on PostgreSQL, whatever it finds: the public versions, then
one statement for papers, sections, questions and reflections, each limited (POSTGRES_SQL).
On SQLite five: the versions and one per kind.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from civcare.accounts.models import Perspective
from civcare.core.search_syntax import matches, parse_query, to_tsquery
from papers.models import Paper, PaperVersion, Question, Section
from papers.selectors import current_version
from reflections.models import Reflection, summary_texts, summary_title

MAX_QUERY_LENGTH = 200
PER_KIND = 30  # hits per kind (papers, sections, questions, reflections)
PERMALINK_PLACEHOLDER = 987654321
# The stored, weighted tsvector of each searched table (PostgreSQL only).
VECTOR_COLUMN = "search_vector"
# Markers for the highlighted words that cannot occur in the text; the text is escaped,
# then they become <mark> elements.
START, STOP = "\x02", "\x03"
# Markdown syntax left in an excerpt of the source text: link targets (also one the excerpt
# cut off: "(paper:SHPP003-03"), emphasis, headings, quote and list markers.
MARKDOWN_NOISE = re.compile(
    r"\]?\((?:paper:|https?://|mailto:)[^)\s]*\)?|[*_`#\[\]]|^\s*(?:>|[-+]\s|\d+\.\s)\s*",
    re.MULTILINE,
)


@dataclass
class Hit:
    kind: str  # "paper", "section", "question", "reflection"
    label: str
    title: str
    url: str
    snippet: SafeString
    rank: float
    version: PaperVersion | None = None
    author: str = ""

    @property
    def html(self) -> SafeString:
        """The result as the list shows it. Built here, once, rather than by the template:
        a common word gives some sixty results, and the template's lookups for each were a
        fifth of the page's time."""
        author = (
            format_html('<p class="search-hit__author">{}</p>', self.author)
            if self.kind == "reflection" and self.author
            else ""
        )
        snippet = (
            format_html('<p class="search-hit__snippet">{}</p>', self.snippet)
            if self.snippet
            else ""
        )
        return format_html(
            '<li class="search-hit search-hit--{}"><p class="search-hit__head">'
            '<span class="tag">{}</span> <a href="{}">{}</a> '
            '<span class="search-hit__version">{}</span></p>{}{}</li>',
            self.kind, self.label, self.url, self.title, self.version.label, snippet, author,
        )  # fmt: skip


@dataclass
class PaperResults:
    paper: Paper
    hits: list[Hit] = field(default_factory=list)

    @property
    def rank(self) -> float:
        return max(hit.rank for hit in self.hits)


@dataclass
class Results:
    query: str
    groups: list[PaperResults]

    @property
    def count(self) -> int:
        return sum(len(group.hits) for group in self.groups)


def clean_query(raw: str | None) -> str:
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def cache_variant(raw_query: str | None) -> tuple[str, bool]:
    """What of ``?q=`` the results page shows: the cleaned query, and whether it was cut."""
    return clean_query(raw_query), len(" ".join((raw_query or "").split())) > MAX_QUERY_LENGTH


def search(raw_query: str) -> Results:
    query = clean_query(raw_query)
    if not query:
        return Results(query="", groups=[])
    versions = {v.pk: v for v in PaperVersion.objects.public().select_related("paper")}
    urls = {pk: version.get_absolute_url() for pk, version in versions.items()}
    by_paper: dict[int, list[PaperVersion]] = defaultdict(list)
    for version in versions.values():
        by_paper[version.paper_id].append(version)
    current_ids = [current_version(vs).pk for vs in by_paper.values()]
    engine = _Postgres(query) if connection.vendor == "postgresql" else _Simple(query)
    found = engine.find(papers=list(by_paper), current=current_ids, public=list(versions))

    # Every hit names its version: the ones read above, with their papers.
    hits: list[Hit] = []
    for paper in found.papers:
        current = next(v for v in by_paper[paper.pk] if v.pk in current_ids)
        hits.append(
            _hit("paper", paper, current, _("Paper"), paper.title, paper.get_absolute_url())
        )
    for kind, label, passages in [
        ("section", _("Sectie"), found.sections),
        ("question", _("Vraag"), found.questions),
    ]:
        for passage in passages:
            version = versions[passage.version_id]
            url = f"{urls[version.pk]}#{passage.anchor}"
            hits.append(_hit(kind, passage, version, label, passage.title, url))
    # One reverse() for all reflections: resolving the pattern is most of its cost.
    permalink = reverse("reflections:detail", args=[PERMALINK_PLACEHOLDER])
    label = _("Reflectie")
    for reflection in found.reflections:
        url = permalink.replace(str(PERMALINK_PLACEHOLDER), str(reflection.pk))
        version = versions[reflection.version_id]
        hit = _hit("reflection", reflection, version, label, reflection.title, url)
        hit.author = reflection.author
        hits.append(hit)

    groups: dict[int, PaperResults] = {}
    for hit in hits:
        paper = hit.version.paper
        groups.setdefault(paper.pk, PaperResults(paper=paper)).hits.append(hit)
    order = {"paper": 0, "section": 1, "question": 2, "reflection": 3}
    for group in groups.values():
        group.hits.sort(key=lambda h: (order[h.kind], -h.rank))
    return Results(query=query, groups=sorted(groups.values(), key=lambda g: -g.rank))


def _hit(kind, obj, version, label, title, url) -> Hit:
    return Hit(
        kind=kind,
        label=label,
        title=title,
        url=url,
        snippet=_snippet(getattr(obj, "headline", "")),
        rank=float(getattr(obj, "rank", 0) or 0),
        version=version,
    )


def _snippet(text: str) -> SafeString:
    """Escape the excerpt, then turn the markers into <mark>: user text never becomes HTML."""
    plain = " ".join(MARKDOWN_NOISE.sub("", text or "").split())
    html = escape(plain).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(html)


@dataclass
class FoundPassage:
    """A section or a question as a result shows it (plain data, as FoundReflection)."""

    pk: int
    version_id: int
    anchor: str
    title: str  # "6. Kernprincipes …", "11. Wat gebeurt er …"
    rank: float
    headline: str


@dataclass
class FoundReflection:
    """A published reflection as a result shows it. Plain data: building a model instance
    (and its author, section and question) for each of thirty hits cost more than the
    statement that finds them."""

    pk: int
    version_id: int
    title: str  # "Naaste, over vraag 11"
    author: str  # "" for an anonymous reflection or a deleted account
    rank: float
    headline: str


@dataclass
class Found:
    """What a search found of each kind (at most PER_KIND each), each with its ``rank`` and
    ``headline``: only the fields a result shows are filled in."""

    papers: list[Paper] = field(default_factory=list)
    sections: list[FoundPassage] = field(default_factory=list)
    questions: list[FoundPassage] = field(default_factory=list)
    reflections: list[FoundReflection] = field(default_factory=list)


# All four kinds in one statement. The visitor's query is parsed once (a materialised CTE,
# read as a scalar subquery: in a prepared statement's generic plan a plain to_tsquery($1)
# is parsed again for every row). Each kind is ranked over its stored, weighted tsvector
# (papers/migrations/0011; for reflections the narrow SearchEntry table, which holds only
# approved reflections: a reply counts while its parent has an entry too) and only the
# best PER_KIND rows get a headline. The reflections are ranked before anything else of
# them is read: sorting thousands of matches with every joined column made PostgreSQL sort
# on disk (70 ms for a common word at 10,000 reflections).
POSTGRES_SQL = """
WITH query AS MATERIALIZED (SELECT to_tsquery('dutch'::regconfig, %(query)s) AS q),
best_reflections AS (
    SELECT e.reflection_id AS id, ts_rank(e.vector, (SELECT q FROM query)) AS rank
    FROM reflections_searchentry e
    WHERE e.vector @@ (SELECT q FROM query)
      AND e.version_id = ANY(%(public)s)
      AND (e.parent_id IS NULL OR EXISTS (
          SELECT 1 FROM reflections_searchentry p WHERE p.reflection_id = e.parent_id))
    ORDER BY rank DESC, e.reflection_id
    LIMIT %(limit)s
)
(SELECT 'paper' AS kind, p.id, ts_rank(p.search_vector, (SELECT q FROM query)) AS rank,
        ts_headline('dutch'::regconfig, p.subtitle, (SELECT q FROM query), %(options)s),
        NULL::bigint AS version_id, p.title, p.code AS number, NULL AS anchor,
        NULL AS text_html, NULL::bigint AS parent_id, NULL AS perspective,
        NULL::boolean AS is_anonymous, NULL::bigint AS author_id, NULL AS author_name,
        NULL::bigint AS section_id, NULL AS section_number, NULL AS section_title,
        NULL::bigint AS question_id, NULL AS question_number, NULL AS question_text_html
 FROM papers_paper p
 WHERE p.id = ANY(%(papers)s) AND p.search_vector @@ (SELECT q FROM query)
 ORDER BY 3 DESC, 2 LIMIT %(limit)s)
UNION ALL
(SELECT 'section', s.id, ts_rank(s.search_vector, (SELECT q FROM query)),
        ts_headline('dutch'::regconfig, s.body, (SELECT q FROM query), %(options)s),
        s.version_id, s.title, s.number, s.anchor,
        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
 FROM papers_section s
 WHERE s.version_id = ANY(%(current)s) AND s.search_vector @@ (SELECT q FROM query)
 ORDER BY 3 DESC, 2 LIMIT %(limit)s)
UNION ALL
(SELECT 'question', q.id, ts_rank(q.search_vector, (SELECT q FROM query)),
        ts_headline('dutch'::regconfig, q.text, (SELECT q FROM query), %(options)s),
        q.version_id, NULL, q.number, q.anchor,
        q.text_html, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
 FROM papers_question q
 WHERE q.version_id = ANY(%(current)s) AND q.search_vector @@ (SELECT q FROM query)
 ORDER BY 3 DESC, 2 LIMIT %(limit)s)
UNION ALL
(SELECT 'reflection', r.id, b.rank,
        ts_headline('dutch'::regconfig, r.body, (SELECT q FROM query), %(options)s),
        r.version_id, NULL, NULL, NULL, NULL, r.parent_id, r.perspective,
        r.is_anonymous, r.author_id, u.display_name, s.id, s.number, s.title,
        qn.id, qn.number, qn.text_html
 FROM best_reflections b
 JOIN reflections_reflection r ON r.id = b.id AND r.status = 'approved'
 LEFT JOIN accounts_user u ON u.id = r.author_id
 LEFT JOIN papers_section s ON s.id = r.section_id
 LEFT JOIN papers_question qn ON qn.id = r.question_id)
"""
HEADLINE_OPTIONS = (
    f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2, "
    "FragmentDelimiter=' … '"
)


class _Postgres:
    def __init__(self, query: str):
        self.raw = to_tsquery(query)

    def find(self, *, papers: list[int], current: list[int], public: list[int]) -> Found:
        found = Found()
        if not self.raw:
            return found
        with connection.cursor() as cursor:
            cursor.execute(POSTGRES_SQL, {
                "query": self.raw, "options": HEADLINE_OPTIONS, "limit": PER_KIND,
                "papers": papers, "current": current, "public": public,
            })  # fmt: skip
            rows = cursor.fetchall()
        # Translated once per search, not once per result.
        perspective_labels = {value: str(label) for value, label in Perspective.choices}
        texts = summary_texts()
        for (kind, pk, rank, headline, version_id, title, number, anchor, text_html, parent_id,
             perspective, is_anonymous, _author_id, author_name, section_id, section_number,
             section_title, question_id, question_number, question_text_html) in rows:  # fmt: skip
            if kind == "paper":
                row = Paper(pk=pk, title=title, code=number)
                found.papers.append(row)
            elif kind == "section":
                heading = f"{number}. {title}" if number else title
                found.sections.append(
                    FoundPassage(pk, version_id, anchor, heading, float(rank or 0), headline)
                )
                continue
            elif kind == "question":
                text = html.unescape(strip_tags(text_html))
                label = f"{number}. {text}" if number else text
                found.questions.append(
                    FoundPassage(pk, version_id, anchor, label, float(rank or 0), headline)
                )
                continue
            else:
                question_text = (
                    html.unescape(strip_tags(question_text_html))
                    if question_id is not None and not question_number
                    else ""
                )
                section_heading = (
                    (f"{section_number}. {section_title}" if section_number else section_title)
                    if section_id is not None and question_id is None
                    else ""
                )
                title = summary_title(
                    perspective_labels.get(perspective, perspective),
                    question_number=question_number,
                    question_text=question_text,
                    section_heading=section_heading,
                    is_reply=parent_id is not None,
                    texts=texts,
                )
                found.reflections.append(FoundReflection(
                    pk, version_id, title, "" if is_anonymous else (author_name or ""),
                    float(rank or 0), headline,
                ))  # fmt: skip
                continue
            row.rank, row.headline = rank, headline
        found.reflections.sort(key=lambda r: (-r.rank, r.pk))
        return found


class _Simple:
    """SQLite: the same query language without stemming: each word or phrase must occur
    (case-insensitive, at the beginning of a word) in one of the fields, -excluded ones in
    none; OR between alternatives (civcare.core.search_syntax.matches). Highlighted in
    Python."""

    def __init__(self, query: str):
        self.alternatives = parse_query(query)
        words = [
            " ".join(term.words).lower()
            for terms in self.alternatives
            for term in terms
            if not term.negate
        ]
        self.words = list(dict.fromkeys(w for w in words if len(w) > 1))

    def find(self, *, papers: list[int], current: list[int], public: list[int]) -> Found:
        reflections = Reflection.objects.published().filter(version_id__in=public)
        return Found(
            papers=self.run(Paper.objects.filter(pk__in=papers), ("title", "subtitle"), "subtitle"),
            sections=[
                FoundPassage(s.pk, s.version_id, s.anchor, s.heading, s.rank, s.headline)
                for s in self.run(
                    Section.objects.filter(version_id__in=current), ("title", "body"), "body"
                )
            ],
            questions=[
                FoundPassage(q.pk, q.version_id, q.anchor, q.label, q.rank, q.headline)
                for q in self.run(
                    Question.objects.filter(version_id__in=current), ("text",), "text"
                )
            ],
            reflections=[
                FoundReflection(
                    r.pk,
                    r.version_id,
                    r.summary_title,
                    "" if r.is_anonymous or not r.author else r.author.display_name,
                    r.rank,
                    r.headline,
                )
                for r in self.run(
                    reflections.select_related("section", "question", "author"), ("body",), "body"
                )
            ],
        )

    def run(self, queryset: QuerySet, fields: tuple[str, ...], excerpt_field: str):
        if not self.words:  # nothing to look for (only exclusions, or nothing at all)
            return []
        found = list(queryset.filter(matches(self.alternatives, fields)).order_by("pk")[:PER_KIND])
        for obj in found:
            obj.headline = self._excerpt(getattr(obj, excerpt_field) or "")
            obj.rank = sum(
                str(getattr(obj, name) or "").lower().count(word)
                for name in fields
                for word in self.words
            )
        return sorted(found, key=lambda o: -o.rank)

    def _excerpt(self, text: str, width: int = 220) -> str:
        pattern = re.compile("|".join(re.escape(word) for word in self.words), re.IGNORECASE)
        text = text.replace(START, "").replace(STOP, "")
        first = pattern.search(text)
        start = max(0, first.start() - width // 3) if first else 0
        end = start + width
        # Whole words only: widen the cut to the nearest spaces.
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        excerpt = text[start:end]
        excerpt = ("… " if start else "") + excerpt + (" …" if end < len(text) else "")
        return pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", excerpt)
