"""Open a new case for a paying parent, with its receiving parent(s)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from enforcement_desktop.domain.enums import ContactRole, OwningTeam, Scheme
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.errors import GENERAL_FIELD
from enforcement_desktop.gui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from enforcement_desktop.gui.operations import Lane
from enforcement_desktop.gui.widgets.case_fields import (
    case_values,
    fill_case_combos,
    fill_region_combo,
)
from enforcement_desktop.gui.widgets.forms import run_dialog, select_value
from enforcement_desktop.services import cases
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.cases import CaseDTO, CaseInput
from enforcement_desktop.services.contacts import ContactDTO
from enforcement_desktop.services.search import ClientHit, search_clients

#: How many clients one search lists (the user narrows the text rather than scrolls).
SEARCH_LIMIT = 25
#: The case's fields this form asks for (segment 5, DEO/DER and the rest are set on the case).
CASE_FIELDS = ("scheme", "region", "owning_team", "arrears_balance", "case_manager", "team")


class NewCaseDialog(ServiceDialog):
    """Scheme, region, owning team and arrears of a new case, and who receives the maintenance.

    Receiving parents are found by SCIN or name (only receiving parents are listed) or recorded
    on the spot with :class:`NewClientDialog`; a receiving parent recorded that way is saved at
    once, whether or not the case is then created.

    After :meth:`exec` returns Accepted, :attr:`result_case` is the new case.

    Args:
        ctx: Database, user and clock.
        paying_parent: The client the case is for.
        parent: The parent widget.
    """

    def __init__(
        self, ctx: ServiceContext, paying_parent: ContactDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.paying_parent = paying_parent
        self.result_case: CaseDTO | None = None
        #: Receiving parents recorded in this dialog (saved, whatever happens to the case).
        self.created_receiving_parents: list[ContactDTO] = []
        scin = f", SCIN {paying_parent.scin}" if paying_parent.scin else ""
        self.setWindowTitle(f"New case — {paying_parent.full_name}")
        ui.payingParentLabel.setText(
            f"New case for <b>{escape(paying_parent.full_name)}</b>{escape(scin)} "
            "(paying parent). Case flags such as Segment 5 and Desire for DEO/DER are set on "
            "the case once it exists."
        )
        fill_case_combos(ui)
        select_value(ui.schemeCombo, Scheme.CMS_2012)
        select_value(ui.owningTeamCombo, OwningTeam.ENFORCEMENT)
        ui.findStatusLabel.setStyleSheet("color: #5f6368;")
        ui.findStatusLabel.setText("Search for the receiving parent, or record a new one.")

        ui.searchButton.clicked.connect(self.search)
        ui.addButton.clicked.connect(self.add_selected)
        ui.resultsList.itemDoubleClicked.connect(lambda _item: self.add_selected())
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.newReceivingButton.clicked.connect(self.new_receiving_parent)
        ui.resultsList.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.chosenList.currentRowChanged.connect(lambda _row: self._update_buttons())
        # Enter in the search box searches and Enter in the results adds, rather than pressing
        # the dialog's default button (line edits and lists pass Enter on to the dialog).
        ui.findEdit.installEventFilter(self)
        ui.resultsList.installEventFilter(self)
        ui.chosenList.installEventFilter(self)

        create = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        create.setText("&Create case")
        create.setDefault(True)
        for button in (ui.searchButton, ui.addButton, ui.removeButton, ui.newReceivingButton):
            button.setAutoDefault(False)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(
            (*CASE_FIELDS, "receiving_parent"), shown_under={"paying_parent": GENERAL_FIELD}
        )
        self._update_buttons()
        ui.regionCombo.setPlaceholderText("Reading the regions…")
        ui.regionCombo.setFocus()
        self.read(
            cases.known_regions,
            lambda names: fill_region_combo(self.ui.regionCombo, names, None),
            key="regions",
        )

    # ----------------------------------------------------------------- receiving parents

    def receiving_parent_ids(self) -> list[int]:
        """The receiving parents chosen for the case, in the order they were added."""
        chosen = self.ui.chosenList
        return [chosen.item(row).data(Qt.ItemDataRole.UserRole) for row in range(chosen.count())]

    def search(self) -> bool:
        """Search for the receiving parents matching the text in the search box.

        The search runs on the search lane; the results are listed when they come (a newer
        search supersedes this one). False when there is nothing to search for.
        """
        text = self.ui.findEdit.text().strip()
        self.ui.resultsList.clear()
        self._update_buttons()
        if not text:
            self.ui.findStatusLabel.setText("Type a SCIN or a name to search for.")
            return False
        self.ui.findStatusLabel.setText(f"Searching for “{text}”…")
        self.read(
            # Receiving parents only, filtered in the query: paying parents with the same name
            # cannot crowd them out of the list.
            lambda ctx: search_clients(
                ctx, text, limit=SEARCH_LIMIT, role=ContactRole.RECEIVING_PARENT
            ),
            lambda hits: self._show_hits(text, hits),
            key="search",
            lane=Lane.SEARCH,
        )
        return True

    def _show_hits(self, text: str, receiving: Sequence[ClientHit]) -> None:
        results = self.ui.resultsList
        results.clear()
        for hit in receiving:
            item = QListWidgetItem(_hit_text(hit))
            item.setData(Qt.ItemDataRole.UserRole, hit.contact_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, _hit_text(hit))
            item.setToolTip(_hit_text(hit))  # the list is narrow: a long line ends in "…"
            results.addItem(item)
        if receiving:
            count = len(receiving)
            self.ui.findStatusLabel.setText(
                f"{count} receiving parent{'s' if count != 1 else ''} found: "
                "Enter or double-click adds one to the case."
            )
            results.setCurrentRow(0)
        else:
            self.ui.findStatusLabel.setText(
                f"No receiving parent found for “{text}”. Record a new one if they are not yet "
                "known."
            )
        self._update_buttons()

    def add_selected(self) -> None:
        """Put the receiving parent selected in the results on the case."""
        item = self.ui.resultsList.currentItem()
        if item is not None:
            self._choose(item.data(Qt.ItemDataRole.UserRole), item.text())

    def remove_selected(self) -> None:
        row = self.ui.chosenList.currentRow()
        if row >= 0:
            self.ui.chosenList.takeItem(row)
        self._update_buttons()

    def new_receiving_parent(self) -> ContactDTO | None:
        """Record a new receiving parent (saved at once) and put them on the case."""
        from enforcement_desktop.gui.dialogs.new_client_dialog import NewClientDialog

        dialog = NewClientDialog(
            self.ctx,
            self,
            role=ContactRole.RECEIVING_PARENT,
            search_text=self.ui.findEdit.text(),
        )
        if not run_dialog(dialog) or dialog.result_contact is None:
            return None
        contact = dialog.result_contact
        self.created_receiving_parents.append(contact)
        born = f" · born {format_date(contact.date_of_birth)}" if contact.date_of_birth else ""
        self._choose(contact.id, f"{contact.full_name} · SCIN {contact.scin or '—'}{born}")
        self.ui.findStatusLabel.setText(
            f"{contact.full_name} saved as a receiving parent and added to the case."
        )
        return contact

    def _choose(self, contact_id: int, text: str) -> None:
        chosen = self.ui.chosenList
        if contact_id in self.receiving_parent_ids():
            chosen.setCurrentRow(self.receiving_parent_ids().index(contact_id))
            return
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        chosen.addItem(item)
        chosen.setCurrentItem(item)
        self.ui.receivingParentError.clear()
        self.ui.receivingParentError.setVisible(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.addButton.setEnabled(ui.resultsList.currentItem() is not None)
        ui.removeButton.setEnabled(ui.chosenList.currentItem() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if watched is self.ui.findEdit:
                self.search()
                return True
            if watched is self.ui.resultsList:
                self.add_selected()
                return True
        if (
            watched is self.ui.chosenList
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # ----------------------------------------------------------------- save

    def case_input(self) -> CaseInput:
        """What the form holds, as the cases service takes it.

        Raises:
            ValueError: the arrears balance is not an amount (see ``arrearsEdit.parse_error``).
        """
        ui = self.ui
        arrears = ui.arrearsEdit.value()
        return CaseInput(
            **case_values(ui, scheme=Scheme.CMS_2012, owning_team=OwningTeam.ENFORCEMENT),
            arrears_balance=arrears if arrears is not None else Decimal("0.00"),
        )

    def save(self) -> None:
        """Create the case; stay open with the errors shown next to the fields."""
        self.submit(self._create_case, self._saved)

    def _create_case(self) -> Callable[[ServiceContext], CaseDTO]:
        try:
            data = self.case_input()
        except ValueError:
            raise ValidationError(
                {"arrears_balance": self.ui.arrearsEdit.parse_error() or ""}
            ) from None
        payer_id, receiving = self.paying_parent.id, self.receiving_parent_ids()
        return lambda ctx: cases.create_case(ctx, payer_id, data, receiving)

    def _saved(self, case: CaseDTO) -> None:
        self.result_case = case


def _hit_text(hit: ClientHit) -> str:
    born = f" · born {format_date(hit.date_of_birth)}" if hit.date_of_birth else ""
    return f"{hit.name} · SCIN {hit.scin or '—'}{born}"
