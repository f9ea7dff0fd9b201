"""The governance workflow of a paper version, one function per step.

From the series' own version standard: v0.9 is a complete concept open for public
reflection; v1.0 is adopted by the foundation's board after the public consultation;
in between only aanscherping, verduidelijking of onderbouwing are allowed, and norms are
not set behind closed doors. So every step here is permission-checked, refuses to run
out of order (saying what must happen first), runs in one transaction with row locks,
and writes a PaperEvent.

``by=None`` is the operator at the command line (management commands only); views
always pass the signed-in user.
"""

from __future__ import annotations

import datetime
import hashlib
import re

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from civcare.core.audit import InvalidTransition, locked, log_action

from . import adoption_mail, following
from .models import (
    BoardDecision,
    ChangeType,
    Disposition,
    Paper,
    PaperEvent,
    PaperVersion,
    Question,
    QuestionGroup,
    QuestionSet,
    Section,
    rerender_references_to,
)
from .permissions import is_editor

Status = PaperVersion.Status
Action = PaperEvent.Action


# A version would read "Vastgesteld op" a day that has not come yet.
MSG_DECISION_IN_THE_FUTURE = gettext_lazy(
    "Een bestuursbesluit ligt niet in de toekomst: vul de datum van het besluit in."
)


def _check(by) -> None:
    if by is not None and not is_editor(by):
        raise PermissionDenied


def _lock(version: PaperVersion) -> PaperVersion:
    return locked(version, "paper", "based_on")


def _event(version, *, by, action, from_status="", note="") -> PaperEvent:
    return log_action(
        PaperEvent,
        version=version,
        actor=by,
        action=action,
        from_status=from_status,
        to_status=version.status,
        note=note,
    )


# --- consultation ----------------------------------------------------------------------------


@transaction.atomic
def open_consultation(
    version: PaperVersion, *, by=None, closes_on: datetime.date | None = None
) -> PaperVersion:
    _check(by)
    version = _lock(version)
    if version.status == Status.CONSULTATION:
        return version  # already open: nothing to do
    if version.status != Status.DRAFT:
        raise InvalidTransition(
            _("Alleen een versie in voorbereiding kan in consultatie; %(version)s is '%(status)s'.")
            % {"version": version, "status": version.get_status_display()}
        )
    if version.paper.versions.filter(status=Status.CONSULTATION).exclude(pk=version.pk).exists():
        raise InvalidTransition(
            _("Er loopt al een consultatie voor %(paper)s. Sluit die eerst.")
            % {"paper": version.paper.code}
        )
    was_public = version.paper.versions.public().exists()
    version.status = Status.CONSULTATION
    version.consultation_closes_on = closes_on
    version.save(update_fields=["status", "consultation_closes_on", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.CONSULTATION_OPENED,
        from_status=Status.DRAFT,
        note=f"sluit gepland op {closes_on:%Y-%m-%d}" if closes_on else "",
    )
    if not was_public:
        # Papers that announced this one ("aangekondigd") can now link to it.
        rerender_references_to(version.paper.code)
    following.notify(version, following.OPENED)
    return version


@transaction.atomic
def plan_closing(version: PaperVersion, *, by, closes_on: datetime.date | None) -> PaperVersion:
    _check(by)
    version = _lock(version)
    if version.status != Status.CONSULTATION:
        raise InvalidTransition(_("Een sluitingsdatum plant u voor een lopende consultatie."))
    version.consultation_closes_on = closes_on
    version.save(update_fields=["consultation_closes_on", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.CLOSING_PLANNED,
        from_status=version.status,
        note=f"{closes_on:%Y-%m-%d}" if closes_on else "geen",
    )
    return version


@transaction.atomic
def close_consultation(version: PaperVersion, *, by) -> PaperVersion:
    """Closing requires nothing: posting stops at once; moderation of what came in goes on."""
    _check(by)
    version = _lock(version)
    if version.status == Status.CLOSED:
        return version
    if version.status != Status.CONSULTATION:
        raise InvalidTransition(
            _("Alleen een lopende consultatie kan worden gesloten; %(version)s is '%(status)s'.")
            % {"version": version, "status": version.get_status_display()}
        )
    version.status = Status.CLOSED
    version.save(update_fields=["status", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.CONSULTATION_CLOSED,
        from_status=Status.CONSULTATION,
    )
    following.notify(version, following.CLOSED)
    return version


@transaction.atomic
def set_reflection_policy(version: PaperVersion, *, by, accepts: bool) -> PaperVersion:
    """Whether an adopted version still accepts new reflections (default: no)."""
    _check(by)
    version = _lock(version)
    version.accepts_reflections_after_adoption = accepts
    version.save(update_fields=["accepts_reflections_after_adoption", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.REFLECTION_POLICY,
        from_status=version.status,
        note="open" if accepts else "gesloten",
    )
    return version


# --- the next version ------------------------------------------------------------------------


def next_number(version: PaperVersion) -> tuple[int, int]:
    """v0.9 → v1.0 (the adopted framework); after that v1.0 → v1.1, v1.1 → v1.2."""
    if version.major == 0:
        return 1, 0
    return version.major, version.minor + 1


def _document_code(code: str, old: str, new: str) -> str:
    replaced = re.sub(rf"_v{re.escape(old)}$", f"_v{new}", code)
    return replaced if replaced != code else f"{code}_v{new}"


@transaction.atomic
def create_draft(source: PaperVersion, *, by) -> PaperVersion:
    """Start the next version as a copy of ``source``: sections and question set, in order."""
    _check(by)
    Paper.objects.select_for_update().get(pk=source.paper_id)  # one draft per paper at a time
    source = _lock(source)
    if source.status == Status.CONSULTATION:
        raise InvalidTransition(
            _("Sluit eerst de consultatie van %(version)s; daarna begint de nieuwe versie.")
            % {"version": source}
        )
    if source.status not in {Status.CLOSED, Status.ADOPTED}:
        raise InvalidTransition(
            _("Een nieuwe versie begint bij een gesloten consultatie of een vastgestelde versie.")
        )
    if source.paper.versions.filter(status=Status.DRAFT).exists():
        raise InvalidTransition(
            _("Er is al een versie in voorbereiding voor %(paper)s.") % {"paper": source.paper.code}
        )
    major, minor = next_number(source)
    if source.paper.versions.filter(major=major, minor=minor).exists():
        raise InvalidTransition(_("Versie %(n)s bestaat al.") % {"n": f"{major}.{minor}"})

    draft = PaperVersion.objects.create(
        paper=source.paper,
        major=major,
        minor=minor,
        status=Status.DRAFT,
        based_on=source,
        document_code=_document_code(source.document_code, source.number, f"{major}.{minor}"),
        version_note="",
        call_to_action_title=source.call_to_action_title,
        call_to_action=source.call_to_action,
    )
    sections: dict[int, Section] = {}
    for old in source.sections.order_by("order"):
        sections[old.pk] = Section.objects.create(
            version=draft,
            order=old.order,
            number=old.number,
            title=old.title,
            anchor=old.anchor,
            kind=old.kind,
            body=old.body,
            copied_from=old,
        )
    for old in Question.objects.filter(section__version=source).order_by("order"):
        Question.objects.create(
            section=sections[old.section_id],
            order=old.order,
            number=old.number,
            text=old.text,
            anchor=old.anchor,
        )
    old_set = QuestionSet.objects.filter(version=source).first()
    if old_set is not None:
        new_set = QuestionSet.objects.create(
            version=draft,
            title=old_set.title,
            intro=old_set.intro,
            invitation_title=old_set.invitation_title,
            invitation=old_set.invitation,
            usage_title=old_set.usage_title,
            usage=old_set.usage,
        )
        for old_group in old_set.groups.order_by("order").prefetch_related("sections"):
            group = QuestionGroup.objects.create(
                question_set=new_set,
                order=old_group.order,
                label=old_group.label,
                title=old_group.title,
                intro=old_group.intro,
                is_closing=old_group.is_closing,
            )
            group.sections.set(sections[s.pk] for s in old_group.sections.all())
            for old in old_group.questions.order_by("order"):
                Question.objects.create(
                    group=group,
                    order=old.order,
                    number=old.number,
                    text=old.text,
                    anchor=old.anchor,
                )
    _event(
        draft,
        by=by,
        action=Action.DRAFTED,
        note=_("op basis van %(version)s") % {"version": source.label},
    )
    return draft


@transaction.atomic
def amend_section(
    section: Section,
    *,
    by,
    title: str,
    body: str,
    change_type: str,
    explanation: str,
    prompted_by=(),
) -> Section:
    """Edit a section of a draft, recording what kind of change it is and why."""
    _check(by)
    version = _lock(section.version)
    section = Section.objects.select_for_update().get(pk=section.pk)
    if not version.is_editable:
        raise InvalidTransition(
            _(
                "Alleen een versie in voorbereiding kan worden bewerkt; een vastgestelde versie "
                "wordt nooit gewijzigd (een correctie is een nieuwe versie)."
            )
        )
    if change_type and change_type not in ChangeType.values:
        raise InvalidTransition(_("Kies aanscherping, verduidelijking of onderbouwing."))
    prompted = list(prompted_by)
    if version.based_on_id and any(r.version_id != version.based_on_id for r in prompted):
        raise InvalidTransition(
            _("Alleen reflecties op %(version)s kunnen aanleiding zijn.")
            % {"version": version.based_on}
        )
    if any(r.status != "approved" for r in prompted):
        raise InvalidTransition(_("Alleen gepubliceerde reflecties kunnen aanleiding zijn."))
    section.title = title.strip()
    section.body = body
    section.change_type = change_type
    section.change_explanation = explanation.strip()
    section.save()
    section.prompted_by.set(prompted)
    _event(
        version,
        by=by,
        action=Action.SECTION_AMENDED,
        from_status=version.status,
        note=f"{section.heading} ({section.get_change_type_display() or '—'})",
    )
    return section


def changed_sections(version: PaperVersion) -> list[Section]:
    sections = version.sections.select_related("copied_from", "version").order_by("order")
    return [s for s in sections if s.differs_from_source()]


# --- dispositions ----------------------------------------------------------------------------


def reflections_needing_disposition(draft: PaperVersion):
    """The approved reflections on the consulted version: each needs a disposition."""
    from reflections.models import Reflection

    if draft.based_on_id is None:
        return Reflection.objects.none()
    return Reflection.objects.filter(version_id=draft.based_on_id).approved()


@transaction.atomic
def record_disposition(
    reflection,
    *,
    by,
    draft: PaperVersion,
    kind: str,
    response: str,
    reason: str = "",
    section: Section | None = None,
) -> Disposition:
    """Say what became of a reflection; its author is told (nothing about me without me)."""
    from reflections.models import Reflection

    _check(by)
    draft = _lock(draft)
    reflection = Reflection.objects.select_for_update().get(pk=reflection.pk)
    if draft.status != Status.DRAFT:
        raise InvalidTransition(_("De verwerking wordt vastgelegd vóór de vaststelling."))
    if reflection.version_id != draft.based_on_id or reflection.status != "approved":
        raise InvalidTransition(
            _("Alleen gepubliceerde reflecties op %(version)s krijgen hier een verwerking.")
            % {"version": draft.based_on}
        )
    if kind not in Disposition.Kind.values:
        raise InvalidTransition(_("Kies wat er met de reflectie is gebeurd."))
    if not response.strip():
        raise InvalidTransition(_("Schrijf een kort openbaar antwoord aan de auteur."))
    if section is not None:
        section = Section.objects.select_related("copied_from", "version").get(pk=section.pk)
    if kind == Disposition.Kind.INCORPORATED:
        if section is None or section.version_id != draft.pk or not section.differs_from_source():
            raise InvalidTransition(
                _("Kies de gewijzigde sectie van %(version)s waarin de reflectie is verwerkt.")
                % {"version": draft.label}
            )
    else:
        section = None
    if kind == Disposition.Kind.NOT_ADOPTED and not reason.strip():
        raise InvalidTransition(_("Geef kort de reden waarom de reflectie niet is overgenomen."))
    disposition, _created = Disposition.objects.update_or_create(
        reflection=reflection,
        defaults={
            "version": draft,
            "kind": kind,
            "response": response.strip(),
            "reason": reason.strip(),
            "section": section,
            "decided_by": by,
        },
    )
    _event(
        draft,
        by=by,
        action=Action.DISPOSITION_RECORDED,
        from_status=draft.status,
        note=f"#{reflection.pk}: {disposition.get_kind_display()}",
    )
    # No email now: the disposition can still change; the author hears at adoption.
    return disposition


# --- board decision and adoption -------------------------------------------------------------


@transaction.atomic
def record_decision(
    version: PaperVersion, *, by, decided_on: datetime.date, reference: str, minutes_url: str = ""
) -> BoardDecision:
    _check(by)
    version = _lock(version)
    if version.status != Status.DRAFT:
        raise InvalidTransition(
            _(
                "Een bestuursbesluit hoort bij een versie in voorbereiding; %(version)s is "
                "'%(status)s'."
            )
            % {"version": version, "status": version.get_status_display()}
        )
    if version.based_on and version.based_on.status == Status.CONSULTATION:
        raise InvalidTransition(
            _("Sluit eerst de consultatie van %(version)s.") % {"version": version.based_on}
        )
    if not reference.strip():
        raise InvalidTransition(_("Vul het kenmerk van het besluit in."))
    if decided_on > timezone.localdate():
        raise InvalidTransition(str(MSG_DECISION_IN_THE_FUTURE))
    decision, _created = BoardDecision.objects.update_or_create(
        version=version,
        defaults={
            "decided_on": decided_on,
            "reference": reference.strip(),
            "minutes_url": minutes_url.strip(),
            "recorded_by": by,
        },
    )
    _event(
        version,
        by=by,
        action=Action.DECISION_RECORDED,
        from_status=version.status,
        note=f"{decision.reference}, {decided_on:%Y-%m-%d}",
    )
    return decision


def promotion_blockers(version: PaperVersion, *, by=None) -> list[str]:
    """Everything that must happen before ``version`` can be adopted, in plain Dutch."""
    missing: list[str] = []
    if version.status != Status.DRAFT:
        return [_("Alleen een versie in voorbereiding kan worden vastgesteld.")]
    source = version.based_on
    if source is not None:
        if source.status == Status.CONSULTATION:
            missing.append(_("De consultatie van %(v)s is nog open.") % {"v": source.label})
        pending = source.reflections.filter(status__in=["pending", "hidden"]).count()
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


def canonical_text(version: PaperVersion) -> str:
    """The adopted norm as one text: sections and question set, in order.

    Its SHA-256 is published with the adopted version, so anyone can check afterwards that
    the norm was not changed.
    """
    lines = [f"{version.paper.code} v{version.number}"]
    for section in version.sections.order_by("order"):
        lines += ["", f"# {section.heading}", "", section.body.strip()]
        for question in section.questions.order_by("order"):
            lines.append(f"? {question.number + '. ' if question.number else ''}{question.text}")
    question_set = QuestionSet.objects.filter(version=version).first()
    if question_set is not None:
        lines += ["", f"# {question_set.title}", "", question_set.intro.strip()]
        for group in question_set.groups.order_by("order"):
            lines += ["", f"## {group.heading}", group.intro.strip()]
            for question in group.questions.order_by("order"):
                lines.append(
                    f"? {question.number + '. ' if question.number else ''}{question.text}"
                )
    return "\n".join(lines).strip() + "\n"


def content_hash(version: PaperVersion) -> str:
    return hashlib.sha256(canonical_text(version).encode("utf-8")).hexdigest()


@transaction.atomic
def promote(version: PaperVersion, *, by) -> PaperVersion:
    """Adopt the version (vastgesteld kaderdocument); the version it replaces stays readable."""
    _check(by)
    # Lock the paper first: two editors promoting at once are served one after the other,
    # and the second finds the version already adopted.
    Paper.objects.select_for_update().get(pk=version.paper_id)
    version = _lock(version)
    if version.status == Status.ADOPTED:
        raise InvalidTransition(_("%(version)s is al vastgesteld.") % {"version": version})
    missing = promotion_blockers(version, by=by)
    if missing:
        raise InvalidTransition(
            _("Vaststellen kan nog niet: %(list)s") % {"list": " ".join(missing)}, missing=missing
        )
    decision = version.board_decision
    for previous in (
        version.paper.versions.filter(status__in=[Status.ADOPTED, Status.CLOSED])
        .exclude(pk=version.pk)
        .select_for_update()
    ):
        old_status = previous.status
        previous.status = Status.SUPERSEDED
        previous.save(update_fields=["status", "updated_at"])
        _event(
            previous,
            by=by,
            action=Action.SUPERSEDED,
            from_status=old_status,
            note=_("vervangen door %(v)s") % {"v": version.label},
        )
    version.status = Status.ADOPTED
    version.adopted_on = decision.decided_on
    version.date = version.date or decision.decided_on
    version.content_hash = content_hash(version)
    version.save(update_fields=["status", "adopted_on", "date", "content_hash", "updated_at"])
    _event(
        version,
        by=by,
        action=Action.ADOPTED,
        from_status=Status.DRAFT,
        note=f"{decision.reference}; SHA-256 {version.content_hash}",
    )
    following.notify(version, following.ADOPTED)
    adoption_mail.tell_authors(version)
    return version


def verify_hash(version: PaperVersion) -> bool:
    return bool(version.content_hash) and version.content_hash == content_hash(version)


def today() -> datetime.date:
    return timezone.localdate()
