"""Answering real modal message boxes in GUI tests, as a user would: click a named button."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class AnswerBoxes:
    """Answers the next message boxes, in turn, with the buttons named ``texts``.

    Polls :meth:`QApplication.activeModalWidget` from the event loop that ``exec()`` runs, so
    the code under test opens its boxes for real. A box without the wanted button is rejected
    (``boxes`` then shows what it offered), so a failing test never hangs.
    """

    def __init__(self, *texts: str) -> None:
        self.texts = list(texts)
        #: (text, button texts without the "&") of each box answered.
        self.boxes: list[tuple[str, list[str]]] = []
        self._last: QMessageBox | None = None
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box is self._last:
            QTimer.singleShot(10, self._poll)
            return
        self._last = box
        buttons = [button.text().replace("&", "") for button in box.buttons()]
        self.boxes.append((box.text(), buttons))
        wanted = self.texts.pop(0)
        if wanted in buttons:
            box.buttons()[buttons.index(wanted)].click()
        else:
            box.reject()
        if self.texts:
            QTimer.singleShot(10, self._poll)
