"""What the import wizard's preview can tell of a row of companies, interactions or
tasks before it is imported (no database): a value the kind requires that the row
does not give, and an interaction that names no contact. The writers check the same
when the rows are stored (import_records_companies, import_records_activity), and
more: which contact a row names, and whether that record is stored already.

Purchases are not checked here: the rows of one order share its date, total,
currency and customer, any row of it may give them (import_purchases).
"""

from __future__ import annotations

from ..errors import ServiceError
from .import_records_links import NO_CONTACT_GIVEN
from .import_records_rows import MISSING, RecordRow, RowReader
from .mapping_cells import ValueProblem

#: Per kind, the fields every row must give.
REQUIRED = {"companies": ("name",), "interactions": ("channel", "occurred_at"),
            "tasks": ("title",)}
#: Kinds whose rows must name their contact (by email address or name).
NAMES_CONTACT = ("interactions",)


def row_problems(reader: RowReader, row: RecordRow) -> list[ServiceError]:
    """The problems of a row read by ``reader`` that the preview can see: its cells'
    (RecordRow.issues), then what it leaves out."""
    problems: list[ServiceError] = list(row.issues)
    given = {key for key, value in row.values.items() if value not in (None, "")}
    if reader.kind in NAMES_CONTACT and not given & {"contact_email", "contact_name"}:
        problems.append(ValueProblem(NO_CONTACT_GIVEN))  # context "Import", as marked
    for key in REQUIRED.get(reader.kind, ()):
        if key not in given:
            problems.append(ValueProblem(MISSING, column=reader.label(key)))
    return problems
