"""The governance of a paper version: how v0.9 becomes v1.0 (see transitions/).

Which reflection prompted which change (SectionPrompt), what became of every published
reflection (Disposition), and the board's decision to adopt (BoardDecision). The tables
were created by the papers app and keep their names (migrations/0001_initial.py).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from civcare.core.choices import with_status_flags
from civcare.core.models import Embedded
from papers import passages
from papers.compare import word_diff
from papers.models import FROZEN_STATUSES, PaperVersion, Section
from reflections import paragraphs
from reflections.models import Reflection


def publishes_coding(successor: PaperVersion) -> bool:
    """Whether ``successor`` (a version based on a consulted one) publishes the coding of that
    consultation: the one rule for what the public reads of the editors' work (#28).

    The coding of a version (its themes and their descriptions, the dispositions of its
    reflections, the syntheses, the standard answers, and the consultation report and the
    analysis made of them) is public once a version based on it is adopted, and stays so
    when that one is superseded in turn. Not when the version itself is adopted: an adopted
    version may still take reflections (v1.0 open for reflection toward v1.1), and their
    coding belongs to the next round, internal until that is adopted."""
    return successor.status in FROZEN_STATUSES


def coding_is_public(version: PaperVersion, *, versions: list[PaperVersion] | None = None) -> bool:
    """Whether the public may read the coding of the reflections on ``version`` (see
    publishes_coding). ``versions``: the paper's public versions when the caller has them
    already (no query); otherwise one query."""
    if versions is None:
        successors = list(version.successors.all())
    else:
        successors = [v for v in versions if v.based_on_id == version.pk]
    return any(publishes_coding(successor) for successor in successors)


class SectionPrompt(models.Model):
    """A published reflection that prompted an editor to amend a section of the next version
    (the section's "aanleiding")."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="prompts")
    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="prompted_changes"
    )

    class Meta:
        # Once Section.prompted_by, a many-to-many field of the papers app.
        db_table = "papers_section_prompted_by"
        verbose_name = _("aanleiding")
        verbose_name_plural = _("aanleidingen")
        # As Django made it for the many-to-many field (the same constraint name follows).
        unique_together = [("section", "reflection")]

    def __str__(self) -> str:
        return f"#{self.reflection_id} → {self.section}"


class BoardDecision(models.Model):
    """The board's decision to adopt a version (bestuurlijke vaststelling)."""

    version = models.OneToOneField(
        PaperVersion, on_delete=models.CASCADE, related_name="board_decision"
    )
    decided_on = models.DateField(_("datum van het besluit"))
    reference = models.CharField(_("kenmerk"), max_length=120)
    minutes_url = models.URLField(_("link naar de notulen"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        # An editor may delete their account: the decision stays, recorded by "Verwijderd
        # account" (it was PROTECT, which made deleting that account fail with a 500).
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vastgelegd door"),
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "papers_boarddecision"  # created by the papers app; the name stays
        verbose_name = _("bestuursbesluit")
        verbose_name_plural = _("bestuursbesluiten")

    def __str__(self) -> str:
        return f"{self.reference} ({self.decided_on})"

    @property
    def recorded_by_name(self) -> str:
        return self.recorded_by.display_name if self.recorded_by else str(_("Verwijderd account"))


class Disposition(models.Model):
    """What became of one approved reflection in the next version (verwerking).

    Nothing about me without me: every author hears what was done with their reflection.
    """

    class Kind(models.TextChoices):
        INCORPORATED = "incorporated", _("Verwerkt in de nieuwe versie")
        LATER = "later", _("Meegenomen voor een latere versie")
        NOT_ADOPTED = "not_adopted", _("Niet overgenomen")
        OUT_OF_SCOPE = "out_of_scope", _("Buiten de reikwijdte van dit paper")

    reflection = models.OneToOneField(
        Reflection, on_delete=models.CASCADE, related_name="disposition"
    )
    version = models.ForeignKey(
        PaperVersion,
        on_delete=models.CASCADE,
        related_name="dispositions",
        help_text=_("De nieuwe versie waarin over de reflectie is beslist."),
    )
    kind = models.CharField(_("verwerking"), max_length=20, choices=Kind.choices)
    section = models.ForeignKey(
        Section,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="dispositions",
        verbose_name=_("gewijzigde sectie"),
    )
    response = models.TextField(_("openbaar antwoord"))
    reason = models.TextField(_("reden"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    # The entry of the reflection's history this disposition is now: a step that is undone
    # puts the one before it back in force, and a step may only be undone while the entry it
    # wrote is still the one in force (nobody changed the disposition since).
    record = models.ForeignKey(
        "DispositionRecord", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        db_table = "papers_disposition"  # created by the papers app; the name stays
        verbose_name = _("verwerking")
        verbose_name_plural = _("verwerkingen")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – #{self.reflection_id}"

    @property
    def is_public(self) -> bool:
        """Until the board adopts the new version, a disposition can still change and names a
        draft nobody may read yet: only the editors see it. At adoption it is published with
        the consultation report, and each author gets one email about all of theirs. (Its
        version is the one based on the reflection's: the rule of publishes_coding.)"""
        return publishes_coding(self.version)


class DispositionRecord(models.Model):
    """One value a reflection's disposition had, by whom, when, and in which bulk step: the
    history the editors see on the disposition of one reflection (#29: a bulk step replaced
    246 earlier dispositions and the page showed only "Nu: …"). Written by every step that
    records a disposition; never changed afterwards."""

    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="disposition_records"
    )
    version = models.ForeignKey(PaperVersion, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("verwerking"), max_length=20, choices=Disposition.Kind.choices)
    section = models.ForeignKey(
        Section, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    response = models.TextField(_("openbaar antwoord"))
    reason = models.TextField(_("reden"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(_("vastgelegd op"), default=timezone.now)
    step = models.ForeignKey(
        "BulkStep", on_delete=models.SET_NULL, null=True, blank=True, related_name="records"
    )

    class Meta:
        verbose_name = _("eerdere verwerking")
        verbose_name_plural = _("eerdere verwerkingen")
        ordering = ["reflection_id", "pk"]

    def __str__(self) -> str:
        return f"#{self.reflection_id}: {self.get_kind_display()} ({self.recorded_at:%Y-%m-%d})"

    @property
    def answer(self) -> tuple:
        """What the author would read: equal answers are one value, whoever wrote them."""
        return (self.kind, self.section_id, self.response, self.reason)

    @property
    def label(self) -> str:
        return disposition_label(self.kind, self.section)

    @property
    def decided_by_name(self) -> str:
        return self.decided_by.display_name if self.decided_by else str(_("Verwijderd account"))


# The editors code a consultation (themes, standard answers, groups of similar reflections)
# while it runs and while the next version is prepared (an adopted version that takes
# reflections is consulted too); once the next version is adopted, this one is superseded
# and its coding is part of the published consultation report, as it was.
CODING_STATUSES = (
    PaperVersion.Status.CONSULTATION,
    PaperVersion.Status.CLOSED,
    PaperVersion.Status.ADOPTED,
)


def can_code(version: PaperVersion) -> bool:
    return version.status in CODING_STATUSES


MSG_CODING_FIXED = _(
    "Thema's, standaardantwoorden en groepen horen bij een consultatie die loopt of gesloten "
    "is; na de vaststelling van de volgende versie liggen ze vast."
)
MSG_DISPOSITIONS_FIXED = _("De verwerking wordt vastgelegd vóór de vaststelling.")


class ThemeQuerySet(models.QuerySet):
    def in_order(self) -> ThemeQuerySet:
        """The themes in the editors' order. Said explicitly, not left to Meta.ordering: Django
        drops a model's default ordering from any query with a GROUP BY, so a list annotated
        with a count (how many reflections each theme has) came in the database's order (#29:
        "Thema's, in volgorde" showed 8, 7, 1, 5, 4, 2, 6, 3)."""
        return self.order_by("order", "pk")


class Theme(models.Model):
    """One of the editors' themes (thema's) for the reflections on a consulted version: their
    coding of what was said. Internal until the next version is adopted; then the
    consultation report is organised by them."""

    version = models.ForeignKey(
        PaperVersion,
        on_delete=models.CASCADE,
        related_name="themes",
        help_text=_("De geconsulteerde versie waarvan de reflecties dit thema kunnen dragen."),
    )
    name = models.CharField(_("naam"), max_length=120)
    description = models.TextField(_("korte beschrijving"), max_length=1000, blank=True)
    order = models.PositiveIntegerField(_("volgorde"), default=0)
    reflections = models.ManyToManyField(
        Reflection, through="ThemeAssignment", related_name="themes", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ThemeQuerySet.as_manager()

    class Meta:
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["version", "name"], name="one_theme_name_per_version")
        ]

    def __str__(self) -> str:
        return self.name


class ThemeVector(Embedded):
    """A theme's name and description as the embedding model reads them (#31): a theme's
    suggestions lean towards the words the editor chose for it (governance/suggestions.py).
    Made by the background job, as the reflections' vectors are; replaced when the name or
    description changes (its digest)."""

    theme = models.OneToOneField(
        Theme, on_delete=models.CASCADE, primary_key=True, related_name="vector"
    )

    class Meta:
        verbose_name = _("betekenisvector van een thema")
        verbose_name_plural = _("betekenisvectoren van thema's")

    def __str__(self) -> str:
        return str(self.theme_id)

    @staticmethod
    def text_of(theme: Theme) -> str:
        return f"{theme.name}. {theme.description}".strip()

    @classmethod
    def digest_of(cls, theme: Theme) -> str:
        """The digest of the theme's present name and description, as its vector keeps it."""
        return hashlib.sha256(cls.text_of(theme).encode()).hexdigest()


class ThemeAssignment(models.Model):
    """A theme given to a published reflection, by whom and when (the audit trail of the
    step that did it names the reflections too)."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="assignments")
    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="theme_assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    # Given by accepting the platform's suggestion (#31): the report counts these.
    from_suggestion = models.BooleanField(_("uit een voorstel"), default=False)

    class Meta:
        verbose_name = _("toegekend thema")
        verbose_name_plural = _("toegekende thema's")
        constraints = [
            models.UniqueConstraint(
                fields=["theme", "reflection"], name="one_assignment_per_theme_and_reflection"
            )
        ]

    def __str__(self) -> str:
        return f"{self.theme} – #{self.reflection_id}"


class StandardAnswer(models.Model):
    """A reusable public answer (standaardantwoord) the editors keep for one consultation: a
    bulk disposition can start from it, and each reflection still gets its own copy."""

    version = models.ForeignKey(
        PaperVersion, on_delete=models.CASCADE, related_name="standard_answers"
    )
    title = models.CharField(_("titel"), max_length=120)
    kind = models.CharField(
        _("past bij"), max_length=20, choices=Disposition.Kind.choices, blank=True
    )
    text = models.TextField(_("tekst van het antwoord"), max_length=2000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("standaardantwoord")
        verbose_name_plural = _("standaardantwoorden")
        ordering = ["title", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "title"], name="one_standard_answer_title_per_version"
            )
        ]

    def __str__(self) -> str:
        return self.title


# How long a group's name may be.
NAME_LENGTH = 120


class SimilarityThreshold(models.Model):
    """How alike in meaning two reflections of one consultation must be for the similar page
    to put them side by side (#31): the cosine of their vectors. Set by the editors per
    consultation (a consultation of short, alike texts needs a higher one); without a row,
    DEFAULT_MEANING."""

    DEFAULT_MEANING = Decimal("0.93")
    LOWEST, HIGHEST = Decimal("0.85"), Decimal("0.99")

    version = models.OneToOneField(
        PaperVersion, on_delete=models.CASCADE, primary_key=True,
        related_name="similarity_threshold",
    )  # fmt: skip
    meaning = models.DecimalField(_("drempel op betekenis"), max_digits=3, decimal_places=2,
                                  default=DEFAULT_MEANING)  # fmt: skip
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    set_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("drempel voor vergelijkbare reflecties")
        verbose_name_plural = _("drempels voor vergelijkbare reflecties")

    def __str__(self) -> str:
        return f"{self.version}: {self.meaning}"

    @classmethod
    def of(cls, version) -> Decimal:
        found = cls.objects.filter(version=version).values_list("meaning", flat=True).first()
        return found if found is not None else cls.DEFAULT_MEANING


class SimilarityGroup(models.Model):
    """Reflections an editor found to say the same (a text posted twice, a text copied by
    several people): one theme and one disposition can serve the whole group."""

    version = models.ForeignKey(
        PaperVersion, on_delete=models.CASCADE, related_name="similarity_groups"
    )
    formed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    formed_at = models.DateTimeField(auto_now_add=True)
    name = models.CharField(
        _("naam"),
        max_length=NAME_LENGTH,
        blank=True,
        help_text=_(
            "Hoe de redactie de groep noemt (bijvoorbeeld de campagne waaruit de tekst komt); "
            "zonder naam heet zij naar haar nummer."
        ),
    )

    class Meta:
        verbose_name = _("groep vergelijkbare reflecties")
        verbose_name_plural = _("groepen vergelijkbare reflecties")
        ordering = ["pk"]

    def __str__(self) -> str:
        return _("Groep %(n)d") % {"n": self.pk}

    @property
    def label(self) -> str:
        """ "groep 3 ‘Campagne aanspreekpunt’", or "groep 3" without a name."""
        return group_label(self.pk, self.name)


def group_label(pk: int, name: str) -> str:
    if name:
        return _("groep %(n)d ‘%(name)s’") % {"n": pk, "name": name}
    return _("groep %(n)d") % {"n": pk}


class SimilarityMember(models.Model):
    """A reflection in a similarity group; a reflection is in at most one."""

    group = models.ForeignKey(SimilarityGroup, on_delete=models.CASCADE, related_name="members")
    reflection = models.OneToOneField(
        Reflection, on_delete=models.CASCADE, related_name="similarity_membership"
    )

    class Meta:
        verbose_name = _("lid van een groep")
        verbose_name_plural = _("leden van een groep")

    def __str__(self) -> str:
        return f"{self.group} – #{self.reflection_id}"


class BulkStep(models.Model):
    """One step an editor took for many reflections at once (#29): a theme given or taken
    away, a disposition recorded, reflections grouped. Kept with what it changed for each
    reflection (BulkChange: the value before and after), so the whole step can be undone as
    one step, until one of those reflections is changed again."""

    class Action(models.TextChoices):
        THEME_ASSIGNED = "theme_assigned", _("thema gegeven")
        THEME_REMOVED = "theme_removed", _("uit een thema gehaald")
        DISPOSITIONS = "dispositions", _("verwerking vastgelegd")
        GROUPED = "grouped", _("gegroepeerd als vergelijkbaar")

    version = models.ForeignKey(
        PaperVersion,
        on_delete=models.CASCADE,
        related_name="bulk_steps",
        help_text=_("De geconsulteerde versie, waarvan de reflecties zijn gecodeerd."),
    )
    draft = models.ForeignKey(
        PaperVersion,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("De nieuwe versie, bij een verwerking."),
    )
    action = models.CharField(_("stap"), max_length=20, choices=Action.choices)
    # What the step gave: its theme (the name stays when the theme is deleted) or its answer.
    theme = models.ForeignKey(
        Theme, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    theme_name = models.CharField(_("thema"), max_length=120, blank=True)
    kind = models.CharField(
        _("verwerking"), max_length=20, choices=Disposition.Kind.choices, blank=True
    )
    section = models.ForeignKey(
        Section, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # What the editor confirmed: how many reflections got a value they did not have, how
    # many had another one (replaced), how many had it already, and how many were left out
    # (earlier work left alone, or reflections in another theme with another decision).
    # A theme given as the platform suggested it, to each reflection its own (#31).
    accepted_suggestions = models.BooleanField(_("voorstellen aangenomen"), default=False)
    new = models.PositiveIntegerField(default=0)
    replaced = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    left_out = models.PositiveIntegerField(default=0)
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    taken_at = models.DateTimeField(auto_now_add=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("bulkstap")
        verbose_name_plural = _("bulkstappen")
        ordering = ["-taken_at", "-pk"]

    def __str__(self) -> str:
        return _("Stap %(n)d") % {"n": self.pk}

    @property
    def changed(self) -> int:
        return self.new + self.replaced

    @property
    def is_undone(self) -> bool:
        return self.undone_at is not None

    @property
    def what(self) -> str:
        """What the step gave, in the editors' words: the theme, or the disposition."""
        if self.action == self.Action.DISPOSITIONS:
            return disposition_label(self.kind, self.section)
        if self.action == self.Action.GROUPED:
            return ""
        return self.theme_name

    @property
    def taken_by_name(self) -> str:
        return self.taken_by.display_name if self.taken_by else str(_("Verwijderd account"))


def disposition_label(kind: str, section: Section | None) -> str:
    """ "Verwerkt in de nieuwe versie (3. De rol van het netwerk)", or the kind alone."""
    if not kind:
        return str(_("geen verwerking"))
    label = str(Disposition.Kind(kind).label)
    return f"{label} ({section.heading})" if section is not None else label


class BulkChange(models.Model):
    """What one bulk step changed for one reflection: the value before and after, as the
    rows that held it (a theme assignment, a disposition's history entry, a group
    membership), so the step can be undone exactly and refused when it was changed since."""

    step = models.ForeignKey(BulkStep, on_delete=models.CASCADE, related_name="changes")
    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="+")
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = _("wijziging in een bulkstap")
        verbose_name_plural = _("wijzigingen in een bulkstap")
        constraints = [
            models.UniqueConstraint(
                fields=["step", "reflection"], name="one_change_per_step_and_reflection"
            )
        ]

    def __str__(self) -> str:
        return f"{self.step} – #{self.reflection_id}"


class Synthesis(models.Model):
    """What the editors heard on one theme or one question group of a consultation ("wat we
    hoorden"), the reflections it rests on, and what they did about it in the next version
    ("wat we deden"): the typed changes that answer it. Published with the consultation
    report at adoption."""

    version = models.ForeignKey(PaperVersion, on_delete=models.CASCADE, related_name="syntheses")
    theme = models.OneToOneField(
        Theme, on_delete=models.CASCADE, null=True, blank=True, related_name="synthesis"
    )
    question_group = models.ForeignKey(
        "papers.QuestionGroup",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="syntheses",
    )
    heard = models.TextField(_("wat we hoorden"), max_length=4000)
    did = models.TextField(_("wat we deden"), max_length=4000, blank=True)
    reflections = models.ManyToManyField(Reflection, related_name="syntheses", blank=True)
    changes = models.ManyToManyField(
        Section,
        related_name="syntheses",
        blank=True,
        help_text=_("De gewijzigde secties van de nieuwe versie die hierop antwoorden."),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("synthese")
        verbose_name_plural = _("syntheses")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(theme__isnull=False, question_group__isnull=True)
                    | models.Q(theme__isnull=True, question_group__isnull=False)
                ),
                name="synthesis_of_one_theme_or_one_question_group",
            ),
            models.UniqueConstraint(
                fields=["version", "question_group"],
                condition=models.Q(question_group__isnull=False),
                name="one_synthesis_per_question_group",
            ),
        ]

    def __str__(self) -> str:
        return str(self.theme or self.question_group)

    @property
    def subject(self) -> str:
        return self.theme.name if self.theme_id else self.question_group.heading


class PassageResolutionQuerySet(models.QuerySet):
    def published(self, version: PaperVersion) -> PassageResolutionQuerySet:
        """Where the passages of the published reflections stand in ``version``."""
        return self.filter(version=version, reflection__status=Reflection.Status.APPROVED)

    def needing_decision(self) -> PassageResolutionQuerySet:
        """What an editor still has to look at: a passage the platform found elsewhere,
        reworded or gone, that no editor confirmed or corrected yet. An unchanged one stands
        where the reader quoted it (#29: 150 of 151 were, and the page opened on all of them)."""
        return self.filter(is_confirmed=False).exclude(status=PassageResolution.Status.UNCHANGED)


@with_status_flags
class PassageResolution(models.Model):
    """Where the passage a reflection is about stands in the next version (issue #19).

    Worked out by papers.passages.resolve whenever the editors draft the next version or
    amend a section (governance.continuity), stored, and shown to the editors while
    they draft, in the comparison of the versions, under the reflection and in the
    consultation report: never a silent guess. An editor may confirm or correct it; then it
    stands until its paragraph changes again.
    """

    class Status(models.TextChoices):
        UNCHANGED = passages.Status.UNCHANGED, _("ongewijzigd")
        MOVED = passages.Status.MOVED, _("verplaatst")
        CHANGED = passages.Status.CHANGED, _("gewijzigd")
        GONE = passages.Status.GONE, _("verdwenen")

    reflection = models.OneToOneField(
        Reflection, on_delete=models.CASCADE, related_name="passage_resolution"
    )
    version = models.ForeignKey(
        PaperVersion,
        on_delete=models.CASCADE,
        related_name="passage_resolutions",
        help_text=_("De nieuwe versie waarin de passage is gezocht."),
    )
    section = models.ForeignKey(
        Section,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sectie in de nieuwe versie"),
    )
    paragraph = models.PositiveIntegerField(_("alinea in de nieuwe versie"), null=True, blank=True)
    anchor = models.CharField(_("adres van die alinea"), max_length=100, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    found = models.TextField(_("gevonden tekst"), blank=True)
    similarity = models.FloatField(_("overeenkomst"), default=1.0)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("bevestigd of gecorrigeerd door"),
    )
    is_confirmed = models.BooleanField(_("door de redactie bevestigd"), default=False)
    is_corrected = models.BooleanField(_("door de redactie gecorrigeerd"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PassageResolutionQuerySet.as_manager()

    class Meta:
        verbose_name = _("plaats van een passage")
        verbose_name_plural = _("plaatsen van passages")
        ordering = ["reflection_id"]

    def __str__(self) -> str:
        return f"#{self.reflection_id}: {self.get_status_display()}"

    @property
    def is_public(self) -> bool:
        """Where the passage stands is the editors' analysis of the consultation (they confirm
        and correct it): public with the rest of it (publishes_coding; its version is the one
        based on the reflection's)."""
        return publishes_coding(self.version)

    @property
    def percentage(self) -> int:
        return round(self.similarity * 100)

    @property
    def place_name(self) -> str:
        """Where the passage stands in the new version as its readers see it ("alinea 2,
        punt 1"), never by the paragraph's identifier; "" when it is gone. Needs ``section``
        (select it with the resolution)."""
        return paragraphs.name_of(self.section, self.paragraph)

    @property
    def found_diff(self) -> str:
        """The quoted words against what they became, word by word."""
        return word_diff(self.reflection.quote_exact, self.found)[0]
