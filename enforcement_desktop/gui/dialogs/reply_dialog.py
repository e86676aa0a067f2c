"""Reply received: record the day a letter's reply came and, if given, the document received
(Enforcement Action – Consider, steps 10-11)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_reply_dialog import Ui_ReplyDialog
from enforcement_desktop.services import letters
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.letters import LetterDTO


def choose_file(parent: QWidget, title: str) -> Path | None:
    """Ask for a file to attach (any type); None when the user cancels."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, "", "All files (*)")
    return Path(chosen) if chosen else None


class ReplyDialog(ServiceDialog):
    """Record a letter's reply; after :meth:`exec` returns Accepted, :attr:`result_letter` is
    the letter as registered.

    Args:
        ctx: Database, user and clock.
        letter: The letter replied to (its version guards against a change meanwhile).
        store: The document store a received document is copied into.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        letter: LetterDTO,
        store: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_ReplyDialog()
        ui.setupUi(self)
        self.letter = letter
        self.store = store
        self.result_letter: LetterDTO | None = None
        self.setWindowTitle(f"Reply received — {letter.code.value}")
        due = f"; reply due {format_date(letter.reply_due)}" if letter.reply_due else ""
        ui.introLabel.setText(
            f"{letter.code.label}\nTo {letter.recipient_name} ({letter.recipient_kind.label}), "
            f"sent {format_date(letter.sent_on)}{due}."
        )
        ui.receivedOnEdit.set_value(ctx.today())
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Record reply")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseFileButton.clicked.connect(self.choose)
        self.bind_error_labels(("received_on", "file"))
        ui.receivedOnEdit.setFocus()

    def choose(self) -> None:
        """Pick the document received."""
        chosen = choose_file(self, "Document received with the reply")
        if chosen is not None:
            self.ui.fileEdit.setText(str(chosen))

    def save(self) -> None:
        """Record the reply; refusals are shown beside the date or the file."""
        self.submit(self._record, self._recorded)

    def _record(self) -> Callable[[ServiceContext], LetterDTO]:
        received_on = self.ui.receivedOnEdit.value()
        text = self.ui.fileEdit.text().strip()
        attachment = Path(text) if text else None
        letter, store = self.letter, self.store
        if received_on is None:
            raise ValidationError({"received_on": "Give the date the reply was received"})
        return lambda ctx: letters.record_reply(
            ctx, letter.id, letter.version, received_on, store, attachment
        )

    def _recorded(self, letter: LetterDTO) -> None:
        self.result_letter = letter


__all__ = ["ReplyDialog", "choose_file"]
