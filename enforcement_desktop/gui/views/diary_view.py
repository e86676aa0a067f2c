"""The Diary: today's and overdue reminders, and (for team leaders) the work gone quiet.

Filled from one read model (:func:`services.reminders.diary_screen`) read on the data lane, a
page at a time: the first :data:`DIARY_PAGE` reminders, and as many more on each "Show more"
(a queue of a million SRs has tens of thousands due); the work gone quiet is read next
(:func:`services.reminders.quiet_work`), so the reminders do not wait for it. Enter or a
double-click opens a reminder's service request, Done marks it done.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from enforcement_desktop.domain.errors import NotFoundError
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.errors import handle_service_error
from enforcement_desktop.gui.forms.ui_diary_view import Ui_DiaryView
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.reminders import (
    COUNT_CAP,
    DIARY_PAGE,
    QUIET_PAGE,
    Count,
    DiaryEntry,
    DiaryScreen,
    QuietWork,
)
from enforcement_desktop.services.users import UserNames

#: Reminder columns.
COL_DUE, COL_SCIN, COL_CLIENT, COL_SR, COL_OWNER, COL_WHAT = range(6)
_REMINDER_WIDTHS = {COL_DUE: 150, COL_SCIN: 105, COL_CLIENT: 180, COL_SR: 60, COL_OWNER: 110}
_OVERDUE = QColor("#b00020")


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _count_text(screen: DiaryScreen) -> str:
    """The count line: "2 reminders due, 1 overdue"; "200 of 734 reminders due, 12 overdue";
    "200 of 1,000+ reminders due, latest first" (past the cap, not every overdue one is read)."""
    shown = len(screen.entries)
    if not shown:
        return "Nothing due: no reminder is due today or overdue"
    due = screen.due
    if due.more:
        return f"{shown:,} of {due.text} reminders due, latest first"
    of = f"{shown:,} of " if shown < due.value else ""
    return (
        f"{of}{due.value:,} reminder{'' if due.value == 1 else 's'} due, "
        f"{screen.overdue.value:,} overdue"
    )


def _shown(shown: int, count: Count) -> str:
    """The count of a quiet list: "5", or "1,000+, the first 200 shown"."""
    if shown < count.value or count.more:
        return f"{count.text}, the first {shown:,} shown"
    return count.text


class DiaryView(ClientView):
    """Reminders due today and overdue, latest due first; quiet work for team leaders."""

    title = "Diary"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_DiaryView()
        ui.setupUi(self)
        #: What is shown (None until the first read).
        self.diary: DiaryScreen | None = None
        #: How many pages of reminders are shown ("Show more" adds one).
        self.pages = 1
        #: The row to bring into view once "Show more" has read the next page.
        self._first_new: int | None = None
        for table in (ui.remindersTable, ui.quietCasesTable, ui.quietSrsTable):
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
            table.installEventFilter(self)
            table.horizontalHeader().setHighlightSections(False)
        for column, width in _REMINDER_WIDTHS.items():
            ui.remindersTable.horizontalHeader().resizeSection(column, width)
        ui.remindersTable.itemDoubleClicked.connect(lambda *_: self.open_current())
        ui.quietCasesTable.itemDoubleClicked.connect(
            lambda *_: self.open_current(ui.quietCasesTable)
        )
        ui.quietSrsTable.itemDoubleClicked.connect(lambda *_: self.open_current(ui.quietSrsTable))
        ui.remindersTable.itemSelectionChanged.connect(self._selection_changed)
        ui.openButton.clicked.connect(lambda: self.open_current())
        ui.doneButton.clicked.connect(self.mark_done)
        ui.moreButton.clicked.connect(self.show_more)
        ui.moreButton.setVisible(False)
        ui.teamCheck.toggled.connect(lambda _checked: self._reload_from_the_top())
        ui.teamCheck.setVisible(False)
        ui.diaryTabs.setTabVisible(ui.diaryTabs.indexOf(ui.quietTab), False)
        self._selection_changed()

    # ----------------------------------------------------------------- reading

    def set_client(self, contact_id: int | None) -> None:
        # The diary is the user's work, whoever the current client is. The main window calls
        # this when the view is shown after the client changed or something it shows changed.
        super().set_client(contact_id)
        self.load()

    def refresh(self) -> None:
        self.load()

    def user_changed(self) -> None:
        """Another login was chosen: show their diary."""
        self.ui.teamCheck.blockSignals(True)
        self.ui.teamCheck.setChecked(False)
        self.ui.teamCheck.blockSignals(False)
        self._reload_from_the_top()

    def _reload_from_the_top(self) -> None:
        self.pages = 1
        self._first_new = None
        self.load()

    def show_more(self) -> None:
        """Read one more page of reminders; the first new one is selected."""
        if self.diary is None or not self.diary.truncated:
            return
        self._first_new = len(self.diary.entries)
        self.pages += 1
        self.load()

    def load(self) -> None:
        """Read the diary (the team's when the box is ticked) on the data lane, as many pages
        as are shown; then, for a team leader, the work gone quiet."""
        from enforcement_desktop.services.reminders import diary_screen

        team = self.ui.teamCheck.isChecked()
        limit = self.pages * DIARY_PAGE
        cap = COUNT_CAP

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFoundError):
                self.ui.titleLabel.setText(
                    f"Your login {self.ctx.user} has no user record: a team leader adds it in "
                    "Users, then your diary shows here."
                )
            elif not handle_service_error(self, exc, retry=self.load):
                raise exc

        runner_for(self.ctx).run(
            Operation(
                self,
                lambda ctx: diary_screen(ctx, team=team, quiet=False, limit=limit, count_cap=cap),
                self.show_diary,
                failed,
                key="diary",
            )
        )

    def _load_quiet(self, login: str) -> None:
        from enforcement_desktop.services.reminders import quiet_work

        limit, cap = QUIET_PAGE, COUNT_CAP

        def failed(exc: BaseException) -> None:
            if not handle_service_error(self, exc, retry=lambda: self._load_quiet(login)):
                raise exc

        runner_for(self.ctx).run(
            Operation(
                self,
                lambda ctx: quiet_work(ctx, login=login, limit=limit, count_cap=cap),
                self.show_quiet,
                failed,
                key="diary-quiet",
            )
        )

    def show_diary(self, screen: DiaryScreen) -> None:
        """Fill the view from its read model."""
        self.diary = screen
        ui = self.ui
        whose = (
            f"{screen.team}, {screen.display_name}'s team" if screen.team else screen.display_name
        )
        ui.titleLabel.setText(f"<b>Diary of {whose}</b> — due by {format_date(screen.due_by)}")
        ui.teamCheck.setVisible(screen.is_team_leader)
        ui.diaryTabs.setTabVisible(ui.diaryTabs.indexOf(ui.quietTab), screen.is_team_leader)
        selected = self.current_entry()
        self._fill_reminders(screen.entries)
        keys = [e.key for e in screen.entries]
        first_new, self._first_new = self._first_new, None
        if first_new is not None and first_new < len(keys):
            ui.remindersTable.selectRow(first_new)
            item = ui.remindersTable.item(first_new, COL_DUE)
            if item is not None:
                ui.remindersTable.scrollToItem(item)
        elif selected is not None and selected.key in keys:
            ui.remindersTable.selectRow(keys.index(selected.key))
        elif keys:
            ui.remindersTable.selectRow(0)
        ui.countLabel.setText(_count_text(screen))
        ui.moreButton.setVisible(screen.truncated)
        ui.diaryTabs.setTabText(
            ui.diaryTabs.indexOf(ui.remindersTab), f"&Reminders due ({screen.due.text})"
        )
        if screen.is_team_leader:
            self._load_quiet(screen.login)
        self._selection_changed()

    def show_quiet(self, work: QuietWork) -> None:
        """Fill the Gone quiet tab (read after the reminders)."""
        if self.diary is None or self.diary.login != work.login:
            return  # another login's diary is shown by now
        self.diary = dataclasses.replace(
            self.diary,
            quiet_cases=work.cases,
            quiet_srs=work.srs,
            quiet_case_count=work.case_count,
            quiet_sr_count=work.sr_count,
            names=UserNames({**self.diary.names.by_login, **work.names.by_login}),
        )
        self._fill_quiet(self.diary)

    def _name(self, login: str | None) -> str:
        """A user's display name (the login when they have no record), "—" for nobody."""
        if not login:
            return "—"
        return self.diary.names.of(login) if self.diary is not None else login

    def _fill_reminders(self, entries: tuple[DiaryEntry, ...]) -> None:
        table = self.ui.remindersTable
        names = self.diary.names if self.diary is not None else UserNames()
        table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            due = format_date(e.due_on) + (" (overdue)" if e.overdue else "")
            cells = (
                _item(due),
                _item(e.scin or "—"),
                _item(e.client_name),
                _item(str(e.sr_id), e.sr_category),
                _item(self._name(e.owner), names.tooltip(e.owner)),
                _item(e.what, e.explanation or e.what),
            )
            for column, item in enumerate(cells):
                if e.overdue:
                    item.setForeground(QBrush(_OVERDUE))
                table.setItem(row, column, item)

    def _fill_quiet(self, screen: DiaryScreen) -> None:
        ui = self.ui
        quiet = screen.quiet_case_count.value + screen.quiet_sr_count.value
        more = "+" if screen.quiet_case_count.more or screen.quiet_sr_count.more else ""
        ui.diaryTabs.setTabText(ui.diaryTabs.indexOf(ui.quietTab), f"Gone &quiet ({quiet:,}{more})")
        cases = ui.quietCasesTable
        cases.setRowCount(len(screen.quiet_cases))
        for row, c in enumerate(screen.quiet_cases):
            for column, text in enumerate(
                (
                    c.scin or "—",
                    c.client_name,
                    format_money(c.arrears_balance),
                    self._name(c.case_manager),
                    c.reason,
                )
            ):
                cases.setItem(row, column, _item(text))
        ui.quietCasesLabel.setText(
            "Cases with arrears and no open service request: "
            f"{_shown(len(screen.quiet_cases), screen.quiet_case_count)} (Enter opens the client)"
        )
        srs = ui.quietSrsTable
        srs.setRowCount(len(screen.quiet_srs))
        for row, s in enumerate(screen.quiet_srs):
            for column, text in enumerate(
                (
                    str(s.sr_id),
                    s.scin or "—",
                    s.client_name,
                    s.status.label,
                    format_date(s.opened_on),
                    self._name(s.owner),
                    s.category,
                )
            ):
                srs.setItem(row, column, _item(text, s.reason))
        ui.quietSrsLabel.setText(
            "Open service requests with no pending plan step, no wait date and no open "
            f"reminder: {_shown(len(screen.quiet_srs), screen.quiet_sr_count)} (Enter opens "
            "the service request)"
        )
        for table in (cases, srs):
            table.resizeColumnsToContents()

    # ----------------------------------------------------------------- the selected line

    def current_entry(self) -> DiaryEntry | None:
        """The reminder selected, if any."""
        row = self.ui.remindersTable.currentRow()
        if self.diary is None or not 0 <= row < len(self.diary.entries):
            return None
        return self.diary.entries[row]

    def _selection_changed(self) -> None:
        entry = self.current_entry()
        self.ui.openButton.setEnabled(entry is not None)
        self.ui.doneButton.setEnabled(entry is not None)
        if entry is None:
            self.ui.explanationLabel.setText("")
        elif entry.is_procedure:
            self.ui.explanationLabel.setText(
                f"Set by the procedure: {entry.explanation}. Service request {entry.sr_id}: "
                f"{entry.sr_category}."
            )
        else:
            self.ui.explanationLabel.setText(
                f"Set by hand on service request {entry.sr_id}: {entry.sr_category}."
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QTableWidget)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current(watched)
            return True
        return super().eventFilter(watched, event)

    def open_current(self, table: QObject | None = None) -> None:
        """Open what ``table``'s selected line is about (default: the selected reminder's SR)."""
        ui = self.ui
        screen = self.diary
        if screen is None:
            return
        if table is ui.quietCasesTable:
            row = ui.quietCasesTable.currentRow()
            if 0 <= row < len(screen.quiet_cases):
                self.open_client.emit(screen.quiet_cases[row].contact_id)
            return
        if table is ui.quietSrsTable:
            row = ui.quietSrsTable.currentRow()
            if 0 <= row < len(screen.quiet_srs):
                self.open_service_request.emit(screen.quiet_srs[row].sr_id)
            return
        entry = self.current_entry()
        if entry is not None:
            self.open_service_request.emit(entry.sr_id)

    # ----------------------------------------------------------------- writing

    def mark_done(self) -> None:
        """Mark the selected reminder done; the diary reads itself again."""
        from enforcement_desktop.services import reminders

        entry = self.current_entry()
        if entry is None:
            return
        if entry.reminder_id is not None and entry.version is not None:
            rid, version = entry.reminder_id, entry.version

            def work(ctx: ServiceContext) -> object:
                return reminders.complete_reminder(ctx, rid, version)
        else:
            key, sr_id = entry.key, entry.sr_id

            def work(ctx: ServiceContext) -> object:
                return reminders.complete_procedure_reminder(ctx, key, sr_id)

        def done(_: object) -> None:
            self.status_message.emit(
                f"Reminder due {format_date(entry.due_on)} on service request {entry.sr_id} done"
            )
            self.data_changed.emit()
            self.load()

        self.write(work, done)
