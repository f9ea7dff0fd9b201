"""Numbers read from a request (a page, a paragraph, an id in a form): one rule for all.

``str.isdigit()`` is not that rule: it accepts "²" and "٣" (int() of the first fails: a 500)
and digits without end (int() refuses more than 4,300 of them, and converting a long one
costs time). A number from a request is 1 to 9 ASCII digits, leading zeros allowed; anything
else is no number, and the caller answers as for a number that does not exist (404, or the
form's own error).
"""

from __future__ import annotations

import re

NUMBER_RE = re.compile(r"[0-9]{1,9}")


def parse_number(value: object) -> int | None:
    """The number ``value`` spells (0 included), or None."""
    if not isinstance(value, str) or NUMBER_RE.fullmatch(value) is None:
        return None
    return int(value)


def parse_positive_int(value: object) -> int | None:
    """The number ``value`` spells when it is 1 or more (a page, a paragraph, an id), or None."""
    number = parse_number(value)
    return number if number else None
