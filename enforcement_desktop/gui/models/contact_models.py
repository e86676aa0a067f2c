"""Small lists of the Contact view: the client's service requests, notes and case parties."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.models.dto_table import BAD, MUTED, RIGHT, Column, DtoTableModel
from enforcement_desktop.services.service_requests import ServiceRequestDTO
from enforcement_desktop.services.users import UserNames


class ClientServiceRequestsModel(DtoTableModel):
    """Service requests of the client's case(s); an overdue wait date shows in red.

    Args:
        parent: The owning object.
        today: The date a wait date is overdue against (the service context's today).
    """

    ID, CATEGORY, STATUS, SUB_STATUS, WAIT, OPENED, OWNER = range(7)

    def __init__(self, parent: QObject | None = None, today: date | None = None) -> None:
        self.today = today
        #: The owners' names (from the client's screen); an owner not in it shows as the login.
        self.names = UserNames()
        super().__init__(
            parent,
            (
                Column("SR", lambda s: str(s.id), sort_key=lambda s: s.id, align=RIGHT),
                Column("Category", lambda s: s.category, tooltip=lambda s: s.category),
                Column("Status", lambda s: s.status.label, foreground=self._status_colour),
                Column("Sub status", lambda s: s.sub_status or ""),
                Column(
                    "Wait date",
                    lambda s: format_date(s.wait_until),
                    sort_key=lambda s: s.wait_until,
                    foreground=self._wait_colour,
                    tooltip=self._wait_tip,
                ),
                Column(
                    "Opened", lambda s: format_date(s.opened_on), sort_key=lambda s: s.opened_on
                ),
                Column(
                    "Owner",
                    lambda s: self.names.of(s.owner),
                    tooltip=lambda s: self.names.tooltip(s.owner) or None,
                ),
            ),
        )

    def _overdue(self, sr: ServiceRequestDTO) -> bool:
        return self.today is not None and sr.is_overdue(self.today)

    def _wait_colour(self, sr: ServiceRequestDTO) -> QColor | None:
        return BAD if self._overdue(sr) else None

    def _wait_tip(self, sr: ServiceRequestDTO) -> str | None:
        return "The wait date has passed" if self._overdue(sr) else None

    @staticmethod
    def _status_colour(sr: ServiceRequestDTO) -> QColor | None:
        return MUTED if sr.read_only else None

    def service_request_at(self, row: int) -> ServiceRequestDTO | None:
        item = self.row_at(row)
        return item if isinstance(item, ServiceRequestDTO) else None


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


class NotesModel(DtoTableModel):
    """Notes on the client, newest first; the full text is the tooltip."""

    WHEN, AUTHOR, TEXT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        #: The authors' names (from the client's screen); an author not in it shows as the login.
        self.names = UserNames()
        super().__init__(
            parent,
            (
                Column(
                    "Written",
                    lambda n: n.created_at.strftime("%d/%m/%Y %H:%M"),
                    sort_key=lambda n: n.created_at,
                ),
                Column(
                    "By",
                    lambda n: self.names.of(n.author),
                    tooltip=lambda n: self.names.tooltip(n.author) or None,
                ),
                Column("Note", lambda n: _first_line(n.text), tooltip=lambda n: n.text),
            ),
        )


@dataclass(frozen=True, slots=True)
class PartyRow:
    """Someone else on one of the client's cases (a receiving parent, or the paying parent)."""

    contact_id: int
    role: str
    name: str
    scin: str | None
    case_id: int


class CasePartiesModel(DtoTableModel):
    """The other parties of the client's cases: name and SCIN; opening one makes them current."""

    ROLE, NAME, SCIN = range(3)
    COLUMNS: ClassVar = (
        Column("Role", lambda p: p.role),
        Column("Name", lambda p: p.name),
        Column("SCIN", lambda p: p.scin or ""),
    )

    def party_at(self, row: int) -> PartyRow | None:
        item = self.row_at(row)
        return item if isinstance(item, PartyRow) else None
