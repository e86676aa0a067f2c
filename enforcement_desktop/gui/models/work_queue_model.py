"""The work queue as a table model over SQL windows.

The model knows the row count up front (``queue_count``) and reads the rows it is asked for in
pages of :data:`PAGE_SIZE` (``queue_page``), keeping a bounded cache of pages keyed by their first
row. Jumping to the end of a million rows therefore costs one page query, not a million rows in
Python (Anki's browser table model keeps ids and loads rows lazily; this keeps neither).

Pages past the middle are read with the sort order reversed and an offset counted from the end,
then turned round: ``ORDER BY x, id`` reversed is ``ORDER BY x DESC, id DESC`` exactly (the id
breaks every tie, and both SQLite and PostgreSQL put NULLs at the opposite end when the direction
flips), and a small offset from the end is far cheaper than a large one from the start.

Sorting and filtering happen in SQL; each read opens its own short-lived session. The count and
the pages are read as operations on the search lane (:mod:`enforcement_desktop.gui.operations`),
so a slow query never freezes the window: rows not read yet show "…" until their page arrives,
and pages the user scrolled past before they were read are dropped from the queue of reads. A
read that a newer filter or sort has made useless before it started costs no query: the search
lane is shared with the search box, which should not wait behind counts nobody will see.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.operations import Lane, Operation, runner_for
from enforcement_desktop.gui.widgets.client_banner import PV_TEXT, PvMarkerRole
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.service_requests import (
    QueueColumn,
    QueueFilter,
    QueueRow,
    queue_count,
    queue_page,
)

PAGE_SIZE = 200
#: Pages kept in memory (about 10,000 rows).
MAX_CACHED_PAGES = 50
#: Page reads waiting for the worker; older requests (rows scrolled past) are dropped.
MAX_PENDING_PAGES = 4
#: Shown in a cell whose page is still being read.
LOADING_TEXT = "…"

#: The service request id of a row.
SrIdRole = Qt.ItemDataRole.UserRole + 1
#: The contact id of the row's client (the paying parent of the case).
ContactIdRole = Qt.ItemDataRole.UserRole + 2
#: True when the row's wait date has passed.
OverdueRole = Qt.ItemDataRole.UserRole + 3

OVERDUE_COLOUR = QColor("#b00020")

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Window:
    """Everything a page read needs, captured on the GUI thread for the worker."""

    queue_filter: QueueFilter
    as_of: date
    sort_key: QueueColumn
    descending: bool
    count: int


def _fetch_page(ctx: ServiceContext, window: _Window, page_no: int) -> list[QueueRow]:
    """Read one page (an operation's work: it opens its own session)."""
    start = page_no * PAGE_SIZE
    limit = min(PAGE_SIZE, window.count - start)
    if limit <= 0:
        return []
    from_end = window.count - (start + limit)
    reverse = from_end < start
    with ctx.db.sessions() as session:
        rows = queue_page(
            session,
            window.queue_filter,
            window.as_of,
            sort=window.sort_key,
            descending=window.descending != reverse,
            offset=from_end if reverse else start,
            limit=limit,
        )
    if reverse:
        rows.reverse()
    return rows


def _fetch_count(ctx: ServiceContext, queue_filter: QueueFilter, as_of: date) -> int:
    if not queue_filter.statuses:
        return 0  # nothing ticked: an empty queue, not every status
    with ctx.db.sessions() as session:
        return queue_count(session, queue_filter, as_of)


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    #: The SQL sort key, and whether ascending on screen is descending in SQL (age).
    sort_key: QueueColumn
    inverted: bool = False
    numeric: bool = False


#: The columns, in order. Column constants below index into it.
COLUMNS: tuple[Column, ...] = (
    # Urgent and priority clients (Check CSA) come first whatever the sort; the reasons on hover.
    Column("Priority", QueueColumn.ATTENTION),
    Column("SR", QueueColumn.ID, numeric=True),
    Column("Client", QueueColumn.CLIENT),
    Column("SCIN", QueueColumn.SCIN),
    Column("Category", QueueColumn.CATEGORY),
    Column("Status", QueueColumn.STATUS),
    Column("Sub status", QueueColumn.SUB_STATUS),
    Column("Wait date", QueueColumn.WAIT_UNTIL),
    Column("Opened", QueueColumn.OPENED_ON),
    Column("Age (days)", QueueColumn.OPENED_ON, inverted=True, numeric=True),
    Column("Owner", QueueColumn.OWNER),
)
COL_ATTENTION, COL_ID, COL_CLIENT, COL_SCIN, COL_CATEGORY, COL_STATUS = range(6)
COL_SUB_STATUS, COL_WAIT, COL_OPENED, COL_AGE, COL_OWNER = range(6, 11)
#: The Priority column's words and colours: as the banner's chips.
ATTENTION_TEXT = {2: "Urgent", 1: "Priority"}
ATTENTION_COLOURS = {2: QColor("#b3261e"), 1: QColor("#8a5300")}


class WorkQueueModel(QAbstractTableModel):
    """Service requests of the work queue, read a page at a time.

    Args:
        ctx: The service context (its ``db.sessions`` gives the short-lived sessions).
        queue_filter: The initial filter (default: the user's open, in-progress and waiting SRs).
        today: Returns today's date (overdue wait dates are before it); default ``ctx.today``.
    """

    #: The number of rows is known (after a reload, a new filter or a new sort).
    counted = Signal(int)
    #: A read failed; the message says why.
    load_failed = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        queue_filter: QueueFilter | None = None,
        parent: QObject | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._runner = runner_for(ctx)
        self._today = today or ctx.today
        self._filter = queue_filter or QueueFilter(owner=ctx.user)
        self._sort_column = COL_WAIT
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._count = 0
        self._counting = False
        self._generation = 0
        self._pages: OrderedDict[int, list[QueueRow]] = OrderedDict()
        self._pending: OrderedDict[int, None] = OrderedDict()
        self._in_flight: int | None = None
        #: A page asked for from data() arrives while data() still runs (synchronous workers):
        #: it is returned, not announced with dataChanged.
        self._asking = False
        self._as_of = self._today()
        #: Page queries run so far (for tests and the benchmark).
        self.page_loads = 0
        self.reload()

    # ----------------------------------------------------------------- our API

    @property
    def queue_filter(self) -> QueueFilter:
        return self._filter

    @property
    def counting(self) -> bool:
        """True while the number of rows is being read."""
        return self._counting

    def set_filter(self, queue_filter: QueueFilter) -> None:
        """Apply a new filter (in SQL); the rows are read again."""
        if queue_filter == self._filter:
            return
        self._filter = queue_filter
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(replace(self._filter, **changes))

    def reload(self) -> None:
        """Forget every page and read the count again (after a change, a new filter, or F5)."""
        self.beginResetModel()
        self._generation += 1
        self._pages.clear()
        self._pending.clear()
        self._as_of = self._today()
        self._count = 0
        self._counting = True
        self.endResetModel()
        generation = self._generation
        flt, as_of = self._filter, self._as_of

        def count(ctx: ServiceContext) -> int | None:
            if not self._current(generation):
                return None  # filtered or sorted again before it started: no query
            return _fetch_count(ctx, flt, as_of)

        self._runner.run(
            Operation(
                self,
                count,
                lambda counted: self._count_done(generation, counted),
                lambda exc: self._failed(generation, exc),
                lane=Lane.SEARCH,
                key="queue-count",
            )
        )

    def _current(self, generation: int) -> bool:
        # Read from the search lane too: a plain int, set only on the GUI thread.
        return generation == self._generation

    def _count_done(self, generation: int, count: int | None) -> None:
        if generation != self._generation or count is None:
            return
        self.beginResetModel()
        self._count = count
        self._counting = False
        self.endResetModel()
        self.counted.emit(count)

    def _failed(self, generation: int, exc: BaseException) -> None:
        self._in_flight = None
        if generation == self._generation:
            self._counting = False
            self.load_failed.emit(f"The work queue could not be read: {exc}")

    def row_at(self, row: int) -> QueueRow | None:
        """The service request shown at ``row``; None while its page is being read.

        A page not in memory is asked for on the search lane (``dataChanged`` says when it has
        come); with synchronous workers (tests) it is read before this returns.
        """
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._page(page_no)
        if page is None or offset >= len(page):
            return None
        return page[offset]

    def sr_id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def is_loaded(self, row: int) -> bool:
        """Whether the page holding ``row`` has been read."""
        return row // PAGE_SIZE in self._pages

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # ----------------------------------------------------------------- SQL windows

    def _window(self) -> _Window:
        column = COLUMNS[self._sort_column]
        descending = (self._sort_order == Qt.SortOrder.DescendingOrder) != column.inverted
        return _Window(self._filter, self._as_of, column.sort_key, descending, self._count)

    def _page(self, page_no: int) -> list[QueueRow] | None:
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            return page
        self._asking = True
        try:
            self._request(page_no)
        finally:
            self._asking = False
        return self._pages.get(page_no)

    def _store(self, page_no: int, page: list[QueueRow]) -> None:
        self._pages[page_no] = page
        self._pending.pop(page_no, None)
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)

    def _request(self, page_no: int) -> None:
        if page_no == self._in_flight:
            return
        self._pending[page_no] = None
        self._pending.move_to_end(page_no)
        while len(self._pending) > MAX_PENDING_PAGES:
            self._pending.popitem(last=False)  # scrolled past before it was read
        if self._in_flight is None:
            self._start_next()

    def _start_next(self) -> None:
        if not self._pending:
            return
        page_no, _ = self._pending.popitem(last=True)  # the most recently asked for first
        self._in_flight = page_no
        generation = self._generation
        window = self._window()
        self.page_loads += 1

        def page(ctx: ServiceContext) -> list[QueueRow] | None:
            if not self._current(generation):
                return None  # sorted or filtered again before it started: no query
            return _fetch_page(ctx, window, page_no)

        # Without a key: one page is in flight at a time, and a newer page must not drop it.
        self._runner.run(
            Operation(
                self,
                page,
                lambda rows: self._page_done(generation, page_no, rows),
                lambda exc: self._failed(generation, exc),
                lane=Lane.SEARCH,
            )
        )

    def _page_done(self, generation: int, page_no: int, rows: list[QueueRow] | None) -> None:
        self._in_flight = None
        if generation == self._generation and rows is not None:
            self._store(page_no, rows)
            first = page_no * PAGE_SIZE
            last = min(first + len(rows), self._count) - 1
            if last >= first and not self._asking:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self._start_next()

    # ----------------------------------------------------------------- Qt model

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"Sort by {COLUMNS[section].header.lower()}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= index.row() < self._count:
                return LOADING_TEXT
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return "Loading"
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        overdue = row.is_overdue(self._as_of)
        if role == PvMarkerRole:
            # The client's column carries the marker (the delegate paints it as the banner does).
            return column == COL_CLIENT and row.pv_marker
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_WAIT and overdue:
                return f"Overdue: the wait date {format_date(row.wait_until)} has passed"
            if column == COL_CLIENT and row.pv_marker:
                return f"{row.client}: {PV_TEXT}"
            if column == COL_ATTENTION and row.attention:
                return row.attention_reasons
            if column == COL_OWNER and row.owner:
                return f"Login: {row.owner}"
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_ATTENTION:
                return ATTENTION_COLOURS.get(row.attention)
            return OVERDUE_COLOUR if overdue and column == COL_WAIT else None
        if role == Qt.ItemDataRole.FontRole:
            if (overdue and column == COL_WAIT) or (column == COL_ATTENTION and row.attention):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[column].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(row, column)
            if column == COL_CLIENT and row.pv_marker:
                return f"{text}, {PV_TEXT}"
            return f"{text} (overdue)" if overdue and column == COL_WAIT else text
        if role == SrIdRole:
            return row.id
        if role == ContactIdRole:
            return row.contact_id
        if role == OverdueRole:
            return overdue
        return None

    def _display(self, row: QueueRow, column: int) -> str:
        if column == COL_ID:
            return str(row.id)
        if column == COL_ATTENTION:
            return ATTENTION_TEXT.get(row.attention, "")
        if column == COL_CLIENT:
            return row.client
        if column == COL_SCIN:
            return row.scin or ""
        if column == COL_CATEGORY:
            return row.category
        if column == COL_STATUS:
            return row.status.label
        if column == COL_SUB_STATUS:
            return row.sub_status or ""
        if column == COL_WAIT:
            return format_date(row.wait_until)
        if column == COL_OPENED:
            return format_date(row.opened_on)
        if column == COL_AGE:
            return f"{(self._as_of - row.opened_on).days:,}"
        if column == COL_OWNER:
            return row.owner_name or row.owner or ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        if (column, order) == (self._sort_column, self._sort_order):
            return
        # A reset rather than a layout change: the rows are re-read from SQL, and there is no
        # cheap way to map persistent indexes from the old order to the new one.
        self.beginResetModel()
        self._generation += 1
        self._sort_column = column
        self._sort_order = order
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()
