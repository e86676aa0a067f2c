"""Small helpers the client views and dialogs share: enum combos, tables, modal dialogs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTableWidget,
    QWidget,
)

from enforcement_desktop.domain.enums import LabelledEnum

E = TypeVar("E", bound=Enum)


def fill_combo(
    combo: QComboBox,
    items: Iterable[tuple[str, Any]],
    *,
    none_text: str | None = None,
    placeholder: str | None = None,
) -> None:
    """Replace the items of a combo: (text, data) pairs, optionally led by a "none" item.

    Args:
        combo: The combo box.
        items: Text shown and the value behind it.
        none_text: When given, a first item meaning "no value" (its data is None).
        placeholder: When given, the combo starts with no choice and shows this text.
    """
    combo.blockSignals(True)
    try:
        combo.clear()
        if none_text is not None:
            combo.addItem(none_text, None)
        for text, data in items:
            combo.addItem(text, data)
        if placeholder is not None:
            combo.setPlaceholderText(placeholder)
            combo.setCurrentIndex(-1)
    finally:
        combo.blockSignals(False)


def fill_enum_combo(
    combo: QComboBox,
    members: Iterable[LabelledEnum],
    *,
    none_text: str | None = None,
    placeholder: str | None = None,
) -> None:
    """Fill a combo with enum members, shown by their labels."""
    fill_combo(
        combo,
        ((m.label, m.value) for m in members),
        none_text=none_text,
        placeholder=placeholder,
    )


def combo_value(combo: QComboBox) -> Any:
    """The data of the chosen item, or None when nothing (or the "none" item) is chosen."""
    return combo.currentData() if combo.currentIndex() >= 0 else None


def combo_enum(combo: QComboBox, enum_cls: type[E]) -> E | None:
    """The chosen enum member, or None."""
    value = combo_value(combo)
    return None if value is None else enum_cls(value)


def select_value(combo: QComboBox, value: Any) -> None:
    """Choose the item whose data is ``value`` (an enum member is matched by its value)."""
    if isinstance(value, Enum):
        value = value.value
    index = combo.findData(value)
    if value is None and index < 0:
        index = -1
    combo.setCurrentIndex(index)


def setup_table(table: QTableView, *, stretch: int | None = None) -> None:
    """Size columns to their contents, one column taking the remaining width."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
    header.setHighlightSections(False)
    if table.isSortingEnabled():
        # No sort arrow until the user sorts: the rows come in the service's order.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)


def setup_item_table(
    table: QTableWidget, headers: Sequence[str], *, stretch: int | None = None
) -> None:
    """Give an item table its column headers, sized to their contents but ``stretch``.

    For the small tables a dialog fills itself (a check box per row, no sorting); no row
    numbers, rows as tall as a line of text and a margin.
    """
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)


def selected_row(table: QTableView) -> int | None:
    """The row of the current selection (single selection), or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].row() if rows else None


def select_row(table: QTableView, row: int | None) -> None:
    """Select a whole row and scroll to it; None clears the selection."""
    if row is None or table.model() is None or not 0 <= row < table.model().rowCount():
        table.clearSelection()
        return
    table.selectRow(row)
    table.scrollTo(table.model().index(row, 0))


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when it was accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm(parent: QWidget | None, title: str, text: str, action: str = "OK") -> bool:
    """Ask before doing something that cannot be undone; True when the user goes ahead.

    Args:
        parent: The window the question belongs to.
        title: The window title.
        text: The question, saying what will happen.
        action: The text of the button that goes ahead (Cancel is the default button).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


#: Dynamic property marking a label kept as tall as its text (see :func:`fit_wrapped_labels`).
_FIT_PROPERTY = "fitToText"
#: Dynamic property holding the width and text a label was last fitted for.
_FITTED_FOR_PROPERTY = "fittedFor"


class _WrappedLabelFitter(QObject):
    """Keeps a word-wrapped label exactly as tall as its text at its current width.

    Form layouts size a wrapped QLabel from its size hint, which Qt computes for an arbitrary
    width: an error message under a narrow field was clipped, and a short one left a gap.

    A label is fitted when it is shown or resized (a new width) and when its text changes.
    QLabel.setText sends the label itself no event, but it asks its parent for a new layout
    (a LayoutRequest on the parent), so the filter also watches the labels' parents. Never on a
    paint: fitting from a paint asked for a new layout, which painted again, for ever.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show):
            if isinstance(watched, QLabel):
                fit_label(watched)
        elif kind == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            for label in watched.findChildren(
                QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                if label.property(_FIT_PROPERTY) and label.isVisible():
                    fit_label(label)
        return False


def fit_label(label: QLabel) -> None:
    """Give a word-wrapped label the height its text needs at its width.

    Does nothing (no height is set, so no new layout is asked for) when neither the text nor
    the width changed since the label was last fitted.
    """
    width, text = label.width(), label.text()
    if width <= 0 or not text:
        return
    fitted_for = f"{width}\n{text}"
    if label.property(_FITTED_FOR_PROPERTY) == fitted_for:
        return
    label.setProperty(_FITTED_FOR_PROPERTY, fitted_for)
    fitted = label.minimumHeight()
    # QLabel.heightForWidth never answers less than the minimum height, so the height fixed for
    # a longer text would stay: ask with the minimum lifted.
    label.setMinimumHeight(0)
    height = label.heightForWidth(width)
    if height > 0 and height != fitted:
        label.setFixedHeight(height)
    else:
        label.setMinimumHeight(fitted)


def fit_wrapped_labels(owner: QObject, labels: Iterable[QLabel]) -> None:
    """Make each word-wrapped label follow its text's height (see :class:`_WrappedLabelFitter`).

    Args:
        owner: Keeps the filter alive (the view or dialog holding the labels).
        labels: The labels, e.g. the error labels under the fields.
    """
    fitter = owner.findChild(_WrappedLabelFitter) or _WrappedLabelFitter(owner)
    for label in set(labels):
        label.setProperty(_FIT_PROPERTY, True)
        label.installEventFilter(fitter)
        parent = label.parentWidget()
        if parent is not None:
            # Installing twice moves the filter to the front; it is still called once.
            parent.installEventFilter(fitter)
