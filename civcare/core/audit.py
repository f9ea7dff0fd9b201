"""The audit trail every state change writes, and the one registry of what its codes mean.

Each part keeps its own event table (a paper version's history, a reflection's history),
but they share this base: who acted, which dotted action code (``papers.version.adopted``,
``reflections.approved``), from which state to which, and when. An action code is written
once, in its model's ``Action`` choices, and registered here with its label and whether the
public may read it; templates, feeds and exports read the label from the registry (pretix's
``log_action`` and Wagtail's ``register_action`` do the same).

Every transition has the same shape: lock the row (``locked``), check the permission (a
``PermissionDenied``), check the state (an ``InvalidTransition`` saying what must happen
first), change, and ``log_action`` in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class InvalidTransition(Exception):
    """The object is not in a state that allows this step; ``message`` says what to do first.

    ``missing`` lists everything still to be done when there is more than one thing (the
    blockers of an adoption, for instance)."""

    def __init__(self, message: str, *, missing: list[str] | None = None):
        self.message = message
        self.missing = missing or [message]
        super().__init__(message)


@dataclass(frozen=True)
class Action:
    code: str
    label: str
    is_public: bool


ACTIONS: dict[str, Action] = {}


def register(choices: type[models.TextChoices], *, public: Iterable[str] = ()) -> None:
    """Register every code of ``choices`` with its label; ``public`` names those that anyone
    may read in a public history or feed (the others are for the people involved)."""
    public = set(public)
    for member in choices:
        ACTIONS[member.value] = Action(member.value, member.label, member.value in public)


def label(code: str) -> str:
    action = ACTIONS.get(code)
    return str(action.label) if action else code


def public_codes(choices: type[models.TextChoices]) -> list[str]:
    return [member.value for member in choices if ACTIONS[member.value].is_public]


class AuditEvent(models.Model):
    """One step in an object's history. Concrete subclasses add the object it happened to."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Leeg: het systeem of de beheerder aan de opdrachtregel."),
    )
    action = models.CharField(_("actie"), max_length=60)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    @property
    def label(self) -> str:
        return label(self.action)

    @property
    def is_public(self) -> bool:
        action = ACTIONS.get(self.action)
        return bool(action and action.is_public)


Event = TypeVar("Event", bound=AuditEvent)
Locked = TypeVar("Locked", bound=models.Model)


def locked(instance: Locked, *related: str) -> Locked:
    """The row of ``instance`` read again under a row lock (only its own row: ``of=self``)."""
    manager = type(instance)._default_manager
    query = manager.select_for_update(of=("self",))
    if related:
        query = query.select_related(*related)
    return query.get(pk=instance.pk)


def log_action(event_model: type[Event], *, actor, action: str, **fields) -> Event:
    """Write one audit row; ``action`` must be a registered code (a typo fails loudly here,
    not silently in a history that shows the raw code)."""
    if action not in ACTIONS:
        raise ValueError(f"unregistered action code {action!r}")
    return event_model.objects.create(actor=actor, action=action, **fields)


def log_actions(event_model: type[Event], rows: list[dict]) -> list[Event]:
    """Many audit rows in one insert (a step applied to many objects at once)."""
    unknown = {row["action"] for row in rows} - ACTIONS.keys()
    if unknown:
        raise ValueError(f"unregistered action codes {sorted(unknown)!r}")
    return event_model.objects.bulk_create([event_model(**row) for row in rows])
