from __future__ import annotations

import re
import unicodedata

from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from civcare.core import identifiability, ratelimit
from civcare.core.confusables import mixes_alphabets, skeleton

from .models import Perspective, PolicyDocument, User
from .services import record_consent

DISPLAY_NAME_MIN, DISPLAY_NAME_MAX = 3, 40
EMAILISH_RE = re.compile(r"\S+@\S+")
ALLOWED_NAME_RE = re.compile(r"^[\w .'’-]+$")
# Names that would suggest a role or hide who is who.
RESERVED_NAMES = {
    "anoniem",
    "anonymous",
    "verwijderd account",
    "moderator",
    "moderatie",
    "redactie",
    "beheer",
    "beheerder",
    "admin",
    "civ-care",
    "de kamer van sociale waarden",
}
RESERVED_LOOKS = {skeleton(name) for name in RESERVED_NAMES}

MSG_NAME_EMAIL = _("Een e-mailadres kan geen weergavenaam zijn: die is openbaar.")
MSG_NAME_TAKEN = _("Deze weergavenaam is al in gebruik. Kies een andere.")
MSG_NAME_RESERVED = _("Deze naam is gereserveerd. Kies een andere.")
MSG_NAME_TOO_OFTEN = _(
    "U heeft uw weergavenaam vandaag al %(count)d keer gewijzigd; meer kan even niet. Uw "
    "gegevens staan hieronder nog: probeer het morgen opnieuw."
)
MSG_NAME_CHARS = _("Gebruik letters, cijfers, spaties en de tekens - . ' _ in uw weergavenaam.")
MSG_NAME_LOOKALIKE = _(
    "Deze naam lijkt te veel op een bestaande naam of op een naam van de stichting. Kies een "
    "andere."
)


def clean_display_name(value: str, *, user: User | None = None) -> str:
    """The display name as it is stored (spaces collapsed; full-width and other compatibility
    letters as ordinary ones, NFKC), or a refusal. Besides the same name in other capitals,
    a name that only looks like another (letters of another alphabet that look Latin, as in
    "Rеdactie" with a Cyrillic е) is refused: it would pass for the foundation, an anonymous
    or deleted author, or another author (#28). A person's own name, unchanged, always
    passes: names from before this check stay as they are."""
    name = " ".join(unicodedata.normalize("NFKC", value).split())
    if user is not None and user.pk and name == user.display_name:
        return name
    if len(name) < DISPLAY_NAME_MIN:
        raise ValidationError(
            _("Een weergavenaam heeft minstens %(min)d tekens.") % {"min": DISPLAY_NAME_MIN}
        )
    if len(name) > DISPLAY_NAME_MAX:
        raise ValidationError(
            _("Een weergavenaam heeft hoogstens %(max)d tekens.") % {"max": DISPLAY_NAME_MAX}
        )
    if EMAILISH_RE.search(name):
        raise ValidationError(MSG_NAME_EMAIL)
    if not ALLOWED_NAME_RE.match(name):
        raise ValidationError(MSG_NAME_CHARS)
    typed = " ".join(value.split())
    if typed.lower() in RESERVED_NAMES:
        raise ValidationError(MSG_NAME_RESERVED)
    looks = skeleton(name)
    if mixes_alphabets(name) or looks in RESERVED_LOOKS:
        raise ValidationError(MSG_NAME_LOOKALIKE)
    others = User.objects.all()
    if user is not None and user.pk:
        others = others.exclude(pk=user.pk)
    if others.filter(display_name__iexact=typed).exists():
        raise ValidationError(MSG_NAME_TAKEN)
    if others.filter(display_name_key=looks).exists():
        raise ValidationError(MSG_NAME_LOOKALIKE)
    return name


class DisplayNameField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Weergavenaam"))
        kwargs.setdefault(
            "help_text",
            _(
                "Deze naam ziet iedereen bij de reflecties die u met naam plaatst. Een "
                "schuilnaam mag; uw e-mailadres is nooit openbaar."
            ),
        )
        kwargs.setdefault("max_length", DISPLAY_NAME_MAX + 20)  # trimmed before the check
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("autocomplete", "nickname")


class PerspectiveField(forms.ChoiceField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Perspectief"))
        kwargs.setdefault("choices", Perspective.choices)
        kwargs.setdefault(
            "help_text",
            _("Vanuit welke rol reageert u meestal? U kunt dit bij elke reflectie aanpassen."),
        )
        super().__init__(**kwargs)


MSG_NAME_LOOKS_REAL = _(
    "Deze naam lijkt op een voor- en achternaam. Op dit platform gaat het vaak over zorg en "
    "gezondheid: met een schuilnaam bent u minder herkenbaar voor wie uw reflecties leest. "
    "Kies een andere naam, of vink hieronder aan dat u deze wilt houden."
)


class PseudonymHint(forms.Form):
    """A display name that looks like a real first and last name gets a gentle suggestion
    to choose a pseudonym (the herleidbaarheidscheck); ticking "keep_name" keeps it."""

    keep_name = forms.BooleanField(
        label=_("Ik houd deze naam; ik weet dat iedereen hem bij mijn reflecties ziet."),
        required=False,
        widget=forms.HiddenInput,
    )

    def hint_pseudonym(self, name: str, *, unchanged: bool = False) -> None:
        if unchanged or self.cleaned_data.get("keep_name"):
            return
        if identifiability.looks_like_full_name(name):
            self.fields["keep_name"].widget = forms.CheckboxInput()
            self.add_error("display_name", MSG_NAME_LOOKS_REAL)


class SignupDetailsForm(PseudonymHint, forms.Form):
    """The fields civcare adds to allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    display_name = DisplayNameField()
    perspective = PerspectiveField(initial=Perspective.PROFESSIONAL)
    accept_terms = forms.BooleanField(
        label=_("Ik ga akkoord met de gebruiksvoorwaarden."),
        error_messages={
            "required": _(
                "U kunt alleen een account maken als u akkoord gaat met de gebruiksvoorwaarden."
            )
        },
    )
    accept_privacy = forms.BooleanField(
        label=_(
            "Ik heb de privacyverklaring gelezen en geef toestemming voor het verwerken "
            "van mijn gegevens zoals daarin beschreven."
        ),
        error_messages={
            "required": _(
                "U kunt alleen een account maken als u toestemming "
                "geeft volgens de privacyverklaring."
            )
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The version shown is the version consented to, even if a new one appears mid-form.
        self.policies = {kind: PolicyDocument.current(kind) for kind in PolicyDocument.Kind.values}

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"])

    def clean(self):
        cleaned = super().clean()
        if "display_name" in cleaned:
            self.hint_pseudonym(cleaned["display_name"])
        return cleaned

    def full_clean(self) -> None:
        super().full_clean()
        # The hint on a name that looks real is a question, not a mistake: when it is all
        # that stops the sign-up, the passwords typed (valid, and the same twice) come back
        # in their fields instead of having to be typed again (#29). Only then, and only on
        # this page (never cached: allauth's never_cache), whose answer goes back over the
        # same connection the passwords just came in on; any real error clears them, as
        # Django does by default.
        if self.errors == {"display_name": [MSG_NAME_LOOKS_REAL]}:
            for name in ("password1", "password2"):
                if name in self.fields and self.cleaned_data.get(name):
                    self.fields[name].widget.render_value = True

    def signup(self, request, user: User) -> None:
        """Called by allauth after the user row exists: record the consents given."""
        for document in self.policies.values():
            if document is not None:
                record_consent(user, document)


class ProfileForm(PseudonymHint, forms.ModelForm):
    display_name = DisplayNameField()
    field_order = ["display_name", "keep_name", "perspective"]
    perspective = PerspectiveField(label=_("Standaardperspectief"))

    class Meta:
        model = User
        fields = ["display_name", "perspective"]

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"], user=self.instance)

    def clean(self):
        cleaned = super().clean()
        if "display_name" in cleaned:
            unchanged = cleaned["display_name"] == self.instance.display_name
            self.hint_pseudonym(cleaned["display_name"], unchanged=unchanged)
            if not unchanged and not self.errors:
                self._within_daily_limit()
        return cleaned

    def _within_daily_limit(self) -> None:
        """A new name renews every page that shows a published reflection of theirs (and the
        consultation report's PDF): counted per person, in the shared cache."""
        limit = settings.DISPLAY_NAME_CHANGES_PER_DAY
        if not ratelimit.hit("display-name", self.instance.pk, limit=limit, period=24 * 3600):
            self.add_error("display_name", MSG_NAME_TOO_OFTEN % {"count": limit})


class AdminUserChangeForm(auth_forms.UserChangeForm):
    """The admin's account form: the display name is checked as on the site."""

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"], user=self.instance)


class AdminUserCreationForm(auth_forms.AdminUserCreationForm):
    """The admin's form for a new account: the display name is checked as on the site."""

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"])


class DeleteAccountForm(forms.Form):
    class ReflectionChoice:
        REMOVE = "remove"
        ANONYMISE = "anonymise"

    reflections = forms.ChoiceField(
        label=_("Wat gebeurt er met uw gepubliceerde reflecties?"),
        widget=forms.RadioSelect,
        choices=[
            (ReflectionChoice.REMOVE, _("Verwijder ze, samen met mijn account.")),
            (
                ReflectionChoice.ANONYMISE,
                _("Laat ze staan, zonder mijn naam: ze tonen dan “Verwijderd account”."),
            ),
        ],
    )
    password = forms.CharField(
        label=_("Uw wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Ter bevestiging dat u het zelf bent."),
    )

    def __init__(self, *args, user: User, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("Dit wachtwoord klopt niet."))
        return password

    @property
    def keep_reflections(self) -> bool:
        return self.cleaned_data["reflections"] == self.ReflectionChoice.ANONYMISE
