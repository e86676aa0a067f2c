"""New letter: write a third-party letter from a service request (Enforcement Action – Consider,
step 9) and register it.

The letters, who each may go to, why this user may not write to one of them, and which inputs
each letter needs come from :func:`services.letter_choices.letter_choices`; the dialog shows
them and :func:`services.letters.send_letter` decides.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidgetItem, QWidget

from enforcement_desktop.domain.errors import DomainError, RuleViolation, ValidationError
from enforcement_desktop.domain.letters import (
    Cmel9251Variant,
    CouncilItem,
    LetterCode,
    RecipientKind,
)
from enforcement_desktop.gui import errors
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.errors import GENERAL_FIELD
from enforcement_desktop.gui.forms.ui_letter_dialog import Ui_LetterDialog
from enforcement_desktop.services import letters
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.letter_choices import (
    LetterChoice,
    LetterChoices,
    RecipientChoice,
    letter_choices,
)
from enforcement_desktop.services.letters import LetterDTO, LetterInput

#: The service's fields, each shown under the label named after it.
FIELDS = (
    "code",
    "recipient",
    "recipient_name",
    "recipient_address",
    "information_about",
    "variant",
    "include_date_of_birth",
    "information_needed",
    "reason",
    "council_items",
    "reply_due",
)


class LetterDialog(ServiceDialog):
    """Choose a letter, who it goes to and what it needs; Write letter sends it.

    After :meth:`exec` returns Accepted, :attr:`result_letter` is the letter registered.

    Args:
        ctx: Database, user and clock.
        sr_id: The service request it is sent from.
        sr_label: How the SR is named to the user.
        store: The document store (this database's output folder) the letter is written into.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        sr_id: int,
        sr_label: str,
        store: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_LetterDialog()
        ui.setupUi(self)
        self.sr_id = sr_id
        self.store = store
        self.choices: LetterChoices | None = None
        self.result_letter: LetterDTO | None = None
        self.setWindowTitle(f"New letter — service request {sr_id}")
        ui.introLabel.setText(f"{sr_label}\n\n{ui.introLabel.text()}")
        write = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        write.setText("&Write letter")
        write.setDefault(True)
        write.setEnabled(False)  # until the letters are read
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.variantCombo.addItem("Choose…", None)
        for variant in Cmel9251Variant:
            ui.variantCombo.addItem(variant.label, variant)
        for council_item in CouncilItem:
            entry = QListWidgetItem(council_item.label)
            entry.setData(Qt.ItemDataRole.UserRole, council_item)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            ui.councilItemsList.addItem(entry)
        ui.recipientAddressEdit.setPlaceholderText("One line each, the postcode last")
        self.bind_error_labels(FIELDS)
        ui.codeCombo.currentIndexChanged.connect(self._code_chosen)
        ui.recipientCombo.currentIndexChanged.connect(self._recipient_chosen)
        self._show_inputs(frozenset())
        self.read(lambda c: letter_choices(c, sr_id), self._fill, key="letters")

    # ----------------------------------------------------------------- filling

    def _fill(self, choices: LetterChoices) -> None:
        self.choices = choices
        ui = self.ui
        ui.replyDueEdit.set_value(choices.default_reply_due)
        ui.codeCombo.blockSignals(True)
        for choice in choices.letters:
            ui.codeCombo.addItem(choice.code.label, choice.code)
        ui.codeCombo.blockSignals(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self._code_chosen()
        ui.codeCombo.setFocus()

    def letter(self) -> LetterChoice | None:
        """The letter chosen, as the read model offers it."""
        code = self.ui.codeCombo.currentData()
        if self.choices is None or code is None:
            return None
        return next((c for c in self.choices.letters if c.code == code), None)

    def recipient(self) -> RecipientChoice | None:
        """The recipient chosen, with this user's verdict on writing to them."""
        letter = self.letter()
        kind = self.ui.recipientCombo.currentData()
        if letter is None or kind is None:
            return None
        return next((r for r in letter.recipients if r.kind == kind), None)

    def _code_chosen(self, *_: object) -> None:
        letter = self.letter()
        errors.clear_field_errors({"code": self.ui.codeError})
        if letter is not None and letter.refusal:
            # The read model's verdict (the DVLA request's rules), shown as soon as it is chosen.
            errors.show_field_errors({"code": self.ui.codeError}, _as_field("code", letter.refusal))
        combo = self.ui.recipientCombo
        combo.blockSignals(True)
        combo.clear()
        for recipient in letter.recipients if letter is not None else ():
            combo.addItem(recipient.kind.label, recipient.kind)
        combo.blockSignals(False)
        combo.setEnabled(combo.count() > 1)
        self._show_inputs(letter.inputs if letter is not None else frozenset())
        self._recipient_chosen()
        self.adjustSize()  # the rows of another letter's inputs take their room with them

    def _recipient_chosen(self, *_: object) -> None:
        ui = self.ui
        errors.clear_field_errors({"recipient": ui.recipientError})
        recipient = self.recipient()
        if recipient is not None and recipient.refusal:
            # The domain's verdict, shown as soon as the recipient is chosen.
            errors.show_field_errors(
                {"recipient": ui.recipientError},
                _as_field("recipient", recipient.refusal),
            )
        employer = self.choices.employer_name if self.choices is not None else None
        if recipient is not None and recipient.kind is RecipientKind.EMPLOYER and employer:
            ui.recipientNameEdit.setPlaceholderText(f"{employer} (the employer recorded)")
        else:
            ui.recipientNameEdit.setPlaceholderText("")
        receiving = self.choices.receiving_parent_name if self.choices is not None else None
        if recipient is not None and recipient.kind is RecipientKind.RECEIVING_PARENT:
            ui.recipientLabel.setToolTip(f"Written to {receiving or 'the receiving parent'}")
        else:
            ui.recipientLabel.setToolTip("")

    def _show_inputs(self, inputs: frozenset[str]) -> None:
        """Show the rows of the inputs the letter needs (and their error labels)."""
        ui = self.ui
        rows: dict[str, tuple[QWidget, QLabel]] = {
            "recipient_name": (ui.recipientNameEdit, ui.recipientNameError),
            "recipient_address": (ui.recipientAddressEdit, ui.recipientAddressError),
            "information_about": (ui.informationAboutEdit, ui.informationAboutError),
            "variant": (ui.variantCombo, ui.variantError),
            "include_date_of_birth": (ui.includeBox, ui.includeDateOfBirthError),
            "information_needed": (ui.informationNeededEdit, ui.informationNeededError),
            "reason": (ui.reasonEdit, ui.reasonError),
            "council_items": (ui.councilItemsList, ui.councilItemsError),
        }
        for name, (widget, error) in rows.items():
            visible = name in inputs
            ui.form.setRowVisible(widget, visible)
            ui.form.setRowVisible(error, visible)
            if visible:
                error.setVisible(bool(error.text()))

    # ----------------------------------------------------------------- saving

    def letter_input(self) -> LetterInput:
        """The letter as the form says (read on the GUI thread)."""
        ui = self.ui
        letter = self.letter()
        kind = ui.recipientCombo.currentData()
        if letter is None or kind is None:
            raise _as_field("code", "Choose a letter")
        inputs = letter.inputs
        variant = ui.variantCombo.currentData()  # the enum's value: Qt keeps a str
        address = tuple(line.strip() for line in ui.recipientAddressEdit.toPlainText().splitlines())

        def given(name: str, text: str) -> str | None:
            return text if name in inputs else None

        return LetterInput(
            code=LetterCode(letter.code),
            recipient=RecipientKind(kind),
            reply_due=ui.replyDueEdit.value(),
            recipient_name=given("recipient_name", ui.recipientNameEdit.text()),
            recipient_address=tuple(x for x in address if x) if "recipient_address" in inputs
            else (),
            information_about=given("information_about", ui.informationAboutEdit.text()),
            variant=Cmel9251Variant(variant) if variant and "variant" in inputs else None,
            include_nino="include_nino" in inputs and ui.includeNinoCheck.isChecked(),
            include_address="include_address" in inputs and ui.includeAddressCheck.isChecked(),
            include_date_of_birth="include_date_of_birth" in inputs
            and ui.includeDateOfBirthCheck.isChecked(),
            information_needed=given(
                "information_needed", ui.informationNeededEdit.toPlainText()
            ),
            reason=given("reason", ui.reasonEdit.toPlainText()),
            council_items=frozenset(
                CouncilItem(ui.councilItemsList.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(ui.councilItemsList.count())
                if ui.councilItemsList.item(i).checkState() == Qt.CheckState.Checked
            )
            if "council_items" in inputs
            else frozenset(),
        )  # fmt: skip

    def save(self) -> None:
        """Write the letter; refusals stay in the dialog, beside the field they concern."""
        self.submit(self._send, self._sent, on_refused=self._refused_here)

    def _send(self) -> Callable[[ServiceContext], LetterDTO]:
        data = self.letter_input()
        sr_id, store = self.sr_id, self.store
        return lambda ctx: letters.send_letter(ctx, sr_id, data, store)

    def _sent(self, sent: LetterDTO) -> None:
        self.result_letter = sent

    def _refused_here(self, exc: DomainError) -> None:
        """A rule's refusal: beside the recipient when it is about them, else under the form."""
        if not isinstance(exc, RuleViolation):
            errors.handle_service_error(self, exc)
            return
        recipient = self.recipient()
        field = (
            "recipient"
            if recipient is not None and recipient.refusal and recipient.refusal in exc.reasons
            else GENERAL_FIELD
        )
        text = "; ".join(exc.reasons) if field == "recipient" else str(exc)
        errors.show_field_errors(
            {field: self.ui.recipientError if field == "recipient" else self.ui.generalError},
            _as_field(field, text),
        )


def _as_field(field: str, message: str) -> ValidationError:
    return ValidationError({field: message})


__all__ = ["FIELDS", "LetterDialog"]
