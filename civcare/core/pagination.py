"""Pagination without a COUNT query: one query per page, whatever the size of the list.

Django's Paginator counts the whole list first and skips the page query when the count
is 0, so a page's query count would change with the data. Fetching one row more than
the page size tells whether there is a next page; totals, where shown, come from the
aggregate queries the page already makes.
"""

from __future__ import annotations

from dataclasses import dataclass


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


def page_number(value) -> int:
    try:
        return max(1, min(int(value), 10_000))
    except (TypeError, ValueError):
        return 1


def paginate(queryset, number, size: int) -> Page:
    number = page_number(number)
    offset = (number - 1) * size
    rows = list(queryset[offset : offset + size + 1])
    return Page(object_list=rows[:size], number=number, has_next=len(rows) > size)
