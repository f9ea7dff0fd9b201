from __future__ import annotations

import re
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.html import escape, format_html
from django.utils.translation import gettext_lazy as _

from civcare.accounts.models import Perspective
from civcare.core import identifiability
from civcare.core.rendering import RenderError, render_user_markdown
from papers import passages

from .models import ModeratorNote, SavedReason
from .moderation import DECLINE_REASONS, PostingRefused, check_length

PAPER_TARGET = "paper"

MSG_CANNOT_RENDER = _(
    "Deze tekst kunnen wij niet weergeven: hij is te diep genest (bijvoorbeeld heel veel "
    "opsommingstekens of citaattekens achter elkaar). Maak de opbouw eenvoudiger; uw tekst "
    "staat hieronder nog."
)


class BodyMixin:
    """The text of a reflection or reply: its length is checked before anything parses it
    (the same limits and message as posting), then it must render as Markdown. The HTML
    is kept for the preview."""

    body_html: str | None = None

    def clean_body(self) -> str:
        try:
            body = check_length(self.cleaned_data["body"])
            self.body_html = render_user_markdown(body)
        except PostingRefused as refusal:
            raise ValidationError(refusal.message) from refusal
        except RenderError as error:
            raise ValidationError(MSG_CANNOT_RENDER) from error
        return body


def _format(text, values) -> str:
    return str(text) % values()


lazy_format = lazy(_format, str)


def body_field(**kwargs) -> forms.CharField:
    return forms.CharField(
        label=kwargs.pop("label", _("Uw reflectie")),
        # Formatted when shown, in the reader's language (a lazy text formatted here would
        # be fixed in Dutch when the module is imported).
        help_text=lazy_format(
            _(
                "Minstens %(min)d en hoogstens %(max)d tekens. U kunt Markdown gebruiken: "
                "*schuin*, **vet**, een lege regel voor een nieuwe alinea, - voor een opsomming."
            ),
            lambda: {"min": settings.REFLECTION_MIN_LENGTH, "max": settings.REFLECTION_MAX_LENGTH},
        ),
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "true"}),
        # Limits are checked by reflections.moderation with the same message everywhere;
        # the browser must not cut the text off silently.
        strip=True,
        error_messages={"required": _("Schrijf eerst uw reflectie.")},
        **kwargs,
    )


class PresentationFields(forms.Form):
    is_anonymous = forms.TypedChoiceField(
        label=_("Hoe verschijnt uw reflectie?"),
        widget=forms.RadioSelect,
        coerce=lambda value: value == "anoniem",
        choices=[
            ("naam", _("Met mijn weergavenaam")),
            ("anoniem", _("Anoniem: alleen mijn perspectief is zichtbaar")),
        ],
        initial="naam",
        help_text=_("Moderatoren en de redactie zien altijd wie een reflectie schreef."),
    )
    may_quote = forms.BooleanField(
        label=_("De stichting mag deze reflectie citeren in het consultatieverslag."),
        required=False,
        help_text=_("Als u anoniem reageert, gebeurt ook het citeren anoniem."),
    )


PERSPECTIVE_CHOICES = [("", _("— Kies uw perspectief —")), *Perspective.choices]


def perspective_field() -> forms.ChoiceField:
    return forms.ChoiceField(
        label=_("Vanuit welk perspectief schrijft u?"),
        choices=PERSPECTIVE_CHOICES,
        help_text=_("Uw standaardperspectief staat al ingevuld; u kunt het hier aanpassen."),
        error_messages={"required": _("Kies het perspectief van waaruit u schrijft.")},
    )


# The choice of "the words I pick below" among the sentences of a paragraph.
CHOSEN_WORDS = "woorden"
MSG_WORDS_MISSING = _("Kies het eerste en het laatste woord van de passage.")
MSG_WORDS_REVERSED = _("Het eerste woord komt na het laatste: kies ze in de volgorde van de tekst.")
MSG_SENTENCE_AND_WORDS = _(
    "U koos een zin én losse woorden. Kies ‘De woorden die ik hieronder kies’, of maak de "
    "woorden leeg."
)
MSG_OTHER_SECTION = _("Deze alinea hoort bij een andere sectie dan die u koos.")


def sentence_value(first: int, last: int) -> str:
    return f"{first}-{last}"


class ReflectionForm(BodyMixin, PresentationFields):
    target = forms.ChoiceField(label=_("Waarop reageert u?"))
    # Only when the reflection is about a paragraph (?alinea=): which of its words. A
    # server-side choice, so it works without JavaScript: the whole paragraph, one of its
    # sentences, or the words from one to another.
    passage = forms.ChoiceField(
        label=_("Over welk deel van de alinea schrijft u?"),
        widget=forms.RadioSelect,
        required=False,
    )
    word_from = forms.TypedChoiceField(
        label=_("Van het woord"), required=False, coerce=int, empty_value=None
    )
    word_to = forms.TypedChoiceField(
        label=_("Tot en met het woord"), required=False, coerce=int, empty_value=None
    )
    perspective = perspective_field()
    body = body_field()

    field_order = [
        "target", "passage", "word_from", "word_to", "perspective", "body", "is_anonymous",
        "may_quote",
    ]  # fmt: skip

    def __init__(self, *args, sections, questions, paragraph=None, paragraph_section=None, **kw):
        super().__init__(*args, **kw)
        self.paragraph = paragraph
        self.paragraph_section = paragraph_section
        if paragraph is None:
            for name in ("passage", "word_from", "word_to"):
                del self.fields[name]
        else:
            self._offer_passages(paragraph)
            # The paragraph decides the section; another target is chosen on the plain form.
            self.fields["target"].widget = forms.HiddenInput()
        self.sections = {f"section:{s.pk}": s for s in sections}
        self.questions = {f"question:{q.pk}": q for q in questions}
        choices: list = [(PAPER_TARGET, _("De paper als geheel"))]
        choices.append((_("Een sectie"), [(key, s.heading) for key, s in self.sections.items()]))
        by_parent: dict[str, list] = {}
        for key, question in self.questions.items():
            by_parent.setdefault(question.parent_label, []).append((key, question.label))
        for parent, items in by_parent.items():
            choices.append((parent, items))
        self.fields["target"].choices = choices

    def _offer_passages(self, paragraph) -> None:
        text = paragraph.text
        spans = passages.word_spans(text)
        sentences = passages.sentence_ranges(text)
        choices = [("", _("De hele alinea"))]
        if len(sentences) > 1:
            choices += [
                (sentence_value(first, last), passages.quote_of_words(paragraph, first, last).exact)
                for first, last in sentences
            ]
        choices.append((CHOSEN_WORDS, _("De woorden die ik hieronder kies")))
        self.fields["passage"].choices = choices
        words = [("", _("— Kies een woord —"))] + [
            (str(i), f"{i + 1}. {text[a:b]}") for i, (a, b) in enumerate(spans)
        ]
        self.fields["word_from"].choices = words
        self.fields["word_to"].choices = words
        self.fields["word_from"].help_text = _(
            "Voor een passage die geen hele zin is: het eerste en het laatste woord, genummerd "
            "in de volgorde van de alinea."
        )

    def clean_target(self) -> str:
        value = self.cleaned_data["target"]
        if value != PAPER_TARGET and value not in self.sections and value not in self.questions:
            raise ValidationError(_("Deze sectie of vraag hoort niet bij deze versie."))
        if self.paragraph is not None and self.sections.get(value) != self.paragraph_section:
            raise ValidationError(MSG_OTHER_SECTION)
        return value

    def clean(self):
        cleaned = super().clean()
        self.quote = None
        if self.paragraph is not None and not self.errors.get("passage"):
            try:
                self.quote = self._chosen_quote(cleaned)
            except ValidationError as error:
                self.add_error("passage", error)
        return cleaned

    def _chosen_quote(self, cleaned) -> passages.Quote:
        choice = cleaned.get("passage") or ""
        first, last = cleaned.get("word_from"), cleaned.get("word_to")
        has_words = first is not None or last is not None
        if choice not in ("", CHOSEN_WORDS) and has_words:
            raise ValidationError(MSG_SENTENCE_AND_WORDS)
        if choice == CHOSEN_WORDS or has_words:
            if first is None or last is None:
                raise ValidationError(MSG_WORDS_MISSING)
            if first > last:
                raise ValidationError(MSG_WORDS_REVERSED)
        elif choice:
            first, last = (int(n) for n in choice.split("-"))
        else:
            return passages.Quote.of(self.paragraph, 0, len(self.paragraph.text))
        return passages.quote_of_words(self.paragraph, first, last)

    @property
    def marked_paragraph(self) -> str:
        """The paragraph with the chosen passage in <mark>."""
        text, quote = self.paragraph.text, self.chosen_quote
        if quote is None or quote.exact == text:
            return escape(text)
        at = text.find(quote.prefix + quote.exact)
        if at < 0:
            return escape(text)
        start = at + len(quote.prefix)
        end = start + len(quote.exact)
        return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])

    @property
    def chosen_quote(self) -> passages.Quote | None:
        """The passage as chosen so far (for marking it in the paragraph above the form)."""
        if self.paragraph is None:
            return None
        if self.is_bound:
            return getattr(self, "quote", None)
        first, last = self.initial.get("word_from"), self.initial.get("word_to")
        if first is not None and last is not None:
            return passages.quote_of_words(self.paragraph, int(first), int(last))
        return None

    @property
    def target_fields(self) -> dict:
        """What the reflection is about, as moderation.submit takes it."""
        return {"section": self.section, "question": self.question, "quote": self.quote}

    @property
    def section(self):
        return self.sections.get(self.cleaned_data.get("target"))

    @property
    def question(self):
        return self.questions.get(self.cleaned_data.get("target"))


class ReplyForm(BodyMixin, PresentationFields):
    perspective = perspective_field()
    body = body_field(label=_("Uw reactie"))

    field_order = ["perspective", "body", "is_anonymous", "may_quote"]


class EditForm(BodyMixin, forms.Form):
    perspective = perspective_field()
    body = body_field()


class PresentationForm(PresentationFields):
    pass


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Waarom meldt u deze reflectie?"),
        help_text=_(
            "Bijvoorbeeld: de reflectie noemt een persoon, is herleidbaar tot een casus, of is "
            "niet respectvol. Alleen de moderatie leest dit."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        error_messages={"required": _("Schrijf kort waarom u deze reflectie meldt.")},
    )


def saved_reason_field(use: str) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label=_("Standaardtekst"),
        queryset=SavedReason.objects.filter(use=use),
        required=False,
        empty_label=_("(geen)"),
        help_text=_("Komt vóór uw eigen toelichting; de auteur leest beide."),
    )


class SavedReasonMixin:
    """A saved reason text and the moderator's own words become one text for the author;
    ``text_field`` names the field the transition receives."""

    text_field = ""
    saved_field = ""  # each form its own name: both are on one page

    def clean(self):
        cleaned = super().clean()
        saved = cleaned.pop(self.saved_field, None)
        if saved is not None:
            own = cleaned.get(self.text_field, "").strip()
            cleaned[self.text_field] = f"{saved.text}\n\n{own}".strip()
            self.errors.pop(self.text_field, None)
        return cleaned


class DeclineForm(SavedReasonMixin, forms.Form):
    text_field, saved_field = "reason", "saved_reason"
    reason_code = forms.ChoiceField(
        label=_("Reden"), choices=DECLINE_REASONS, widget=forms.RadioSelect
    )
    saved_reason = saved_reason_field(SavedReason.Use.DECLINE)
    # The state the moderator saw: a text published by a colleague meanwhile is not taken
    # down by a "Niet plaatsen" meant for the waiting text.
    seen_status = forms.CharField(required=False, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Toelichting voor de auteur"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("De auteur ziet de reden en deze toelichting. Verplicht bij 'Anders'."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason_code") == "other" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Geef bij 'Anders' een toelichting voor de auteur."))
        return cleaned


class RevisionForm(SavedReasonMixin, forms.Form):
    text_field, saved_field = "note", "saved_note"
    saved_note = saved_reason_field(SavedReason.Use.REVISION)
    note = forms.CharField(
        label=_("Wat moet de auteur aanpassen?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("note", "").strip() and "note" not in self.errors:
            self.add_error(
                "note",
                _("Schrijf de auteur wat er aangepast moet worden, of kies een standaardtekst."),
            )
        return cleaned


class NoteForm(forms.ModelForm):
    class Meta:
        model = ModeratorNote
        fields = ["body"]
        labels = {"body": _("Notitie voor de moderatie")}
        help_texts = {"body": _("Alleen moderatoren lezen dit; de auteur nooit.")}
        widgets = {"body": forms.Textarea(attrs={"rows": 2, "maxlength": 2000})}
        error_messages = {"body": {"required": _("Schrijf eerst een notitie.")}}

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].strip()
        if len(body) > 2000:
            raise ValidationError(
                _("Een notitie is hoogstens 2000 tekens (nu %(n)d).") % {"n": len(body)}
            )
        return body


class SavedReasonForm(forms.ModelForm):
    class Meta:
        model = SavedReason
        fields = ["use", "title", "text", "order"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4, "maxlength": 1000})}
        help_texts = {"order": _("Lager staat eerder in de keuzelijst; leeg is 0.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["order"].required = False

    def clean_order(self) -> int:
        return self.cleaned_data.get("order") or 0


class KeepForm(forms.Form):
    """On a reported reflection's page beside the revision request, whose field is also
    "note": its own ids, so the page has no id twice."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_keep_%s")
        super().__init__(*args, **kwargs)

    note = forms.CharField(
        label=_("Toelichting (alleen voor de moderatie)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )


_SPAN = re.compile(r"([0-9]{1,9}):([0-9]{1,9}):([a-z]{1,20})")


@dataclass(frozen=True)
class RedactionChoice:
    """What a moderator chose to leave out of a waiting text, as the form sent it back: the
    ticked findings (start:end:category), the words typed as written (to fill the field in
    again when the page is shown once more), the digest of the text they marked and, on the
    confirmation step, of the result they were shown."""

    seen: str
    spans: tuple[tuple[int, int, str], ...]
    typed: str
    result: str = ""

    MAX_SPANS = 200
    MAX_TYPED = 2000

    @classmethod
    def from_post(cls, data) -> RedactionChoice:
        spans = []
        for value in data.getlist("weglaten")[: cls.MAX_SPANS]:
            if match := _SPAN.fullmatch(value):
                spans.append((int(match[1]), int(match[2]), match[3]))
        return cls(
            seen=data.get("gezien", "")[:64],
            spans=tuple(spans),
            typed=data.get("woorden", "")[: cls.MAX_TYPED],
            result=data.get("resultaat", "")[:64],
        )

    @property
    def words(self) -> list[str]:
        return identifiability.phrases(self.typed)

    @property
    def ticked(self) -> set[str]:
        return {f"{start}:{end}:{category}" for start, end, category in self.spans}
