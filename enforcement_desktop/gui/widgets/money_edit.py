"""A line edit for pounds and pence: accepts "1,234.56", "£1234.56" or "1234"; never a float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from enforcement_desktop.domain.values import PENNY, format_money, parse_money


class MoneyEdit(QLineEdit):
    """Text input for an amount of money, read back as a :class:`~decimal.Decimal`.

    The widget only parses; whether an amount is acceptable (not negative, at most two decimal
    places, within a limit) is for the service to say, and its message is shown in the error
    label next to the field. Text that is not a number at all is reported by :meth:`value`.

    Args:
        parent: The parent widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("£0.00")
        self.setClearButtonEnabled(False)
        self.editingFinished.connect(self._tidy)

    def value(self) -> Decimal | None:
        """The amount entered, or None when the field is empty.

        Raises:
            ValueError: the text is not an amount in pounds and pence (the message says so).
        """
        if not self.text().strip():
            return None
        return parse_money(self.text())

    def parse_error(self) -> str | None:
        """Why the text is not an amount (a sentence), or None when it is one or is empty."""
        try:
            self.value()
        except ValueError as exc:
            message = str(exc)
            return message[:1].upper() + message[1:]
        return None

    def set_value(self, amount: Decimal | None) -> None:
        """Show an amount in UK format (£1,234.56); None empties the field."""
        self.setText(format_money(amount) if amount is not None else "")

    def _tidy(self) -> None:
        # Rewrite "1234.5" as "£1,234.50", but leave text the service must reject (more than two
        # decimal places, not a number) exactly as typed so the user sees what is wrong.
        try:
            amount = self.value()
        except ValueError:
            return
        if amount is not None and amount == amount.quantize(PENNY):
            tidy = format_money(amount)
            if tidy != self.text():
                self.setText(tidy)
