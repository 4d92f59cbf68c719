"""Tables whose rows stay whole across page breaks, unless a row is taller than a page.

RML's `splitInRow` is all or nothing: with it ReportLab splits a row at the foot
of any page where the next row does not fit (a key figure's name on one page, the
significance on the next); without it a row taller than a page cannot be set at
all. This table splits only between rows, and inside a row only at the top of a
frame, which is where a row that does not fit must be taller than the frame.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table


class WholeRowTable(Table):
    """A platypus Table that splits inside a row only at the top of a frame."""

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        frame = getattr(self, "_frame", None)
        in_row: int = self.splitInRow  # type: ignore[has-type]  # ReportLab's attribute, unannotated
        if in_row and not (frame is not None and frame._atTop):
            self.splitInRow = 0
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitInRow = in_row
        for part in parts:
            if isinstance(part, Table):
                part.splitInRow = in_row
        return parts
