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

from civcare.core.audit import InvalidTransition

from ..models import can_code
from .adoption import promote, record_decision
from .answers import delete_standard_answer, save_standard_answer
from .bulk import (
    assign_theme,
    form_group,
    record_dispositions,
    record_dispositions_for_theme,
    remove_theme,
    take_bulk_step,
    undo_bulk_step,
)
from .consultation import close_consultation, open_consultation, plan_closing, set_reflection_policy
from .dispositions import record_disposition
from .drafting import amend_section, create_draft, next_number
from .grouping import dissolve_group, name_group, set_meaning_threshold, take_similar
from .passages import confirm_passage, correct_passage
from .syntheses import save_synthesis
from .themes import (
    change_theme,
    create_theme,
    delete_theme,
    merge_themes,
    split_theme,
    theme_from_cluster,
)

__all__ = [
    "InvalidTransition",
    "amend_section",
    "assign_theme",
    "can_code",
    "change_theme",
    "close_consultation",
    "confirm_passage",
    "correct_passage",
    "create_draft",
    "create_theme",
    "delete_standard_answer",
    "delete_theme",
    "dissolve_group",
    "form_group",
    "merge_themes",
    "name_group",
    "next_number",
    "open_consultation",
    "plan_closing",
    "promote",
    "record_decision",
    "record_disposition",
    "record_dispositions",
    "record_dispositions_for_theme",
    "remove_theme",
    "save_standard_answer",
    "save_synthesis",
    "set_meaning_threshold",
    "set_reflection_policy",
    "split_theme",
    "take_bulk_step",
    "take_similar",
    "theme_from_cluster",
    "undo_bulk_step",
]
