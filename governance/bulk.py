"""What a bulk step of the editors would change, said before they confirm it (#29), and what
undoing one would put back.

A bulk step that "Verwerking vastgelegd voor 246 reflecties" said nothing of the 246
dispositions it replaced, of the 12 reflections that also carry a theme decided otherwise,
nor of a search that matched more than meant. So every bulk step is planned first: for each
reflection asked for, the value it has now against the one the step gives (new, replaced
and from what, unchanged), and the reflections that carry another theme whose decision
differs. The editor confirms that plan; the transition (transitions/bulk.py) plans again
under its locks and refuses when anything differs from what was shown (``Plan.digest``).
The plan and the step are read with a fixed number of queries however many reflections.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.utils.translation import gettext as _

from civcare.core.audit import InvalidTransition
from papers.models import PaperVersion, Section
from reflections.models import Reflection

from .models import (
    MSG_CODING_FIXED,
    MSG_DISPOSITIONS_FIXED,
    BulkChange,
    BulkStep,
    Disposition,
    DispositionRecord,
    SimilarityGroup,
    SimilarityMember,
    Theme,
    ThemeAssignment,
    can_code,
    disposition_label,
)

Action = BulkStep.Action

# The work list shows this many of the version's latest bulk steps, each with its undo.
RECENT_STEPS = 5
# The disposition of one reflection shows this many of its earlier values.
HISTORY = 30
# A refusal names at most this many reflections; the count says how many there are.
NAMED = 20


@dataclass(frozen=True)
class Ask:
    """What the editor asked for the chosen reflections. ``theme``: the theme a theme step
    gives or takes away, or, for a disposition, the theme the list was filtered on (its
    other themes are the ones compared)."""

    action: str
    theme: Theme | None = None
    draft: PaperVersion | None = None
    kind: str = ""
    section: Section | None = None
    response: str = ""
    reason: str = ""
    # Grouping: the existing group the reflections join (None: a new group).
    group: int | None = None
    # A theme given because the platform suggested it for each of them (#31).
    from_suggestions: bool = False
    # The theme was made in the same step (a proposed cluster made a theme): the step's one
    # audit row says so, instead of one for the theme and one for its reflections.
    theme_is_new: bool = False

    @property
    def answer(self) -> tuple:
        """A disposition's value as DispositionRecord.answer compares it."""
        section_id = self.section.pk if self.section is not None else None
        return (self.kind, section_id, self.response.strip(), self.reason.strip())

    @property
    def decision(self) -> tuple:
        """What a theme's decision is compared on: the kind and the section, not the words."""
        return self.answer[:2]

    @property
    def is_disposition(self) -> bool:
        return self.action == Action.DISPOSITIONS

    @property
    def is_grouping(self) -> bool:
        return self.action == Action.GROUPED

    @property
    def is_removal(self) -> bool:
        return self.action == Action.THEME_REMOVED

    @property
    def label(self) -> str:
        if self.action == Action.DISPOSITIONS:
            return disposition_label(self.kind, self.section)
        if self.action == Action.GROUPED:
            if self.group is not None:
                return _("groep %(n)d") % {"n": self.group}
            return _("een nieuwe groep")
        return self.theme.name if self.theme is not None else ""


@dataclass
class Conflict:
    """Another theme of some of the chosen reflections, and what most of its other
    reflections were given."""

    theme: str
    decision: str
    reflections: list[int]


@dataclass
class Plan:
    """What a bulk step would do to each reflection asked for."""

    ask: Ask
    ids: list[int]
    fresh: list[int] = field(default_factory=list)  # get a value they did not have
    replaced: list[int] = field(default_factory=list)  # have another one, which it replaces
    unchanged: list[int] = field(default_factory=list)  # have it already
    before: dict[int, dict | None] = field(default_factory=dict)  # as BulkChange.before
    breakdown: list[tuple[str, str, int]] = field(default_factory=list)  # replaced: from, to, n
    multi_theme: list[int] = field(default_factory=list)  # carry more than one theme
    conflicts: list[Conflict] = field(default_factory=list)
    digest: str = ""
    target: str = ""  # grouping into an existing group: its label ("groep 3 ‘Campagne’")

    @property
    def conflicting(self) -> list[int]:
        """The chosen reflections in another theme whose decision differs from this step's."""
        return sorted({pk for conflict in self.conflicts for pk in conflict.reflections})

    @property
    def changes_anything(self) -> bool:
        return bool(self.fresh or self.replaced)

    @property
    def named_conflicts(self) -> list[tuple[Conflict, str]]:
        """Each conflict with the numbers of (at most NAMED of) its reflections."""
        return [
            (c, ", ".join(f"#{pk}" for pk in c.reflections[:NAMED])
             + (" …" if len(c.reflections) > NAMED else ""))
            for c in self.conflicts
        ]  # fmt: skip

    def chosen(self, *, replace: bool, leave_out_conflicting: bool) -> list[int]:
        """The reflections the step changes, as the editor confirmed it: the ones that had
        nothing, and the earlier work only when asked to replace it explicitly."""
        chosen = set(self.fresh) | (set(self.replaced) if replace else set())
        if leave_out_conflicting:
            chosen -= set(self.conflicting)
        return sorted(chosen)


def published_ids(version: PaperVersion, ids) -> list[int]:
    """The published reflections on ``version`` among ``ids``: all of them, or a refusal that
    names the others (a selection is applied completely or not at all)."""
    wanted = sorted({int(pk) for pk in ids})
    if not wanted:
        raise InvalidTransition(_("Kies eerst de reflecties."))
    found = set(
        Reflection.objects.filter(
            pk__in=wanted, version=version, status=Reflection.Status.APPROVED
        ).values_list("pk", flat=True)
    )
    others = [pk for pk in wanted if pk not in found]
    if others:
        raise InvalidTransition(
            _("Geen gepubliceerde reflectie op %(version)s: %(list)s.")
            % {"version": version, "list": ", ".join(f"#{pk}" for pk in others[:NAMED])}
        )
    return wanted


def preview(version: PaperVersion, ask: Ask, ids) -> Plan:
    """What the confirmation page shows: the plan of ``ask`` for ``ids``, once they are
    known to be published reflections on ``version`` and the step may be taken at all (the
    transition checks it again, under its locks)."""
    if ask.is_disposition and ask.draft.status != PaperVersion.Status.DRAFT:
        raise InvalidTransition(str(MSG_DISPOSITIONS_FIXED))
    if not ask.is_disposition and not can_code(version):
        raise InvalidTransition(str(MSG_CODING_FIXED))
    return plan(version, ask, published_ids(version, ids))


def plan(version: PaperVersion, ask: Ask, ids: list[int]) -> Plan:
    """What ``ask`` would change for the published reflections ``ids`` on ``version`` (the
    caller checked they are). Three to five queries, however many reflections."""
    found = Plan(ask=ask, ids=sorted(ids))
    themes = _themes_of(found.ids)
    found.multi_theme = sorted(pk for pk, given in themes.items() if len(given) > 1)
    if ask.action == Action.DISPOSITIONS:
        _plan_dispositions(found)
        found.conflicts = _conflicts(found, themes)
    elif ask.action == Action.GROUPED:
        _plan_grouping(found)
    else:
        _plan_theme(found, themes)
        if ask.action == Action.THEME_ASSIGNED:
            # Afterwards: those that carried another theme carry two.
            found.multi_theme = sorted(
                pk for pk, given in themes.items() if set(given) - {ask.theme.pk}
            )
    found.digest = _digest(found)
    return found


def _themes_of(ids: list[int]) -> dict[int, dict[int, dict]]:
    """Per reflection, its themes: theme id -> the assignment as BulkChange keeps it."""
    given: dict[int, dict[int, dict]] = defaultdict(dict)
    rows = ThemeAssignment.objects.filter(reflection_id__in=ids).values_list(
        "reflection_id", "theme_id", "pk", "assigned_by_id", "assigned_at", "from_suggestion"
    )
    for reflection_id, theme_id, pk, by, at, suggested in rows:
        kept = {"assignment": pk, "by": by, "at": at.isoformat()}
        if suggested:  # put back as it was: from an accepted suggestion (#31)
            kept["suggested"] = True
        given[reflection_id][theme_id] = kept
    return given


def _plan_theme(found: Plan, themes: dict[int, dict[int, dict]]) -> None:
    theme_id = found.ask.theme.pk
    for pk in found.ids:
        held = themes.get(pk, {}).get(theme_id)
        if found.ask.action == Action.THEME_ASSIGNED:
            (found.unchanged if held else found.fresh).append(pk)
        elif held:
            found.fresh.append(pk)  # loses the theme: what the editor asked, nothing to weigh
            found.before[pk] = held
        else:
            found.unchanged.append(pk)
    if found.ask.action == Action.THEME_ASSIGNED:
        found.before = dict.fromkeys(found.fresh)


def _plan_dispositions(found: Plan) -> None:
    current = {
        d.reflection_id: d
        for d in Disposition.objects.filter(reflection_id__in=found.ids).only(
            "reflection_id", "kind", "section_id", "response", "reason", "record_id"
        )
    }
    wanted = found.ask.answer
    replaced_from: Counter = Counter()
    for pk in found.ids:
        disposition = current.get(pk)
        if disposition is None:
            found.fresh.append(pk)
            found.before[pk] = None
            continue
        answer = (
            disposition.kind,
            disposition.section_id,
            disposition.response,
            disposition.reason,
        )
        if answer == wanted:
            found.unchanged.append(pk)
            continue
        found.replaced.append(pk)
        found.before[pk] = {"record": disposition.record_id}
        replaced_from[(disposition.kind, disposition.section_id)] += 1
    headings = _headings({section for _kind, section in replaced_from})
    to = found.ask.label
    found.breakdown = sorted(
        (
            (disposition_label(kind, headings.get(section)), to, n)
            for (kind, section), n in replaced_from.items()
        ),
        key=lambda row: (-row[2], row[0]),
    )


def _headings(section_ids) -> dict[int, Section]:
    wanted = {pk for pk in section_ids if pk is not None}
    if not wanted:
        return {}
    return {s.pk: s for s in Section.objects.filter(pk__in=wanted).only("number", "title")}


def _conflicts(found: Plan, themes: dict[int, dict[int, dict]]) -> list[Conflict]:
    """The chosen reflections that also carry a theme (other than the one the list was
    filtered on) whose decision differs from this step's: the answer most of that theme's
    other reflections have (#29: #262, written on section 8 and in that theme too, was
    silently told "Verwerkt (sectie 3)" by the step that ran first)."""
    step_theme = found.ask.theme.pk if found.ask.theme is not None else None
    others: dict[int, list[int]] = defaultdict(list)
    for pk, given in themes.items():
        for theme_id in given:
            if theme_id != step_theme:
                others[theme_id].append(pk)
    if not others:
        return []
    counts = (
        Disposition.objects.filter(
            reflection__theme_assignments__theme_id__in=list(others),
            reflection__status=Reflection.Status.APPROVED,
        )
        .exclude(reflection_id__in=found.ids)
        .values_list("reflection__theme_assignments__theme_id", "kind", "section_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    decided: dict[int, Counter] = defaultdict(Counter)
    for theme_id, kind, section_id, n in counts:
        decided[theme_id][(kind, section_id)] = n
    differing = {}
    for theme_id, answers in decided.items():
        # The theme's decision: what most of its other reflections have (ties: the first in
        # a fixed order, so the same data always says the same).
        decision = max(sorted(answers, key=lambda a: (a[0], a[1] or 0)), key=answers.get)
        if decision != found.ask.decision:
            differing[theme_id] = decision
    if not differing:
        return []
    headings = _headings({section for _kind, section in differing.values()})
    return [
        Conflict(theme.name, disposition_label(differing[theme.pk][0],
                                               headings.get(differing[theme.pk][1])),
                 sorted(others[theme.pk]))
        for theme in Theme.objects.filter(pk__in=list(differing)).in_order()
    ]  # fmt: skip


def _plan_grouping(found: Plan) -> None:
    memberships = dict(
        SimilarityMember.objects.filter(reflection_id__in=found.ids).values_list(
            "reflection_id", "group_id"
        )
    )
    wanted = set(memberships.values()) | ({found.ask.group} if found.ask.group else set())
    found_groups = list(SimilarityGroup.objects.filter(pk__in=wanted))
    groups = {
        g.pk: {"group": g.pk, "by": g.formed_by_id, "at": g.formed_at.isoformat(), "name": g.name}
        for g in found_groups
    }
    found.target = next((g.label for g in found_groups if g.pk == found.ask.group), "")
    moved: Counter = Counter()
    for pk in found.ids:
        group_id = memberships.get(pk)
        if group_id is not None and group_id == found.ask.group:
            found.unchanged.append(pk)  # in the group it joins already
        elif group_id is None:
            found.fresh.append(pk)
            found.before[pk] = None
        else:
            found.replaced.append(pk)
            found.before[pk] = groups[group_id]
            moved[group_id] += 1
    to = found.ask.label
    found.breakdown = [
        (_("groep %(n)d") % {"n": group_id}, to, n) for group_id, n in sorted(moved.items())
    ]


def joining(ask: Ask, ids) -> Ask:
    """Grouping reflections of which some are in a group already: they join that group (the
    one holding most of them; ties: the oldest), which keeps its number and name, instead of
    forming a new group in which it vanishes (#29). One query."""
    if not ask.is_grouping or ask.group is not None:
        return ask
    held = Counter(
        SimilarityMember.objects.filter(reflection_id__in=list(ids)).values_list(
            "group_id", flat=True
        )
    )
    if not held:
        return ask
    return dataclasses.replace(ask, group=min(held, key=lambda g: (-held[g], g)))


def _digest(found: Plan) -> str:
    """What the editor was shown, as one value: what the step gives, the reflections, what
    each has now, and which carry other themes (decided otherwise)."""
    shown = {
        "action": found.ask.action,
        "gives": [
            found.ask.theme.pk if found.ask.theme else None,
            *found.ask.answer,
            found.ask.group,
            found.ask.from_suggestions,
        ],
        "ids": found.ids,
        "before": {str(pk): found.before.get(pk) for pk in found.ids},
        "unchanged": found.unchanged,
        "multi_theme": found.multi_theme,
        "conflicting": found.conflicting,
    }
    return hashlib.sha256(json.dumps(shown, sort_keys=True).encode()).hexdigest()


# --- the steps taken, and undoing one ------------------------------------------------------


def steps(version: PaperVersion) -> QuerySet:
    """The bulk steps on the reflections of ``version``, newest first."""
    return BulkStep.objects.filter(version=version).select_related(
        "taken_by", "undone_by", "section", "draft"
    )


def recent_steps(version: PaperVersion) -> list[BulkStep]:
    return list(steps(version)[:RECENT_STEPS])


def history(reflection: Reflection) -> list[DispositionRecord]:
    """The values the disposition of ``reflection`` had, newest first: who, when, in which
    bulk step (and whether that was undone). One query."""
    records = DispositionRecord.objects.filter(reflection=reflection).select_related(
        "decided_by", "section", "step"
    )
    return list(records.order_by("-pk")[:HISTORY])


def changed_since(step: BulkStep, changes: list[BulkChange]) -> list[int]:
    """The reflections of ``step`` whose value is no longer the one the step gave them:
    someone changed them since (one query)."""
    ids = [c.reflection_id for c in changes]
    if step.action == Action.DISPOSITIONS:
        now = {
            d.reflection_id: d
            for d in Disposition.objects.filter(reflection_id__in=ids).select_related("record")
        }
        return sorted(
            c.reflection_id for c in changes
            if not _still(now.get(c.reflection_id), c.after["record"])
        )  # fmt: skip
    if step.action == Action.GROUPED:
        now = dict(
            SimilarityMember.objects.filter(reflection_id__in=ids).values_list(
                "reflection_id", "group_id"
            )
        )
        return sorted(
            c.reflection_id for c in changes
            if now.get(c.reflection_id) != (c.after or {}).get("group")
        )  # fmt: skip
    assigned = ThemeAssignment.objects.filter(theme_id=step.theme_id, reflection_id__in=ids)
    if step.action == Action.THEME_ASSIGNED:
        # Taken away and given again is a change too: the assignment is another row.
        held = set(assigned.values_list("pk", flat=True))
        return sorted(c.reflection_id for c in changes if c.after["assignment"] not in held)
    holders = set(assigned.values_list("reflection_id", flat=True))
    return sorted(c.reflection_id for c in changes if c.reflection_id in holders)


def _still(disposition: Disposition | None, record_id: int) -> bool:
    """The disposition is still the entry the step wrote, word for word (an edit in the
    admin changes the words without a new entry)."""
    if disposition is None or disposition.record_id != record_id:
        return False
    record: DispositionRecord = disposition.record
    return record.answer == (
        disposition.kind,
        disposition.section_id,
        disposition.response,
        disposition.reason,
    )


@dataclass
class Undo:
    """What undoing a step would put back, or why it cannot."""

    step: BulkStep
    changes: list[BulkChange]
    changed_since: list[int]
    breakdown: list[tuple[str, str, int]]  # what they have now, what they get back, n

    @property
    def named(self) -> str:
        return ", ".join(f"#{pk}" for pk in self.changed_since[:NAMED])


def undo_preview(step: BulkStep) -> Undo:
    """Undoing ``step``: per kind of value, how many go back to what; and the reflections
    changed since, which stop it (four queries)."""
    changes = list(step.changes.order_by("reflection_id"))
    moved = changed_since(step, changes) if not step.is_undone else []
    return Undo(step, changes, moved, _undo_breakdown(step, changes))


def _undo_breakdown(step: BulkStep, changes: list[BulkChange]) -> list[tuple[str, str, int]]:
    counted: Counter = Counter()
    if step.action == Action.DISPOSITIONS:
        records = {
            r.pk: r
            for r in DispositionRecord.objects.filter(
                pk__in=[c.before["record"] for c in changes if c.before]
            ).select_related("section")
        }
        for c in changes:
            record = records.get((c.before or {}).get("record"))
            counted[disposition_label(record.kind, record.section) if record else _("geen")] += 1
        now = step.what
    elif step.action == Action.GROUPED:
        for c in changes:
            counted[_("groep %(n)d") % {"n": c.before["group"]} if c.before else _("geen")] += 1
        now = _("de groep van deze stap")
    elif step.action == Action.THEME_ASSIGNED:
        counted[_("zonder ‘%(theme)s’") % {"theme": step.theme_name}] = len(changes)
        now = step.theme_name
    else:
        counted[step.theme_name] = len(changes)
        now = _("zonder ‘%(theme)s’") % {"theme": step.theme_name}
    return [(str(now), str(back), n) for back, n in counted.most_common()]
