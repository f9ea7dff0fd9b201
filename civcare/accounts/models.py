"""The people on the platform: their public name and perspective, their consents.

Privacy by design: the email address is only used to sign in and to send mail; the
public sees a display name (a pseudonym is fine) and a perspective, nothing else.
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from civcare.core.confusables import skeleton
from civcare.core.rendering import render_paper_markdown


class Perspective(models.TextChoices):
    """The perspectives the papers invite; chosen per reflection, defaulting to the profile."""

    PROFESSIONAL = "professional", _("Zorgprofessional")
    EXPERIENCE_EXPERT = "experience_expert", _("Ervaringsdeskundige")
    CLIENT = "client", _("Cliënt")
    RELATIVE = "relative", _("Naaste")
    POLICYMAKER = "policymaker", _("Bestuurder / beleidsmaker")
    SUPERVISOR = "supervisor", _("Toezichthouder")
    LAWYER = "lawyer", _("Jurist")
    OTHER = "other", _("Anders")

    @classmethod
    def label_of(cls, value: str) -> str:
        """The perspective's name. Django's get_FOO_display builds a dictionary of every
        choice, each label translated, on every call; open data, reports and search name one
        perspective per reflection. A value no longer among the choices is shown as it is."""
        try:
            return str(cls(value).label)
        except ValueError:
            return value


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> User:
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields) -> User:
        fields.setdefault("is_staff", True)
        fields.setdefault("is_superuser", True)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(
        _("e-mailadres"),
        unique=True,
        help_text=_("Alleen om in te loggen en voor berichten; nooit openbaar."),
    )
    display_name = models.CharField(
        _("weergavenaam"),
        max_length=40,
        help_text=_("Openbaar bij reflecties die u met naam plaatst. Een schuilnaam mag."),
    )
    # What the name looks like (civcare.core.confusables.skeleton), kept with every save: a
    # new name may not look like one of these (accounts.forms.clean_display_name). Not
    # unique: names from before the check may look alike, and those accounts keep working.
    display_name_key = models.CharField(max_length=200, editable=False, db_index=True)
    perspective = models.CharField(
        _("standaardperspectief"),
        max_length=20,
        choices=Perspective.choices,
        default=Perspective.OTHER,
    )
    is_staff = models.BooleanField(
        _("beheerder"), default=False, help_text=_("Mag inloggen in het beheer (/beheer/).")
    )
    is_active = models.BooleanField(_("actief"), default=True)
    date_joined = models.DateTimeField(_("aangemaakt op"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        verbose_name = _("account")
        verbose_name_plural = _("accounts")
        constraints = [
            models.UniqueConstraint(Lower("display_name"), name="accounts_display_name_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email

    def save(self, *args, **kwargs) -> None:
        self.display_name_key = skeleton(self.display_name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "display_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "display_name_key"}
        super().save(*args, **kwargs)

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name


class PolicyDocument(models.Model):
    """A version of the privacy statement or the terms of use; consent refers to one."""

    class Kind(models.TextChoices):
        PRIVACY = "privacy", _("Privacyverklaring")
        TERMS = "terms", _("Gebruiksvoorwaarden")

    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    version = models.CharField(_("versie"), max_length=20)
    effective_on = models.DateField(
        _("geldig vanaf"), help_text=_("De nieuwste geldige versie wordt getoond en gevraagd.")
    )
    title = models.CharField(_("titel"), max_length=200)
    body = models.TextField(_("tekst (Markdown)"))
    body_html = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("privacyverklaring of voorwaarden")
        verbose_name_plural = _("privacyverklaringen en voorwaarden")
        ordering = ["kind", "-effective_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "version"], name="accounts_policy_version"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.version}"

    def save(self, *args, **kwargs) -> None:
        self.body_html = render_paper_markdown(self.body, heading_level=2, id_prefix=self.kind)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        name = "privacy_version" if self.kind == self.Kind.PRIVACY else "terms_version"
        return reverse(f"accounts:{name}", kwargs={"version": self.version})

    @classmethod
    def current(cls, kind: str) -> PolicyDocument | None:
        return (
            cls.objects.filter(kind=kind, effective_on__lte=timezone.localdate())
            .order_by("-effective_on", "-pk")
            .first()
        )


class Consent(models.Model):
    """That a person accepted one version of a policy document, and when."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="consents")
    document = models.ForeignKey(PolicyDocument, on_delete=models.PROTECT, related_name="+")
    accepted_at = models.DateTimeField(_("geaccepteerd op"), default=timezone.now)

    class Meta:
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")
        ordering = ["accepted_at"]

    def __str__(self) -> str:
        return f"{self.document} – {self.accepted_at:%Y-%m-%d %H:%M}"


class AccountDeletion(models.Model):
    """Audit trail of deleted accounts. Deliberately holds no personal data."""

    deleted_at = models.DateTimeField(_("verwijderd op"), default=timezone.now, db_index=True)
    kept_reflections = models.BooleanField(
        _("reflecties geanonimiseerd bewaard"),
        help_text=_("Anders zijn de gepubliceerde reflecties verwijderd."),
    )
    reflections_affected = models.PositiveIntegerField(_("aantal reflecties"), default=0)
    by_self = models.BooleanField(_("door de persoon zelf"), default=True)

    class Meta:
        verbose_name = _("verwijderd account")
        verbose_name_plural = _("verwijderde accounts")
        ordering = ["-deleted_at"]

    def __str__(self) -> str:
        return f"{self.deleted_at:%Y-%m-%d %H:%M}"
