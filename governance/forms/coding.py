"""The forms of the editors' coding: the work list's filter, its bulk actions, themes and
standard answers. They only check input; governance.transitions does the work."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _

from civcare.accounts.models import Perspective
from civcare.core.audit import InvalidTransition
from civcare.core.params import parse_positive_int
from civcare.core.search_syntax import parse_query
from papers.models import PaperVersion, QuestionGroup

from .. import clusters
from ..bulk import Ask
from ..models import BulkStep, Disposition, StandardAnswer, Theme
from ..suggestions import Suggestions
from ..worklist import (
    MULTIPLE_THEMES,
    NO_DISPOSITION,
    NO_QUESTION,
    NO_THEME,
    SURE,
    UNSURE,
    WHOLE_PAPER,
    Coding,
    Filters,
    Shown,
)
from .versions import DispositionForm

# One bulk step handles at most this many reflections, ticked or "all N that match this
# filter" (the page says so): each step is one transaction that locks every row it changes
# and writes an audit row for each.
MAX_PER_STEP = 2000

MSG_NO_ANSWER = _("Schrijf een openbaar antwoord of kies een standaardantwoord.")
MSG_PER_STEP = _("Eén stap behandelt hooguit %(max)d reflecties; verfijn anders eerst het filter.")
# "All N" posted without the number the page showed (a page from before this check, or a
# form made by hand): the step does not guess which list was meant.
MSG_NOT_CONFIRMED = _("Bekijk de lijst opnieuw en kies dan opnieuw voor alle reflecties.")
MSG_NO_DRAFT = _("De verwerking komt in de nieuwe versie: maak die eerst aan.")
MSG_NOTHING_TO_FIND = _(
    "Geef ten minste één woord om naar te zoeken; met alleen uitgesloten woorden (-woord) "
    "vindt het zoeken niets."
)
MSG_NO_FILTER_THEME = _("Filter eerst op het thema waaruit u de reflecties wilt halen.")


def _number_or(word: str):
    """A choice that is a pk, or one word that stands for what has none (``geheel``)."""

    def coerce(value: str) -> int | str:
        return value if value == word else int(value)

    return coerce


class FilterForm(forms.Form):
    """The work list's filter, read from the query string (a GET form: a filtered list is a
    link an editor can bookmark or share with a colleague)."""

    q = forms.CharField(
        label=_("Zoek in de tekst"),
        required=False,
        max_length=200,
        help_text=_(
            "Zoekt als het zoeken op de site: elk woord moet voorkomen, ook als begin van een "
            "woord. Tussen aanhalingstekens een precieze woordgroep, met een minteken sluit u "
            "een woord of woordgroep uit, met OR zoekt u het een of het ander."
        ),
    )
    sectie = forms.TypedChoiceField(
        label=_("Sectie"), required=False, coerce=_number_or(WHOLE_PAPER), empty_value=None
    )
    vraag = forms.TypedChoiceField(
        label=_("Vraag"), required=False, coerce=_number_or(NO_QUESTION), empty_value=None
    )
    vraaggroep = forms.TypedChoiceField(
        label=_("Vraaggroep"), required=False, coerce=int, empty_value=None
    )
    perspectief = forms.ChoiceField(label=_("Perspectief"), required=False)
    thema = forms.ChoiceField(label=_("Thema"), required=False)
    verwerking = forms.ChoiceField(label=_("Verwerking"), required=False)
    groep = forms.TypedChoiceField(
        label=_("Groep vergelijkbare reflecties"), required=False, coerce=int, empty_value=None
    )
    voorstel = forms.ChoiceField(
        label=_("Voorgesteld thema"),
        required=False,
        help_text=_(
            "Reflecties zonder thema waarvoor het platform dit thema voorstelt, op grond van de "
            "voorbeelden die u al codeerde. Zeker: het voorstel steekt duidelijk boven het "
            "volgende uit."
        ),
    )

    cluster = forms.ChoiceField(
        label=_("Voorgesteld cluster"),
        required=False,
        help_text=_("Een cluster op betekenis dat het platform op de pagina Thema's voorstelt."),
    )

    def __init__(self, data, *, version: PaperVersion, coding: Coding, prefix=None,
                 suggested: Suggestions | None = None):  # fmt: skip
        super().__init__(data, prefix=prefix)
        self.clustering: clusters.Clustering | None = None
        self._cluster_choices(data, version)
        if suggested is None or not suggested.is_on:
            del self.fields["voorstel"]  # nothing to suggest yet: no empty filter
        else:
            self.fields["voorstel"].choices = [("", _("Alle"))] + [
                choice
                for theme in suggested.ready
                for choice in (
                    (str(theme.pk), theme.name),
                    (f"{theme.pk}-{SURE}", _("%(theme)s — zeker") % {"theme": theme.name}),
                    (f"{theme.pk}-{UNSURE}", _("%(theme)s — onzeker") % {"theme": theme.name}),
                )
            ]
        any_ = ("", _("Alle"))
        self.fields["sectie"].choices = [any_, (WHOLE_PAPER, _("De paper als geheel"))] + [
            (s.pk, s.heading) for s in version.sections.order_by("order")
        ]
        self.fields["vraag"].choices = [
            any_,
            (NO_QUESTION, _("Geen vraag: over de tekst zelf")),
        ] + [(q.pk, q.label) for q in version.questions.order_by("order")]
        self.fields["vraaggroep"].choices = [any_] + [
            (g.pk, g.heading)
            for g in QuestionGroup.objects.filter(question_set__version=version).order_by("order")
        ]
        self.fields["perspectief"].choices = [any_, *Perspective.choices]
        self.fields["thema"].choices = [
            any_,
            (NO_THEME, _("Nog zonder thema")),
            (MULTIPLE_THEMES, _("In meer dan één thema")),
        ] + [(str(t.pk), t.name) for t in coding.themes]
        self.fields["verwerking"].choices = [
            any_,
            (NO_DISPOSITION, _("Nog zonder verwerking")),
            *Disposition.Kind.choices,
        ]
        self.fields["groep"].choices = [any_] + [
            (g.pk, _("%(group)s (%(n)d reflecties)") % {"group": capfirst(g.label), "n": g.size})
            for g in coding.groups
        ]

    def _cluster_choices(self, data, version: PaperVersion) -> None:
        """Offered only when the list was opened from a cluster (the themes page links here):
        the clusters of the same division, so the editor can go from one to the next."""
        count, _dash, _number = ((data or {}).get("cluster") or "").partition("-")
        count = parse_positive_int(count)
        found = clusters.for_version(version, count, examples=False) if count else None
        if found is None or not found.is_on or found.count != count:
            del self.fields["cluster"]
            return
        self.clustering = found  # the list filters on it: worked out once per request
        self.fields["cluster"].choices = [("", _("Alle"))] + [
            (f"{count}-{c.number}",
             _("Cluster %(n)d: %(phrases)s") % {"n": c.number, "phrases": ", ".join(c.phrases[:3])})
            for c in found.clusters
        ]  # fmt: skip

    def clean_q(self) -> str:
        text = " ".join(self.cleaned_data["q"].split())
        if text and not parse_query(text):
            raise ValidationError(MSG_NOTHING_TO_FIND)
        return text

    @property
    def filters(self) -> Filters:
        """What was asked for; a value that is not (or no longer) in the list is left out,
        and the form says so."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return Filters(
            text=(data.get("q") or "").strip(),
            section=data.get("sectie"),
            question=data.get("vraag"),
            question_group=data.get("vraaggroep"),
            perspective=data.get("perspectief") or "",
            theme=data.get("thema") or "",
            disposition=data.get("verwerking") or "",
            group=data.get("groep"),
            suggestion=data.get("voorstel") or "",
            cluster=data.get("cluster") or "",
        )


class BulkForm(DispositionForm):
    """One action for the chosen reflections, or for all that match the filter. The
    disposition fields are the ones of a single disposition; the standard answer can stand in
    for the text. Posted once to see what the step would change (governance.bulk),
    and again, with what that page showed (``gezien``), to take it as confirmed."""

    ASSIGN, REMOVE, GROUP, DISPOSE = "toekennen", "weghalen", "groeperen", "verwerken"
    # "Uit dit thema halen": take the theme the list is filtered on from the reflections.
    TAKE_OUT = "uithalen"
    ACTIONS = {
        ASSIGN: BulkStep.Action.THEME_ASSIGNED,
        REMOVE: BulkStep.Action.THEME_REMOVED,
        TAKE_OUT: BulkStep.Action.THEME_REMOVED,
        GROUP: BulkStep.Action.GROUPED,
        DISPOSE: BulkStep.Action.DISPOSITIONS,
    }
    REPLACE, KEEP = "vervangen", "laten"

    scope = forms.ChoiceField(
        label=_("Voor welke reflecties?"),
        choices=[("gekozen", _("De aangevinkte reflecties op deze pagina"))],
        widget=forms.RadioSelect,
        initial="gekozen",
    )
    reflectie = forms.TypedMultipleChoiceField(
        label=_("Reflecties"), required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )
    # "All N" as the page showed it (worklist.Shown; hidden fields the template writes from
    # the list it rendered): the step acts on those reflections only, or is refused.
    aantal = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    gepubliceerd_tot = forms.DateTimeField(required=False, widget=forms.HiddenInput)
    # Choices from what the page loaded already (coding), so rendering costs no query.
    theme = forms.TypedChoiceField(label=_("Thema"), required=False, coerce=int, empty_value=None)
    standard_answer = forms.TypedChoiceField(
        label=_("Begin met een standaardantwoord"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Laat het antwoord hieronder leeg om de tekst van het standaardantwoord te "
                    "gebruiken; wat u zelf schrijft, gaat voor."),
    )  # fmt: skip

    # The confirmation (governance/bulk_confirm.html): the plan it showed, whether earlier work
    # is replaced, whether reflections in another theme decided otherwise are left out.
    gezien = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    bestaande = forms.ChoiceField(
        required=False, choices=[(REPLACE, REPLACE), (KEEP, KEEP)], widget=forms.HiddenInput
    )
    zonder_andere_themas = forms.BooleanField(
        label=_("Laat deze reflecties buiten deze stap"), required=False
    )
    CONFIRMATION = ("gezien", "bestaande", "zonder_andere_themas")
    # The same controls stand again under the list (#29: after ticking the fiftieth item an
    # editor had 165 Shift+Tabs back to them): those fields carry this prefix. The boxes,
    # the count the list showed and the confirmation are one set, read by either.
    BELOW = "onder"
    SHARED = frozenset({"reflectie", "aantal", "gepubliceerd_tot", *CONFIRMATION})

    def __init__(
        self,
        data=None,
        *,
        version: PaperVersion,
        coding: Coding,
        matching: int,
        filter_theme: Theme | None = None,
        suggested_theme: Theme | None = None,
        prefix: str | None = None,
    ):
        super().__init__(data, changed_sections=coding.changed, prefix=prefix)
        self.version = version
        self.coding = coding
        self.filter_theme = filter_theme
        # The list shows what the platform suggests for this theme (#31): giving it is
        # accepting those suggestions, and the step says so.
        self.suggested_theme = suggested_theme
        if suggested_theme is not None:
            self.fields["theme"].initial = suggested_theme.pk
        self.fields["scope"].choices += [
            ("filter", _("Alle %(n)d reflecties die aan dit filter voldoen") % {"n": matching})
        ]
        self.fields["scope"].help_text = MSG_PER_STEP % {"max": MAX_PER_STEP}
        self.themes = {t.pk: t for t in coding.themes}
        self.answers = {a.pk: a for a in coding.answers}
        self.fields["theme"].choices = [("", _("— kies —"))] + [
            (t.pk, t.name) for t in coding.themes
        ]
        self.fields["standard_answer"].choices = [("", _("— geen —"))] + [
            (a.pk, a.title) for a in coding.answers
        ]
        for name in ("kind", "response"):
            self.fields[name].required = False

    @classmethod
    def prefix_of(cls, data) -> str | None:
        """Which of the two sets of controls ``data`` was posted from."""
        return cls.BELOW if f"{cls.BELOW}-action" in data else None

    def add_prefix(self, field_name: str) -> str:
        return field_name if field_name in self.SHARED else super().add_prefix(field_name)

    @property
    def action_name(self) -> str:
        """The name of this set's buttons."""
        return self.add_prefix("action")

    @property
    def asked(self) -> str:
        """The action that was posted from this set ("" when none)."""
        return (self.data.get(self.action_name) or "") if self.is_bound else ""

    def full_clean(self):
        # The ids of the boxes may come from another page of the same list (the editor paged
        # on with boxes ticked in a second tab): accept any number up to MAX_PER_STEP and let
        # the transition refuse what is not a published reflection of this consultation.
        if self.data is not None and hasattr(self.data, "getlist"):
            sent = self.data.getlist(self.add_prefix("reflectie"))
            self.fields["reflectie"].choices = [(pk, f"#{pk}") for pk in sent[:MAX_PER_STEP]]
        super().full_clean()

    def clean(self):
        action = self.asked
        if action not in self.ACTIONS:
            raise ValidationError(_("Kies wat u met de reflecties wilt doen."))
        cleaned = forms.Form.clean(self)
        cleaned["action"] = action
        cleaned["theme"] = self.themes.get(cleaned.get("theme"))
        cleaned["standard_answer"] = self.answers.get(cleaned.get("standard_answer"))
        if cleaned.get("scope") == "gekozen" and not cleaned.get("reflectie"):
            self.add_error("reflectie", _("Vink eerst een of meer reflecties aan."))
        if cleaned.get("scope") == "filter":
            self._clean_confirmed(cleaned)
        if action in {self.ASSIGN, self.REMOVE} and not cleaned.get("theme"):
            self.add_error("theme", _("Kies het thema."))
        if action == self.TAKE_OUT:
            if self.filter_theme is None:
                raise ValidationError(MSG_NO_FILTER_THEME)
            cleaned["theme"] = self.filter_theme
        if action == self.DISPOSE:
            self._clean_disposition(cleaned)
        return cleaned

    def _clean_confirmed(self, cleaned) -> None:
        count = cleaned.get("aantal")
        if count is None:
            raise ValidationError(MSG_NOT_CONFIRMED)
        if count > MAX_PER_STEP:
            raise ValidationError(MSG_PER_STEP % {"max": MAX_PER_STEP})

    def _clean_disposition(self, cleaned) -> None:
        answer = cleaned.get("standard_answer")
        if not (cleaned.get("response") or "").strip() and answer is not None:
            cleaned["response"] = answer.text
        if not cleaned.get("kind") and answer is not None and answer.kind:
            cleaned["kind"] = answer.kind
        if not cleaned.get("kind"):
            self.add_error("kind", _("Kies wat er met de reflecties is gebeurd."))
        if not (cleaned.get("response") or "").strip():
            self.add_error(
                "response", _("Schrijf een openbaar antwoord of kies een standaardantwoord.")
            )
        kind = cleaned.get("kind")
        if kind == Disposition.Kind.INCORPORATED and not cleaned.get("section"):
            self.add_error("section", _("Kies de sectie waarin de reflecties zijn verwerkt."))
        if kind == Disposition.Kind.NOT_ADOPTED and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Geef kort de reden waarom zij niet zijn overgenomen."))

    @property
    def ask(self) -> Ask:
        """What the editor asked, as governance.bulk plans it."""
        data = self.cleaned_data
        action = self.ACTIONS[data["action"]]
        if action != BulkStep.Action.DISPOSITIONS:
            accepted = (action == BulkStep.Action.THEME_ASSIGNED
                        and self.suggested_theme is not None
                        and data["theme"] == self.suggested_theme)  # fmt: skip
            return Ask(action, theme=data["theme"], from_suggestions=accepted)
        if self.coding.draft is None:
            raise InvalidTransition(str(MSG_NO_DRAFT))
        # Only a reflection processed in the new version names a section (as one is kept).
        incorporated = data["kind"] == Disposition.Kind.INCORPORATED
        return Ask(
            action, theme=self.filter_theme, draft=self.coding.draft, kind=data["kind"],
            section=self.chosen_section if incorporated else None, response=data["response"],
            reason=data.get("reason") or "",
        )  # fmt: skip

    @property
    def is_confirmed(self) -> bool:
        """Posted from the confirmation page, which carries the plan it showed."""
        return bool(self.cleaned_data.get("gezien"))

    @property
    def confirmation(self) -> dict:
        """The arguments of transitions.take_bulk_step that the confirmation gave."""
        return {
            "replace": self.cleaned_data.get("bestaande") == self.REPLACE,
            "leave_out_conflicting": self.cleaned_data.get("zonder_andere_themas", False),
            "seen": self.cleaned_data["gezien"],
        }

    @property
    def carried(self) -> list[tuple[str, str]]:
        """What the confirmation page posts back: the step as it was asked for."""
        names = {self.add_prefix(name) for name in {*self.fields, "action"}}
        names = (names - set(self.CONFIRMATION)) & set(self.data)
        return [(name, value) for name in sorted(names) for value in self.data.getlist(name)]

    @property
    def for_all_matching(self) -> bool:
        return self.cleaned_data.get("scope") == "filter"

    @property
    def shown(self) -> Shown:
        """What the editor confirmed with "all N"."""
        return Shown(self.cleaned_data["aantal"], self.cleaned_data.get("gepubliceerd_tot"))


class ThemeForm(forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=Theme._meta.get_field("name").max_length)
    description = forms.CharField(
        label=_("Korte beschrijving"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Intern tot de vaststelling; daarna staat zij in het consultatieverslag."),
    )
    order = forms.IntegerField(label=_("Volgorde"), min_value=0, max_value=10_000, required=False)


class ClusterThemeForm(forms.Form):
    """A proposed cluster (or part of a theme) made a theme: which one, the members the editor
    was shown (``gezien``), and the theme's name and description."""

    cluster = forms.TypedChoiceField(coerce=int, widget=forms.HiddenInput)
    gezien = forms.CharField(max_length=64, widget=forms.HiddenInput)
    name = ThemeForm.base_fields["name"]
    description = ThemeForm.base_fields["description"]

    def __init__(self, data=None, *, clustering):
        super().__init__(data)
        self.clustering = clustering
        self.fields["cluster"].choices = [(c.number, c.number) for c in clustering.clusters]

    def clean_cluster(self):
        found = self.clustering.get(self.cleaned_data["cluster"])
        if found is None:  # pragma: no cover - the choices admit only the clusters shown
            raise ValidationError(_("Dit cluster bestaat niet meer. Bekijk de clusters opnieuw."))
        return found

    @property
    def number(self) -> int | None:
        """The cluster this form was posted for (its errors are shown there)."""
        return parse_positive_int(self.data.get("cluster")) if self.is_bound else None


class MergeThemeForm(forms.Form):
    into = forms.TypedChoiceField(
        label=_("Samenvoegen met"),
        coerce=int,
        help_text=_(
            "De reflecties van dit thema krijgen het gekozen thema; dit thema verdwijnt. Wie "
            "een reflectie haar thema gaf en of dat uit een voorstel kwam, blijft bewaard."
        ),
    )

    def __init__(self, data=None, *, others: list[Theme]):
        super().__init__(data)
        self.others = {theme.pk: theme for theme in others}
        self.fields["into"].choices = [("", _("— kies een thema —"))] + [
            (theme.pk, theme.name) for theme in others
        ]

    def clean_into(self) -> Theme:
        return self.others[self.cleaned_data["into"]]


class StandardAnswerForm(forms.Form):
    title = forms.CharField(
        label=_("Titel"),
        max_length=StandardAnswer._meta.get_field("title").max_length,
        help_text=_("Alleen voor de redactie, om het antwoord terug te vinden."),
    )
    kind = forms.ChoiceField(
        label=_("Past bij"),
        required=False,
        choices=[("", _("— elke verwerking —")), *Disposition.Kind.choices],
        help_text=_("Een bulkverwerking zonder gekozen soort neemt deze over."),
    )
    text = forms.CharField(
        label=_("Tekst van het antwoord"),
        max_length=StandardAnswer._meta.get_field("text").max_length,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Openbaar: elke auteur krijgt deze tekst bij de vaststelling als antwoord op de "
            "eigen reflectie, en hij staat in het consultatieverslag."
        ),
    )


class SynthesisForm(forms.Form):
    heard = forms.CharField(
        label=_("Wat we hoorden"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Kort en in eigen woorden: wat zeiden de reflecties, van wie, waar schuurt "
                    "het. Openbaar bij de vaststelling, in het consultatieverslag."),
    )  # fmt: skip
    quotes = forms.TypedMultipleChoiceField(
        label=_("Citaten om over te nemen"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Reflecties waarvan de auteur citeren toestond, eerst één per perspectief "
                    "(het meest gehoorde eerst), zoals het consultatieverslag ze kiest. Wat u "
                    "aanvinkt, komt onder uw tekst; er wordt niets opgeslagen."),
    )  # fmt: skip
    did = forms.CharField(
        label=_("Wat we deden"),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Wat er in de nieuwe versie mee gebeurde, of waarom niets."),
    )
    rests_on = forms.ChoiceField(
        label=_("Rust op"),
        widget=forms.RadioSelect,
        initial="alle",
    )
    reflections = forms.TypedMultipleChoiceField(
        label=_("De reflecties waarop de synthese rust"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    changes = forms.TypedMultipleChoiceField(
        label=_("De wijzigingen in de nieuwe versie die hierop antwoorden"),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, data=None, *, candidates, total: int, changed, quotes=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["quotes"].choices = [
            (r.pk, f"#{r.pk} · {r.get_perspective_display()}: {Truncator(r.body).chars(160)}")
            for r in quotes
        ]
        if not quotes:
            del self.fields["quotes"]
        self.fields["rests_on"].choices = [
            ("alle", _("Alle %(n)d reflecties hierover") % {"n": total}),
            ("gekozen", _("Alleen de aangevinkte reflecties hieronder")),
        ]
        self.fields["reflections"].choices = [
            (r.pk, f"#{r.pk} · {r.get_perspective_display()}: {Truncator(r.body).chars(120)}")
            for r in candidates
        ]
        self.fields["changes"].choices = [
            (s.pk, f"{s.heading} ({s.get_change_type_display() or '—'})") for s in changed
        ]
        if not changed:
            del self.fields["changes"]

    @classmethod
    def for_subject(cls, subject, *, data=None, typed=None) -> SynthesisForm:
        """The synthesis as saved; for a new one a draft that starts from its reflections'
        breakdown per perspective (#29: the form started blank though the report computes
        it). ``typed``: what the editor sent to take quotes into the text, shown again with
        them under it (unbound: nothing is saved, no errors)."""
        existing = subject.existing
        initial = {"heard": draft_heard(subject)}
        if typed is not None:
            initial = {name: typed.get(name, "") for name in ("heard", "did", "rests_on")}
            initial |= {name: typed.getlist(name) for name in ("reflections", "changes")}
            picked = {n for v in typed.getlist("quotes") if (n := parse_positive_int(v))}
            initial["heard"] = with_quotes(
                initial["heard"], [r for r in subject.quotes if r.pk in picked]
            )
        elif existing is not None:
            named = sorted(existing.reflections.values_list("pk", flat=True))
            initial = {
                "heard": existing.heard,
                "did": existing.did,
                "rests_on": "alle" if named == subject.reflection_ids else "gekozen",
                "reflections": named,
                "changes": list(existing.changes.values_list("pk", flat=True)),
            }
        return cls(data, candidates=subject.candidates, total=len(subject.reflection_ids),
                   changed=subject.changed, quotes=subject.quotes, initial=initial)  # fmt: skip

    def synthesis(self, subject) -> dict:
        """The arguments of transitions.save_synthesis."""
        data = self.cleaned_data
        chosen = data["reflections"] if data["rests_on"] == "gekozen" else subject.reflection_ids
        return {
            "heard": data["heard"],
            "did": data["did"],
            "reflection_ids": chosen,
            "section_ids": data.get("changes", []),
            "theme": subject.theme,
            "question_group": subject.question_group,
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("rests_on") == "gekozen" and not cleaned.get("reflections"):
            self.add_error("reflections", _("Vink de reflecties aan waarop de synthese rust."))
        if DRAFT_PLACEHOLDER in cleaned.get("heard", ""):
            # The draft is the editors' starting point, never their synthesis.
            self.add_error("heard", MSG_DRAFT_LEFT)
        return cleaned


# The draft of "wat we hoorden" is the report's content, so Dutch whatever the language of
# the editor's interface (as the papers and the syntheses themselves are).
DRAFT_PLACEHOLDER = (
    "[Vat hier in eigen woorden samen wat zij zeiden, van wie, en waar het schuurt.]"
)
MSG_DRAFT_LEFT = _(
    "Vervang de tekst tussen [ ] door uw eigen samenvatting: het concept is een begin, geen "
    "synthese."
)


def draft_heard(subject) -> str:
    """ "42 reflecties: 20 Cliënt, 12 Naaste, 10 Zorgprofessional. Niet gehoord: Jurist." and
    the placeholder for what the editor writes."""
    if not subject.total:
        return ""
    with translation.override("nl"):
        counted = ", ".join(f"{n} {Perspective.label_of(p)}" for p, n in subject.breakdown)
        silent = ", ".join(str(Perspective.label_of(p)) for p in subject.silent)
    noun = "reflectie" if subject.total == 1 else "reflecties"
    lines = f"{subject.total} {noun}: {counted}."
    if silent:
        lines += f" Niet gehoord: {silent}."
    return f"{lines}\n\n{DRAFT_PLACEHOLDER}"


def with_quotes(text: str, quotes: list) -> str:
    """``text`` with each of ``quotes`` under it that it does not hold yet, as a quote with its
    number and perspective (in Dutch, as the report quotes)."""
    added = []
    with translation.override("nl"):
        for r in quotes:
            mark = f"(reflectie #{r.pk}, {Perspective.label_of(r.perspective)})"
            if mark not in text:
                added.append(f"“{Truncator(' '.join(r.body.split())).words(60)}” {mark}")
    return "\n\n".join([text.rstrip(), *added]) if added else text
