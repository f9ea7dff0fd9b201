"""The search language visitors and editors type: words that must all occur, "a phrase",
-excluded, and OR between alternatives. One parser for the public search
(public/search.py) and the editors' work list (governance/worklist.py), so
a query finds on both what it finds on one (#29: the work list took "geschreven" as one
literal substring, and also found "goed geschreven" and "ongeschreven").

Two ways to match it: PostgreSQL's full-text search with the Dutch configuration (stemming;
``to_tsquery``), and, on SQLite, word beginnings in the text (``matches``): the same
language, without stemming.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Q

MAX_WORDS = 8
CONFIG = "dutch"
TOKEN_RE = re.compile(r'(-?)"([^"]*)"|(-?)(\w+)', re.UNICODE)


@dataclass
class Term:
    words: list[str]  # one word, or the words of a "quoted phrase"
    negate: bool = False

    @property
    def pattern(self) -> str:
        """A regular expression for the term in a text: its first word at the beginning of a
        word (as PostgreSQL matches a prefix, "beslis" finds "beslissing", never
        "ongeschreven" for "geschreven"), a phrase's words one after the other."""
        return r"(?<!\w)" + r"\W+".join(re.escape(word) for word in self.words)


def parse_query(query: str) -> list[list[Term]]:
    """The query as alternatives (split by OR), each a list of terms that must all match:
    "quoted words" are a phrase, -word excludes. Only word characters are kept, so nothing
    typed can break the query syntax of either database."""
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
    """The words as a PostgreSQL tsquery, matching word beginnings.

    PostgreSQL's Dutch stemmer leaves "zorgrelaties" and "zorgrelatie" apart, so each word
    matches as a prefix of a stemmed word ("zorgrelatie:*"). A phrase matches its words in
    a row; & binds before | in a tsquery, as OR separates the alternatives here.
    """

    def term(t: Term) -> str:
        text = "(" + " <-> ".join(t.words) + ")" if len(t.words) > 1 else f"{t.words[0]}:*"
        return f"!{text}" if t.negate else text

    return " | ".join(" & ".join(term(t) for t in terms) for terms in parse_query(query))


def matches(alternatives: list[list[Term]], fields: tuple[str, ...]) -> Q:
    """Where the parsed query matches one of ``fields`` (case-insensitive, at word
    beginnings), for a database without full-text search. No alternatives: nothing."""
    if not alternatives:
        return Q(pk__in=[])

    def occurs(term: Term) -> Q:
        either = Q()
        for name in fields:
            either |= Q(**{f"{name}__iregex": term.pattern})
        return either

    condition = Q()
    for terms in alternatives:
        every = Q()
        for term in terms:
            every &= ~occurs(term) if term.negate else occurs(term)
        condition |= every
    return condition
