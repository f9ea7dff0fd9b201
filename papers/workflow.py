"""State changes of a paper version, one function per transition.

Each transition locks the version row, checks the actor's permission and the current
state (a wrong state is a different error from a missing permission), changes the
state and writes a PaperEvent in the same transaction. ``by=None`` is the operator at
the command line (management commands); views always pass the signed-in user.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction

from .models import PaperEvent, PaperVersion, rerender_references_to
from .permissions import can_manage_workflow


class InvalidTransition(Exception):
    """The version is not in a state that allows this step."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


@transaction.atomic
def open_consultation(version: PaperVersion, *, by=None) -> PaperVersion:
    version = PaperVersion.objects.select_for_update().select_related("paper").get(pk=version.pk)
    if by is not None and not can_manage_workflow(by):
        raise PermissionDenied
    if version.status != PaperVersion.Status.DRAFT:
        raise InvalidTransition(
            f"Alleen een versie in voorbereiding kan in consultatie; {version} is "
            f"'{version.get_status_display()}'."
        )
    was_public = version.paper.versions.public().exists()
    previous = version.status
    version.status = PaperVersion.Status.CONSULTATION
    version.save(update_fields=["status", "updated_at"])
    PaperEvent.objects.create(
        version=version,
        actor=by,
        action="papers.consultation.opened",
        from_status=previous,
        to_status=version.status,
    )
    if not was_public:
        # Papers that announced this one ("aangekondigd") can now link to it.
        rerender_references_to(version.paper.code)
    return version
