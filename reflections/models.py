"""Reflections on a paper version, their moderation history and readers' reports.

Every reflection is read by a moderator before anyone else sees it (pre-moderation).
State changes happen only in reflections.moderation, which writes a ModerationEvent
for each of them.
"""

from __future__ import annotations

import datetime
import hashlib

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from civcare.accounts.models import Perspective
from civcare.core import identifiability, textdiff
from civcare.core.audit import AuditEvent
from civcare.core.audit import register as register_actions
from civcare.core.choices import with_status_flags
from civcare.core.models import Embedded
from civcare.core.rendering import normalize_text, render_user_markdown
from papers import passages
from papers.compare import diff_html
from papers.models import PaperVersion, Question, Section


def awaiting_moderation_q(prefix: str = "") -> Q:
    """What the moderation queue holds (for a filter or a conditional count); ``prefix``
    reaches the reflections through a relation, e.g. "reflections__"."""
    return Q(AwaitingModeration(prefix))


class AwaitingModeration(models.Expression):
    """status = 'pending' OR (status = 'approved' AND revision_body <> ''): new texts, and
    changes to published ones. One condition, with its values written into the SQL.

    The moderation queue's query runs as a prepared statement (settings: DATABASE_PREPARED),
    whose generic plan is made without the values of its parameters: with
    ``status = $1 OR …`` PostgreSQL cannot tell that the partial index refl_awaiting covers
    the rows, and walks every reflection by date instead, slower with every one published.
    Written as constants, the condition matches the index's own, in every plan."""

    output_field = models.BooleanField()
    conditional = True

    def __init__(self, prefix: str = ""):
        super().__init__()
        self.status = models.F(f"{prefix}status")
        self.revision = models.F(f"{prefix}revision_body")

    def get_source_expressions(self):
        return [self.status, self.revision]

    def set_source_expressions(self, expressions):
        self.status, self.revision = expressions

    def as_sql(self, compiler, connection):
        status, _params = compiler.compile(self.status)
        revision, _params = compiler.compile(self.revision)
        pending, approved = Reflection.Status.PENDING.value, Reflection.Status.APPROVED.value
        # Constants of this module, never user input.
        return (
            f"({status} = '{pending}' OR ({status} = '{approved}' AND NOT ({revision} = '')))",
            [],
        )


class ReflectionQuerySet(models.QuerySet):
    def approved(self) -> ReflectionQuerySet:
        return self.filter(status=Reflection.Status.APPROVED)

    def pending(self) -> ReflectionQuerySet:
        return self.filter(status=Reflection.Status.PENDING)

    def awaiting_moderation(self) -> ReflectionQuerySet:
        """New texts, and changes to published ones (whose published text stays online)."""
        return self.filter(awaiting_moderation_q())

    def top_level(self) -> ReflectionQuerySet:
        return self.filter(parent__isnull=True)

    def published(self) -> ReflectionQuerySet:
        """What any visitor may read: approved, on a public version, and a reply only while
        the reflection it answers is published too (a hidden, withdrawn or declined
        reflection takes its replies out of sight with it)."""
        return self.filter(
            Q(parent__isnull=True) | Q(parent__status=Reflection.Status.APPROVED),
            status=Reflection.Status.APPROVED,
            version__status__in=PaperVersion.PUBLIC_STATUSES,
        )

    def visible_to(self, user) -> ReflectionQuerySet:
        """Approved for everyone; an author also sees their own that await moderation."""
        if user is not None and user.is_authenticated:
            return self.filter(
                Q(status=Reflection.Status.APPROVED)
                | Q(author=user, status__in=Reflection.AWAITING_STATUSES)
            )
        return self.approved()


def summary_texts() -> dict[str, str]:
    """The phrases of summary_title in the active language (search translates them once for
    all its results)."""
    from django.utils.translation import gettext as _

    return {
        "question": _("vraag %(n)s"),
        "unnumbered": _("de vraag ‘%(text)s’"),
        "section": _("sectie %(heading)s"),
        "reply": _("een andere reflectie"),
        "paper": _("de paper als geheel"),
        "title": _("%(perspective)s, over %(target)s"),
    }


def summary_title(
    perspective: str,
    *,
    question_number: str | None = None,
    question_text: str = "",
    section_heading: str = "",
    is_reply: bool = False,
    texts: dict[str, str] | None = None,
) -> str:
    """ "Naaste, over vraag 11", from what a row holds (search builds no model instances)."""
    texts = texts or summary_texts()
    if question_number:
        target = texts["question"] % {"n": question_number}
    elif question_text:  # an unnumbered list of questions: name the question itself
        target = texts["unnumbered"] % {"text": Truncator(question_text).words(9, truncate="…")}
    elif section_heading:
        target = texts["section"] % {"heading": section_heading}
    elif is_reply:
        target = texts["reply"]
    else:
        target = texts["paper"]
    return texts["title"] % {"perspective": perspective, "target": target}


@with_status_flags
class Reflection(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op moderatie")
        APPROVED = "approved", _("Gepubliceerd")
        DECLINED = "declined", _("Niet geplaatst")
        REVISION = "revision", _("Aanpassing gevraagd")
        HIDDEN = "hidden", _("Verborgen na meldingen")
        WITHDRAWN = "withdrawn", _("Ingetrokken")

    # Shown to their author on the paper page, marked as not yet public.
    AWAITING_STATUSES = (Status.PENDING, Status.REVISION)

    version = models.ForeignKey(
        PaperVersion,
        on_delete=models.PROTECT,
        related_name="reflections",
        verbose_name=_("versie"),
    )
    section = models.ForeignKey(
        Section,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reflections",
        verbose_name=_("sectie"),
    )
    question = models.ForeignKey(
        Question,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reflections",
        verbose_name=_("vraag"),
    )
    # The words of one paragraph of its section that the reflection is about, when the author
    # chose a passage: a W3C Web Annotation-style text quote (papers.passages.Quote), taken
    # from the paper's text when posted, never typed by the author. ``quote_anchor`` is the
    # paragraph's address on the paper page (#sectie-4-p3).
    quote_paragraph = models.PositiveIntegerField(
        _("alinea"), null=True, blank=True, editable=False
    )
    quote_anchor = models.CharField(_("adres van de alinea"), max_length=100, blank=True)
    quote_exact = models.TextField(_("geciteerde passage"), blank=True)
    quote_prefix = models.CharField(max_length=passages.CONTEXT_CHARS * 2, blank=True)
    quote_suffix = models.CharField(max_length=passages.CONTEXT_CHARS * 2, blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("reactie op"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reflections",
        verbose_name=_("auteur"),
        help_text=_("Leeg als het account is verwijderd en de reflectie anoniem is bewaard."),
    )
    perspective = models.CharField(_("perspectief"), max_length=20, choices=Perspective.choices)
    body = models.TextField(_("tekst (Markdown)"))
    body_html = models.TextField(editable=False, blank=True)
    body_digest = models.CharField(max_length=64, editable=False, db_index=True, blank=True)
    is_anonymous = models.BooleanField(
        _("anoniem tonen"),
        default=False,
        help_text=_("Dan ziet het publiek alleen het perspectief, niet de weergavenaam."),
    )
    may_quote = models.BooleanField(
        _("mag geciteerd worden"),
        default=False,
        help_text=_("In het consultatieverslag en in de open data."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
    )
    status_reason = models.TextField(
        _("toelichting bij de status"),
        blank=True,
        help_text=_("De reden of opmerking van de moderator die de auteur ziet."),
    )
    created_at = models.DateTimeField(_("geplaatst op"), auto_now_add=True, db_index=True)
    submitted_at = models.DateTimeField(_("laatst ingediend"), auto_now_add=True, db_index=True)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    report_count = models.PositiveIntegerField(_("open meldingen"), default=0)
    # The author's change to a published reflection, waiting for a moderator: the published
    # text stays online meanwhile (it used to vanish until the change was re-approved).
    revision_body = models.TextField(_("aanpassing (wacht op moderatie)"), blank=True)
    revision_body_html = models.TextField(editable=False, blank=True)
    revision_perspective = models.CharField(
        _("perspectief van de aanpassing"), max_length=20, choices=Perspective.choices, blank=True
    )
    # The text as it was when a moderator asked for a change, kept until the next decision
    # so that the resubmission is read as a word diff against it; then it is emptied (one
    # copy, on this row, never in the history).
    requested_body = models.TextField(editable=False, blank=True)
    # What a moderator reads of a change waiting for a decision (change_texts), compared once,
    # when the author sends it (moderation.edit), never on a page view: comparing costs up to
    # textdiff.BUDGET, drawing it again from the two texts is linear. Character offsets and
    # a digest of the two texts it was made for (civcare.core.textdiff.stored), never words:
    # it keeps no copy of a text, and once either text changes it is no longer used.
    change_diff = models.JSONField(null=True, blank=True, editable=False)
    # What the herleidbaarheidscheck (civcare.core.identifiability) found in the text that
    # waits for a decision: per category how many, never the words. Null: not checked.
    findings = models.JSONField(
        _("mogelijke persoonsgegevens"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Per soort hoeveel de herleidbaarheidscheck vond; nooit de woorden zelf."),
    )

    objects = ReflectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("reflectie")
        verbose_name_plural = _("reflecties")
        ordering = ["created_at", "pk"]
        permissions = [
            ("moderate_reflection", _("Kan reflecties en meldingen beoordelen")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(section__isnull=True) | Q(question__isnull=True),
                name="reflections_one_target_at_most",
            ),
            models.CheckConstraint(
                condition=Q(quote_paragraph__isnull=True) | Q(section__isnull=False),
                name="reflections_quote_in_its_section",
            ),
        ]
        indexes = [
            models.Index(fields=["version", "status", "created_at"], name="refl_version_status"),
            models.Index(fields=["status", "submitted_at"], name="refl_queue"),
            # The queue in its order, holding only what waits: read from the start, it never
            # passes the published reflections older than the oldest waiting one (their
            # number grows with every consultation).
            models.Index(
                fields=["submitted_at", "id"],
                name="refl_awaiting",
                condition=Q(status="pending") | (Q(status="approved") & ~Q(revision_body="")),
            ),
            models.Index(fields=["author", "created_at"], name="refl_author_recent"),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.version} ({self.get_status_display()})"

    def save(self, *args, **kwargs) -> None:
        self.body = normalize_text(self.body)
        self.body_html = render_user_markdown(self.body)
        self.body_digest = self.digest(self.body)
        self.revision_body = normalize_text(self.revision_body)
        self.revision_body_html = render_user_markdown(self.revision_body)
        fields = kwargs.get("update_fields")
        if fields is not None and "body" in fields:
            fields = {*fields, "body_html", "body_digest"}
        if fields is not None and "revision_body" in fields:
            fields = {*fields, "revision_body_html"}
        if fields is not None:
            kwargs["update_fields"] = fields
        super().save(*args, **kwargs)
        self._forget_vector_of_an_old_text()

    def get_absolute_url(self) -> str:
        return f"{self.version.get_absolute_url()}#reflectie-{self.pk}"

    @classmethod
    def from_db(cls, db, field_names, values):
        reflection = super().from_db(db, field_names, values)
        reflection._saved_text = reflection._text_state()
        return reflection

    def _text_state(self) -> tuple[str | None, str | None]:
        """The published text as its vector knows it: (digest, status); None where not read."""
        return self.__dict__.get("body_digest"), self.__dict__.get("status")

    def _forget_vector_of_an_old_text(self) -> None:
        """A new text (an edit accepted, a redaction, an erasure) or one no longer published
        takes its vector with it, in the same transaction (#31: no vector of a text that is
        gone; the background job embeds the new one). Publishing costs no query here."""
        before = getattr(self, "_saved_text", None)
        after = self._text_state()
        self._saved_text = after
        if before is None:
            return
        published = self.Status.APPROVED
        if before[0] != after[0] or (before[1] == published and after[1] != published):
            ReflectionVector.objects.filter(reflection_id=self.pk).delete()

    @property
    def quote(self) -> passages.Quote | None:
        """The passage it is about (None: the whole section, question or paper)."""
        if self.quote_paragraph is None:
            return None
        return passages.Quote(
            self.quote_paragraph, self.quote_exact, self.quote_prefix, self.quote_suffix
        )

    @property
    def has_pending_revision(self) -> bool:
        return self.status == self.Status.APPROVED and bool(self.revision_body)

    @property
    def revision_digest(self) -> str:
        """Names the exact change a moderator looked at: publishing checks it, so a change
        swapped for another after the moderator read it is never published unread."""
        return hashlib.sha256(self.revision_body.encode()).hexdigest()[:16]

    @property
    def moderation_state(self) -> str:
        """What a moderator decides on: the status and, for a change waiting on a published
        text, which change. A decision taken on a stale page is refused by comparing this."""
        if self.has_pending_revision:
            return f"{self.status}:{self.revision_digest}"
        return self.status

    @property
    def is_reported(self) -> bool:
        """Hidden after reports, or published with reports a moderator has not handled."""
        return self.status == self.Status.HIDDEN or (
            self.status == self.Status.APPROVED and self.report_count > 0
        )

    @property
    def waiting_digest(self) -> str:
        """Names the text a moderator reads before publishing it (the change to a published
        text, or the waiting text): every way to publish carries it back and is refused
        when the author changed the text since."""
        return self.revision_digest if self.has_pending_revision else self.body_digest

    @property
    def is_resubmission(self) -> bool:
        """Sent back after a moderator asked for a change, and not yet decided again."""
        return self.status == self.Status.PENDING and bool(self.requested_body)

    @property
    def change_texts(self) -> tuple[str, str] | None:
        """The two texts a moderator compares before deciding: the text as it was when a
        change was asked and the resubmission, or the published text and the change to it;
        None when no change waits."""
        if self.is_resubmission:
            return self.requested_body, self.body
        if self.has_pending_revision:
            return self.body, self.revision_body
        return None

    def compare_change(self) -> None:
        """Compare the change that now waits (change_texts), once, for every page that will
        show it. As saved: the texts are compared the way save() stores them."""
        texts = self.change_texts
        self.change_diff = textdiff.stored(*map(normalize_text, texts)) if texts else None

    @property
    def change_diff_html(self) -> SafeString | None:
        """The stored comparison of change_texts, word by word; None when it was too large to
        show that way (or was not made for these texts): then both texts are shown side by
        side. Drawn from the stored offsets, never compared again here."""
        texts = self.change_texts
        changes = textdiff.changes_of(self.change_diff, *texts) if texts else None
        return None if changes is None else diff_html(*texts, changes)

    @property
    def summary_title(self) -> str:
        """E.g. "Naaste, over vraag 11": for search results, feeds and shared links."""
        question = self.question if self.question_id else None
        return summary_title(
            self.get_perspective_display(),
            question_number=question.number if question else None,
            question_text=question.plain_text if question and not question.number else "",
            section_heading=self.section.heading if self.section_id and not question else "",
            is_reply=bool(self.parent_id),
        )

    @property
    def findings_summary(self) -> list[tuple[str, int]]:
        """What the herleidbaarheidscheck found, as (what it may be, how many)."""
        return [
            (identifiability.LABELS[category], count)
            for category, count in (self.findings or {}).items()
            if category in identifiability.LABELS
        ]

    def get_perspective_display(self) -> str:
        return Perspective.label_of(self.perspective)

    def get_permalink(self) -> str:
        """The reflection's own page (published ones only): for search results and feeds."""
        from django.urls import reverse

        return reverse("reflections:detail", args=[self.pk])

    @staticmethod
    def digest(body: str) -> str:
        """Fingerprint of the text, blind to whitespace, to recognise a double submit."""
        return hashlib.sha256(" ".join(body.split()).encode()).hexdigest()

    @property
    def anchor(self) -> str:
        return f"reflectie-{self.pk}"

    @property
    def target_label(self) -> str:
        """What the reflection is about, in plain text: a question without its Markdown
        ("*vastloopt*" shows as "vastloopt"), for every place that does not render HTML."""
        if self.question_id:
            return self.question.label
        if self.section_id:
            return self.section.heading
        return str(_("De paper als geheel"))

    @property
    def public_name(self) -> str:
        """What the public sees as the author: never the email address."""
        if self.author_id is None:
            return str(_("Verwijderd account"))
        if self.is_anonymous:
            return str(_("Anoniem"))
        return self.author.display_name

    @property
    def is_reply(self) -> bool:
        return self.parent_id is not None

    @property
    def can_be_withdrawn(self) -> bool:
        """Its author may take it back at any time, unless it was declined (then nobody sees
        it) or is withdrawn already."""
        return self.status in {
            self.Status.PENDING,
            self.Status.REVISION,
            self.Status.APPROVED,
            self.Status.HIDDEN,
        }

    @property
    def can_be_declined(self) -> bool:
        """Waiting, hidden after reports, or published: a moderator can still decline it."""
        return self.status in {self.Status.PENDING, self.Status.HIDDEN, self.Status.APPROVED}

    @property
    def is_editable(self) -> bool:
        """While its version takes reflections. After the consultation closes (or the version
        is adopted) an edit would reopen moderation, block promotion and leave a disposition
        describing another text; withdrawing and anonymising stay possible (privacy rights)."""
        return (
            self.status in {self.Status.PENDING, self.Status.REVISION, self.Status.APPROVED}
            and self.version.is_open_for_reflection
        )


class SearchEntry(models.Model):
    """A published reflection as search reads it: one narrow row per approved reflection,
    its stored, weighted tsvector and what the search filters on.

    Kept by PostgreSQL itself (a trigger on the reflections, migration 0007): whatever
    publishes, hides, edits, redacts or deletes a reflection, in one row or in bulk, the
    entry follows in the same transaction, and no earlier text survives in it. Ranking a
    common word reads the vectors of thousands of matches; from this table that is a
    sixth of the pages the reflections themselves take. Empty on SQLite (search there
    reads the reflections).
    """

    reflection = models.OneToOneField(
        Reflection,
        on_delete=models.DO_NOTHING,  # the trigger deletes the entry with its reflection
        db_constraint=False,
        primary_key=True,
        related_name="+",
    )
    version_id = models.BigIntegerField()
    parent_id = models.BigIntegerField(null=True)
    vector = SearchVectorField()

    class Meta:
        verbose_name = _("zoekingang")

    def __str__(self) -> str:
        return f"#{self.reflection_id}"


class ModerationEvent(AuditEvent):
    """One step in a reflection's history: who did what, from which state to which, and why.
    An empty actor is the platform itself (hidden after reports) or a deleted account."""

    class Action(models.TextChoices):
        SUBMITTED = "reflections.submitted", _("ingediend")
        EDITED = "reflections.edited", _("aangepast door de auteur")
        APPROVED = "reflections.approved", _("gepubliceerd")
        DECLINED = "reflections.declined", _("niet geplaatst")
        REVISION_REQUESTED = "reflections.revision_requested", _("aanpassing gevraagd")
        WITHDRAWN = "reflections.withdrawn", _("ingetrokken")
        REPORTED = "reflections.reported", _("gemeld")
        HIDDEN = "reflections.hidden", _("verborgen na meldingen")
        REPORTS_DISMISSED = (
            "reflections.reports_dismissed",
            _("meldingen afgehandeld, blijft staan"),
        )
        REVISION_SUBMITTED = (
            "reflections.revision_submitted",
            _("gepubliceerde tekst aangepast door de auteur"),
        )
        REVISION_APPROVED = "reflections.revision_approved", _("aanpassing gepubliceerd")
        REVISION_DECLINED = "reflections.revision_declined", _("aanpassing niet geplaatst")
        PRESENTATION_CHANGED = "reflections.presentation_changed", _("weergave gewijzigd")
        REOPENED = "reflections.reopened", _("besluit heropend door de moderatie")
        REDACTED = (
            "reflections.redacted",
            _("gepubliceerd zonder mogelijk herkenbare gegevens"),
        )

    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("actie"), max_length=60, choices=Action.choices)
    reason_code = models.CharField(max_length=20, blank=True)
    reason = models.TextField(_("reden"), blank=True)

    class Meta(AuditEvent.Meta):
        verbose_name = _("moderatiegebeurtenis")
        verbose_name_plural = _("moderatiegebeurtenissen")

    def __str__(self) -> str:
        return f"{self.action} #{self.reflection_id}"

    # The steps the platform takes itself; any other step without an actor was taken by
    # someone whose account has since been deleted.
    SYSTEM_ACTIONS = frozenset({Action.HIDDEN})
    # An edit of a text still in the queue, and a change to a published one.
    EDIT_ACTIONS = (Action.EDITED, Action.REVISION_SUBMITTED)
    # What a moderator decided: the log of handled items lists these.
    DECISION_ACTIONS = (
        Action.APPROVED,
        Action.DECLINED,
        Action.REVISION_REQUESTED,
        Action.REPORTS_DISMISSED,
        Action.REVISION_APPROVED,
        Action.REVISION_DECLINED,
        Action.REOPENED,
        Action.REDACTED,
    )
    # The decisions on a waiting text that a moderator may reopen for a short while
    # (settings.MODERATION_UNDO_MINUTES): the reflection goes back to the queue.
    REOPENABLE_ACTIONS = (Action.APPROVED, Action.DECLINED, Action.REVISION_REQUESTED)

    @staticmethod
    def undo_window() -> datetime.timedelta:
        return datetime.timedelta(minutes=settings.MODERATION_UNDO_MINUTES)

    def may_be_reopened(self, now) -> bool:
        """A decision on a waiting text, taken within the undo window, or a removal of a
        published text (whether it is still the reflection's last step is for the caller to
        know). A removal has no window: its email went out at once, so there is nothing to
        withdraw, and a text taken down by mistake should be able to come back."""
        if self.is_removal:
            return True
        return (
            self.action in self.REOPENABLE_ACTIONS
            and self.from_status == Reflection.Status.PENDING
            and now - self.created_at <= self.undo_window()
        )

    @property
    def is_removal(self) -> bool:
        """A published (or, after reports, hidden) reflection taken down with a reason."""
        return self.action == self.Action.DECLINED and self.from_status in (
            Reflection.Status.APPROVED,
            Reflection.Status.HIDDEN,
        )

    @property
    def actor_name(self) -> str:
        if self.actor is not None:
            return self.actor.display_name
        if self.action in self.SYSTEM_ACTIONS:
            return str(_("het systeem"))
        return str(_("Verwijderd account"))


# A reflection's history is read by its author and the moderators, never by the public.
register_actions(ModerationEvent.Action)


class Report(models.Model):
    """A reader's report of a published reflection. One per person per reflection."""

    reflection = models.ForeignKey(Reflection, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports"
    )
    reason = models.TextField(_("reden"))
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["reflection", "reporter"], name="reflections_report_once"
            ),
        ]

    def __str__(self) -> str:
        return f"Melding bij #{self.reflection_id}"


class Claim(models.Model):
    """A moderator has this reflection open: the others see "in behandeling bij …" until
    ``expires_at``. A courtesy between colleagues, not a guarantee: the transition's row
    lock decides, and the second decision is refused with a clear message."""

    reflection = models.OneToOneField(
        Reflection, on_delete=models.CASCADE, primary_key=True, related_name="claim"
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("in behandeling")
        verbose_name_plural = _("in behandeling")

    def __str__(self) -> str:
        return f"#{self.reflection_id} → {self.moderator_id}"


class ModeratorNote(models.Model):
    """An internal note on a reflection, for the moderators only: never shown to its author,
    never in their export, never on the site."""

    reflection = models.ForeignKey(
        Reflection, on_delete=models.CASCADE, related_name="moderator_notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moderator"),
    )
    body = models.TextField(_("notitie"))
    created_at = models.DateTimeField(_("geschreven op"), auto_now_add=True)

    class Meta:
        verbose_name = _("moderatornotitie")
        verbose_name_plural = _("moderatornotities")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Notitie bij #{self.reflection_id}"

    @property
    def author_name(self) -> str:
        return self.author.display_name if self.author else str(_("Verwijderd account"))


class SavedReason(models.Model):
    """A reason text moderators keep and reuse, beside the standard reasons: the author
    reads it as the moderator's explanation."""

    class Use(models.TextChoices):
        DECLINE = "decline", _("Bij niet plaatsen")
        REVISION = "revision", _("Bij een verzoek om aanpassing")

    use = models.CharField(_("gebruik"), max_length=10, choices=Use.choices)
    title = models.CharField(_("naam"), max_length=80)
    text = models.TextField(_("tekst voor de auteur"), max_length=1000)
    order = models.PositiveIntegerField(_("volgorde"), default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("standaardtekst")
        verbose_name_plural = _("standaardteksten")
        ordering = ["use", "order", "title", "pk"]

    def __str__(self) -> str:
        return self.title


class ReflectionVector(Embedded):
    """What a published reflection says, as the embedding model reads it (#31): 384 numbers
    (civcare.core.embeddings) made by the background job from the text whose digest it
    keeps. Derived personal data: it goes with the text, when the text changes, is no
    longer published, or is erased (Reflection.save, and the cascade), and the job makes
    the new text's own. Readers use a vector only while its digest is the text's."""

    reflection = models.OneToOneField(
        Reflection, on_delete=models.CASCADE, primary_key=True, related_name="vector"
    )
    # Indexed: a copy of a text already embedded takes its vector (reflections/vectors.py).
    digest = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("betekenisvector")
        verbose_name_plural = _("betekenisvectoren")

    def __str__(self) -> str:
        return f"#{self.reflection_id}"
