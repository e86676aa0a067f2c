"""The bailiff pack for the Bailiff SPOC: what it will hold, before anything is written, then the
zip built off the GUI thread (seed 003 steps 10-16)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidgetItem,
    QWhatsThis,
    QWidget,
)

from enforcement_desktop.documents.data import BailiffPack
from enforcement_desktop.documents.encrypted_zip import generate_passphrase
from enforcement_desktop.domain.enums import DocumentType
from enforcement_desktop.domain.errors import DatabaseUnavailable, DomainError, ValidationError
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.errors import (
    ERROR_STYLE,
    GENERAL_FIELD,
    clear_field_errors,
    handle_service_error,
    show_field_errors,
)
from enforcement_desktop.gui.forms.ui_bailiff_pack_dialog import Ui_BailiffPackDialog
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.preferences import output_folder, remember_output_folder
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import fit_wrapped_labels
from enforcement_desktop.services import bailiff, policy
from enforcement_desktop.services.bailiff import (
    LoPlace,
    PackCandidate,
    PackOutcome,
    PackPreview,
    PriorityEntry,
)
from enforcement_desktop.services.base import ServiceContext

(
    COL_FILE,
    COL_FORM,
    COL_REFERENCE,
    COL_ORIGIN,
    COL_GRANTED,
    COL_BALANCE,
    COL_SUM,
    COL_SR,
) = range(8)
_HEADERS = (
    "File in the zip",
    "Form",
    "LO reference",
    "Origin",
    "Granted",
    "Current balance",
    "Sum applied for",
    "Bailiff SR",
)
(
    PRIORITY_COL_POSITION,
    PRIORITY_COL_REFERENCE,
    PRIORITY_COL_ORIGIN,
    PRIORITY_COL_GRANTED,
    PRIORITY_COL_BALANCE,
    PRIORITY_COL_PLACE,
    PRIORITY_COL_DETAIL,
) = range(7)
_PRIORITY_HEADERS = (
    "Priority",
    "LO reference",
    "Origin",
    "Granted",
    "Current balance",
    "Where it stands",
    "Details",
)
#: Rows shown before the priorities table scrolls.
_PRIORITY_ROWS = 6
CMEL8010_TITLE = "CMEL8010 Referral to bailiff"
CMSF5571_TITLE = "CMSF5571 DVS photo request"


@dataclass(frozen=True)
class _PackRead:
    """What the pack would hold now: the client's candidates, and the preview when one is ready."""

    candidates: list[PackCandidate]
    preview: PackPreview | None
    #: Why the preview could not be made (the candidates are still shown).
    problem: str | None
    #: Every LO of the client with a balance, in collection priority, and where it stands.
    priorities: list[PriorityEntry]
    #: The office requires packs to travel encrypted (database_info pack_encryption_required).
    encryption_required: bool = False


def _read_pack(ctx: ServiceContext, scin: str) -> _PackRead:
    """Read the candidates and the preview (on the data lane); nothing is written."""
    candidates: list[PackCandidate] = []
    priorities: list[PriorityEntry] = []
    required = policy.pack_encryption_required(ctx)
    try:
        candidates = bailiff.pack_candidates(ctx, scin)
        priorities = bailiff.lo_priorities(ctx, scin)
        ready = any(c.ready for c in candidates)
        preview = bailiff.preview_pack(ctx, scin) if ready else None
        if preview is not None:
            priorities = list(preview.priorities)
        return _PackRead(candidates, preview, None, priorities, required)
    except DatabaseUnavailable:
        raise  # shown with Try again, not as a problem of the pack
    except ValidationError as exc:
        return _PackRead(candidates, None, "\n".join(exc.errors.values()), priorities, required)
    except DomainError as exc:
        return _PackRead(candidates, None, str(exc), priorities, required)


class BailiffPackDialog(QDialog):
    """Preview and build the zip of one client's prepared, unsent Bailiff SRs.

    The preview comes from :func:`bailiff.pack_candidates` and :func:`bailiff.build_pack_data`,
    read on the data lane when the dialog opens: every CMEL8010 in collection priority ("LO k
    of N"), the figures each carries, the SRs not ready and why, and the zip's name. "Build
    pack" runs :func:`bailiff.build_bailiff_pack` on the data lane and waits for it, with a
    progress dialog after half a second; the zip is written whole or not at all.

    Args:
        ctx: Database, user and clock.
        scin: The paying parent's SCIN.
        parent: The parent widget.
        settings: Where the output folder is remembered (default: the user's QSettings).
    """

    #: The pack was written (the :class:`PackOutcome`): the SRs changed.
    pack_built = Signal(object)
    #: The pack was recorded as sent (the SRs as they now stand).
    pack_sent = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        scin: str,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BailiffPackDialog()
        self.ui.setupUi(self)
        # Shift+F1 then a click explains an input: a modal dialog blocks the main window's
        # What's This action, so the dialog carries its own (as ServiceDialog does).
        self.addAction(QWhatsThis.createAction(self))
        self.ctx = ctx
        self.scin = scin
        self.settings = settings if settings is not None else QSettings()
        self.candidates: list[PackCandidate] = []
        self.priorities: list[PriorityEntry] = []
        self.preview: PackPreview | None = None
        self.pack: BailiffPack | None = None
        self.dvs_refusal: str | None = None
        self.zip_name: str | None = None
        self.outcome: PackOutcome | None = None
        #: Whether the last build was encrypted (its passphrase was shown once, not kept).
        self.encrypted = False
        #: The office requires packs to be encrypted (read with the preview).
        self.encryption_required = False
        self._policy_shown = False
        self._texts: dict[int, QPlainTextEdit] = {}
        self._loading = False
        ui = self.ui
        self.setWindowTitle(f"Bailiff pack — SCIN {scin}")

        table = ui.formsTable
        table.setColumnCount(len(_HEADERS))
        table.setHorizontalHeaderLabels(list(_HEADERS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FORM, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setWordWrap(False)
        priorities = ui.prioritiesTable
        priorities.setColumnCount(len(_PRIORITY_HEADERS))
        priorities.setHorizontalHeaderLabels(list(_PRIORITY_HEADERS))
        header = priorities.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PRIORITY_COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        priorities.verticalHeader().setVisible(False)
        priorities.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        priorities.setWordWrap(False)
        ui.skipQuestionLabel.setStyleSheet("color: #8a4b00;")
        ui.skipReasonEdit.setFixedHeight(ui.skipReasonEdit.fontMetrics().lineSpacing() * 2 + 14)

        self.build_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.build_button.setText("&Build pack")
        self.build_button.setDefault(True)
        self.close_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        ui.buttonBox.accepted.connect(self.build)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.recordSentButton.clicked.connect(self.record_sent)
        ui.encryptCheck.toggled.connect(self._show_encryption)
        ui.dvsCheck.toggled.connect(self._show_forms)
        ui.folderEdit.setText(str(output_folder(ctx.db.url, self.settings)))
        ui.formsHintLabel.setStyleSheet("color: palette(placeholder-text);")
        ui.dvsReasonLabel.setStyleSheet("color: palette(placeholder-text);")
        ui.encryptHintLabel.setStyleSheet("color: palette(placeholder-text);")
        ui.generalError.setStyleSheet(ERROR_STYLE)
        # The forms table keeps its rows' height; the additional information takes the rest.
        ui.mainLayout.setStretchFactor(ui.additionalGroup, 1)
        ui.additionalScroll.viewport().setAutoFillBackground(False)
        ui.additionalContents.setAutoFillBackground(False)
        ui.additionalForm.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.resize(1120, 720)
        self._errors: dict[str, QLabel] = {
            "out_dir": ui.folderError,
            "dvs": ui.dvsError,
            "additional_information": ui.additionalError,
            "skip_reason": ui.skipReasonError,
            "sr_ids": ui.generalError,
            GENERAL_FIELD: ui.generalError,
        }
        fit_wrapped_labels(
            self,
            [
                *self._errors.values(),
                ui.dvsReasonLabel,
                ui.notReadyLabel,
                ui.skipQuestionLabel,
                ui.encryptHintLabel,
            ],
        )
        self.load()

    # ----------------------------------------------------------------- preview

    @property
    def ready(self) -> list[PackCandidate]:
        """The SRs that go in the pack, in collection priority."""
        return [c for c in self.candidates if c.ready]

    @property
    def loading(self) -> bool:
        """True while what the pack would hold is being read."""
        return self._loading

    def load(self) -> None:
        """Read what the pack would hold now (nothing is written); shown when it comes."""
        clear_field_errors(self._errors)
        self._loading = True
        self.build_button.setEnabled(False)
        self.build_button.setToolTip("Reading what the pack would hold…")
        self.ui.zipLabel.setText("Reading what the pack would hold…")
        scin = self.scin

        def again() -> None:
            self.load()

        def failed(exc: BaseException) -> None:
            self._loading = False
            self.ui.zipLabel.setText("What the pack would hold could not be read.")
            if not handle_service_error(self, exc, retry=again):
                raise exc

        runner_for(self.ctx).run(
            Operation(self, lambda ctx: _read_pack(ctx, scin), self._show_read, failed, key="read")
        )

    def _show_read(self, read: _PackRead) -> None:
        self._loading = False
        self.candidates, self.preview = read.candidates, read.preview
        self.priorities = read.priorities
        self.encryption_required = read.encryption_required
        if not self._policy_shown:
            # The office's policy sets the first answer; a reload keeps the user's choice.
            self._policy_shown = True
            self.ui.encryptCheck.setChecked(read.encryption_required)
        self._show_encryption()
        self.pack, self.dvs_refusal, self.zip_name = None, None, None
        problem = read.problem
        if self.preview is not None:
            self.pack = self.preview.pack
            self.dvs_refusal = self.preview.dvs_refusal
            self.zip_name = self.preview.zip_name
            problem = self.preview.zip_problem
        self._show_header()
        self._show_priorities()
        self._show_not_ready()
        self._show_dvs()
        self._show_forms()
        self._show_additional()
        if problem:
            self._show_general(problem)
        self.build_button.setEnabled(self.pack is not None and self.zip_name is not None)
        self.build_button.setToolTip(
            "" if self.build_button.isEnabled() else "Nothing is ready to pack yet: see above"
        )

    def _show_header(self) -> None:
        ui = self.ui
        pack = self.pack
        if pack is not None:
            first = pack.referrals[0]
            name = first.paying_parent.full_name
            manager = first.case_manager
            ui.headerLabel.setText(
                f"<b>{escape(name)}</b> · SCIN {escape(pack.scin)} · {escape(pack.region)} · "
                f"case manager {escape(manager.name)}"
                + (" · <b style='color:#b00020'>PV marker</b>" if first.pv_marker else "")
            )
        else:
            ui.headerLabel.setText(f"SCIN <b>{escape(self.scin)}</b>")
        if self.zip_name:
            count = len(pack.referrals) if pack else 0
            ui.zipLabel.setText(
                f"Zip file: <b>{escape(self.zip_name)}</b> — {count} CMEL8010"
                f"{'s' if count != 1 else ''} in collection priority (CMS LOs oldest to "
                "newest, then CSA LOs oldest to newest)."
            )
        elif not self.candidates:
            ui.zipLabel.setText(
                "This client has no Bailiff SR waiting to be sent. Refer a liability order to "
                "the bailiff from the Enforcement Orders view first."
            )
        else:
            ui.zipLabel.setText("Nothing can be packed yet: no Bailiff SR of this client is ready.")
        ui.formsHintLabel.setText(
            "The first CMEL8010 is complete; later ones carry the parents' details, the SCIN and "
            "what differs "
            "(Bailiff procedure, step 10). Nothing is written until you build the pack."
            if pack
            else ""
        )
        ui.formsHintLabel.setVisible(pack is not None)

    @property
    def skip_question(self) -> str | None:
        """What must be answered before building: a higher-priority LO is left out."""
        return self.preview.skip_question if self.preview is not None else None

    def _show_priorities(self) -> None:
        ui = self.ui
        table = ui.prioritiesTable
        entries = self.priorities
        ui.prioritiesGroup.setVisible(bool(entries))
        table.setRowCount(len(entries))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        skipped = {e.order_id for e in self.preview.skipped} if self.preview else set()
        for row, entry in enumerate(entries):
            values = (
                entry.position_label,
                entry.reference,
                entry.origin.label,
                format_date(entry.granted_on),
                format_money(entry.current_balance),
                entry.place.label,
                entry.detail,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == PRIORITY_COL_BALANCE:
                    item.setTextAlignment(right)
                if column == PRIORITY_COL_DETAIL:
                    item.setToolTip(text)
                if column == PRIORITY_COL_PLACE and entry.place == LoPlace.IN_PACK:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if entry.order_id in skipped and column in (
                    PRIORITY_COL_PLACE,
                    PRIORITY_COL_DETAIL,
                ):
                    item.setForeground(QColor("#8a4b00"))
                table.setItem(row, column, item)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 6
        height += table.verticalHeader().defaultSectionSize() * min(
            max(len(entries), 1), _PRIORITY_ROWS
        )
        table.setFixedHeight(height)
        question = self.skip_question
        ui.skipQuestionLabel.setText(question or "")
        ui.skipQuestionLabel.setVisible(question is not None)
        ui.skipReasonEdit.setVisible(question is not None)
        if question is None:
            ui.skipReasonEdit.clear()

    def _show_not_ready(self) -> None:
        label = self.ui.notReadyLabel
        waiting = [c for c in self.candidates if not c.ready]
        label.setVisible(bool(waiting))
        if not waiting:
            label.clear()
            return
        parts = []
        for c in waiting:
            lo = f" (LO {escape(c.reference)})" if c.reference else ""
            problems = "".join(f"<li>{escape(p)}</li>" for p in c.problems)
            parts.append(f"<b>Bailiff SR {c.sr_id}</b>{lo}:<ul style='margin:0'>{problems}</ul>")
        label.setText(
            f"<span style='color:#8a4b00'><b>Not ready, so not in this pack "
            f"({len(waiting)}):</b></span><br>" + "".join(parts)
        )

    def _show_dvs(self) -> None:
        ui = self.ui
        check = ui.dvsCheck
        check.blockSignals(True)
        offered = self.pack is not None and self.dvs_refusal is None
        check.setEnabled(offered)
        if not offered:
            check.setChecked(False)
        check.blockSignals(False)
        if self.pack is None:
            text = "Offered when the pack can be built."
        elif self.dvs_refusal:
            text = f"Not offered: {self.dvs_refusal}."
        else:
            request = self.pack.dvs_request
            grounds = request.reason.removeprefix(f"{bailiff.DVS_REASON}. ") if request else ""
            licence = request.driving_licence_number if request else None
            vehicles = len(request.vehicle_list()) if request else 0
            text = (
                f"{grounds}{f' Licence {licence}.' if licence else ''} The request lists "
                f"{vehicles} vehicle{'s' if vehicles != 1 else ''}. Tick to ask DVS for their "
                "photograph, so the bailiff can identify them."
            )
        ui.dvsReasonLabel.setText(text)
        check.setToolTip(text)
        check.setAccessibleDescription(text)

    def _show_forms(self, *_: object) -> None:
        table = self.ui.formsTable
        pack = self.pack
        rows: list[tuple[str, ...]] = []
        if pack is not None and self.preview is not None:
            dvs = self.ui.dvsCheck.isChecked() and pack.dvs_request is not None
            names = self.preview.entries(dvs)
            by_position = {c.position: c for c in self.ready}
            for name, referral in zip(names, pack.referrals, strict=False):
                lo = referral.liability_order
                candidate = by_position.get(referral.position)
                rows.append(
                    (
                        name,
                        f"CMEL8010 · {referral.position_label}",
                        lo.reference,
                        lo.origin.label,
                        format_date(lo.granted_on),
                        format_money(lo.current_balance),
                        format_money(referral.sum_applied_for),
                        f"SR {candidate.sr_id}" if candidate else "",
                    )
                )
            if dvs and pack.dvs_request is not None:
                rows.append((names[-1], "CMSF5571 · DVS photo request", "", "", "", "", "", ""))
        table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column in (COL_BALANCE, COL_SUM):
                    item.setTextAlignment(right)
                if column == COL_FILE:
                    item.setToolTip(text)
                table.setItem(row, column, item)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 6
        height += table.verticalHeader().defaultSectionSize() * min(max(len(rows), 1), 10)
        table.setFixedHeight(height)

    def _show_additional(self) -> None:
        form = self.ui.additionalForm
        while form.rowCount():
            form.removeRow(0)
        self._texts = {}
        pack = self.pack
        by_position = {c.position: c for c in self.ready}
        if pack is None:
            self.ui.additionalGroup.setEnabled(False)
            return
        self.ui.additionalGroup.setEnabled(True)
        contents = self.ui.additionalContents
        for referral in pack.referrals:
            candidate = by_position.get(referral.position)
            if candidate is None:  # pragma: no cover - the service numbers both alike
                continue
            label_text = f"{referral.position_label} · {referral.liability_order.reference}:"
            edit = QPlainTextEdit(contents)
            edit.setPlainText(referral.additional_information)
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText("Anything the bailiff should know for this LO (optional)")
            edit.setAccessibleName(
                f"Additional information for {referral.position_label}, "
                f"{referral.liability_order.reference}"
            )
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            label = QLabel(label_text, contents)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self._texts[candidate.sr_id] = edit
        # Boxes made now would come last in the dialog's tab chain (after Close): put them
        # between the DVS choice and the output folder's Choose… button, in the forms' order.
        previous: QWidget = self.ui.dvsCheck
        for edit in self._texts.values():
            QWidget.setTabOrder(previous, edit)
            previous = edit
        QWidget.setTabOrder(previous, self.ui.chooseFolderButton)

    def _show_encryption(self, *_: object) -> None:
        on = self.ui.encryptCheck.isChecked()
        policy_text = (
            "Your office requires bailiff packs to be encrypted. "
            if self.encryption_required
            else ""
        )
        if on:
            text = (
                f"{policy_text}A passphrase is made for this pack and shown once when it is "
                "built: send it to the Bailiff SPOC separately from the e-mail that carries "
                "the zip."
            )
        else:
            text = (
                f"{policy_text}The zip will not be encrypted: anyone who gets the e-mail can "
                "read it."
            )
        self.ui.encryptHintLabel.setText(text)
        self.ui.encryptCheck.setToolTip(text)
        self.ui.encryptCheck.setAccessibleDescription(text)

    def _show_general(self, text: str) -> None:
        self.ui.generalError.setText(text)
        self.ui.generalError.setVisible(True)

    # ----------------------------------------------------------------- folder

    def choose_folder(self) -> None:
        """Pick the output folder (remembered once a pack is written there)."""
        chosen = QFileDialog.getExistingDirectory(
            self, "Folder for the bailiff pack", self.ui.folderEdit.text()
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def open_folder(self) -> bool:
        """Show the folder holding the zip in the desktop's file manager."""
        if self.outcome is None:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.zip_path.parent))))

    # ----------------------------------------------------------------- build

    def additional_information(self) -> dict[int, str]:
        """The text typed for each CMEL8010, by Bailiff SR id."""
        return {sr_id: edit.toPlainText() for sr_id, edit in self._texts.items()}

    def build(self) -> bool:
        """Write the zip (on the data lane, waited for) and record it; show where it went."""
        if self._loading:
            return False  # the preview the user is building from is not in yet
        clear_field_errors(self._errors)
        text = self.ui.folderEdit.text().strip()
        if not text:
            show_field_errors(
                self._errors, ValidationError({"out_dir": "Choose the folder for the pack"})
            )
            return False
        folder = Path(text).expanduser()
        dvs = self.ui.dvsCheck.isChecked()
        texts = self.additional_information()
        sr_ids = [c.sr_id for c in self.ready]
        skip_reason = self.ui.skipReasonEdit.toPlainText() if self.skip_question else None
        # Made here and handed to the build only: never stored, shown once below.
        passphrase = generate_passphrase() if self.ui.encryptCheck.isChecked() else None
        scin = self.scin
        # The window keeps painting while the pack is written: no second build meanwhile.
        self.build_button.setEnabled(False)
        try:
            outcome = runner_for(self.ctx).run_and_wait(
                self,
                lambda ctx: bailiff.build_bailiff_pack(
                    ctx,
                    scin,
                    folder,
                    dvs=dvs,
                    additional_information=texts,
                    sr_ids=sr_ids,
                    skip_reason=skip_reason,
                    passphrase=passphrase,
                ),
                "Building the bailiff pack…",
            )
        except ValidationError as exc:
            show_field_errors(self._errors, exc)
            return False
        except DatabaseUnavailable as exc:
            # Rolled back and nothing written: the preview still holds, Try again builds again.
            again: list[bool] = []
            handle_service_error(self, exc, retry=lambda: again.append(True))
            return self.build() if again else False
        except DomainError as exc:
            handle_service_error(self, exc)
            self.load()
            return False
        finally:
            self.build_button.setEnabled(
                not self._loading and self.pack is not None and self.zip_name is not None
            )
        self.outcome = outcome
        self.encrypted = passphrase is not None
        remember_output_folder(self.ctx.db.url, folder, self.settings)
        self._show_result(outcome)
        self.pack_built.emit(outcome)
        if passphrase is not None:
            self.show_passphrase(passphrase, outcome.zip_path)
        return True

    def show_passphrase(self, passphrase: str, zip_path: Path) -> None:
        """The passphrase, once: nothing keeps it after this dialog closes."""
        from enforcement_desktop.gui.dialogs.passphrase_dialog import PassphraseDialog

        dialog = PassphraseDialog(passphrase, zip_path, self)
        forms.run_dialog(dialog)
        dialog.deleteLater()

    def record_sent(self) -> bool:
        """Record the pack just built as sent, in one dialog; True when it was recorded."""
        if self.outcome is None:
            return False
        from enforcement_desktop.gui.dialogs.pack_sent_dialog import RecordPackSentDialog

        dialog = RecordPackSentDialog(self.ctx, self.scin, self, sr_ids=self.outcome.sr_ids)
        accepted = forms.run_dialog(dialog) and bool(dialog.result_srs)
        done = dialog.result_srs
        dialog.deleteLater()
        if not accepted:
            return False
        ids = ", ".join(str(sr.id) for sr in done)
        self.ui.resultLabel.setText(
            self.ui.resultLabel.text().rsplit("<br>", 1)[0]
            + f"<br><b style='color:#1b5e20'>✔ Recorded as sent</b> (Bailiff SR"
            f"{'s' if len(done) != 1 else ''} {ids}): each waits 90 days for the bailiff's update."
        )
        self.ui.recordSentButton.setEnabled(False)
        self.pack_sent.emit(done)
        return True

    def _show_result(self, outcome: PackOutcome) -> None:
        ui = self.ui
        forms = sum(1 for e in outcome.entries if e.doc_type == DocumentType.CMEL8010)
        dvs = any(e.doc_type == DocumentType.CMSF5571 for e in outcome.entries)
        ui.resultLabel.setText(
            f"<b style='color:#1b5e20'>✔ Pack written:</b> {escape(str(outcome.zip_path))}<br>"
            f"{forms} CMEL8010{'s' if forms != 1 else ''}{' and a CMSF5571' if dvs else ''}, "
            f"recorded against Bailiff SR{'s' if len(outcome.sr_ids) != 1 else ''} "
            f"{', '.join(str(i) for i in outcome.sr_ids)} (SHA-256 {outcome.sha256[:12]}…)"
            + (", encrypted (AES-256)" if self.encrypted else "")
            + ". Send it to the Bailiff SPOC, then record the pack as sent."
        )
        ui.resultLabel.setVisible(True)
        ui.openFolderButton.setVisible(True)
        ui.recordSentButton.setVisible(True)
        ui.recordSentButton.setEnabled(True)
        self.build_button.setText("Re&build pack")
        self.build_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
