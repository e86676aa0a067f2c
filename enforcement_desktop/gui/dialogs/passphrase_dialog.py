"""The passphrase of an encrypted bailiff pack, shown once (issue 12, "the pack travels
encrypted"): the case manager sends it to the Bailiff SPOC separately from the zip."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWhatsThis, QWidget

from enforcement_desktop.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog

#: What the dialog tells the case manager to do with the passphrase.
ADVICE = (
    "Send it to the Bailiff SPOC separately from the e-mail that carries the zip; it is not "
    "stored and cannot be shown again."
)


class PassphraseDialog(QDialog):
    """Shows the passphrase of ``zip_path`` once: selectable, monospace, with a Copy button.

    The passphrase lives only in this dialog (and the clipboard, if copied); nothing keeps it.

    Args:
        passphrase: The passphrase the zip was encrypted under.
        zip_path: The encrypted zip.
        parent: The parent widget.
    """

    def __init__(self, passphrase: str, zip_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        # Shift+F1 then a click explains an input: a modal dialog blocks the main window's
        # What's This action, so the dialog carries its own (as ServiceDialog does).
        self.addAction(QWhatsThis.createAction(self))
        ui = self.ui
        ui.zipLabel.setText(
            f"<b>{escape(zip_path.name)}</b> is encrypted (AES-256). It opens only with this "
            "passphrase:"
        )
        ui.adviceLabel.setText(ADVICE)
        edit = ui.passphraseEdit
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        edit.setFont(font)
        edit.setText(passphrase)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(passphrase) + 24)
        edit.setCursorPosition(0)
        ui.copiedLabel.setStyleSheet("color: #1b5e20;")
        ui.copyButton.clicked.connect(self.copy)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        ui.buttonBox.rejected.connect(self.reject)
        edit.selectAll()
        edit.setFocus()

    @property
    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()

    def copy(self) -> None:
        """Put the passphrase on the clipboard."""
        QGuiApplication.clipboard().setText(self.passphrase)
        self.ui.copiedLabel.setText("Copied to the clipboard.")
