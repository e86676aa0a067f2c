"""Send an arrears letter the procedure does not advise now, with the reason (Arrears –
Consider Action, step 5): CMSL6031 or CMSL6038 to the paying parent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enforcement_desktop.domain.arrears_letters import ARREARS_LETTERS, ArrearsLetterAdvice
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.letters import LetterCode
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_arrears_letter_dialog import Ui_ArrearsLetterDialog
from enforcement_desktop.services import arrears_letters
from enforcement_desktop.services.arrears_letters import ArrearsLetterSent
from enforcement_desktop.services.context import ServiceContext


class ArrearsLetterDialog(ServiceDialog):
    """Choose CMSL6031 or CMSL6038 and say why it is sent against the advice shown.

    After :meth:`exec` returns Accepted, :attr:`sent` is what was sent.

    Args:
        ctx: Database, user and clock.
        sr_id: The Arrears Review it is sent from.
        advice: What the procedure advises now (shown at the top).
        store: The document store the letter is written into.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        sr_id: int,
        advice: ArrearsLetterAdvice,
        store: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_ArrearsLetterDialog()
        ui.setupUi(self)
        self.sr_id = sr_id
        self.store = store
        self.sent: ArrearsLetterSent | None = None
        self.setWindowTitle(f"Send an arrears letter not advised — service request {sr_id}")
        ui.adviceLabel.setText(f"The procedure advises: {advice.reason}")
        for code in ARREARS_LETTERS:
            if code is not advice.code:
                ui.codeCombo.addItem(code.label, code)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Send letter")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("code", "address", "override_reason"))
        ui.overrideReasonEdit.setFocus()

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._send, self._sent)

    def _send(self) -> Callable[[ServiceContext], ArrearsLetterSent]:
        # Qt hands a string enumeration back as its value.
        chosen = self.ui.codeCombo.currentData()
        if chosen is None:
            raise ValidationError({"code": "Choose the letter to send"})
        code = LetterCode(chosen)
        reason = self.ui.overrideReasonEdit.toPlainText()
        sr_id, store = self.sr_id, self.store
        return lambda ctx: arrears_letters.send_arrears_letter(
            ctx, sr_id, code, store, override_reason=reason
        )

    def _sent(self, sent: ArrearsLetterSent) -> None:
        self.sent = sent
