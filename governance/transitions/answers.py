"""The editors' standard answers (standaardantwoorden) for one consultation: reusable public
answers a bulk disposition can start from. Audited on the consulted version."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from civcare.core.audit import InvalidTransition
from papers.models import PaperVersion

from ..models import Disposition, StandardAnswer
from .base import Action, _check, _coding_allowed, _event, _lock

TITLE_MAX_LENGTH = StandardAnswer._meta.get_field("title").max_length
TEXT_MAX_LENGTH = StandardAnswer._meta.get_field("text").max_length


def _cleaned(title: str, kind: str, text: str) -> tuple[str, str, str]:
    title, text = " ".join(title.split()), text.strip()
    if not title or not text:
        raise InvalidTransition(_("Geef het standaardantwoord een titel en een tekst."))
    if len(title) > TITLE_MAX_LENGTH or len(text) > TEXT_MAX_LENGTH:
        raise InvalidTransition(
            _("Een titel is hooguit %(title)d tekens, een antwoord hooguit %(text)d.")
            % {"title": TITLE_MAX_LENGTH, "text": TEXT_MAX_LENGTH}
        )
    if kind and kind not in Disposition.Kind.values:
        raise InvalidTransition(_("Kies een soort verwerking uit de lijst."))
    return title, kind, text


@transaction.atomic
def save_standard_answer(
    version: PaperVersion,
    *,
    by,
    title: str,
    text: str,
    kind: str = "",
    answer: StandardAnswer | None = None,
) -> StandardAnswer:
    """Add a standard answer to ``version`` or, with ``answer``, change it. Dispositions made
    from it earlier keep their own copy of the text."""
    _check(by)
    version = _lock(version)
    _coding_allowed(version)
    title, kind, text = _cleaned(title, kind, text)
    taken = StandardAnswer.objects.filter(version=version, title__iexact=title)
    if answer is not None:
        answer = StandardAnswer.objects.select_for_update().get(pk=answer.pk, version=version)
        taken = taken.exclude(pk=answer.pk)
    if taken.exists():
        raise InvalidTransition(_("Er is al een standaardantwoord ‘%(title)s’.") % {"title": title})
    if answer is None:
        answer = StandardAnswer(version=version)
    answer.title, answer.kind, answer.text = title, kind, text
    answer.save()
    _event(version, by=by, action=Action.ANSWER_SAVED, from_status=version.status, note=title)
    return answer


@transaction.atomic
def delete_standard_answer(answer: StandardAnswer, *, by) -> None:
    _check(by)
    version = _lock(answer.version)
    _coding_allowed(version)
    answer = StandardAnswer.objects.select_for_update().get(pk=answer.pk)
    title = answer.title
    answer.delete()
    _event(version, by=by, action=Action.ANSWER_DELETED, from_status=version.status, note=title)
