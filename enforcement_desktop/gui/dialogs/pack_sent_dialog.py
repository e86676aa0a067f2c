"""Record a whole bailiff pack as sent, in one dialog (issue 13 item 8; Bailiff procedure,
steps 17-18): the pack's SRs ticked, the bailiff company asked for once, the Bailiff Proceed
Date (the day bailiff action was decided: the pack's build date unless changed) and the date
sent."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.errors import GENERAL_FIELD
from enforcement_desktop.gui.forms.ui_bailiff_pack_sent_dialog import Ui_BailiffPackSentDialog
from enforcement_desktop.services import bailiff
from enforcement_desktop.services.bailiff_admin import PackSentScreen, pack_sent_screen
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.service_requests import ServiceRequestDTO

COL_SR, COL_REFERENCE, COL_BALANCE, COL_BUILT = range(4)
_HEADERS = ("Bailiff SR", "LO reference", "Current balance", "Pack built")


class RecordPackSentDialog(ServiceDialog):
    """Every Bailiff SR of the client's built, unsent pack, ticked → one
    :func:`bailiff.record_pack_sent`: all are recorded, or none (a refusal names the SR).

    What it lists is read on the data lane when it opens (:func:`pack_sent_screen`); Save
    stays off until then. After Accepted, :attr:`result_srs` holds the SRs as they now stand.

    Args:
        ctx: Database, user and clock.
        scin: The client.
        parent: The parent widget.
        sr_ids: Only these SRs (the pack just built); default every built, unsent one.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        scin: str,
        parent: QWidget | None = None,
        *,
        sr_ids: Iterable[int] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_BailiffPackSentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.scin = scin
        self.pack_screen: PackSentScreen | None = None
        self.result_srs: list[ServiceRequestDTO] = []
        self.setWindowTitle(f"Record pack as sent — SCIN {scin}")
        ui.captionLabel.setText(f"Reading the pack of SCIN <b>{escape(scin)}</b>…")
        table = ui.srTable
        table.setColumnCount(len(_HEADERS))
        table.setHorizontalHeaderLabels(list(_HEADERS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REFERENCE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        table.verticalHeader().setVisible(False)
        table.itemChanged.connect(lambda _item: self._update_save())
        company_edit = ui.companyCombo.lineEdit()
        assert company_edit is not None  # the combo is editable (.ui)
        company_edit.setPlaceholderText("The enforcement agents the SPOC sent the pack to")
        company_edit.setMaxLength(200)
        ui.issueDateEdit.set_value(ctx.today())
        ui.hintLabel.setText(
            "Each SR ticked gets this Proceed Date, Issue Date (the date sent) and company on "
            "its Enforce form, then waits 90 days from the date sent, “Awaiting update from "
            "bailiff” (Bailiff procedure, steps 17-18). If one cannot be recorded, none is."
        )
        ui.hintLabel.setStyleSheet("color: palette(placeholder-text);")
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("&Record sent")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("sr_ids", "company", "proceed_date", "issue_date"))
        self.resize(680, 440)
        wanted = list(sr_ids) if sr_ids is not None else None
        self.read(lambda c: pack_sent_screen(c, scin, wanted), self._show)

    @property
    def loading(self) -> bool:
        """True until what the pack holds has been read."""
        return self.pack_screen is None

    def _show(self, screen: PackSentScreen) -> None:
        self.pack_screen = screen
        ui = self.ui
        count = len(screen.rows)
        if count:
            ui.captionLabel.setText(
                f"The pack of SCIN <b>{escape(screen.scin)}</b>: {count} Bailiff SR"
                f"{'s' if count != 1 else ''} built and not yet recorded as sent. Untick any "
                "the Bailiff SPOC did not send."
            )
        else:
            ui.captionLabel.setText(
                f"SCIN <b>{escape(screen.scin)}</b> has no bailiff pack built and waiting to be "
                "recorded as sent."
            )
        proceed = ui.proceedDateEdit
        if not proceed.text() and screen.rows:
            # Step 17: the day bailiff action was decided, which the pack's build records.
            proceed.set_value(min(entry.pack_prepared_on for entry in screen.rows))
        combo = ui.companyCombo
        typed = combo.currentText()
        combo.clear()
        combo.addItems(list(screen.companies))
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)
        table = ui.srTable
        table.blockSignals(True)
        table.setRowCount(count)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, entry in enumerate(screen.rows):
            sr_item = QTableWidgetItem(f"SR {entry.sr_id}")
            sr_item.setData(Qt.ItemDataRole.UserRole, entry.sr_id)
            sr_item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            sr_item.setCheckState(Qt.CheckState.Checked)
            balance = QTableWidgetItem(
                format_money(entry.current_balance) if entry.current_balance is not None else ""
            )
            balance.setTextAlignment(right)
            for column, item in (
                (COL_SR, sr_item),
                (COL_REFERENCE, QTableWidgetItem(entry.reference or "")),
                (COL_BALANCE, balance),
                (COL_BUILT, QTableWidgetItem(format_date(entry.pack_prepared_on))),
            ):
                table.setItem(row, column, item)
        table.blockSignals(False)
        if count:
            table.setCurrentCell(0, COL_SR)
        self._update_save()
        combo.setFocus()

    def checked_sr_ids(self) -> list[int]:
        """The SRs ticked, in the pack's order."""
        table = self.ui.srTable
        ids = []
        for row in range(table.rowCount()):
            item = table.item(row, COL_SR)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _update_save(self) -> None:
        self.save_button.setEnabled(
            not self.loading and not self.saving and self.ui.srTable.rowCount() > 0
        )

    def save(self) -> None:
        """Record the ticked SRs as sent; a refusal stays in the dialog, beside its field."""
        self.submit(self._work, self._saved, on_refused=self._refused_here)

    def _work(self) -> Callable[[ServiceContext], list[ServiceRequestDTO]]:
        if self.loading:
            raise ValidationError({GENERAL_FIELD: "The pack is still being read"})
        ids = self.checked_sr_ids()
        company = self.ui.companyCombo.currentText()
        proceed_date = self.ui.proceedDateEdit.value()
        sent_on = self.ui.issueDateEdit.value()
        return lambda ctx: bailiff.record_pack_sent(
            ctx, ids, company, sent_on, proceed_date=proceed_date
        )

    def _saved(self, done: list[ServiceRequestDTO]) -> None:
        self.result_srs = done

    def _refused_here(self, exc: DomainError) -> None:
        # A rule refused one SR (its pack not built, or already sent): nothing was recorded;
        # the message names the SR, and the user can untick it and save the rest.
        self.needs_reload = True
        label = self.ui.generalError
        label.setText(str(exc))
        label.setVisible(True)
