"""A table model that pages rows from the register: 200 000 rows open as fast as 200.

Sorting, filtering and search run in SQL (storage.listing); the model only ever holds the pages
the view has asked for, in a small cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from compliance_desk.domain import breaches, clock
from compliance_desk.domain.completeness import missing
from compliance_desk.domain.dates import arabic_digits
from compliance_desk.domain.disclosures import deadline
from compliance_desk.domain.entities import Entity, Field
from compliance_desk.storage import clocks, listing
from compliance_desk.storage.pg.errors import ConnectionLost
from compliance_desk.storage.register import Register
from compliance_desk.ui.widgets.format import (
    MOMENT_FIELDS,
    PLAIN,
    DisplayOptions,
    digits,
    display_text,
    local_time_text,
    natural,
)

PAGE_SIZE = listing.PAGE_SIZE  # rows read at a time (the first with a search's count, on a server)
MAX_PAGES = 40
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # a stored column, or "completeness"
    en: str
    ar: str
    field: Field | None = None
    sortable: bool = True

    def header(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


# Column titles for fields whose form label is too long for a table at 1 024 px (the header's tooltip
# keeps the form's label): the title reads whole, the column stays narrow.
SHORT_TITLES: dict[tuple[str, str], tuple[str, str]] = {
    ("customer", "full_name_ar"): ("Name (Arabic)", "الاسم بالعربية"),
    ("customer", "full_name_en"): ("Name (Latin)", "الاسم اللاتيني"),
    ("customer", "pep"): ("PEP", "شخص سياسي"),
    ("customer", "risk_rating"): ("Risk", "المخاطر"),
    ("customer", "last_verified"): ("Verified", "آخر تحقق"),
    ("customer", "next_review"): ("Re-verify by", "إعادة التحقق"),
}


def columns_for(entity: Entity) -> list[Column]:
    columns = [Column("reference", "Reference", "المرجع")] if entity.prefix else []
    columns += [Column(f.name, *SHORT_TITLES.get((entity.name, f.name), (f.en, f.ar)), f)
                for f in entity.fields if f.kind != "ref"]
    if entity.name == "activity":
        columns.append(Column("completeness", "Completeness", "الاكتمال", sortable=False))
    if entity.name in ("disclosure", "request"):
        columns.insert(1, Column("deadline", "Deadline", "الموعد النهائي", sortable=False))
    if entity.name == "breach":
        columns.insert(1, Column("clock", "SDAIA 72-hour clock", "مهلة إبلاغ سدايا (72 ساعة)", sortable=False))
    columns.append(Column("updated_at", "Updated", "آخر تحديث"))
    return columns


WIDTHS = {"date": 100, "datetime": 170, "bool": 70, "int": 80, "code": 120, "codes": 150, "country": 120, "text": 150,
          "longtext": 200}


def column_width(column: Column) -> int:
    """A column's widest fitted width (the officer may widen it; longer text is elided, whole in its tooltip):
    kept small enough that five columns fit beside the navigation at 1 024 px."""
    if column.field is None:
        return {"reference": 110, "completeness": 120, "deadline": 170, "clock": 190}.get(column.key, 130)
    if column.field.name.startswith(("name_", "full_name", "requester_name")):
        return 170
    return WIDTHS.get(column.field.kind, 150)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, entity: Entity, lang: str, parent: Any = None, options: DisplayOptions = PLAIN) -> None:
        super().__init__(parent)
        self.entity = entity
        self.lang = lang
        self.options = options
        self.columns = columns_for(entity)
        self.query = listing.ListQuery(entity)
        self._register: Register | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.rows_fetched = 0  # how many rows were read from the register so far (for tests)
        self.on_error: Callable[[Exception], None] | None = None

    # ------------------------------------------------------------------ data source
    def set_register(self, register: Register | None) -> None:
        """Point the model at a register (None empties it, e.g. on lock). Counted first: a server out
        of reach leaves the model showing what it showed."""
        count = listing.count(register, self.query) if register is not None else 0
        self.beginResetModel()
        self._register = register
        self._pages.clear()
        self._count = count
        self.endResetModel()

    def refresh(self) -> None:
        self.set_register(self._register)

    def set_query(self, **changes: Any) -> None:
        before = {key: getattr(self.query, key) for key in changes}
        for key, value in changes.items():
            setattr(self.query, key, value)
        try:
            self.refresh()
        except Exception:  # not read (a server out of reach): the query stays the one shown
            for key, value in before.items():
                setattr(self.query, key, value)
            raise

    @property
    def total(self) -> int:
        return self._count

    def _row(self, row: int) -> dict[str, Any] | None:
        if self._register is None or not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = listing.page(self._register, self.query, number * PAGE_SIZE, PAGE_SIZE)
            self.rows_fetched += len(page)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def record_id(self, row: int) -> int | None:
        found = self._row(row)
        return int(found["id"]) if found else None

    def row_of(self, record_id: int) -> int | None:
        """The row showing `record_id` (None when the query's filters hide it)."""
        for number, page in self._pages.items():
            for offset, found in enumerate(page):
                if found["id"] == record_id:
                    return number * PAGE_SIZE + offset
        if self._register is None:
            return None
        return listing.position(self._register, self.query, record_id)

    # ------------------------------------------------------------------ Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.ToolTipRole and column.field is not None:  # the form's label, whole
                return digits(column.field.label(self.lang))
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # (a narrow column elides it)
                return digits(column.header(self.lang))
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return self.options.number(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            return self._data(index, role)
        except ConnectionLost as error:  # a server register out of reach: blank cells, not an error per paint
            if self.on_error is not None:  # (the window says so and reconnects: ui/shell/live_refresh.py)
                self.on_error(error)
            return None

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == ID_ROLE:
            return int(row["id"])
        if column.key == "deadline":
            return self._deadline_data(row, role)
        if column.key == "clock":
            return self._clock_data(row, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.key == "completeness":
                gaps = missing(row)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(g.label(self.lang) for g in gaps) or None
                if not gaps:
                    return "✓ " + self.tr("Complete")
                return self.tr("Missing %1").replace("%1", self.options.number(len(gaps)))
            value = row.get(column.key)
            if column.field is None:
                if column.key.endswith("_at"):
                    return local_time_text(value, self.options)
                return "" if value is None else str(value)
            zone = self._org_zone() if column.field.name in MOMENT_FIELDS else None
            text = display_text(column.field, value, self.lang, options=self.options, zone=zone,
                                zone_key=row.get("time_zone"), shown_key=self._org_zone_key())
            if column.field.kind in ("text", "longtext") and zone is None:
                text = natural(text)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "completeness" and missing(row):
            return QColor("#a33")
        return None

    def _deadline_data(self, row: dict[str, Any], role: int) -> Any:
        """Words first ("Overdue by 3 days"), colour as a second signal, never colour alone."""
        if self.entity.name == "request":  # the PDPL clock, in the organisation's time zone
            from compliance_desk.domain.requests.deadlines import deadline as request_deadline

            state: Any = request_deadline(row, self._local_today())
        else:
            state = deadline(row, clock.today())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = state.text(self.lang)
            return arabic_digits(text) if self.options.arabic_digits else text
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = {"overdue": "#b00020", "due_soon": "#8a5300", "done": "#2e7d32"}.get(state.state)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and getattr(state, "emergency", False) and state.state != "done":
            return QColor("#fdecea")
        if role == Qt.ItemDataRole.FontRole and state.state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _local_today(self) -> Any:
        """Today in the organisation's time zone."""
        from compliance_desk.domain.requests.deadlines import local_today

        zone = self._org_zone()
        return clock.today() if zone is None else local_today(clock.now(), zone)

    def _org_zone_key(self) -> str | None:
        """The organisation's zone by name (read once per register): wall-clock times show in it."""
        if self._register is None:
            return None
        key = getattr(self, "_zone_key", None)
        if key is None or key[0] is not self._register:
            key = self._zone_key = (self._register, clocks.zone_key(self._register))
        return key[1]

    def _org_zone(self) -> Any:
        """The organisation's time zone (read once per register); None without a register."""
        from compliance_desk.storage.clocks import time_zone

        if self._register is None:
            return None
        zone = getattr(self, "_zone", None)
        if zone is None or zone[0] is not self._register:
            zone = self._zone = (self._register, time_zone(self._register))
        return zone[1]
    def _clock_data(self, row: dict[str, Any], role: int) -> Any:
        """A breach's 72-hour clock to SDAIA in words ("41 h 20 min left …"), red in the last 12 hours."""
        found = breaches.clock(row, clock.now())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = found.text(self.lang)
            return arabic_digits(text) if self.options.arabic_digits else text
        if role == Qt.ItemDataRole.ForegroundRole and found.running:
            return QColor("#b00020" if found.stage in ("overdue", "last_hour", "last_12h") else "#8a5300")
        if role == Qt.ItemDataRole.FontRole and found.stage == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.query.sort = self.columns[column].key
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
