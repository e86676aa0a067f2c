"""The client banner above every view, its hold chips, the PV marker wherever a client is listed,
and the DEMO strip.

The banner shows what the read model says (:class:`~enforcement_desktop.services.screens.
ClientScreen`): the client, their PV marker, and one chip per hold the domain found
(:mod:`enforcement_desktop.domain.holds`), the rules' reasons on hover. Nothing here decides.

The PV marker looks the same in the banner, the work queue and the search results: white on
:data:`PV_COLOUR`, the banner spelling it out (:data:`PV_TEXT`), a list cell as a :data:`PV_SHORT`
badge (:class:`PvBadgeDelegate`) whose tooltip spells it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from enforcement_desktop.domain.values import format_date

if TYPE_CHECKING:
    # Types only: the window is built before the rules and the ORM are imported (gui/preload.py).
    from enforcement_desktop.domain.csa import AttentionVerdict
    from enforcement_desktop.domain.holds import Hold
    from enforcement_desktop.services.contacts import ContactDTO

PV_COLOUR = "#b00020"
PV_TEXT = "PV – potentially violent"
PV_SHORT = "PV"
#: The banner's marker (as ``ui/main_window.ui`` styles it) and any label showing it.
PV_STYLE = (
    f"QLabel {{ background: {PV_COLOUR}; color: white; font-weight: bold; padding: 2px 8px; "
    "border-radius: 3px; }"
)
#: Data role of a list cell: True when the row's client carries the PV marker.
PvMarkerRole = Qt.ItemDataRole.UserRole + 40

HOLD_STYLE = (
    "QLabel { background: #fff4e5; color: #5f3700; border: 1px solid #b26a00; "
    "border-radius: 9px; padding: 1px 8px; }"
)
#: Check CSA: urgent (fast track) and priority chips, and the sensitive-case marker.
URGENT_STYLE = (
    "QLabel { background: #b3261e; color: white; font-weight: bold; padding: 2px 8px; "
    "border-radius: 3px; }"
)
PRIORITY_STYLE = (
    "QLabel { background: #ffe0b2; color: #5f3700; font-weight: bold; border: 1px solid #8a5300; "
    "padding: 1px 8px; border-radius: 3px; }"
)
SENSITIVE_COLOUR = "#4a148c"
SENSITIVE_TEXT = "Sensitive case"
SENSITIVE_STYLE = (
    f"QLabel {{ background: {SENSITIVE_COLOUR}; color: white; font-weight: bold; "
    "padding: 2px 8px; border-radius: 3px; }"
)
DEMO_STYLE = (
    "QLabel { background: #e65100; color: white; font-weight: bold; padding: 3px; "
    "letter-spacing: 1px; }"
)
DEMO_TEXT = "DEMO DATA — generated, fictional people — not live cases"


def pv_tooltip(control_measures: str | None) -> str:
    """What hovering a PV marker says, in the banner and in lists."""
    measures = control_measures or "No control measures recorded"
    return f"{PV_TEXT}. Control measures: {measures}"


class BannerLabels(Protocol):
    """The banner's widgets, as ``ui/main_window.ui`` makes them."""

    clientBanner: QFrame
    clientNameLabel: QLabel
    clientScinLabel: QLabel
    clientDetailsLabel: QLabel
    pvMarkerLabel: QLabel
    centralLayout: QVBoxLayout


class HoldChips(QWidget):
    """One chip per hold on the client: what, since when, until when; the reasons on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdChips")
        self.setAccessibleName("Holds on enforcement")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(6)
        self._title = QLabel("<b>Holds:</b>", self)
        layout.addWidget(self._title)
        self._layout = layout
        self.chips: list[QLabel] = []
        layout.addStretch(1)
        self.setVisible(False)

    def show_holds(self, holds: Sequence[Hold]) -> None:
        """Show these holds (hidden when there is none)."""
        for chip in self.chips:
            # Hidden at once: deleteLater waits for the event loop, and the old client's chip
            # must not show beside the new one meanwhile.
            chip.hide()
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for position, hold in enumerate(holds, start=1):
            chip = QLabel(self)
            chip.setObjectName(f"holdChip{position}")
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setText(hold.text)
            chip.setStyleSheet(HOLD_STYLE)
            chip.setToolTip(_tooltip(hold))
            chip.setAccessibleName(f"Hold: {hold.text}")
            chip.setAccessibleDescription(hold.tooltip)
            self._layout.insertWidget(position, chip)
            self.chips.append(chip)
        self.setVisible(bool(holds))
        self.setAccessibleDescription("; ".join(h.text for h in holds))


def _tooltip(hold: Hold) -> str:
    # Rich text, so a long reason wraps instead of running off the screen.
    body = "".join(f"<li>{escape(reason)}</li>" for reason in hold.reasons)
    return f"<p><b>{escape(hold.text)}</b></p><ul style='margin-left:-20px'>{body}</ul>"


class CaseMarks(QWidget):
    """The sensitive-case marker and the urgent/priority chip (Check CSA), reasons on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseMarks")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(6)
        self.sensitive = QLabel(SENSITIVE_TEXT, self)
        self.sensitive.setObjectName("sensitiveMarkerLabel")
        self.sensitive.setStyleSheet(SENSITIVE_STYLE)
        self.attention = QLabel(self)
        self.attention.setObjectName("attentionChip")
        self.attention.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.sensitive)
        layout.addWidget(self.attention)
        layout.addStretch(1)
        self.show_marks(None, None)

    def show_marks(self, client: ContactDTO | None, attention: AttentionVerdict | None) -> None:
        """Show what the read model decided (nothing when no client is open)."""
        sensitive = client is not None and client.sensitive
        self.sensitive.setVisible(sensitive)
        if client is not None and sensitive:
            hidden = (
                " Their address is shown only to Special Client Records."
                if client.addresses_hidden
                else ""
            )
            tip = (
                "A sensitive case (Check CSA, step 4): information on the CSA systems is "
                f"obtained through the Special Client Records team.{hidden}"
            )
            self.sensitive.setToolTip(tip)
            self.sensitive.setAccessibleDescription(tip)
        label = attention.label if attention is not None else ""
        self.attention.setVisible(bool(label))
        if attention is not None and label:
            # Urgent outranks priority; a case that is both says so.
            both = attention.urgent and attention.priority
            self.attention.setText(f"{label} · Priority" if both else label)
            self.attention.setStyleSheet(URGENT_STYLE if attention.urgent else PRIORITY_STYLE)
            body = "".join(f"<li>{escape(r)}</li>" for r in attention.reasons)
            self.attention.setToolTip(
                f"<p><b>{label}</b></p><ul style='margin-left:-20px'>{body}</ul>"
            )
            self.attention.setAccessibleName(label)
            self.attention.setAccessibleDescription(attention.tooltip)
        self.setVisible(sensitive or bool(label))


class ClientBanner:
    """Paints the banner of ``ui/main_window.ui`` and the hold chips under it.

    Args:
        ui: The main window's form (its banner labels and central layout).
        parent: The widget that owns the chips.
    """

    def __init__(self, ui: BannerLabels, parent: QWidget) -> None:
        self.ui = ui
        self.chips = HoldChips(parent)
        self.marks = CaseMarks(parent)
        layout = ui.centralLayout
        layout.insertWidget(layout.indexOf(ui.clientBanner) + 1, self.chips)
        layout.insertWidget(layout.indexOf(ui.clientBanner) + 1, self.marks)

    def show_client(
        self,
        client: ContactDTO | None,
        holds: Sequence[Hold] = (),
        attention: AttentionVerdict | None = None,
    ) -> None:
        """Show the client (None: no client open), the holds on them, whether the case is
        sensitive and whether it is urgent or priority."""
        self.marks.show_marks(client, attention)
        ui = self.ui
        if client is None:
            ui.clientNameLabel.setText("No client open")
            ui.clientScinLabel.setText("")
            ui.clientDetailsLabel.setText(
                "Find a client with the search box, or open a service request from the work queue."
            )
            ui.pvMarkerLabel.setVisible(False)
            ui.clientBanner.setAccessibleDescription("No client open")
            self.chips.show_holds(())
            return
        ui.clientNameLabel.setText(f"<b style='font-size:12pt'>{escape(client.full_name)}</b>")
        ui.clientScinLabel.setText(f"SCIN <b>{client.scin or '—'}</b>")
        details = [client.role.label]
        if client.date_of_birth:
            details.append(f"born {format_date(client.date_of_birth)}")
        if client.nino:
            details.append(f"NI {client.nino}")
        ui.clientDetailsLabel.setText(" · ".join(details))
        ui.pvMarkerLabel.setVisible(client.pv_marker)
        ui.pvMarkerLabel.setToolTip(pv_tooltip(client.pv_control_measures))
        measures = client.pv_control_measures or "No control measures recorded"
        ui.pvMarkerLabel.setAccessibleDescription(f"Control measures: {measures}")
        pv = ", PV marker: potentially violent" if client.pv_marker else ""
        held = f", {len(holds)} {'hold' if len(holds) == 1 else 'holds'}" if holds else ""
        marks = ", sensitive case" if client.sensitive else ""
        if attention is not None and attention.label:
            marks += f", {attention.label.lower()}"
        ui.clientBanner.setAccessibleDescription(
            f"{client.full_name}, SCIN {client.scin or 'none'}{pv}{marks}{held}"
        )
        self.chips.show_holds(holds)


def demo_strip(parent: QWidget) -> QLabel:
    """The strip across the window on demo data, as training environments have."""
    strip = QLabel(DEMO_TEXT, parent)
    strip.setObjectName("demoStrip")
    strip.setAlignment(Qt.AlignmentFlag.AlignCenter)
    strip.setStyleSheet(DEMO_STYLE)
    strip.setAccessibleName("Demo data")
    strip.setAccessibleDescription(DEMO_TEXT)
    strip.setToolTip(
        "This database was generated for training and trying the tool: every person in it is "
        "fictional, and nothing done here reaches a live case."
    )
    return strip


AnyIndex = QModelIndex | QPersistentModelIndex


class PvBadgeDelegate(QStyledItemDelegate):
    """A list cell with a PV badge at its right end when the row's client carries the marker
    (:data:`PvMarkerRole`): the same colour as the banner's marker."""

    _PAD = 6

    def _badge_width(self, font: QFont) -> int:
        bold = QFont(font)
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance(PV_SHORT) + 2 * self._PAD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if not index.data(PvMarkerRole):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        badge_width = self._badge_width(opt.font)
        rect = QRect(opt.rect)
        room = max(rect.width() - badge_width - 2 * self._PAD, 0)
        opt.text = QFontMetrics(opt.font).elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        height = QFontMetrics(opt.font).height() + 2
        badge = QRect(
            rect.right() - badge_width - 2,
            rect.top() + (rect.height() - height) // 2,
            badge_width,
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PV_COLOUR))
        painter.drawRoundedRect(badge, 3, 3)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, PV_SHORT)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(PvMarkerRole):
            size.setWidth(size.width() + self._badge_width(option.font) + 2 * self._PAD)
        return size
