"""Columns are fitted to the first rows of a register page, not to every row fetched (open to first paint)."""

from __future__ import annotations

from compliance_desk.ui.shell.controller import Controller
from compliance_desk.ui.widgets.register_page import FIT_ROWS


def test_fitting_the_columns_reads_the_first_rows_only(unlocked_app: Controller) -> None:
    # The KYC page fitted every column to the 1 000 rows it fetched first (Qt's default precision):
    # 80 000 calls of data() at first paint, most of the time the window took to open on a large register.
    assert unlocked_app.main is not None
    page = unlocked_app.main.kyc
    rows: set[int] = set()
    read = page.model._row

    def watched(row: int):  # type: ignore[no-untyped-def]
        rows.add(row)
        return read(row)

    page.model._row = watched  # type: ignore[method-assign]
    page.fit_columns()
    assert page.model.rows_fetched > FIT_ROWS  # the demo register's 300 customers: more than are fitted
    assert rows and len(rows) <= FIT_ROWS
    assert min(rows) == 0  # the rows the officer sees first
