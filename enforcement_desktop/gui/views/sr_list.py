"""The Activity Plan's list of the client's service requests, filled from the client's screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from enforcement_desktop.domain.values import format_date
from enforcement_desktop.services.screens import ClientScreen
from enforcement_desktop.services.service_requests import ServiceRequestDTO


class ServiceRequestList(QObject):
    """The client's SRs, case by case and each case's newest first, as the client's screen
    lists them; an SR read again since (:meth:`update`) is shown as it is now.

    Args:
        widget: The list widget it fills.
    """

    #: The user chose this SR in the list.
    chosen = Signal(int)

    def __init__(self, widget: QListWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        #: Whose SRs are listed (None: nobody's).
        self.contact_id: int | None = None
        self._regions: dict[int, str] = {}
        self._rows: dict[int, list[ServiceRequestDTO]] = {}
        self._filling = False
        widget.currentItemChanged.connect(self._current_changed)

    @property
    def case_ids(self) -> list[int]:
        """The client's cases, in the order listed."""
        return list(self._rows)

    def show_client(self, screen: ClientScreen | None) -> None:
        """List the SRs of the client of ``screen`` (None: no client)."""
        self.contact_id = screen.contact.id if screen is not None else None
        self._regions = {c.case.id: c.case.region for c in screen.cases} if screen else {}
        self._rows = {c.case.id: list(c.service_requests) for c in screen.cases} if screen else {}
        self._fill(self.current_id())

    def update(self, sr: ServiceRequestDTO) -> None:
        """Show ``sr`` as just read; a new SR of one of the client's cases joins the list."""
        rows = self._rows.get(sr.case_id)
        if rows is None:
            return  # another client's SR, opened on its own
        index = next((i for i, row in enumerate(rows) if row.id == sr.id), None)
        if index is not None:
            rows[index] = sr
            item = self._item(sr.id)
            if item is not None:
                self._describe(item, sr)
                return
        else:
            rows.append(sr)
            rows.sort(key=lambda row: (row.opened_on, row.id), reverse=True)
        self._fill(self.current_id())

    def first_open_id(self) -> int | None:
        """The first SR of the list still open for work."""
        return next(
            (sr.id for rows in self._rows.values() for sr in rows if not sr.read_only), None
        )

    def current_id(self) -> int | None:
        item = self.widget.currentItem()
        sr_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(sr_id) if sr_id is not None else None

    def select(self, sr_id: int | None) -> None:
        """Make ``sr_id`` the current row without it counting as the user's choice."""
        self._filling = True
        try:
            item = self._item(sr_id) if sr_id is not None else None
            if item is not None:
                self.widget.setCurrentItem(item)
            else:
                self.widget.clearSelection()
        finally:
            self._filling = False

    def _fill(self, selected: int | None) -> None:
        widget = self.widget
        self._filling = True
        try:
            widget.clear()
            for rows in self._rows.values():
                for sr in rows:
                    item = QListWidgetItem()
                    item.setData(Qt.ItemDataRole.UserRole, sr.id)
                    self._describe(item, sr)
                    widget.addItem(item)
                    if sr.id == selected:
                        widget.setCurrentItem(item)
            if widget.count() == 0 and self.contact_id is not None:
                item = QListWidgetItem("No service requests yet")
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(item)
        finally:
            self._filling = False

    def _describe(self, item: QListWidgetItem, sr: ServiceRequestDTO) -> None:
        wait = f" · wait {format_date(sr.wait_until)}" if sr.wait_until else ""
        item.setText(
            f"SR {sr.id} · {sr.sub_area}\n{sr.status.label}"
            f"{' · ' + sr.sub_status if sr.sub_status else ''}{wait}"
        )
        item.setToolTip(
            f"{sr.category}\nOpened {format_date(sr.opened_on)}, case "
            f"{sr.case_id} ({self._regions.get(sr.case_id, '')})"
        )
        if sr.read_only:
            item.setForeground(self.widget.palette().placeholderText())
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)  # the style's, selected or not

    def _item(self, sr_id: int) -> QListWidgetItem | None:
        for row in range(self.widget.count()):
            item = self.widget.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == sr_id:
                return item
        return None

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if self._filling or current is None:
            return
        sr_id = current.data(Qt.ItemDataRole.UserRole)
        if sr_id is not None:
            self.chosen.emit(int(sr_id))
