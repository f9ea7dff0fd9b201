"""The adopted norm as one canonical text, and its SHA-256 published with the version.

Anyone can check afterwards that an adopted version was not changed: the hash of its text
now must equal the hash recorded at adoption.
"""

from __future__ import annotations

import hashlib

from .models import PaperVersion, QuestionSet


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


def verify_hash(version: PaperVersion) -> bool:
    return bool(version.content_hash) and version.content_hash == content_hash(version)
