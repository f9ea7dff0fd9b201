"""The editors' themes (thema's) for a consulted version: keeping the list. Giving a theme to
many reflections (or taking it away) is a bulk step (transitions/bulk.py). Every step is
audited on the version: who, when, and which reflections."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from civcare.core.audit import InvalidTransition
from papers.models import PaperVersion

from ..models import Theme
from .base import Action, _check, _coding_allowed, _event, _lock

NAME_MAX_LENGTH = Theme._meta.get_field("name").max_length
DESCRIPTION_MAX_LENGTH = 1000


def _clean(name: str, description: str) -> tuple[str, str]:
    name, description = " ".join(name.split()), description.strip()
    if not name:
        raise InvalidTransition(_("Geef het thema een naam."))
    if len(name) > NAME_MAX_LENGTH or len(description) > DESCRIPTION_MAX_LENGTH:
        raise InvalidTransition(
            _("Een naam is hooguit %(name)d tekens, een beschrijving hooguit %(text)d.")
            % {"name": NAME_MAX_LENGTH, "text": DESCRIPTION_MAX_LENGTH}
        )
    return name, description


def _name_taken(version: PaperVersion, name: str, *, other_than: int | None = None) -> None:
    taken = Theme.objects.filter(version=version, name__iexact=name).exclude(pk=other_than)
    if taken.exists():
        raise InvalidTransition(_("Er is al een thema ‘%(name)s’.") % {"name": name})


@transaction.atomic
def create_theme(version: PaperVersion, *, by, name: str, description: str = "") -> Theme:
    _check(by)
    version = _lock(version)
    _coding_allowed(version)
    name, description = _clean(name, description)
    _name_taken(version, name)
    order = Theme.objects.filter(version=version).count() + 1
    theme = Theme.objects.create(version=version, name=name, description=description, order=order)
    _event(version, by=by, action=Action.THEME_CREATED, from_status=version.status, note=name)
    return theme


@transaction.atomic
def change_theme(theme: Theme, *, by, name: str, description: str, order: int) -> Theme:
    _check(by)
    version = _lock(theme.version)
    _coding_allowed(version)
    theme = Theme.objects.select_for_update().get(pk=theme.pk)
    name, description = _clean(name, description)
    _name_taken(version, name, other_than=theme.pk)
    before = theme.name
    theme.name, theme.description, theme.order = name, description, max(order, 0)
    theme.save(update_fields=["name", "description", "order"])
    note = name if before == name else f"{before} → {name}"
    _event(version, by=by, action=Action.THEME_CHANGED, from_status=version.status, note=note)
    return theme


@transaction.atomic
def delete_theme(theme: Theme, *, by) -> None:
    _check(by)
    version = _lock(theme.version)
    _coding_allowed(version)
    theme = Theme.objects.select_for_update().get(pk=theme.pk)
    count = theme.assignments.count()
    template = ngettext("%(name)s (bij %(n)d reflectie)", "%(name)s (bij %(n)d reflecties)", count)
    note = template % {"name": theme.name, "n": count}
    theme.delete()
    _event(version, by=by, action=Action.THEME_DELETED, from_status=version.status, note=note)
