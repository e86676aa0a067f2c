"""The Contact view's Case box: the case shown, its flags and parties, and what changes them.

A base of :class:`ContactView` (which supplies the widgets and the reload), kept apart so the view
stays a size one can read.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from enforcement_desktop.domain.enums import DeoDesire
from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.domain.values import ZERO, format_date, format_money
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.dialogs.case_dialog import CaseDialog
from enforcement_desktop.gui.dialogs.wilful_refusal_dialog import WilfulRefusalDialog
from enforcement_desktop.gui.errors import handle_service_error
from enforcement_desktop.gui.forms.ui_contact_view import Ui_ContactView
from enforcement_desktop.gui.models.contact_models import CasePartiesModel, PartyRow
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import (
    combo_value,
    fill_combo,
    select_value,
    selected_row,
)
from enforcement_desktop.services import cases, contacts
from enforcement_desktop.services.cases import CaseDTO
from enforcement_desktop.services.contacts import ContactDTO
from enforcement_desktop.services.users import UserNames


def text_or_empty(value: str | None) -> str:
    return value or ""


#: The Case box stays a few short lines beside the client details (a long wilful refusal
#: evidence would otherwise push them apart): free text is cut to this many characters, and the
#: box's tooltip has all of it.
LINE_BUDGET = 38


def clip(text: str | None, budget: int = LINE_BUDGET) -> str:
    """The first line of ``text``, cut to ``budget`` characters with an ellipsis."""
    stripped = (text or "").strip()
    first = stripped.splitlines()[0] if stripped else ""
    return first if len(first) <= budget else first[: budget - 1].rstrip() + "…"


def figures_html(case: CaseDTO, owed_under_los: Decimal) -> str:
    """The case's arrears and what is owed under its liability orders, side by side, labelled.

    Two figures a case manager compares (a payment against an LO moves both): a small table so
    each label sits above its figure.
    """
    return (
        "<table cellspacing='0' cellpadding='0'><tr>"
        "<td>Case arrears</td><td width='12'></td><td>Owed under liability orders</td></tr><tr>"
        f"<td><b>{format_money(case.arrears_balance)}</b></td><td></td>"
        f"<td><b>{format_money(owed_under_los)}</b></td></tr></table>"
    )


def case_html(case: CaseDTO, owed_under_los: Decimal = ZERO, names: UserNames | None = None) -> str:
    """Short lines about one case for the Case box, the wilful refusal finding included; the
    case manager by name (``names``), else by login."""
    names = names or UserNames()
    lines = [
        f"<b>Case {case.id}</b> · {escape(case.scheme.label)} · {escape(clip(case.region, 24))}"
        f" · {escape(case.owning_team.label)} team",
    ]
    managed_by = ", ".join(x for x in (names.of(case.case_manager), case.team) if x)
    if managed_by:
        lines.append(f"Case manager: {escape(clip(managed_by, LINE_BUDGET - 14))}")
    flags = [
        name
        for name, on in (
            ("Segment 5", case.segment_5),
            ("Legacy ongoing enforcement", case.legacy_ongoing_enforcement),
        )
        if on
    ]
    if flags:
        lines.append(" · ".join(flags))
    if case.disable_missed_payment_monitor:
        lines.append("Missed payment monitor disabled")
    if case.deo_desire != DeoDesire.NONE:
        lines.append(f"Desire for DEO/DER: {escape(case.deo_desire.label)}")
        if case.deo_desire_set_on:
            lines.append(f"(flag set on {format_date(case.deo_desire_set_on)})")
    if case.wilful_refusal_found_on is not None:
        lines.append(f"<b>Wilful refusal</b> found {format_date(case.wilful_refusal_found_on)}:")
        lines.append(f"<i>“{escape(clip(case.wilful_refusal_evidence, LINE_BUDGET - 2))}”</i>")
    # The table is a block of its own: no <br> before it (it would add an empty line).
    return "<br>".join(lines[:1]) + figures_html(case, owed_under_los) + "<br>".join(lines[1:])


def case_tooltip(case: CaseDTO, names: UserNames | None = None) -> str:
    """The case text in full (the box cuts long values short), the case manager's login too."""
    names = names or UserNames()
    parts = [
        f"Region: {case.region}",
        "Case arrears: what the paying parent owes on this case. Owed under liability orders: "
        "the balances of its granted liability orders (amount + costs − payments). A payment "
        "recorded against an order takes it off both.",
    ]
    if case.case_manager or case.team:
        manager = names.of(case.case_manager) or "—"
        if case.case_manager and manager != case.case_manager:
            manager += f" (login {case.case_manager})"
        parts.append(f"Case manager: {manager}; team: {case.team or '—'}")
    if case.wilful_refusal_found_on is not None:
        parts.append(
            f"Wilful refusal or culpable neglect found {format_date(case.wilful_refusal_found_on)}."
            f" Evidence:\n{case.wilful_refusal_evidence or ''}"
        )
    return "\n".join(parts)


def case_choice_text(case: CaseDTO, contact_id: int) -> str:
    """How a case is named in the case chooser."""
    whose = (
        "" if case.paying_parent_id == contact_id else f" — paying parent {case.paying_parent_name}"
    )
    return f"Case {case.id}: {case.scheme.label}, {case.region}{whose}"


class CaseBox(ClientView):
    """The Case box of the Contact view (see the module's docstring)."""

    ui: Ui_ContactView
    contact: ContactDTO | None
    parties_model: CasePartiesModel
    add_receiving_parent_action: QAction
    remove_receiving_parent_action: QAction
    _cases: list[CaseDTO]
    _case_id: int | None
    #: What is owed under each case's liability orders, by case id (from the screen's orders).
    _owed_under_los: dict[int, Decimal]
    #: The names of the case managers (from the client's screen).
    _names: UserNames = UserNames()

    def _reload_keeping_edits(self) -> None:
        raise NotImplementedError

    def _show_cases(self, contact: ContactDTO, client_cases: list[CaseDTO]) -> None:
        ui = self.ui
        self._cases = client_cases
        fill_combo(ui.caseCombo, ((case_choice_text(c, contact.id), c.id) for c in client_cases))
        several = len(client_cases) > 1
        ui.caseChooserLabel.setVisible(several)
        ui.caseCombo.setVisible(several)
        if not any(c.id == self._case_id for c in client_cases):
            self._case_id = client_cases[0].id if client_cases else None
        ui.caseCombo.blockSignals(True)
        try:
            select_value(ui.caseCombo, self._case_id)
        finally:
            ui.caseCombo.blockSignals(False)
        self._show_case()

    def current_case(self) -> CaseDTO | None:
        """The case shown in the Case box (the one chosen when the client has several)."""
        return next((c for c in self._cases if c.id == self._case_id), None)

    def _case_chosen(self) -> None:
        self._case_id = combo_value(self.ui.caseCombo)
        self._show_case()

    def _show_case(self) -> None:
        ui = self.ui
        contact, case = self.contact, self.current_case()
        parties: list[PartyRow] = []
        if contact is not None and case is not None:
            if case.paying_parent_id != contact.id:
                parties.append(
                    PartyRow(
                        case.paying_parent_id,
                        "Paying parent",
                        case.paying_parent_name,
                        case.paying_parent_scin,
                        case.id,
                    )
                )
            parties.extend(
                PartyRow(rp.contact_id, "Receiving parent", rp.name, rp.scin, case.id)
                for rp in case.receiving_parents
                if rp.contact_id != contact.id
            )
        self.parties_model.set_rows(parties)
        ui.partiesTable.setColumnHidden(
            CasePartiesModel.ROLE, all(p.role == "Receiving parent" for p in parties)
        )
        paying = case is not None and contact is not None and case.paying_parent_id == contact.id
        ui.partiesCaption.setText(
            "Receiving parent(s) — double-click to open:"
            if paying or case is None
            else "Other parties of the case — double-click to open:"
        )
        if case is None:
            ui.caseLabel.setText("No case recorded.")
            ui.caseLabel.setToolTip("")
        else:
            note = (
                ""
                if paying
                else "<br><span style='color:#5f6368'>Changed from the paying parent's view.</span>"
            )
            owed = self._owed_under_los.get(case.id, ZERO)
            ui.caseLabel.setText(case_html(case, owed, self._names) + note)
            ui.caseLabel.setToolTip(case_tooltip(case, self._names))
        self._update_case_actions()

    def _editable_case(self) -> CaseDTO | None:
        """The case in the Case box when the open client is its paying parent, else None."""
        case = self.current_case()
        if case is None or self.contact is None or case.paying_parent_id != self.contact.id:
            return None
        return case

    def _selected_receiving_parent(self) -> PartyRow | None:
        row = selected_row(self.ui.partiesTable)
        party = self.parties_model.party_at(row) if row is not None else None
        return party if party is not None and party.role == "Receiving parent" else None

    def _update_case_actions(self) -> None:
        ui = self.ui
        case = self.current_case()
        editable = self._editable_case() is not None
        for widget in (ui.editCaseButton, ui.wilfulRefusalButton, ui.addReceivingParentButton):
            widget.setEnabled(editable)
        self.add_receiving_parent_action.setEnabled(editable)
        can_remove = editable and self._selected_receiving_parent() is not None
        ui.removeReceivingParentButton.setEnabled(can_remove)
        self.remove_receiving_parent_action.setEnabled(can_remove)
        elsewhere = (
            f"Open the paying parent, {case.paying_parent_name}, to change this case"
            if case is not None and not editable
            else None
        )
        for button, tip in (
            (
                ui.editCaseButton,
                "Change the scheme, region, owning team, arrears balance and flags of this case",
            ),
            (
                ui.wilfulRefusalButton,
                "Record or correct the finding of wilful refusal or culpable neglect",
            ),
            (
                ui.addReceivingParentButton,
                "Add a receiving parent to this case by SCIN (Insert in the table)",
            ),
            (
                ui.removeReceivingParentButton,
                "Remove the selected receiving parent from this case (Delete in the table)",
            ),
        ):
            button.setToolTip(elsewhere or tip)

    # ------------------------------------------------------------------ case

    def edit_case(self) -> None:
        """Change the case in the Case box (scheme, region, team, arrears, flags)."""
        case = self._editable_case()
        if case is not None:
            self._case_dialog(CaseDialog(self.ctx, case, self), f"Case {case.id} saved")

    def record_wilful_refusal(self) -> None:
        """Record, or correct, the finding of wilful refusal or culpable neglect on the case."""
        case = self._editable_case()
        if case is not None:
            self._case_dialog(
                WilfulRefusalDialog(self.ctx, case, self),
                f"Wilful refusal finding recorded on case {case.id}",
            )

    def _case_dialog(self, dialog: ServiceDialog, done: str) -> None:
        if forms.run_dialog(dialog):
            self._reload_keeping_edits()
            self.status_message.emit(done)
            self.data_changed.emit()
        elif dialog.needs_reload:
            self._reload_keeping_edits()
            self.status_message.emit("Not saved: the case was reloaded")
        dialog.deleteLater()

    def add_receiving_parent(self) -> None:
        """Ask for a receiving parent's SCIN, confirm who it is, and add them to the case."""
        case = self._editable_case()
        if case is None:
            return
        ask = QInputDialog(self)
        ask.setWindowTitle(f"Add receiving parent — case {case.id}")
        ask.setLabelText("&SCIN of the receiving parent to add (12 digits):")
        ask.setOkButtonText("&Find")
        accepted = forms.run_dialog(ask)
        scin = ask.textValue().strip()
        ask.deleteLater()
        if not accepted or not scin:
            return

        def confirm_and_add(found: ContactDTO) -> None:
            if not forms.confirm(
                self,
                "Add receiving parent",
                f"Add {found.full_name} (SCIN {found.scin}, {found.role.label}) to case "
                f"{case.id} as a receiving parent?",
                "&Add receiving parent",
            ):
                return

            def added(_case: CaseDTO) -> None:
                self._reload_keeping_edits()
                self.status_message.emit(f"{found.full_name} added to case {case.id}")
                self.data_changed.emit()

            self.write(
                lambda ctx: cases.add_receiving_parent(ctx, case.id, case.version, found.id),
                added,
                on_refused=lambda exc: self._case_refused("Receiving parent not added", exc),
            )

        self.write(lambda ctx: contacts.find_contact_by_scin(ctx, scin), confirm_and_add)

    def remove_receiving_parent(self) -> None:
        """Remove the receiving parent selected in the parties table, after asking."""
        case = self._editable_case()
        party = self._selected_receiving_parent()
        if case is None or party is None:
            return
        if not forms.confirm(
            self,
            "Remove receiving parent",
            f"Remove {party.name} (SCIN {party.scin or 'not recorded'}) from case {case.id}? "
            "Their own record is kept.",
            "&Remove receiving parent",
        ):
            return

        def removed(_case: CaseDTO) -> None:
            self._reload_keeping_edits()
            self.status_message.emit(f"{party.name} removed from case {case.id}")
            self.data_changed.emit()

        self.write(
            lambda ctx: cases.remove_receiving_parent(ctx, case.id, party.contact_id, case.version),
            removed,
            on_refused=lambda exc: self._case_refused("Receiving parent not removed", exc),
        )

    def _case_refused(self, title: str, exc: DomainError) -> None:
        # Field errors here have no field on screen to sit beside: say them in words.
        if isinstance(exc, ValidationError):
            QMessageBox.warning(self, title, "\n".join(exc.errors.values()))
        else:
            handle_service_error(self, exc, reload=self._reload_keeping_edits)
        self.status_message.emit(title)
