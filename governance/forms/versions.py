from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from civcare.core.params import parse_positive_int
from papers.models import TEXT_MAX_LENGTH, ChangeType, Section
from reflections.models import Reflection

from ..models import Disposition
from ..transitions.base import MSG_CLOSING_IN_THE_PAST, MSG_DECISION_IN_THE_FUTURE


class DateInput(forms.DateInput):
    """A date picker. It only shows a value in ISO form (2026-11-28): rendered in the
    locale's format (28-11-2026), a saved date came back as an empty field."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class OpenConsultationForm(forms.Form):
    closes_on = forms.DateField(
        label=_("Geplande sluitingsdatum"),
        required=False,
        widget=DateInput,
        help_text=_("Optioneel. Lezers zien deze datum; u sluit de consultatie zelf."),
    )

    def clean_closes_on(self):
        closes_on = self.cleaned_data["closes_on"]
        # Also refused by transitions.open_consultation and plan_closing.
        if closes_on is not None and closes_on < timezone.localdate():
            raise ValidationError(MSG_CLOSING_IN_THE_PAST)
        return closes_on


class DecisionForm(forms.Form):
    decided_on = forms.DateField(label=_("Datum van het bestuursbesluit"), widget=DateInput)
    reference = forms.CharField(
        label=_("Kenmerk"),
        max_length=120,
        help_text=_("Bijv. het nummer van het besluit in de notulen."),
    )
    minutes_url = forms.URLField(
        label=_("Link naar de notulen"), required=False, assume_scheme="https"
    )

    @classmethod
    def for_version(cls, version, *, data=None) -> DecisionForm:
        """Filled in with the decision already recorded, when there is one."""
        existing = getattr(version, "board_decision", None)
        fields = ("decided_on", "reference", "minutes_url")
        initial = {name: getattr(existing, name) for name in fields} if existing else {}
        return cls(data, initial=initial)

    def clean_decided_on(self):
        decided_on = self.cleaned_data["decided_on"]
        if decided_on > timezone.localdate():  # also refused by transitions.record_decision
            raise ValidationError(MSG_DECISION_IN_THE_FUTURE)
        return decided_on


REFLECTION_NUMBERS_RE = re.compile(r"[0-9]+")


class SectionForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=300)
    body = forms.CharField(
        label=_("Tekst (Markdown)"),
        widget=forms.Textarea(attrs={"rows": 18}),
        required=False,
        strip=False,
        max_length=TEXT_MAX_LENGTH,
    )
    change_type = forms.ChoiceField(
        label=_("Soort wijziging"),
        choices=ChangeType.choices,
        widget=forms.RadioSelect,
        required=False,
        help_text=_(
            "Tussen v0.9 en v1.0 alleen aanscherping, verduidelijking of onderbouwing — nooit het "
            "fundamentele kader. Verplicht voor elke gewijzigde sectie."
        ),
    )
    explanation = forms.CharField(
        label=_("Toelichting op de wijziging"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
        help_text=_("Openbaar: lezers zien haar bij de vergelijking tussen de versies."),
    )
    prompted_by = forms.MultipleChoiceField(
        label=_("Aanleiding: reflecties die tot deze wijziging leidden"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Eerst wat u koos, dan de reflecties over deze sectie of wat het filter hierboven "
            "vond. Een reflectie die u hier kiest en nog geen verwerking heeft, krijgt "
            "‘verwerkt in deze sectie’ met een standaardantwoord dat u kunt aanpassen."
        ),
    )
    other_reflections = forms.CharField(
        label=_("Andere reflecties als aanleiding"),
        required=False,
        max_length=500,
        help_text=_("Nummers van reflecties, gescheiden door komma's, bijv. 12, 40."),
    )

    @classmethod
    def for_section(cls, section: Section, choices, *, data=None, typed=None) -> SectionForm:
        """The section as it is now, with its prompting reflections split into the ones shown
        as boxes and the others, typed as numbers. ``typed``: what the editor sent while
        looking for a reflection, shown again (unbound: no errors for a search)."""
        shown = {c.pk for c in choices.candidates}
        if typed is not None:
            initial = {
                name: typed.get(name, "")
                for name in ("title", "body", "change_type", "explanation", "other_reflections")
            }
            initial["prompted_by"] = typed.getlist("prompted_by")
            return cls(section=section, candidates=choices.candidates,
                       allowed_ids=choices.allowed, initial=initial)  # fmt: skip
        initial = {
            "title": section.title,
            "body": section.body,
            "change_type": section.change_type,
            "explanation": section.change_explanation,
            "prompted_by": [str(pk) for pk in choices.current if pk in shown],
            "other_reflections": ", ".join(str(pk) for pk in sorted(choices.current - shown)),
        }
        return cls(
            data,
            section=section,
            candidates=choices.candidates,
            allowed_ids=choices.allowed,
            initial=initial,
        )

    def __init__(self, *args, section: Section, candidates, allowed_ids: set[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.section = section
        self.allowed_ids = allowed_ids
        self.fields["prompted_by"].choices = [
            (str(r.pk), f"#{r.pk} · {r.target_label} · {r.get_perspective_display()}: "
                        f"{Truncator(r.body).chars(160)}")
            for r in candidates
        ]  # fmt: skip

    def clean_other_reflections(self) -> list[int]:
        written = REFLECTION_NUMBERS_RE.findall(self.cleaned_data.get("other_reflections", ""))
        numbers = [parse_positive_int(n) for n in written]
        unknown = [n for n, number in zip(written, numbers, strict=True)
                   if number not in self.allowed_ids]  # fmt: skip
        if unknown:
            raise ValidationError(
                _("Geen gepubliceerde reflectie op de geconsulteerde versie: %(list)s.")
                % {"list": ", ".join(f"#{n}" for n in unknown)}
            )
        return numbers

    def clean(self):
        cleaned = super().clean()
        source = self.section.copied_from
        changed = source is None or (
            (cleaned.get("title", ""), cleaned.get("body", "")) != (source.title, source.body)
        )
        if changed and self.section.version.based_on_id and not cleaned.get("change_type"):
            self.add_error(
                "change_type",
                _("Deze sectie is gewijzigd: kies aanscherping, verduidelijking of onderbouwing."),
            )
        if cleaned.get("change_type") and not cleaned.get("explanation", "").strip():
            self.add_error("explanation", _("Licht de wijziging kort toe."))
        return cleaned

    @property
    def reflection_ids(self) -> set[int]:
        return {int(pk) for pk in self.cleaned_data.get("prompted_by", [])} | set(
            self.cleaned_data.get("other_reflections", [])
        )

    @property
    def amendment(self) -> dict:
        """The arguments of transitions.amend_section."""
        return {
            "title": self.cleaned_data["title"],
            "body": self.cleaned_data["body"],
            "change_type": self.cleaned_data["change_type"],
            "explanation": self.cleaned_data["explanation"],
            "prompted_by": Reflection.objects.filter(pk__in=self.reflection_ids),
        }


class DispositionForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Wat is ermee gebeurd?"), choices=Disposition.Kind.choices, widget=forms.RadioSelect
    )
    section = forms.ChoiceField(
        label=_("Gewijzigde sectie (bij ‘verwerkt’)"),
        required=False,
    )
    response = forms.CharField(
        label=_("Openbaar antwoord aan de auteur"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_(
            "Tot de vaststelling ziet alleen de redactie dit antwoord. Bij de vaststelling "
            "krijgt de auteur het per e-mail en bij Mijn reflecties, en het staat openbaar in "
            "het consultatieverslag."
        ),
    )
    reason = forms.CharField(
        label=_("Reden (verplicht bij ‘niet overgenomen’)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
    )

    def __init__(self, *args, changed_sections, **kwargs):
        super().__init__(*args, **kwargs)
        self.sections_by_pk = {str(s.pk): s for s in changed_sections}
        self.fields["section"].choices = [("", _("— geen —"))] + [
            (str(s.pk), s.heading) for s in changed_sections
        ]

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind == Disposition.Kind.INCORPORATED and not cleaned.get("section"):
            self.add_error("section", _("Kies de sectie waarin de reflectie is verwerkt."))
        if kind == Disposition.Kind.NOT_ADOPTED and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Geef kort de reden waarom zij niet is overgenomen."))
        return cleaned

    @classmethod
    def for_disposition(cls, existing: Disposition | None, changed_sections, *, data=None):
        """Filled in with the disposition so far, to change it."""
        fields = ("kind", "response", "reason")
        initial = {name: getattr(existing, name) for name in fields} if existing else {}
        if existing and existing.section_id:
            initial["section"] = str(existing.section_id)
        return cls(data, changed_sections=changed_sections, initial=initial)

    @property
    def chosen_section(self) -> Section | None:
        return self.sections_by_pk.get(self.cleaned_data.get("section") or "")

    @property
    def disposition(self) -> dict:
        """The arguments of transitions.record_disposition."""
        return {
            "kind": self.cleaned_data["kind"],
            "response": self.cleaned_data["response"],
            "reason": self.cleaned_data["reason"],
            "section": self.chosen_section,
        }


# A paper file is ~11 kB; this leaves room for long papers and none for a flood.
MAX_PAPER_FILE_BYTES = 300_000


class PaperUploadForm(forms.Form):
    """A paper file in the format of fixtures/: uploaded, or pasted (and corrected) as text."""

    file = forms.FileField(
        label=_("Paperbestand (.md)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".md,.markdown,.txt,text/markdown"}),
        help_text=_("Markdown in UTF-8, in het formaat van de bestaande papers."),
    )
    text = forms.CharField(
        label=_("Of plak de tekst van het bestand"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false"}),
        help_text=_("Na een foutmelding staat de tekst hier: u kunt hem direct verbeteren."),
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            if upload.size > MAX_PAPER_FILE_BYTES:
                raise ValidationError(_("Dit bestand is groter dan 300 kB; dat is geen paper."))
            try:
                cleaned["content"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise ValidationError(
                    _("Dit bestand is geen UTF-8-tekst. Sla het op als UTF-8 en probeer opnieuw.")
                ) from error
        elif cleaned.get("text", "").strip():
            if len(cleaned["text"].encode()) > MAX_PAPER_FILE_BYTES:
                raise ValidationError(_("Deze tekst is groter dan 300 kB; dat is geen paper."))
            cleaned["content"] = cleaned["text"]
        else:
            raise ValidationError(_("Kies een bestand of plak de tekst van de paper."))
        return cleaned
