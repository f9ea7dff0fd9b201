"""Search over the papers (titles, sections, questions) and the published reflections.

Only what any visitor may read is searched: the current public version of each paper,
and approved reflections on public versions. An anonymous reflection never shows its
author. On PostgreSQL: full-text search with the Dutch configuration (stemming, so
"zorgrelatie" finds "zorgrelaties"), ranked, with PostgreSQL's own highlighting, over a
stored tsvector per row with a GIN index (no vector is built per query). On SQLite:
every word must occur (case-insensitive); the same page, without stemming.

A search costs six queries on PostgreSQL (five on SQLite), whatever it finds: the public
versions, then papers, sections, questions, and the reflections: ranked first, then the
best of them read in full.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from papers.models import Paper, PaperVersion, Question, Section
from papers.selectors import current_version
from reflections.models import Reflection

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
PER_KIND = 30  # hits per kind (papers, sections, questions, reflections)
CONFIG = "dutch"
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
    versions = list(PaperVersion.objects.public().select_related("paper"))
    by_paper: dict[int, list[PaperVersion]] = defaultdict(list)
    for version in versions:
        by_paper[version.paper_id].append(version)
    current_ids = [current_version(vs).pk for vs in by_paper.values()]
    public_ids = [version.pk for version in versions]
    engine = _Postgres(query) if connection.vendor == "postgresql" else _Simple(query)

    hits: list[Hit] = []
    papers = Paper.objects.filter(pk__in=by_paper.keys())
    for paper in engine.run(papers, ("title", "subtitle"), "subtitle"):
        current = next(v for v in by_paper[paper.pk] if v.pk in current_ids)
        hits.append(
            _hit("paper", paper, current, _("Paper"), paper.title, paper.get_absolute_url())
        )
    sections = Section.objects.filter(version_id__in=current_ids).select_related("version__paper")
    for section in engine.run(sections, ("title", "body"), "body"):
        hits.append(
            _hit(
                "section",
                section,
                section.version,
                _("Sectie"),
                section.heading,
                f"{section.version.get_absolute_url()}#{section.anchor}",
            )
        )
    questions = Question.objects.filter(
        Q(group__question_set__version_id__in=current_ids) | Q(section__version_id__in=current_ids)
    ).select_related("group__question_set__version__paper", "section__version__paper")
    for question in engine.run(questions, ("text",), "text"):
        version = (
            question.section.version if question.section_id else question.group.question_set.version
        )
        hits.append(
            _hit(
                "question",
                question,
                version,
                _("Vraag"),
                question.label,
                f"{version.get_absolute_url()}#{question.anchor}",
            )
        )
    reflections = Reflection.objects.published().filter(version_id__in=public_ids)
    shown_with = ("version__paper", "section", "question", "author")
    for reflection in engine.run(reflections, ("body",), "body", ranked_first=shown_with):
        hit = _hit(
            "reflection",
            reflection,
            reflection.version,
            _("Reflectie"),
            reflection.summary_title,
            reflection.get_permalink(),
        )
        hit.author = (
            ""
            if reflection.is_anonymous or not reflection.author
            else reflection.author.display_name
        )
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


TOKEN_RE = re.compile(r'(-?)"([^"]*)"|(-?)(\w+)', re.UNICODE)


@dataclass
class Term:
    words: list[str]  # one word, or the words of a "quoted phrase"
    negate: bool = False


def parse_query(query: str) -> list[list[Term]]:
    """The visitor's query as alternatives (split by OR), each a list of terms that must
    all match: "quoted words" are a phrase, -word excludes. Only word characters are kept,
    so nothing typed can break the query syntax of either database."""
    alternatives: list[list[Term]] = [[]]
    count = 0
    for match in TOKEN_RE.finditer(query):
        negate_phrase, phrase, negate_word, word = match.groups()
        if word and word.upper() == "OR" and not negate_word:
            if alternatives[-1]:
                alternatives.append([])
            continue
        if phrase is not None:
            words = re.findall(r"\w+", phrase)
            if not words:
                continue
            alternatives[-1].append(Term(words, negate=bool(negate_phrase)))
        else:
            alternatives[-1].append(Term([word], negate=bool(negate_word)))
        count += 1
        if count >= MAX_WORDS:
            break
    # An alternative of exclusions only ("-familie") would list everything else: not a search.
    return [terms for terms in alternatives if any(not term.negate for term in terms)]


def to_tsquery(query: str) -> str:
    """The visitor's words as a PostgreSQL tsquery, matching word beginnings.

    PostgreSQL's Dutch stemmer leaves "zorgrelaties" and "zorgrelatie" apart, so each word
    matches as a prefix of a stemmed word ("zorgrelatie:*"). A phrase matches its words in
    a row; & binds before | in a tsquery, as OR separates the alternatives here.
    """

    def term(t: Term) -> str:
        text = "(" + " <-> ".join(t.words) + ")" if len(t.words) > 1 else f"{t.words[0]}:*"
        return f"!{text}" if t.negate else text

    return " | ".join(" & ".join(term(t) for t in terms) for terms in parse_query(query))


class _Postgres:
    def __init__(self, query: str):
        from django.contrib.postgres.search import SearchQuery

        self.raw = to_tsquery(query)
        self.search_query = SearchQuery(self.raw, config=CONFIG, search_type="raw")

    def run(
        self,
        queryset: QuerySet,
        fields: tuple[str, ...],
        excerpt_field: str,
        *,
        ranked_first: tuple[str, ...] | None = None,
    ):
        """The best PER_KIND matches of ``queryset``, each with its rank and headline.

        ``ranked_first`` (the relations to load) for a table that grows, the reflections:
        the matches are ranked over their stored vectors alone, and only the best PER_KIND
        rows are then read in full, with those relations and their headlines. Sorting
        thousands of matches with every joined column made PostgreSQL sort on disk (70 ms
        for a common word at 10,000 reflections).
        """
        from django.contrib.postgres.search import SearchRank, SearchVectorField

        if not self.raw:
            return []
        # The row's stored vector (a generated column with a GIN index: the fields weighted
        # A, B … in this order; papers/migrations/0011, reflections/migrations/0006).
        table = queryset.model._meta.db_table
        stored = RawSQL(f'"{table}"."{VECTOR_COLUMN}"', [], output_field=SearchVectorField())
        ranked = (
            queryset.annotate(document=stored)
            .filter(document=self.search_query)
            .annotate(rank=SearchRank(F("document"), self.search_query))
            .order_by("-rank", "pk")
        )
        if ranked_first is None:
            return list(ranked.annotate(headline=self._headline(excerpt_field))[:PER_KIND])
        best = dict(ranked.values_list("pk", "rank")[:PER_KIND])
        rows = (
            queryset.model._base_manager.filter(pk__in=best)
            .select_related(*ranked_first)
            .annotate(headline=self._headline(excerpt_field))
        )
        found = sorted(rows, key=lambda row: (-best[row.pk], row.pk))
        for row in found:
            row.rank = best[row.pk]
        return found

    def _headline(self, excerpt_field: str):
        from django.contrib.postgres.search import SearchHeadline

        return SearchHeadline(
            excerpt_field,
            self.search_query,
            config=CONFIG,
            start_sel=START,
            stop_sel=STOP,
            max_words=30,
            min_words=12,
            max_fragments=2,
            fragment_delimiter=" … ",
        )


class _Simple:
    """SQLite: the same query language without stemming: each word or phrase must occur
    (case-insensitive) in one of the fields, -excluded ones in none; OR between
    alternatives. Highlighted in Python."""

    def __init__(self, query: str):
        self.alternatives = parse_query(query.lower())
        words = [
            " ".join(term.words) for terms in self.alternatives for term in terms if not term.negate
        ]
        self.words = list(dict.fromkeys(w for w in words if len(w) > 1))

    def _condition(self, fields: tuple[str, ...]) -> Q:
        def occurs(text: str) -> Q:
            either = Q()
            for name in fields:
                either |= Q(**{f"{name}__icontains": text})
            return either

        condition = Q()
        for terms in self.alternatives:
            every = Q()
            for term in terms:
                text = " ".join(term.words)
                every &= ~occurs(text) if term.negate else occurs(text)
            condition |= every
        return condition

    def run(
        self,
        queryset: QuerySet,
        fields: tuple[str, ...],
        excerpt_field: str,
        *,
        ranked_first: tuple[str, ...] | None = None,
    ):
        if not self.words:  # nothing to look for (only exclusions, or nothing at all)
            return []
        if ranked_first is not None:
            queryset = queryset.select_related(*ranked_first)
        found = list(queryset.filter(self._condition(fields)).order_by("pk")[:PER_KIND])
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
