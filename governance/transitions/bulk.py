"""The editors' bulk steps (#29): a theme given to or taken from many reflections, one
disposition for many, many grouped as similar; each kept as a BulkStep with, per reflection,
the value before and after, and undone as one step.

A step is taken as the editor confirmed it (governance.bulk planned it and showed
what it changes): earlier work is replaced only when asked explicitly, reflections in
another theme decided otherwise can be left out, and the step is refused when anything
changed since it was shown. Undoing is its own transition: refused when a reflection
changed again since (named), one audit row. A constant number of queries however many
reflections.
"""

from __future__ import annotations

import dataclasses
import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from civcare.core.audit import InvalidTransition, log_actions
from papers.caching import bump_after_commit
from papers.models import PaperEvent, PaperVersion
from reflections.models import Reflection

from .. import bulk
from ..bulk import Ask, Plan
from ..models import (
    BulkChange,
    BulkStep,
    Disposition,
    DispositionRecord,
    SimilarityGroup,
    SimilarityMember,
    Theme,
    ThemeAssignment,
)
from .base import Action, Status, _check, _coding_allowed, _event, _lock, _numbers, _reflections_of
from .dispositions import _checked_answer, _not_on_the_consulted_version

Step = BulkStep.Action

MSG_CHANGED_SINCE_SHOWN = gettext_lazy(
    "Sinds u deze stap bekeek, is er iets veranderd aan deze reflecties. Bekijk hem opnieuw."
)
MSG_TOO_FEW_TO_GROUP = gettext_lazy("Een groep bestaat uit minstens twee reflecties.")
MSG_ALREADY_UNDONE = gettext_lazy("Stap %(n)d is al ongedaan gemaakt.")
MSG_THEME_DELETED = gettext_lazy(
    "Het thema ‘%(theme)s’ is verwijderd; deze stap kan niet meer ongedaan worden gemaakt."
)
MSG_ADOPTED = gettext_lazy(
    "De verwerking ligt vast sinds %(version)s is vastgesteld; deze stap kan niet meer "
    "ongedaan worden gemaakt."
)


@transaction.atomic
def take_bulk_step(
    version: PaperVersion,
    ask: Ask,
    reflection_ids,
    *,
    by,
    replace: bool = False,
    leave_out_conflicting: bool = False,
    seen: str | None = None,
) -> BulkStep:
    """Take ``ask`` for the published reflections ``reflection_ids`` on ``version`` (all of
    them or a refusal), as the editor confirmed it: ``replace``, earlier work is replaced
    (otherwise only the reflections without one change); ``leave_out_conflicting``, the
    reflections in another theme whose decision differs are left alone; ``seen``, the
    digest of the plan the editor was shown (refused when the plan differs now).

    Returns the step; when it changes nothing, it is not kept (``pk`` is None) and nothing
    is audited."""
    _check(by)
    version, ask, ids = _locked(version, ask, reflection_ids)
    planned = bulk.plan(version, ask, ids)
    if seen is not None and seen != planned.digest:
        raise InvalidTransition(str(MSG_CHANGED_SINCE_SHOWN))
    chosen = planned.chosen(replace=replace, leave_out_conflicting=leave_out_conflicting)
    fresh = set(planned.fresh)
    step = BulkStep(
        version=version, draft=ask.draft, action=ask.action, theme=ask.theme,
        theme_name=ask.theme.name if ask.theme is not None else "", kind=ask.kind,
        section=ask.section, new=len(fresh.intersection(chosen)),
        replaced=len(set(planned.replaced).intersection(chosen)),
        unchanged=len(planned.unchanged),
        left_out=len(planned.fresh) + len(planned.replaced) - len(chosen), taken_by=by,
        accepted_suggestions=ask.from_suggestions and ask.action == Step.THEME_ASSIGNED,
    )  # fmt: skip
    if ask.action == Step.GROUPED and len(chosen) < 2:
        raise InvalidTransition(str(MSG_TOO_FEW_TO_GROUP))
    if not chosen:
        return step
    step.save()
    changes = TAKE[ask.action](step, planned, chosen, by=by)
    BulkChange.objects.bulk_create(changes)
    return step


def _locked(version: PaperVersion, ask: Ask, reflection_ids) -> tuple[PaperVersion, Ask, list]:
    """The version (and the theme, or the draft) locked and checked; the reflections, all
    published on ``version``."""
    if ask.action == Step.DISPOSITIONS:
        draft = _lock(ask.draft)
        response, reason, section = _checked_answer(
            draft, kind=ask.kind, response=ask.response, reason=ask.reason, section=ask.section
        )
        if draft.based_on_id != version.pk:
            raise _not_on_the_consulted_version(draft)
        ask = dataclasses.replace(ask, draft=draft, response=response, reason=reason,
                                  section=section)  # fmt: skip
        wanted = sorted({int(pk) for pk in reflection_ids})
        if not wanted:
            raise InvalidTransition(_("Kies eerst de reflecties."))
        # Locked in one order, so two editors answering overlapping selections take turns:
        # the later one's answer stands (as its plan showed), and both are in the trail.
        locked_ids = list(
            Reflection.objects.select_for_update()
            .filter(pk__in=wanted, version_id=draft.based_on_id, status=Reflection.Status.APPROVED)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if len(locked_ids) != len(wanted):
            raise _not_on_the_consulted_version(draft)
        return draft.based_on, ask, locked_ids
    version = _lock(version)
    _coding_allowed(version)
    if ask.group is not None:
        joined = SimilarityGroup.objects.select_for_update().filter(pk=ask.group, version=version)
        if not joined.exists():  # dissolved since the editor saw it
            raise InvalidTransition(str(MSG_CHANGED_SINCE_SHOWN))
    if ask.theme is not None:
        theme = Theme.objects.select_for_update().get(pk=ask.theme.pk)
        if theme.version_id != version.pk:
            raise InvalidTransition(
                _("Dit thema hoort niet bij %(version)s.") % {"version": version}
            )
        ask = dataclasses.replace(ask, theme=theme)
    return version, ask, _reflections_of(version, reflection_ids)


def _give_theme(step: BulkStep, planned: Plan, chosen: list[int], *, by) -> list[BulkChange]:
    theme = step.theme
    suggested = step.accepted_suggestions
    made = ThemeAssignment.objects.bulk_create(
        [ThemeAssignment(theme=theme, reflection_id=pk, assigned_by=by, from_suggestion=suggested)
         for pk in chosen]
    )  # fmt: skip
    # The trail says which codings came from accepted suggestions (#31).
    action = Action.SUGGESTIONS_ACCEPTED if suggested else Action.THEME_ASSIGNED
    note = f"{theme.name}: {_numbers(chosen)}"
    if planned.ask.theme_is_new:  # one row for the theme and its reflections
        action = Action.THEME_CREATED
        note = _("%(theme)s, uit een voorgesteld cluster; als aangenomen voorstel gegeven aan "
                 "%(list)s") % {"theme": theme.name, "list": _numbers(chosen)}  # fmt: skip
    _event(step.version, by=by, action=action, from_status=step.version.status, note=note)
    return [
        BulkChange(step=step, reflection_id=a.reflection_id, after={"assignment": a.pk})
        for a in made
    ]


def _take_theme(step: BulkStep, planned: Plan, chosen: list[int], *, by) -> list[BulkChange]:
    theme = step.theme
    theme.assignments.filter(reflection_id__in=chosen).delete()
    _event(step.version, by=by, action=Action.THEME_REMOVED, from_status=step.version.status,
           note=f"{theme.name}: {_numbers(chosen)}")  # fmt: skip
    return [BulkChange(step=step, reflection_id=pk, before=planned.before[pk]) for pk in chosen]


def _dispose(step: BulkStep, planned: Plan, chosen: list[int], *, by) -> list[BulkChange]:
    draft, ask = step.draft, planned.ask
    records = DispositionRecord.objects.bulk_create(
        [
            DispositionRecord(
                reflection_id=pk, version=draft, kind=ask.kind, section=ask.section,
                response=ask.response, reason=ask.reason, decided_by=by, step=step,
            )
            for pk in chosen
        ]
    )  # fmt: skip
    _write_dispositions(records)
    label = Disposition.Kind(ask.kind).label
    log_actions(
        PaperEvent,
        [
            {"version": draft, "actor": by, "action": Action.DISPOSITION_RECORDED,
             "from_status": draft.status, "to_status": draft.status, "note": f"#{pk}: {label}"}
            for pk in chosen
        ],
    )  # fmt: skip
    # bulk_create sends no signals: renew the pages of both versions once.
    bump_after_commit(draft.pk, draft.based_on_id)
    return [
        BulkChange(step=step, reflection_id=r.reflection_id, before=planned.before[r.reflection_id],
                   after={"record": r.pk})
        for r in records
    ]  # fmt: skip


def _write_dispositions(records: list[DispositionRecord]) -> None:
    """Each reflection's disposition becomes its entry in ``records`` (one upsert)."""
    Disposition.objects.bulk_create(
        [
            Disposition(
                reflection_id=r.reflection_id, version_id=r.version_id, kind=r.kind,
                section_id=r.section_id, response=r.response, reason=r.reason,
                decided_by_id=r.decided_by_id, record_id=r.pk,
            )
            for r in records
        ],
        update_conflicts=True,
        unique_fields=["reflection"],
        update_fields=["version", "kind", "response", "reason", "section", "decided_by", "record",
                       "updated_at"],
    )  # fmt: skip


def _group(step: BulkStep, planned: Plan, chosen: list[int], *, by) -> list[BulkChange]:
    """The chosen reflections form a new group, or join the group asked for (which keeps its
    number); a group they leave with one member left is dissolved, and that member's loss is
    part of the step (undone with it)."""
    earlier = {planned.before[pk]["group"]: planned.before[pk] for pk in chosen
               if planned.before.get(pk)}  # fmt: skip
    SimilarityMember.objects.filter(reflection_id__in=chosen).delete()
    joined = planned.ask.group is not None
    if joined:
        group = SimilarityGroup.objects.get(pk=planned.ask.group)
    else:
        group = SimilarityGroup.objects.create(version=step.version, formed_by=by)
    SimilarityMember.objects.bulk_create(
        [SimilarityMember(group=group, reflection_id=pk) for pk in chosen]
    )
    left: dict[int, list[int]] = {pk: [] for pk in earlier}
    for group_id, reflection_id in SimilarityMember.objects.filter(
        group_id__in=list(earlier)
    ).values_list("group_id", "reflection_id"):
        left[group_id].append(reflection_id)
    lonely = [group_id for group_id, members in left.items() if len(members) < 2]
    SimilarityGroup.objects.filter(pk__in=lonely).delete()
    step.group, step.joined = group, joined
    if joined:
        group.size = SimilarityMember.objects.filter(group=group).count()
        note = _("Groep %(n)d, erbij: %(list)s") % {"n": group.pk, "list": _numbers(chosen)}
    else:
        note = _("Groep %(n)d: %(list)s") % {"n": group.pk, "list": _numbers(chosen)}
    _event(step.version, by=by, action=Action.GROUP_FORMED, from_status=step.version.status,
           note=note)  # fmt: skip
    # "joined": the group was there before the step, and stays when the step is undone.
    after = {"group": group.pk, "joined": True} if joined else {"group": group.pk}
    return [
        BulkChange(step=step, reflection_id=pk, before=planned.before.get(pk), after=after)
        for pk in chosen
    ] + [
        BulkChange(step=step, reflection_id=pk, before=earlier[group_id])
        for group_id in lonely for pk in left[group_id]
    ]  # fmt: skip


TAKE = {
    Step.THEME_ASSIGNED: _give_theme,
    Step.THEME_REMOVED: _take_theme,
    Step.DISPOSITIONS: _dispose,
    Step.GROUPED: _group,
}


# --- undoing a step -------------------------------------------------------------------------


@transaction.atomic
def undo_bulk_step(step: BulkStep, *, by) -> BulkStep:
    """Put back what ``step`` changed, for every reflection at once: the dispositions,
    themes or groups they had before. Refused when one of them was changed again since
    (named: the editor decides about those first), after the next version is adopted, and
    for a step undone already. One audit row, on the version the step's own rows went to."""
    _check(by)
    if step.action == Step.DISPOSITIONS:
        audited = _lock(step.draft)
        if audited.status != Status.DRAFT:
            raise InvalidTransition(str(MSG_ADOPTED) % {"version": audited.label})
    else:
        audited = _lock(step.version)
        _coding_allowed(audited)
    step = BulkStep.objects.select_for_update(of=("self",)).select_related("draft").get(pk=step.pk)
    if step.is_undone:
        raise InvalidTransition(str(MSG_ALREADY_UNDONE) % {"n": step.pk})
    if step.action in (Step.THEME_ASSIGNED, Step.THEME_REMOVED) and step.theme_id is None:
        raise InvalidTransition(str(MSG_THEME_DELETED) % {"theme": step.theme_name})
    changes = list(step.changes.order_by("reflection_id"))
    ids = [c.reflection_id for c in changes]
    list(Reflection.objects.select_for_update().filter(pk__in=ids).order_by("pk").values("pk"))
    moved = bulk.changed_since(step, changes)
    if moved:
        raise InvalidTransition(changed_since_message(moved), missing=[f"#{pk}" for pk in moved])
    UNDO[step.action](step, changes)
    step.undone_at, step.undone_by = timezone.now(), by
    step.save(update_fields=["undone_at", "undone_by"])
    _event(audited, by=by, action=Action.BULK_UNDONE, from_status=audited.status,
           note=_undo_note(step, ids))  # fmt: skip
    return step


def changed_since_message(moved: list[int]) -> str:
    named = ", ".join(f"#{pk}" for pk in moved[: bulk.NAMED])
    more = len(moved) - bulk.NAMED
    if more > 0:
        named += " " + ngettext("en %(n)d andere", "en %(n)d andere", more) % {"n": more}
    return ngettext(
        "Deze stap kan niet ongedaan worden gemaakt: %(n)d reflectie is sindsdien opnieuw "
        "veranderd (%(list)s). Zet die eerst zelf terug, of laat de stap staan.",
        "Deze stap kan niet ongedaan worden gemaakt: %(n)d reflecties zijn sindsdien opnieuw "
        "veranderd (%(list)s). Zet die eerst zelf terug, of laat de stap staan.",
        len(moved),
    ) % {"n": len(moved), "list": named}


def _undo_note(step: BulkStep, ids: list[int]) -> str:
    what = f"{step.get_action_display()}: {step.what}" if step.what else step.get_action_display()
    return _("stap %(n)d (%(what)s), teruggezet: %(list)s") % {
        "n": step.pk, "what": what, "list": _numbers(ids),
    }  # fmt: skip


def _undo_give_theme(step: BulkStep, changes: list[BulkChange]) -> None:
    ThemeAssignment.objects.filter(pk__in=[c.after["assignment"] for c in changes]).delete()


def _undo_take_theme(step: BulkStep, changes: list[BulkChange]) -> None:
    # The same rows again (their ids too): a step before this one that gave the theme can
    # still be undone after this one is.
    restored = ThemeAssignment.objects.bulk_create(
        [
            ThemeAssignment(pk=c.before["assignment"], theme_id=step.theme_id,
                            reflection_id=c.reflection_id, assigned_by_id=c.before["by"],
                            from_suggestion=c.before.get("suggested", False))
            for c in changes
        ]
    )  # fmt: skip
    for assignment, change in zip(restored, changes, strict=True):
        assignment.assigned_at = datetime.datetime.fromisoformat(change.before["at"])
    ThemeAssignment.objects.bulk_update(restored, ["assigned_at"])


def _undo_dispose(step: BulkStep, changes: list[BulkChange]) -> None:
    earlier = [c.before["record"] for c in changes if c.before]
    records = list(DispositionRecord.objects.filter(pk__in=earlier))
    _write_dispositions(records)
    had_none = [c.reflection_id for c in changes if not c.before]
    # A raw delete: the signal a delete sends would cost a query per disposition to find
    # its page, which is renewed once below instead.
    Disposition.objects.filter(reflection_id__in=had_none)._raw_delete(Disposition.objects.db)
    bump_after_commit(step.draft_id, step.version_id)


def _undo_group(step: BulkStep, changes: list[BulkChange]) -> None:
    mine = [c.reflection_id for c in changes if c.after]
    made = {c.after["group"] for c in changes if c.after and not c.after.get("joined")}
    # Reflections that joined the group since (a later step): deleting the group would take
    # them along unseen; that step is undone first.
    joined_since = sorted(
        SimilarityMember.objects.filter(group_id__in=made).exclude(reflection_id__in=mine)
        .values_list("reflection_id", flat=True)
    )  # fmt: skip
    if joined_since:
        raise InvalidTransition(changed_since_message(joined_since))
    SimilarityMember.objects.filter(reflection_id__in=mine).delete()
    SimilarityGroup.objects.filter(pk__in=made).delete()
    earlier = {c.before["group"]: c.before for c in changes if c.before}
    exists = set(SimilarityGroup.objects.filter(pk__in=list(earlier)).values_list("pk", flat=True))
    # A group this step dissolved comes back as it was, under its own number.
    recreated = SimilarityGroup.objects.bulk_create(
        [
            SimilarityGroup(
                pk=pk,
                version_id=step.version_id,
                formed_by_id=info["by"],
                name=info.get("name", ""),
            )
            for pk, info in earlier.items()
            if pk not in exists
        ]
    )
    for group in recreated:
        group.formed_at = datetime.datetime.fromisoformat(earlier[group.pk]["at"])
    SimilarityGroup.objects.bulk_update(recreated, ["formed_at"])
    SimilarityMember.objects.bulk_create(
        [
            SimilarityMember(group_id=c.before["group"], reflection_id=c.reflection_id)
            for c in changes
            if c.before
        ]
    )


UNDO = {
    Step.THEME_ASSIGNED: _undo_give_theme,
    Step.THEME_REMOVED: _undo_take_theme,
    Step.DISPOSITIONS: _undo_dispose,
    Step.GROUPED: _undo_group,
}


# --- the same steps, taken directly (management commands, tests, a section's prompts) -------


def record_dispositions(
    reflection_ids, *, by, draft: PaperVersion, kind: str, response: str, reason: str = "",
    section=None,
) -> int:  # fmt: skip
    """One answer for many reflections (a selection, a theme): each gets its own disposition,
    history entry and audit row, and can be overridden one by one afterwards. It replaces
    what they had (the site asks first, see governance.bulk); a bulk step that can be
    undone. All or nothing. Returns how many reflections have this answer now."""
    if draft.based_on_id is None:
        raise _not_on_the_consulted_version(draft)
    ask = Ask(Step.DISPOSITIONS, draft=draft, kind=kind, section=section, response=response,
              reason=reason)  # fmt: skip
    step = take_bulk_step(draft.based_on, ask, reflection_ids, by=by, replace=True)
    return step.changed + step.unchanged


def record_dispositions_for_theme(theme, *, by, draft: PaperVersion, **answer) -> int:
    """One answer for every reflection that carries ``theme`` (a theme of the consulted
    version); the same step as for a selection, audited per reflection."""
    if theme.version_id != draft.based_on_id:
        raise InvalidTransition(
            _("Dit thema hoort niet bij %(version)s.") % {"version": draft.based_on}
        )
    ids = list(theme.assignments.values_list("reflection_id", flat=True))
    if not ids:
        raise InvalidTransition(_("Dit thema is nog aan geen enkele reflectie gegeven."))
    return record_dispositions(ids, by=by, draft=draft, **answer)


def assign_theme(theme: Theme, reflection_ids, *, by) -> int:
    """Give ``theme`` to every reflection in ``reflection_ids``; returns how many did not have
    it yet. One audit row for the whole selection, naming each reflection."""
    step = take_bulk_step(theme.version, Ask(Step.THEME_ASSIGNED, theme=theme), reflection_ids,
                          by=by)  # fmt: skip
    return step.new


def remove_theme(theme: Theme, reflection_ids, *, by) -> int:
    """Take ``theme`` away from the reflections in ``reflection_ids``; returns how many had it."""
    step = take_bulk_step(theme.version, Ask(Step.THEME_REMOVED, theme=theme), reflection_ids,
                          by=by)  # fmt: skip
    return step.new


def form_group(version: PaperVersion, reflection_ids, *, by) -> SimilarityGroup:
    """Group at least two published reflections on ``version``. A reflection already in a
    group moves to the new one (a group left with one member is dissolved): the editor's
    last grouping stands."""
    step = take_bulk_step(version, Ask(Step.GROUPED), reflection_ids, by=by, replace=True)
    return step.group
