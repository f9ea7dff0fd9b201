"""Pagination without a COUNT query: one query per page, whatever the size of the list.

Django's Paginator counts the whole list first and skips the page query when the count
is 0, so a page's query count would change with the data. Fetching one row more than
the page size tells whether there is a next page; totals, where shown, come from the
aggregate queries the page already makes.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404

from .params import parse_positive_int


@dataclass
class Page:
    object_list: list
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_other_pages(self) -> bool:
        return self.has_next or self.has_previous

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)


# No list is this long; a higher number is no page of it.
MAX_PAGE = 10_000


def page_number(value: str | int | None) -> int:
    """The page a request asks for (``?pagina=``): 1 when it names none. Anything but a
    number (civcare.core.params: "²", "abc", 4,300 digits) or a number beyond MAX_PAGE is
    no page: 404. Leading zeros are the same page ("007" is 7)."""
    if value is None or value == "":
        return 1
    number = value if isinstance(value, int) else parse_positive_int(value)
    if number is None or not 1 <= number <= MAX_PAGE:
        raise Http404
    return number


def paginate(queryset, number, size: int, *, beyond_last_is_404: bool = False) -> Page:
    """One page of ``queryset``. A page past the last one is empty; with
    ``beyond_last_is_404`` (a public page cached under its number, where every number
    anyone asks for would otherwise be one more copy) it is a 404, as in Django's own list
    views. A signed-in list keeps the empty page: a moderator who handled the last items of
    the last page is sent back to it."""
    number = page_number(number)
    offset = (number - 1) * size
    rows = list(queryset[offset : offset + size + 1])
    if beyond_last_is_404 and number > 1 and not rows:
        raise Http404
    return Page(object_list=rows[:size], number=number, has_next=len(rows) > size)
