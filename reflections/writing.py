"""Writing a text (a reflection, a reply, a change): the one page it is written on, the
preview, the draft kept for someone who cannot post yet, and the submission.

Every text is validated before anything else happens to it (length, Markdown), so nothing
oversized is previewed, parsed or kept as a draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy

from civcare.core import identifiability, ratelimit
from civcare.core.params import parse_positive_int
from papers import passages
from papers.selectors import reflection_targets

from . import moderation
from .forms import CHOSEN_WORDS, PAPER_TARGET, ReflectionForm
from .models import Reflection
from .selectors import Viewer

MSG_SUBMITTED = gettext_lazy(
    "Dank u. Uw reflectie is ontvangen en wacht op een moderator. U krijgt een e-mail "
    "zodra zij is beoordeeld."
)
MSG_DUPLICATE = gettext_lazy("Deze reflectie had u al geplaatst; zij staat er één keer.")
MSG_SIGN_IN_TO_POST = gettext_lazy(
    "Log in of maak een account om uw reflectie te plaatsen. Uw tekst is bewaard: u vindt "
    "hem terug in het formulier."
)
MSG_VERIFY_FIRST = gettext_lazy(
    "Bevestig eerst uw e-mailadres met de link uit onze e-mail. Uw tekst is bewaard."
)
# The same words as the preview's (reflections/_preview.html), for a text posted while the
# check could not run.
MSG_CHECK_UNAVAILABLE = gettext_lazy(
    "De controle op herkenbare gegevens is op dit moment niet beschikbaar; een moderator "
    "leest uw tekst voordat hij verschijnt."
)
MSG_TOO_MANY_CHECKS = gettext_lazy(
    "U heeft het afgelopen uur al %(count)d keer een voorbeeld bekeken; meer kan even niet. "
    "Uw tekst staat hieronder nog: u kunt hem plaatsen, of over een uur opnieuw een "
    "voorbeeld bekijken."
)


@dataclass(frozen=True)
class ComposePage:
    """What differs between writing a reflection, a reply and a change (compose.html)."""

    heading: str
    back_url: str
    back_label: str
    submit_label: str
    title_suffix: str = ""
    about_template: str = ""  # what the text is about, above the form
    closed_notice: str = ""  # set when the consultation takes no new texts
    is_new_text: bool = True  # the posting guidelines and sign-in status are shown
    cancel_url: str = ""


@dataclass(frozen=True)
class Preview:
    """The text as it will look, and what the herleidbaarheidscheck found in it."""

    html: str
    text: str
    findings: list[identifiability.Finding] | None  # None: the check is not available now
    before_posting: bool = False  # shown because the author chose to post

    @classmethod
    def of(cls, form, *, before_posting: bool = False) -> Preview:
        text = form.cleaned_data["body"]
        try:
            # The author sees what is probably personal data; what is probably not ("het
            # FACT-team") would only teach them to ignore the warning.
            findings = [f for f in identifiability.find(text) if f.is_probable]
        except identifiability.CheckUnavailable:
            findings = None
        return cls(form.body_html, text, findings, before_posting)

    @property
    def counts(self) -> dict[str, int] | None:
        """What was found, per category, as a reflection stores it (None: not checked)."""
        return None if self.findings is None else identifiability.counts(self.findings)

    @property
    def marked(self) -> SafeString:
        return identifiability.marked(self.text, self.findings or [])

    @property
    def labelled(self) -> list[tuple[str, str]]:
        return [(identifiability.LABELS[f.category], f.text) for f in self.findings or []]

    @property
    def seen(self) -> str:
        """What the form sends back once the author has seen the findings: posting that
        same text again goes ahead."""
        return Reflection.digest(self.text)


def may_check(request: HttpRequest) -> bool:
    """Whether the author may have a text checked once more this hour. Each check costs
    deduce's time (up to settings.IDENTIFIABILITY_BUDGET_MS); posting is limited by itself."""
    return ratelimit.hit(
        "identifiability", request.user.pk, limit=settings.REFLECTION_CHECKS_PER_HOUR, period=3600
    )


def limited_preview(request: HttpRequest, form) -> Preview | None:
    """The preview the author asked for, or, past the hourly limit, None and the reason as
    the form's error (the text stays in the form)."""
    if may_check(request):
        return Preview.of(form)
    form.add_error(None, MSG_TOO_MANY_CHECKS % {"count": settings.REFLECTION_CHECKS_PER_HOUR})
    return None


def seen_before(request: HttpRequest, form) -> bool:
    """Whether the author saw the findings of exactly this text and chose to post it."""
    return request.POST.get("gezien") == Reflection.digest(form.cleaned_data["body"])


def render_page(
    request: HttpRequest, form, preview: Preview | None, page: ComposePage, **context
) -> HttpResponse:
    return render(
        request,
        "reflections/compose.html",
        {
            "page": page,
            "form": form,
            "preview": preview,
            "viewer": Viewer(request.user),
            "account_links": account_links(request.get_full_path()),
            **context,
        },
    )


DRAFT_FIELDS = [
    "target", "passage", "word_from", "word_to", "perspective", "body", "is_anonymous",
    "may_quote",
]  # fmt: skip
# One draft per session: the latest text someone wrote before they could post, already
# checked against the length limit. Sessions expire (SESSION_COOKIE_AGE) and the periodic
# job (manage.py send_notifications) removes expired ones with clearsessions, so a
# health-related text does not stay in the database for good.
DRAFT_SESSION_KEY = "reflection-draft"


def save_draft(request: HttpRequest, url: str, label: str, form) -> None:
    data = {k: str(form.data.get(k, ""))[: settings.REFLECTION_MAX_LENGTH] for k in DRAFT_FIELDS}
    data["body"] = form.cleaned_data["body"]
    request.session[DRAFT_SESSION_KEY] = {"url": url, "label": label, "data": data}


def take_draft(request: HttpRequest, url: str) -> dict | None:
    draft = request.session.get(DRAFT_SESSION_KEY) or {}
    data = draft.get("data") if draft.get("url") == url else None
    if data and not data.get("perspective"):
        # Written before signing in: the profile's perspective is the best guess.
        data = {**data, "perspective": getattr(request.user, "perspective", "")}
    return data


def drop_draft(request: HttpRequest, url: str) -> None:
    if (request.session.get(DRAFT_SESSION_KEY) or {}).get("url") == url:
        del request.session[DRAFT_SESSION_KEY]


def guard_posting(request: HttpRequest, url: str, label: str, form) -> HttpResponse | None:
    """Keep the (valid) text of someone who may not post yet, and send them to sign in or
    verify their address."""
    viewer = Viewer(request.user)
    if viewer.can_post:
        return None
    save_draft(request, url, label, form)
    if not request.user.is_authenticated:
        messages.info(request, MSG_SIGN_IN_TO_POST)
        return redirect_to_login(url)
    messages.warning(request, MSG_VERIFY_FIRST)
    return redirect(url)


def account_links(url: str) -> dict[str, str]:
    """Sign-in and sign-up links that bring the person back to this form."""
    next_query = f"?{urlencode({'next': url})}"
    return {
        "login": reverse("account_login") + next_query,
        "signup": reverse("account_signup") + next_query,
        "email": reverse("account_email"),
    }


def initial_target(request: HttpRequest, sections, questions) -> str:
    anchor = request.GET.get("vraag")
    if anchor:
        for question in questions:
            if question.anchor == anchor:
                return f"question:{question.pk}"
    anchor = request.GET.get("sectie")
    if anchor:
        for section in sections:
            if section.anchor == anchor:
                return f"section:{section.pk}"
    return PAPER_TARGET


def reflection_form(request: HttpRequest, version, url: str) -> ReflectionForm:
    """The form for a reflection on ``version``: on a paragraph when the address names one
    (?sectie=…&alinea=…), filled from a kept draft or from what the address chose."""
    sections, questions = reflection_targets(version)
    section, paragraph = paragraph_of(request, sections)
    initial = take_draft(request, url) or {
        "target": initial_target(request, sections, questions),
        "perspective": getattr(request.user, "perspective", None),
        **initial_words(request, paragraph),
    }
    return ReflectionForm(
        request.POST or None, initial=initial, sections=sections, questions=questions,
        paragraph=paragraph, paragraph_section=section,
    )  # fmt: skip


def paragraph_of(request: HttpRequest, sections) -> tuple[object, passages.Paragraph | None]:
    """The section and paragraph named by ``?sectie=…&alinea=…`` (a reflection on a
    passage); (None, None) without ``alinea``; 404 for a paragraph the section does not have."""
    number = request.GET.get("alinea")
    if number is None:
        return None, None
    section = next((s for s in sections if s.anchor == request.GET.get("sectie")), None)
    number = parse_positive_int(number)
    if section is None or number is None:
        raise Http404
    paragraph = section.paragraph(number)
    if paragraph is None:
        raise Http404
    return section, paragraph


def initial_words(request: HttpRequest, paragraph: passages.Paragraph | None) -> dict:
    """The words selected in the browser (``?passage=…&voor=…``, set by passages.js), as
    the form's own choice of words, so the author sees and can change it."""
    exact = request.GET.get("passage", "")[:MAX_SELECTION]
    if paragraph is None or not exact.strip():
        return {}
    found = passages.locate_words(
        paragraph.text, exact, request.GET.get("voor", "")[:MAX_SELECTION]
    )
    if found is None:
        return {}
    return {"passage": CHOSEN_WORDS, "word_from": found[0], "word_to": found[1]}


# A selection longer than the longest paragraph is not a passage of one (and is not read).
MAX_SELECTION = 5000


def post_or_preview(
    request: HttpRequest, form, *, version, url: str, label: str, target=lambda form: {}
):
    """Shared by a reflection and a reply: returns (response or None, Preview or None).

    The text is validated first (length, Markdown), so nothing oversized is previewed,
    parsed or kept as a draft. A preview renders the text without saving; a refusal
    (closed, too many…) becomes a form error, so the text stays in the form.
    """
    if request.method != "POST":
        return None, None
    is_valid = form.is_valid()
    if "body" in form.errors:
        return None, None
    # Someone who cannot post yet keeps a valid text even without a perspective: after
    # signing in, the profile's perspective fills it in.
    refused = guard_posting(request, url, label, form)
    if refused:
        return refused, None
    if not is_valid:
        return None, None
    data = form.cleaned_data
    if "preview" in request.POST:
        return None, limited_preview(request, form)
    findings = moderation.UNCHECKED
    # Past the hourly limit of checks the text is posted without the warning: posting is
    # limited by itself, and a moderator reads every text.
    if not seen_before(request, form) and may_check(request):
        # Before a text that may name someone is posted, its author sees what and why: a
        # warning, not a refusal (posting it again as it is goes ahead).
        preview = Preview.of(form, before_posting=True)
        if preview.findings:
            return None, preview
        findings = preview.counts  # checked once: the post below keeps what was found
    try:
        _reflection, created = moderation.submit(
            version=version,
            author=request.user,
            body=data["body"],
            perspective=data["perspective"],
            is_anonymous=data["is_anonymous"],
            may_quote=data["may_quote"],
            findings=findings,
            **target(form),
        )
    except moderation.PostingRefused as refusal:
        form.add_error(None, refusal.message)
        return None, None
    drop_draft(request, url)
    messages.success(request, MSG_SUBMITTED if created else MSG_DUPLICATE)
    if findings is None:
        messages.info(request, MSG_CHECK_UNAVAILABLE)
    return redirect("reflections:mine"), None


def closed_notice(version, message: str) -> str:
    """What the page says instead of a form once the version takes no new texts."""
    if version.is_open_for_reflection:
        return ""
    return message % {"version": version} if "%(version)s" in message else message


MSG_EDITED = gettext_lazy("Uw aanpassing is ontvangen en wacht op een moderator.")


def edit_or_preview(request: HttpRequest, form, reflection):
    """The author's change to their own reflection: returns (response or None, preview)."""
    if request.method != "POST" or not form.is_valid():
        return None, None
    if "preview" in request.POST:
        return None, limited_preview(request, form)
    findings = moderation.UNCHECKED
    if not seen_before(request, form) and may_check(request):
        preview = Preview.of(form, before_posting=True)
        if preview.findings:
            return None, preview
        findings = preview.counts
    try:
        moderation.edit(
            reflection,
            by=request.user,
            body=form.cleaned_data["body"],
            perspective=form.cleaned_data["perspective"],
            findings=findings,
        )
    except (moderation.PostingRefused, moderation.InvalidTransition) as refusal:
        form.add_error(None, refusal.message)
        return None, None
    messages.success(request, MSG_EDITED)
    if findings is None:
        messages.info(request, MSG_CHECK_UNAVAILABLE)
    return redirect("reflections:mine"), None
