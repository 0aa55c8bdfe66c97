"""The page cache both windowed models keep: pages of rows by number, least recently
used dropped first, so a long scroll holds a few thousand rows, not the table."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

Row = TypeVar("Row")


class PageCache(Generic[Row]):
    def __init__(self, page_size: int, pages_kept: int) -> None:
        self.page_size = page_size
        self._kept = pages_kept
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()

    def row(self, position: int, fetch: Callable[[int], list[Row]]) -> Row | None:
        """The row at ``position``; ``fetch(page_number)`` reads a page not cached."""
        number, within = divmod(position, self.page_size)
        rows = self._pages.get(number)
        if rows is None:
            rows = fetch(number)
        else:
            self._pages.move_to_end(number)
        return rows[within] if within < len(rows) else None

    def get(self, number: int) -> list[Row] | None:
        return self._pages.get(number)

    def store(self, number: int, rows: list[Row]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self._kept:
            self._pages.popitem(last=False)

    def clear(self) -> None:
        self._pages.clear()
