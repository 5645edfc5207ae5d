from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from compliance_desk.domain.entities import ACTIVITY
from compliance_desk.storage import activities
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.table_model import ID_ROLE, RecordTableModel


@pytest.fixture
def demo_register(demo_path: Path):
    from tests.conftest import PASSPHRASE

    with Register.open(demo_path, PASSPHRASE) as register:
        yield register


def test_model_passes_qtmodeltester(qtmodeltester, demo_register: Register) -> None:
    model = RecordTableModel(ACTIVITY, "en")
    model.set_register(demo_register)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_register(None)
    qtmodeltester.check(model)


def test_labels_in_the_ui_language(demo_register: Register) -> None:
    model = RecordTableModel(ACTIVITY, "ar")
    model.set_register(demo_register)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("الأساس النظامي")
    assert model.data(model.index(0, column)) == "تنفيذ عقد"
    assert model.data(model.index(0, headers.index("الاكتمال"))).startswith("✓")


def test_hundred_thousand_activities_open_without_loading_them(register: Register, qtbot) -> None:
    from PySide6.QtWidgets import QTableView

    with register.atomic():
        for n in range(100_000):
            register.insert(ACTIVITY, {"reference": f"PA-{n + 1:06d}", "name_en": f"Bulk activity {n}",
                                       "status": "active"})
    model = RecordTableModel(ACTIVITY, "en")
    model.set_register(register)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 100_000
    assert model.rows_fetched <= 400  # the first page or two, not 100 000
    view.scrollToBottom()
    qtbot.wait(10)
    assert model.data(model.index(99_999, 0)) == "PA-100000"
    assert model.rows_fetched <= 800


def test_sort_and_filter_go_to_sql(demo_register: Register) -> None:
    model = RecordTableModel(ACTIVITY, "en")
    model.set_register(demo_register)
    name = [c.key for c in model.columns].index("name_en")
    model.sort(name, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, name)) for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    model.set_query(filters={"legal_bases": "consent"})
    assert model.rowCount() == 4
    model.set_query(filters={}, search="المدفوعات")
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["PA-0003"]
    assert model.data(model.index(0, 0), ID_ROLE) == 3
    activities.retire_activity(demo_register, 3)
    model.set_query(search="", filters={"status": "retired"})
    assert model.rowCount() == 1
