"""The Enforcement options panel: every power, allowed or blocked, and why."""

from __future__ import annotations

from typing import ClassVar

from enforcement_desktop.gui.models.dto_table import BAD, CENTRE, GOOD, Column, DtoTableModel
from enforcement_desktop.services.options import PowerOptionDTO

ALLOWED_MARK = "✔ Allowed"
BLOCKED_MARK = "✘ Blocked"


def reasons_text(option: PowerOptionDTO) -> str:
    """Every reason, one a line (the tooltip and the detail panel)."""
    return "\n".join(option.reasons)


def reason_summary(option: PowerOptionDTO) -> str:
    """One line for the table: what blocks the power, or the deciding figure when allowed.

    The checks are listed general first (sanctions, appeal, jurisdiction), so for an allowed
    power the last one is the specific figure (a balance against a de minimis, an account).
    """
    if not option.reasons:
        return ""
    return " ".join(option.reasons) if not option.allowed else option.reasons[-1]


class PowerOptionsModel(DtoTableModel):
    """One row per enforcement power: allowed (green tick) or blocked (red cross), and reasons."""

    POWER, VERDICT, REASONS = range(3)
    COLUMNS: ClassVar = (
        Column("Power", lambda o: o.label),
        Column(
            "Verdict",
            lambda o: ALLOWED_MARK if o.allowed else BLOCKED_MARK,
            sort_key=lambda o: (not o.allowed, o.label),
            align=CENTRE,
            foreground=lambda o: GOOD if o.allowed else BAD,
            accessible=lambda o: "Allowed" if o.allowed else "Blocked",
        ),
        Column("Reasons and figures", reason_summary, tooltip=reasons_text),
    )

    def option_at(self, row: int) -> PowerOptionDTO | None:
        item = self.row_at(row)
        return item if isinstance(item, PowerOptionDTO) else None
