"""What the governance screens read: what still blocks an adoption, which reflections still
need a disposition, which sections changed. One place that knows the queries."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.utils.translation import gettext as _

from papers.models import PaperVersion, Section
from reflections.models import Reflection

from .models import BoardDecision, SectionPrompt

Status = PaperVersion.Status


def reflections_needing_disposition(draft: PaperVersion):
    """The approved reflections on the consulted version: each needs a disposition."""
    if draft.based_on_id is None:
        return Reflection.objects.none()
    return Reflection.objects.filter(version_id=draft.based_on_id).approved()


def changed_sections(version: PaperVersion) -> list[Section]:
    sections = version.sections.select_related("copied_from", "version").order_by("order")
    return [s for s in sections if s.differs_from_source()]


def promotion_blockers(version: PaperVersion, *, by=None) -> list[str]:
    """Everything that must happen before ``version`` can be adopted, in plain Dutch."""
    missing: list[str] = []
    if version.status != Status.DRAFT:
        return [_("Alleen een versie in voorbereiding kan worden vastgesteld.")]
    source = version.based_on
    if source is not None:
        if source.status == Status.CONSULTATION:
            missing.append(_("De consultatie van %(v)s is nog open.") % {"v": source.label})
        pending = source.reflections.filter(
            status__in=[Reflection.Status.PENDING, Reflection.Status.HIDDEN]
        ).count()
        if pending:
            missing.append(
                _("Er wachten nog %(n)d reflecties op %(v)s op de moderatie.")
                % {"n": pending, "v": source.label}
            )
        undecided = (
            reflections_needing_disposition(version).filter(disposition__isnull=True).count()
        )
        if undecided:
            missing.append(
                _("%(n)d gepubliceerde reflecties hebben nog geen verwerking.") % {"n": undecided}
            )
    untyped = [s.heading for s in changed_sections(version) if not s.change_type]
    if untyped:
        missing.append(
            _("Gewijzigde secties zonder soort wijziging: %(list)s.") % {"list": ", ".join(untyped)}
        )
    decision = BoardDecision.objects.filter(version=version).select_related("recorded_by").first()
    if decision is None:
        missing.append(_("Het bestuursbesluit is nog niet vastgelegd."))
    elif settings.PROMOTION_FOUR_EYES and by is not None and decision.recorded_by_id == by.pk:
        missing.append(
            _(
                "Vier ogen: een andere redacteur dan %(name)s, die het besluit vastlegde, stelt "
                "de versie vast."
            )
            % {"name": decision.recorded_by_name}
        )
    return missing


def published_prompts(version: PaperVersion) -> dict[int, list[Reflection]]:
    """The published reflections that prompted each amended section of ``version``."""
    found: dict[int, list[Reflection]] = defaultdict(list)
    prompts = (
        SectionPrompt.objects.filter(
            section__version=version, reflection__status=Reflection.Status.APPROVED
        )
        .select_related("reflection__author")
        .order_by("reflection__created_at", "reflection_id")
    )
    for prompt in prompts:
        found[prompt.section_id].append(prompt.reflection)
    return dict(found)
