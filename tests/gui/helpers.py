"""Helpers for driving message boxes and the main window in GUI tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QMessageBox


@dataclass
class BoxRecorder:
    """What the code under test tried to show in message boxes."""

    questions: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel


@contextmanager
def message_boxes(
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel,
) -> Iterator[BoxRecorder]:
    """Answer QMessageBox.question with ``answer``; record (and close) every other box."""
    recorder = BoxRecorder(answer=answer)

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        recorder.questions.append(text)
        return recorder.answer

    def exec_(box: QMessageBox) -> int:
        recorder.shown.append(f"{box.text()}\n{box.informativeText()}".strip())
        return 0

    def static(_parent: object, _title: str, text: str, *_args: object) -> object:
        recorder.shown.append(text)
        return QMessageBox.StandardButton.Ok

    with monkeypatch.context() as m:
        m.setattr(QMessageBox, "question", staticmethod(question))
        m.setattr(QMessageBox, "exec", exec_)
        m.setattr(QMessageBox, "warning", staticmethod(static))
        m.setattr(QMessageBox, "information", staticmethod(static))
        m.setattr(QMessageBox, "critical", staticmethod(static))
        m.setattr(QMessageBox, "about", staticmethod(static))
        yield recorder
