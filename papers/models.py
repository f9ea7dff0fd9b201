"""The papers as the foundation publishes them: series, paper, version, sections, question set.

Editorial text is stored as Markdown next to its rendered, sanitised HTML; the HTML is
produced on save (once per change), never per request.
"""

from __future__ import annotations

import datetime
import html
import re
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from civcare.core.audit import AuditEvent
from civcare.core.audit import register as register_actions
from civcare.core.choices import with_status_flags
from civcare.core.rendering import (
    PAPER_LINK_RE,
    normalize_text,
    referenced_paper_codes,
    render_inline_markdown,
    render_paper_markdown,
)

from . import passages

VERSION_RE = re.compile(r"^(?P<major>\d{1,3})\.(?P<minor>\d{1,3})$")


def paper_urls_for(text: str) -> dict[str, str]:
    """URLs of the papers a text refers to, for those that readers can open."""
    codes = referenced_paper_codes(text)
    if not codes:
        return {}
    public = Paper.objects.filter(code__in=codes, versions__status__in=PaperVersion.PUBLIC_STATUSES)
    return {paper.code: paper.get_absolute_url() for paper in public.distinct()}


# Every Markdown text of a paper (a section, an introduction, a question) is at most this
# long, so that rendering it on save stays bounded (the fixtures' longest is ~3,000).
TEXT_MAX_LENGTH = 20_000

# The ids the site's own pages use (skip link target, error summary, the parts of a paper
# page, every reflection). A paper's anchors are chosen by editors; they stay out of this
# namespace, so "#inhoud" or "#reflectie-12" always leads where the site means it to.
SITE_ANCHORS = frozenset(
    {
        "inhoud", "fouten", "reflecties", "versies", "voorbeeld", "weigeren", "aanpassing",
        "oproep", "uitnodiging", "tegenlezers-vraagset", "versiestandaard",
        "gebruik-vraagset", "zoekterm-home", "filter-paper", "uw-tekst", "notities",
        "weglaten", "melding", "schrijven",
        # the editors' screens, which show a paper's sections beside their own parts
        "aanleiding", "aanleiding-lijst", "andere-themas", "besluit", "heatmap",
        "nieuw-antwoord", "nieuw-thema", "status-filter", "stille-perspectieven",
        "stille-vragen", "themavoorstellen", "themes", "wat-verandert", "clusters",
    }
)  # fmt: skip
SITE_ANCHOR_PATTERN = re.compile(
    r"(?:reflectie|verslag|treffers|paper|series|kies|filter|weglaten|alinea|antwoord"
    r"|groepsnaam|naam|passages|plaats|synthese)-.*|.*-(?:titel|title|kop|tabel)"
)


def is_site_anchor(anchor: str) -> bool:
    return anchor in SITE_ANCHORS or SITE_ANCHOR_PATTERN.fullmatch(anchor) is not None


class Series(models.Model):
    """A series of papers, e.g. the recovery series SHPP003, with its shared governance text."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    title = models.CharField(_("titel"), max_length=200)
    name = models.CharField(
        _("naam van de reeks"),
        max_length=200,
        help_text=_(
            "Zoals de papers de reeks noemen, bijv. 'Herstel-Positionpapers (HPP003+SHPP003)'."
        ),
    )
    part_of = models.CharField(_("onderdeel van"), max_length=300, blank=True)
    publisher = models.CharField(
        _("uitgever"), max_length=200, default="Stichting De Kamer van Sociale Waarden"
    )
    description = models.TextField(_("beschrijving (Markdown)"), blank=True)
    description_html = models.TextField(editable=False, blank=True)
    governance_title = models.CharField(
        _("titel van de versiestandaard"),
        max_length=200,
        default="Versiestandaard en governance (CIV-CARE)",
    )
    governance_text = models.TextField(
        _("versiestandaard en governance (Markdown)"),
        help_text=_("Eén keer opgeslagen voor de hele reeks en op elke paper getoond."),
    )
    governance_html = models.TextField(editable=False, blank=True)

    class Meta:
        verbose_name = _("reeks")
        verbose_name_plural = _("reeksen")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} – {self.title}"

    def save(self, *args, **kwargs) -> None:
        self.description_html = render_paper_markdown(self.description, id_prefix="reeks")
        self.governance_html = render_paper_markdown(
            self.governance_text,
            id_prefix="governance",
            paper_urls=paper_urls_for(self.governance_text),
        )
        super().save(*args, **kwargs)


class Paper(models.Model):
    series = models.ForeignKey(
        Series, on_delete=models.PROTECT, related_name="papers", verbose_name=_("reeks")
    )
    code = models.CharField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("Bijv. SHPP003-01. Verschijnt in het webadres van de paper."),
        validators=[
            RegexValidator(r"^[A-Z0-9][A-Z0-9-]*$", _("Alleen hoofdletters, cijfers en streepjes."))
        ],
    )
    document_type = models.CharField(
        _("documentsoort"),
        max_length=120,
        blank=True,
        help_text=_("Zoals gepubliceerd, bijv. 'Sub Herstel Positionpaper SHPP003-05'."),
    )
    title = models.CharField(_("titel"), max_length=200)
    subtitle = models.CharField(_("ondertitel"), max_length=300, blank=True)
    scope = models.CharField(_("reikwijdte"), max_length=300, blank=True)
    part_of = models.CharField(_("onderdeel van"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("paper")
        verbose_name_plural = _("papers")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} – {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("papers:current", kwargs={"code": self.code})


class PaperVersionQuerySet(models.QuerySet):
    def public(self) -> PaperVersionQuerySet:
        return self.filter(status__in=PaperVersion.PUBLIC_STATUSES)

    def newest_first(self) -> PaperVersionQuerySet:
        return self.order_by("-major", "-minor")


@with_status_flags
class PaperVersion(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("In voorbereiding")
        CONSULTATION = "consultation", _("Concept — open voor publieke reflectie")
        CLOSED = "closed", _("Concept — consultatie gesloten")
        ADOPTED = "adopted", _("Vastgesteld kaderdocument")
        SUPERSEDED = "superseded", _("Vervangen — consultatiearchief")

    PUBLIC_STATUSES = (
        Status.CONSULTATION,
        Status.CLOSED,
        Status.ADOPTED,
        Status.SUPERSEDED,
    )

    paper = models.ForeignKey(
        Paper, on_delete=models.PROTECT, related_name="versions", verbose_name=_("paper")
    )
    major = models.PositiveSmallIntegerField(_("hoofdversie"))
    minor = models.PositiveSmallIntegerField(_("subversie"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_(
            "Een versie in voorbereiding is niet openbaar. Alleen een versie in consultatie "
            "staat open voor reflecties."
        ),
    )
    date = models.DateField(_("datum"), null=True, blank=True)
    document_code = models.CharField(
        _("documentcode"),
        max_length=200,
        unique=True,
        help_text=_("Bijv. CIV-CARE_P001_SHPP003-01_Herstel-bij-vastgelopen-zorgrelaties_v0.9"),
    )
    version_note = models.TextField(
        _("versiestatus (Markdown)"),
        blank=True,
        help_text=_("Toelichting op de versiestatus, zoals in de paper zelf vermeld."),
    )
    version_note_html = models.TextField(editable=False, blank=True)
    call_to_action_title = models.CharField(
        _("titel van de oproep"), max_length=200, blank=True, default="Publieke Call-to-Action"
    )
    call_to_action = models.TextField(_("publieke oproep (Markdown)"), blank=True)
    call_to_action_html = models.TextField(editable=False, blank=True)
    based_on = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="successors",
        verbose_name=_("gebaseerd op"),
        help_text=_("De versie waarvan deze versie een bewerking is (bijv. v1.0 van v0.9)."),
    )
    consultation_closes_on = models.DateField(
        _("geplande sluitingsdatum"),
        null=True,
        blank=True,
        help_text=_("Wordt aan lezers getoond; de redactie sluit de consultatie zelf."),
    )
    adopted_on = models.DateField(_("vastgesteld op"), null=True, blank=True)
    content_hash = models.CharField(
        _("SHA-256 van de vastgestelde tekst"),
        max_length=64,
        blank=True,
        editable=False,
    )
    accepts_reflections_after_adoption = models.BooleanField(
        _("reflecties na vaststelling"),
        default=False,
        help_text=_("Staat een vastgestelde versie nog open voor nieuwe reflecties?"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PaperVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("versie")
        verbose_name_plural = _("versies")
        ordering = ["paper__code", "major", "minor"]
        permissions = [
            ("manage_workflow", _("Kan consultaties openen en sluiten en versies vaststellen")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["paper", "major", "minor"], name="papers_version_unique_per_paper"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.paper.code} {self.label}"

    def save(self, *args, **kwargs) -> None:
        self.version_note_html = render_paper_markdown(self.version_note, id_prefix="versie")
        self.call_to_action_html = render_paper_markdown(
            self.call_to_action,
            id_prefix="oproep",
            paper_urls=paper_urls_for(self.call_to_action),
        )
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("papers:version", kwargs={"code": self.paper.code, "version": self.number})

    @property
    def number(self) -> str:
        return f"{self.major}.{self.minor}"

    @property
    def label(self) -> str:
        return f"v{self.number}"

    @property
    def is_public(self) -> bool:
        return self.status in self.PUBLIC_STATUSES

    @property
    def is_open_for_reflection(self) -> bool:
        if self.status == self.Status.ADOPTED:
            return self.accepts_reflections_after_adoption
        return self.status == self.Status.CONSULTATION

    @property
    def is_editable(self) -> bool:
        """Only a draft is edited; an adopted norm never is (a correction is a new version)."""
        return self.status == self.Status.DRAFT

    @staticmethod
    def parse_number(value: str) -> tuple[int, int]:
        match = VERSION_RE.match(value.strip().removeprefix("v"))
        if not match:
            raise ValueError(value)
        return int(match["major"]), int(match["minor"])


FROZEN_STATUSES = (PaperVersion.Status.ADOPTED, PaperVersion.Status.SUPERSEDED)


class ChangeType(models.TextChoices):
    """The only kinds of change the series' version standard allows between v0.9 and v1.0."""

    SHARPENING = "sharpening", _("Aanscherping")
    CLARIFICATION = "clarification", _("Verduidelijking")
    SUBSTANTIATION = "substantiation", _("Onderbouwing")


class Section(models.Model):
    class Kind(models.TextChoices):
        TEXT = "text", _("Tekst")
        SOURCES = "sources", _("Bronnen")

    version = models.ForeignKey(
        PaperVersion, on_delete=models.CASCADE, related_name="sections", verbose_name=_("versie")
    )
    order = models.PositiveIntegerField(_("volgorde"))
    number = models.CharField(
        _("nummer"),
        max_length=10,
        blank=True,
        help_text=_("Bijv. 4 of 4.1; leeg voor een ongenummerde sectie zoals de introductie."),
    )
    title = models.CharField(_("titel"), max_length=300)
    anchor = models.SlugField(
        _("anker"),
        max_length=80,
        help_text=_("Vast deel van het webadres (#anker); verander het niet na publicatie."),
    )
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.TEXT)
    body = models.TextField(_("tekst (Markdown)"), blank=True)
    body_html = models.TextField(editable=False, blank=True)
    copied_from = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="copies",
        verbose_name=_("overgenomen uit"),
        editable=False,
    )
    change_type = models.CharField(
        _("soort wijziging"),
        max_length=20,
        choices=ChangeType.choices,
        blank=True,
        help_text=_(
            "Tussen v0.9 en v1.0 mag alleen worden aangescherpt, verduidelijkt of onderbouwd — "
            "nooit het fundamentele kader."
        ),
    )
    change_explanation = models.TextField(_("toelichting op de wijziging"), blank=True)
    # The identifier of each paragraph and list item of body_html, in order, with the one it
    # replaced in the section this was copied from: [[3, null], [7, 2], …] (papers.passages).
    paragraphs = models.JSONField(default=list, blank=True, editable=False)
    # The next free identifier, carried from version to version so that none is used twice.
    next_paragraph = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("sectie")
        verbose_name_plural = _("secties")
        ordering = ["version", "order"]
        constraints = [
            models.UniqueConstraint(fields=["version", "order"], name="papers_section_order"),
            models.UniqueConstraint(fields=["version", "anchor"], name="papers_section_anchor"),
        ]

    def __str__(self) -> str:
        return self.heading

    def save(self, *args, **kwargs) -> None:
        only_rendering = set(kwargs.get("update_fields") or ()) == {"body_html"}
        if self.pk and not only_rendering and self.version.status in FROZEN_STATUSES:
            # An adopted norm is never edited in place: a correction is a new version.
            raise ValidationError(_("Een vastgestelde versie kan niet worden gewijzigd."))
        self.body = normalize_text(self.body)
        html = render_paper_markdown(
            self.body, id_prefix=self.anchor, paper_urls=paper_urls_for(self.body)
        )
        self.body_html = self._with_paragraph_ids(html)
        super().save(*args, **kwargs)
        if self.kind == self.Kind.SOURCES:
            self.sources.all().delete()
            Source.objects.bulk_create(
                Source(section=self, order=index, title=title, url=url)
                for index, (title, url) in enumerate(parse_sources(self.body), start=1)
            )

    def _with_paragraph_ids(self, html: str) -> str:
        """Number the paragraphs of ``html`` against the section this one was copied from
        (never against an earlier draft of itself: a paragraph edited twice before adoption
        is one change), and put the identifiers in the HTML."""
        source = self.copied_from
        html, self.paragraphs, self.next_paragraph = passages.number(
            html,
            self.anchor,
            (source.body_html, source.paragraphs, source.next_paragraph) if source else None,
        )
        return html

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title

    def numbered_paragraphs(self) -> list[passages.Paragraph]:
        """Its paragraphs and list items as text, each with its identifier."""
        return passages.numbered(self.body_html, self.paragraphs)

    def paragraph(self, number: int) -> passages.Paragraph | None:
        """The paragraph with identifier ``number`` (None: the section has no such one)."""
        return next((p for p in self.numbered_paragraphs() if p.id == number), None)

    def positions(self) -> dict[int, passages.Position]:
        """Each paragraph's identifier → where a reader sees it: "alinea 2, punt 2" for what
        is #sectie-3-p4 (papers.passages.Position). Worked out once per text."""
        cached = getattr(self, "_positions", None)
        if cached is not None and cached[0] is self.body_html:
            return cached[1]
        found = passages.positions(self.body_html)
        pairs = self.paragraphs
        if len(pairs) != len(found):  # not numbered yet: as passages.numbered numbers them
            pairs = [[n, None] for n in range(1, len(found) + 1)]
        by_id = {pair[0]: position for pair, position in zip(pairs, found, strict=True)}
        self._positions = (self.body_html, by_id)
        return by_id

    def position(self, number: int) -> passages.Position | None:
        """Where the paragraph with identifier ``number`` is (None: no such paragraph)."""
        return self.positions().get(number)

    def differs_from_source(self) -> bool:
        """Changed compared with the section it was copied from (new sections count too)."""
        source = self.copied_from
        if source is None:
            return self.version.based_on_id is not None
        return (source.title, source.number, source.body) != (self.title, self.number, self.body)


# A source in a "Bronnen" section is a list item: a title, then the URL on the next line.
SOURCE_RE = re.compile(r"^- (?P<title>.+?)\s*\n\s*<(?P<url>https?://[^>\s]+)>", re.MULTILINE)


def parse_sources(body: str) -> list[tuple[str, str]]:
    return [(match["title"].strip(), match["url"]) for match in SOURCE_RE.finditer(body)]


class Source(models.Model):
    """A source listed in a 'Bronnen' section; derived from the section's text on save."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="sources")
    order = models.PositiveIntegerField()
    title = models.CharField(_("titel"), max_length=300)
    url = models.URLField(_("adres"), max_length=500)

    class Meta:
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")
        ordering = ["section", "order"]

    def __str__(self) -> str:
        return self.title


class QuestionSet(models.Model):
    """The tegenlezers-vraagset of a version: themed groups of counter-reader questions."""

    version = models.OneToOneField(
        PaperVersion, on_delete=models.CASCADE, related_name="question_set"
    )
    title = models.CharField(_("titel"), max_length=200, default="Tegenlezers-vraagset")
    intro = models.TextField(_("inleiding (Markdown)"), blank=True)
    intro_html = models.TextField(editable=False, blank=True)
    invitation_title = models.CharField(_("titel van de uitnodiging"), max_length=200, blank=True)
    invitation = models.TextField(_("uitnodiging tot reactie (Markdown)"), blank=True)
    invitation_html = models.TextField(editable=False, blank=True)
    usage_title = models.CharField(
        _("titel van de gebruikstoelichting"), max_length=200, blank=True
    )
    usage = models.TextField(_("gebruik van de vraagset (Markdown)"), blank=True)
    usage_html = models.TextField(editable=False, blank=True)

    class Meta:
        verbose_name = _("tegenlezers-vraagset")
        verbose_name_plural = _("tegenlezers-vraagsets")

    def __str__(self) -> str:
        return f"{self.title} – {self.version}"

    def save(self, *args, **kwargs) -> None:
        self.intro_html = render_paper_markdown(self.intro, id_prefix="vraagset")
        self.invitation_html = render_paper_markdown(self.invitation, id_prefix="uitnodiging")
        self.usage_html = render_paper_markdown(self.usage, id_prefix="gebruik")
        super().save(*args, **kwargs)


class QuestionGroup(models.Model):
    question_set = models.ForeignKey(QuestionSet, on_delete=models.CASCADE, related_name="groups")
    order = models.PositiveIntegerField(_("volgorde"))
    label = models.CharField(_("label"), max_length=5, help_text=_("Bijv. 1 of A."))
    title = models.CharField(_("titel"), max_length=300)
    intro = models.TextField(_("inleiding (Markdown)"), blank=True)
    intro_html = models.TextField(editable=False, blank=True)
    is_closing = models.BooleanField(
        _("slotvraag"), default=False, help_text=_("De dragende slotvraag van de vraagset.")
    )
    sections = models.ManyToManyField(
        Section,
        blank=True,
        related_name="question_groups",
        verbose_name=_("onderzochte secties"),
        help_text=_(
            "De secties die deze groep bevraagt. Zo'n sectie eindigt met een verwijzing naar "
            "deze tegenlezersvragen."
        ),
    )

    class Meta:
        verbose_name = _("vraaggroep")
        verbose_name_plural = _("vraaggroepen")
        ordering = ["question_set", "order"]
        constraints = [
            models.UniqueConstraint(fields=["question_set", "order"], name="papers_group_order"),
            models.UniqueConstraint(fields=["question_set", "label"], name="papers_group_label"),
        ]

    def __str__(self) -> str:
        return self.heading

    def save(self, *args, **kwargs) -> None:
        self.intro_html = render_paper_markdown(self.intro, id_prefix=self.anchor)
        super().save(*args, **kwargs)

    @property
    def heading(self) -> str:
        return f"{self.label}. {self.title}"

    @property
    def anchor(self) -> str:
        return f"vraaggroep-{self.label.lower()}"


class Question(models.Model):
    """A question, either in a group of the tegenlezers-vraagset or in a section's own list.

    SHPP003-05 sections 9 (Toetsvragen) and 10 (Publieke tegenlezers-vragen) carry their
    own questions; readers meet them in place and reflect on them like any other question.
    """

    version = models.ForeignKey(
        PaperVersion, on_delete=models.CASCADE, related_name="questions", editable=False
    )
    group = models.ForeignKey(
        QuestionGroup, on_delete=models.CASCADE, related_name="questions", null=True, blank=True
    )
    section = models.ForeignKey(
        Section, on_delete=models.CASCADE, related_name="questions", null=True, blank=True
    )
    order = models.PositiveIntegerField(_("volgorde"))
    number = models.CharField(
        _("nummer"),
        max_length=10,
        blank=True,
        help_text=_("Zoals gepubliceerd; leeg bij een ongenummerde opsomming."),
    )
    text = models.TextField(_("vraag (Markdown)"))
    text_html = models.TextField(editable=False, blank=True)
    anchor = models.SlugField(_("anker"), max_length=80)

    class Meta:
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")
        ordering = ["version", "order"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(group__isnull=False, section__isnull=True)
                    | Q(group__isnull=True, section__isnull=False)
                ),
                name="papers_question_in_group_xor_section",
            ),
            models.UniqueConstraint(fields=["version", "anchor"], name="papers_question_anchor"),
            models.UniqueConstraint(
                fields=["group", "order"],
                condition=Q(group__isnull=False),
                name="papers_question_group_order",
            ),
            models.UniqueConstraint(
                fields=["section", "order"],
                condition=Q(section__isnull=False),
                name="papers_question_section_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.text}" if self.number else self.text

    def save(self, *args, **kwargs) -> None:
        parent_version_id = (
            self.group.question_set.version_id if self.group_id else self.section.version_id
        )
        self.version_id = parent_version_id
        if not self.anchor:
            self.anchor = self.default_anchor()
        self.text_html = render_inline_markdown(self.text)
        super().save(*args, **kwargs)

    @property
    def parent_label(self) -> str:
        return self.group.heading if self.group_id else self.section.heading

    @property
    def plain_text(self) -> str:
        """The question without its Markdown (*vastloopt* → vastloopt): for plain-text
        places such as a select option, a CSV cell or a search result title."""
        return html.unescape(strip_tags(self.text_html))

    @property
    def label(self) -> str:
        """ "11. Wat gebeurt er …" as the paper prints it, in plain text."""
        return f"{self.number}. {self.plain_text}" if self.number else self.plain_text

    def clean(self) -> None:
        if bool(self.group_id) == bool(self.section_id):
            raise ValidationError(_("Een vraag hoort bij precies één vraaggroep óf één sectie."))

    def default_anchor(self) -> str:
        if self.section_id:
            return f"{self.section.anchor}-vraag-{self.number or self.order}"
        if self.number:
            return f"vraag-{self.number}"
        return f"vraag-{self.group.label.lower()}-{self.order}"


class PaperEvent(AuditEvent):
    """Audit trail of what happened to a paper version (civcare.core.audit)."""

    class Action(models.TextChoices):
        IMPORTED = "papers.version.imported", _("aangemaakt")
        CONSULTATION_OPENED = "papers.consultation.opened", _("consultatie geopend")
        CLOSING_PLANNED = "papers.consultation.closing_planned", _("sluitingsdatum gepland")
        CONSULTATION_CLOSED = "papers.consultation.closed", _("consultatie gesloten")
        DRAFTED = "papers.version.drafted", _("nieuwe versie aangemaakt")
        SECTION_AMENDED = "papers.section.amended", _("sectie gewijzigd")
        DISPOSITION_RECORDED = "papers.disposition.recorded", _("verwerking vastgelegd")
        THEME_CREATED = "papers.theme.created", _("thema aangemaakt")
        THEME_CHANGED = "papers.theme.changed", _("thema gewijzigd")
        THEME_DELETED = "papers.theme.deleted", _("thema verwijderd")
        THEME_ASSIGNED = "papers.theme.assigned", _("thema toegekend")
        THEME_REMOVED = "papers.theme.removed", _("thema weggehaald")
        # A theme given as the platform suggested it (#31): an editor's step, told apart.
        SUGGESTIONS_ACCEPTED = "papers.theme.suggestions_accepted", _("themavoorstellen aangenomen")
        # A theme's reflections given to another, or some of them to a new one (#31).
        THEMES_MERGED = "papers.theme.merged", _("thema's samengevoegd")
        THEME_SPLIT = "papers.theme.split", _("thema gesplitst")
        ANSWER_SAVED = "papers.answer.saved", _("standaardantwoord opgeslagen")
        ANSWER_DELETED = "papers.answer.deleted", _("standaardantwoord verwijderd")
        GROUP_FORMED = "papers.group.formed", _("vergelijkbare reflecties gegroepeerd")
        GROUP_DISSOLVED = "papers.group.dissolved", _("groep opgeheven")
        GROUP_NAMED = "papers.group.named", _("groep benoemd")
        # How alike in meaning texts must be to be shown side by side (#31).
        SIMILARITY_THRESHOLD = "papers.group.threshold", _("drempel op betekenis gewijzigd")
        SYNTHESIS_SAVED = "papers.synthesis.saved", _("synthese opgeslagen")
        DECISION_RECORDED = "papers.decision.recorded", _("bestuursbesluit vastgelegd")
        ADOPTED = "papers.version.adopted", _("vastgesteld")
        SUPERSEDED = "papers.version.superseded", _("vervangen")
        REFLECTION_POLICY = (
            "papers.version.reflection_policy",
            _("reflecties na vaststelling gewijzigd"),
        )
        PASSAGE_CONFIRMED = "papers.passage.confirmed", _("plaats van een passage bevestigd")
        PASSAGE_CORRECTED = "papers.passage.corrected", _("plaats van een passage gecorrigeerd")
        BULK_UNDONE = "papers.bulk.undone", _("bulkstap ongedaan gemaakt")

    version = models.ForeignKey(PaperVersion, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("actie"), max_length=60, choices=Action.choices)
    note = models.TextField(_("toelichting"), blank=True)

    class Meta(AuditEvent.Meta):
        verbose_name = _("gebeurtenis")
        verbose_name_plural = _("gebeurtenissen")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.version}"

    @property
    def is_adoption(self) -> bool:
        return self.action == self.Action.ADOPTED

    @property
    def occurred_on(self) -> datetime.date:
        """The day the step took effect. A version is adopted on the day of the board's
        decision (``adopted_on``, as the version page, its history and its PDF say), though
        an editor records the adoption on the site a few days later (``created_at``): a
        timeline by the recording day showed a second adoption date (#29)."""
        if self.is_adoption and self.version.adopted_on:
            return self.version.adopted_on
        return timezone.localdate(self.created_at)

    @property
    def recorded_on(self) -> datetime.date | None:
        """The day it was put on the site, when that is not the day it took effect."""
        recorded = timezone.localdate(self.created_at)
        return recorded if recorded != self.occurred_on else None

    @property
    def public_note(self) -> str:
        """The note a public history shows: only the opening's (when it closes)."""
        return self.note if self.action == self.Action.CONSULTATION_OPENED else ""


# What anyone may read in a version's history and the papers' feeds: the public steps of
# its consultation. The editors' own steps (drafting, amending) stay on their screens.
register_actions(
    PaperEvent.Action,
    public=[
        PaperEvent.Action.CONSULTATION_OPENED,
        PaperEvent.Action.CLOSING_PLANNED,
        PaperEvent.Action.CONSULTATION_CLOSED,
        PaperEvent.Action.ADOPTED,
        PaperEvent.Action.SUPERSEDED,
    ],
)


def new_unsubscribe_nonce() -> str:
    return secrets.token_urlsafe(18)


class Subscription(models.Model):
    """Someone follows a paper: an email at each step of its consultation (papers.following)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions"
    )
    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="subscriptions")
    # What the unsubscribe link carries (signed): random, so the link tells nobody who it is
    # for, and bound to this subscription, so an old link cannot end a later re-follow.
    nonce = models.CharField(max_length=32, unique=True, default=new_unsubscribe_nonce)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("volger")
        verbose_name_plural = _("volgers")
        constraints = [
            models.UniqueConstraint(fields=["user", "paper"], name="one_subscription_per_paper")
        ]

    def __str__(self) -> str:
        return f"{self.user} volgt {self.paper.code}"


def rerender_references_to(code: str) -> int:
    """Re-render the texts that refer to paper ``code``, e.g. once it becomes public.

    A cross-reference shows as 'aangekondigd' until the paper it names can be read.
    """
    needle = f"(paper:{code})"
    sections = Section.objects.filter(body__contains=needle)
    for section in sections:
        if any(m["code"] == code for m in PAPER_LINK_RE.finditer(section.body)):
            section.save(update_fields=["body_html"])
    versions = PaperVersion.objects.filter(call_to_action__contains=needle)
    for version in versions:
        version.save(update_fields=["call_to_action_html"])
    return len(sections) + len(versions)
