"""The editors' themes (thema's) for a consulted version: keeping the list. Giving a theme to
many reflections (or taking it away) is a bulk step (transitions/bulk.py). Every step is
audited on the version: who, when, and which reflections."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from civcare.core.audit import InvalidTransition
from papers.models import PaperVersion
from reflections.models import Reflection

from ..bulk import Ask
from ..clusters import members_digest
from ..models import BulkStep, Synthesis, Theme, ThemeAssignment
from .base import Action, _check, _coding_allowed, _event, _lock, _numbers
from .bulk import take_bulk_step

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
    theme = _new_theme(version, name, description)
    _event(version, by=by, action=Action.THEME_CREATED, from_status=version.status, note=theme.name)
    return theme


def _new_theme(version: PaperVersion, name: str, description: str) -> Theme:
    """The theme, checked and made, not yet audited (the caller, holding the version's
    lock, writes the one row of its step)."""
    name, description = _clean(name, description)
    _name_taken(version, name)
    order = Theme.objects.filter(version=version).count() + 1
    return Theme.objects.create(version=version, name=name, description=description, order=order)


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


MSG_CLUSTER_CHANGED = gettext_lazy(
    "Sinds u dit cluster bekeek, is het veranderd (reflecties gepubliceerd of gelezen). "
    "Bekijk het opnieuw."
)


@transaction.atomic
def theme_from_cluster(
    version: PaperVersion, *, by, name: str, description: str = "", reflection_ids, seen: str
) -> tuple[Theme, int]:
    """A proposed cluster (governance/clusters.py) made a theme in one step: the theme, and
    given to the cluster's reflections that have no theme yet, as one bulk step of accepted
    suggestions (undone as one; the trail and the report say the codings came from the
    platform's proposal). ``seen``: the digest of the members the editor was shown. Returns
    the theme and how many reflections it was given to. One audit row (THEME_CREATED, its note
    naming the reflections given the theme as accepted suggestions)."""
    _check(by)
    ids = sorted({int(pk) for pk in reflection_ids})
    if members_digest(ids) != seen:
        raise InvalidTransition(str(MSG_CLUSTER_CHANGED))
    version = _lock(version)  # first: which reflections have no theme is read under it
    _coding_allowed(version)
    open_ids = list(
        Reflection.objects.filter(pk__in=ids, version=version, status=Reflection.Status.APPROVED)
        .exclude(theme_assignments__isnull=False)
        .values_list("pk", flat=True)
    )
    if not open_ids:
        return create_theme(version, by=by, name=name, description=description), 0
    theme = _new_theme(version, name, description)
    # One audit row for both: the bulk step's, saying the theme is new (Ask.theme_is_new).
    ask = Ask(action=BulkStep.Action.THEME_ASSIGNED, theme=theme, from_suggestions=True,
              theme_is_new=True)  # fmt: skip
    step = take_bulk_step(version, ask, open_ids, by=by)
    return theme, step.new


@transaction.atomic
def merge_themes(theme: Theme, into: Theme, *, by) -> int:
    """``theme``'s reflections given ``into`` (those without it), and ``theme`` gone: one step,
    one audit row. Refused when ``theme`` has a synthesis (its text would be lost). Returns
    how many reflections got ``into``."""
    _check(by)
    version = _lock(theme.version)
    _coding_allowed(version)
    locked = {t.pk: t for t in Theme.objects.select_for_update().filter(pk__in=[theme.pk, into.pk])}
    if theme.pk == into.pk or into.pk not in locked or theme.pk not in locked:
        raise InvalidTransition(_("Kies een ander thema om mee samen te voegen."))
    theme, into = locked[theme.pk], locked[into.pk]
    if into.version_id != version.pk:
        raise InvalidTransition(_("Dit thema hoort niet bij %(version)s.") % {"version": version})
    if Synthesis.objects.filter(theme=theme).exists():
        raise InvalidTransition(
            _("‘%(theme)s’ heeft een synthese. Neem wat u daar schreef eerst over in de synthese "
              "van ‘%(into)s’ en verwijder haar; voeg de thema's daarna samen.")
            % {"theme": theme.name, "into": into.name}
        )  # fmt: skip
    has_into = set(into.assignments.values_list("reflection_id", flat=True))
    moving = list(theme.assignments.exclude(reflection_id__in=has_into))
    ThemeAssignment.objects.bulk_create(
        ThemeAssignment(theme=into, reflection_id=a.reflection_id, assigned_by_id=a.assigned_by_id,
                        from_suggestion=a.from_suggestion)
        for a in moving
    )  # fmt: skip
    total = theme.assignments.count()
    note = ngettext(
        "%(theme)s → %(into)s (%(n)d reflectie, %(new)d kreeg het thema nieuw)",
        "%(theme)s → %(into)s (%(n)d reflecties, %(new)d kregen het thema nieuw)",
        total,
    ) % {"theme": theme.name, "into": into.name, "n": total, "new": len(moving)}
    theme.delete()
    _event(version, by=by, action=Action.THEMES_MERGED, from_status=version.status, note=note)
    return len(moving)


@transaction.atomic
def split_theme(
    theme: Theme, *, by, name: str, description: str = "", reflection_ids, seen: str
) -> Theme:
    """Some of ``theme``'s reflections (a part the platform proposed, clusters.parts_of) moved
    to a new theme ``name``: one step, one audit row. ``seen``: the digest of the part the
    editor was shown (refused when the theme's reflections changed since)."""
    _check(by)
    version = _lock(theme.version)
    _coding_allowed(version)
    theme = Theme.objects.select_for_update().get(pk=theme.pk)
    ids = sorted({int(pk) for pk in reflection_ids})
    present = set(theme.assignments.values_list("reflection_id", flat=True))
    if members_digest(ids) != seen or not ids or not set(ids) <= present:
        raise InvalidTransition(str(MSG_CLUSTER_CHANGED))
    if len(ids) == len(present):
        raise InvalidTransition(
            _("Dat deel is het hele thema. Geef het thema liever een andere naam.")
        )
    name, description = _clean(name, description)
    _name_taken(version, name)
    order = Theme.objects.filter(version=version).count() + 1
    new = Theme.objects.create(version=version, name=name, description=description, order=order)
    # Each reflection keeps who gave it the theme and whether from a suggestion.
    theme.assignments.filter(reflection_id__in=ids).update(theme=new)
    note = ngettext(
        "%(theme)s → %(new)s: %(n)d reflectie (%(ids)s)",
        "%(theme)s → %(new)s: %(n)d reflecties (%(ids)s)",
        len(ids),
    ) % {"theme": theme.name, "new": new.name, "n": len(ids), "ids": _numbers(ids)}
    _event(version, by=by, action=Action.THEME_SPLIT, from_status=version.status, note=note)
    return new
