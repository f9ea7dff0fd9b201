"""The herleidbaarheidscheck: where a text may name or point to an identifiable person.

The moderation policy asks reflections to be about the paper and the system, never about
identifiable people or their own case (the papers are *niet casusgericht*); a health-related
context (AVG article 9) makes that matter more. ``find(text)`` marks what may identify
someone: person names, places, named care homes and care organisations, dates, ages, phone
numbers, email addresses, BSNs, dossier, case and reference numbers, web addresses and
social-media accounts. It is a help for authors and moderators, never a verdict: it warns,
it does not block. A finding that is probably not personal data ("FACT" of "het FACT-team",
"Punt" at the start of a sentence) says so (``Finding.is_probable``, see ``_is_probable``):
the moderator sees it, unticked; the author and the queue's counts do not.

Detection is done by deduce (UMC Utrecht's rule- and lookup-based de-identification of Dutch
clinical text; no model, nothing leaves the server). Only this module touches it: the rest
of the site sees ``Finding``s.

Cost. deduce builds its lookup structures (a few hundred thousand names, places, streets and
institutions) on first use, about two minutes, and as Python tries they take a gigabyte of
memory and ten seconds to load. ``prepare()`` (run at install time: ``make install``)
builds them once and stores a compact copy: the two largest lists (streets, care
institutions) as sets of phrases instead of tries, 10 times smaller and loaded in a second.
A process loads that copy when it starts (civcare.wsgi, ``make run``); ``find`` never builds
anything. When the copy is missing, ``find`` raises ``NotPrepared`` and callers show that
the check is not available.

Time. deduce's name patterns grow a name one token at a time, over every annotation, until
nothing changes: on a run of capitalised words its cost grows with the cube of the run
(1,200 × "Jan " took minutes, then overflowed the stack). ``find`` therefore runs deduce,
and the patterns, on chunks of the text (``chunks``): at most MAX_CHUNK characters, cut at
a sentence end where it can, and never more than MAX_RUN words in a row that a name can
grow over; the whole text has a time budget (settings.IDENTIFIABILITY_BUDGET_MS), checked
before each chunk. Whatever goes wrong (the budget, a RecursionError, any error inside
deduce) is ``CheckFailed``; with ``NotPrepared`` it is a ``CheckUnavailable``, which every
caller catches: it says the check is not available and keeps the text. What was found is
kept in the cache per text (a SHA-256 of it, never the text), so a moderator who opens a
waiting text twice, or an author who previews it again, does not run deduce twice.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import pickle
import re
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import deduce
import docdeid as dd
from django.conf import settings
from django.core.cache import cache
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, gettext_lazy

logger = logging.getLogger(__name__)

# Where prepare() stores the compact lookup structures (deduce's cache layout: <dir>/cache/).
DEFAULT_DIR = Path(sys.prefix) / "var" / "civcare-identifiability"
CACHE_FILE = Path("cache") / "lookup_structs.pickle"
# Written last: which deduce version the structures were built with (a newer deduce would
# otherwise rebuild them, for two minutes, when the detector is loaded).
VERSION_FILE = Path("cache") / "deduce-version"
# The lists that are too large as tries: stored as sets of phrases (see CompactLookup).
COMPACTED = ("street", "healthcare_institution")

# deduce's tags → the site's categories (the order is the order in which they are listed).
CATEGORIES = {
    "naam": ("persoon", "patient", "patiënt"),
    "plaats": ("locatie",),
    "instelling": ("ziekenhuis", "zorginstelling", "instelling"),
    "datum": ("datum",),
    "leeftijd": ("leeftijd",),
    "telefoon": ("telefoonnummer",),
    "email": ("emailadres",),
    "bsn": ("bsn",),
    "nummer": ("id", "patientnummer", "identificatie"),
    "url": ("url",),
    "account": (),  # found by PATTERNS only: deduce has no social media
}
CATEGORY_OF_TAG = {tag: category for category, tags in CATEGORIES.items() for tag in tags}
# How a finding is named to the author and the moderator ("Mogelijk een naam: Jan de Vries").
LABELS = {
    "naam": gettext_lazy("Mogelijk een naam"),
    "plaats": gettext_lazy("Mogelijk een plaats of adres"),
    "instelling": gettext_lazy("Mogelijk de naam van een instelling"),
    "datum": gettext_lazy("Een datum"),
    "leeftijd": gettext_lazy("Een leeftijd"),
    "telefoon": gettext_lazy("Een telefoonnummer"),
    "email": gettext_lazy("Een e-mailadres"),
    "bsn": gettext_lazy("Een burgerservicenummer"),
    "nummer": gettext_lazy("Mogelijk een dossier- of patiëntnummer"),
    "url": gettext_lazy("Een webadres"),
    "account": gettext_lazy("Mogelijk een account op sociale media"),
}
# What replaces a finding when a moderator publishes the text without it: Dutch, like the
# texts themselves.
PLACEHOLDERS = {
    "naam": "[naam]",
    "plaats": "[plaats]",
    "instelling": "[instelling]",
    "datum": "[datum]",
    "leeftijd": "[leeftijd]",
    "telefoon": "[telefoonnummer]",
    "email": "[e-mailadres]",
    "bsn": "[bsn]",
    "nummer": "[nummer]",
    "url": "[webadres]",
    "account": "[account]",
}

# Words that look like what deduce looks for but, in reflections on these papers, are not
# personal data: the foundation, the papers' own words, roles and kinds of institution.
NOT_PERSONAL = {
    "civ-care", "civcare", "kamer", "kamer van sociale waarden", "de kamer van sociale waarden",
    "stichting de kamer van sociale waarden", "herstel", "open dialogue", "polyfonie",
    "de kamer",
}  # fmt: skip
PAPER_CODE = re.compile(r"^(?:SHPP|HPP|P)\d{3}(?:-\d{2})?$", re.IGNORECASE)
# Sentence-initial words deduce takes for a name.
NOT_NAMES = {"pas", "toch", "wel", "dan", "nu", "toen", "ook", "zelfs", "juist", "hoop", "rust"}

_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_MONTHS_SHORT = "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
# A year as people write it next to a month: "2025", "'25".
_YEAR = r"(?:19|20)\d{2}\b|['’]\d{2}\b"
_NAME = r"(?:(?:De|Het|'t|Den|Ter|Ten)\s)?[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?"
_INSTITUTION_KINDS = (
    r"(?:Woon)?[Zz]orgcentrum|Woonzorgcentrum|Woonzorgpark|Zorgpark|Verpleeghuis|"
    r"Verzorgingshuis|Kliniek|Ziekenhuis|Zorggroep|Zorgboerderij|Woonvoorziening|Woonvorm|"
    r"Jeugdhuis|Jeugdzorginstelling|Gezinshuis|Behandelcentrum|Instelling|Huize|"
    r"Basisschool|Scholengemeenschap|Hogeschool|Universiteit|GGZ|Ggz|Zorg|"
    # Kinds of place that come before a home's own name ("Beschermd Wonen De Brug",
    # "dagbesteding De Boomgaard", "Jeugdbescherming Brabant").
    r"Beschermd [Ww]onen|[Bb]egeleid [Ww]onen|Beschermde [Ww]oonvorm|[Ww]oongroep|"
    r"[Ww]oonlocatie|[Zz]orghuis|[Hh]ospice|[Dd]agbesteding|[Ll]ogeerhuis|[Ii]nloophuis|"
    r"[Kk]inderdagverblijf|[Ww]oonzorglocatie|[Jj]ongerenhuis|Jeugdbescherming|Veilig Thuis"
)
# How Dutch care homes are named without their kind: "de Parkhoeve", "De Rietkraag",
# "Het Zonnehuis" (a "-huis" after at least three letters: not "Thuis").
_HOME_ENDINGS = r"hof|hoeve|stede|gaarde|kraag|oord|hove|heem|dael|weide|baken|(?<=\w{3})huis"
# Ages written out: "zestien", "achtentachtig", "tweeëntachtig".
_UNITS = r"een|twee|drie|vier|vijf|zes|zeven|acht|negen"
_NUMBER_WORD = (
    rf"(?:(?:{_UNITS})(?:en|ën))?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|"
    rf"negentig)|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|"
    rf"negentien|twee|drie|vier|vijf|zes|zeven|acht|negen"
)
# "Een" is nearly always the article ("dochter van een vader", "ik ben een moeder"): it is an
# age only where nothing else can follow: "van één jaar", "van een jaar", "van één."
_ONE = r"(?:een|één|eén)(?=\s+jaar\b)|(?:één|eén)(?=\s*(?:[,.;:!?)]|$))"
_AGE = rf"\d{{1,3}}|(?i:{_NUMBER_WORD}|{_ONE})"
# An age as an ordinal: "op haar zestiende", "sinds zijn twaalfde", "vanaf mijn 16e" (not
# "eerste" and "tweede": "op zijn tweede dag").
_ORDINAL = (
    rf"(?:(?:{_UNITS})(?:en|ën))?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|"
    r"negentig)ste|(?:derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
    r"twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|"
    r"negentiende)|\d{1,3}(?:e|de|ste)"
)
# People an age is said of ("mijn buurvrouw van 93", "kleinzoons van zes"), also at the end
# of a longer word ("schoonmoeder", "tweelingbroers").
_PERSON = (
    r"meisje|jongen|jongetje|kind|kindje|zoon|dochter|zus|zusje|broer|broertje|dochtertje|"
    r"zoontje|kleinkind|kleinzoon|kleindochter|jongste|oudste|vader|moeder|opa|oma|man|"
    r"vrouw|buurman|buurvrouw|oom|tante|neef|nicht|vriend|vriendin|bewoner|cliënt|client|"
    r"patiënt|patient|puber|tiener|peuter|kleuter|baby|tweeling|meneer|mevrouw|dame|heer"
)
_NOT_AGE = r"(?!\s*(?:keer|procent|%|uur|minuten|dagen|weken|maanden|jaar geleden|euro|tot\b))"
# "Kanaleneiland", "de Schildersbuurt", "Hoofdstraat 12"
STREET = re.compile(
    r"\b[A-Z][a-z]+(?:buurt|wijk|eiland|kwartier)\b|"
    r"\b[A-Z][a-z]+(?:straat|weg|laan|plein|gracht|kade|dijk|singel|steeg)(?:\s\d+[a-z]?)?\b"
)
# What written Dutch names that deduce (made for clinical records) misses. Each pattern is
# about the wording, never about words from the test texts. A pattern that runs over a word
# ([\w'-]+) starts only where a whole word starts ((?<![\w'-]), not \b): from every letter
# after a hyphen it would read the rest of "A-A-A-…" again, quadratic in its length.

# "Kliniek De Horst", "Zorggroep Vechtoever", "Beschermd Wonen De Brug" (a kind, then a name).
KIND_AND_NAME = re.compile(rf"\b(?:{_INSTITUTION_KINDS})\s{_NAME}")
# A home by its name alone, within a sentence: "woont in De Regenboog", "naar Het Anker",
# "die toen nog De Wissel heette" (an article with a capital, not at the start of a
# sentence, begins a name). A person's name looks the same ("bij De Vries"): where deduce has
# a name there, the name stands (see _RANK).
HOME_BY_NAME = re.compile(r"(?<=[\w,;)] )(?:De|Het|'t)\s[A-Z][a-z][\w'-]*(?:\s[A-Z][\w'-]+)?")


def _organisations_pattern(path: Path) -> re.Pattern:
    """One pattern for the names in care_organisations.txt, longest first, as whole words;
    "GGZ" in a name also matches "GGz" and "Ggz"."""
    names = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    written = [
        re.escape(name).replace("GGZ", "(?:GGZ|GGz|Ggz)").replace(r"\ ", r"\s")
        for name in sorted(set(names), key=len, reverse=True)
    ]
    return re.compile(rf"(?<![\w'-])(?:{'|'.join(written)})(?![\w'-])")


# A part of a town: "Amsterdam-Noord", "Rotterdam-Zuid" (deduce's list of institutions has
# some of them).
DISTRICT = re.compile(r"\b[A-Z][a-z]+-(?:Noord|Zuid|Oost|West|Centrum|Zuidoost)\b")
# Care organisations by their brand name ("bij Lentis", "naar Buurtzorg"): see the file for
# where the list comes from.
CARE_ORGANISATION = _organisations_pattern(Path(__file__).with_name("care_organisations.txt"))

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("instelling", KIND_AND_NAME),
    ("instelling", CARE_ORGANISATION),
    ("instelling", HOME_BY_NAME),
    # … "Maasoever Ziekenhuis", "Parkwijk Zorg" (a name, then a kind) …
    (
        "instelling",
        re.compile(
            r"(?<![\w'-])(?!(?:Wet|Het|De|Een|Dit|Dat|Deze|Die|Elk|Elke|Ieder|Iedere|Ons|Onze|Mijn|Zijn|Haar|Hun|Uw|Geen|Welk|Welke|Ander|Andere|Goede|Eigen)\b)[A-Z][\w'-]+\s(?i:ziekenhuis|zorg|kliniek|zorggroep)\b"
        ),
    ),
    # … and a home by its name alone: "de Parkhoeve", "De Hoge Weide".
    (
        "instelling",
        re.compile(
            rf"(?<![\w'-])(?:(?:De|Het|'t)\s)?(?:[A-Z][a-z]+\s)?(?=[A-Z])[\w'-]*(?i:{_HOME_ENDINGS})\b"
        ),
    ),
    # "15 maart", "3 oktober 2024", "14 nov. 2023"; "maart 2025", "maart '25".
    (
        "datum",
        re.compile(
            rf"\b(?:[1-9]|[12]\d|3[01])\s(?:(?:{_MONTHS})\b|(?:{_MONTHS_SHORT})(?:\.|\b))"
            rf"(?:\s(?:{_YEAR}))?",
            re.IGNORECASE,
        ),
    ),
    ("datum", re.compile(rf"\b(?:{_MONTHS})\s(?:{_YEAR})", re.IGNORECASE)),
    # "Femke (15)", "mevrouw K. (79)"
    ("leeftijd", re.compile(r"(?<=[\w.]\s)\((?P<found>\d{1,3})\)")),
    # "toen ik 17 was", "toen ik negentien was", "werd 91", "ik ben net 18 geworden",
    # "is 87 en", "is nu zestien jaar en", "is achtentachtig jaar oud", "waren 9 en 12"
    (
        "leeftijd",
        re.compile(
            r"\b(?i:toen (?:ik|hij|zij|ze|jij) |ik ben |hij is |zij is |ze is |werd |"
            r"waren (?:\d{1,3} en )?)"
            rf"(?P<found>(?:{_AGE})(?: jaar(?: oud)?)?)\b{_NOT_AGE}"
        ),
    ),
    # … "was hij pas twintig".
    (
        "leeftijd",
        re.compile(
            r"\b(?:is|ben|was|werd|wordt)(?: (?:hij|zij|ze|ik|jij))?"
            r"(?: nu| pas| net| bijna| inmiddels)? "
            rf"(?P<found>(?:{_AGE})(?: jaar(?: oud)?)?)"
            r"(?=\s*(?:en\b|,|\.|;|\)|toen\b|oud\b|geworden\b|$))"
        ),
    ),
    ("leeftijd", re.compile(r"\bwaren (?P<found>\d{1,3}) en \d{1,3}\b")),
    # "toen mijn broer 12 was", "wordt in mei 80", "werd vorig jaar negentien": a few words
    # between, then the age and the end of what is said of it.
    (
        "leeftijd",
        re.compile(
            rf"\b(?i:toen)(?:\s[\w'-]+){{1,3}}?\s(?P<found>(?:{_AGE})(?: jaar(?: oud)?)?)"
            r" (?:was|werd|waren)\b"
        ),
    ),
    (
        "leeftijd",
        re.compile(
            rf"\b(?:wordt|werd|word|worden|werden)(?:\s[\w'-]+){{1,3}}?\s(?P<found>{_AGE})"
            r"(?=\s*(?:jaar\b|en\b|,|\.|;|$))"
        ),
    ),
    # "op haar zestiende", "sinds zijn twaalfde", "vanaf mijn 16e"
    (
        "leeftijd",
        re.compile(
            r"\b(?i:op|sinds|vanaf|tot|na|voor|rond|tegen|vóór) (?:mijn|zijn|haar|hun|jouw|je|"
            rf"z'n|d'r|m'n) (?P<found>(?i:{_ORDINAL}))\b"
            r"(?!\s+(?:dag|dagen|week|weken|maand|maanden|keer|jaar|poging|opname|plek|plaats|"
            r"afspraak|gesprek|klas|groep|verjaardag|behandeling|kind|levensjaar)\b)"
        ),
    ),
    # "81 jaar oud", wherever it stands.
    ("leeftijd", re.compile(rf"\b(?:\d{{1,3}}|(?i:{_NUMBER_WORD})) jaar oud\b")),
    # "Yusuf, 23 jaar", "een meisje van 15", "Sem van elf"
    ("leeftijd", re.compile(rf"\b[A-Z][a-z]+, (?P<found>\d{{1,3}} jaar)\b{_NOT_AGE}")),
    (
        "leeftijd",
        re.compile(
            rf"(?:\b[A-Z][a-z'-]+|\b\w*(?:{_PERSON})(?:s|en|tje|tjes|je|jes)?) "
            rf"van (?P<found>(?:{_AGE})(?: jaar(?! geleden))?)\b{_NOT_AGE}"
            # … not a number of things: "moeder van drie kinderen", "van 12 jongens".
            r"(?!\s+(?!en\b)[a-z]{3,}(?:en|s)\b)"
        ),
    ),
    # "mijn 92-jarige vader", "een zestienjarige"
    ("leeftijd", re.compile(rf"\b(?:\d{{1,3}}-|(?i:{_NUMBER_WORD}))jarige?\b")),
    ("bsn", re.compile(r"\b\d{4}\.\d{2}\.\d{3}\b|\b\d{3}[ .]\d{3}[ .]\d{3}\b")),
    # "dossiernummer 2023/1184", "zaaknummer C/09/2023/0417", "dossier 2024-00873", "ons
    # kenmerk AB-12345", "referentie WMO-2023-8812", "het klantnummer is 77412093", "ticket
    # #4711": a number after what names it.
    (
        "nummer",
        re.compile(
            r"\b(?:\w*(?:nummer|nr\.?)|dossier|zaak|cliënt|client|patiënt|patient|kenmerk|"
            r"referentie|ticket)(?:\s\([^()]{0,40}\))?:?(?:\s(?:is|was|luidt))?\s"
            r"(?P<found>#\d{3,}\b|#?(?:[A-Z]{1,3}[/-]?)?\d[\w./-]{3,}\d)",
            re.IGNORECASE,
        ),
    ),
    # International numbers ("+31 6 1234 5678", "+32 478 12 34 56") and the Belgian way of
    # writing them ("0474/56 78 90"); deduce knows the Dutch ones.
    ("telefoon", re.compile(r"\+\d{2}[\s-]?(?:\(0\)\s?)?[1-9](?:[\s-]?\d){7,9}\b")),
    ("telefoon", re.compile(r"\b0\d{2,3}/\d{2}(?:\s?\d{2}){2,3}\b")),
    # Dutch numbers however they are grouped: "06 - 24 68 13 57", "(0592) 34 56 78",
    # "06.12.34.56.78", "0031 6 12 98 76 54", "+31 (0)20 555 1234" (kept when _is_phone).
    (
        "telefoon",
        re.compile(
            r"(?<![\w+(])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|\(0\d{1,3}\)[\s-]?|0)\d"
            r"(?:(?:[ .-]| - )?\d){5,10}(?![\d:])"
        ),
    ),
    # Initials: "J.B.", "mevrouw K."
    ("naam", re.compile(r"\b[A-Z]\.(?:\s?[A-Z]\.)+")),
    ("naam", re.compile(r"\b(?:mevrouw|meneer|de heer|mevr\.|dhr\.)\s(?P<found>[A-Z]\.)")),
    ("plaats", STREET),
    # "in de wijk Lombok", "Amsterdam-Noord".
    (
        "plaats",
        re.compile(
            r"\b(?:wijk|buurt|woonwijk|stadsdeel|dorp|gehucht|stadswijk)\s"
            r"(?P<found>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\b"
        ),
    ),
    ("plaats", DISTRICT),
    # Where someone lives: "woont in een flat in Vinkhuizen", "wonen net over de grens in
    # Lommel", "verhuisd naar Almere".
    (
        "plaats",
        re.compile(
            r"\b(?:woon|woont|wonen|woonde|woonden|wonend|wonende|verhuisd|verhuisde|"
            r"verhuisden|opgegroeid|geboren)\b(?:\s[\w'-]+){0,5}?\s(?:in|te|naar|op)\s"
            r"(?P<found>(?!(?:Nederland|België|Duitsland|Europa|De|Het|Een)\b)"
            r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
        ),
    ),
    # "@janjansen", "@jan_jansen82", "@anouk.schrijft", "@karin@mastodon.nl"; never the "@"
    # inside an e-mail address (a letter before it).
    (
        "account",
        re.compile(r"(?<![\w.@/+-])@\w(?:[\w.]*\w)?(?:@\w[\w-]*(?:\.[\w-]+)+)?"),
    ),
]
# How a pattern's finding stands against deduce's of the same words: a kind with a name or a
# brand name goes before deduce's guess (deduce takes "William Schrikker Stichting" for a
# person), a home after a preposition after it ("bij De Vries" is a person).
_RANK = {KIND_AND_NAME: 0, CARE_ORGANISATION: 0, DISTRICT: 0, HOME_BY_NAME: 2}
# Words that join a name to what follows it in deduce's longest guess: "meneer De Bruijn
# aan de Spoorlaan", "Vanuit Middelburg", "te Amsterdam".
_NOT_IN_A_NAME = re.compile(
    r"\s(?:aan|te|in|uit|bij|op|naar|vanuit)\s|^(?i:vanuit|uit|te|in|naar|bij)\s"
)


class CheckUnavailable(RuntimeError):
    """The check cannot say anything about this text now. Callers say so ("niet
    beschikbaar") and keep the text: the check warns, it never stands in the way."""


class NotPrepared(CheckUnavailable):
    """The check's lookup structures were not built at install time (``make install``)."""


class CheckFailed(CheckUnavailable):
    """The check did not finish on this text: its time budget ran out, or deduce failed on
    it (a RecursionError, or any other error). The message never quotes the text."""


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    category: str
    text: str
    # False for what is probably not personal data (see ``_is_probable``): shown to the
    # moderator, but not ticked beforehand, and not counted or shown to the author.
    is_probable: bool = True


class CompactLookup(dd.ds.LookupTrie):
    """A LookupTrie's phrases as one set of strings (tokens joined by a separator), for the
    two lists whose tries would take 900 MB: street names and care institutions.

    It answers what docdeid's MultiTokenLookupAnnotator asks of a trie: which tokens start
    a phrase (``children``' keys), and the longest phrase starting at a token.
    """

    SEPARATOR = "\x1f"

    def __init__(self, phrases: set[str], starts: set[str], longest: int, **kwargs):
        super().__init__(**kwargs)
        self.phrases = frozenset(phrases)
        self.children = dict.fromkeys(starts)
        self.longest = longest

    @classmethod
    def of(cls, trie: dd.ds.LookupTrie) -> CompactLookup:
        phrases, starts, longest = set(), set(), 0
        stack = [(trie, ())]
        while stack:
            node, words = stack.pop()
            if node.is_terminal and words:
                phrases.add(cls.SEPARATOR.join(words))
                starts.add(words[0])
                longest = max(longest, len(words))
            stack.extend((child, (*words, word)) for word, child in node.children.items())
        return cls(phrases, starts, longest, matching_pipeline=trie.matching_pipeline)

    def __contains__(self, item: list[str]) -> bool:
        words = [self._apply_matching_pipeline(word) for word in item]
        return self.SEPARATOR.join(words) in self.phrases

    def longest_matching_prefix(self, item: list[str], start_i: int = 0) -> list[str] | None:
        words = [
            self._apply_matching_pipeline(word) for word in item[start_i : start_i + self.longest]
        ]
        for length in range(len(words), 0, -1):
            if self.SEPARATOR.join(words[:length]) in self.phrases:
                return words[:length]
        return None


def prepare(directory: Path = DEFAULT_DIR) -> Path:
    """Build deduce's lookup structures (about two minutes the first time) and store the
    compact copy that ``find`` loads. Run at install time; never in a request."""
    full = deduce.Deduce()  # builds (or loads) deduce's own cache in its package
    structs = full.lookup_structs
    for name in COMPACTED:
        structs[name] = CompactLookup.of(structs[name])
    target = directory / CACHE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    with open(partial, "wb") as file:
        pickle.dump(
            {
                "deduce_version": deduce.__version__,
                "saved_datetime": str(datetime.now()),
                "lookup_structs": structs,
            },
            file,
            protocol=pickle.HIGHEST_PROTOCOL,
        )
    partial.replace(target)
    (directory / VERSION_FILE).write_text(deduce.__version__)
    return target


def is_prepared(directory: Path = DEFAULT_DIR) -> bool:
    version = directory / VERSION_FILE
    return version.exists() and version.read_text() == deduce.__version__


_detector = None
_lock = threading.Lock()


def load(directory: Path = DEFAULT_DIR):
    """The detector, loaded once per process from what ``prepare`` stored (about a second).
    Called when a process starts; ``find`` calls it too, and then it is already there."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                if not is_prepared(directory):
                    raise NotPrepared(
                        f"{directory / CACHE_FILE} is missing: run `make install` (or "
                        "`python -m civcare.core.identifiability --prepare`)"
                    )
                _detector = deduce.Deduce(cache_path=directory)
    return _detector


def find(text: str) -> list[Finding]:
    """What in ``text`` may identify a person, in the order it occurs (never overlapping);
    from the cache when this text was checked before with these rules. Raises
    CheckUnavailable (NotPrepared, CheckFailed) when the check cannot say."""
    if not text.strip():
        return []
    key = cache_key(text)
    cached = cache.get(key)
    if cached == _FAILED:
        raise CheckFailed("the check failed on this text a moment ago")
    if cached is not None:
        return [Finding(a, b, category, text[a:b], probable) for a, b, category, probable in cached]
    try:
        found = detect(text)
    except CheckFailed:
        # A text the check could not finish is not tried again for a while: opening it
        # again, or previewing it again, would only cost the same seconds.
        cache.set(key, _FAILED, FAILED_SECONDS)
        raise
    cache.set(key, [(f.start, f.end, f.category, f.is_probable) for f in found], CACHED_SECONDS)
    return found


# How long what was found in a text stays in the cache (spans and categories, never the
# words): a waiting text is usually decided within days; a miss only costs one run again.
CACHED_SECONDS = 7 * 24 * 3600
FAILED_SECONDS = 10 * 60
_FAILED = "not finished"  # a value no list of findings can be
# Part of every cache key: what the check finds changes with deduce and with these rules.
# Raise RULES when the code that decides a finding changes (the patterns and word lists
# are in the digest by themselves).
RULES = 2


def cache_key(text: str) -> str:
    return f"identifiability:{_VERSION}:{hashlib.sha256(text.encode()).hexdigest()}"


def detect(text: str) -> list[Finding]:
    """What ``find`` finds, worked out (no cache), chunk by chunk within the time budget.

    deduce's findings, with what written Dutch adds that a clinical record does not have
    (PATTERNS: a named care home or care organisation, a date without a year, an age in
    brackets, a BSN written with dots, a case or reference number, an account), and without
    the papers' own words (NOT_PERSONAL). Where two findings overlap, the longer one stands:
    "Kliniek De Horst" is one institution, not a clinic and a place. Each says whether it is
    probably right (``_is_probable``)."""
    detector = load()
    budget = settings.IDENTIFIABILITY_BUDGET_MS
    deadline = time.monotonic() + budget / 1000
    candidates: list[tuple[int, Finding]] = []
    spans = chunks(text)
    for done, (start, end) in enumerate(spans):
        if time.monotonic() >= deadline:
            logger.warning(
                "Herleidbaarheidscheck: budget van %d ms op na %d van %d stukken (%d tekens)",
                budget, done, len(spans), len(text),
            )  # fmt: skip
            raise CheckFailed(f"time budget of {budget} ms used up after {done} of {len(spans)}")
        try:
            candidates += _candidates(detector, text, start, end)
        except Exception as error:
            # Never the text in the log: a reflection may be about someone's health.
            logger.warning("Herleidbaarheidscheck mislukt: %s", type(error).__name__)
            raise CheckFailed(f"deduce failed: {type(error).__name__}") from error
    found: list[Finding] = []
    trimmed = [(rank, _trimmed(finding)) for rank, finding in candidates]
    ordered = sorted(
        ((rank, f) for rank, f in trimmed if f is not None and not _not_personal(f.text)),
        key=lambda pair: (pair[1].start, -(pair[1].end - pair[1].start), pair[0]),
    )
    for _rank, candidate in ordered:
        if found and candidate.start < found[-1].end:
            if candidate.end - candidate.start > found[-1].end - found[-1].start:
                found[-1] = candidate  # the longer finding of two that overlap
            continue
        found.append(candidate)
    dictionary = _dictionary(detector)
    return [
        f if _is_probable(text, f, dictionary) else replace(f, is_probable=False) for f in found
    ]


def _candidates(detector, text: str, start: int, end: int) -> list[tuple[int, Finding]]:
    """Everything deduce and the patterns find in ``text[start:end]``, in offsets of the
    whole text, each with its rank among findings of the same words (_RANK; deduce's: 1)."""
    candidates = []
    for annotation in detector.deidentify(text[start:end]).annotations:
        category = _category(annotation.tag)
        a, b = start + int(annotation.start_char), start + int(annotation.end_char)
        if category == "naam":
            candidates += [(1, part) for part in _name_parts(detector, text, a, b)]
        elif category is not None:
            candidates.append((1, Finding(a, b, category, text[a:b])))
    for category, pattern in PATTERNS:
        # pos/endpos: a pattern reads only this chunk (its lookbehind may see just before).
        for match in pattern.finditer(text, start, end):
            a, b = match.span("found") if "found" in pattern.groupindex else match.span()
            if _is_valid(category, text[a:b], match.group(0)):
                candidates.append((_RANK.get(pattern, 1), Finding(a, b, category, text[a:b])))
    return candidates


# Care words that deduce's list of institutions holds, or that a capital makes look like a
# name, but that name no organisation: all-capital abbreviations of the Dutch care system
# ("het FACT-team", "de GGZ", "via de WMO") and kinds of care ("Jeugdzorg", "Thuiszorg",
# "Wijkteam"). A finding that is just one of these is not probable.
CARE_TERMS = frozenset({
    "act", "ambulante", "bopz", "ciz", "fact", "ggd", "ggz", "hic", "iht", "jgz", "lvb", "pgb",
    "poh", "seh", "vg", "vvt", "wlz", "wmo", "wvggz", "wzd", "zzp", "epa", "ibt", "ivh",
    "jeugdzorg", "jeugdhulp", "jeugdbescherming", "jeugdgezondheidszorg", "thuiszorg",
    "wijkteam", "wijkteams", "wijkverpleging", "wijkzorg", "ouderenzorg", "mantelzorg",
    "gehandicaptenzorg", "verslavingszorg", "ouderzorg", "jeugdteam", "sociaal", "crisisdienst",
    "huisartsenpost", "ziekenhuis", "verpleeghuis", "verzorgingshuis", "gezinshuis",
    "logeerhuis", "inloophuis", "zorghuis", "jongerenhuis", "buurthuis", "gemeentehuis",
    "dagbesteding", "opvang", "nachtopvang", "daklozenopvang", "vrouwenopvang", "hospice",
    "kliniek", "instelling", "zorg", "woonzorg", "beschermd", "begeleid",
})  # fmt: skip
# Ordinary Dutch words that deduce takes for a name or a place at the start of a sentence
# ("Punt is dat …", "Rust en regelmaat …"), beyond its own lists of common words (see
# _dictionary): frequent in reflections, and each also a surname, a first name or a place.
COMMON_WORDS = frozenset({
    "punt", "rust", "hoop", "steun", "geduld", "tijd", "zorg", "stilte", "vertrouwen", "moed",
    "kracht", "regie", "liefde", "samen", "daarna", "eerst", "soms", "vaak", "nooit", "altijd",
    "toch", "wel", "pas", "dan", "nu", "toen", "ook", "zelfs", "juist", "karakter", "beschermd",
    "begeleid", "veilig", "thuis", "wonen", "werk", "school", "hulp", "begrip", "eerlijk",
    "goed", "slecht", "groot", "klein", "jong", "oud", "nieuw", "vrede", "winter", "zomer",
    "lente", "herfst", "licht", "donker",
})  # fmt: skip
_ARTICLE = re.compile(r"^(?:de|het|'t|een)\s+", re.IGNORECASE)
_dictionaries: dict[int, frozenset[str]] = {}


def _dictionary(detector) -> frozenset[str]:
    """Ordinary Dutch words, lowercase: deduce's lists of common words, stop words and
    words it never takes for a name ("whitelist"), and COMMON_WORDS. Built once."""
    key = id(detector)
    if key not in _dictionaries:
        words = set(COMMON_WORDS)
        for name in ("common_word", "stop_word", "whitelist"):
            words.update(item.lower() for item in detector.lookup_structs[name].items())
        _dictionaries[key] = frozenset(words)
    return _dictionaries[key]


def _is_probable(text: str, finding: Finding, dictionary: frozenset[str]) -> bool:
    """The rule for findings shown to the moderator but not ticked beforehand (and not shown
    to the author or counted in the queue), because they are probably not personal data:

    - an institution that is only a care term: "FACT" (of "het FACT-team"), "GGZ",
      "Jeugdzorg", "Thuiszorg", "Wijkteam" (CARE_TERMS), with or without "de" or "het";
    - a name, place or institution of one word at the start of a sentence that is an
      ordinary Dutch word ("Punt is dat …", "Karakter is …"): a capital there says nothing.

    (A written-out "een" is not even found as an age outside "van één jaar": see _ONE.)"""
    words = _ARTICLE.sub("", finding.text).split()
    if finding.category == "instelling" and len(words) == 1 and words[0].lower() in CARE_TERMS:
        return False
    if finding.category in ("naam", "plaats", "instelling") and len(finding.text.split()) == 1:
        before = text[: finding.start].rstrip(" \t\"'‘“(«")
        at_sentence_start = not before or before[-1] in ".!?\n"
        return not (at_sentence_start and finding.text.lower() in dictionary)
    return True


# The pieces deduce reads at a time. A chunk is at most MAX_CHUNK characters (cut after a
# sentence where there is one, else before an ordinary word), and holds at most MAX_RUN
# words in a row that a name can grow over: capitalised words, and deduce's interfixes and
# titles ("van der", "dhr."), with "-", "." and "'" between them. Real names are shorter
# ("mevr. dr. J.B. van der Meer-de Vries" is 9 such words); the cost of a chunk is then
# bounded, and the cost of a text grows with its length only.
MAX_CHUNK = 1000
MAX_RUN = 10
# deduce's own lists "interfix" and "prefix" (deduce 3.0.6), lowercased and split into
# words: the lowercase words its name patterns join to a name. A test keeps them in step.
CHAIN_WORDS = frozenset({
    "aan", "bacc", "bc", "bij", "c", "collega", "d", "da", "de", "del", "den", "der", "dhr",
    "di", "dos", "dr", "dra", "drs", "ds", "du", "el", "h", "heer", "het", "hooggeleerde", "in",
    "ing", "ir", "kand", "l", "la", "le", "lec", "lo", "mej", "meneer", "mevr", "mevrouw",
    "mijnheer", "mr", "mw", "op", "prof", "t", "te", "ten", "ter", "uit", "v", "van", "vd",
    "von", "weledelgeleerde", "weledelzeergeleerde", "zur",
})  # fmt: skip
_TOKEN = re.compile(r"\w+|\S")
# Punctuation a name runs on over: "Jan-Willem", "J.B.", "'t Hart".
_IN_A_NAME = frozenset(".-'’")
_SENTENCE_END = frozenset(".!?")
# In every cache key: what the check finds changes with deduce, the rules and the lists.
_VERSION = hashlib.sha256(
    repr((
        RULES, deduce.__version__, MAX_CHUNK, MAX_RUN, sorted(CHAIN_WORDS),
        [(category, pattern.pattern) for category, pattern in PATTERNS],
        sorted(NOT_PERSONAL), sorted(NOT_NAMES), sorted(CARE_TERMS), sorted(COMMON_WORDS),
        sorted((pattern.pattern, rank) for pattern, rank in _RANK.items()),
    )).encode()
).hexdigest()[:16]  # fmt: skip


def chunks(text: str) -> list[tuple[int, int]]:
    """``text`` as consecutive (start, end) pieces for deduce (see MAX_CHUNK, MAX_RUN)."""
    spans: list[tuple[int, int]] = []
    start, run, after_sentence, before_word, previous, last = 0, 0, 0, 0, "", 0
    for match in _TOKEN.finditer(text):
        token, (at, until) = match.group(), match.span()
        if "\n" in text[last:at]:
            after_sentence = at  # a new line or paragraph
        while until - start > MAX_CHUNK:
            cut = max(after_sentence, before_word)
            if cut <= start:
                cut = at if at > start else start + MAX_CHUNK
            spans.append((start, cut))
            start, run = cut, 0
        if token[0].isalnum() or token[0] == "_":
            if token[0].isupper() or token.lower() in CHAIN_WORDS:
                run += 1
                if run > MAX_RUN:
                    spans.append((start, at))
                    start, run = at, 1
            else:
                before_word, run = at, 0
        elif token not in _IN_A_NAME:
            run = 0
        if (
            token in _SENTENCE_END
            and (until == len(text) or text[until].isspace())
            and len(previous) > 1
            and previous.lower() not in CHAIN_WORDS
        ):
            after_sentence = until
        previous, last = token, until
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _name_parts(detector, text: str, start: int, end: int) -> list[Finding]:
    """deduce's name, split where its longest guess runs on into a place ("meneer De Bruijn
    aan de Spoorlaan", "Vanuit Middelburg"): each part that is a known place or a street is a
    place, a capitalised part a name; the joining words are neither."""
    chunk, parts, at = text[start:end], [], 0
    for joint in [*_NOT_IN_A_NAME.finditer(chunk), None]:
        until = joint.start() if joint else len(chunk)
        part = chunk[at:until]
        # "de Spoorlaan": the article is not part of the place.
        offset = len(part) - len(part.removeprefix("de ").removeprefix("het "))
        part = part[offset:]
        if part.strip():
            parts.append((start + at + offset, start + at + offset + len(part), part))
        at = joint.end() if joint else len(chunk)
    places = detector.lookup_structs["placename"]
    found = []
    for part_start, part_end, part in parts:
        if part.split() in places or STREET.fullmatch(part):
            found.append(Finding(part_start, part_end, "plaats", part))
        elif len(parts) == 1 or any(word[:1].isupper() for word in part.split()):
            found.append(Finding(part_start, part_end, "naam", part))
    return found


def _trimmed(finding: Finding) -> Finding | None:
    text = finding.text
    start = finding.start + len(text) - len(text.lstrip())
    end = finding.end - (len(text) - len(text.rstrip()))
    if end <= start:
        return None
    return Finding(start, end, finding.category, text.strip())


def _is_valid(category: str, found: str, matched: str) -> bool:
    """What a pattern found, checked where its shape alone says too little: a BSN passes the
    elfproef, a phone number has as many digits as a Dutch one, and a number after
    "telefoonnummer" is a phone number, not a dossier number."""
    if category == "bsn":
        return _is_bsn(matched)
    if category == "telefoon" and not matched.startswith("+"):
        return _is_phone(found)
    if category == "nummer":
        return not (found[0] in "0+(" and _is_phone(found))
    return True


def _is_phone(written: str) -> bool:
    """Ten digits from a 0 ("06 12 34 56 78"), nine after +31 or 0031 without "(0)", or a
    service number: 0800 and 0900 with four or seven digits more."""
    international = re.match(r"(?:\+|00)31", written)
    digits = "".join(c for c in written.replace("(0)", "") if c.isdigit())
    if international:
        return len(digits.removeprefix("00")) == 11
    if digits[:4] in ("0800", "0900", "0909", "0906"):
        return len(digits) in (8, 11)
    return digits.startswith("0") and len(digits) == 10


def _is_bsn(written: str) -> bool:
    """Nine digits that pass the elfproef (the check every BSN passes)."""
    digits = [int(c) for c in written if c.isdigit()]
    if len(digits) != 9:
        return False
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0 and total != 0


def marked(text: str, findings: list[Finding]) -> SafeString:
    """The text (as written, escaped) with each finding marked: a <mark> and, in words, what
    it may be, so the mark does not rest on colour alone. A finding that is probably not
    personal data is marked as such ("finding--unsure", "…, onzeker")."""
    parts, at = [], 0
    for finding in findings:
        label = str(LABELS[finding.category]).lower()
        if not finding.is_probable:
            label = gettext("%(label)s, onzeker") % {"label": label}
        parts.append(escape(text[at : finding.start]))
        parts.append(
            format_html(
                '<mark class="finding finding--{}{}">{}<span class="finding__label"> ({})'
                "</span></mark>",
                finding.category,
                "" if finding.is_probable else " finding--unsure",
                finding.text,
                label,
            )
        )
        at = finding.end
    parts.append(escape(text[at:]))
    return mark_safe("".join(parts))


# What words a moderator picks themselves are replaced by.
OTHER = "anders"
OTHER_PLACEHOLDER = "[weggelaten]"
MAX_WORDS = 20  # words a moderator may name themselves, each at most MAX_WORD_LENGTH long
MAX_WORD_LENGTH = 100


class PhraseNotFound(ValueError):
    """A phrase the moderator typed does not occur in the text (a typo, or words from
    another reflection): publishing anyway would publish what they meant to remove."""

    def __init__(self, phrase: str):
        super().__init__(phrase)
        self.phrase = phrase


@dataclass(frozen=True)
class Redaction:
    """A text with what a moderator chose replaced: the new text, per category how many
    places were replaced (for the author's email), and where the placeholders stand in
    the new text (to show the moderator the result before it is published)."""

    text: str
    replaced: dict[str, int]
    placeholders: tuple[tuple[int, int], ...]

    def marked(self) -> SafeString:
        """The new text, escaped, with each placeholder marked."""
        parts, at = [], 0
        for start, end in self.placeholders:
            parts.append(escape(self.text[at:start]))
            parts.append(format_html('<mark class="redaction">{}</mark>', self.text[start:end]))
            at = end
        parts.append(escape(self.text[at:]))
        return mark_safe("".join(parts))


def phrases(typed: str) -> list[str]:
    """The phrases a moderator typed ("Beschermd Wonen De Brug; Assen"), each with its
    spacing made single, at most MAX_WORDS of at most MAX_WORD_LENGTH characters, without
    repeats; one character is not a phrase."""
    found: dict[str, str] = {}
    for phrase in typed.split(";"):
        phrase = " ".join(phrase.split())[:MAX_WORD_LENGTH]
        if len(phrase) >= 2:
            found.setdefault(phrase.casefold(), phrase)
    return list(found.values())[:MAX_WORDS]


def _phrase_pattern(phrase: str) -> re.Pattern:
    """Every occurrence of ``phrase`` as whole words, whatever the case and the spacing
    ("de  Brug" across a line break is "De Brug")."""
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    before = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    after = r"(?!\w)" if re.search(r"\w$", phrase) else ""
    return re.compile(before + body + after, re.IGNORECASE)


def redacted(text: str, spans: list[tuple[int, int, str]], words: list[str] = ()) -> Redaction:
    """``text`` with each chosen finding (start, end, category) and every occurrence of each
    typed phrase in ``words`` replaced, all found in the *original* text, in one pass.

    Where parts overlap ("Beschermd" ticked as a place inside the typed "Beschermd Wonen De
    Brug") they are merged into one replacement: a part's own placeholder when all parts
    are of one kind, OTHER_PLACEHOLDER when they differ. Replacing one kind first and
    searching the next in the changed text lost findings and let typed names through.

    Refused with ValueError: a span outside the text or of an unknown kind (the form came
    back with something the page never showed); PhraseNotFound: a typed phrase that is not
    in the text."""
    parts: list[tuple[int, int, str]] = []
    for start, end, category in set(spans):
        if category not in PLACEHOLDERS or not 0 <= start < end <= len(text):
            raise ValueError(f"no such finding: {start}:{end}:{category}")
        parts.append((start, end, category))
    for phrase in words[:MAX_WORDS]:
        occurrences = [m.span() for m in _phrase_pattern(phrase).finditer(text)]
        if not occurrences:
            raise PhraseNotFound(phrase)
        parts.extend((start, end, OTHER) for start, end in occurrences)
    merged: list[tuple[int, int, set[str]]] = []
    for start, end, category in sorted(parts):
        if merged and start < merged[-1][1]:
            last_start, last_end, kinds = merged[-1]
            merged[-1] = (last_start, max(last_end, end), kinds | {category})
        else:
            merged.append((start, end, {category}))
    pieces, placeholders, replaced, at, length = [], [], Counter(), 0, 0
    for start, end, kinds in merged:
        kind = next(iter(kinds)) if len(kinds) == 1 else OTHER
        placeholder = PLACEHOLDERS.get(kind, OTHER_PLACEHOLDER)
        pieces.append(text[at:start])
        length += start - at
        placeholders.append((length, length + len(placeholder)))
        pieces.append(placeholder)
        length += len(placeholder)
        replaced[kind] += 1
        at = end
    pieces.append(text[at:])
    order = [*CATEGORIES, OTHER]
    return Redaction(
        text="".join(pieces),
        replaced={category: replaced[category] for category in order if replaced[category]},
        placeholders=tuple(placeholders),
    )


def summary(replaced: dict[str, int]) -> str:
    """ "Mogelijk een naam (2) → [naam]; …": what was replaced, never by what words."""
    return "; ".join(
        f"{LABELS[category] if category in LABELS else gettext('Andere woorden')} ({n}) → "
        f"{PLACEHOLDERS.get(category, OTHER_PLACEHOLDER)}"
        for category, n in replaced.items()
    )


def looks_like_full_name(name: str) -> bool:
    """Whether a display name looks like someone's first and last name (a gentle hint to
    choose a pseudonym; a first name alone is not enough). False when the check is not
    available."""
    name = " ".join(name.split())
    try:
        findings = find(name)
    except CheckUnavailable:
        return False
    return any(
        f.category == "naam" and len(f.text.split()) >= 2 and f.end - f.start >= 0.8 * len(name)
        for f in findings
    )


def counts(findings: list[Finding]) -> dict[str, int]:
    """Per category, in the order of CATEGORIES, how many probable findings there are (what
    the moderators' queue shows and filters on)."""
    counted = Counter(finding.category for finding in findings if finding.is_probable)
    return {category: counted[category] for category in CATEGORIES if counted[category]}


def _category(tag: str) -> str | None:
    for part in tag.split("_"):
        if part in CATEGORY_OF_TAG:
            return CATEGORY_OF_TAG[part]
    return CATEGORY_OF_TAG.get(tag)


def _not_personal(text: str) -> bool:
    plain = " ".join(text.split()).strip(".,;:!?'\"()").lower()
    return plain in NOT_PERSONAL or plain in NOT_NAMES or bool(PAPER_CODE.match(plain))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prepare", action="store_true", help="build the lookup structures")
    parser.add_argument("--directory", type=Path, default=DEFAULT_DIR)
    arguments = parser.parse_args()
    if arguments.prepare:
        if is_prepared(arguments.directory):
            (arguments.directory / VERSION_FILE).touch()  # for make: up to date
            print(f"Herleidbaarheidscheck: al voorbereid ({arguments.directory / CACHE_FILE})")
            return
        print("Herleidbaarheidscheck: opzoeklijsten bouwen (eenmalig, ongeveer twee minuten) …")
        print(f"  klaar: {prepare(arguments.directory)}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    # Through the module's own name: the stored structures must name CompactLookup as
    # civcare.core.identifiability.CompactLookup, not __main__'s.
    from civcare.core.identifiability import main as run

    run()
