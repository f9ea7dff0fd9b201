"""Every state change of a reflection, one function per transition.

Each transition runs in one transaction: it locks the reflection row, checks the
actor's permission (PermissionDenied) and the current state (InvalidTransition, a
different error), changes the state, writes a ModerationEvent and schedules the
author's email for after the commit. Two moderators acting at once therefore leave
one consistent result: the second one finds the state already changed.

By subject: base (what they share), authoring, decisions, published. Callers use the
package (``moderation.approve``), as before the split."""

from civcare.core.audit import InvalidTransition

from .authoring import (
    TooManyPresentationChanges,
    change_presentation,
    closed_for_editing,
    edit,
    is_quote_of,
    quote_fields,
    submit,
    why_not_editable,
    withdraw,
)
from .base import (
    DECLINE_REASON_LABELS,
    DECLINE_REASONS,
    MSG_CHANGED_SINCE_READ,
    UNCHECKED,
    Action,
    OwnReflection,
    PostingRefused,
    Status,
    check_length,
    checked,
)
from .decisions import approve, bulk_approve, decline, preview_redaction, redact, request_revision
from .published import AlreadyReported, TooManyReports, add_note, keep_published, reopen, report

__all__ = [
    "DECLINE_REASONS",
    "DECLINE_REASON_LABELS",
    "MSG_CHANGED_SINCE_READ",
    "UNCHECKED",
    "Action",
    "AlreadyReported",
    "InvalidTransition",
    "OwnReflection",
    "PostingRefused",
    "Status",
    "TooManyPresentationChanges",
    "TooManyReports",
    "add_note",
    "approve",
    "bulk_approve",
    "change_presentation",
    "check_length",
    "checked",
    "closed_for_editing",
    "decline",
    "edit",
    "is_quote_of",
    "keep_published",
    "preview_redaction",
    "quote_fields",
    "redact",
    "reopen",
    "report",
    "request_revision",
    "submit",
    "why_not_editable",
    "withdraw",
]
