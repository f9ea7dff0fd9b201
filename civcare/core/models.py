"""The one outbox: every email the platform sends is a row here first.

The step that causes an email (a moderation decision, a sign-up, a closed consultation)
writes the row in its own transaction, so the email exists exactly when the step does;
the periodic job (``manage.py send_notifications``) delivers it, retries what the mail
server refused, and removes what was delivered after MAIL_RETENTION_DAYS. No request ever
waits on the mail server.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from civcare.core import embeddings


class OutgoingEmail(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("wacht op verzending")
        SENT = "sent", _("verzonden")
        FAILED = "failed", _("niet verzonden (opgegeven)")
        CANCELLED = "cancelled", _("vervallen")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,  # erasure: a deleted account's mail goes with it
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ontvanger"),
    )
    to = models.EmailField(_("aan"))
    from_email = models.CharField(_("van"), max_length=300)
    subject = models.CharField(_("onderwerp"), max_length=300)
    body = models.TextField(_("tekst"))
    html_body = models.TextField(_("HTML-tekst"), blank=True)
    headers = models.JSONField(_("extra koppen"), default=dict, blank=True)
    topic = models.CharField(
        _("soort"), max_length=80, help_text=_("Het sjabloon of de afzender binnen de site.")
    )
    key = models.CharField(
        _("sleutel"),
        max_length=120,
        blank=True,
        help_text=_("Eén e-mail per ontvanger per sleutel (bijv. één per gebeurtenis)."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    # Due from this moment: now when written, later after a refusal. A deliverer also moves
    # it forward while it holds the row (its claim), so two never send one email twice.
    next_attempt_at = models.DateTimeField(_("volgende poging"))
    claim = models.CharField(max_length=32, blank=True)
    last_error = models.CharField(_("laatste fout"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(_("verzonden"), null=True, blank=True)

    class Meta:
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "key"], condition=~Q(key=""), name="core_one_mail_per_key"
            )
        ]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(status="pending"),
                name="core_outgoing_due",
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject} ({self.get_status_display()})"


class Document(models.Model):
    """A document rendered ahead of the request (an official PDF), one row per document and
    language: its content as last rendered, the state of the data it was rendered from,
    and the job of rendering it anew (civcare.core.documents). Made and removed by the
    site itself."""

    kind = models.CharField(_("soort"), max_length=60)
    subject = models.PositiveBigIntegerField(_("onderwerp"), help_text=_("Bijv. een versie."))
    language = models.CharField(_("taal"), max_length=10)
    content = models.BinaryField(_("inhoud"), null=True, blank=True)
    # The state of the data the content shows, and the state a request or a change asked
    # for: the document is due while they differ.
    state = models.CharField(_("stand"), max_length=64, blank=True)
    wanted = models.CharField(_("gevraagde stand"), max_length=64, blank=True)
    asked_at = models.DateTimeField(_("gevraagd"), null=True, blank=True)
    # Whoever renders holds the row this long (a worker that died frees it after that).
    claim = models.CharField(max_length=32, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    rendered_at = models.DateTimeField(_("gemaakt"), null=True, blank=True)
    render_seconds = models.FloatField(_("duur (s)"), null=True, blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "subject", "language"], name="core_one_document_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.subject} ({self.language})"


class Embedded(models.Model):
    """A text as the embedding model reads it (civcare.core.embeddings, #31): the vector, the
    model that made it, and the digest of the text it was made from (a reader uses a vector
    only while its digest is that of the present text). Made by the background job only."""

    digest = models.CharField(max_length=64)
    model = models.CharField(max_length=60)
    vector = models.BinaryField()

    class Meta:
        abstract = True

    @property
    def array(self):
        return embeddings.from_bytes(bytes(self.vector))
